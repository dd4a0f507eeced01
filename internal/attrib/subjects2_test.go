package attrib

import "testing"

// TestSubjects2 covers subjects of a leading frame that npLeft used to cut short or take from the cue.
func TestSubjects2(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"possessor before most", `Rowe's most loyal drivers say the depot is unsafe.`,
			[]want{{"Rowe's most loyal drivers", "say", "the depot is unsafe", "indirect", ""}}},
		{"possessor before many", `The council's many critics said the fares were too high.`,
			[]want{{"The council's many critics", "said", "the fares were too high", "indirect", ""}}},
		{"plural possessor before few", `The drivers' few allies said the fares were too high.`,
			[]want{{"The drivers' few allies", "said", "the fares were too high", "indirect", ""}}},
		{"quantifier subject stays", `Most support the new fares.`,
			[]want{{"Most", "support", "the new fares", "indirect", ""}}},
		{"degree word after a contracted pronoun", `She's most worried about the depot.`,
			[]want{{"She", "'s most worried about", "the depot", "indirect", ""}}},
		{"common-noun head named by its apposition after an opening phrase",
			`In a letter to the council, her chief of staff, Ann Reyes, said the depot would close.`,
			[]want{{"her chief of staff, Ann Reyes", "said", "the depot would close", "indirect", ""}}},
		{"apposition after an opening time phrase", `Last week, the Courier, a local paper, reported that the depot would close.`,
			[]want{{"the Courier, a local paper", "reported", "that the depot would close", "indirect", ""}}},
		{"time phrase with ago", `Two years ago, the mayor, Ann Reyes, said the depot would close.`,
			[]want{{"the mayor, Ann Reyes", "said", "the depot would close", "indirect", ""}}},
		{"modal as a name before a past form", `Columnist Ann Will wrote that the depot would close.`,
			[]want{{"Columnist Ann Will", "wrote", "that the depot would close", "indirect", ""}}},
		{"modal as a name before an -s form", `May believes the depot will close.`,
			[]want{{"May", "believes", "the depot will close", "indirect", ""}}},
		{"modal as an auxiliary", `The mayor will say the depot is unsafe.`,
			[]want{{"The mayor", "will say", "the depot is unsafe", "indirect", ""}}},
		{"lower-case title before a comma is no part of the name", `In her run for mayor, Ann Reyes said the depot would close.`,
			[]want{{"Ann Reyes", "said", "the depot would close", "indirect", ""}}},
		{"lower-case title closing an opening phrase", `As a senator, Reyes has opposed the depot.`,
			[]want{{"Reyes", "has opposed", "the depot", "indirect", ""}}},
		{"relative aside closed by a quotation's comma", `Ms. Reyes, who has called the fares "a scandal," met the mayor on Friday.`,
			[]want{{"who", "has called", `the fares "a scandal,"`, "mixed", ""}}},
		{"relative aside closed before a time phrase and the verb", `Ms. Reyes, who opposed the fares in the spring, last week met the mayor.`,
			[]want{{"who", "opposed", "the fares in the spring", "indirect", ""}}},
		{"coordinated subject after an opening preposition", `Throughout the strike, Reyes and her deputy criticized the fares.`,
			[]want{{"Reyes and her deputy", "criticized", "the fares", "indirect", ""}}},
		{"medium phrase after a name", `Ann Reyes in a long email said the depot would close.`,
			[]want{{"Ann Reyes", "said", "the depot would close", "indirect", ""}}},
		{"medium noun in a common-noun source stays", `The author of the post said the depot would close.`,
			[]want{{"The author of the post", "said", "the depot would close", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
