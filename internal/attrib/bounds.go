package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Boundary helpers for content spans: where reported speech stops and the narrator takes over.

// quoteCommaEnd ends content [k, end) after a quotation that closes on a comma when the narrator goes on
// after it ("said the plan was "dead," which drew ..."): the comma inside the marks closes the reported part.
// What is not plainly a new clause (a list, "compared to ...", an apposition) stays in.
func (r *run) quoteCommaEnd(k, end int) int {
	for i := k + 1; i+1 < end; i++ {
		if !r.quoteClosing(i) || !r.is(i-1, cComma) {
			continue
		}
		if r.onlyPunct(i+1, end) {
			return end
		}
		if r.narratorAfter(i+1) && !r.frontedOpener(k, i-1) {
			return i + 1
		}
	}
	return end
}

// narratorAfter reports whether token i opens a clause of the narrator's after a comma: a new subject (a name or
// a pronoun), a subordinator or relative ("while", "which"), or "but" before a new subject.
func (r *run) narratorAfter(i int) bool {
	if i+1 >= len(r.l.Tokens) || r.l.InQuote[i] >= 0 {
		return false
	}
	w := r.low(i)
	switch {
	case w == "which" || w == "who" || w == "while" || w == "whereas" || w == "although" || w == "though":
		return true
	case r.is(i, cClauseBrk):
		return false // "before reaching any agreement", "because ...": more often part of what was said
	case w == "but" || w == "and":
		return r.is(i+1, cPronoun) || (r.isCap(i+1) && r.l.InQuote[i+1] < 0)
	case r.is(i, cPronoun):
		return wordset.Has(gSubjectPronouns, w)
	}
	return r.isCap(i) && !r.is(i, cDet)
}

// subjectPronouns can open a clause.
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true}

// nominativePronouns are the subjectPronouns that can be nothing but a subject ("it" and "you" can be objects).
var nominativePronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true}

// timePhrase skips a bare time phrase right after a cue ("said Tuesday", "said last week", "said earlier this
// month", "said Monday night"): it says when, not what. It returns where the phrase ends, or k.
func (r *run) timePhrase(k, end int) int {
	j := k
	if j < end && r.l.InQuote[j] < 0 {
		switch w := r.low(j); {
		case w == "earlier" || w == "late" || w == "early" || w == "later":
			if j+2 < end && (r.low(j+1) == "this" || r.low(j+1) == "last") && r.is(j+2, cTime) {
				j += 3
			} else if j+1 < end && r.low(j+1) == "today" {
				j += 2
			}
		case w == "last" || w == "this" || w == "next":
			if j+1 < end && r.is(j+1, cTime) && !possessiveWord(r.tok(j+1)) {
				j += 2
			}
		case r.is(j, cTime) && !possessiveWord(r.tok(j)) && (r.isCap(j) || w == "today" || w == "yesterday" || w == "tonight"):
			j++
			if j < end && r.in(j, sDayPart) {
				j++
			}
		case r.in(j, sDayPart) && j > 0 && r.is(j-1, cTime):
			j++ // "said Monday night" when the day has joined the cue
		case w == "on" && j+1 < end && r.is(j+1, cTime) && r.isCap(j+1) && !possessiveWord(r.tok(j+1)):
			j += 2 // "said on Friday he met ..."
			if j < end && r.in(j, sDayPart) {
				j++
			}
		}
	}
	if j == k || j >= end || r.isPunct(j, ".") || possessiveWord(r.tok(j-1)) {
		return k
	}
	return j
}

// dayParts follow a day's name in a time phrase: "Monday night".
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// cuePreps join the cue when they follow its verb and govern the content: "warned against C", "said of C"
// (PolNeAR's cue spans, and what a reader takes as the reporting expression). "at", "on", "for" and "with" more
// often open an adverbial ("said at a rally"); the verbs they belong to are in the phrasal table.
var cuePreps = map[string]bool{"about": true, "against": true, "of": true, "upon": true}

