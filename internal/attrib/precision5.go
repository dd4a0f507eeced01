package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Sources that are no noun phrase, and "called" that names rather than judges.

// namingCalled reports whether the leading rule's one-word cue c is "called" introducing a name for a thing just
// brought up: "a new union called Harbor Workers United", "another group called the Dock Compact". The noun
// before it is a lower-case common noun in a phrase that an indefinite determiner opens, and a capitalised
// name or a quotation follows: a reduced passive that names, which PolNeAR mostly leaves unmarked (and marks
// without a source when it does). "The mayor called the plan a mistake" (a name before "called") and "the
// union called the strike" (a definite phrase) keep the verb's own readings, and so does a second object
// after the name ("a docker called Rosa Quispe a liar").
func (r *run) namingCalled(c cue) bool {
	v, n := c.verb, c.verb-1
	if c.first != v || v+2 >= len(r.l.Tokens) || n < 1 || r.low(v) != "called" || r.kind(n) != text.Word ||
		r.isCap(n) || !r.nounish(n) || r.is(n, cPronoun|cDet|cQuant) {
		return false
	}
	if !r.isCap(v+1) && r.quoteOpening(v+1) < 0 && !(r.low(v+1) == "the" && r.isCap(v+2)) {
		return false
	}
	e := v + 2
	for e < len(r.l.Tokens) && e < v+8 && r.isCap(e) {
		e++
	}
	if e < len(r.l.Tokens) && (r.is(e, cDet) || r.quoteOpening(e) >= 0) {
		return false
	}
	// Back over the noun's modifiers to an indefinite determiner, which must open the phrase.
	for j := n; j >= 0 && j > n-6; j-- {
		switch r.low(j) {
		case "a", "an", "another":
			return true
		}
		if r.kind(j) != text.Word || r.is(j, cPronoun|cDet|cPrep|cAux|cRelative|cCoord) {
			return false
		}
	}
	return false
}

// sourceNotNP mends the source of statement st, tokens [first, end), whose cue starts at token cueFirst, when it is no noun
// phrase: a time alone ("Wednesday", "2013", "A few minutes"); words that end on a preposition, a conjunction
// or a determiner, which open a phrase and close none ("Rosa Quispe struggled to"); a lone article ("The" of
// "The next stop ..."); a lone lower-case participle or gerund ("making calls"); an expletive with its verb
// ("It's", "That's"); a pronoun with its auxiliary when the cue is not right after it ("She's a docker but
// concedes": the source is "She"); or a name with its finite verb before a second verb or a noun ("Rosa
// Quispe paused, then revealed", "Rosa Quispe faced questions about"). A second verb keeps the name as its
// source; before a noun the source goes, as PolNeAR marks such nouns without one. So does a verb phrase before
// the cue (verbPhraseSource). An aside in dashes about the circumstances is cut off (dashAsideIn).
func (r *run) sourceNotNP(st *Statement, first, end, cueFirst int) {
	if st.Source == nil || st.Source.End <= st.Source.Start {
		return
	}
	if end <= first { // a source the caller set itself (a shared subject): find its tokens
		first, end = r.tokenAt(st.Source.Start), r.tokenAt(st.Source.End-1)+1
	}
	if first > 0 && r.low(first) == "far" && (r.low(first-1) == "so" || r.low(first-1) == "thus") {
		// "So far" is a time, not the source's first word ("so far assure", "so far Rosa Quispe has").
		if first++; first < end && r.is(first, cComma) {
			first++
		}
		if first >= end {
			st.Source = nil
			return
		}
		st.Source.Start = r.l.Tokens[first].Start
	}
	if r.timeOnly(first, end) {
		st.Source = nil // "Wednesday said", "Four years laid": a date opening the clause, not who spoke
		return
	}
	// An article or a possessive opens a phrase and never closes one; "her" can ("a source close to her").
	if w := r.low(end - 1); end-first > 1 && (r.is(end-1, cPrep|cCoord) || wordset.Has(gArticles, w) && w != "her") {
		st.Source = nil // "Rosa Quispe struggled to", "a co-author of": a phrase cut off before its end
		return
	}
	if cueFirst >= end && r.verbPhraseSource(first, end) {
		st.Source = nil // "worked with Tom Birch on a 2010", "accompanied by mounting": a verb with its phrase
		return
	}
	if d := r.dashAsideIn(first, end); d > first {
		st.Source.End = r.l.Tokens[d-1].End
		end = d
	}
	if end-first == 1 {
		w := r.low(first)
		switch {
		case w == "the" || w == "a" || w == "an":
			st.Source = nil
		case r.kind(first) == text.Word && !r.isCap(first) && len(w) > 4 && !strings.HasSuffix(w, "thing") &&
			(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")):
			st.Source = nil // "making calls", "scrapped plans": a verb before the cue word, which is its object
		case (cueFirst > end+1 || cueFirst < first) && r.contractedPronoun(first) >= 0:
			// A cue right after the pronoun, or after one degree word, takes the auxiliary (splitContraction).
			st.Source.End = r.contractedPronoun(first)
		default:
			if p, ok := strings.CutSuffix(w, "'s"); ok && expletives[p] {
				st.Source = nil
			} else if p, ok := strings.CutSuffix(w, "’s"); ok && expletives[p] {
				st.Source = nil
			}
		}
		return
	}
	last := end - 1
	w := r.low(last)
	if r.kind(last) != text.Word || r.isCap(last) || len(w) < 5 || !strings.HasSuffix(w, "ed") || cueFirst < end ||
		strings.ContainsAny(w, "-'’") || r.l.InQuote[last] >= 0 || r.is(last, cDet|cPrep|cPronoun|cAux) {
		return
	}
	// Everything before the verb is a name ("Rosa Quispe", "The Dockers") or a demonstrative ("That"), and no
	// noun before it waits for the verb as its object ("the dockers Rosa Quispe interviewed predicted").
	if first > 0 && r.kind(first-1) == text.Word && !r.isCap(first-1) && r.nounish(first-1) {
		return
	}
	for j := first; j < last; j++ {
		if !(r.isCap(j) || r.isPunct(j, ".") && j > first) {
			return
		}
	}
	vf, verb := r.verb(cueFirst)
	if w == "helped" || r.low(cueFirst) == "then" || verb && !vf.gerund && strings.HasSuffix(r.low(cueFirst), "ed") {
		st.Source.End = r.l.Tokens[last-1].End
		return
	}
	st.Source = nil
}

// expletives carry "'s" as a subject that stands for no one: "It's", "That's", "There's".
var expletives = map[string]bool{"it": true, "that": true, "there": true, "here": true, "what": true}

// timeOnly reports whether tokens [first, end) are a time and nothing else: a weekday or month ("Oct. 23"), a
// year, or a count of lower-case time units ("A few minutes", "Four years"). A capitalised unit is a title
// ("Six Hours").
func (r *run) timeOnly(first, end int) bool {
	timed := false
	for j := first; j < end; j++ {
		w := r.low(j)
		switch {
		// The bit and punctuation tests come before the map look-ups: most sources open with a name.
		case r.is(j, cTime) || !r.isCap(j) && r.kind(j) == text.Word && wordset.Has(gTimeUnits, w) || j+1 < end && r.isPunct(j+1, ".") && wordset.Has(gMonthShort, w):
			timed = true
		case r.isPunct(j, ".") && j > first && wordset.Has(gMonthShort, r.low(j-1)):
		case r.kind(j) == text.Number && len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")):
			timed = true
		case r.kind(j) == text.Number || r.in(j, sNumberWord) || w == "a" || w == "few" || w == "several":
		default:
			return false
		}
	}
	return timed
}

// monthShort are the months' abbreviations, written with a period ("Oct. 23").
var monthShort = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true,
}

