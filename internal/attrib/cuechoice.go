// Package attrib: cuechoice.go keeps an interview phrase that goes on out of the cue.
//
// cueExtras adds "in a statement", "in an interview" to a cue, as PolNeAR usually marks it. But when the
// interview phrase goes on ("said in an interview with Radio Lima", "said in an interview aboard his bus"),
// the annotators mostly mark the verb alone: the phrase names a setting, not the manner of saying. Train gold,
// "said in an interview" followed by such a word: "said" alone 12, "said in an interview" 1 (5 more take the
// whole phrase, which neither choice finds). Other verbs are few and split (train 2 against 1, dev 0 against
// 1), so they keep the phrase.
package attrib

// interviewGoesOn reports whether token n, a medium noun after "in a(n)", is "interview" and the phrase goes
// on with a preposition or a participle: the cue then stops before "in".
func (r *run) interviewGoesOn(n, end int) bool {
	if n+1 >= end || r.low(n) != "interview" || r.l.InQuote[n+1] >= 0 {
		return false
	}
	v := n - 3 // the token before "in": the verb, or a day after it ("said Monday in an interview")
	if v > 0 && r.in(v, sWeekday) {
		v--
	}
	if v < 0 || !saidForms[r.low(v)] {
		return false // "explained in an interview with X" keeps the phrase as often as not
	}
	switch r.low(n + 1) {
	case "with", "aboard", "at", "before", "after", "airing", "aired", "taped", "broadcast":
		return true
	}
	return false
}

// saidForms are the forms of "say" whose interview phrase interviewGoesOn leaves out.
var saidForms = map[string]bool{"said": true, "says": true, "say": true}
