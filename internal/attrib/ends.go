package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Content ends: where the reported part stops and the narrator's adjuncts or clauses take over.

// adjunctEnd ends an object content [k, end) before the narrator's account of when, where or how the act took
// place: "endorsed Cruz last week", "praised the reporter at a press conference in Hanahan", "confirmed the
// news via Facebook on Friday", "called Palin a clown on his radio show". What follows the adjunct ("in
// February and organized for him") goes with it. Only a plain noun phrase gives way: inside a clause or a
// relative clause the adjunct may be the reported event's ("a plan that she backed in 2007"), and after a
// noun that names speech it dates the speech ("his remarks on Thursday"). An adjunct right after the cue is no
// object and stays.
func (r *run) adjunctEnd(c cue, k, end int) int {
	if wordset.Has(gCopularLemmas, c.vf.lemma) {
		return end // "sounded unsure this week": the time qualifies the impression
	}
	if e := r.alsoTail(k, end); e < end && !r.clauseIn(k, e) {
		return e
	}
	if r.in(k, sWh) || strings.HasSuffix(r.low(k), "ing") {
		return end // "described what happens", "reported raising $9 million": a clause
	}
	for i := k + 1; i < end && i < k+maxClause; i++ {
		if r.l.InQuote[i] >= 0 {
			continue
		}
		if r.is(i, cRelative|cAux|cComma|cSemicolon|cColon) || r.low(i) == "to" || r.clauseVerb(i) {
			return end
		}
		if r.adjunctAt(i, end) || r.mediaOn(i, end) {
			if r.is(i-1, cCueNoun) || r.complementAfter(i, end) {
				return end
			}
			return r.trimEnd(k, i)
		}
	}
	return end
}

// clauseVerb reports whether token i looks like a verb of a clause inside an object: a lower-case past form
// after something other than a determiner ("the theft recorded", "legislation passed"), or a cue verb in a
// finite form.
func (r *run) clauseVerb(i int) bool {
	if r.kind(i) != text.Word || r.isCap(i) {
		return false
	}
	if vf, ok := r.verb(i); ok && !vf.gerund && !r.is(i-1, cDet) {
		return true
	}
	w := r.low(i)
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !r.is(i-1, cDet)
}

// adjunctAt reports whether an adjunct of time, venue or medium opens at token i: "last week", "on Monday",
// "in June 2015", "at a rally", "in a tweet", "on Twitter", "via Facebook", "for this story".
func (r *run) adjunctAt(i, end int) bool {
	w := r.low(i)
	if i+1 >= end {
		return false
	}
	n := r.low(i + 1)
	switch w {
	case "last", "this", "earlier", "later":
		return r.is(i+1, cTime) && !possessiveWord(r.tok(i+1)) || n == "week" || n == "month" || n == "year"
	case "via":
		return true
	case "for":
		// "for this story", "for years"
		return n == "years" || n == "decades" || n == "months" || (n == "this" && i+2 < end && (r.low(i+2) == "story" || r.low(i+2) == "article" || r.low(i+2) == "report"))
	case "on", "in", "at", "during", "through":
	default:
		if r.in(i, sWeekday) && r.isCap(i) && !possessiveWord(r.tok(i)) && r.kind(i-1) == text.Word {
			return true // "endorsed Trump Tuesday"
		}
		return false
	}
	// A time: "on Monday", "in June", "in 2013", "in early June", "during the weekend".
	j := i + 1
	if n == "early" || n == "late" || n == "mid" || n == "the" {
		j++
	}
	if j < end && r.is(j, cTime) && !possessiveWord(r.tok(j)) && (r.isCap(j) || w == "during" || r.low(j-1) == "the") {
		return w != "at" && w != "from"
	}
	if j < end && r.kind(j) == text.Number && w == "in" && len(r.tok(j)) == 4 && strings.HasPrefix(r.tok(j), "20") {
		return true // "in 2013"
	}
	// A venue or a medium within a short noun phrase: "at a press conference", "on his radio show".
	if w == "on" && wordset.Has(gSocialMedia, r.tok(i+1)) {
		return true
	}
	for j := i + 1; j < end && j <= i+5; j++ {
		if (r.kind(j) != text.Word && r.kind(j) != text.Number) || r.l.InQuote[j] >= 0 {
			return false
		}
		lw := r.low(j)
		if wordset.Has(gVenueNouns, lw) || r.in(j, sMediumNoun) || (j > i+1 && wordset.Has(gSocialMedia, r.tok(j))) {
			return true
		}
		if r.is(j, cPrep) || r.is(j, cAux) || r.is(j, cRelative) {
			return false
		}
	}
	return false
}

