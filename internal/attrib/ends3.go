package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Content ends, third set (see ends.go, ends2.go): where the narrator's words take over after what was said.

// participleTail ends an object content [k, end) before a participle clause set off by a comma ("backed the
// ceasefire, giving the mediators a boost", "declared a strike, leading to delays at the port"): the narrator's
// comment on the act, with the source as its understood subject, not more of the object. "including" goes on
// with the object's members and stays, and so does a list of gerunds ("backed raising wages, cutting fees"),  two
// adjectives in -ing ("its alarming, far-reaching terms"), an indirect question's fronted aside ("described how, growing up, she ...") and what a quotation holds.
func (r *run) participleTail(k, end int) int {
	if r.in(k, sWh) {
		return end
	}
	seg := k // the first token of the comma-set segment before token i
	for i := k + 1; i+1 < end; i++ {
		if r.l.InQuote[i] >= 0 || !r.is(i, cComma|cColon) {
			continue
		}
		if r.is(i, cComma) && r.participleOpens(i+1) && !r.gerundSegment(seg, i) && !r.participleOpens(i-1) && !r.listNoun(i+1, end) {
			return r.trimEnd(k, i)
		}
		seg = i + 1
	}
	return end
}

// gerundSegment reports whether the segment [from, to) opens with a gerund, after a preposition if any
// ("raising wages", "of covering up"): a participle after it is the next item of a list.
func (r *run) gerundSegment(from, to int) bool {
	if from < to && r.is(from, cPrep) {
		from++
	}
	return from < to && r.participleOpens(from)
}

// participleOpens reports whether a present participle that opens a clause stands at token n: a lower-case word
// in -ing that is no noun, pronoun or preposition ("something", "during") and not "including".
func (r *run) participleOpens(n int) bool {
	if r.kind(n) != text.Word || r.isCap(n) || r.l.InQuote[n] >= 0 || r.is(n, cDet|cPrep|cPronoun|cQuant) {
		return false
	}
	w := r.low(n)
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !nonParticiples[w]
}

// nonParticiples end in -ing but open no participle clause: nouns, and "including", which lists the object's
// members ("backed three measures, including a ceasefire").
var nonParticiples = map[string]bool{
	"including": true, "according": true, "something": true, "nothing": true, "everything": true, "anything": true,
	"morning": true, "evening": true, "during": true, "notwithstanding": true, "regarding": true, "concerning": true,
	"depending": true, "ranging": true, "involving": true, "excluding": true, "following": true,
}

// auxPredicate ends an object content [k, end) before "and" and a finite auxiliary ("endorsed the deal and was
// cheered by the dockers", "rejected the offer and has since left the talks"): a second predicate of the subject, the
// source's next act or state, since a plain object has no verb for the auxiliary to join. An object that holds a
// clause ("the plan that the council passed and has funded") may be what the auxiliary goes on, and stays.
func (r *run) auxPredicate(k, end int) int {
	for i := k + 1; i+1 < end; i++ {
		if r.l.InQuote[i] >= 0 || r.kind(i) == text.Punct && !r.isPunct(i, ".") {
			return end // a quotation or a clause's punctuation: no plain object
		}
		if r.low(i) != "and" {
			continue
		}
		v := i + 1
		if r.adverbLy(v) && v+1 < end {
			v++ // "and has repeatedly"
		}
		if r.in(v, sFiniteAux) && r.l.InQuote[v] < 0 && !r.clauseIn(k, i) {
			return r.trimEnd(k, i)
		}
	}
	return end
}

// mannerTail ends an object content [k, end) before "by" and a gerund, the means by which the source acted
// ("attacked the minister by citing the strike figures", "mocked the union by waving the old contract"): the narrator's
// account of how, not part of the object. Where the object is itself an act, a gerund or an infinitive
// ("backed cutting costs by selling the depot", "to end the strike by raising pay"), or holds a clause, the
// means may be that act's, and the phrase stays.
func (r *run) mannerTail(k, end int) int {
	if r.participleOpens(k) || r.low(k) == "to" || r.in(k, sWh) {
		return end
	}
	for i := k + 1; i+1 < end; i++ {
		if r.l.InQuote[i] >= 0 {
			continue
		}
		if r.is(i, cRelative|cAux) || (i > k && r.clauseVerb(i)) {
			return end
		}
		if r.is(i, cBy) && r.participleOpens(i+1) {
			return r.trimEnd(k, i)
		}
	}
	return end
}

