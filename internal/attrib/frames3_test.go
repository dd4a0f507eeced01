package attrib

import "testing"

// TestFrames3 covers a bound before a subject's quantity and an interrupting attribution with an addressee.
func TestFrames3(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"at least before a quantity opens the subject", `At least a dozen drivers said the depot would close.`,
			[]want{{"At least a dozen drivers", "said", "the depot would close", "indirect", ""}}},
		{"more than before a number", `More than 40 members told reporters the strike would go on.`,
			[]want{{"More than 40 members", "told", "the strike would go on", "indirect", "reporters"}}},
		{"interrupting attribution with a pronoun addressee", `The answer, she told them, was a new vote.`,
			[]want{{"she", "told", "The answer | was a new vote", "indirect", ""}}},
		{"interrupting attribution with a named addressee", `The strike, the union told CNN, would go on.`,
			[]want{{"the union", "told", "The strike | would go on", "indirect", "CNN"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
