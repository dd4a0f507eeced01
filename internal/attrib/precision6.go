package attrib

import "github.com/parley-ledger/parley/internal/text"

// Narrowing of weak rules where PolNeAR's train gold clearly disagrees with them.

// notLeadingCue reports whether the leading rule should pass over cue c in sentence s.
//
// A one-word cue right after a possessive is a noun: "the speaker's remarks", "the inspector general's
// report", "the convention's rules committee".
//
// A plural noun that doubles as a cue, after a lower-case modifier, heads a noun phrase: "the recent terror
// attacks changed", "federal rules forbid", "bipartisan talks", "the internal questions" (pluralNounCue in
// precision2.go wants a preposition after). The two noun readings drop 33 train statements that match no gold
// role and 2 that match some.
//
// (Questions to the reader, "Do you support the strikers?", and editor's notes are boilerplate: verbs6.go.)
func (r *run) notLeadingCue(s text.Sentence, c cue) bool {
	return c.first == c.verb && c.first > s.FirstTok && (r.possessive(c.first-1) || r.nounPlural(c.verb))
}

// possessive reports whether token i is a word with a possessive "'s" ("Friday's", "the union’s"), not a
// contraction of "is" or "has" ("it's", "there’s").
func (r *run) possessive(i int) bool {
	w := r.low(i)
	if r.kind(i) != text.Word || len(w) < 3 {
		return false
	}
	var stem string
	switch {
	case w[len(w)-2:] == "'s":
		stem = w[:len(w)-2]
	case len(w) > 4 && w[len(w)-4:] == "’s":
		stem = w[:len(w)-4]
	default:
		return false
	}
	switch stem {
	case "it", "he", "she", "that", "there", "what", "who", "here", "where", "let", "how", "this", "one", "everyone", "nobody", "somebody", "someone", "everybody", "nothing", "everything", "something":
		return false
	}
	return !r.is(i, cPronoun)
}

// nounPlural reports whether token v is one of the plural nouns that double as third-person cues and the
// word before it is a lower-case modifier, not a pronoun, relative or adverb ("he plans", "who states",
// "now offers").
func (r *run) nounPlural(v int) bool {
	switch r.low(v) {
	case "questions", "remarks", "attacks", "talks", "rules", "reports", "charges":
		if v+1 < len(r.l.Tokens) && r.low(v+1) == "about" {
			return false // "mounting questions about the deal": a cue noun with its topic
		}
	case "states":
		if v+1 < len(r.l.Tokens) && r.low(v+1) == "that" {
			return false // "the website states that": a verb before its clause
		}
	default:
		return false // "the campaign plans to", "the government offers loans": verbs after a bare noun
	}
	p := v - 1
	if r.kind(p) != text.Word || r.isCap(p) || r.is(p, cPronoun|cAux|cRelative) || r.adverbLy(p) {
		return false
	}
	switch r.low(p) {
	case "also", "now", "still", "then", "never", "often", "again", "who", "that", "which", "and", "or", "but":
		return false
	}
	return true
}

// thatStance reports whether cue c is a stance verb in a restrictive "that" clause: "a group that favors
// limits", "a crowd that hardly expected it", "a shirt that read ...". Such a clause tells which thing is
// meant rather than reporting what it holds, and PolNeAR leaves it unmarked (train: 24 such statements match
// no gold role, 4 match some). "Who" and "which" clauses with these verbs are marked more often than not and
// keep the relative rule; so do endorsing and backing ("a council that backed the depot").
func (r *run) thatStance(c cue) bool {
	if c.first < 1 || r.low(c.first-1) != "that" {
		return false
	}
	switch c.vf.lemma {
	case "favor", "favour", "oppose", "defend", "believe", "feel", "seem", "appear", "expect", "threaten", "demand",
		"want", "urge", "see", "read", "worry":
		return true
	}
	return false
}
