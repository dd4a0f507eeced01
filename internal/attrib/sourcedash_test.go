package attrib

import "testing"

// TestSourceDash covers a spaced dash inside a source: it joins clauses, so the source stops at it, but a pair of
// dashes around an aside stays in the source.
func TestSourceDash(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"single dash before the source", `The plan failed - the city's opposition councillors said it was doomed.`,
			[]want{{"the city's opposition councillors", "said", "it was doomed", "indirect", ""}}},
		{"dash after an inverted source", `Ridership fell to 40 percent, according to the Fare Watch group - half the level of 2019.`,
			[]want{{"the Fare Watch group", "according to", "Ridership fell to 40 percent", "indirect", ""}}},
		{"aside between two dashes", `Jane Roe - a pollster at the firm - said the race was tied.`,
			[]want{{"Jane Roe - a pollster at the firm -", "said", "the race was tied", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
