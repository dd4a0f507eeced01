package attrib

import "testing"

// TestActionVerbs: verbs of disparagement and public acts report their object; the same words as nouns or in
// no verb frame report nothing.
func TestActionVerbs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"knocked", `The mayor knocked the new fare plan.`,
			[]want{{"The mayor", "knocked", "the new fare plan", "indirect", ""}}},
		{"derided", `Ms. Vale derided her rivals at the rally.`,
			[]want{{"Ms. Vale", "derided", "her rivals", "indirect", ""}}},
		{"named", `The union named Ada Brill its chief negotiator.`,
			[]want{{"The union", "named", "Ada Brill its chief negotiator", "indirect", ""}}},
		{"approved", `The council approved the deal on Monday.`,
			[]want{{"The council", "approved", "the deal", "indirect", ""}}},
		{"voiced, the attitude noun in the cue", `Drivers voiced concerns about the new rota.`,
			[]want{{"Drivers", "voiced concerns about", "the new rota", "indirect", ""}}},
		{"an object ends before a new subject and its speech verb", `The mayor criticized the budget and Okafor said the fares would rise.`,
			[]want{{"The mayor", "criticized", "the budget", "indirect", ""}, {"Okafor", "said", "the fares would rise", "indirect", ""}}},
		{"coordinated subjects of the new clause", `The mayor criticized the budget and Okafor and Lee said the fares would rise.`,
			[]want{{"The mayor", "criticized", "the budget", "indirect", ""}, {"Okafor and Lee", "said", "the fares would rise", "indirect", ""}}},
		{"went after", `The mayor went after her rival.`,
			[]want{{"The mayor", "went after", "her rival", "indirect", ""}}},
		{"shrugged off", `Mr. Lee shrugged off the criticism.`,
			[]want{{"Mr. Lee", "shrugged off", "the criticism", "indirect", ""}}},
		{"struck down", `The court struck down the fare law.`,
			[]want{{"The court", "struck down", "the fare law", "indirect", ""}}},
		{"went without its particle", `The mayor went home early.`, nil},
		{"struck without its particle", `A bus struck the wall.`, nil},
		{"a name is no cue", `Her name was on the ballot.`, nil},
		{"a block is no cue", `The depot is on the next block.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
