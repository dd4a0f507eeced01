package attrib

import "testing"

// TestPolls3 covers poll phrases after "in": a poll's name followed by its details, and an opening "In the
// poll," without a name.
func TestPolls3(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"named poll with details", `In a Harbor Times/Metro News poll released Monday, 52 percent of drivers were in favour of the strike.`,
			[]want{{"a Harbor Times/Metro News poll released Monday", "In", "52 percent of drivers were in favour of the strike", "indirect", ""}}},
		{"opening the poll", `In the poll, backing for the ceasefire grew by nine points since June.`,
			[]want{{"the poll", "In", "backing for the ceasefire grew by nine points since June", "indirect", ""}}},
		{"opening exit polls", `In exit polls, farmers in both regions were unhappy with the trade deal.`,
			[]want{{"exit polls", "In", "farmers in both regions were unhappy with the trade deal", "indirect", ""}}},
		{"opening poll before said", `In a Metro News survey released on Tuesday, 64 percent of dockers said the ceasefire would hold.`,
			[]want{{"a Metro News survey released on Tuesday", "In", "64 percent of dockers said the ceasefire would hold", "indirect", ""}}},
		{"opening poll before a stance verb", `In the latest Metro survey, 71 percent of farmers approved of the trade deal.`,
			[]want{{"the latest Metro survey", "In", "71 percent of farmers approved of the trade deal", "indirect", ""}}},
		{"opening poll with comma details", `In the latest Harbor Times poll, conducted in May, the mayor led the governor by eight points.`,
			[]want{{"the latest Harbor Times poll, conducted in May", "In", "the mayor led the governor by eight points", "indirect", ""}}},
		{"opening adverbial before a trailing poll", `In March, the mayor held 41 percent backing in the same poll.`,
			[]want{{"the same poll", "in", "the mayor held 41 percent backing", "indirect", ""}}},
		{"lead-in before a colon", `The union has a problem: its plan trails badly and keeps losing ground in the latest poll.`,
			[]want{{"the latest poll", "in", "its plan trails badly and keeps losing ground", "indirect", ""}}},
		{"polling station is a place", `Two dockers waited in a polling station in Dover, the mayor said.`,
			[]want{{"the mayor", "said", "Two dockers waited in a polling station in Dover", "indirect", ""}}},
		{"several recent polls", `The union has been slipping in several recent polls.`, nil},
		{"details end before the verb", `Her 31% backing among dockers in a Harbor poll released Sunday was a new low.`,
			[]want{{"a Harbor poll released Sunday", "in", "Her 31% backing among dockers", "indirect", ""}}},
		{"opening poll with long details", `In a joint poll released by the Harbor Times and Metro News, only 31 percent of dockers said the ceasefire would last.`,
			[]want{{"a joint poll released by the Harbor Times and Metro News", "In", "only 31 percent of dockers said the ceasefire would last", "indirect", ""}}},
		{"mid-sentence the polls", `The mayor stays well clear in the polls before the runoff.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestPollHas covers a poll as the subject of a verb that places a candidate or a figure.
func TestPollHas(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"has X leading", `The Harbor Times poll has the mayor leading the governor by six points in the runoff.`,
			[]want{{"The Harbor Times poll", "has", "the mayor leading the governor by six points in the runoff", "indirect", ""}}},
		{"puts X at", `The latest survey puts the union's backing at 61 percent, its best mark so far.`,
			[]want{{"The latest survey", "puts", "the union's backing at 61 percent", "indirect", ""}}},
		{"modifier before found", `A survey by the union in March found the mayor with a lead over the governor.`,
			[]want{{"A survey by the union in March", "found", "the mayor with a lead over the governor", "indirect", ""}}},
		{"there before show", `Polls there show the mayor is trailing the governor ahead of the vote.`,
			[]want{{"Polls there", "show", "the mayor is trailing the governor ahead of the vote", "indirect", ""}}},
		{"time words before showed", `A Harbor poll last week showed the union ahead of the management by ten points.`,
			[]want{{"A Harbor poll last week", "showed", "the union ahead of the management by ten points", "indirect", ""}}},
		{"method not finding", `The survey had a sample of 900 dock workers.`, nil},
		{"put without at", `The new survey put pressure on the negotiators.`, nil},
		{"poll inside the subject", `Some 86 percent of drivers in the survey had jobs at the depot.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestBasedOnPoll covers an opening "Based on" that names the polls a finding comes from.
func TestBasedOnPoll(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"based on polling", `Based on recent polling, the strike seems set to end by Friday, though talks are slow.`,
			[]want{{"recent polling", "Based on", "the strike seems set to end by Friday", "indirect", ""}}},
		{"bare polling with a place", `Based on polling across the five ports, the ceasefire deal looks safe.`,
			[]want{{"polling across the five ports", "Based on", "the ceasefire deal looks safe", "indirect", ""}}},
		{"not a poll", `Based on the ledger, the union lost money in May.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
