package attrib

import "testing"

// TestStarts3 covers content starts after an aside in dashes or brackets and after an addressee before a
// question word.
func TestStarts3(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"aside in dashes before that", `The minister said — in a rare interview — that the strike was over.`,
			[]want{{"The minister", "said", "that the strike was over", "indirect", ""}}},
		{"aside in hyphens before that", `The envoy argued - to no one's surprise - that the truce would hold.`,
			[]want{{"The envoy", "argued", "that the truce would hold", "indirect", ""}}},
		{"aside in brackets before that", `The union said (in a letter to members) that the ballot would go ahead.`,
			[]want{{"The union", "said", "that the ballot would go ahead", "indirect", ""}}},
		{"aside in dashes before a quotation", `The mayor said — twice — "The depot stays open."`,
			[]want{{"The mayor", "said", "The depot stays open.", "direct", ""}}},
		{"plural noun before a modal after that", `The mayor said Thursday during a visit to Leeds, England, that states can set their own fares.`,
			[]want{{"The mayor", "said Thursday", "that states can set their own fares", "indirect", ""}}},
		{"share with an attitude noun and about", `The drivers shared their worries about the new rota.`,
			[]want{{"The drivers", "shared their worries about", "the new rota", "indirect", ""}}},
		{"share with an attitude noun and that", `The envoy shared her belief that the truce would hold.`,
			[]want{{"The envoy", "shared her belief", "that the truce would hold", "indirect", ""}}},
		{"agree takes on as its particle", `The two unions agreed on a plan to end the strike.`,
			[]want{{"The two unions", "agreed on", "a plan to end the strike", "indirect", ""}}},
		{"agree on a weekday stays out of the cue", `The two unions agreed on Monday to end the strike.`,
			[]want{{"The two unions", "agreed", "to end the strike", "indirect", ""}}},
		{"a particle before a day's noun stays", `The union commented on Monday's vote.`,
			[]want{{"The union", "commented on", "Monday's vote", "indirect", ""}}},
		{"place before a quotation", `The minister declared at a press conference, "The strike is over."`,
			[]want{{"The minister", "declared", "The strike is over.", "direct", ""}}},
		{"time clause before a quotation", `The minister said as he left the hall, "The strike is over."`,
			[]want{{"The minister", "said", "The strike is over.", "direct", ""}}},
		{"two setting phrases before a quotation", `The minister initially said in the spring, when the strike began, "We will not negotiate."`,
			[]want{{"The minister", "initially said", "We will not negotiate.", "direct", ""}}},
		{"addressee and colon before a quotation", `The steward whispered to him: "They are still with you."`,
			[]want{{"The steward", "whispered", "They are still with you.", "direct", ""}}},
		{"a title after the phrase stays", `The paper spoke with the minister on the newest episode of its podcast, "Trade Winds Weekly."`,
			[]want{{"The paper", "spoke", "on the newest episode of its podcast, \"Trade Winds Weekly.\"", "mixed", ""}}},
		{"an object after the phrase stays", `The minister noted on the radio the change from the old slogan, "Fair fares for all."`,
			[]want{{"The minister", "noted", "on the radio the change from the old slogan, \"Fair fares for all.\"", "mixed", ""}}},
		{"another speaker in the phrase", `The envoy smiled at the rally, telling the crowd, "We have a deal."`,
			[]want{{"The envoy", "telling", "We have a deal.", "direct", ""}}},
		{"narrator's lead-in and colon before a trailing source", `The chairman ran through the rules of the house: "Be polite and be brief," an aide said.`,
			[]want{{"an aide", "said", "Be polite and be brief,", "direct", ""}}},
		{"a statement in the lead-in ends at the colon", `After the vote, the mayor asserted that the city had lost its way: "The depot is no longer ours," he claimed.`,
			[]want{{"the mayor", "asserted", "that the city had lost its way", "indirect", ""},
				{"he", "claimed", "The depot is no longer ours,", "direct", ""}}},
		{"a say-verb before the colon keeps its quotation", `The mayor said: "The depot stays open."`,
			[]want{{"The mayor", "said:", "The depot stays open.", "direct", ""}}},
		{"a joke is what was told", `The envoy told a joke about the ceasefire.`,
			[]want{{"The envoy", "told", "a joke about the ceasefire", "indirect", ""}}},
		{"a tale with an adjective", `The union told a slightly different tale.`,
			[]want{{"The union", "told", "a slightly different tale", "indirect", ""}}},
		{"the story of joins the cue", `The envoy told the story of a driver who lost his job.`,
			[]want{{"The envoy", "told the story of", "a driver who lost his job", "indirect", ""}}},
		{"an addressee is still skipped", `The envoy told reporters the strike was over.`,
			[]want{{"The envoy", "told", "the strike was over", "indirect", "reporters"}}},
		{"possessor, noun and copula before that", `The union's complaint is that the fares are too high.`,
			[]want{{"The union's", "complaint is", "that the fares are too high", "indirect", ""}}},
		{"a question identified by whether", `The question is whether the truce will hold.`,
			[]want{{"", "The question is", "whether the truce will hold", "indirect", ""}}},
		{"a pronoun possessor and an adjective", `Their biggest fear is that the strike will spread.`,
			[]want{{"Their", "biggest fear is", "that the strike will spread", "indirect", ""}}},
		{"a goal identified by an infinitive", `The goal is to end the strike by May.`,
			[]want{{"", "The goal is", "to end the strike by May", "indirect", ""}}},
		{"a verb of saying after the copula joins the cue", `In the debate, his answer was to say they would fall.`,
			[]want{{"his", "answer was to say", "they would fall", "indirect", ""}}},
		{"a copula inside a relative clause is not the sentence's", `The union has a plan whose goal is to end the strike.`,
			[]want{}},
		{"pseudo-cleft: the copula joins the cue", `What we do know is that the depot will close.`,
			[]want{{"we", "do know is", "that the depot will close", "indirect", ""}}},
		{"as X put it, with a setting phrase before the quotation", `As the mayor put it in a memo to staff, "Imagine a city without fares."`,
			[]want{{"the mayor", "put it", "Imagine a city without fares.", "direct", ""}}},
		{"an infinitive before whether is the content", `The minister declined to say whether the strike was over.`,
			[]want{{"The minister", "declined", "to say whether the strike was over", "indirect", ""}}},
		{"addressee before why", `The minister explained to reporters why the talks stalled.`,
			[]want{{"The minister", "explained", "why the talks stalled", "indirect", ""}}},
		{"addressee before how", `The treasurer wrote to the board how the fund had lost money.`,
			[]want{{"The treasurer", "wrote", "how the fund had lost money", "indirect", ""}}},
		{"infinitive after to is no addressee", `The treasurer wrote to ask why the fund had lost money.`,
			[]want{{"The treasurer", "wrote", "to ask why the fund had lost money", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestCopularCueSeed: under the seed's conventions the "that" stays out of the content, and a statement with no
// possessor has no source and is dropped.
func TestCopularCueSeed(t *testing.T) {
	wantStatements(t, `The union's complaint is that the fares are too high.`, Options{},
		[]want{{"The union's", "complaint is", "the fares are too high", "indirect", ""}})
	wantStatements(t, `The question is whether the truce will hold.`, Options{}, []want{})
}
