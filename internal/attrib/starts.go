package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Content starts and cue spans: what sits between a reporting verb and the content it introduces.

// cueAdverbs join the cue when they follow its verb: they say how or how often something was said ("said
// repeatedly", "wrote recently"), and PolNeAR marks them as part of the cue.
var cueAdverbs = map[string]bool{
	"repeatedly": true, "recently": true, "publicly": true, "privately": true, "explicitly": true,
	"sarcastically": true, "emphatically": true, "insistently": true, "flatly": true, "bluntly": true,
	"angrily": true, "dryly": true, "warily": true, "openly": true, "firmly": true, "jokingly": true,
	"tersely": true, "candidly": true, "proudly": true, "bitterly": true, "confidently": true,
	"rhetorically": true, "pointedly": true, "loudly": true, "quietly": true, "approvingly": true,
}

// cueAdverb reports whether the word at k right after a cue's verb is one of cueAdverbs, or another -ly adverb
// of manner that the content follows at once ("argued forcefully that", "said softly: ..."): before a noun
// or a verb such an adverb more often belongs to the content ("said increasingly large numbers").
func (r *run) cueAdverb(k, end int) bool {
	if k >= end || r.kind(k) != text.Word || r.l.InQuote[k] >= 0 || r.isCap(k) {
		return false
	}
	w := r.low(k)
	if r.in(k, sCueAdverb) {
		return true
	}
	if len(w) <= 4 || !strings.HasSuffix(w, "ly") || wordset.Has(gLyNouns, w) || w == "only" || w == "early" || w == "nearly" ||
		w == "likely" || w == "unlikely" || w == "daily" || w == "weekly" || w == "monthly" {
		return false
	}
	n := k + 1
	return n >= end || r.low(n) == "that" || r.is(n, cColon|cComma) || r.isPunct(n, ".") || r.quoteOpening(n) >= 0
}

// thatAdverbs open an adverbial between a cue and its "that": "said only that", "said instead that".
var thatAdverbs = map[string]bool{
	"only": true, "instead": true, "again": true, "later": true, "earlier": true, "first": true, "yet": true,
	"soon": true, "early": true, "also": true, "then": true, "now": true, "still": true, "however": true,
}

// thatPreps open a phrase that says where, when or how something was said: "said in her opening remarks
// that", "said following a vote in 2001 that", "explained through a spokesman that".
var thatPreps = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "following": true, "after": true, "before": true,
	"through": true, "via": true, "since": true, "for": true, "without": true, "over": true, "from": true,
	"to": true, "with": true, "as": true, "by": true, "throughout": true, "amid": true,
}

// adverbialThat finds the "that" (or "whether") that opens the content when an adverbial phrase sits between the
// cue and it, one that skipAdverbial leaves: a longer prepositional phrase or an adverb ("told reporters in
// May that C", "said on NBC's "Meet the Press" on Sunday that C", "said only that C"). It returns where the
// content starts, or k, and whether the phrase is a single adverb (which PolNeAR puts in the cue).
func (r *run) adverbialThat(k, end int) (int, bool) {
	if k+2 >= end || r.l.InQuote[k] >= 0 || r.kind(k) != text.Word {
		return k, false
	}
	w := r.low(k)
	adverb := r.is(k, cThatAdverb) || (strings.HasSuffix(w, "ly") && len(w) > 4 && !wordset.Has(gLyNouns, w) && !r.isCap(k))
	if !adverb && !r.in(k, sThatPrep) || r.infinitiveAt(k) || r.bareInfinitiveAt(k) { // bareInfinitiveAt: starts5.go
		return k, false
	}
	for j := k + 1; j < end && j < k+16; j++ {
		lw := r.low(j)
		if r.l.InQuote[j] >= 0 {
			continue // a title: "on NBC's "Meet the Press""
		}
		if lw == "that" || lw == "whether" {
			n := j + 1
			if n >= end || r.l.InQuote[n] >= 0 && r.quoteOpening(n) < 0 || r.kind(n) != text.Word && r.quoteOpening(n) < 0 ||
				r.is(n, cAux|cComma) || r.isPunct(n, ".") {
				return k, false // "the report that was released": a relative clause
			}
			if _, verb := r.verb(n); verb && !r.isCap(n) && !r.nounBeforeAux(n, end) {
				return k, false
			}
			// A single adverb before "that" joins the cue; "still" or "also" there more often opens a new clause.
			return j, j == k+1 && adverb
		}
		if r.is(j, cAux) && !r.isCap(j) || r.is(j, cRelative|cSubord|cColon|cSemicolon) || r.isPunct(j, "—") || r.isPunct(j, "–") ||
			r.isPunct(j, "(") {
			return k, false
		}
		if r.is(j, cComma) && j+1 < end {
			if vf, ok := r.verb(j + 1); ok && vf.gerund {
				return k, false // "spoke for an hour, adding that C": the "that" is the gerund's
			}
		}
		if r.kind(j) == text.Word && !r.isCap(j) && strings.HasSuffix(lw, "ed") && !r.is(j-1, cDet) {
			return k, false // "said in an interview taped before the attacks": a clause of its own
		}
	}
	return k, false
}

