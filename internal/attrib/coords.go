package attrib

import (
	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Coordinated subjects that coordLeft and coordInName leave half taken: a first conjunct that ends in a
// bracketed party or state tag ("Mayor Ann Pike (D) and former Gov. Tom Reddle"), one that holds "of" ("the
// Federation of Dockers and the Harbor Guild"), and a pair of names after a head noun and "like", "such as",
// "including" or "by" ("unions like the Dockers Guild and the Port Alliance", "a study by Harwick College and
// the Port Institute").

// coordWide is the start of a subject whose last conjunct follows "and" at token and, or -1. It is the last
// fallback of npLeftOpt's "and" case. Both conjuncts are names (the right one may open with a determiner or a
// possessive), so that an object or a clause before "and" stays out.
func (r *run) coordWide(and, min int) int {
	if and-2 < min || and+1 >= len(r.l.Tokens) || r.l.InQuote[and+1] >= 0 {
		return -1
	}
	kin := wordset.Has(gPossessiveDets, r.low(and+1)) // "Reyes and her aides": a name and the people around it
	if !kin && !r.capConjunct(and+1) {
		return -1
	}
	end := r.serialComma(and, min)
	e := end
	if r.isPunct(e-1, ")") {
		e = r.bracketTagOpen(e-1, min) // "Sen. Ann Pike (D-Ore.)"
		if e < 0 {
			return -1
		}
	}
	left := r.conjunctLeft(e, min)
	if left < 0 {
		return -1
	}
	for k := e - 1; k > left; k-- {
		if w := r.low(k); w == "including" || w == "like" {
			left = k + 1 // conjunctLeft reads "including" as a noun
			break
		}
	}
	if left-2 >= min && r.low(left-1) == "of" && r.isCap(left) && r.l.InQuote[left-1] < 0 {
		// "the Federation of Dockers": a name with "of" inside it
		if l2 := r.conjunctLeft(left-1, min); l2 >= 0 && r.capIn(l2, left-1) && r.nameLike(l2, left-1) {
			left = l2
		}
	}
	if wordset.Has(gPairWords, r.low(left)) && left+1 < e {
		left++ // "both" is put back below: nameLike refuses it
	}
	if !r.capIn(left, e) || !r.titledName(left, e) {
		return -1
	}
	if end < and {
		return -1 // a serial comma: lists are coordLeft's
	}
	if left-1 >= min && wordset.Has(gPairWords, r.low(left-1)) && r.l.InQuote[left-1] < 0 {
		left-- // "both the Federation of Dockers and"
	}
	if r.subjectStart(left, min) || r.afterIntroAt(left, min) || (wordset.Has(gPairWords, r.low(left)) && r.is(left-1, cComma)) {
		return left
	}
	if kin {
		return -1
	}
	return r.exampleHead(left, min)
}

// titledName is nameLike for a conjunct whose title has an abbreviation's full stop ("Former Gov. Ann
// Pike"): the stops do not count towards nameLike's five words.
func (r *run) titledName(a, b int) bool {
	if b-a <= 5 {
		return r.nameLike(a, b)
	}
	words := 0
	for i := a; i < b; i++ {
		if r.isPunct(i, ".") {
			continue
		}
		if words++; words > 5 || (r.kind(i) == text.Word && !r.isCap(i) && r.is(i, cVerbLike|cAux)) {
			return false
		}
	}
	return true
}

// capConjunct reports whether a conjunct after "and" opens at token k with a name, after at most a
// determiner or a possessive: "Ann Pike", "the Harbor Guild", "his Port Alliance".
func (r *run) capConjunct(k int) bool {
	if r.l.InQuote[k] >= 0 {
		return false
	}
	if r.isCap(k) && !r.is(k, cDet|cPronoun) {
		return true
	}
	if r.is(k, cDet) || wordset.Has(gPossessiveDets, r.low(k)) {
		return k+1 < len(r.l.Tokens) && r.isCap(k+1)
	}
	// "former Gov. Ann Pike": a title's modifier before the name
	return r.kind(k) == text.Word && !r.is(k, cPronoun|cVerbLike|cAux) && k+1 < len(r.l.Tokens) && r.isCap(k+1)
}

// bracketTagOpen is the "(" of a short bracketed tag that closes at token close ("(D)", "(R-Texas)", "(Vt.)"),
// or -1.
func (r *run) bracketTagOpen(close, min int) int {
	for j := close - 1; j > min && j >= close-5; j-- {
		if r.l.InQuote[j] >= 0 {
			return -1
		}
		if r.isPunct(j, "(") {
			if j == close-1 || !r.isCap(j+1) {
				return -1
			}
			return j
		}
	}
	return -1
}

// exampleHead is the start of a head noun phrase that the names from token left exemplify or credit
// ("civic groups like", "candidates such as", "a study by"), when that head stands where a subject starts;
// else -1.
func (r *run) exampleHead(left, min int) int {
	p := left - 1
	if p-1 < min || r.l.InQuote[p] >= 0 {
		return -1
	}
	switch w := r.low(p); {
	case w == "like" || w == "including" || w == "by":
	case w == "as" && r.low(p-1) == "such":
		p--
	default:
		return -1
	}
	if p-1 < min || (r.isCap(p-1) && p-1 > min) || !r.nounish(p-1) {
		return -1
	}
	head := r.npLeftOpt(p, min, false)
	if head < 0 || !(r.subjectStart(head, min) || r.afterIntroAt(head, min)) {
		return -1
	}
	return head
}

// evenConjunct is the start of a coordinated subject whose last conjunct, from token start, follows "and
// even" ("Dockers and even some managers"), or -1: coordLeft reads the pair as if "even" were not there.
func (r *run) evenConjunct(start, min int) int {
	if start-3 < min || r.low(start-1) != "even" || r.low(start-2) != "and" || r.l.InQuote[start-2] >= 0 || r.claimed[start-2] {
		return -1
	}
	return r.coordLeft(start-2, min)
}

// relativeCoord gives a cue that is the second predicate of a relative clause the relative pronoun as its
// shared source: "a docker who met the mayor for years and assailed the board", "the union, which backs the
// plan and says it will pass". The pronoun follows a noun or a comma and is followed by the clause's finite
// verb; nothing between it and the "and" before the cue ends the clause (a comma, a colon, a dash, a quotation).
// It overrides a subject found further left, which is the relative clause's antecedent, and makes no statement
// of its own: a cue that found no source is then mostly no report ("who was named and confirmed by the board").
func (r *run) relativeCoord(s text.Sentence, c cue, src, srcEnd *int, shared **text.Span) {
	and := c.first - 1
	if and-3 <= s.FirstTok || r.l.InQuote[and] >= 0 {
		return
	}
	if w := r.low(and); w != "and" && w != "but" {
		return
	}
	if *src < 0 && *shared == nil {
		return // it corrects a source, it makes no statement: a cue left without one is often no report
	}
	for p := and - 1; p > s.FirstTok && p >= and-25; p-- {
		if r.claimed[p] || r.l.InQuote[p] >= 0 || r.kind(p) != text.Word && r.kind(p) != text.Number {
			return
		}
		if !r.relativePronounAt(p) {
			continue
		}
		v := p + 1
		if r.adverbLy(v) {
			v++ // "which largely backs"
		}
		if v >= and || !(r.is(v, cAux) || r.finiteVerbAt(v) || pastVerbs[r.low(v)]) || r.isCap(v) {
			return
		}
		sp := r.span(p, p)
		*shared = &sp
		*src, *srcEnd = 0, 0
		return
	}
}

// relativePronounAt reports whether token p is "who", "which" or "that" opening a relative clause: after a
// noun or a comma ("the docker who", "the union, which"), not a complementiser after a verb ("said that").
func (r *run) relativePronounAt(p int) bool {
	switch r.low(p) {
	case "who", "which":
		return r.is(p-1, cComma) || r.nounish(p-1)
	case "that":
		return r.nounish(p-1) && !r.is(p-1, cVerbLike|cAux) && !r.isCap(p)
	}
	return false
}

// clauseCoord gives a cue that is the second predicate of a clause after an opening phrase or a subordinator
// that openedCoord does not step over the clause's subject as shared source: "Last May, the mayor met the
// dockers and warned that C", "the talks broke down when Reddle took issue with the plan and assailed Pike",
// "During the strike, Reddle largely kept quiet and hinted that C". The clause starts after the nearest comma,
// dash or subordinator before the "and"; its subject is followed by its finite verb (after at most an -ly
// adverb), an irregular past included. It does nothing when a source was found.
func (r *run) clauseCoord(s text.Sentence, c cue, src, srcEnd *int, shared **text.Span) {
	if *src >= 0 || *shared != nil {
		return
	}
	j := c.first - 1
	if j-2 <= s.FirstTok || r.l.InQuote[j] >= 0 || r.low(j) != "and" && r.low(j) != "but" || !r.verbObjectStart(c.verb+1, s.EndTok) {
		return
	}
	st := -1
	for k := j - 1; k >= s.FirstTok && k >= j-30; k-- {
		if r.l.InQuote[k] >= 0 || r.claimed[k] || r.kind(k) == text.Quote {
			return
		}
		if r.is(k, cComma|cSubord|cColon|cSemicolon) || r.isPunct(k, "—") || r.isPunct(k, "–") {
			st = k + 1
			break
		}
		if k == s.FirstTok {
			st = k
		}
	}
	if st < 0 || st+1 >= j || !(r.isCap(st) || r.is(st, cDet|cPronoun)) || r.is(st, cPrep|cSubord) {
		return
	}
	ne := st + 1
	if !r.is(st, cPronoun) {
		ne = r.subjectNP(st, j)
	}
	if ne <= st || ne+1 >= j {
		return
	}
	v := ne
	if r.adverbLy(v) {
		v++ // "Reddle largely kept quiet"
	}
	if r.isCap(v) || !(r.is(v, cAux) || r.finiteVerbAt(v) || pastVerbs[r.low(v)]) {
		return
	}
	sp := r.span(st, ne-1)
	*shared = &sp
	*src, *srcEnd = 0, 0
}
