package attrib

import "testing"

// TestPrecision3 covers cue words that head a noun phrase, not a clause. Each case lists every statement
// expected.
func TestPrecision3(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a bare form after a determiner and a modifier is a noun", `Okafor watched the radio talk show "Rail Hour" on Monday.`, nil},
		{"a capitalised title", `Only The Morning Show covered the ceasefire talks.`, nil},
		{"a plural head takes the bare verb", `The drivers want a new depot.`,
			[]want{{"The drivers", "want", "a new depot", "indirect", ""}}},
		{"a collective noun takes the bare verb", `The police say the strike ended at noon.`,
			[]want{{"The police", "say", "the strike ended at noon", "indirect", ""}}},
		{"a phrase after a preposition closes a longer subject", `Drivers in the north depot hope the strike ends soon.`,
			[]want{{"Drivers in the north depot", "hope", "the strike ends soon", "indirect", ""}}},
		{"a future passive tells a plan", `The new depot will be named after the strike leader.`, nil},
		{"a modal passive tells a possibility", `The ceasefire could not be confirmed on Monday.`, nil},
		{"a past passive stays a cue", `The ceasefire was criticized by the opposition.`,
			[]want{{"the opposition", "was criticized", "The ceasefire", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
