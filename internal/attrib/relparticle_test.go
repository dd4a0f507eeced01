package attrib

import "testing"

// TestRelativeParticle covers a cue in a relative clause introduced by its particle, as in the leading frame:
// "who voted for C" reports a stance, "who voted in the primary" does not.
func TestRelativeParticle(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"who voted for", `Count the drivers who voted for the strike.`,
			[]want{{"who", "voted for", "the strike", "indirect", ""}}},
		{"which voted for, between commas", `The union, which voted for the strike, lost the vote.`,
			[]want{{"which", "voted for", "the strike", "indirect", ""}}},
		{"who voted in", `Count the drivers who voted in the ballot.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