// copularLemmas take an adjective, not an object.
var copularLemmas = map[string]bool{"sound": true, "seem": true, "appear": true, "look": true, "feel": true}

// venueNouns name where, or through what, something was said or done.
var venueNouns = map[string]bool{
	"rally": true, "conference": true, "debate": true, "speeches": true, "interviews": true, "tweets": true,
	"broadcast": true, "show": true, "appearance": true, "appearances": true, "floor": true, "trail": true,
	"stage": true, "call": true, "event": true, "hearing": true, "forum": true, "summit": true,
	"program": true, "programme": true, "segment": true, "radio": true, "television": true, "podcast": true,
	"page": true, "account": true, "website": true, "blog": true, "column": true, "editorial": true,
	"convention": true, "caucus": true, "luncheon": true, "dinner": true, "breakfast": true, "fundraiser": true,
	"stop": true, "roundtable": true, "town": true, "media": true,
}

// complementAfter reports whether the object's complement follows the adjunct at i, which then sits inside the
// content: "described the DLC during an interview as "a remnant"", "defended himself on Saturday for bailing",
// "called the actions on Sunday "childish"", "repeated the line this week that ...".
func (r *run) complementAfter(i, end int) bool {
	for j := i + 1; j < end && j < i+maxClause; j++ {
		if r.l.InQuote[j] >= 0 {
			return true
		}
		switch r.low(j) {
		case "as", "for", "that":
			return true
		case "and", "but", ",":
			return false
		}
	}
	return false
}

// newSubjectClause reports whether a clause with a subject of its own opens at token n after ", and": a noun phrase
// and a finite verb ("and the governor tripped up Rubio", "and three-quarters said the same"), the narrator's
// next clause rather than a list or more of what was said.
func (r *run) newSubjectClause(n, end int) bool {
	if !(r.is(n, cDet|cQuant) || r.isCap(n) || r.kind(n) == text.Number) || r.low(n) == "that" || r.l.InQuote[n] >= 0 {
		return false
	}
	ne := r.npRightOpt(n, end, false)
	return ne > n && ne < end && ne-n <= 8 && r.finiteVerbAt(ne)
}

// embeddedRelative reports whether the relative clause that token i opens after a comma ("Sanders, who won
// Rhode Island, would likely ...") is set inside the reported clause: a comma closes it and a finite verb
// follows, the predicate of the clause whose subject it describes. It returns the closing comma, or -1.
func (r *run) embeddedRelative(i, end int) int {
	w := r.low(i)
	if w != "who" && w != "which" {
		return -1
	}
	for j := i + 2; j+1 < end && j < i+maxClause; j++ {
		if r.l.InQuote[j] >= 0 {
			continue
		}
		if r.kind(j) != text.Punct {
			continue
		}
		if !r.is(j, cComma) {
			return -1 // a dash, a stop or a semicolon: no simple aside
		}
		n := j + 1
		if r.kind(n) == text.Quote && n+1 < end {
			n++ // `, "is a civil rights attorney`
		}
		if r.adjLy(n) && n+1 < end {
			n++ // ", still faces"
		}
		if r.finiteVerbAt(n) && !r.is(n, cPrep) || r.objectComplement(n) || r.quotedVerb(n) {
			return j
		}
		return -1
	}
	return -1
}

