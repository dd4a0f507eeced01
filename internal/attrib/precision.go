package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Source spans and false positives: rules that widen a source to the whole subject, and that drop cue words
// read in a sense that reports nothing.

// serialComma is where the last conjunct before "and" (token and) ends: before the comma of "Rubio, Cruz, and
// Kasich", else at the "and".
func (r *run) serialComma(and, min int) int {
	if and-1 > min && r.is(and-1, cComma) {
		return and - 1
	}
	return and
}

// coordInName finds the subject whose prepositional phrase holds the "and" at token and: "a spokesperson for
// the Parks and Recreation Department", "officials in Iowa and New Hampshire", "voters in Iowa, Ohio and Utah",
// "a coalition of farmers and traders". The words either side of "and" are both names or both not, and the
// head before the preposition must stand where a subject starts; it returns the head, or -1.
func (r *run) coordInName(and, min int) int {
	if and+1 >= len(r.l.Tokens) || and-1 <= min {
		return -1
	}
	end := r.serialComma(and, min)
	left := r.conjunctLeft(end, min)
	if left < 0 || left-2 < min || !r.nameLike(left, end) || r.is(end-1, cPronoun) || r.isCap(end-1) != r.isCap(and+1) {
		return -1
	}
	left, listed := r.listInPhrase(left, end, min)
	if left-2 < min {
		return -1 // a list from the sentence's start: no preposition and head before it
	}
	if end < and && listed == 0 {
		return -1 // "died in a crash in 1987, and he says": a serial comma needs a list before it
	}
	prep := left - 1
	if !r.is(prep, cPrep|cBy) || r.isCap(prep) || !r.nounish(prep-1) {
		return -1
	}
	head := r.npLeftOpt(prep, min, false)
	if head < 0 || !(r.subjectStart(head, min) || r.afterIntroAt(head, min)) {
		return -1
	}
	return head
}

// idleSense reports whether leading cue c, with content from token k, is a cue word read in a sense that
// reports nothing: "appeared on MSNBC" (an appearance, not an impression), a phrasal verb ("showed up",
// "called off the deal", "reported from Los Angeles"), or a noun that a finite verb follows ("the jobs report
// was released", "the terror attacks changed the race"). cueEnd is where the cue's tokens end.
func (r *run) idleSense(c cue, k, cueEnd int) bool {
	if k != cueEnd || k >= len(r.l.Tokens) || r.kind(k) != text.Word {
		return false
	}
	w := r.low(k)
	if c.vf.lemma == "appear" && wordset.Has(gAppearPlaces, w) {
		return true
	}
	if p := gIdleParticles.Get(c.vf.lemma); p != "" && p == w { // no particle is empty
		return true
	}
	return r.nounBeforeVerb(c, k)
}

// appearPlaces follow "appear" when it means showing up somewhere, not seeming.
var appearPlaces = map[string]bool{
	"on": true, "in": true, "before": true, "with": true, "at": true, "alongside": true, "onstage": true,
}

// idleParticles turn a cue verb into a phrasal verb that reports nothing: "show up", "add up" (sum to), "call
// off", "write off", "push ahead", "report from" (a dateline).
var idleParticles = map[string]string{
	"show": "up", "add": "up", "call": "off", "write": "off", "push": "ahead", "report": "from",
}

// finiteAux are verbs that can follow a subject directly: after a cue word read as a noun ("the report was
// released"), one of them shows that the cue word was the subject's head, not its verb.
var finiteAux = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true, "will": true,
	"would": true, "could": true, "can": true, "may": true, "might": true, "should": true, "must": true,
	"did": true, "does": true,
}

