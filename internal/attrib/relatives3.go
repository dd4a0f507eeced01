package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// restrictiveEnd ends the content [k, end) of a cue in a restrictive relative clause before the verb of the
// main clause that the clause's antecedent is the subject of: "voters who want to scrap the deal are angry",
// "a group that backed the strike outnumbered its rivals". With no comma before the pronoun nothing closes
// the clause but that verb. Only an infinitive or the object of a verb that takes no clause is cut: after
// "who suggested the talks failed" the verb is the reported clause's own.
func (r *run) restrictiveEnd(c cue, src, k, end int) int {
	if src <= 0 || k <= 0 || !r.is(src, cRelative) || r.kind(src-1) == text.Punct || r.l.InQuote[k] >= 0 {
		return end
	}
	infinitive := r.low(k) == "to" || r.low(k-1) == "to"
	if !infinitive && (r.low(k) == "that" || r.low(k-1) == "that" || c.vf.frames&frameSay != 0) {
		return end
	}
	for i := k + 1; i < end && i < k+maxClause; i++ {
		if r.l.InQuote[i] >= 0 {
			continue
		}
		if r.is(i, cRelative|cSubord) || r.kind(i) == text.Punct {
			return end // the object has a clause of its own, whose verb this is
		}
		if r.objectWord(i-1) && r.mainClauseVerb(i, end) {
			return r.trimEnd(k, i)
		}
	}
	return end
}

// mainClauseVerb reports whether token i, right after a noun, reads as the main clause's finite verb: a finite
// auxiliary ("who want to scrap the deal are angry") or a lower-case past tense in -ed with an object that
// opens with a determiner or pronoun ("that backed the strike outnumbered its rivals"); a participle that
// modifies the noun ("wages eroded by trade") takes no such object.
func (r *run) mainClauseVerb(i int, end int) bool {
	if r.kind(i) != text.Word || r.isCap(i) {
		return false
	}
	if r.is(i, cAux) {
		return r.in(i, sFiniteAux) // precision.go
	}
	w := r.low(i)
	return i+1 < end && r.is(i+1, cDet|cPronoun) && !r.is(i, cDet|cPronoun|cPrep|cNotNP) &&
		strings.HasSuffix(w, "ed") && len(w) > 4
}

// objectWord reports whether token i can end the clause's object or infinitive: a word or number that is no
// function word and no subject pronoun ("to join the talks could": "talks" may be a verb too, so nounish,
// which turns cue words away, is too strict here).
func (r *run) objectWord(i int) bool {
	if k := r.kind(i); k != text.Word && k != text.Number {
		return false
	}
	if r.is(i, cQuant) && !r.is(i, cAux) {
		return true // "farmers who hope to sell more will": a quantifier ends the object as a pronoun
	}
	return !r.is(i, cPrep|cDet|cAux|cRelative|cSubord|cCoord) && !wordset.Has(gSubjectPronouns, r.low(i))
}

// pronounObjectEnd ends a content [k, end) that opens with an object pronoun before a preposition that says
// where, when or how the act happened: "the governor, who criticized him on the radio," reports "him"; the
// place or time is the narrator's. "As", "of", "for", "to" and "with" can complete the verb ("cast him as",
// "accused her of") and stay.
func (r *run) pronounObjectEnd(k, end int) int {
	if k+1 >= end || !(wordset.Has(gObjectPronouns, r.low(k)) || r.low(k) == "it") || r.l.InQuote[k] >= 0 {
		return end
	}
	switch r.low(k + 1) {
	case "in", "on", "at", "by", "during", "after", "before", "over", "since":
		return k + 1
	}
	return end
}

// relCommaQuote steps over the comma between a speech verb in a relative clause and the quotation it introduces:
// "a banner that read, “No deal without a vote”", "the union, which added, “We will strike”". Without it the
// comma would close the clause before its content.
func (r *run) relCommaQuote(c cue, k, end int) int {
	if k+1 < end && r.is(k, cComma) && r.l.InQuote[k] < 0 && c.vf.frames&frameSay != 0 && r.quoteOpening(k+1) >= 0 {
		return k + 1
	}
	return k
}

