package attrib

import "github.com/parley-ledger/parley/internal/text"

// pollNPEnd ends a poll's noun phrase [first, ne) at its poll noun when the phrase runs on into the poll's
// details: npRightOpt reads "released" as a modifier in "an NBC News/Wall Street Journal poll released Monday",
// and pollPrep wants the phrase to end in the poll noun before it takes the details on its own.
func (r *run) pollNPEnd(first, ne int) int {
	for k := ne - 2; k >= first; k-- {
		if r.is(k, cPollNoun) && pollDetails[r.low(k+1)] {
			return k + 1
		}
	}
	return ne
}

// openingPoll reports whether "in" at token i opens its sentence and the poll phrase after it ends in a poll
// noun before a comma: "In the poll, C", "In exit polls, C". At the head of a sentence the phrase frames the
// whole finding even without a name or "new" ("ahead in the polls" mid-sentence does not).
func (r *run) openingPoll(s text.Sentence, i int) bool {
	if i != s.FirstTok {
		return false
	}
	ne := r.pollNPEnd(i+1, r.npRightOpt(i+1, s.EndTok, false))
	if ne >= s.EndTok || !r.is(ne-1, cPollNoun) {
		return false
	}
	if pollDetails[r.low(ne)] {
		return true // "In the survey, conducted in May, C" keeps its details
	}
	return r.is(ne, cComma)
}