// nounBeforeVerb reports whether the one-word cue c is a noun heading a phrase that a finite verb at k
// follows: "The strong jobs report has cleared the way", "The big question is whether". The word before it
// is a lower-case modifier, not a pronoun or a name, so that "he said was" or "Democrats hope will" (a
// relative clause with its object moved out) stay cues; so do "say" and past forms, rarely nouns.
func (r *run) nounBeforeVerb(c cue, k int) bool {
	if c.first != c.verb || c.verb == 0 || !r.in(k, sFiniteAux) || c.vf.lemma == "say" {
		return false
	}
	if v := r.low(c.verb); v != c.vf.lemma && !inflected(v, c.vf.lemma, "s") && !inflected(v, c.vf.lemma, "es") {
		return false
	}
	m := c.verb - 1
	return r.kind(m) == text.Word && !r.isCap(m) && !r.is(m, cPronoun|cRelative|cAux) && r.l.InQuote[m] < 0 && r.nounish(m)
}

// idleGerund reports whether the gerund cue at token i only sets a scene: "Trump, speaking at a rally in
// Ohio," names where he spoke, not what he said ("speaking about the deal" does).
func (r *run) idleGerund(vf verbForm, i int) bool {
	if vf.lemma != "speak" || i+1 >= len(r.l.Tokens) {
		return false
	}
	w := r.low(i + 1)
	return w != "about" && w != "of" && w != "out"
}

// keptAside reports whether the comma-set phrase opening at token i, inside a source ending at end, tells who
// the source is and so belongs to it, as PolNeAR marks sources: a list of members ("Several candidates,
// including Trump,"), a likeness ("Democratic economists, like their Republican counterparts,"), a company
// ("Fields, along with Post reporter Ben Terris,") or a former or present role ("Mr. Sperling, then 38,",
// "Mr. Lewandowski, now a paid CNN commentator,"). A bare "then" or "now" set off by commas is an adverb.
func (r *run) keptAside(i, end int) bool {
	switch r.low(i) {
	case "including", "like", "along":
		return true
	case "then", "now":
		return i+1 < end && !r.is(i+1, cComma) && (r.is(i+1, cDet) || r.kind(i+1) == text.Number || r.nounish(i+1))
	}
	return false
}

// leadIn is where the main clause of sentence s starts when an opening phrase comes before its subject: a
// dateline ("WASHINGTON —", "Paris (AFP) -"), or a participle, time or place phrase closed by a comma
// ("Speaking at a town hall in Salem,", "Two weeks later,", "Back in Washington,"). It returns -1 when there
// is none, and looks no further than token end.
func (r *run) leadIn(s text.Sentence, end int) int {
	first := s.FirstTok
	if d := r.dateline(first, end); d > 0 {
		return d
	}
	w := r.low(first)
	opener := (strings.HasSuffix(w, "ing") && len(w) > 5 && r.kind(first) == text.Word && !r.isCap(first+1)) ||
		leadInWords[w]
	if !opener && first+1 < end && (r.kind(first) == text.Number || r.in(first, sLeadNumber) || r.is(first, cDet)) {
		// "Two weeks later,", "This year,", "One Sunday in late 2001,": a time phrase as the opener.
		for k := first + 1; k < end && k <= first+3; k++ {
			if lk := r.low(k); r.is(k, cTime) || wordset.Has(gTimeUnits, lk) {
				opener = true
				break
			}
		}
	}
	if !opener {
		return -1
	}
	return r.afterOpenerComma(first, end, 20)
}

// dateline is the token after a dateline's dash ("WASHINGTON —", "PARIS (AP) —", "Washington (AFP) -") that
// opens the tokens [first, end), or -1.
func (r *run) dateline(first, end int) int {
	caps, agency := false, false
	for k := first; k < end && k < first+10; k++ {
		if r.kind(k) == text.Punct && (r.isPunct(k, "—") || r.isPunct(k, "–") || r.isPunct(k, "-") || r.isPunct(k, "―")) {
			if k > first && (caps || agency) {
				return k + 1
			}
			return -1
		}
		switch r.kind(k) {
		case text.Word:
			t := r.tok(k)
			if !r.isCap(k) {
				return -1
			}
			if len(t) >= 3 && !hasLower(t) { // speed6.go: strings.ContainsFunc(t, unicode.IsLower)
				caps = true
			} else if k > first && r.isPunct(k-1, "(") {
				agency = true // "(AFP)", "(Reuters)"
			}
		case text.Punct:
			if t := r.tok(k); t != "(" && t != ")" && t != "," && t != "." {
				return -1
			}
		case text.Number:
			if !r.datelineDay(k, first) { // "PHILADELPHIA, July 25 (UPI) —"
				return -1
			}
		default:
			return -1
		}
	}
	return -1
}