// clauseSegment reports whether tokens [from, end), the rest of a segment that opens with a determiner, hold a
// finite verb before any relative pronoun: ", the country remains hopeful" is a clause, where ", a provision
// that bars ..." is an apposition.
func (r *run) clauseSegment(from, end int) bool {
	for j := from; j < end && j < from+12; j++ {
		if r.is(j, cRelative) || r.kind(j) != text.Word || r.in(j, sWh) {
			return false
		}
		if r.isCap(j) || r.is(j-1, cDet) {
			continue
		}
		if r.is(j, cAux) {
			return true
		}
		if vf, ok := r.verb(j); ok && !vf.gerund && !vf.participle {
			return true
		}
	}
	return false
}

// frontedOpener reports whether the content [k, comma) opens with an adverbial phrase or clause that waits for
// its main clause after the comma: "that even in little things, the president was ...", "that, even if they
// thought so, a recount could not be done", "that with the delegates she had, the debate would ...".
func (r *run) frontedOpener(k, comma int) bool {
	if r.low(k) == "that" {
		k++
	}
	if k < comma && r.is(k, cComma) {
		k++
	}
	if k+1 >= comma {
		return false
	}
	w := r.low(k)
	if w == "even" || w == "despite" || w == "in" && r.low(k+1) == "fact" {
		return true
	}
	if !r.is(k, cSubord|cPrep) || r.is(k, cRelative) || w == "to" || w == "of" {
		return false
	}
	for j := k + 1; j < comma; j++ {
		if r.is(j, cComma) {
			return false // one phrase, then its main clause
		}
	}
	return true
}

// narratorTail ends content [k, end) before a tail that the narrator adds to what was said: a comparison with
// another figure (", compared with 64 percent who say the same of Sanders"), or a clause of the narrator's after a
// dash ("— and he singled out the manager").
func (r *run) narratorTail(k, end int) int {
	for i := k + 2; i+2 < end; i++ {
		if r.kind(i) != text.Word || r.l.InQuote[i] >= 0 {
			continue
		}
		if r.spacedDash(i-1) && r.is(i, cCoord) && r.low(i) != "as" && r.coordinatedClause(i, end) {
			j := i - 1
			for j > k+1 && r.spacedDash(j-1) {
				j-- // "--" is two tokens
			}
			return r.trimEnd(k, j) // "— and he singled out ...": the narrator's next clause
		}
		if !r.is(i-1, cComma) || r.low(i) != "compared" {
			continue
		}
		if p := r.low(i + 1); p != "with" && p != "to" {
			continue
		}
		if n := i + 2; r.kind(n) == text.Number || r.is(n, cQuant) || r.low(n) == "about" || r.low(n) == "just" || r.low(n) == "only" || r.low(n) == "nearly" {
			return r.trimEnd(k, i-1)
		}
	}
	return end
}

// alsoTail ends an object content [k, end) before a closing "too" or "as well", by which the narrator adds the
// act to another ("rejected that, too", "could favor him as well"). It returns end when there is none.
func (r *run) alsoTail(k, end int) int {
	e := end
	for e > k && r.kind(e-1) == text.Punct {
		e--
	}
	switch {
	case e-1 > k && r.low(e-1) == "too":
		e--
	case e-2 > k && r.low(e-1) == "well" && r.low(e-2) == "as":
		e -= 2
	default:
		return end
	}
	return r.trimEnd(k, e)
}

// clauseIn reports whether tokens [k, end) hold a clause's marks: a relative pronoun, an auxiliary, "to" or a verb.
func (r *run) clauseIn(k, end int) bool {
	for i := k; i < end; i++ {
		if r.l.InQuote[i] < 0 && (r.is(i, cRelative|cAux) || r.low(i) == "to" || (i > k && r.clauseVerb(i))) {
			return true
		}
	}
	return false
}

// sharedReport reports whether the verb at n, after "but" with the cue's subject understood, is itself a report
// ("but acknowledged", "but cautioned"), which the narrator adds; another verb ("but planned to follow it", "but
// found him too objectionable") goes on with what the source said.
func (r *run) sharedReport(n int) bool {
	_, ok := r.verb(n)
	return ok
}