// skipToThat moves content start k over an adverbial before "that" (adverbialThat); a single adverb right
// after the cue, which ends at cueEnd, joins the cue ("said only that C").
func (r *run) skipToThat(k, cueEnd, end int) (int, int) {
	if j := r.signOf(k, end); j > k && cueEnd == k {
		return j, j // "showed no sign of backing down"
	}
	j, adverb := r.adverbialThat(k, end)
	if j > k && adverb && cueEnd == k {
		cueEnd = j
	}
	return j, cueEnd
}

// thatAfter is the "that" after an adverbial at k (adverbialThat), or k.
func (r *run) thatAfter(k, end int) int {
	j, _ := r.adverbialThat(k, end)
	return j
}

// introPiece is the end of a sentence-opening phrase that belongs to a quotation finished after the source
// (`If Clinton is elected, he said, "she might be going back and forth."`, `But, he said, "there's a
// line."`), or -1: the source at src follows the phrase and a comma, and the quotation at k, right after the
// cue that ends at cueEnd, opens in lower case, so it goes on with the sentence rather than starting its own.
func (r *run) introPiece(s text.Sentence, src, cueEnd, k int) int {
	comma := src - 1
	if comma <= s.FirstTok || !r.is(comma, cComma) || r.quoteOpening(k) < 0 || k+1 >= s.EndTok {
		return -1
	}
	if w := k + 1; r.kind(w) != text.Word || r.isCap(w) {
		return -1
	}
	if k-cueEnd > 1 || (k > cueEnd && !r.is(cueEnd, cComma|cColon)) || r.adjunctOpener(s.FirstTok) {
		return -1 // "said that "...": the quotation is a clause of its own
	}
	for i := s.FirstTok; i < comma; i++ {
		if r.l.InQuote[i] >= 0 || r.claimed[i] {
			return -1
		}
	}
	return comma
}

// backUp reports whether the word at k after cue c's verb is "back" or "up" as its particle, which PolNeAR
// puts in the cue: "pushed back against", "wrote back", "talked up his plans". "Said back in 2015" is a time;
// "add up to" is arithmetic. "Guilty" after "plead" joins the same way.
func (r *run) backUp(c cue, k int) bool {
	switch r.low(k) {
	case "back":
		return k+1 >= len(r.l.Tokens) || r.low(k+1) != "in" && r.low(k+1) != "when" && r.low(k+1) != "then"
	case "up":
		return c.vf.lemma != "add" && c.vf.lemma != "show" // "showed up at the depot" is an appearance
	case "guilty", "innocent":
		return c.vf.lemma == "plead" // "pleaded guilty to C"
	}
	return false
}

