package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// maxLooseSubject bounds, in tokens, a subject found by looseSubject.
const maxLooseSubject = 32

// looseSubject is the last resort of a speech verb ("said", "says", "told") whose subject npLeft and the other
// finders miss: a subject with a prepositional or relative tail, an aside or a parenthesis ("Some advocates for
// stem cell research said", "Sen. Jack Reed (D-R.I.), said", "Minnesota delegate Mary Susan, clad in a red cape,
// said"), or one after an opening phrase that npLeft reads as an apposition ("Despite challenging the leader,
// Cruz said"). The subject runs from the start of the clause to the cue: the sentence's start past a leading
// conjunction or sentence adverb, or the token after a comma that closes an opening phrase. It returns the
// subject's span [start, stop), or -1, -1 when no start gives a plausible noun phrase (see looseSpan).
func (r *run) looseSubject(s text.Sentence, c cue, se int) (start, stop int) {
	if c.vf.frames&(frameSay|frameTell) == 0 || c.vf.gerund || !r.surelyVerb(c) {
		return -1, -1
	}
	if c.first == c.verb && r.low(c.verb) == c.vf.lemma && (se <= s.FirstTok || r.is(se-1, cAux|cPronoun|cPrep) || r.low(se-1) == "to") {
		return -1, -1 // a bare "say" after a noun phrase, not "to say" or "let us say"
	}
	stop = se
	for stop > s.FirstTok && r.is(stop-1, cComma) {
		stop--
	}
	if stop <= s.FirstTok || stop < se-1 {
		return -1, -1
	}
	first := r.openingConj(s.FirstTok, stop)
	if (r.openerWord(first) || r.lyOpener(first)) && first+1 < stop && r.is(first+1, cComma) {
		first += 2 // "Indeed, proponents of more controls say"
	}
	// Try the clause start, then each token after a comma, left to right: the first that reads as a subject.
	for b := first; b < stop && stop-b >= 1; b++ {
		if b != first && (!r.is(b-1, cComma) || !r.clauseOpener(first)) {
			continue
		}
		if stop-b > maxLooseSubject {
			continue
		}
		if r.looseSpan(b, stop, b == first) {
			return b, stop
		}
	}
	return -1, -1
}

// looseSpan reports whether tokens [b, stop) can be a subject: it opens with a name, a determiner, a quantifier,
// a number or a plural noun, holds no quotation, claimed token or clause stop, and its verbs belong to a
// relative clause ("people who have battled ..."); no finite verb or subordinator of its own stands in it. When
// it opens the sentence (atStart), a preposition or subordinator there makes it an opening phrase instead.
func (r *run) looseSpan(b, stop int, atStart bool) bool {
	if r.kind(b) != text.Word && r.kind(b) != text.Number {
		return false
	}
	if r.is(b, cPrep|cSubord|cAux|cNotNP|cRelative) || r.is(b, cTime) || r.in(b, sSentenceAdv) {
		if !r.is(b, cDet|cQuant) {
			return false
		}
	}
	if vf, ok := r.verb(b); atStart && (r.in(b, sIntro) || ok && vf.gerund) {
		return false // "Despite challenging the leader, Cruz said": an opening phrase
	}
	if !(r.isCap(b) || r.is(b, cDet|cQuant) || r.kind(b) == text.Number || r.nounish(b)) || r.is(b, cPronoun) {
		return false
	}
	if w := r.low(stop - 1); w == "and" || w == "but" || w == "or" || r.is(stop-1, cPronoun|cRelative) || w == "whose" || wordset.Has(gObjectPronouns, w) {
		return false // "Trump doubled down and said" (coordSubject's), "than you can say", "a message that said"
	}
	if w := r.low(b); atStart && len(w) > 5 && strings.HasSuffix(w, "ing") {
		return false // "Addressing the committee, the campaign chief said": a participle opens the sentence
	}
	relative, open := false, 0
	nouns := 0
	for i := b; i < stop; i++ {
		if r.l.InQuote[i] >= 0 || r.claimed[i] {
			return false
		}
		lw := r.low(i)
		switch r.kind(i) {
		case text.Quote:
			if !r.possessiveMark(i) {
				return false
			}
			continue
		case text.Punct:
			switch p := r.tok(i); p {
			case "(":
				open++
			case ")":
				open--
			case ";", ":", "?", "!", "\"":
				return false
			case "—", "–":
				// a pair of dashes sets off an aside: "insiders in the next two states — Nevada and South Carolina —"
			}
			continue
		}
		if open > 0 {
			continue // "(D-R.I.)"
		}
		if lw == "who" || lw == "whom" || lw == "whose" || lw == "which" || lw == "that" {
			relative = true
			continue
		}
		if r.is(i, cSubord) && i > b && !relative {
			return false // "while the industry cannot block ...": a clause of its own
		}
		if (lw == "and" || lw == "or" || lw == "but") && !(i+1 < stop && (r.isCap(i+1) || r.is(i+1, cDet|cQuant)) && r.nounish(i-1)) {
			if !relative {
				return false
			}
		}
		if relative {
			continue
		}
		if (r.is(i, cAux) || r.is(i, cVerbLike)) && !(i > b && r.isCap(i)) { // "Chairman Will Rogers"
			if !(i > b && r.contractedPronoun(i-1) >= 0) {
				return false
			}
		}
		if r.contractedPronoun(i) >= 0 && i > b {
			relative = true // "Several people I've spoken with": a contact clause
			continue
		}
		if vf, ok := r.verb(i); ok && !vf.gerund && !vf.participle && !(i > b && r.is(i-1, cDet|cQuant)) && !r.isCap(i) && !r.nounInSubject(i, b) &&
			!(i > b && r.low(i-1) == "to") && !(i > b && r.isCap(i-1) && lw == vf.lemma) { // "Minnesota state delegate"
			return false // a finite cue verb of its own
		}
		if r.edVerb(i, b, stop) {
			return false
		}
		if r.nounish(i) {
			nouns++
		}
	}
	return nouns > 0 && open == 0
}

