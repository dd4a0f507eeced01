package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Content ends (fifth pass): the narrator's adjunct of time, venue or medium after an object that adjunctEnd
// does not see: the object of a verb without an object frame, and the object of a gerund cue.

// ends5Adjunct ends a plain noun-phrase content [k, end) of a cue with no object frame ("urged a pay rise for
// the dockers on Monday", "thought so, too", "posted the photo on Twitter") before the narrator's adjunct, as
// adjunctEnd does for object verbs.
func (r *run) ends5Adjunct(c cue, k, end int, introduced bool) int {
	if introduced || c.vf.frames&frameObj != 0 {
		return end
	}
	return r.ends5Cut(c, k, end)
}

// ends5Gerund does the same for the content [k, end) of a gerund cue at i (", bashing the mayor during a rally
// in Leeds on Monday"); a that-clause is left alone.
func (r *run) ends5Gerund(i int, vf verbForm, k, end int) int {
	if r.low(k) == "that" || k-1 > i && r.low(k-1) == "that" {
		return end
	}
	return r.ends5Cut(cue{first: i, verb: i, vf: vf}, k, end)
}

// ends5Cut applies adjunctEnd to a content [k, end) that is one noun phrase. A clause stays whole, and so does a
// finding's object ("the poll showed a tie in the race"). A definite setting ("in the interview") points back
// to one already named and PolNeAR mostly keeps it with the object.
func (r *run) ends5Cut(c cue, k, end int) int {
	if wordset.Has(gFindingLemmas, c.vf.lemma) || r.quoteOpening(k) >= 0 || r.in(k, sWh) || r.clauseIn(k, end) {
		return end
	}
	e := r.adjunctEnd(c, k, end)
	if e < end && e+2 < end && r.is(e, cPrep) && r.low(e+1) == "the" && !r.is(e+2, cTime) {
		return end
	}
	if w := r.low(e - 1); e-1 > k && e < end && (w == "late" || w == "early") {
		e = r.trimEnd(k, e-1) // "late Tuesday night": the time word goes with the adjunct
	}
	for i := k + 1; i < e; i++ {
		if r.l.InQuote[i] < 0 && (r.pastVerbAt(i) || r.presentVerbAt(i) || r.is(i-1, cPrep) && strings.HasSuffix(r.low(i), "ing")) {
			return end // "the real change came last year", "her role in rallying them in 2008": a clause's adjunct
		}
	}
	return e
}

// ends5NotBut carries a content [k, end) that stops at ", but" on through the sentence (to sentEnd) when its
// last phrase is negated and the words after "but" are a phrase, not a clause: "promised not just a pay rise, but
// a shorter week", "was opposed not by the mayor, but by the dockers". The correlative "not X but Y" says Y
// in X's place, and PolNeAR keeps both.
func (r *run) ends5NotBut(k, end, sentEnd int) int {
	j := end
	if j < sentEnd && r.is(j, cComma) {
		j++
	}
	if j+2 >= sentEnd || r.low(j) != "but" || r.l.InQuote[j] >= 0 || r.anyClaimed(end, sentEnd) {
		return end
	}
	j++
	if r.low(j) == "also" {
		j++
	}
	if !r.is(j, cDet|cPrep) || r.low(j) == "to" || r.frontedClause(j, sentEnd) || r.newSubjectClause(j, sentEnd) {
		return end
	}
	for i := j + 1; i+1 < sentEnd; i++ {
		if w := r.low(i); (wordset.Has(gNominativePronouns, w) || w == "it") && r.l.InQuote[i] < 0 && r.finiteVerbAt(i+1) {
			return end // "but for the drivers it was different": a clause of its own
		}
	}
	for i := end - 1; i >= k; i-- {
		if r.l.InQuote[i] >= 0 {
			continue
		}
		if r.is(i, cComma|cSemicolon|cColon) {
			return end
		}
		if w := r.low(i); w == "not" || w == "n't" || w == "n’t" {
			return r.trimEnd(k, sentEnd)
		}
	}
	return end
}

// ends5BareConj reports whether the cue verb at i, in its bare form after a plain "and", goes on an infinitive
// or a modal's verb inside content [k, i) ("asked the dockers to stop work and promise a vote",
// "said the union has a chance to climb down and show it cares"): a bare verb cannot share the source with an
// inflected cue, so it is no second statement but more of the first's content. The rest of the content up to
// end must be one clause with no comma: after a comma the narrator may take over (", creating scenes ...").
func (r *run) ends5BareConj(k, i, end int) bool {
	if i-2 <= k || r.low(i-1) != "and" || r.is(i-2, cComma) {
		return false
	}
	if vf, ok := r.verb(i); !ok || vf.gerund || r.low(i) != vf.lemma {
		return false
	}
	for j := i + 1; j < min(end, i+maxObjectScan); j++ { // bounded: see maxObjectScan
		if r.is(j, cComma|cSemicolon) && r.l.InQuote[j] < 0 {
			return false
		}
	}
	for j := i - 2; j > k; j-- {
		if r.l.InQuote[j] >= 0 {
			return false
		}
		if r.kind(j) == text.Punct || r.is(j, cRelative) || r.low(j) == "and" {
			return false // a clause's punctuation, a relative clause or another conjunct: too far to tell
		}
		w := r.low(j - 1)
		if (w == "to" || modalWords[w]) && r.kind(j) == text.Word && !r.is(j, cDet|cPronoun) && !r.isCap(j) {
			return true
		}
	}
	return false
}

