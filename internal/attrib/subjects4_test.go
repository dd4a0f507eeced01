package attrib

import "testing"

// TestSubjects4 covers sources of that-clause statements that no leading rule gave a subject: a causative's
// object, the subject of an adjective, noun or verb that takes the cue infinitive, and a subject set off by an
// aside in dashes.
func TestSubjects4(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"causative with a quantifier object", `The vote caused many to wonder whether the ceasefire would hold.`,
			[]want{{"many", "to wonder", "whether the ceasefire would hold", "indirect", ""}}},
		{"causative with a pronoun object", `The vote caused her to conclude that talks had failed.`,
			[]want{{"her", "to conclude", "that talks had failed", "indirect", ""}}},
		{"causative with a noun phrase object", `The delay leads many port workers to suspect that the deal is dead.`,
			[]want{{"many port workers", "to suspect", "that the deal is dead", "indirect", ""}}},
		{"causative object of a leading cue", `The delay at the port led some to question whether the deal would hold.`,
			[]want{{"some", "to question", "whether the deal would hold", "indirect", ""}}},
		{"causative pronoun object of a leading cue", `The strike left them to demand higher fares.`,
			[]want{{"them", "to demand", "higher fares", "indirect", ""}}},
		{"an obligation is no causative", `The rules require him to pledge support for the deal.`, nil},
		{"permissive causative", `The new rule allows union members to claim that the fares were unfair.`,
			[]want{{"union members", "to claim", "that the fares were unfair", "indirect", ""}}},
		{"adjective taking the infinitive", `The union is right to note that the fares have doubled.`,
			[]want{{"The union", "is right to note", "that the fares have doubled", "indirect", ""}}},
		{"modal and adverb before the infinitive", `The mayor might do well to admit that the depot will close.`,
			[]want{{"The mayor", "might do well to admit", "that the depot will close", "indirect", ""}}},
		{"noun phrase taking the infinitive", `The envoy has made a point to stress that the truce was holding.`,
			[]want{{"The envoy", "has made a point to stress", "that the truce was holding", "indirect", ""}}},
		{"possessive before a plural noun is no verb", `Its drivers do not hesitate to warn that the depot is unsafe.`,
			[]want{{"Its drivers", "do not hesitate to warn", "that the depot is unsafe", "indirect", ""}}},
		{"catenated cue after a degree word", `Drivers are far less likely to say that the fares are fair.`,
			[]want{{"Drivers", "are far less likely to say", "that the fares are fair", "indirect", ""}}},
		{"leading catenated cue after a degree word", `Drivers are much more likely to say the fares are fair.`,
			[]want{{"Drivers", "are much more likely to say", "the fares are fair", "indirect", ""}}},
		{"control adjective before a leading cue", `The mayor was reluctant to endorse the new fares.`,
			[]want{{"The mayor", "was reluctant to endorse", "the new fares", "indirect", ""}}},
		{"control adjective after a negated auxiliary", `She won't be able to boast about the new depot.`,
			[]want{{"She", "won't be able to boast about", "the new depot", "indirect", ""}}},
		{"bare infinitive after let", `Let us simply note that the fares are too high.`,
			[]want{{"us", "simply note", "that the fares are too high", "indirect", ""}}},
		{"dummy it names no one", `It is fair to say that the strike has failed.`,
			[]want{{"", "to say", "that the strike has failed", "indirect", ""}}},
		{"passive subject is no speaker", `The notice was updated to note that the depot had closed.`,
			[]want{{"", "to note", "that the depot had closed", "indirect", ""}}},
		{"subject of the first of two predicates after a sentence adverb",
			`Essentially, the lawyers looked through the contracts and found that the fares were unfair.`,
			[]want{{"the lawyers", "found", "that the fares were unfair", "indirect", ""}}},
		{"leading cue after an appositive aside in dashes", `Drivers across the city — and most of the mechanics — say the fares are too high.`,
			[]want{{"Drivers across the city — and most of the mechanics —", "say", "the fares are too high", "indirect", ""}}},
		{"leading cue after a relative aside in dashes", `The mayor — who has fought the walkout for years — said the fares would rise.`,
			[]want{{"The mayor", "said", "the fares would rise", "indirect", ""}}},
		{"relative aside closed by a quotation's comma", `Reyes, who calls the mayor a “coward,” said she doubts the fares will fall.`,
			[]want{{"who", "calls", "the mayor a “coward,”", "mixed", ""}, {"Reyes", "said", "she doubts the fares will fall", "indirect", ""}}},
		{"apposition in dashes", `A spokesman for the union - a group of 400 drivers - noted that the fares had doubled.`,
			[]want{{"A spokesman for the union - a group of 400 drivers -", "noted", "that the fares had doubled", "indirect", ""}}},
		{"coordinated subject in dashes", `Three of five drivers across the depots — and most of the mechanics — said that the strike would go on.`,
			[]want{{"Three of five drivers across the depots — and most of the mechanics —", "said", "that the strike would go on", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