// edVerb reports whether token i, a lower-case word in -ed, reads as the finite verb of a clause ("Trump doubled
// down"), not as a participle in the noun phrase ("the embattled senator", "clad in", "elected in 2012").
func (r *run) edVerb(i, b, stop int) bool {
	w := r.low(i)
	if len(w) < 5 || !strings.HasSuffix(w, "ed") || r.isCap(i) || i == b {
		return false
	}
	p := i - 1
	if r.is(p, cDet|cComma|cPrep|cQuant) || r.adverbLy(p) || r.low(p) == "most" || r.low(p) == "newly" {
		return false
	}
	if n := i + 1; n < stop && (r.is(n, cPrep|cBy) || r.low(n) == "to") {
		return false // "officials involved in", "those opposed to"
	}
	return true
}

// surelyVerb reports whether cue c cannot be a noun ("the rules", "promises to"): a form of "say" or "tell", or
// a past form in -ed or "wrote", which a subject this loose needs.
func (r *run) surelyVerb(c cue) bool {
	w := r.low(c.verb)
	if c.vf.lemma == "say" || c.vf.lemma == "tell" {
		return true
	}
	if w == "called" || w == "pledged" || w == "repeated" || w == "recommended" {
		return false // "a firm called X", "pledged delegates": a participle or adjective before a noun
	}
	return w == "wrote" || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// adverbParenthetical reads "Still, he said, officials have to decide ...": a source and cue set off by commas
// after a sentence adverb or conjunction that the content leaves out (see skipConnective), so that nothing of
// the content stands before them. The content is what follows the second comma.
func (r *run) adverbParenthetical(s text.Sentence, c cue) bool {
	if c.vf.frames&frameSay == 0 || c.vf.gerund || c.first != c.verb {
		return false
	}
	k := c.verb + 1
	if c.first <= s.FirstTok+2 || k+3 >= s.EndTok || !r.is(k, cComma) {
		return false // what the tests below ask of src and k, checked before npLeft is paid for (speed6)
	}
	src := r.npLeft(c.first, s.FirstTok)
	if src <= s.FirstTok+1 || src >= c.first || !r.is(src-1, cComma) || r.contentStart(s) < src-1 || src-1 > s.FirstTok+2 {
		return false
	}
	if k+3 >= s.EndTok || !r.is(k, cComma) || r.quoteOpening(k+1) >= 0 || r.is(k+1, cClauseBrk) || r.onlyPunct(k+1, s.EndTok) ||
		r.anyClaimed(src, s.EndTok) || r.l.InQuote[k+1] >= 0 {
		return false
	}
	st := Statement{Rule: c.vf.rules.parenthetical, Medium: r.medium(s.FirstTok, s.EndTok),
		Evidence: "content after its source and cue set off by commas"}
	r.add(st, src, c.first, c.first, c.verb+1, [][2]int{{k + 1, r.trimEnd(k+1, s.EndTok)}})
	return true
}

// asideThat finds the "that" after a short phrase set off by commas right after a cue ("said, among other things,
// that C", "said, in a brief statement, that C"), with comma at token k. It returns the "that", or -1.
func (r *run) asideThat(k, end int) int {
	for j := k + 2; j < end && j < k+10; j++ {
		if r.l.InQuote[j] >= 0 || r.is(j, cAux|cPronoun) || r.low(j) == "and" || r.low(j) == "but" {
			return -1 // a clause of its own: "said, and he repeated it, that"
		}
		if vf, ok := r.verb(j); ok && !vf.gerund && !vf.participle && !r.is(j-1, cDet) {
			return -1 // a verb of its own: "said, and he repeated, that"
		}
		if r.kind(j) == text.Punct {
			if r.is(j, cComma) && j+2 < end && r.low(j+1) == "that" && r.l.InQuote[j+1] < 0 && !r.is(j+2, cAux|cComma) {
				return j + 1
			}
			if p := r.tok(j); p != "-" && p != "." {
				return -1
			}
		}
	}
	return -1
}

// subjectPronounAfter reports whether the source [src, srcEnd) is a subject pronoun after an opening phrase with no
// comma ("In 2010 she said", "on Tuesday night he said"): such a pronoun can only be the subject.
func (r *run) subjectPronounAfter(src, srcEnd int, s text.Sentence) bool {
	if srcEnd != src+1 {
		return false
	}
	if !wordset.Has(gNominativePronouns, r.low(src)) {
		return false
	}
	// The phrase before it opens the sentence, or the clause after a conjunction, a subordinator or a comma (",
	// but late Friday she announced", "Although in May she said", "..., at the hearing this week she said"),
	// with a preposition or a time word, and holds no verb: "In 2010", "On Tuesday night".
	first := src
	for first > s.FirstTok {
		if w := r.low(first - 1); w == "but" || w == "and" || w == "yet" || w == "so" || r.is(first-1, cComma|cSubord) {
			break
		}
		first--
	}
	if first == src {
		return false
	}
	if w := r.low(first); !r.is(first, cPrep|cTime) && w != "last" && w != "earlier" && w != "late" && w != "early" {
		return false
	}
	for i := first; i < src; i++ {
		if r.l.InQuote[i] >= 0 || r.is(i, cAux|cRelative) || r.kind(i) == text.Punct {
			return false
		}
		if _, ok := r.verb(i); ok {
			return false
		}
	}
	return true
}
