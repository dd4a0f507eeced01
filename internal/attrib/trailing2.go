package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
)

// abbrevInBracket reports whether the dot at token i ends a party and state label just before its closing
// bracket ("Sen. Jane Roe (D-Conn.)"): a hyphenated abbreviation, part of the name however long it is.
func (r *run) abbrevInBracket(i, end int) bool {
	return i+1 < end && i > 0 && r.isPunct(i+1, ")") && r.kind(i-1) == text.Word && r.isCap(i-1) &&
		strings.Contains(r.tok(i-1), "-")
}

// participialSource reports whether a source [first, end) before its cue opens with a participle that takes an
// object and goes on to a prepositional phrase ("beating his rival in his home state", "followed by attempts to
// insulate her"): that is a participial clause closing the sentence, its last word a noun mistaken for a cue, not
// the subject of a trailing cue. An adjectival participle before a name ("retired Gen. Jane Roe") takes no
// preposition but "of".
func (r *run) participialSource(first, end int) bool {
	if end-first < 3 || r.kind(first) != text.Word || r.isCap(first) || r.is(first, cDet) {
		return false
	}
	w := r.low(first)
	if len(w) <= 4 || !(strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
		return false
	}
	if n := first + 1; !(r.is(n, cDet|cBy|cPrep|cPronoun) || r.isCap(n) || strings.HasSuffix(r.low(n), "ing")) {
		return false
	}
	for i := first + 2; i < end; i++ {
		if r.is(i, cPrep) && r.low(i) != "of" {
			return true
		}
	}
	return r.is(first+1, cBy)
}

// subjectWithAside reports whether what precedes inverted cue c is a subject and the aside set off by commas
// that describes it ("Ms. Lind, along with two colleagues, wrote a report"; "Mr. Lee, who ran the depot, posted
// the clip"): the cue then has its subject before it and the words after it are its object, not a source.
func (r *run) subjectWithAside(s text.Sentence, c cue, cs int) bool {
	if r.l.InQuote[cs] >= 0 {
		return false // a quotation is what was said, whatever its words
	}
	if a, _ := r.asideSubject(s, c); a >= 0 && a <= cs+1 {
		return true
	}
	a, _ := r.relativeAside(s, c.first)
	return a >= 0 && a <= cs+1
}

// subordinateRest reads "If she wins, Roe said in a tweet, fares will fall": content [cs, ce) that is only a
// subordinate clause says nothing on its own, so the main clause after the short phrase and its comma at token j
// completes it, as when the attribution interrupts a sentence. It adds that statement and reports whether it did.
func (r *run) subordinateRest(c cue, cs, ce, src, j int, s text.Sentence) bool {
	if !r.is(cs, cSubord) || r.l.InQuote[cs] >= 0 || r.openingAdverbial(s, cs, ce) || j+3 >= s.EndTok || r.l.InQuote[j+1] >= 0 || r.is(j+1, cClauseBrk) {
		return false
	}
	for i := cs; i < ce-1; i++ {
		if r.l.InQuote[i] >= 0 || r.kind(i) == text.Punct {
			return false // one clause only: "If she wins, and she will, ..." is another reading
		}
	}
	if r.anyClaimed(cs, s.EndTok) {
		return false
	}
	st := Statement{Rule: c.vf.rules.parenthetical, Medium: r.medium(s.FirstTok, s.EndTok),
		Evidence: "a subordinate clause and the main clause around their source and cue"}
	r.add(st, src, c.first, c.first, r.cueExtras(c.verb+1, s.EndTok), [][2]int{{cs, r.trimEnd(cs, ce)}, {j + 1, r.trimEnd(j+1, s.EndTok)}})
	return true
}