// afterDateline skips a dateline at the start of span [first, end): "JERUSALEM -", "WASHINGTON (Reuters) -",
// "CAMBRIDGE, Mass., Dec. 11 (UPI) —" (see dateline). It says where the story was filed, not what anyone said.
func (r *run) afterDateline(first, end int) int {
	if d := r.dateline(first, end); first >= 0 && d > 0 {
		return d
	}
	return first
}

// addresseeLemmas name whom they were said to with a prepositional phrase before what was said: "talked to
// voters about health care", "apologized to his supporters for the incident", "testified before the committee
// about the decision".
var addresseeLemmas = map[string]bool{
	"talk": true, "speak": true, "write": true, "apologize": true, "whisper": true, "boast": true, "brag": true,
	"complain": true, "explain": true, "testify": true, "argue": true, "plead": true, "confide": true, "vent": true,
	"joke": true, "lie": true, "reply": true, "respond": true,
}

// skipAddressee moves content start k over the addressee of cue c ("to voters", "with the host", "before
// Congress") when what was said follows it: a preposition naming the topic, "that", a colon or a quotation.
func (r *run) skipAddressee(c cue, k, end int) int {
	if k+2 >= end || r.l.InQuote[k] >= 0 {
		return k
	}
	if w := r.low(k); (w != "to" && w != "with" && w != "before") || !wordset.Has(gAddresseeLemmas, c.vf.lemma) { // the map last: few tokens pass the word test
		return k
	}
	if _, verb := r.verb(k + 1); verb && !r.isCap(k+1) || r.is(k+1, cTime) || strings.HasSuffix(r.low(k+1), "ing") {
		return k // "wrote to ask", "confessed to stealing": an infinitive or a gerund, not an addressee
	}
	for j := k + 1; j < end && j < k+9; j++ {
		if r.l.InQuote[j] >= 0 {
			if j > k+1 && r.quoteOpening(j) >= 0 {
				return j
			}
			return k
		}
		switch w := r.low(j); {
		case j > k+1 && (w == "about" || w == "for" || w == "on" || w == "over" || w == "that"):
			if j+1 < end && r.timeAt(j+1, end) {
				return k // "testified before the committee on Thursday"
			}
			return j
		case j > k+1 && r.is(j, cColon):
			return j + 1
		case r.is(j, cDet|cPronoun) || r.nounish(j) || w == "and" || r.possessiveMark(j) || (w == "to" && j > k+1 && r.low(j-1) == "and"):
		default:
			return k
		}
	}
	return k
}

// namingLemmas take an object and a name or a judgement of it: "called the plan a disgrace", "considered it
// too risky".
var namingLemmas = map[string]bool{
	"call": true, "consider": true, "deem": true, "label": true, "dub": true, "term": true, "brand": true,
	"liken": true,
}

// relativeNamed reports whether the relative pronoun at rel before a source is the object of naming cue c,
// with the name or judgement at k: "which Mr. Trump called "a disgrace"", "what officials called a hate
// crime". PolNeAR's content is then the pronoun and the name, as with relativeObject; like the "that" it
// keeps (KeepComplementizer), the pronoun is left out otherwise, and the content is the name alone.
func (r *run) relativeNamed(c cue, rel, k int) bool {
	if !r.x.opt.KeepComplementizer || !namingLemmas[c.vf.lemma] || r.l.InQuote[rel] >= 0 || r.claimed[rel] || r.finiteVerbAt(k) {
		return false
	}
	w := r.low(rel)
	return w == "which" || w == "what" || w == "who" || w == "whom"
}

