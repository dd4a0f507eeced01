package attrib

import "github.com/parley-ledger/parley/internal/text"

// More false positives: cue words read in a sense that reports nothing.

// pluralNounCue reports whether cue word i, in its "-s" form, is a plural noun with a modifier before it and
// a prepositional phrase after it: "terrorist attacks in Paris", "five percentage points behind", "tax credits
// for". A verb's subject does not end in a bare lower-case modifier and a transitive cue verb is not followed by a
// preposition, so together they mark the noun ("she attacks rivals", "the board reads in part" stay cues).
func (r *run) pluralNounCue(i int) bool {
	if i < 1 || i+1 >= len(r.l.Tokens) || r.isCap(i) || r.kind(i-1) != text.Word || r.kind(i+1) != text.Word {
		return false
	}
	vf, _ := r.verb(i)
	w := r.low(i)
	if vf.lemma == "say" || !(inflected(w, vf.lemma, "s") || inflected(w, vf.lemma, "es")) {
		return false
	}
	// The modifier: a lower-case word that can close no subject (not a pronoun, relative, auxiliary, determiner,
	// conjunction or adverb).
	m := i - 1
	if r.isCap(m) || r.l.InQuote[m] >= 0 || r.is(m, cPronoun|cRelative|cAux|cDet|cNotNP|cPrep|cBy|cCoord|cQuant|cTime) || r.adverbLy(m) {
		return false
	}
	n := r.low(i + 1)
	if phrasal[vf.lemma][n] {
		return false // "his plan calls for", "the accord calls on": the verb's own preposition
	}
	switch n {
	case "to", "as":
		return false // "refers to", "describes as"
	case "among", "behind", "over", "against", "during", "into", "around":
		return true
	default:
		return r.is(i+1, cPrep|cBy)
	}
}