// prepInCue moves a preposition at k into the cue unless it opens a time phrase ("said on Monday"). An adverb
// may come between ("spoke favorably of C", "talked openly about C"); with one, the preposition may also be one
// of the verb's particles, and verbs that need their content introduced take it too. After a light verb the
// attitude noun joins as well ("expressed concern that C"). It returns where content starts and where the cue
// ends.
func (r *run) prepInCue(c cue, k, end int) (int, int) {
	if h, ok := r.attitudeTail(c, k, end); ok { // cuereach.go
		return h, h
	}
	if c.vf.attitude && wordset.Has(gLightVerbs, c.vf.lemma) { // speed8: lightVerbs are attitude verbs
		if h := r.attitudeHead(k, end); h >= 0 && h+2 < end && r.l.InQuote[h+1] < 0 && !r.timeAt(h+2, end) {
			if r.low(h+1) == "that" {
				return h + 1, h + 1
			}
			return h + 2, h + 2
		}
	}
	j := k
	if w := r.low(j); j+2 < end && r.kind(j) == text.Word && strings.HasSuffix(w, "ly") && len(w) > 4 && w != "only" && !r.isCap(j) {
		j++
	}
	p := r.low(j)
	if j+1 >= end || r.l.InQuote[j] >= 0 || r.timeAt(j+1, end) || r.approxAbout(j, end) { // cues4.go: "said about half"
		return k, k
	}
	if (j > k && (wordset.Has(gCuePreps, p) || r.phrasalAt(c.vf.lemma, j) || p == "on")) || (j == k && wordset.Has(gCuePreps, p) && c.vf.frames&frameIntro == 0) ||
		(j == k && c.vf.particleOnly && (wordset.Has(gCuePreps, p) || p == "on" || p == "at")) { // "doubled down on", "hit back at"
		return j + 1, j + 1
	}
	return k, k
}

// timeAt reports whether a time expression starts at token i: "Monday", "the weekend", "last week".
func (r *run) timeAt(i, end int) bool {
	w := r.low(i)
	if r.is(i, cTime) {
		return true
	}
	if (w == "the" || w == "last" || w == "this" || w == "next" || w == "that") && i+1 < end {
		return r.is(i+1, cTime) || r.in(i+1, sDayPart)
	}
	return false
}

// objectLemmas take their object into the content: what is said is about the object ("called Trump unhinged",
// "accused Clinton of lying", "urged the party to unite"), where "told reporters that C" only names the
// addressee.
var objectLemmas = map[string]bool{"call": true, "accuse": true, "urge": true}

// objectInContent reports whether the noun phrase at k after cue c belongs to the content: the cue is one of
// objectLemmas, or the phrase is the subject of an infinitive that follows ("told Bush to quiet down").
func (r *run) objectInContent(c cue, k, end int) bool {
	if wordset.Has(gObjectLemmas, c.vf.lemma) || (k > c.verb+1 && r.kind(k-1) == text.Word) {
		return true // "asked about the closures": after a particle the noun phrase is what was said
	}
	if r.l.InQuote[k] >= 0 {
		return false
	}
	if wordset.Has(gObjectPronouns, r.low(k)) {
		return false
	}
	if r.storyObject(k, end) {
		return true // "told a joke": what was told, not whom
	}
	// A short noun phrase, then "to" and a verb ("the lawyers to settle"); "to the ..." is a place or an addressee.
	for j := k + 1; j < end && j < k+7; j++ {
		if r.low(j) == "to" {
			return j+1 < end && r.kind(j+1) == text.Word && !r.is(j+1, cDet|cPronoun) && !r.isCap(j+1) && !r.is(j+1, cTime)
		}
		if r.l.InQuote[j] >= 0 || !(r.nounish(j) || r.is(j, cDet)) || r.newPhrase(j) {
			return false
		}
	}
	return false
}