// namedEnd ends the name that naming cue c gives at k, within [k, end): a quotation, or a noun phrase up to
// a verb, a mark or a second noun phrase ("what he calls corruption in politics a major focus" names
// "corruption in politics").
func (r *run) namedEnd(c cue, k, end int) int {
	if !namingLemmas[c.vf.lemma] {
		return end
	}
	if r.quoteOpening(k) >= 0 {
		if qe := r.quoteEnd(k); qe <= end {
			return qe
		}
		return end
	}
	for j := k + 1; j < end; j++ {
		if r.l.InQuote[j] >= 0 {
			continue // "the ''fraudulent'' nomination"
		}
		lw := r.low(j)
		if r.kind(j) == text.Punct && !r.possessiveMark(j) || r.is(j, cAux|cRelative|cSubord) || r.quoteClosing(j-1) ||
			r.is(j, cDet) && !r.is(j-1, cDet|cPrep) && j-1 > k ||
			r.kind(j) == text.Word && !r.isCap(j) && strings.HasSuffix(lw, "ed") && !r.is(j-1, cDet|cPrep) {
			return r.trimEnd(k, j)
		}
	}
	return end
}

// keepConjunction puts back the "But", "And" or "Yet" that skipConnective took off content start cs of sentence
// s: before a source and cue that close the sentence ("But the plan is tilted toward the rich, she said")
// PolNeAR keeps it in the content, as the speaker's own link to what came before.
func (r *run) keepConjunction(s text.Sentence, cs int) int {
	if first := s.FirstTok; cs == first+1 && r.l.InQuote[first] < 0 {
		if w := r.low(first); w == "but" || w == "and" || w == "yet" {
			return first
		}
	}
	return cs
}

// addresseeBeforeClause is where the clause starts after the addressee of a tell-verb at k when no "that"
// comes between ("telling his aides he planned to ...", "telling Clinton she had been ..."), or k: the
// addressee is a short noun phrase, and a subject pronoun or a name opens the clause after it, or a quotation
// follows it.
func (r *run) addresseeBeforeClause(vf verbForm, k, end int) int {
	if k >= end || r.l.InQuote[k] >= 0 || r.is(k, cPrep) {
		return k
	}
	if objectInContentLemma := wordset.Has(gObjectLemmas, vf.lemma); objectInContentLemma {
		return k
	}
	ne := r.npRight(k, end)
	if wordset.Has(gObjectPronouns, r.low(k)) {
		ne = k + 1 // "telling them ..."
	}
	if ne <= k || ne >= end || ne-k > 4 {
		return k
	}
	if r.quoteOpening(ne) >= 0 {
		return ne // "telling her "We will win.""
	}
	if r.is(ne, cColon|cComma) && ne+1 < end && r.quoteOpening(ne+1) >= 0 {
		return ne + 1
	}
	if r.l.InQuote[ne] >= 0 || r.kind(ne) != text.Word {
		return k
	}
	if w := r.low(ne); !wordset.Has(gSubjectPronouns, w) && !(r.isCap(ne) && !r.is(ne, cDet|cPrep)) {
		return k
	}
	if n := ne + 1; n < end && (r.low(n) == "to" || r.is(n, cComma)) {
		return k // "telling Clinton to ...", an apposition
	}
	return ne
}

// socialMedium is the end of "on Facebook", "on Instagram" or "on social media" at k, which PolNeAR puts in
// the cue ("posted on Facebook that C"), or k. "On Twitter" is marked either way and stays out.
func (r *run) socialMedium(k, end int) int {
	if k+1 >= end || r.low(k) != "on" || r.l.InQuote[k+1] >= 0 {
		return k
	}
	switch r.low(k + 1) {
	case "facebook", "instagram":
		return k + 2
	case "social":
		if k+2 < end && r.low(k+2) == "media" {
			return k + 3
		}
	}
	return k
}

// signOf is where content starts after "no sign of", "few signs that", "signs of" at k, which PolNeAR puts in
// the cue with its verb ("showed no sign of backing down"), or k.
func (r *run) signOf(k, end int) int {
	if k+1 >= end {
		return k
	}
	j := k
	if w := r.low(j); w == "no" || w == "little" || w == "few" || w == "any" || w == "some" {
		j++
	}
	if j+1 >= end || r.l.InQuote[j] >= 0 {
		return k
	}
	if w := r.low(j); w != "sign" && w != "signs" {
		return k
	}
	if p := r.low(j + 1); p == "of" {
		return j + 2
	} else if p == "that" {
		return j + 1
	}
	return k
}
