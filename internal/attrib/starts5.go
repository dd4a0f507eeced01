package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Where content starts, part five: a "that" clause reached past a phrase that adverbialThat leaves, because the
// phrase holds an adverb that the auxiliary class also holds, a participle, an aside between commas or a named
// addressee ("answered in an even tone that C", "said in an interview taped before the vote that C", "said on
// Radio Nine, where he is a host, that C", "agreed with the Governor that C", "telling dockers and porters
// that C"). PolNeAR starts the content at the "that" in all of them: the phrase says where, how or to whom,
// not what.

// startPastAdjuncts is where the content of a cue starts past what stands between the cue and it at k:
// thatPastAdjunct, durationAfter and pronounAfterSetting. cueEnd is where the cue ends; tell says the cue takes
// an addressee.
func (r *run) startPastAdjuncts(k, cueEnd, end int, tell bool) int {
	return r.pronounAfterSetting(r.durationAfter(r.thatPastAdjunct(k, cueEnd, end, tell), end), end)
}

// thatPastAdjunct returns where the content of a cue starts when the "that" of its clause follows such a
// phrase at k, or k. cueEnd is where the cue ends; tell says the cue takes an addressee.
func (r *run) thatPastAdjunct(k, cueEnd, end int, tell bool) int {
	if k+2 >= end || r.l.InQuote[k] >= 0 || r.kind(k) != text.Word || r.low(k) == "whether" || r.infinitiveAt(k) {
		return k
	}
	if r.low(k) == "that" {
		// "found in that inquiry that C": a demonstrative after the phrase's preposition, which skipAdverbial
		// took for the complementizer; the clause opens at the next "that".
		if k > 0 && r.is(k-1, cPrep) && k-1 >= cueEnd && !r.complementThat(k+1, end) && r.nounish(k+1) {
			if j := k + 2; j+1 < end && r.low(j) == "that" && r.complementThat(j+1, end) {
				return j
			}
		}
		return k
	}
	w := r.low(k)
	if w == "to" && !(r.is(k+1, cDet) || r.isCap(k+1) || wordset.Has(gPossessiveDets, r.low(k+1)) || wordset.Has(gObjectPronouns, r.low(k+1))) {
		return k // "seems to not grasp that": an infinitive that infinitiveAt does not see
	}
	adjunct := r.in(k, sThatPrep) || r.is(k, cThatAdverb) || r.timeAt(k, end) ||
		strings.HasSuffix(w, "ly") && len(w) > 4 && !wordset.Has(gLyNouns, w) && !r.isCap(k)
	// After a preposition the cue took ("agreed with", "insisted on"), or after a verb of telling, a name or
	// a title is the one spoken with or to: "agreed with the governor that C", "promised Mr. Dale that C".
	named := !adjunct && (k == cueEnd && cueEnd > 0 && r.is(cueEnd-1, cPrep) || tell) && r.namedStretch(k, end)
	// A bare plural after a verb of telling is its addressee too: "telling voters and readers that C".
	if !adjunct && !named && !(tell && r.nounish(k) && !r.isCap(k) && strings.HasSuffix(w, "s")) {
		return k
	}
	aside := false
	for j := k + 1; j < end && j < k+24; j++ {
		lw := r.low(j)
		switch {
		case r.l.InQuote[j] >= 0:
			return k
		case r.is(j, cComma):
			if aside {
				aside = false // the aside closes
				continue
			}
			if j+1 < end && (r.is(j+1, cRelative) || r.low(j+1) == "where" || r.low(j+1) == "when") && r.low(j+1) != "that" {
				aside = true // ", where he is a host,"
				j++
				continue
			}
			if j+1 < end && (r.low(j+1) == "that" || r.isCap(j+1) || r.is(j+1, cDet)) {
				continue // "in Dover, Kent, that"; "the Courier, a weekly, that"
			}
			return k
		case aside:
			continue
		case (lw == "that" || lw == "whether") && !r.is(j-1, cPrep|cDet) && !r.is(j-1, cCueNoun|cAttitude):
			if r.complementThat(j+1, end) {
				return j
			}
			return k
		case r.kind(j) != text.Word && r.kind(j) != text.Number && !r.isPunct(j, "’s") && !r.isPunct(j, "'s"):
			return k // a colon, a dash or a bracket
		case r.auxVerb(j) || wordset.Has(gSubjectPronouns, lw) || r.is(j, cRelative) || r.is(j, cSubord) && !wordset.Has(gThatPreps, lw) || r.infinitiveAt(j):
			return k
		case strings.HasSuffix(lw, "ing") && r.is(j-1, cPrep):
			return k // a gerund's clause: "pleaded guilty to mishandling files under a rule that C"
		}
		if vf, v := r.verb(j); v && lw != vf.lemma && !(strings.HasSuffix(lw, "ed") && r.nounish(j-1) && !r.isCap(j-1)) &&
			!r.is(j-1, cDet) && !wordset.Has(gPossessiveDets, r.low(j-1)) {
			// A verb of its own; a participle after a noun is its modifier ("an interview taped"), a bare form or
			// a form after a determiner a noun ("in an even tone", "before the attacks").
			return k
		}
	}
	return k
}

// namedStretch reports whether a name or a title opens at k and runs to a "that" or a comma: "the governor",
// "Mr. Dale", "Radio Nine".
func (r *run) namedStretch(k, end int) bool {
	if w := r.low(k); (w == "him" || w == "her" || w == "them" || w == "us" || w == "me") && k+1 < end {
		return r.low(k+1) == "that" // "agreed with them that C"
	}
	i := k
	if r.low(i) == "the" {
		i++
	}
	n := 0
	for ; i < end && n < 5 && r.kind(i) == text.Word && r.l.InQuote[i] < 0 && (r.isCap(i) || n > 0 && r.nounish(i) && r.low(i) != "that"); i++ {
		n++
	}
	return n > 0 && i < end && (r.low(i) == "that" || r.is(i, cComma))
}