// innerTimeClause reports whether the subordinator at i ("when", "after", "before", "since"), with no comma
// before it, dates a clause inside the object [k, i) rather than the source's act: the object holds a verb of
// its own, a relative clause, an infinitive, or a participle ("praised the accord adopted after two weeks of
// talks", "recalled the port workers striking when the ferry sank", "cited the jobs that have gone since the
// plant closed"). After a plain noun phrase ("criticized the union after the talks failed") the clause is the
// narrator's, and cutObject ends the object there.
func (r *run) innerTimeClause(k, i int) bool {
	if r.l.InQuote[i] >= 0 || r.is(i-1, cComma) {
		return false
	}
	switch r.low(i) {
	case "when", "after", "before", "since":
	default:
		return false
	}
	if r.participleOpens(k) || r.low(k) == "to" || r.in(k, sWh) || r.clauseIn(k, i) {
		return true
	}
	for j := k + 1; j < i; j++ {
		if r.l.InQuote[j] < 0 && r.participleOpens(j) && r.nounish(j-1) {
			return true // "the workers striking when ..."
		}
	}
	return false
}

// listSegment reports whether the segment [from, end) after a comma goes on a list rather than adding an
// apposition: it holds "and" or "or" and no clause ("backed the ceasefire, the prisoner swap and the aid
// corridor"); an apposition with a clause of its own ("a provision that bars strikes and lockouts") is the
// narrator's.
func (r *run) listSegment(from, end int) bool {
	coord := false
	for j := from; j < end; j++ {
		if r.l.InQuote[j] >= 0 {
			continue
		}
		if w := r.low(j); w == "and" || w == "or" {
			coord = true
		} else if r.is(j, cRelative|cAux) || r.low(j) == "to" || r.clauseVerb(j) {
			return false
		}
	}
	return coord
}

// frontedClause reports whether the clause that "and" or "but" after a comma opens at n starts with a fronted
// phrase and then a subject of its own ("and at the depot the drivers began to chant", "but for the unions, it is
// a betrayal", "and by last spring, the talks had stalled"): the narrator's next clause, as after a bare
// subject. A phrase that goes on the reported object ("and for raising taxes", "but by a decent person") has no
// subject after it.
func (r *run) frontedClause(n, end int) bool {
	if n >= end || !r.is(n, cPrep) || r.l.InQuote[n] >= 0 {
		return false
	}
	switch r.low(n) {
	case "of", "to", "as":
		return false
	}
	for j := n + 1; j+1 < end && j < n+10; j++ {
		if r.l.InQuote[j] >= 0 {
			return false
		}
		if r.is(j, cComma) {
			m := j + 1
			return r.is(m, cPronoun) && r.finiteVerbAt(m+1) || r.low(m) == "there" && r.finiteVerbAt(m+1) || r.newSubjectClause(m, end)
		}
	}
	ne := r.npRightOpt(n+1, end, false)
	return ne > n+1 && r.newSubjectClause(ne, end)
}

// quantitySubject reports whether a subject opens at token i with a quantity ("three-quarters said", "six in
// 10 say", "nearly half said"): in a poll's report, a new statement of its own after ", and".
func (r *run) quantitySubject(i int) bool {
	return r.is(i, cQuant) || r.kind(i) == text.Number || r.in(i, sNumberWord|sApprox|sFraction)
}

// reasonAfterPlainObject reports whether "because" at i follows an object [k, i) with no quotation and no
// complement of its own ("backed the mayor because ...", "opposed it because ..."): the narrator's account of
// the source's reason, not part of what was said. After a quoted or "for" complement ("mocked the envoy for
// "a timid speech" because ...") PolNeAR keeps the reason with the charge (objectReason).
func (r *run) reasonAfterPlainObject(k, i int) bool {
	if r.clauseIn(k, i) {
		return false // "suggested the mayor was wrong because ...": the reason may be the reported clause's
	}
	for j := k; j < i; j++ {
		if r.l.InQuote[j] >= 0 || r.low(j) == "for" || r.low(j) == "as" || r.is(j, cComma) || r.participleOpens(j) {
			return false
		}
	}
	return true
}

