package attrib

import "github.com/parley-ledger/parley/internal/text"

// pollNouns head a noun phrase that reports findings after "in": "in a Washington Post-ABC News poll", "in the
// latest survey", "in the RealClearPolitics average".
var pollNouns = map[string]bool{
	"poll": true, "polls": true, "survey": true, "surveys": true, "average": true, "study": true,
	"rankings": true, "polling": true,
}

// particularPoll words single out one poll.
var particularPoll = map[string]bool{
	"a": true, "an": true, "new": true, "latest": true, "recent": true, "this": true, "that": true, "same": true,
	"similar": true, "another": true, "one": true,
}

// pollDetails may follow a poll's name and belong to it: "released Sunday", "conducted in May".
var pollDetails = map[string]bool{"released": true, "conducted": true, "published": true, "taken": true, "out": true}

// pollPrep handles findings attributed to a poll by "in": "In a new Fox News poll, 40 percent back the plan" and
// "Bush took 6 percent of the vote in a Washington Post-ABC News poll released Sunday". PolNeAR makes "in" the
// cue and the poll the source.
func (r *run) pollPrep(s text.Sentence) { r.pollPrepFrom(s, s.EndTok) }

// pollPrepFrom is pollPrep for an "in" before token to.
func (r *run) pollPrepFrom(s text.Sentence, to int) {
	if r.sc&cPollNoun == 0 {
		return // a poll's name ends in one of pollNouns
	}
	for i := s.FirstTok; i+2 < s.EndTok && i < to; i++ {
		if r.low(i) != "in" || r.claimed[i] || r.l.InQuote[i] >= 0 {
			continue
		}
		ne := r.pollNPEnd(i+1, r.npRightOpt(i+1, s.EndTok, false))
		// A particular poll ("a new CNN poll", "the latest survey"), not "ahead in the polls".
		head, named := false, false
		for k := i + 1; k < ne; k++ {
			if !head && r.is(k, cPrep) && r.low(k) != "of" {
				break // "in front of a polling place", "in single digits in polls": the poll is not the head
			}
			head = head || r.is(k, cPollNoun)
			named = named || r.isCap(k) || particularPoll[r.low(k)]
		}
		if !named && !r.openingPoll(s, i) {
			continue
		}
		if !head || !r.is(ne-1, cPollNoun) && !r.isCap(ne-1) && r.kind(ne-1) != text.Number || r.pollNotHead(i+1, ne) {
			continue
		}
		se := ne
		if i == s.FirstTok {
			se = r.pollCommaDetails(se, s.EndTok)
		}
		if se < s.EndTok && pollDetails[r.low(se)] {
			// "released Sunday", "conducted March 11-13": up to the comma or the sentence's end, briefly.
			j := se + 1
			for j < s.EndTok && j < se+r.pollDetailLen(s, i) && !r.is(j, cComma|cAux) && !r.finalDot(j, s.EndTok) && r.l.InQuote[j] < 0 {
				j++
			}
			se = j
		} else if se+1 < s.EndTok && (r.low(se) == "this" || r.low(se) == "last") && r.is(se+1, cTime) {
			se += 2
		}
		if r.anyClaimed(i+1, se) {
			continue
		}
		st := Statement{Rule: "poll-in", Evidence: "'in' names the poll a finding comes from"}
		if i == s.FirstTok {
			// In a new poll, C
			if se >= s.EndTok || !r.is(se, cComma) {
				continue
			}
			cs := se + 1
			ce := r.trimEnd(cs, s.EndTok)
			if ce-cs < 3 || r.anyClaimed(cs, ce) {
				continue
			}
			r.add(st, i+1, se, i, i+1, [][2]int{{cs, ce}})
			r.keepPollDetails(i+1, se)
			return
		}
		// C in a new poll
		cs := r.pollIntroEnd(r.pollClauseStart(r.contentStart(s), i), i)
		if cs < 0 {
			continue
		}
		ce := r.trimEnd(cs, i)
		if ce-cs < 3 || ce-cs > maxClause || r.anyClaimed(cs, ce) || r.quoteOpening(cs) >= 0 {
			continue
		}
		r.add(st, i+1, se, i, i+1, [][2]int{{cs, ce}})
		return
	}
}