// dashAsideIn is the dash inside a source [first, end) that opens an aside about the circumstances rather than
// who the source is, as PolNeAR leaves it out: a relative clause ("Rosa Quispe — whose union struck first"), a
// prepositional phrase ("Tom Birch — after a pause"), a participle ("— speaking to reporters"). An apposition or
// a list after the dash ("— a pollster", "— including Tom Birch") names the source and stays. It returns -1
// when there is none.
func (r *run) dashAsideIn(first, end int) int {
	for i := first + 1; i+1 < end; i++ {
		if !r.isDash(i) || r.l.InQuote[i] >= 0 || !(r.spacedDash(i) || r.spacedHyphen(i)) {
			continue
		}
		k := i + 1
		if r.isPunct(k, "-") && k+1 < end {
			k++ // "--" typed as two hyphens
		}
		w := r.low(k)
		switch {
		case r.keptAside(k, end):
			return -1
		case w == "who" || w == "whose" || w == "which":
			return i
		case r.is(k, cPrep) && w != "of" || wordset.Has(gSourceAsides, w):
			return i
		case !r.isCap(k) && len(w) > 5 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")):
			return i
		}
		return -1 // the first dash decides
	}
	return -1
}

// verbPhraseSource reports whether a source [first, end) before its cue opens with a lower-case participle or
// gerund and the preposition or determiner that the verb takes ("worked with", "accompanied by", "serving in
// the"): a verb phrase, where a participle that modifies a noun is followed by the noun ("trusted aides",
// "retired Gen. Roe").
func (r *run) verbPhraseSource(first, end int) bool {
	w := r.low(first)
	if end-first < 2 || r.kind(first) != text.Word || r.isCap(first) || len(w) < 5 || strings.HasSuffix(w, "thing") ||
		!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
		return false
	}
	return !r.isCap(first+1) && (r.is(first+1, cPrep|cBy|cDet) || r.low(first+1) == "by")
}
