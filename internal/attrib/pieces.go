package attrib

import (
	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// adjunctPreps open a phrase of time, place or circumstance after a passive cue ("was revealed after an audit",
// "is revered among dockers"): no complement of the verb, so no part of what is reported. npPreps ("in",
// "on", "at") are left out by passiveCue already.
var adjunctPreps = map[string]bool{
	"after": true, "before": true, "since": true, "during": true, "until": true, "among": true, "amid": true,
	"despite": true, "throughout": true,
}

// frequencyAdverbs say when or how often, not what: "was approved again", "is expected anytime soon".
var frequencyAdverbs = map[string]bool{
	"now": true, "again": true, "twice": true, "anytime": true, "soon": true, "already": true, "recently": true,
	"often": true, "repeatedly": true,
}

// passiveAdjunct is where the complement of a passive cue that starts at k and ends at end really starts,
// past a phrase that says when, how often or how ("was approved last year", "has been felt most keenly", "was
// named this week as a funder", "has been stated many times"). PolNeAR's content is then the subject alone
// (end is returned) unless a complement follows the phrase; a complement that opens with a preposition of
// time or place ("is revered among dockers") is no complement either.
func (r *run) passiveAdjunct(k, end int) int {
	if k >= end || r.l.InQuote[k] >= 0 || r.kind(k) != text.Word {
		return k
	}
	j := k
	for j < end && r.l.InQuote[j] < 0 && r.kind(j) != text.Punct {
		w := r.low(j)
		switch {
		case r.timeAt(j, end):
			if !r.is(j, cTime) {
				j++ // "last week": the determiner, then the time word
			}
			j++
			for j < end && r.in(j, sDayPart) {
				j++
			}
			continue
		case frequencyAdverbs[w] || r.adverbLy(j):
			j++
			continue
		case (w == "most" || w == "more" || w == "very") && j+1 < end && r.adverbLy(j+1):
			j += 2 // "most keenly"
			continue
		case (r.kind(j) == text.Number || w == "many" || w == "several" || w == "three" || w == "two") && j+1 < end && r.low(j+1) == "times":
			j += 2 // "3,200 times", "many times"
			continue
		}
		break
	}
	if j >= end || r.kind(j) == text.Punct && j+1 >= end || adjunctPreps[r.low(j)] {
		return end
	}
	if j > k && r.is(j, cPrep) && !r.passiveComplement(j, end) {
		return end // "last month in a court filing"
	}
	return j
}

// asideStart is where the first piece [cs, ce) of a content that a source and cue interrupt ("C1, he said,
// C2") really starts: after an unpaired dash or an unclosed bracket, which opens the clause the attribution
// interrupts ("He laid off his staff — an indication, aides said, that he may return": the content is "an
// indication | that he may return"), and after a coordinator that joins that clause to the narrator's ("— and
// the permit, his campaign said, was hard to get"). A dash pair ("the plan — a costly one — would") is an aside
// inside the piece and leaves it whole.
func (r *run) asideStart(cs, ce int) int {
	start, dashes := -1, 0
	for i := cs; i < ce; i++ {
		if r.kind(i) != text.Punct || r.l.InQuote[i] >= 0 {
			continue
		}
		switch r.tok(i) {
		case "—", "–", "-", "--":
			dashes++
			start = i + 1
		case "(":
			start = i + 1
		case ")":
			start = -1
		}
	}
	if start < 0 || dashes%2 == 0 && r.tok(start-1) != "(" {
		return cs
	}
	if start+1 < ce && (r.low(start) == "and" || r.low(start) == "but") {
		start++
	}
	if start >= ce || r.kind(start) == text.Punct {
		return cs
	}
	return start
}

// relativeGap reports whether the relative pronoun at rel, right before the source of cue c, stands for the
// object of an infinitive that opens the content at k and lacks one: "what the mayor has threatened to do",
// "that the union asked the board to find". PolNeAR's content is then the pronoun and the infinitive, as with
// relativeObject. "that he plans to sign" is left alone: there "that" may as well introduce the clause.
func (r *run) relativeGap(c cue, rel, k int) bool {
	if k+1 >= len(r.l.Tokens) || r.l.InQuote[rel] >= 0 || r.claimed[rel] || r.l.InQuote[k] >= 0 {
		return false
	}
	switch r.low(rel) {
	case "what":
		return r.low(k) == "to" && r.bareVerb(k+1)
	case "that", "which":
		// The verb's object, then its infinitive: "asked the board to find"; not a possessive's noun and its
		// infinitive after a preposition ("talked about her plan to run").
		if rel == 0 || !(r.nounish(rel-1) || r.is(rel-1, cComma)) || r.low(k) == "to" || k != c.verb+1 || wordset.Has(gPossessiveDets, r.low(k)) {
			return false
		}
		for j := k; j < k+5 && j+1 < len(r.l.Tokens); j++ {
			if r.low(j) == "to" {
				return j > k && r.bareVerb(j+1)
			}
			if r.kind(j) != text.Word || r.l.InQuote[j] >= 0 || r.is(j, cAux|cRelative|cSubord|cPrep) {
				return false
			}
		}
	}
	return false
}

// bareVerb reports whether token i may be a verb's bare form after "to": a lower-case word that is no
// determiner, pronoun or time word ("to do", not "to the", "to Friday").
func (r *run) bareVerb(i int) bool {
	return r.kind(i) == text.Word && !r.isCap(i) && r.l.InQuote[i] < 0 && !r.is(i, cDet|cPronoun|cTime|cQuant) &&
		!wordset.Has(gObjectPronouns, r.low(i))
}

// quoteBefore handles a quoted question or exclamation that makes a sentence of its own and is attributed by
// the next one, which the sentence splitter cut off after the mark because the attribution runs long:
// `"Who knows?" the mayor told a radio station late on Monday while the dock strike went on.`
// The next sentence s must open with a short source and a reporting verb, and only circumstances may follow
// the verb (a preposition, a time word, a subordinate clause, a comma), not content of its own.
func (r *run) quoteBefore(s text.Sentence) {
	f := s.FirstTok
	if f < 3 || len(r.cues) == 0 || r.l.InQuote[f-1] < 0 {
		return
	}
	q := r.l.Quotes[r.l.InQuote[f-1]]
	if q.Close != f-1 || q.Para != s.Para || r.claimed[q.Open] || r.claimed[q.Close] {
		return
	}
	if m := r.tok(q.Close - 1); m != "?" && m != "!" || r.l.Sentences[r.sentenceOf(q.Open)].FirstTok != q.Open {
		return
	}
	c := r.cues[0]
	if c.first <= f || c.first-f > 5 || c.vf.frames&(frameSay|frameTell) == 0 || c.vf.gerund || r.claimed[c.verb] {
		return
	}
	if !(r.is(f, cPronoun|cDet) || r.isCap(f)) {
		return
	}
	for i := f; i < c.first; i++ {
		if r.kind(i) != text.Word || r.l.InQuote[i] >= 0 || r.claimed[i] {
			return
		}
	}
	k := c.verb + 1
	if c.vf.frames&frameTell != 0 && k < s.EndTok {
		k = max(k, r.sourceRight(k, s.EndTok)) // "told a radio station": the addressee
	}
	if k < s.EndTok && !(r.kind(k) == text.Punct && r.l.InQuote[k] < 0 || r.is(k, cPrep|cTime|cSubord|cAs) || adjunctPreps[r.low(k)] ||
		r.low(k) == "about") {
		return
	}
	st := Statement{Rule: c.vf.rules.trailing, Medium: r.medium(s.FirstTok, s.EndTok),
		Evidence: "a quoted question or exclamation, then its source and cue opening the next sentence"}
	if k > c.verb+1 && st.Medium == "" {
		st.Medium = r.mediaRun(c.verb+1, k) // "told the Harbor Gazette"
	}
	r.add(st, f, c.first, c.first, c.verb+1, [][2]int{{q.Open, q.Close + 1}})
}

// asAdverbs, beside preVerbAdverbs, may sit between the subject of an "as" clause and its verb: "as the mayor
// has sometimes acknowledged", "as she also noted".
var asAdverbs = map[string]bool{"sometimes": true, "also": true, "earlier": true, "first": true}

// asAside handles an "as" clause that cites the source inside or after the sentence it reports, where
// asReported does not: set off by commas in the middle ("The result, as the mayor later explained, was a long
// strike": the content is "The result | was a long strike"), or closing the sentence with a phrase of place or
// time after its verb ("..., as the mayor noted in the Gazette."). It reports whether it took the sentence.
func (r *run) asAside(s text.Sentence) bool {
	if r.sc&cAs == 0 {
		return false
	}
	for i := s.FirstTok + 2; i+2 < s.EndTok; i++ {
		if !r.is(i, cAs) || !r.is(i-1, cComma) || r.l.InQuote[i] >= 0 || r.claimed[i] {
			continue
		}
		src, srcEnd, cueFirst, cueEnd, ok := r.asCite(i+1, s.EndTok)
		if !ok {
			continue
		}
		cs := r.contentStart(s)
		ce := r.trimEnd(cs, i)
		if ce <= cs || cs >= i || r.anyClaimed(cs, s.EndTok) {
			return false
		}
		if ce-cs == 1 && (r.is(cs, cSubord|cCoord) || r.in(cs, sSentenceAdv) || r.low(cs) == "yet" || r.low(cs) == "so") {
			continue // "If, as she said, C1, C2": the clause the aside interrupts is subordinate, not the report
		}
		if r.cueBefore(cs, i) {
			continue // "she said that the fee, as she put it later, was ...": the verb before reports it
		}
		e := max(srcEnd, cueEnd)
		pieces := [][2]int{{cs, ce}}
		switch {
		case e+1 < s.EndTok && r.is(e, cComma) && !r.onlyPunct(e+1, s.EndTok):
			pieces = append(pieces, [2]int{e + 1, r.trimEnd(e+1, s.EndTok)})
		case r.onlyPunct(e, s.EndTok):
		case (r.is(e, cPrep|cTime|cSubord) || adjunctPreps[r.low(e)]) && r.low(e) != "to":
			// "as the mayor noted in the Gazette", "as she said after the vote": where or when, up to the end.
			for j := e; j < s.EndTok; j++ {
				if r.is(j, cComma|cSemicolon|cColon|cRelative) || r.l.InQuote[j] >= 0 {
					return false
				}
			}
		default:
			continue
		}
		st := Statement{Rule: "as-reported", Medium: r.medium(s.FirstTok, s.EndTok), Evidence: "an 'as' clause cites who reported the sentence"}
		r.add(st, src, srcEnd, cueFirst, cueEnd, pieces)
		return true
	}
	return false
}

// asCite is asCitation, also past adverbs between the subject and the verb ("as the mayor later explained"),
// with the verb's particle in the cue ("as the union points out").
func (r *run) asCite(k, end int) (src, srcEnd, cueFirst, cueEnd int, ok bool) {
	if src, srcEnd, cueFirst, cueEnd, ok = r.asCitation(k, end); !ok {
		ne := r.npRightOpt(k, end, false)
		if ne == k || ne >= end {
			return 0, 0, 0, 0, false
		}
		v := ne
		for v < end && v < ne+4 && r.l.InQuote[v] < 0 && (r.is(v, cAux) || r.adverbLy(v) || wordset.Has(gPreVerbAdverbs, r.low(v)) || asAdverbs[r.low(v)] || r.in(v, sSentenceAdv)) {
			v++
		}
		vf, isCue := r.verb(v)
		if v == ne || v >= end || !isCue || vf.gerund || vf.frames&frameInv == 0 || r.l.InQuote[v] >= 0 {
			return 0, 0, 0, 0, false
		}
		src, srcEnd, cueFirst, cueEnd, ok = k, ne, ne, v+1, true
	}
	if vf, isCue := r.verb(cueEnd - 1); isCue && cueEnd < end && r.phrasalAt(vf.lemma, cueEnd) {
		cueEnd++ // "as the union points out"
	}
	return src, srcEnd, cueFirst, cueEnd, ok
}

// cueBefore reports whether a cue verb of the sentence, outside quotations, lies in [first, end).
func (r *run) cueBefore(first, end int) bool {
	for _, c := range r.cues {
		if c.verb >= first && c.verb < end {
			return true
		}
	}
	return false
}