// raisingLemmas report an impression of their subject, not its speech: with them the subject is a piece of the
// content and no source is named ("the plan seemed to be failing").
var raisingLemmas = map[string]bool{"seem": true, "appear": true}

// coordinatedClause reports whether the word at i after a comma ("but", "and", "as", "with") opens a clause of
// the narrator's rather than more of the reported speech: a new subject ("but he gave", "and the campaign
// declined"), a past-tense verb that shares the cue's subject ("and urged him to resign"), "as has X" or an
// absolute phrase ("with Gorka noting ...").
func (r *run) coordinatedClause(i, end int) bool {
	n := i + 1
	if r.l.InQuote[n] >= 0 {
		return false
	}
	w := r.low(n)
	switch r.low(i) {
	case "as": // ", as has the mayor", ", as did his rivals"
		return w == "has" || w == "have" || w == "had" || w == "did" || w == "does" || w == "do"
	case "with": // ", with Gorka noting ...": an absolute phrase of the narrator's
		for j := n; j < end && j < n+6 && r.kind(j) == text.Word && r.l.InQuote[j] < 0; j++ {
			if vf, ok := r.verb(j); ok && vf.gerund {
				return true
			}
		}
		return false
	}
	pastTense := r.kind(n) == text.Word && !r.isCap(n) && strings.HasSuffix(w, "ed") && len(w) > 4 // "but sounded equivocal"
	if r.low(i) == "but" {
		return r.is(n, cPronoun) || (r.isCap(n) && !r.is(n, cDet)) || r.frontedClause(n, end) || w == "the" || w == "his" || w == "her" || w == "their" || w == "its" || (pastTense && r.sharedReport(n))
	}
	if pastTense {
		return true
	}
	if w == "he" || w == "she" || w == "they" || w == "now" || r.newSubjectClause(n, end) || r.frontedClause(n, end) {
		return true
	}
	vf, ok := r.verb(n)
	return ok && vf.participle && !vf.gerund && w != vf.lemma
}

// relativeObject reports whether token i is a relative pronoun that stands for part of what is said ("which he
// said was a mistake", "what she said got us thinking"). "That" and "who" qualify only when the content after
// the cue at k lacks a subject and opens with a verb ("a law that critics say targets Muslims"); otherwise "that"
// is a complementizer ("said that Trump said ...").
func (r *run) relativeObject(i, k int) bool {
	if r.l.InQuote[i] >= 0 || r.claimed[i] {
		return false
	}
	switch w := r.low(i); w {
	case "which", "what":
		// not "which she stressed the need for"
		return r.finiteVerbAt(k) || r.low(k) == "as" || r.whichObject(i, k) || w == "which" && r.gappedVerb(i, k)
	case "that", "who":
		return i > 0 && r.nounish(i-1) && (r.finiteVerbAt(k) || w == "who" && r.gappedVerb(i, k))
	}
	return false
}

// finiteVerbAt reports whether token k looks like a finite verb: an auxiliary, a cue verb that is not a gerund,
// or a lower-case word with a verb's ending ("targets", "renders", "went").
func (r *run) finiteVerbAt(k int) bool {
	if k >= len(r.l.Tokens) || r.kind(k) != text.Word || r.isCap(k) || r.l.InQuote[k] >= 0 {
		return false
	}
	w := r.low(k)
	if r.is(k, cAux) {
		return true
	}
	if vf, ok := r.verb(k); ok {
		return !vf.gerund
	}
	return !r.is(k, cDet|cPronoun|cPrep) && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed")) && !strings.HasSuffix(w, "ss")
}

