package attrib

import "testing"

// TestSources6 covers leading and trailing sources that took in the head noun of a relative clause with no
// pronoun: the name after the head is the source.
func TestSources6(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"head noun after a comma before a name", `The union ran ads against the mayor, a tactic Okafor hopes will sway the council.`,
			[]want{{"Okafor", "hopes", "a tactic | will sway the council", "indirect", ""}}}, // the head too: subjectgap.go
		{"head noun before a name and its plural noun", `But the depot is now the place Port Authority officials say the strike began.`,
			[]want{{"Port Authority officials", "say", "the strike began", "indirect", ""}}},
		{"head noun before a name with an infinitive", `The union lost the vote, a defeat Okafor believes to be the harshest of her career.`,
			[]want{{"Okafor", "believes", "to be the harshest of her career", "indirect", ""}}},
		{"trailing cue after a summing head noun", `The port will close on Friday, a point Okafor also acknowledged.`,
			[]want{{"Okafor", "also acknowledged", "The port will close on Friday", "indirect", ""}}},
		{"a title noun before a name stays in the source", `The host Jane Roe said the talks had failed.`,
			[]want{{"The host Jane Roe", "said", "the talks had failed", "indirect", ""}}},
		{"an outlet noun before a name stays in the source", `The site Port News reported that the talks had failed.`,
			[]want{{"The site Port News", "reported", "that the talks had failed", "indirect", ""}}},
		{"a lower-case subject after the head is left alone", `The drivers walked out, a tactic the union hopes will work.`,
			[]want{{"the union", "hopes", "a tactic | will work", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
