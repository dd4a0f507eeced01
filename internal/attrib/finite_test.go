package attrib

import "testing"

// TestFinite covers finite cue verbs that are no speech verbs after a subject and an aside between commas, bare
// forms after a plural subject and its aside, bare forms in questions that "do" opens, and past forms that
// look bare.
func TestFinite(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"aside before endorsed", `Lina Ferro, a longtime docker from Leith, has endorsed Okafor for mayor.`,
			[]want{{"Lina Ferro, a longtime docker from Leith", "has endorsed", "Okafor for mayor", "indirect", ""}}},
		{"relative aside before discussed", `Nadia Brand, whose brother worked the cranes at the harbor, discussed the strike with a radio host.`,
			[]want{{"Nadia Brand, whose brother worked the cranes at the harbor", "discussed", "the strike with a radio host", "indirect", ""}}},
		{"plural subject and a like aside", `The dockers, like the drivers, oppose the new tariff.`,
			[]want{{"The dockers, like the drivers", "oppose", "the new tariff", "indirect", ""}}},
		{"coordinated subject and an aside", `Ferro and Okafor, among others, reject the new tariff.`,
			[]want{{"Ferro and Okafor, among others", "reject", "the new tariff", "indirect", ""}}},
		{"singular subject takes no bare form", `The mayor, like Okafor, oppose the tariff.`, nil},
		{"question with did", `Did the harbor inquiry find reasons to doubt the port's account?`,
			[]want{{"the harbor inquiry", "find", "reasons to doubt the port's account", "indirect", ""}}},
		{"question with why does", `Why does the harbor board refuse to release the records?`,
			[]want{{"the harbor board", "refuse", "to release the records", "indirect", ""}}},
		{"object question", `What does the dockers union want?`, nil},
		{"a noun compound stays a noun", `The harbor board plan was shelved in May.`, nil},
		{"past tense like the bare form", `Ferro cast Okafor as weak on wages.`,
			[]want{{"Ferro", "cast", "Okafor as weak on wages", "indirect", ""}}},
		{"cast as a noun", `The cast member spoke to the dockers.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