// ends5SpeechEvent ends content [k, end) before a closing phrase that names the speech event in which the source
// spoke ("in an interview with the Harbor Times on Sunday", "during a speech at the port", "in a statement"):
// the narrator's setting, whatever the frame. It holds only when what comes before has no finite verb of its
// own (in "the dockers cheered the plan during an appearance" the appearance may be the reported event's) or closes
// with a quotation, and nothing after the phrase's noun goes on with a clause.
func (r *run) ends5SpeechEvent(k, end int) int {
	for i := k + 1; i+2 < end; i++ {
		if w := r.low(i); (w != "in" && w != "during") || r.l.InQuote[i] >= 0 {
			continue
		}
		d := i + 1
		if !wordset.Has(gArticles, r.low(d)) || r.low(d) == "the" {
			continue
		}
		n := d + 1
		if n+1 < end && !r.speechEventNoun(n) && r.kind(n) == text.Word {
			n++ // "a recent interview", "a televised speech"
		}
		if !r.speechEventNoun(n) || r.complementAfter(n, end) {
			continue // "described the plan during an interview as "a relic"": the object's complement follows
		}
		for j := n + 1; j < end; j++ {
			if r.l.InQuote[j] >= 0 {
				continue
			}
			if r.low(j) == "that" || r.is(j, cRelative|cSemicolon|cAux) || r.clauseVerb(j) || r.is(j, cComma) && !r.onlyPunct(j, end) {
				return end // "in an interview that ...", "in a statement, the union said": more than a setting
			}
		}
		if r.quoteClosing(i-1) || r.is(i-1, cComma) && i-2 > k && r.quoteClosing(i-2) {
			return r.trimEnd(k, i) // `doesn't want "that racket," in an interview`
		}
		for j := k; j < i; j++ {
			if r.l.InQuote[j] < 0 && (r.is(j, cAux) || r.clauseVerb(j) || r.pastVerbAt(j)) {
				return end
			}
		}
		return r.trimEnd(k, i)
	}
	return end
}

// speechEventNoun reports whether token n names an occasion or a text in which someone speaks: "interview",
// "statement", "speech", "appearance" and the other medium nouns.
func (r *run) speechEventNoun(n int) bool {
	switch r.low(n) {
	case "appearance", "appearances", "interviews", "speeches", "statements":
		return true
	}
	return r.in(n, sMediumNoun)
}

// ends5Tails applies the closing cuts of this file that hold for any content [k, end): a concession after a dash,
// an apposition on a quotation, then a speech event.
func (r *run) ends5Tails(k, end int) int {
	return r.ends5SpeechEvent(k, r.ends5QuoteApposition(k, r.ends5DashConcession(k, end)))
}

// ends5DashConcession ends content [k, end) before a dash that opens a concession ("would seek a second term —
// though it is unclear whether ...", "-- even though he trailed"): the narrator's qualification of what was
// said. Train gold cuts 7 of 8 such dashes in our contents.
func (r *run) ends5DashConcession(k, end int) int {
	for i := k + 2; i < end; i++ {
		if r.kind(i-1) != text.Punct {
			continue // the kind test first: most tokens follow no dash
		}
		w := r.low(i)
		if w == "even" && i+1 < end && r.low(i+1) == "though" {
			w = "though"
		}
		if (w != "though" && w != "although") || r.l.InQuote[i] >= 0 || !r.spacedDash(i-1) {
			continue
		}
		j := i - 1
		for j > k+1 && r.spacedDash(j-1) {
			j-- // "--" is two tokens
		}
		return r.trimEnd(k, j)
	}
	return end
}

// ends5QuoteApposition ends content [k, end) after a short quotation inside it when a comma and an indefinite
// noun phrase follow (`called the plan "a relic," a jab at the port chief`, `the "night shift loophole," a flaw
// in the rules`): the narrator's apposition on the quoted words. A quotation that opens the apposition goes on a
// list of quoted words (`a "relic," a "ruin" and a "waste"`) and stays. Train gold cuts 9 of 10 such appositions
// in our contents.
func (r *run) ends5QuoteApposition(k, end int) int {
	for i := k + 1; i+2 < end; i++ {
		if !r.quoteClosing(i) {
			continue
		}
		if open := r.l.Quotes[r.l.InQuote[i]].Open; open <= k {
			continue // the content opens with the quotation: what follows may be more of it
		}
		n := i + 1
		if r.is(n, cComma) {
			n++
		} else if !r.is(i-1, cComma) {
			continue // `"a relic," a jab`: the comma inside the marks, or `"a relic", a jab` after them
		}
		if w := r.low(n); n+1 >= end || (w != "a" && w != "an" && w != "another") || r.l.InQuote[n] >= 0 {
			continue
		}
		for j := n + 1; j < end && j <= n+3; j++ {
			if r.quoteOpening(j) >= 0 {
				return end
			}
		}
		return r.trimEnd(k, i+1)
	}
	return end
}