// sourceEnd cuts a source [first, end) before a comma-set phrase that says where, when or how the source spoke
// rather than who it is: "Trump, in Kentucky,", "Sanders, meanwhile,", "Marco Rubio, speaking at a rally,".
// Appositions ("Jane Doe, the negotiator,") and relative clauses stay.
func (r *run) sourceEnd(first, end int) int {
	end = r.trailingTime(first, end)
	for i := first + 1; i+1 < end; i++ {
		if !r.is(i, cComma) || r.l.InQuote[i+1] >= 0 {
			continue
		}
		w := r.low(i + 1)
		if r.keptAside(i+1, end) {
			continue
		}
		if (r.is(i+1, cPrep) && w != "of") || wordset.Has(gSourceAsides, w) || r.afterSourceAside(i+1) || r.is(i+1, cSubord) ||
			((strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && len(w) > 5 && !r.isCap(i+1) && !r.listComma(i, end)) {
			return i
		}
	}
	return end
}

// sourceAsides open a comma-set aside after a source that is not part of it.
var sourceAsides = map[string]bool{
	"meanwhile": true, "however": true, "though": true, "too": true, "instead": true, "by": true, "during": true,
	"asked": true, "speaking": true, "citing": true, "for": true, "in": true, "on": true, "after": true,
	"unlike": true, "like": true, "despite": true, "along": true, "also": true, "then": true,
	"still": true, "again": true, "now": true,
}

// coordLeft finds the first conjunct of a coordinated subject whose "and" is token and ("Bush and Christie",
// "Rubio, Cruz and Kasich"), and returns its start, or -1 when what precedes is no subject ("Clinton won Iowa
// and Trump said": "Iowa" follows a verb). The scan is bounded and does not recurse.
func (r *run) coordLeft(and, min int) int {
	end := r.serialComma(and, min)
	left := r.conjunctLeft(end, min)
	if left >= 0 && left+1 < end && wordset.Has(gPairWords, r.low(left)) {
		left++ // "both" is put back below; as an auxiliary's word ("they both said") nameLike refuses it
	}
	if left < 0 || !r.nameLike(left, end) {
		return -1
	}
	listed := 0
	for n := 0; n < 8 && left-2 >= min && r.is(left-1, cComma); n++ {
		l2 := r.conjunctLeft(left-1, min)
		if l2 < 0 || !r.capIn(l2, left-1) || !r.nameLike(l2, left-1) || r.is(left-2, cTime) || r.afterIntroAt(left, min) {
			break
		}
		left = l2
		listed++
	}
	if end < and && listed == 0 {
		return r.lowerList(and, min) // "Trump won, and Clinton said": a serial comma needs a list before it
	}
	if left-1 >= min && wordset.Has(gPairWords, r.low(left-1)) && r.l.InQuote[left-1] < 0 {
		left-- // "both Mrs. Clinton and her campaign"
	}
	if !r.subjectStart(left, min) && !r.afterIntroAt(left, min) {
		return r.lowerList(and, min) // sources4.go
	}
	return left
}

// conjunctLeft is the start of a short noun phrase (at most six tokens) ending just before token end, or -1.
func (r *run) conjunctLeft(end, min int) int {
	start := -1
	for j := end - 1; j >= min && j > end-7; j-- {
		if r.l.InQuote[j] >= 0 || r.claimed[j] {
			break
		}
		k := r.kind(j)
		if k == text.Word || k == text.Number {
			if (r.nounish(j) && !r.is(j, cPrep)) || r.is(j, cDet|cQuant) || (j == end-1 && r.is(j, cPronoun)) {
				start = j
				if r.is(j, cPronoun) {
					break
				}
				continue
			}
			break
		}
		if !(r.isPunct(j, ".") && start >= 0 && j-1 >= min && r.isCap(j-1)) { // "Sen. Cruz"
			break
		}
	}
	return start
}

// coordExtend extends a subject that starts at start over a conjunct before it ("Bush and his rivals").
func (r *run) coordExtend(start, min int) int {
	if left := r.evenConjunct(start, min); left >= 0 {
		return left
	}
	if start-2 < min || r.low(start-1) != "and" || r.l.InQuote[start-1] >= 0 || r.claimed[start-1] {
		return start
	}
	if left := r.coordLeft(start-1, min); left >= 0 {
		return left
	}
	if left := r.coordInName(start-1, min); left >= 0 {
		return left
	}
	if left := r.coordWide(start-1, min); left >= 0 {
		return left
	}
	return start
}

// asideEnd ends content [k, end) whose clause opened at token open as an aside set off by a dash, comma or
// bracket ("the offer — which the union called "insulting" — will be put to members"): at the mark that closes
// the aside.
func (r *run) asideEnd(open, k, end int) int {
	if open == 0 || r.kind(open-1) != text.Punct {
		return end
	}
	mark := r.tok(open - 1)
	if mark == "(" {
		mark = ")"
	}
	if mark != "," && mark != "—" && mark != "–" && mark != ")" {
		return end
	}
	for i := k; i < end; i++ {
		if r.isPunct(i, mark) && r.l.InQuote[i] < 0 {
			return r.trimEnd(k, i)
		}
	}
	return end
}

// asClause reports whether "as" at token i opens a clause ("revealed the news as he explained") rather than
// the predicate of the object ("described the plan as "dead"", "sees Cruz as a uniter").
func (r *run) asClause(i, end int) bool {
	n := i + 1
	if n >= end {
		return true
	}
	w := r.low(n)
	if wordset.Has(gSubjectPronouns, w) {
		return true
	}
	if w == "well" || w == "if" || r.l.InQuote[n] >= 0 || r.is(n, cDet) {
		return false
	}
	// "as Trump explained": a name and a verb.
	if r.isCap(n) && n+1 < end {
		if _, ok := r.verb(n + 1); ok {
			return true
		}
	}
	return false
}

// titleQuote reports whether the quotation opening at token i, inside a noun phrase that starts at k, is a
// title — a short run of capitalised words such as a programme's name ("NBC's "Today"", ""Meet the Press"") —
// and returns the token after it, or i.
func (r *run) titleQuote(i, k, end int) int {
	q := r.quoteOpening(i)
	if q < 0 || (i > k && !possessiveWord(r.tok(i-1)) && !r.isCap(i-1) && r.low(i-1) != "of") {
		return i // "the author of "Hacked World Order"" names a work too
	}
	qq := r.l.Quotes[q]
	if qq.Close < 0 || qq.Close >= end || qq.Close-i > 7 || qq.Close-i < 2 {
		return i
	}
	last := qq.Close
	if r.is(last-1, cComma) || r.isPunct(last-1, ".") {
		last-- // "“America’s Bitter Pill,”": the comma set inside the marks
	}
	for j := i + 1; j < last; j++ {
		if r.kind(j) == text.Punct || (r.kind(j) == text.Word && !r.isCap(j) && !smallTitleWords[r.low(j)]) {
			return i
		}
	}
	if !r.isCap(i + 1) {
		return i
	}
	return qq.Close + 1
}

// smallTitleWords stay lower-case inside titles ("Meet the Press", "Face the Nation").
var smallTitleWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "and": true, "on": true, "in": true, "for": true, "to": true, "with": true}

