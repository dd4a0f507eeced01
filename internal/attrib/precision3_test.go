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
		{"add to is augmenting", `The union is adding to its lead in the strike ballot.`, nil},
		{"a gerund add to is augmenting", `Okafor won in Leeds, adding to her wins in the north.`, nil},
		{"compared with is a comparison", `The strike drew 7,000 fewer people compared with the October march.`, nil},
		{"added that still reports", `Okafor added that the strike would go on.`,
			[]want{{"Okafor", "added", "that the strike would go on", "indirect", ""}}},
		{"compared an object to still judges", `Okafor compared the deal to a surrender.`,
			[]want{{"Okafor", "compared", "the deal to a surrender", "indirect", ""}}},
		{"a genre word makes show a programme", `Okafor took to the talk shows to defend the strike.`, nil},
		{"a plural genre compound", `Dozens of television shows covered the strike.`, nil},
		{"show after a poll noun stays a verb", `A new poll shows that most drivers back the strike.`,
			[]want{{"A new poll", "shows", "that most drivers back the strike", "indirect", ""}}},
		{"add with an amount is augmenting", `The rail firm added 3,000 drivers in May.`, nil},
		{"add another is augmenting", `The strike has added another worry to the ceasefire talks.`, nil},
		{"added a noun phrase still reports", `Okafor added a warning: the strike would go on.`,
			[]want{{"Okafor", "added", "a warning: the strike would go on", "indirect", ""}}},
		{"saw fit is an idiom", `The union acted as it saw fit during the strike.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
