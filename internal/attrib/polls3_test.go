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
		{"mid-sentence the polls", `The mayor has a decisive lead in the polls ahead of the vote.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