// gerundStart moves the start of a gerund cue's content past what is not content: an addressee before a quotation
// or "that" ("telling reporters, "..."", "telling voters that"), a time phrase, and a preposition that joins the
// cue ("bragging about C"). It returns where content starts and where the cue ends.
func (r *run) gerundStart(c cue, k, cueEnd, end int) (int, int) {
	if k >= end || r.low(k) == "that" || (k > 0 && r.low(k-1) == "that") || r.l.InQuote[k] >= 0 {
		return k, cueEnd
	}
	if c.vf.frames&frameTell != 0 && !r.objectInContent(c, k, end) {
		ne := k + 1
		if !wordset.Has(gObjectPronouns, r.low(k)) {
			ne = r.npRight(k, end)
		}
		if ne > k {
			ne = r.skipAdverbial(ne, end) // "telling reporters in May that ..."
		}
		if ne > k && ne+1 < end && ((r.is(ne, cComma) && r.quoteOpening(ne+1) >= 0) || r.is(ne, cColon)) {
			return ne + 1, cueEnd
		}
		if ne > k && ne < end && r.low(ne) == "that" {
			if !r.x.opt.KeepComplementizer {
				ne++
			}
			return ne, cueEnd
		}
	}
	j := r.skipAdverbial(k, end)
	if j > k {
		if r.low(j) == "that" && !r.x.opt.KeepComplementizer {
			j++
		} else if r.is(j, cColon) || (r.is(j, cComma) && j+1 < end && r.quoteOpening(j+1) >= 0) {
			j++
		}
		return j, cueEnd
	}
	if k == cueEnd {
		return r.prepInCue(c, k, end)
	}
	return k, cueEnd
}

