package attrib

import (
	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// maxBareSubject bounds, in tokens, a subject found by bareSubject.
const maxBareSubject = 14

// bareSubject finds a subject too long or too varied for npLeft that runs from the start of the clause to the
// cue at token end, with no comma or verb of its own: "Organizers of the push to boycott the speech said",
// "A person familiar with Thursday's meeting says". It returns the subject's first token, or -1. Unless speech
// says the cue is a speech verb, a subject holding a cue noun is refused: "Her decision to close the depot
// angered drivers" is the decision's statement, not the subject's.
func (r *run) bareSubject(s text.Sentence, end int, speech bool) int {
	start := s.FirstTok
	if w := r.low(start); (w == "but" || w == "and" || w == "so" || w == "yet") && start+1 < end {
		start++
	}
	if end-start < 2 || end-start > maxBareSubject {
		return -1
	}
	if !(r.isCap(start) || r.is(start, cDet) || r.kind(start) == text.Number) || r.is(start, cPrep|cPronoun) ||
		r.is(start, cSubord) || r.in(start, sSentenceAdv) {
		return -1
	}
	nouns := 0
	for i := start; i < end; i++ {
		if r.l.InQuote[i] >= 0 || r.claimed[i] {
			return -1
		}
		switch r.kind(i) {
		case text.Word, text.Number:
		case text.Quote:
			if !r.possessiveMark(i) {
				return -1
			}
			continue
		case text.Punct:
			if p := r.tok(i); p == "-" || p == "." || p == "&" || p == "%" {
				continue // "U.S.", "AT&T", "49%"
			}
			return -1
		default:
			return -1
		}
		if r.is(i, cAux|cNotNP) || r.is(i, cSubord) {
			return -1
		}
		if vf, ok := r.verb(i); ok && !vf.gerund && (i == start || r.low(i-1) != "to") && !r.reducedRelative(i, s.FirstTok, s.EndTok) {
			return -1 // a finite verb of its own ("people briefed on it say" has a participle): no bare subject
		}
		if r.nounish(i) {
			nouns++
		}
		if !speech && (r.is(i, cCueNoun) || r.is(i, cAttitude)) {
			return -1
		}
	}
	if nouns == 0 {
		return -1
	}
	return start
}

// adverbLy reports whether token i is a lower-case adverb in -ly ("typically", "strongly").
func (r *run) adverbLy(i int) bool {
	w := r.low(i)
	return len(w) > 4 && w[len(w)-2:] == "ly" && !r.isCap(i) && !wordset.Has(gLyNouns, w) && w != "only"
}

// commaQuote reports whether the tokens ending at i are a comma and a closing quote mark, in either order
// (`,”` or `”,`): the comma that sets off what follows a quotation.
func (r *run) commaQuote(i int) bool {
	if i < 1 {
		return false
	}
	return (r.quoteClosing(i) && r.is(i-1, cComma)) || (r.is(i, cComma) && r.quoteClosing(i-1))
}

// relativeAside finds the subject before a relative clause set off by commas that ends at token end-1 (a comma
// or dash): "Mr. Lewandowski, who did not respond to a request for comment, has denied". The clause may hold a
// statement of its own, which npLeft cannot walk over. It returns the subject's span [start, stop), or -1.
func (r *run) relativeAside(s text.Sentence, end int) (start, stop int) {
	sep := end - 1
	if r.relativeQuoteComma(s, end) {
		sep = end - 2 // `Reyes, who called it "a sham," said`: the clause closes with its quotation (subjects4.go)
	}
	if sep <= s.FirstTok || !(r.is(sep, cComma) || r.isPunct(sep, "—") || r.isPunct(sep, "–")) {
		return -1, -1
	}
	for i := end - 2; i > s.FirstTok+1 && i > end-maxClause; i-- {
		if r.isPunct(i, ";") || r.isPunct(i, ".") || r.is(i, cColon) {
			return -1, -1
		}
		if w := r.low(i); (w == "who" || w == "which") && r.l.InQuote[i] < 0 && r.isPunct(i-1, r.tok(sep)) {
			src := r.npLeft(i-1, s.FirstTok)
			if src < 0 || !(r.subjectStart(src, s.FirstTok) || r.afterIntro(src, s)) {
				return -1, -1
			}
			return src, i - 1
		}
	}
	return -1, -1
}

// relativeEnd ends the content of a statement whose source is a relative pronoun after a comma at the comma
// that closes the relative clause, before the main clause's verb: "Mr. Lee, who said C, has denied D" gives C.
func (r *run) relativeEnd(src, k, end int) int {
	if src < 1 || !(r.low(src) == "who" || r.low(src) == "which") || !r.is(src-1, cComma) {
		return end
	}
	for i := k + 1; i+1 < end; i++ {
		if cut := r.relativeClose(i, end); cut >= 0 {
			return cut
		}
	}
	return end
}

// numberWords count a plural noun after them.
var numberWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true,
	"ten": true, "dozen": true, "dozens": true, "hundred": true, "hundreds": true, "thousand": true, "thousands": true,
}

// countedNoun reports whether token i, a cue word ending in -s, follows a number: "five states", "50 reports".
func (r *run) countedNoun(i int) bool {
	w := r.low(i)
	if len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	return r.kind(i-1) == text.Number || r.in(i-1, sNumberWord)
}

// inflectedCue reports whether cue c is surely a verb, so that a long subject may be sought before it: a
// speech verb, an inflected form ("supported") or one after an auxiliary ("have backed").
func (r *run) inflectedCue(c cue) bool {
	return c.vf.frames&frameInv != 0 || c.first < c.verb || r.low(c.verb) != c.vf.lemma
}