// complementThat reports whether the "that" before token n is a complementizer: the clause's subject opens at n
// with a determiner, a subject pronoun, a name or a number, a subordinate clause opens there ("that while C"),
// or a quotation. After a noun, a
// relative clause more often opens with its verb or a bare noun ("rates that rise", "charities that fund",
// "that way").
func (r *run) complementThat(n, end int) bool {
	if n >= end {
		return false
	}
	if r.quoteOpening(n) >= 0 {
		return true
	}
	if r.l.InQuote[n] >= 0 || !r.clauseAfterThat(n) || r.is(n, cAux|cComma) {
		return false
	}
	w := r.low(n)
	return r.is(n, cDet|cSubord) || wordset.Has(gSubjectPronouns, w) || wordset.Has(gPossessiveDets, w) || r.kind(n) == text.Number ||
		r.isCap(n) && !r.is(n, cNotNP|cPrep)
}

// bareInfinitiveAt reports whether "to" at k opens an infinitive of a verb that is no cue word ("pledged to
// stay in the race through that contest", "hoping to win states that award delegates"), which infinitiveAt
// does not see: the word after it is lower case and no determiner, pronoun, preposition, quantifier or
// plural noun ("to reporters", "to a crowd", "to those").
func (r *run) bareInfinitiveAt(k int) bool {
	n := k + 1
	if r.low(k) != "to" || n >= len(r.l.Tokens) || r.kind(n) != text.Word || r.isCap(n) || r.l.InQuote[n] >= 0 ||
		r.is(n, cDet|cPronoun|cPrep|cQuant|cTime) {
		return false
	}
	w := r.low(n)
	return !wordset.Has(gPossessiveDets, w) && !wordset.Has(gObjectPronouns, w) && (!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss")) &&
		!strings.HasSuffix(w, "ing")
}

// durationAfter moves content start k over a phrase of duration or of time past that follows a cue and that
// timePhrase does not read: "has insisted for months she alone can", "has refused for years to name", "saw long
// ago that", "revealed for the first time that". PolNeAR leaves it out of the content. Content must follow: a
// "that", an infinitive, a question word, or the subject of a clause.
func (r *run) durationAfter(k, end int) int {
	if k+3 >= end || r.l.InQuote[k] >= 0 {
		return k
	}
	j := k
	switch w := r.low(k); {
	case w == "for" && wordset.Has(gTimeUnits, r.low(k+1)) && strings.HasSuffix(r.low(k+1), "s"):
		j = k + 2 // "for weeks", "for years"
	case w == "for" && r.low(k+1) == "the" && r.low(k+2) == "first" && r.low(k+3) == "time":
		j = k + 4
	case r.low(k+1) == "ago" && (w == "long" || wordset.Has(gTimeUnits, w)):
		j = k + 2 // "long ago", "years ago"
	default:
		return k
	}
	if r.is(j, cComma) && j+1 < end {
		j++
	}
	if j >= end || r.l.InQuote[j] >= 0 && r.quoteOpening(j) < 0 {
		return k
	}
	lw := r.low(j)
	if i := strings.IndexAny(lw, "'’"); i > 0 {
		lw = lw[:i] // "he’s"
	}
	if lw == "that" || lw == "whether" || r.in(j, sWh) || wordset.Has(gSubjectPronouns, lw) || r.quoteOpening(j) >= 0 ||
		lw == "to" && j+1 < end && r.kind(j+1) == text.Word && !r.isCap(j+1) && !r.is(j+1, cDet|cPronoun) {
		return j
	}
	return k
}

// noContentAt reports whether the content of a cue would open at token k with a lower-case "and" or "or",
// where the cue word is one half of a pair ("fear and panic", "tackled and carried away the man", "is demanding
// and slow"), or with "with", which adds a companion or a means ("joked with his friends", "fired back with a
// statement"): no content follows the cue there, and PolNeAR marks no statement.
func (r *run) noContentAt(k, end int) bool {
	if k >= end || r.l.InQuote[k] >= 0 || r.isCap(k) {
		return false
	}
	w := r.low(k)
	return w == "and" || w == "or" || w == "with"
}

// pronounAfterSetting moves content start k over a phrase of place, time or medium that opens with "in", "on",
// "at" or "during" and runs straight into a clause whose subject is a pronoun: "wrote in both notices he was
// glad", "made clear in interviews she is unsure". The phrase says where it was said; the clause is what.
func (r *run) pronounAfterSetting(k, end int) int {
	if k+2 >= end || r.l.InQuote[k] >= 0 {
		return k
	}
	switch r.low(k) {
	case "in", "on", "at", "during":
	default:
		return k
	}
	for j := k + 1; j < end && j < k+8; j++ {
		if r.l.InQuote[j] >= 0 || r.kind(j) != text.Word && r.kind(j) != text.Number {
			return k
		}
		lw := r.low(j)
		if j > k+1 && wordset.Has(gSubjectPronouns, lw) && lw != "it" && lw != "you" && !r.isCap(j) && j+1 < end && r.kind(j+1) == text.Word {
			return j
		}
		if r.is(j, cAux|cRelative|cSubord|cPrep) && j > k+1 || !r.nounish(j) && !r.is(j, cDet) && !wordset.Has(gPossessiveDets, lw) {
			return k
		}
	}
	return k
}
