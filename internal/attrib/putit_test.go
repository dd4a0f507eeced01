package attrib

import "testing"

// TestPutIt covers the idiom "put it", which cites a wording in an "as" clause; "put" alone is no cue.
func TestPutIt(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"as X put it, C", `As one driver put it, the depot is a death trap.`,
			[]want{{"one driver", "put it", "the depot is a death trap", "indirect", ""}}},
		{"colon and quotation", `As Professor Lind put it: "The depot is a death trap."`,
			[]want{{"Professor Lind", "put it:", "The depot is a death trap.", "direct", ""}}},
		{"put alone", `As the mayor put the plan to a vote, the depot closed.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
