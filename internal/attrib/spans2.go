package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Cue and source span boundaries: what PolNeAR's annotators keep in a cue or a source next to the verb.

// listInPhrase extends conjunct [left, end), the one before a coordination's "and", over the list items before
// it, each set off by a comma ("drivers, cleaners, guards and clerks"), and returns the list's start and how
// many items it added. An item must match the conjunct in being a name or not: "in a transitional period,
// Erdogan and Biden" is an opening phrase and a pair, not a list.
func (r *run) listInPhrase(left, end, min int) (int, int) {
	listed := 0
	for ; listed < 8 && left-2 >= min && r.is(left-1, cComma); listed++ {
		l2 := r.conjunctLeft(left-1, min)
		if l2 < 0 || !r.nameLike(l2, left-1) || r.is(l2, cPronoun) || r.isCap(left-2) != r.isCap(end-1) {
			break
		}
		left = l2
	}
	return left, listed
}

// gappedVerb reports whether token k, right after the cue of a source that follows the relative pronoun at
// rel ("which", "who"), is the verb of a clause whose subject the pronoun is: "a levy, which critics say left
// the poor worse off", "rivals who many feel need a win". The cue must take a clause and no object (say,
// argue, feel), and the pronoun must follow no preposition ("in which they see eye to eye"); then a plain
// lower-case word that is no determiner, pronoun, preposition, time word or -ly adverb cannot open a clause
// of its own there, and a past or plain form ("left", "need") has no ending finiteVerbAt could see. ("That"
// stays with finiteVerbAt: after a noun it may open the noun's clause, "the fear that voters want change".)
func (r *run) gappedVerb(rel, k int) bool {
	if rel == 0 || r.is(rel-1, cPrep|cBy) || k >= len(r.l.Tokens) || r.kind(k) != text.Word || r.isCap(k) ||
		r.l.InQuote[k] >= 0 || r.is(k, cDet|cPronoun|cPrep|cTime|cQuant|cRelative|cSubord|cCoord|cBy|cAs) {
		return false
	}
	if vf, ok := r.verb(k - 1); !ok || vf.frames&frameSay == 0 || vf.frames&frameObj != 0 {
		return false
	}
	w := r.low(k)
	return !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ing") && w != "not" && w != "also" && w != "to"
}

// pastAdverb is the token after the adverbs from k that may sit between a subject and its verb ("also",
// "still", an -ly adverb), looking no further than max, or k.
func (r *run) pastAdverb(k, max int) int {
	for k < max && k < len(r.l.Tokens) && r.l.InQuote[k] < 0 {
		if w := r.low(k); w != "also" && w != "still" && w != "now" && w != "often" && !r.adverbLy(k) {
			break
		}
		k++
	}
	return k
}

// pluralAux are the finite auxiliaries of a plural subject: after a word in -s that could be a cue verb
// ("advocates have argued", "reports are"), they show it to be the subject's noun.
var pluralAux = map[string]bool{"have": true, "are": true, "were": true}

// attitudeHead is the noun a light verb's object ends in when it starts at k and "that" or a preposition of
// what the attitude is about follows it, or -1: the noun itself
// ("expressed concern about"), or after at most two words that qualify it, an article, a possessive or an
// adjective ("expressed his deep concern about", "raised fresh questions about"), which PolNeAR keeps in the cue
// with the noun and its preposition.
func (r *run) attitudeHead(k, end int) int {
	for j := k; j < end && j < k+3; j++ {
		if r.kind(j) != text.Word || r.isCap(j) || r.l.InQuote[j] >= 0 || r.is(j, cPronoun|cPrep) && !r.possessiveHer(j, end) {
			return -1
		}
		if n := r.low(j + 1); j+1 < end && (n == "that" || wordset.Has(gCuePreps, n) || n == "for" || n == "at" || n == "over") {
			if r.is(j, cDet) {
				return -1
			}
			return j
		}
	}
	return -1
}

// reducedRelative reports whether cue word i is a past participle that, with the prepositional phrase after
// it, describes the noun before it, which is the subject of a verb of saying that follows: "people briefed on
// the talks said", "officials informed of the plan say". Two verbs cannot both be finite there, and the first,
// right after a plural noun, is the participle.
func (r *run) reducedRelative(i, first, end int) bool {
	vf, ok := r.verb(i)
	w := r.low(i)
	if !ok || vf.gerund || w == vf.lemma || !strings.HasSuffix(w, "ed") || i-1 < first || i+2 >= end ||
		!r.is(i+1, cPrep) || r.l.InQuote[i+1] >= 0 || r.low(i+1) == "to" {
		return false
	}
	// The noun is a plural common noun ("people", "officials"), not a name, which would be the verb's subject.
	if n := r.low(i - 1); !r.nounish(i-1) || !strings.HasSuffix(n, "s") && n != "people" || r.isCap(i-1) && i-1 > first {
		return false
	}
	// The prepositional phrase is a few plain words; a say-verb after it ends the subject.
	for j := i + 3; j < end && j <= i+7; j++ {
		if k := r.kind(j - 1); k != text.Word && k != text.Number || r.l.InQuote[j-1] >= 0 {
			return false
		}
		if r.saysNext(j, end) {
			return true
		}
	}
	return false
}

// anonymityEnd cuts source [first, end) before a relative clause that says why the source goes unnamed ("a
// Democratic strategist who spoke on the condition of anonymity", "an adviser, who declined to be
// identified"): it tells how the reporter got the statement, not who made it, and PolNeAR mostly leaves it out.
// It returns where the source ends, and whether the clause reports nothing of its own: the declining in "who
// declined to be named" is annotated as a statement, the speaking in "who spoke on the condition of
// anonymity" is not.
func (r *run) anonymityEnd(first, end int) (int, bool) {
	for i := first + 1; i < end; i++ {
		if r.low(i) != "who" || r.l.InQuote[i] >= 0 {
			continue
		}
		for j := i + 1; j < end; j++ {
			switch r.low(j) {
			case "anonymity", "anonymously":
				return i, true
			case "identified", "named": // "declined to be named", not "those who named a favourite route"
				if p := r.low(j - 1); p == "be" || p == "being" {
					return i, false
				}
			}
		}
		return end, false
	}
	return end, false
}

// coordRight extends a subject [first, ne) over a second conjunct after "and", within end ("Establishment
// Republicans and their allies, fearing ...", "Mr. Rubio's father and mother"): the clause's subject is the
// pair. A sentence's opening "And" joins no subject.
func (r *run) coordRight(first, ne, end int) int {
	if ne <= first || ne+1 >= end || r.low(ne) != "and" || r.l.InQuote[ne+1] >= 0 || r.claimed[ne+1] || r.is(ne+1, cAux|cPrep) {
		return ne
	}
	if _, verb := r.verb(ne + 1); verb {
		return ne // "Trump and said": a second verb, not a second subject
	}
	if n2 := r.subjectNP(ne+1, end); n2 > ne+1 && n2-ne <= 6 {
		return n2
	}
	return ne
}
