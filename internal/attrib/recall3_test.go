package attrib

import "testing"

// TestRecall3Causative covers the object of a causative verb as the source of the cue infinitive after it
// ("the vote led party elders to warn that ...").
func TestRecall3Causative(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"prompted an object to demand", `The strike prompted the union leaders to demand a new contract.`,
			[]want{{"the union leaders", "to demand", "a new contract", "indirect", ""}}},
		{"led an object to warn that", `The vote led party elders to warn that the ceasefire would fail.`,
			[]want{{"party elders", "to warn", "the ceasefire would fail", "indirect", ""}}},
		{"a place after the object stays out", `The raid prompted the council at its summit in Oslo to condemn the blockade.`,
			[]want{{"the council", "to condemn", "the blockade", "indirect", ""}}},
		{"of stays in the object", `The leak forced leaders of both parties to denounce the trade deal.`,
			[]want{{"leaders of both parties", "to denounce", "the trade deal", "indirect", ""}}},
		{"no noun phrase before to", `The cuts left the port more vulnerable to attack.`, nil},
		{"a verb that is not causative", `The mayor visited the depot to praise the drivers.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, Options{}, tc.want) })
	}
}