// relQuoteEnd lets a quotation that opens the content of a relative clause run to its closing mark past the
// sentence's end (`a sign that read, "No deal. No vote."`), as the leading frame's quotations do.
func (r *run) relQuoteEnd(k, end int) int {
	if r.quoteOpening(k) >= 0 {
		return max(end, r.quoteEnd(k))
	}
	return end
}

// relIdleInfinitive reports whether cue c in a relative clause is a verb of decision or attempt before an
// infinitive ("who sought to build homes", "which decided to close the plant", "who declined to run again"):
// the clause tells what its subject did, not what it said. "Declined to comment" or "to say" still reports a
// refusal to speak, which PolNeAR marks; a participial modifier ("a union deciding against a strike") stays.
func (r *run) relIdleInfinitive(c cue, k int) bool {
	if !wordset.Has(gIdleInfinitiveLemmas, c.vf.lemma) || c.vf.gerund || k >= len(r.l.Tokens) {
		return false
	}
	v := k
	if r.low(v) == "to" {
		v++
	} else if k == 0 || r.low(k-1) != "to" {
		return c.vf.lemma == "decide" // "who decided in the spring": no content at all
	}
	if v >= len(r.l.Tokens) {
		return false
	}
	if vf, ok := r.verb(v); ok && c.vf.lemma == "decline" && vf.frames&frameSay != 0 {
		return false
	}
	return true
}

// idleInfinitiveLemmas are the verbs of decision and attempt that relIdleInfinitive reads.
var idleInfinitiveLemmas = map[string]bool{"seek": true, "decide": true, "refuse": true, "decline": true}

// partitiveRelative is where the source of a cue after "whom" or "which" at rel starts: a partitive relative
// ("two mayors, both of whom backed the truce", "unions, most of which backed the strike") names part of
// the antecedent, so the quantifier and "of" belong to the source. A bare "which" is its own source (but not as a
// question's first word); a bare "whom" is an object ("the judge whom she accused"), no source: -1.
func (r *run) partitiveRelative(rel, first int) int {
	if rel-2 >= first && r.low(rel-1) == "of" && (r.is(rel-2, cQuant) || r.kind(rel-2) == text.Number || r.in(rel-2, sNumberWord)) {
		return rel - 2
	}
	if r.low(rel) == "which" && rel > first {
		return rel // "Which said it?" asks
	}
	return -1
}

// sourceAside reports whether a relative clause [src, end) set off by a comma lies in the source of another
// statement: `"We will strike," said Ms. Roe, who backs the union`. PolNeAR reads such a stance as a
// description of the speaker, not a statement of its own; a speech verb ("who said on Monday that ...")
// still reports.
func (r *run) sourceAside(c cue, src, end int) bool {
	if c.vf.frames&frameSay != 0 && c.vf.frames&frameObj == 0 {
		return false
	}
	return src > 0 && r.is(src-1, cComma) && r.is(src, cRelative) && r.anyClaimed(src, end)
}

// relClauseEnd ends the content [k, end) of a statement whose source is a relative pronoun: before a second
// predicate of the relative clause (relCoordEnd), then before the main clause's verb (restrictiveEnd).
func (r *run) relClauseEnd(c cue, src, k, end int) int {
	end = r.secondRelative(src, k, end)
	if k > 0 && (r.low(k) == "to" || r.low(k-1) == "to" || c.vf.frames&frameSay == 0) {
		end = r.relCoordEnd(src, k, end) // a reported clause ("who said prices rose and are rising") goes on
	}
	return r.subjectRelativeEnd(c, src, k, r.restrictiveEnd(c, src, k, end))
}