// questionMark drops a question mark that closes content [k, end) of a sentence that opens at first with an
// auxiliary or a question word ("Do you think the truce will hold?", "Would you vote for the deal?"): the
// question frames the report, and its mark is the sentence's, not the reported part's. Inside a quotation the
// mark is the speaker's own and stays, and so it does when the content is itself a question, after a colon or
// opening with a question word or an auxiliary ("asked: Did the talks stall?").
func (r *run) questionMark(first, k, end int) int {
	if !(r.is(first, cAux) || r.in(first, sWh)) || r.in(k, sWh) || r.is(k, cAux) {
		return end
	}
	if end-1 <= k || !r.isPunct(end-1, "?") || r.l.InQuote[end-1] >= 0 {
		return end
	}
	for i := k; i < end; i++ {
		if r.is(i, cColon) {
			return end
		}
	}
	return r.trimEnd(k, end-1)
}

// gerundAside ends a gerund cue's content [k, end) at a comma after which the sentence's own predicate follows,
// when the gerund phrase stands between the subject and that predicate ("The mayor, backing the strike, was
// cheered"): the phrase is an aside, and its content stops with it. first is the sentence's first token and g
// the gerund: a verb before g ("The mayor said, backing ...") means the phrase follows its clause instead.
func (r *run) gerundAside(first, g, k, end int) int {
	for i := first; i < g; i++ {
		if r.l.InQuote[i] < 0 && r.finiteVerbAt(i) {
			return end
		}
	}
	for i := k + 1; i+1 < end; i++ {
		if r.l.InQuote[i] >= 0 || !r.is(i, cComma) {
			continue
		}
		if r.predicateAt(i+1, end) && !r.is(i+1, cPrep) {
			return r.trimEnd(k, i)
		}
	}
	return end
}

// listNoun reports whether the word in -ing at n is a noun in a list ("schools, housing and jobs"): "and", "or",
// a comma or the end follows it, where a participle would take an object or a phrase.
func (r *run) listNoun(n, end int) bool {
	m := n + 1
	if m >= end {
		return true
	}
	w := r.low(m)
	return w == "and" || w == "or" || r.kind(m) == text.Punct
}

// findingContrast extends content [k, e) that cutCoordinated ended before ", while" when the cue reports a
// finding (a poll or a study "found", "showed"): the contrast that follows is part of the finding ("found that
// 60 percent back the deal, while 30 percent oppose it"), where after "said" it is more often the narrator's.
func (r *run) findingContrast(c cue, k, e, end int) int {
	if !wordset.Has(gFindingLemmas, c.vf.lemma) || e+2 >= end || !r.is(e, cComma) || r.low(e+1) != "while" || r.l.InQuote[e+1] >= 0 {
		return e
	}
	return r.cutCoordinated(e+2, end)
}

// findingLemmas report what a poll, a count or a study found.
var findingLemmas = map[string]bool{"find": true, "show": true, "reveal": true, "indicate": true, "estimate": true}

// mediaOn reports whether "on" at i names a news outlet where the source spoke ("on Fox News", "on CNN's
// morning show"): like "on Twitter", where the act took place, not part of its object.
func (r *run) mediaOn(i, end int) bool {
	if r.low(i) != "on" || i+1 >= end || r.l.InQuote[i+1] >= 0 {
		return false
	}
	t := r.tok(i + 1)
	t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s")
	return wordset.Has(gMediaNames, t)
}

// objectDash ends an object content [k, end) before a spaced dash outside quotation marks ("backed the truce —
// a rare show of unity", "opposed the pact — one of the mediators' main goals"): what follows comments on the
// object, in the narrator's words. A pair of dashes after which the clause's verb goes on ("the envoys — all
// three of them — will return") is an aside and stays.
func (r *run) objectDash(k, end int) int {
	for i := k + 1; i < end; i++ {
		if r.l.InQuote[i] >= 0 || !r.spacedDash(i) {
			continue
		}
		n := i + 1
		for n < end && r.spacedDash(n) {
			n++
		}
		if r.clauseIn(k, i) || r.dashPairVerb(i, end) || r.quoteOpening(n) >= 0 || n < end && r.low(n) == "including" {
			return end // the quotation or the members of what the object names go on
		}
		return r.trimEnd(k, i)
	}
	return end
}

// dashPairVerb reports whether the spaced dash at i opens an aside closed by another dash before end, after
// which a finite verb follows.
func (r *run) dashPairVerb(i, end int) bool {
	j := i + 1
	for j < end && r.spacedDash(j) {
		j++ // "--" is two tokens
	}
	for ; j < end; j++ {
		if r.l.InQuote[j] >= 0 || !r.spacedDash(j) {
			continue
		}
		n := j + 1
		for n < end && r.spacedDash(n) {
			n++
		}
		return n < end && r.finiteVerbAt(n) && !r.is(n, cPrep)
	}
	return false
}
