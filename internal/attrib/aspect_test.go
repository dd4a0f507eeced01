package attrib

import "testing"

// TestAspectGerund covers a gerund cue after a verb of beginning or continuing, which joins the cue.
func TestAspectGerund(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"began talking about", `The mayor began talking about the depot.`,
			[]want{{"The mayor", "began talking about", "the depot", "indirect", ""}}},
		{"keeps calling for", `The union keeps calling for a new vote.`,
			[]want{{"The union", "keeps calling for", "a new vote", "indirect", ""}}},
		{"began by saying", `The chairman began by saying that fares would rise.`,
			[]want{{"The chairman", "began by saying", "that fares would rise", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
