package attrib

import "testing"

// TestPrecision6 covers the narrowed rules of precision6.go: an editor's note's relative clause, a cue word
// that is a noun after a possessive or a lower-case modifier, a "Do you ...?" question to the reader, and a
// stance verb in a restrictive "that" clause.
func TestPrecision6(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		// An editor's note: its relative clause is no statement.
		{"editor's note relative", `Editor’s note: The mayor is a reckless showman who has repeatedly pledged to close the harbor to all ferries.`, nil},
		{"editor's note straight apostrophe", `Editor's note: The council chair is a stubborn manager who has vowed to cut every library grant.`, nil},
		{"relative outside a note", `The harbor pilots, who have long demanded better radios, walked out on Monday.`,
			[]want{{"who", "have long demanded", "better radios", "indirect", ""}}},
		// A noun after a possessive.
		{"possessive before remarks", `The harbor board's remarks followed a long meeting with the dockers.`, nil},
		{"possessive before questions", `The council's questions about the budget went unanswered.`, nil},
		{"possessive subject keeps its verb", `The union's report found that wages had fallen.`,
			[]want{{"The union's report", "found", "that wages had fallen", "indirect", ""}}},
		// A plural noun after a lower-case modifier.
		{"modifier before attacks", `The recent port attacks changed the mood of the trade talks.`, nil},
		{"modifier before rules", `The federal rules forbid the use of union funds for campaigns.`, nil},
		{"adverb before plans", `The union now plans to strike on Friday.`,
			[]want{{"The union", "now plans", "to strike on Friday", "indirect", ""}}},
		{"plans after a noun is a verb", `The ferry company plans to raise fares in May.`,
			[]want{{"The ferry company", "plans", "to raise fares in May", "indirect", ""}}},
		{"states before that", `The website states that the ferries will run on Sunday.`,
			[]want{{"The website", "states", "that the ferries will run on Sunday", "indirect", ""}}},
		// A stance verb in a restrictive "that" clause tells which thing is meant.
		{"that favors", `A union that favors a shorter week marched on Monday.`, nil},
		{"that hardly expected", `A crowd that hardly expected a deal cheered the envoy at the harbor.`, nil},
		{"which favors keeps the relative", `The union, which favors a shorter week, met on Monday.`,
			[]want{{"which", "favors", "a shorter week", "indirect", ""}}},
		// A question to the reader.
		{"do you question", `Do you support the striking dockers?`, nil},
		{"you as a statement", `You support the striking dockers, the mayor said.`,
			[]want{{"the mayor", "said", "You support the striking dockers", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