// gerundEnd ends a gerund cue's content [k, end) after a quotation the narrator goes on from, or before a final
// apposition of the narrator's, as leading content does. (Cutting objects before "as" or relative clauses, as
// for leading cues, loses more than it wins here.)
func (r *run) gerundEnd(k, end int) int {
	if e := r.quoteCommaEnd(k, end); e < end {
		return r.trimEnd(k, e)
	}
	return r.finalApposition(k, end)
}

// mediumPhrase reports whether the preposition at i opens where something was said ("in a statement", "in a
// Friday tweet", "on Twitter"), which ends a noun phrase rather than extending it.
func (r *run) mediumPhrase(i, end int) bool {
	w := r.low(i)
	if w != "in" && w != "on" && w != "during" {
		return false
	}
	if w == "on" && i+1 < end && wordset.Has(gSocialMedia, r.tok(i+1)) {
		return true
	}
	for j := i + 1; j < end && j <= i+3; j++ {
		if r.in(j, sMediumNoun) {
			return true
		}
		if r.kind(j) != text.Word && r.kind(j) != text.Number {
			return false
		}
	}
	return false
}

// nameLike reports whether tokens [a, b) can be one conjunct of a coordinated subject: a pronoun, or at most
// five words none of which looks like a verb ("Bush", "the president", not "the council approved the budget").
func (r *run) nameLike(a, b int) bool {
	if b-a == 1 && r.is(a, cPronoun) {
		return true
	}
	if b-a > 5 {
		return false
	}
	for i := a; i < b; i++ {
		w := r.low(i)
		if r.kind(i) == text.Word && !r.isCap(i) && (strings.HasSuffix(w, "ed") || r.is(i, cVerbLike|cAux)) {
			return false
		}
	}
	return true
}

// continuedStatement picks the statement an unattributed quotation at byte off goes on from, given prev, the one
// that ends last before it. When prev reports a clause inside another statement's sentence ("..." said Jane Roe,
// who has accused them of lying. "Are they ..."), the quotation continues the quoted statement of that sentence,
// found among the few statements just before prev. A prev that quotes only a word or two (mixed: 'said, hinting
// that "big changes" could come') gives way to a fully quoted statement alone, for a quotation goes on from quotation.
func (r *run) continuedStatement(prev, off int) int {
	p := r.out[prev]
	if p.Kind == Direct || p.Cue == nil {
		return prev
	}
	si := r.sentenceOf(r.tokenAt(p.Cue.Start))
	for j := prev - 1; j >= 0 && j >= prev-6; j-- {
		o := r.out[j]
		if o.Kind != Indirect && (p.Kind == Indirect || o.Kind == Direct) && o.Cue != nil && o.Content.End <= off && r.sentenceOf(r.tokenAt(o.Cue.Start)) == si {
			return j
		}
	}
	return prev
}

// skipConnective skips a connective that opens a sentence and links it to the one before ("But", "Still,",
// "However,"): it is the narrator's, not part of what the source said.
func (r *run) skipConnective(cs, end int) int {
	if cs+2 >= end || r.l.InQuote[cs] >= 0 || r.kind(cs) != text.Word {
		return cs
	}
	w := r.low(cs)
	switch {
	case (w == "but" || w == "and" || w == "yet") && !r.is(cs+1, cComma):
		return cs + 1
	case r.in(cs, sSentenceAdv) && r.is(cs+1, cComma):
		return cs + 2
	case w == "in" && r.low(cs+1) == "fact" && cs+3 < end && r.is(cs+2, cComma):
		return cs + 3
	}
	return cs
}

