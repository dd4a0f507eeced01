package attrib

import "testing"

// TestGerund3 covers gerund cues' content ends (see gerund3.go).
func TestGerund3(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a second gerund with its own object after and is a new act", `The mayor spoke at the rally, praising the dockers and visiting the picket line.`,
			[]want{{"The mayor", "praising", "the dockers", "indirect", ""}}},
		{"an adverb may come between and and the second gerund", `The envoy left the talks, criticizing the truce and openly mocking its authors.`,
			[]want{{"The envoy", "criticizing", "the truce", "indirect", ""}, {"The envoy", "openly mocking", "its authors", "indirect", ""}}},
		{"an adjective in -ing after and stays in the object", `The minister ended her speech, blaming low wages and growing debts.`,
			[]want{{"The minister", "blaming", "low wages and growing debts", "indirect", ""}}},
		{"a clause content keeps its own conjoined gerunds", `The union struck on Monday, saying the company was cutting jobs and closing the depot.`,
			[]want{{"The union", "saying", "the company was cutting jobs and closing the depot", "indirect", ""}}},
		{"a second gerund after and shares the clause's subject", `The senator was touring the port and urging the dockers to end the strike.`,
			[]want{{"The senator", "urging", "the dockers to end the strike", "indirect", ""}}},
		{"an aspect verb after and is no statement", `The envoy was visiting the border and continuing his tour of the camps.`,
			nil},
		{"the addressee before a question is not content", `The mayor left the hall, asking the directors whether the port would reopen.`,
			[]want{{"The mayor", "asking", "whether the port would reopen", "indirect", ""}}},
		{"the addressee before a topic of telling is not content", `The envoy ended the call, telling reporters about the talks.`,
			[]want{{"The envoy", "telling", "about the talks", "indirect", ""}}},
		{"questions about a topic are the content of asking", `The union walked out, asking questions about the deal.`,
			[]want{{"The union", "asking", "questions about the deal", "indirect", ""}}},
		{"who after the object opens a relative clause", `The senator closed, telling the story of a driver who lost his job.`,
			[]want{{"The senator", "telling", "the story of a driver who lost his job", "indirect", ""}}},
		{"a subordinator left at the end by a later statement is dropped", `The mayor closed the depot, praising the drivers, though the union said the strike would go on.`,
			[]want{{"The mayor", "praising", "the drivers", "indirect", ""}, {"the union", "said", "the strike would go on", "indirect", ""}}},
		{"a time phrase before after and a gerund is no subject", `A week after backing the strike, the mayor changed course.`,
			[]want{{"the mayor", "backing", "the strike", "indirect", ""}}},
		{"a conjunction may open the sentence before while", `But while praising the drivers, the governor kept the depot closed.`,
			[]want{{"the governor", "praising", "the drivers", "indirect", ""}}},
		{"a quotation opened inside the content runs on past the sentence", `The mayor praised the drivers, saying that they "have earned it. Nobody else works these hours."`,
			[]want{{"The mayor", "praised", "the drivers", "indirect", ""}, {"The mayor", "saying", `that they "have earned it. Nobody else works these hours."`, "mixed", ""}}},
		{"a published statement's quotation runs on past the sentence", `The union issued a statement saying, "The strike is over. Drivers return on Monday."`,
			[]want{{"The union", "issued a statement saying", `The strike is over. Drivers return on Monday.`, "direct", ""}}},
		{"an infinitive verb of saying with a that-clause joins the gerund cue", `The minister left the talks, refusing to concede that the strike had worked.`,
			[]want{{"The minister", "refusing to concede", "that the strike had worked", "indirect", ""}}},
		{"an infinitive without a that-clause is the content", `The minister left the talks, refusing to meet the drivers.`,
			[]want{{"The minister", "refusing", "to meet the drivers", "indirect", ""}}},
		{"an opening adverb and comma before after and a gerund", `Now, after backing the strike, the mayor has changed course.`,
			[]want{{"the mayor", "backing", "the strike", "indirect", ""}}},
		{"a subject and verb before while keep the clause's subject", `The mayor met the union on Monday while praising the drivers, the dockers and the clerks.`,
			[]want{{"The mayor", "praising", "the drivers, the dockers and the clerks", "indirect", ""}}},
		{"an object pronoun after the second gerund opens its object", `The governor ended the rally, touting her record and pounding him on fares.`,
			[]want{{"The governor", "touting", "her record", "indirect", ""}}},
		{"the setting between the gerund and that joins the cue", `The mayor closed the depot, saying at a town hall that the drivers had won.`,
			[]want{{"The mayor", "saying at a town hall", "that the drivers had won", "indirect", ""}}},
		{"a date between the gerund and that stays out of the cue", `The mayor closed the depot, announcing on Friday that the drivers had won.`,
			[]want{{"The mayor", "announcing", "that the drivers had won", "indirect", ""}}},
		{"the setting before a colon and a quotation joins the cue", `The mayor left early, writing in an email: "The depot stays open."`,
			[]want{{"The mayor", "writing in an email:", "The depot stays open.", "direct", ""}}},
		{"a relative clause after a comma on the object is the narrator's", `The mayor left the hall, thanking the port authority, which runs the depot.`,
			[]want{{"The mayor", "thanking", "the port authority", "indirect", ""}}},
		{"a relative clause inside a reported clause stays", `The mayor left the hall, saying that the drivers had thanked the clerks, who had stayed late.`,
			[]want{{"The mayor", "saying", "that the drivers had thanked the clerks, who had stayed late", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