// leadInWords open a phrase before the subject that is not the subject.
var leadInWords = map[string]bool{
	"back": true, "throughout": true, "alongside": true, "amid": true, "together": true, "shortly": true,
	"moments": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true, "minutes": true,
}

// leadNumbers and timeUnits make time phrases ("Two weeks later", "One month").
var leadNumbers = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "several": true, "a": true, "few": true,
}

var timeUnits = map[string]bool{
	"minutes": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true, "decades": true,
	"minute": true, "hour": true, "day": true, "sunday": true, "later": true, "ago": true, "earlier": true,
}

// irregularPast are past-tense verbs without "-ed" that end a subject noun phrase ("Romney went", "Trump took
// aim"), which npRight cannot tell from nouns.
var irregularPast = map[string]bool{
	"went": true, "took": true, "made": true, "gave": true, "came": true, "sent": true, "began": true,
	"hit": true, "shot": true, "threw": true, "struck": true, "left": true, "sat": true, "stood": true,
	"spent": true, "held": true, "brought": true, "kept": true, "ran": true, "won": true, "lost": true,
	"met": true, "led": true, "got": true, "fought": true, "drew": true, "broke": true, "rose": true, "fell": true,
	"spoke": true, "did": true, "didn't": true, "didn’t": true, "wasn't": true, "wasn’t": true, "was": true,
	"were": true, "is": true, "has": true, "had": true,
}

// pastVerbAt reports whether token k ends a subject as a past-tense verb: "-ed" after a noun or a closing
// bracket ("Sen. Bernie Sanders (I-Vt.) visited"), or an irregular past.
func (r *run) pastVerbAt(k int) bool {
	if r.kind(k) != text.Word || r.isCap(k) {
		return false
	}
	lw := r.low(k)
	if wordset.Has(gIrregularPast, lw) {
		return true
	}
	// "The retired neurosurgeon": after a determiner or an adverb the word is an adjective.
	return strings.HasSuffix(lw, "ed") && !wordset.Has(gParticipleAdjectives, lw) && !wordset.Has(gArticles, r.low(k-1)) &&
		!r.adverbLy(k-1) && (r.nounish(k-1) || r.isPunct(k-1, ")"))
}

// articles and possessives open a noun phrase, so that an "-ed" word after them is an adjective ("the retired
// surgeon"); "This marked", "both campaigned" are a subject and its verb.
var articles = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"my": true, "your": true,
}

// verbInSubject ends a subject [src, end) found by walking left over words the lexicon does not know before the
// first verb inside it: "Mr. McConnell deflected numerous questions about", "Ben Carson struggled to answer",
// "his friends make jokes about" name their source before the verb. Subjects with a comma, bracket or relative
// clause are left alone (their verbs belong to the aside), and so are participles that modify the noun before
// them ("a poll conducted by", "the delegates selected Sunday", "registered voters").
func (r *run) verbInSubject(src, end int) int {
	for k := src; k < end; k++ {
		if (r.kind(k) == text.Punct && !r.isPunct(k, ".")) || r.kind(k) == text.Quote || r.is(k, cRelative) || r.low(k) == "whose" {
			return end
		}
	}
	for k := src + 1; k < end-1; k++ {
		lw := r.low(k)
		if r.kind(k) != text.Word || r.isCap(k) || wordset.Has(gParticipleAdjectives, lw) {
			continue
		}
		if !wordset.Has(gIrregularPast, lw) && !wordset.Has(gPresentVerbs, lw) && !(strings.HasSuffix(lw, "ed") && len(lw) > 4) {
			continue
		}
		p := r.low(k - 1)
		if r.is(k-1, cDet|cPrep|cQuant) || (strings.HasSuffix(p, "ly") && !wordset.Has(gLyNouns, p)) || !r.nounish(k-1) {
			continue
		}
		if r.is(k+1, cPrep|cBy|cTime) || r.low(k+1) == "last" {
			continue
		}
		return k
	}
	return end
}

