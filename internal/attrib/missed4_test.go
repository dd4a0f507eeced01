package attrib

import "testing"

// TestPostAdjectiveSubject finds the plural subject of a bare-form speech verb when an adjective with a
// prepositional complement modifies it, and keeps a compound noun after a singular noun one.
func TestPostAdjectiveSubject(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"close to", `Rather, aides close to the union say the strike will end on Monday.`,
			[]want{{"aides close to the union", "say", "the strike will end on Monday", "indirect", ""}}},
		{"familiar with", `People familiar with the plan say the ceasefire will hold.`,
			[]want{{"People familiar with the plan", "say", "the ceasefire will hold", "indirect", ""}}},
		{"loyal to", `Officers loyal to the general say the truce is holding.`,
			[]want{{"Officers loyal to the general", "say", "the truce is holding", "indirect", ""}}},
		{"singular noun keeps the compound", `A man close to the talk show host spoke on Monday.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
