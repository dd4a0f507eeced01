package attrib

import "testing"

// TestRecallThirdRound covers statements that no rule found: a poll's share as the subject, a cue word that
// heads a compound noun inside the subject, and asides between a subject and its speech verb.
func TestRecallThirdRound(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"share out of", `About four out of 10 riders said fares were too high.`,
			[]want{{"About four out of 10 riders", "said", "fares were too high", "indirect", ""}}},
		{"share in, bare verb", `Only about 3 in 10 drivers in each depot want the strike to go on.`,
			[]want{{"Only about 3 in 10 drivers in each depot", "want", "the strike to go on", "indirect", ""}}},
		{"share after an opening phrase", `On wages, 42% say the offer is fair.`,
			[]want{{"42%", "say", "the offer is fair", "indirect", ""}}},
		{"more than", `More than six in 10 said they would vote.`,
			[]want{{"More than six in 10", "said", "they would vote", "indirect", ""}}},
		{"compound noun in the subject", `Ada Brill, a talk show host in Leeds, said the union had won.`,
			[]want{{"Ada Brill, a talk show host in Leeds", "said", "the union had won", "indirect", ""}}},
		{"think tank", `Tom Vale, a fellow at the center-left think tank Civic Lab, said the plan would fail.`,
			[]want{{"Tom Vale, a fellow at the center-left think tank Civic Lab", "said", "the plan would fail", "indirect", ""}}},
		{"plural subject after a preposition", `Drivers in the north say the depot will close.`,
			[]want{{"Drivers in the north", "say", "the depot will close", "indirect", ""}}},
		{"participle aside", `Nell Ortiz, clad in a union jacket, said the talks had failed.`,
			[]want{{"Nell Ortiz", "said", "the talks had failed", "indirect", ""}}},
		{"long apposition with a relative clause", `Sam Reyes, the head of Fare Watch, a group that has sued the council, said that the damage was done.`,
			[]want{{"Sam Reyes, the head of Fare Watch, a group that has sued the council", "said", "that the damage was done", "indirect", ""}}},
		{"aside with a statement of its own", `Sen. Ann Vale (D-Ohio), who has endorsed Clinton, said the race was close.`,
			[]want{{"who", "has endorsed", "Clinton", "indirect", ""}, {"Sen. Ann Vale (D-Ohio)", "said", "the race was close", "indirect", ""}}},
		{"opening phrase and a relative aside", `Speaking on the radio, Mr. Lind, whose firm, Paxo, builds buses, said the order was late.`,
			[]want{{"Mr. Lind, whose firm, Paxo, builds buses", "said", "the order was late", "indirect", ""}}},
		{"no subject across a clause", `The firm lobbied the council on fares, said Ann Lee.`,
			[]want{{"Ann Lee", "said", "The firm lobbied the council on fares", "indirect", ""}}},
		{"trailing source with a modifier before a cue noun", `Fares rose by a third, the new report said.`,
			[]want{{"the new report", "said", "Fares rose by a third", "indirect", ""}}},
		{"fired back", `The mayor fired back that the fares had not risen.`,
			[]want{{"The mayor", "fired back", "that the fares had not risen", "indirect", ""}}},
		{"walked back", `The senator later walked back his comments.`,
			[]want{{"The senator", "later walked back", "his comments", "indirect", ""}}},
		{"fired without back", `The company fired the manager that week.`, nil},
		{"shot without back", `A man was shot in the depot.`, nil},
		{"known for", `The union is best known for its long strikes.`,
			[]want{{"", "is best known for", "The union | its long strikes", "indirect", ""}}},
		{"known as after a preposition", `She won the first race in the contests known as the spring primaries.`,
			[]want{{"", "known as", "the contests | the spring primaries", "indirect", ""}}},
		{"also known as", `The group, also known as Fare Watch, met on Monday.`, nil},
		{"and said after the subject's own verb", `The mayor shook her head and said, "No."`,
			[]want{{"The mayor", "said", "No.", "direct", ""}}},
		{"and said after an opening phrase", `By the end of the day, the council was forced into a retreat and said that the fares would stay.`,
			[]want{{"the council", "said", "that the fares would stay", "indirect", ""}}},
		{"and said after an apposition", `Gary Roe, a former union chairman, became a delegate and said he would back the deal.`,
			[]want{{"Gary Roe, a former union chairman", "said", "he would back the deal", "indirect", ""}}},
		{"declined to comment", `A spokesman for the union declined to comment.`,
			[]want{{"A spokesman for the union", "declined", "to comment", "indirect", ""}}},
		{"said on a day has no content", `The mayor said on Friday.`, nil},
		{"statement saying", `The union released a statement Friday saying the strike would go on.`,
			[]want{{"The union", "released a statement Friday saying", "the strike would go on", "indirect", ""}}},
		{"statement with another gerund", `The mayor issued a statement condemning "the violence at the depot."`,
			[]want{{"The mayor", "issued a statement condemning", "the violence at the depot.", "direct", ""}}},
		{"message to supporters", `His campaign sent out a text message to supporters saying: "We won!"`,
			[]want{{"His campaign", "sent out a text message to supporters saying:", "We won!", "direct", ""}}},
		{"email saying", `She also sent an email saying, if elected, she would cut fares.`,
			[]want{{"She", "also sent an email saying", "if elected, she would cut fares", "indirect", ""}}},
		{"statement with no gerund", `The union issued a statement of concern about the fares.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