// sentenceAdverbs open a sentence, set off by a comma, to link it to what came before.
var sentenceAdverbs = map[string]bool{
	"still": true, "however": true, "indeed": true, "meanwhile": true, "moreover": true, "nevertheless": true,
	"nonetheless": true, "additionally": true, "separately": true, "furthermore": true,
}

// reportsNext reports whether a cue verb comes within the next few words from i, before any punctuation: a
// relative clause that is itself a statement ("the agreements that Trump had claimed were made").
func (r *run) reportsNext(i, end int) bool {
	for j := i; j < end && j < i+5; j++ {
		if r.kind(j) == text.Punct || r.l.InQuote[j] >= 0 {
			return false
		}
		if vf, ok := r.verb(j); ok && !vf.gerund && vf.frames&(frameSay|frameTell) != 0 {
			return true
		}
	}
	return false
}

// unbracket drops a bracket that opens or closes content piece p without its partner inside the piece ("(We
// persuaded them" in a parenthesis the attribution closes).
func (r *run) unbracket(p [2]int) [2]int {
	if p[1]-p[0] < 2 {
		return p
	}
	open, close := r.isPunct(p[0], "("), r.isPunct(p[1]-1, ")")
	if open == close {
		return p
	}
	depth := 0
	for i := p[0]; i < p[1]; i++ {
		if r.isPunct(i, "(") {
			depth++
		} else if r.isPunct(i, ")") {
			depth--
		}
	}
	if open && depth > 0 {
		p[0]++
	} else if close && depth < 0 {
		p[1]--
	}
	return p
}

// finalApposition ends content [k, end) before a last noun phrase, set off by a comma or a dash, that the narrator
// adds about what was said ("said it would repeal the Hyde Amendment, a provision that bars ..."): a segment that
// opens with "a", "an" or "the" and runs, with no other comma, dash or quotation, to the end.
func (r *run) finalApposition(k, end int) int {
	for i := end - 1; i > k+1; i-- {
		if r.l.InQuote[i] >= 0 || r.isPunct(i, ";") || r.is(i, cColon) {
			return end
		}
		if r.is(i, cComma) || r.spacedDash(i) {
			if i+2 < end && (r.low(i+1) == "a" || r.low(i+1) == "an" || r.low(i+1) == "the") {
				if r.frontedOpener(k, i) && r.clauseSegment(i+2, end) {
					return end // ", the country remains ...": a clause, not an apposition
				}
				if r.listSegment(i+1, end) {
					return end // ", the deal and the truce": the list goes on
				}
				for i > k+1 && r.spacedDash(i-1) {
					i-- // "--" is two tokens
				}
				return i
			}
			return end
		}
	}
	return end
}

// spacedDash reports whether token i is a dash set off by spaces (" — ", " - "), not a hyphen inside a word.
func (r *run) spacedDash(i int) bool {
	if r.kind(i) != text.Punct || i == 0 {
		return false
	}
	if p := r.tok(i); p != "—" && p != "–" && p != "-" {
		return false
	}
	return r.l.Tokens[i].Start > r.l.Tokens[i-1].End || (i+1 < len(r.l.Tokens) && r.l.Tokens[i+1].Start > r.l.Tokens[i].End)
}

// notAdverbial reports whether what follows a cue at k cannot be a short adverbial before "that" or a colon: an
// infinitive ("hopes to make a statement in a contest that ...") or a quantity ("reported at least 20 victims at
// a center that ...").
func (r *run) notAdverbial(k, end int) bool {
	if k+1 >= end {
		return false
	}
	w, n := r.low(k), r.low(k+1)
	if w == "to" {
		return r.kind(k+1) == text.Word && !r.is(k+1, cDet|cPronoun) && !r.isCap(k+1) && !wordset.Has(gObjectPronouns, n)
	}
	return w == "at" && (n == "least" || n == "most")
}

