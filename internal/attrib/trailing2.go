package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
)

// openingAdverbial reports whether content tokens [cs, ce), closed by the comma at ce, are only a phrase that
// opens the sentence before its subject ("In a tweet, the city urged", "Last month, experts warned", "Flying
// home, she vented"): such a phrase says when, where or how, never what was said, so the trailing frame must
// not take it as content.
func (r *run) openingAdverbial(s text.Sentence, cs, ce int) bool {
	if ce <= cs || ce >= s.EndTok || !r.is(ce, cComma) || r.l.InQuote[cs] >= 0 {
		return false
	}
	first := cs
	if w := r.low(first); (w == "and" || w == "but" || w == "yet" || w == "so") && first+1 < ce {
		first++ // "And in an age of sound bites, he is determined"
	}
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
		// An auxiliary or a subject pronoun makes a clause ("And now there is unease, he said").
		if i > first && (r.is(i, cAux) || subjectPronouns[r.low(i)]) {
			return false
		}
		if verbal && i > first && len(r.low(i)) > 2 && strings.HasSuffix(r.low(i), "ed") {
			return false
		}
	}
	return true
}

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
	w := r.low(p)
	if w == "and" || w == "but" {
		p++
		w = r.low(p)
	}
	participle := p < comma-1 && len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
	return r.clauseOpener(p) || w == "through" || w == "throughout" || participle
}
