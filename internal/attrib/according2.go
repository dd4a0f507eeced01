package attrib

import "github.com/parley-ledger/parley/internal/text"

// accordingSourceEnd reads the source of "according to" where npRight finds no noun phrase because its first
// word is also a verb ("according to state tax filings", "according to poll results"): after "to" a noun
// phrase must follow, so it runs over plain words to the next comma or the sentence's end. It returns the
// source's end, or k.
func (r *run) accordingSourceEnd(k, end int) int {
	if k >= end || r.kind(k) != text.Word || r.is(k, cPrep|cSubord|cPronoun|cAux) || r.l.InQuote[k] >= 0 {
		return k
	}
	j := k
	for j < end && j < k+8 && (r.kind(j) == text.Word || r.kind(j) == text.Number) && r.l.InQuote[j] < 0 && !r.claimed[j] {
		j++
	}
	if j < end && !r.is(j, cComma) && !r.onlyPunct(j, end) {
		return k // the words go on into a clause of their own
	}
	return j
}

// accordingNoComma reports where the content of "C according to X." ends when no comma sets the attribution
// off ("the mayor leads by nine points according to a city poll"). Without the comma "according to" may
// mean "as set by" ("voted according to plan"), so the attribution must run to the sentence's end, name a
// source (a capitalised name, a cue or medium noun, or evidenceNouns) and follow a clause with a finite verb.
// It returns the content's end and the source's, or -1.
func (r *run) accordingNoComma(s text.Sentence, cs, i, ne int) (int, int) {
	if i-1 <= cs || r.kind(i-1) == text.Punct || r.l.InQuote[i-1] >= 0 {
		return -1, ne
	}
	if !r.onlyPunct(ne, s.EndTok) {
		ne = r.invertedSourceEnd(ne, s.EndTok)
		if !r.onlyPunct(ne, s.EndTok) {
			return -1, ne
		}
	}
	named := false
	for k := i + 2; k < ne && !named; k++ {
		named = r.isCap(k) || r.is(k, cCueNoun) || r.in(k, sMediumNoun) || evidenceNouns[r.low(k)]
	}
	if !named {
		return -1, ne
	}
	for k := cs; k < i; k++ {
		if r.finiteVerbAt(k) {
			return i, ne
		}
	}
	return -1, ne
}

// evidenceNouns are what news reports cite as their source when no person speaks: "according to the count".
var evidenceNouns = map[string]bool{
	"poll": true, "polls": true, "survey": true, "surveys": true, "count": true, "tally": true, "data": true,
	"figures": true, "records": true, "documents": true, "estimates": true, "results": true, "study": true,
	"analysis": true, "officials": true, "sources": true, "reports": true, "filings": true, "statistics": true,
	"census": true, "research": true, "aides": true, "experts": true, "analysts": true,
}