// newPhrase reports whether token i, inside a noun phrase being read rightwards, starts another phrase instead: a
// subject pronoun with a contraction ("he's", "they're") or a determiner straight after a noun ("Breitbart the
// NFL").
func (r *run) newPhrase(i int) bool {
	w := r.low(i)
	switch w {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my":
		return r.kind(i-1) == text.Word && r.nounish(i-1) && !r.is(i-1, cDet)
	}
	if len(w) < 3 {
		return false
	}
	switch w[0] { // a cheap test first: this runs for every token of a noun phrase
	case 'h', 's', 'i', 't', 'w', 'y':
		a := strings.IndexAny(w, "'’")
		return a > 0 && subjectPronouns[w[:a]]
	}
	return false
}

// trailingTime cuts a time phrase off the end of a short source [first, end) that names someone: "Trump at
// the time", "the senator on Monday". Inside longer sources the phrase belongs to a clause ("a poll taken last
// week", "who ran for president in 2008") and stays.
func (r *run) trailingTime(first, end int) int {
	if end-first < 3 {
		return end
	}
	last := r.low(end - 1)
	if !(r.is(end-1, cTime) || wordset.Has(gTimeNouns, last)) { // cTime: timeWords
		return end
	}
	j := end - 2
	if r.is(j, cDet) {
		j--
	}
	if j <= first || (r.low(j) != "at" && r.low(j) != "on" && r.low(j) != "last" && r.low(j) != "this") {
		return end
	}
	for i := first; i < j; i++ {
		w := r.low(i)
		if r.kind(i) == text.Punct && !r.isPunct(i, ".") && !r.isPunct(i, "(") && !r.isPunct(i, ")") || w == "who" || w == "which" || w == "that" {
			return end
		}
	}
	if w := r.low(j - 1); !r.isCap(j-1) && !r.isPunct(j-1, ")") || strings.HasSuffix(w, "ed") {
		return end
	}
	return j
}

// timeNouns end a time phrase after a preposition: "at the time", "at the moment", "in the past".
var timeNouns = map[string]bool{"time": true, "moment": true, "past": true, "outset": true, "weekend": true}

// lightVerbs take a noun naming an attitude before what the attitude is about ("expressed concern that",
// "shared their worries about").
var lightVerbs = map[string]bool{"express": true, "voice": true, "raise": true, "share": true}

// possessiveHer reports whether "her" at k is a possessive opening a noun phrase ("told her supporters that")
// rather than the addressee itself ("told her that").
func (r *run) possessiveHer(k, end int) bool {
	if r.low(k) != "her" || k+1 >= end || r.kind(k+1) != text.Word || r.l.InQuote[k+1] >= 0 {
		return false
	}
	n := r.low(k + 1)
	return n != "that" && n != "to" && r.nounish(k+1) && !r.isCap(k+1)
}

// cueNounAfterDet reports whether token i, a cue word, is a noun because a determiner precedes it ("the report
// said", "a survey found"), so that it can head a source.
func (r *run) cueNounAfterDet(i, min int) bool {
	if i-1 < min || !r.is(i-1, cDet) || r.l.InQuote[i-1] >= 0 {
		return false
	}
	_, ok := r.verb(i)
	return ok
}

// wholeQuoteBefore reports whether token i closes a quotation that opens at content start cs, so that the
// quotation is the whole content even with no comma inside its marks (`"C" Grubbs said`); it returns the
// content's end (exclusive).
func (r *run) wholeQuoteBefore(i, cs int) (int, bool) {
	if i <= cs || !r.quoteClosing(i) {
		return 0, false
	}
	if q := r.quoteOpening(cs); q >= 0 && r.l.Quotes[q].Close == i {
		return i + 1, true
	}
	return 0, false
}