// presentVerbs are present-tense verbs that follow a subject and that npLeft takes for plural nouns.
var presentVerbs = map[string]bool{
	"makes": true, "holds": true, "keeps": true, "takes": true, "gives": true, "goes": true, "turns": true,
	"make": true, "hold": true, "keep": true, "take": true, "give": true,
}

// participleAdjectives qualify the noun after them ("registered voters", "elected officials").
var participleAdjectives = map[string]bool{
	"registered": true, "elected": true, "retired": true, "so-called": true, "unnamed": true, "unidentified": true,
	"concerned": true, "detailed": true, "scripted": true, "involved": true, "polled": true, "surveyed": true,
}

// participleTime keeps the time words after a participle in the subject, as PolNeAR marks them ("A poll
// released last week found", "the delegates selected Sunday"): subjectEnd left them out of [src, end), and
// cueFirst is where the cue starts.
func (r *run) participleTime(end, cueFirst int) int {
	if end >= cueFirst || end < 1 {
		return end
	}
	if w := r.low(end - 1); r.kind(end-1) != text.Word || !strings.HasSuffix(w, "ed") || r.isCap(end-1) {
		return end
	}
	for k := end; k < cueFirst; k++ {
		if w := r.low(k); !r.is(k, cTime) && w != "last" && w != "this" && w != "on" {
			return end
		}
	}
	return cueFirst
}

// nounBeforeCue reports whether cue word i is a noun heading the subject of the cue verb right after it:
// "Initial estimates show", "The IG report found", "Abortion rights advocates say". Two finite cue verbs do
// not follow each other, so the first, in a form a noun can take, is the subject's head.
func (r *run) nounBeforeCue(i int) bool {
	if i+1 >= len(r.l.Tokens) || r.kind(i) != text.Word || r.kind(i+1) != text.Word || r.l.InQuote[i] >= 0 ||
		r.l.InQuote[i+1] >= 0 || r.isCap(i+1) {
		return false
	}
	vf, ok := r.verb(i)
	if !ok {
		return false
	}
	w := r.low(i)
	if w != vf.lemma && !inflected(w, vf.lemma, "s") {
		return false
	}
	j := r.pastAdverb(i+1, i+3) // "advocates also said"
	if j >= len(r.l.Tokens) || r.isCap(j) || r.l.InQuote[j] >= 0 {
		return false
	}
	if w != vf.lemma && wordset.Has(gPluralAux, r.low(j)) && i > 0 && r.nounish(i-1) {
		return true // "housing advocates have argued": a verb in -s takes no finite auxiliary after it
	}
	next, ok := r.verb(j)
	if !ok || next.gerund {
		return false
	}
	// The verb agrees with the noun: a plural takes the bare form or the past ("reports show"), a singular the
	// past ("the report found"); "weigh plans", "unveil plans" are a verb and its object.
	nw := r.low(j)
	past := nw != next.lemma && !inflected(nw, next.lemma, "s") && !inflected(nw, next.lemma, "es")
	if w == vf.lemma {
		return past
	}
	return past || nw == next.lemma
}