// relCoordEnd ends the content [k, end) of a cue in a relative clause before "and" or "but" and a finite
// auxiliary or a present-tense verb with an object, neither with a subject of its own: "the mayor, who
// declined to comment and was not at the talks," "voters who back the deal and rank it first" give the
// relative pronoun's second predicate, which the narrator reports.
func (r *run) relCoordEnd(src, k, end int) int {
	if src < 0 || !r.is(src, cRelative) {
		return end
	}
	for i := k + 1; i+1 < end && i < k+maxClause; i++ {
		if r.l.InQuote[i] >= 0 {
			continue
		}
		if w := r.low(i); (w == "and" || w == "but") && r.l.InQuote[i+1] < 0 && (r.in(i+1, sFiniteAux) || r.presentPredicate(i+1, end)) {
			j := i
			if r.is(j-1, cComma) {
				j--
			}
			return r.trimEnd(k, j)
		}
	}
	return end
}

// presentPredicate reports whether token v is a lower-case present-tense verb in -s with an object that opens
// with a determiner or an object pronoun ("and ranks it first", "and funds the union"), not a plural noun.
func (r *run) presentPredicate(v, end int) bool {
	w := r.low(v)
	if v+1 >= end || r.kind(v) != text.Word || r.isCap(v) || len(w) < 4 || !strings.HasSuffix(w, "s") ||
		strings.HasSuffix(w, "ss") || r.is(v, cDet|cPronoun|cPrep|cNotNP|cAux) || r.l.InQuote[v+1] >= 0 {
		return false
	}
	n := r.low(v + 1)
	return wordset.Has(gObjectPronouns, n) || n == "it" || r.is(v+1, cDet) && !r.is(v+1, cQuant)
}

// secondRelative ends the content [k, end) of a cue in a relative clause before "and" or "but" and a second
// relative pronoun: "a donor who backs the mayor and whom the union courted" holds two clauses, and only the
// first is the cue's.
func (r *run) secondRelative(src, k, end int) int {
	if src < 0 || !r.is(src, cRelative) {
		return end
	}
	for i := k + 1; i+1 < end && i < k+maxClause; i++ {
		if r.l.InQuote[i] >= 0 {
			continue
		}
		if w := r.low(i); (w == "and" || w == "but") && r.l.InQuote[i+1] < 0 {
			if n := r.low(i + 1); n == "who" || n == "whom" || n == "which" {
				j := i
				if r.is(j-1, cComma) {
					j--
				}
				return r.trimEnd(k, j)
			}
		}
	}
	return end
}

// subjectRelativeEnd ends a reported clause [k, end) in a restrictive relative clause on the sentence's
// subject before the main clause's verb: in "Critics who say the strike is illegal have sued" the clause has
// one finite verb of its own ("is"), and the next one after a noun ("have") is the sentence's.
func (r *run) subjectRelativeEnd(c cue, src, k, end int) int {
	if src < 1 || k < 1 || !r.is(src, cRelative) || r.kind(src-1) == text.Punct || r.l.InQuote[k] >= 0 {
		return end
	}
	if r.low(k) == "to" || r.low(k-1) == "to" || !(r.low(k) == "that" || r.low(k-1) == "that" || c.vf.frames&frameSay != 0) {
		return end // restrictiveEnd's objects and infinitives
	}
	start := r.npLeft(src, max(0, src-12))
	if start < 0 || start > 0 && !(r.isPunct(start-1, ".") || r.isPunct(start-1, "?") || r.isPunct(start-1, "!")) {
		return end // the antecedent is no sentence subject: no main verb need follow
	}
	own := false
	for i := k + 1; i < end && i < k+maxClause; i++ {
		if r.l.InQuote[i] >= 0 {
			continue
		}
		if r.is(i, cRelative|cCoord) || r.kind(i) == text.Punct {
			return end
		}
		if r.objectWord(i-1) && r.mainClauseVerb(i, end) || wordset.Has(gSubjectPronouns, r.low(i-1)) && r.finiteVerbAt(i) {
			if own {
				return r.trimEnd(k, i)
			}
			own = true
		}
	}
	return end
}
