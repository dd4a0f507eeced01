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
		{"opening the poll", `In the poll, support for the ceasefire has risen over the past two weeks.`,
			[]want{{"the poll", "In", "support for the ceasefire has risen over the past two weeks", "indirect", ""}}},
		{"opening exit polls", `In exit polls, farmers in both regions were unhappy with the trade deal.`,
			[]want{{"exit polls", "In", "farmers in both regions were unhappy with the trade deal", "indirect", ""}}},
		{"opening poll before said", `In a Metro News survey released last Thursday, 79 percent of drivers said they were satisfied with the deal.`,
			[]want{{"a Metro News survey released last Thursday", "In", "79 percent of drivers said they were satisfied with the deal", "indirect", ""}}},
		{"opening poll before a stance verb", `In the latest Metro survey, 71 percent of farmers approved of the trade deal.`,
			[]want{{"the latest Metro survey", "In", "71 percent of farmers approved of the trade deal", "indirect", ""}}},
		{"mid-sentence the polls", `The mayor has a decisive lead in the polls ahead of the vote.`, nil},
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
		{"puts X at", `The latest survey puts the union's support at a solid 50 percent, the highest in years.`,
			[]want{{"The latest survey", "puts", "the union's support at a solid 50 percent", "indirect", ""}}},
		{"modifier before found", `A survey by the union in March found the mayor with a lead over the governor.`,
			[]want{{"A survey by the union in March", "found", "the mayor with a lead over the governor", "indirect", ""}}},
		{"there before show", `Polls there show the mayor is trailing the governor ahead of the vote.`,
			[]want{{"Polls there", "show", "the mayor is trailing the governor ahead of the vote", "indirect", ""}}},
		{"method not finding", `The poll has a margin of error of three percentage points.`, nil},
		{"put without at", `The new survey put pressure on the negotiators.`, nil},
		{"poll inside the subject", `Some 86 percent of drivers in the survey had jobs at the depot.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
