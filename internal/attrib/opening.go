package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Opening phrases: a phrase of time, place, manner or circumstance that opens a clause before its subject ("In a
// tweet on Sunday,", "Asked about the talks,", "Last month,", "Horrified at the prospect,"). Several frames ask
// whether a token follows one, whether a stretch is only one, or whether a title ends one; they all read the
// phrase's first word with openerWord.

// introWords open a phrase before the subject that the word classes do not mark: prepositions of place and time
// ("Throughout the race,", "Across the state,"), time adverbs, and participles of asking and telling ("Asked
// about the vote,").
var introWords = map[string]bool{
	"during": true, "despite": true, "amid": true, "among": true, "like": true, "unlike": true, "earlier": true,
	"later": true, "just": true, "meanwhile": true, "now": true, "still": true, "rather": true, "instead": true,
	"asked": true, "told": true, "given": true, "according": true, "in": true, "on": true, "at": true,
	"inside": true, "outside": true, "perhaps": true, "throughout": true, "across": true, "within": true,
	"following": true, "through": true, "beyond": true, "without": true, "toward": true, "towards": true,
	"under": true,
}

// openingConj skips the conjunction that links a clause to the one before ("And in an age of sound bites, he
// said"), when a phrase still follows it before end.
func (r *run) openingConj(k, end int) int {
	if w := r.low(k); (w == "and" || w == "but" || w == "so" || w == "yet") && k+1 < end {
		return k + 1
	}
	return k
}

// openerWord reports whether token k can open a phrase before a clause's subject: a preposition, a subordinator,
// a time word, a sentence adverb or one of introWords.
func (r *run) openerWord(k int) bool {
	return r.is(k, cPrep|cSubord|cTime) || r.in(k, sIntro|sSentenceAdv)
}

// lyOpener reports whether token k is an -ly adverb, which opens a clause capitalised ("Similarly, ...") and
// which adverbLy refuses as a name; lyNouns and "only" are not.
func (r *run) lyOpener(k int) bool {
	w := r.low(k)
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !wordset.Has(gLyNouns, w) && w != "only"
}

// clauseOpener reports whether the clause at token first opens with a phrase before its subject: openerWord, a
// gerund or an -ly adverb ("While the industry cannot ..., people who ... say").
func (r *run) clauseOpener(first int) bool {
	if r.openerWord(first) || r.lyOpener(first) {
		return true
	}
	vf, ok := r.verb(first)
	return ok && vf.gerund
}

// afterIntro reports whether token i follows the comma that closes an introductory phrase of sentence s: "In
// a series of posts Sunday, Mr. Frum wrote".
func (r *run) afterIntro(i int, s text.Sentence) bool { return r.afterIntroAt(i, s.FirstTok) }

// afterIntroAt is afterIntro for the sentence or clause that starts at token min. The phrase holds no comma and
// no quotation; an -ly adverb is a phrase alone ("Similarly, William Bennett said").
func (r *run) afterIntroAt(i, min int) bool {
	if i <= min+1 || !r.is(i-1, cComma) {
		return false
	}
	first := r.openingConj(min, i-1)
	if first+1 < i-1 && r.degreeOpener(first) && r.openerWord(first+1) {
		first++ // "Shortly after the vote,", "Soon after,", "Long before the talks,"
	}
	if !r.openerWord(first) && !(r.lyOpener(first) && i-1 == first+1) && !r.timeAgo(first, i-1) {
		return false // "Minutes later, she said": a time phrase closed by later, earlier or ago
	}
	for k := min; k < i-1; k++ {
		if r.is(k, cComma) || r.l.InQuote[k] >= 0 {
			return false
		}
	}
	return true
}

// afterOpening reports whether token i follows the comma that closes an opening phrase of the sentence that
// starts at min: a prepositional or adverbial one (afterIntroAt), or a short time phrase ("Last month, the
// Independent", "Two years ago, the mayor"), which says when and is never the subject.
func (r *run) afterOpening(i, min int) bool {
	if r.afterIntroAt(i, min) {
		return true
	}
	comma := i - 1
	if comma <= min || comma-min > 4 || !r.is(comma, cComma) || !(r.timeAt(min, comma) || wordset.Has(gTimeUnits, r.low(comma-1))) {
		return false
	}
	for k := min; k < comma; k++ {
		if r.kind(k) != text.Word && r.kind(k) != text.Number || r.l.InQuote[k] >= 0 {
			return false
		}
	}
	return true
}

// openingAdverbial reports whether content tokens [cs, ce), closed by the comma at ce, are only a phrase that
// opens the sentence before its subject ("In a tweet, the city urged", "Last month, experts warned", "Flying
// home, she vented"): such a phrase says when, where or how, never what was said, so the trailing frame must
// not take it as content.
func (r *run) openingAdverbial(s text.Sentence, cs, ce int) bool {
	if ce <= cs || ce >= s.EndTok || !r.is(ce, cComma) || r.l.InQuote[cs] >= 0 {
		return false
	}
	first := r.openingConj(cs, ce)
	w := r.low(first)
	// A gerund opens a participial phrase ("Reflecting his father's brashness,"); the phrase holds no
	// auxiliary, or it is a clause of its own ("Raising taxes would hurt, he said").
	gerund := len(w) > 5 && strings.HasSuffix(w, "ing") && r.kind(first) == text.Word
	// So does a past participle before a lower-case word ("Horrified at the prospect,"; not "United Airlines").
	gerund = gerund || len(w) > 5 && strings.HasSuffix(w, "ed") && r.kind(first) == text.Word && first+1 < ce &&
		r.kind(first+1) == text.Word && !r.isCap(first+1)
	if !(r.clauseOpener(first) || w == "last" || w == "soon" || w == "with" || gerund) {
		return false
	}
	// A subordinator or a gerund may open a clause that is content ("While staff could get a warning, she
	// added", "Seeing his brother suffer led him to abstain, he said"): a past form there makes it one.
	verbal := gerund || r.is(first, cSubord)
	for i := first; i < ce; i++ {
		if r.l.InQuote[i] >= 0 || r.kind(i) == text.Punct && !r.isPunct(i, "-") && !r.isPunct(i, ".") {
			return false // a quotation, or commas of a longer stretch: "If she wins, he said, she might"
		}
		// An auxiliary or a subject pronoun makes a clause ("And now there is unease, he said"); the adverbs
		// that cAux also holds do not ("In a long letter,", "In its first statement,").
		if i > first && (r.auxVerb(i) || wordset.Has(gSubjectPronouns, r.low(i))) {
			return false
		}
		if verbal && i > first && len(r.low(i)) > 2 && strings.HasSuffix(r.low(i), "ed") {
			return false
		}
	}
	return true
}

// titleEndsOpener reports whether the title before the comma at token comma ends a phrase that opens its clause
// ("In her run for mayor,", "Through a spokeswoman,", "Though, as a senator,", "Horrified at the prospect of
// her becoming mayor,"): the title then describes a role in that phrase, not the name after the comma.
func (r *run) titleEndsOpener(comma, min int) bool {
	p := comma - 1
	for p > min && p > comma-16 && r.kind(p-1) != text.Punct && r.kind(p-1) != text.Quote {
		p--
	}
	if p > min && !r.is(p-1, cComma) {
		return false // a colon, bracket or quote mark: no opening phrase
	}
	p = r.openingConj(p, comma)
	w := r.low(p)
	participle := p < comma-1 && len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
	return r.clauseOpener(p) || participle
}

// auxVerb reports whether token i is an auxiliary verb, not one of the adverbs that cAux also holds because they
// may stand between a source and its cue.
func (r *run) auxVerb(i int) bool {
	if r.in(i, sFiniteAux) {
		return true
	}
	w := r.low(i)
	return r.is(i, cAux) && (w == "be" || w == "been" || w == "do" || w == "shall" || strings.ContainsAny(w, "'’"))
}

// degreeOpener reports whether token k can modify the preposition or subordinator of an opening phrase: an -ly
// adverb or a degree word ("Shortly after", "Soon after", "Long before", "Right after", "Even before").
func (r *run) degreeOpener(k int) bool {
	switch r.low(k) {
	case "soon", "long", "right", "even", "well", "just":
		return true
	}
	return r.lyOpener(k)
}
