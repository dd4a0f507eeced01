package attrib

import "testing"

// TestFrames3 covers subjects npLeft used to miss (a bound before a quantity, a modal that is a first name, an
// apposition with a quoted title) and an interrupting attribution with an addressee.
func TestFrames3(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"at least before a quantity opens the subject", `At least a dozen drivers said the depot would close.`,
			[]want{{"At least a dozen drivers", "said", "the depot would close", "indirect", ""}}},
		{"more than before a number", `More than 40 members told reporters the strike would go on.`,
			[]want{{"More than 40 members", "told", "the strike would go on", "indirect", "reporters"}}},
		{"interrupting attribution with a pronoun addressee", `The answer, she told them, was a new vote.`,
			[]want{{"she", "told", "The answer | was a new vote", "indirect", ""}}},
		{"interrupting attribution with a named addressee", `The strike, the union told CNN, would go on.`,
			[]want{{"the union", "told", "The strike | would go on", "indirect", "CNN"}}},
		{"modal as a first name after a quotation", `"The fares are too high," Will Osei said.`,
			[]want{{"Will Osei", "said", "The fares are too high,", "direct", ""}}},
		{"modal as a first name after an inverted cue", `"The fares are too high," said May Lee, a driver.`,
			[]want{{"May Lee, a driver", "said", "The fares are too high,", "direct", ""}}},
		{"modal opening a question is no name", `Will Republicans back the deal? Jane Roe said she doubted it.`,
			[]want{{"Jane Roe", "said", "she doubted it", "indirect", ""}}},
		{"apposition closed by a quoted title", `Ann Lee, the author of "Fare Wars," said the strike would go on.`,
			[]want{{`Ann Lee, the author of "Fare Wars,"`, "said", "the strike would go on", "indirect", ""}}},
		{"quoted title inside an apposition", `Ann Lee, the author of "Fare Wars," a history of the depot, said the strike would go on.`,
			[]want{{`Ann Lee, the author of "Fare Wars," a history of the depot`, "said", "the strike would go on", "indirect", ""}}},
		{"half before an article", `Half the drivers support the strike.`,
			[]want{{"Half the drivers", "support", "the strike", "indirect", ""}}},
		{"a poll's participle closes the subject", `Most of the drivers surveyed support a longer strike.`,
			[]want{{"Most of the drivers surveyed", "support", "a longer strike", "indirect", ""}}},
		{"pronoun after a conjunction and a time phrase", `The mayor defended the fares, but late Friday she announced a freeze.`,
			[]want{{"The mayor", "defended", "the fares", "indirect", ""}, {"she", "announced", "a freeze", "indirect", ""}}},
		{"sentence adverb inside the cue", `The union has nevertheless said the strike will go on.`,
			[]want{{"The union", "has nevertheless said", "the strike will go on", "indirect", ""}}},
		{"common-noun head named by its apposition after an opening adverb", `Then her deputy, Ann Lee, announced a freeze.`,
			[]want{{"her deputy, Ann Lee", "announced", "a freeze", "indirect", ""}}},
		{"a lone determiner before an -s form is the subject", `One says the strike will end, while another says it will not.`,
			[]want{{"One", "says", "the strike will end", "indirect", ""}, {"another", "says", "it will not", "indirect", ""}}},
		{"a singular determiner before a bare form opens a noun phrase", `Another report says the strike will end.`,
			[]want{{"Another report", "says", "the strike will end", "indirect", ""}}},
		{"an opening both is the subject, not part of the cue", `Both said the strike would end.`,
			[]want{{"Both", "said", "the strike would end", "indirect", ""}}},
		{"a capitalised determiner inside a programme's name", `"The strike is over," Radio Leeds This Hour host Ann Lee said.`,
			[]want{{"Radio Leeds This Hour host Ann Lee", "said", "The strike is over,", "direct", ""}}},
		{"pronoun after a comma and an opening phrase", `Although the mayor backed the fares in May, at the hearing this week she said they were too high.`,
			[]want{{"the mayor", "backed", "the fares in May", "indirect", ""}, {"she", "said", "they were too high", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