// sourcePrefix widens a subject starting at src over the words before it that bound or stress its quantity, as
// PolNeAR marks them: "as many as 40 percent of voters", "at least half of voters", "About four in 10",
// "virtually all analysts", "not everyone" ("even" is left out: PolNeAR keeps it about as often as not). The widened subject must still stand where
// a subject starts; otherwise src is returned.
func (r *run) sourcePrefix(src, min int) int {
	j := src
	w := func(k int) string {
		if k < min || r.kind(k) != text.Word || r.l.InQuote[k] >= 0 || r.claimed[k] {
			return ""
		}
		return r.low(k)
	}
	switch {
	case w(j-3) == "as" && (w(j-2) == "many" || w(j-2) == "much" || w(j-2) == "few") && w(j-1) == "as":
		j -= 3
	case w(j-2) == "at" && (w(j-1) == "least" || w(j-1) == "most"),
		(w(j-2) == "more" || w(j-2) == "fewer" || w(j-2) == "less") && w(j-1) == "than":
		j -= 2
	case w(j-1) == "at" && (r.low(j) == "least" || r.low(j) == "most"):
		j-- // npLeft took "least half of voters" for a noun phrase
	case w(j-1) != "" && r.in(j-1, sApprox) && w(j-1) != "some" && (r.in(j, sLeadNumber) || r.kind(j) == text.Number || r.in(j, sFraction)):
		j--
	}
	switch p := w(j - 1); {
	case p == "virtually" || p == "nearly" || p == "almost":
		j--
	case p == "not" && (r.low(j) == "everyone" || r.low(j) == "all" || r.low(j) == "every" || r.low(j) == "everybody"):
		j--
	}
	if j < src && (r.subjectStart(j, min) || r.afterIntroAt(j, min)) {
		return j
	}
	return src
}

// pairWords open a pair of conjuncts that they belong to: "both Mrs. Clinton and her campaign".
var pairWords = map[string]bool{"both": true, "either": true, "neither": true}

// gerundThatBefore reports whether the subject at src opens the "that" clause of a gerund cue the gerunds rule
// will read (", adding that he hoped", "after determining that a video showed"): the clause is that cue's
// content, and a statement of its own here would leave the gerund only "that".
func (r *run) gerundThatBefore(src, min int) bool {
	j := src - 1
	if j-2 < min || r.low(j) != "that" || r.l.InQuote[j] >= 0 {
		return false
	}
	g := j - 1
	if w := r.low(g); w == "out" || w == "to" {
		g-- // "pointing out that", "pointing to"
	}
	vf, ok := r.verb(g)
	if !ok || !vf.gerund || g-1 < min || r.claimed[g] {
		return false
	}
	p := r.low(g - 1)
	return r.is(g-1, cComma) || p == "before" || p == "while" || p == "after" || p == "by" || p == "also" || p == "then"
}

// passiveAdverbs may stand between a passive's auxiliary and its participle ("was not expected"); negatedBe are
// the auxiliary's contracted negations ("isn't expected"). "also", "still" and "now" are left out: after them
// the participle is more often a state with its own complement ("is now assured of", "was still focused on").
var passiveAdverbs = map[string]bool{
	"not": true, "never": true, "first": true, "once": true, "both": true, "already": true, "all": true, "long": true,
	"often": true, "then": true,
}

var negatedBe = map[string]bool{
	"isn't": true, "isn’t": true, "wasn't": true, "wasn’t": true, "aren't": true, "aren’t": true, "weren't": true,
	"weren’t": true,
}

// inflected reports whether w is lemma with suffix, without building the string (these run for every cue word).
func inflected(w, lemma, suffix string) bool {
	return len(w) == len(lemma)+len(suffix) && strings.HasPrefix(w, lemma) && strings.HasSuffix(w, suffix)
}

// paperName reports whether time word k is part of a newspaper's name: "USA Today reported".
func (r *run) paperName(k int) bool {
	return k > 0 && r.low(k) == "today" && r.tok(k-1) == "USA"
}

// adverbInNP goes on with a noun phrase [first, ne) that npRight ended at an adverb after its determiner: "The
// famously gruff senator", where "The" alone would be the source.
func (r *run) adverbInNP(first, ne, end int) int {
	if ne != first+1 || !r.is(first, cDet) || ne+1 >= end || !r.adverbLy(ne) {
		return ne
	}
	if e := r.npRightOpt(ne+1, end, false); e > ne+1 {
		return e
	}
	return ne
}
