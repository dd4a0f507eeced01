package attrib

import "testing"

// TestStateNoun covers "state(s)" and "rule(s)" as nouns after a modifier, which report nothing, against the
// verbs after a subject they agree with.
func TestStateNoun(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"capitalised modifier and a verb after", `Federal rules require the port to post its fees, the harbor chief said.`,
			[]want{{"the harbor chief", "said", "Federal rules require the port to post its fees", "indirect", ""}}},
		{"plural noun before a clause", `Coastal states that rely on ferries have asked for more money.`, nil},
		{"bare noun after a singular modifier", `The senator returned to her home state, where the mill strike has ended.`, nil},
		{"report after a modifier", `A harbor police report describes how the cranes were damaged.`, nil},
		{"report after a plural subject", `Dockers report that the cranes were damaged.`,
			[]want{{"Dockers", "report", "that the cranes were damaged", "indirect", ""}}},
		{"headline colon", `Port report: Cranes were damaged in the storm`,
			[]want{{"Port", "report:", "Cranes were damaged in the storm", "indirect", ""}}},
		{"pronoun subject", `It states that the ferry fares will rise in May.`,
			[]want{{"It", "states", "that the ferry fares will rise in May", "indirect", ""}}},
		{"determiner and its noun", `The memo states that the dockers will return on Monday.`,
			[]want{{"The memo", "states", "that the dockers will return on Monday", "indirect", ""}}},
		{"possessor and its noun", `The union's website states that the strike will go on.`,
			[]want{{"The union's website", "states", "that the strike will go on", "indirect", ""}}},
		{"plural subject of a bare form", `The two unions state that the strike will go on.`,
			[]want{{"The two unions", "state", "that the strike will go on", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
