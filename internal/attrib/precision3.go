package attrib

import (
	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// More false positives of the leading rule: a cue word that is the head noun of a noun phrase.

// nounPhraseCue reports whether the one-word cue c, in its bare form, heads a noun phrase that a singular
// determiner opens: "the radio talk show", "a biting follow-up question", "his Friday night show", "The Daily
// Show". A bare verb agrees with no singular subject, so after "a/the/his ... reality" the word can only be a
// noun. The word before it must be a singular modifier (no "-s", "-ed" or "-ly" word, no collective that takes
// a plural verb: "the women say", "the police report"), and the determiner must not follow a preposition, where
// the phrase closes a longer subject ("voters in each state want").
func (r *run) nounPhraseCue(c cue) bool {
	i := c.verb
	if c.first != i || i < 2 || c.vf.lemma == "say" || r.low(i) != c.vf.lemma {
		return false
	}
	m := i - 1
	if !r.modifierWord(m) || r.isCap(m) != r.isCap(i) {
		return false // "Trump Wants" or "reality Show": a title's words are all capitalised, or none
	}
	w := r.low(m)
	if n := len(w); n < 2 || w[n-1] == 's' || (n > 3 && (w[n-2:] == "ed" || w[n-2:] == "ly")) || pluralHeads[w] {
		return false
	}
	for j := m - 1; j >= 0 && j >= m-3; j-- {
		if wordset.Has(gSingularDets, r.low(j)) {
			return j == 0 || !r.is(j-1, cPrep|cBy|cAux) // "did the mayor ask": an inverted auxiliary takes the bare form
		}
		if !r.modifierWord(j) {
			return false
		}
	}
	return false
}

// modifierWord reports whether token j can stand inside a noun phrase before its head: a word outside quotes
// that is no pronoun, relative, auxiliary, determiner, preposition, conjunction, quantifier or number word.
func (r *run) modifierWord(j int) bool {
	return r.kind(j) == text.Word && r.l.InQuote[j] < 0 &&
		!r.is(j, cPronoun|cRelative|cAux|cDet|cNotNP|cPrep|cBy|cCoord|cQuant|cSubord|cClauseBrk) && !r.in(j, sNumberWord|sFraction)
}

// pluralHeads are nouns without "-s" that take a plural verb ("the police say", "the data show").
var pluralHeads = map[string]bool{
	"police": true, "media": true, "data": true, "public": true, "staff": true, "majority": true,
	"people": true, "women": true, "men": true, "children": true, "military": true, "press": true,
	"electorate": true, "team": true, "government": true, "minority": true, "rest": true, "latter": true,
	"former": true, "pair": true, "couple": true, "dozen": true, "clergy": true, "personnel": true,
}

// modalPassive reports whether the passive cue c opens with a modal or a bare "be": "will be named the nominee",
// "will also be considered a battleground", "could not be confirmed", "he'll be laid to rest". A passive in the
// future or under a modal tells what is planned or possible, not what someone has said or judged, so the passive
// rule reads no attribution there ("was named", "has been criticized" stay cues).
func (r *run) modalPassive(c cue) bool {
	switch r.low(c.first) {
	case "will", "would", "should", "can", "could", "be":
		return true
	}
	return false
}

// idleComplement reports whether the cue verb with lemma lemma, its content starting at token k, is read in a
// sense that reports nothing because of the word that opens its complement: "adding to her delegate lead",
// "added 120,000 jobs", "added another stop to the route" (augmenting by an amount or one more thing, where
// "added that" and "added a caveat" report) and "compared with the October debate", "compared to the same
// period" (a comparison of figures, where "compared him to a dictator" judges).
func (r *run) idleComplement(lemma string, k int) bool {
	if k >= len(r.l.Tokens) {
		return false
	}
	if lemma == "add" && (r.kind(k) == text.Number || r.isPunct(k, "$")) {
		return true
	}
	if r.kind(k) != text.Word {
		return false
	}
	switch lemma {
	case "add":
		switch r.low(k) {
		case "to", "another", "around", "nearly", "roughly", "approximately", "almost":
			return true
		}
		return false
	case "compare":
		w := r.low(k)
		return w == "with" || w == "to"
	case "see":
		return r.low(k) == "fit" // "as it saw fit": an idiom of discretion, not a view
	}
	return false
}

// idleLeading3 gathers the checks above for the leading rule's cue c with content from token k.
func (r *run) idleLeading3(c cue, k int) bool {
	return r.nounPhraseCue(c) || r.idleComplement(c.vf.lemma, k) || r.genreShow(c) || r.namingCalled(c)
}

// genreShow reports whether the cue "show" or "shows" is the head of a compound that names a broadcast: "the
// talk shows", "the reality TV show", "television shows and movies", "the morning shows". A genre word before
// it makes it a programme, never the verb ("the game shows that", "the poll shows" stay cues).
func (r *run) genreShow(c cue) bool {
	i := c.verb
	return c.first == i && i > 0 && c.vf.lemma == "show" && r.l.InQuote[i-1] < 0 && showGenres[r.low(i-1)]
}

// showGenres are the words that make "show" a programme.
var showGenres = map[string]bool{
	"talk": true, "reality": true, "radio": true, "tv": true, "television": true, "cable": true,
	"morning": true, "night": true, "late-night": true, "chat": true, "comedy": true, "variety": true,
	"cooking": true, "quiz": true,
}
