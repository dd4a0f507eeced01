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
	if r.phrasalAt(vf.lemma, i+1) {
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

// reducedPassive reports whether the participle cue c heads a reduced passive relative with its agent: "a
// measure strongly opposed by unions", "a claim later confirmed by the department". The noun before it is what
// was said or judged and the phrase after "by" says who, so the passive rule reads it, not the active one.
// "concluded by admonishing" (a gerund: the means of an act) and "said by telephone" stay active.
// Only a noun phrase where a subject may stand is read so.
func (r *run) reducedPassive(c cue, s text.Sentence) bool {
	k := c.verb + 1
	if !c.vf.participle || c.vf.gerund || c.vf.lemma == "say" || k+1 >= len(r.l.Tokens) || !r.is(k, cBy) ||
		r.l.InQuote[k] >= 0 || c.first < 1 || r.is(c.verb, cStanceAdj) {
		return false // "authorities worried by the rise": a state, and "by" names its cause
	}
	if w := r.low(c.verb); w == c.vf.lemma || !(r.is(k+1, cDet) || r.isCap(k+1) || r.nounish(k+1)) || r.is(k+1, cTime) ||
		r.kind(k+1) == text.Number {
		return false // a bare form, or no agent after "by" ("found by 43 percent to 41" is a margin)
	}
	if a := r.low(k + 1); len(a) > 4 && a[len(a)-3:] == "ing" {
		return false
	}
	n := c.first - 1
	if r.kind(n) != text.Word || r.isCap(n) || !r.nounish(n) || r.l.InQuote[n] >= 0 {
		return false
	}
	subj := r.npLeft(c.first, s.FirstTok)
	return subj >= 0 && (r.subjectStart(subj, s.FirstTok) || r.afterIntro(subj, s) || r.summaryApposition(subj, s.FirstTok))
}

// reducedAgentEnd ends the agent of a reduced passive, tokens [from, end), before the clause's own verb: "a
// fare rise proposed by the mayor was dropped".
func (r *run) reducedAgentEnd(from, end int) int {
	for i := from + 1; i < end; i++ {
		if r.is(i, cAux) && r.kind(i) == text.Word && !r.isCap(i) {
			return i
		}
	}
	return end
}

// pollClauseStart is where the finding of a trailing poll phrase at token in starts, for content that would
// start at cs: a subordinate clause ("Though she trails, Okafor leads in a new poll") only frames the main
// clause after its comma, and when the poll phrase sits inside the subordinate clause ("Though she led in a
// new poll, ...") no finding is reported at all (-1).
func (r *run) pollClauseStart(cs, in int) int {
	if !r.is(cs, cSubord) || r.l.InQuote[cs] >= 0 {
		return cs
	}
	if comma := r.nextComma(cs, in); comma >= 0 {
		return comma + 1
	}
	return -1
}

// negatedParticiple reports whether cue c is a participle negated without an auxiliary right after a noun: "at
// levels not seen since 2007", "in ways never seen before". A finite verb would need "did not see"; this is a
// reduced relative on the noun, which reports nothing.
func (r *run) negatedParticiple(c cue) bool {
	if !c.vf.participle || c.vf.gerund || c.first+1 != c.verb || c.first < 1 || r.low(c.verb) == c.vf.lemma {
		return false
	}
	if w := r.low(c.first); w != "not" && w != "never" {
		return false
	}
	n := c.first - 1
	return r.kind(n) == text.Word && !r.isCap(n) && r.nounish(n)
}

// countedParticiple reports whether cue word i is a participle used as an adjective between a number (or
// "more") and a plural noun: "60 pledged delegates", "more pledged delegates". As with countedNoun, a count before
// the word makes it part of a noun phrase, not the verb of one.
func (r *run) countedParticiple(i int) bool {
	if i < 1 || i+1 >= len(r.l.Tokens) || r.kind(i+1) != text.Word || r.isCap(i+1) || r.l.InQuote[i+1] >= 0 {
		return false
	}
	vf, _ := r.verb(i)
	if !vf.participle || vf.gerund || r.low(i) == vf.lemma {
		return false
	}
	if r.kind(i-1) != text.Number && !r.in(i-1, sNumberWord) && r.low(i-1) != "more" {
		return false // "all", "both", "each" stand alone as subjects: "both denounced the plan"
	}
	_, verb := r.verb(i + 1)
	n := r.low(i + 1)
	return !verb && r.nounish(i+1) && len(n) > 3 && n[len(n)-1] == 's' && !r.is(i+1, cDet)
}

// loneArticle reports whether the subject [src, end) is only an article ("The only question is", "The October
// report exceeded", "An earlier report that"): the cue word then sits inside the noun phrase the article opens,
// and no speaker is named.
func (r *run) loneArticle(src, end int) bool {
	if end-src != 1 || r.kind(src) != text.Word {
		return false
	}
	w := r.low(src)
	return w == "the" || w == "a" || w == "an"
}