// predicateAt reports whether the clause goes on at token i with its predicate, as after an aside ("The
// ceasefire, according to the mediators, is expected to hold"), rather than with a relative clause or an
// apposition the narrator adds (", who advised the campaign", ", the most of any candidate").
func (r *run) predicateAt(i, end int) bool {
	if i < end && r.adjLy(i) {
		i++ // "..., still faces"
	}
	return i < end && (r.quoteOpening(i) >= 0 || (r.finiteVerbAt(i) && !r.is(i, cPrep)))
}

// surroundingTail reports whether the text after an aside that closes at tail-1 ("according to X,") goes on
// with the sentence the aside interrupts ("The ceasefire, according to X, is expected to hold", "For Trump,
// according to X, the speech is a test") rather than with what the narrator adds about the source: a relative
// clause (", which monitors extremist statements") or an apposition (", an advocacy group"). The aside opened
// with the comma at open.
func (r *run) surroundingTail(s text.Sentence, open, tail int) bool {
	w := r.low(tail)
	if w == "who" || w == "which" || w == "whose" || w == "whom" || r.narratorAddition(tail, s.EndTok) {
		return false
	}
	if !(r.is(tail, cDet|cQuant) || r.isCap(tail) || w == "one") || r.predicateAt(tail, s.EndTok) || r.clauseSegment(tail+1, s.EndTok) {
		return true
	}
	for i := r.contentStart(s); i < open; i++ {
		if r.l.InQuote[i] < 0 && r.finiteVerbAt(i) {
			return false // a clause before the aside: what follows it is no main clause
		}
	}
	return true
}

// objectReason reports whether token i opens a reason clause that PolNeAR keeps with an object content when no
// comma parts them ("mocked Rubio for "having a tough night" because he won no state", "called Horgos "a
// mistake" because few people live near it"); "because of" is a phrase of the narrator's.
func (r *run) objectReason(i, end int) bool {
	return r.low(i) == "because" && i+1 < end && r.low(i+1) != "of"
}

// quoteRunOn extends content [k, end) that opens with a quotation reaching past the sentence end, which is the
// quotation's close when nothing cut the content short ("telling Reuters, "We are friends. He is an amazing
// man.""): the quotation is what was said, as for a leading cue.
func (r *run) quoteRunOn(k, end, sentEnd int) int {
	if r.quoteOpening(k) < 0 || end != r.trimEnd(k, sentEnd) {
		return end
	}
	qe := r.quoteEnd(k)
	if qe <= sentEnd || r.anyClaimed(sentEnd, qe) {
		return end
	}
	return qe
}

// reasonTail finds, after a source and cue that interrupt a sentence ("that is cause for celebration, he said,
// because Russians live longer"), the rest of what was said: a clause after the next comma that opens with
// "because", "that" or "including" and so cannot stand as the narrator's. It returns its first token, or -1.
func (r *run) reasonTail(from, end int) int {
	for i := from; i+2 < end && i < from+12; i++ {
		if r.l.InQuote[i] >= 0 || r.claimed[i] {
			return -1
		}
		if !r.is(i, cComma) {
			continue
		}
		switch w := r.low(i + 1); {
		case w == "because" && r.low(i+2) != "of", w == "that", w == "including":
			if r.l.InQuote[i+1] < 0 && !r.anyClaimed(i+1, end) && !r.reportsNext(i+2, end) {
				return i + 1 // not "because he said ...": a report of its own
			}
		}
		return -1
	}
	return -1
}

// mainVerbEnd ends the object of a cue in a relative clause [k, end) before the verb of the main clause the
// relative clause sits in ("those who support Sanders are in college", "a Republican who prefers Cruz will
// vote"): an auxiliary straight after the object noun phrase.
func (r *run) mainVerbEnd(k, end int) int {
	for i := k + 1; i < end; i++ {
		if r.l.InQuote[i] >= 0 {
			continue
		}
		if r.is(i, cRelative) || r.low(i) == "to" || r.kind(i) == text.Punct {
			return end // the object has a clause of its own
		}
		if r.is(i, cAux) && r.nounish(i-1) {
			return r.trimEnd(k, i)
		}
	}
	return end
}
