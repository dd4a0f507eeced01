package attrib

import "testing"

// TestSources3 covers the agent of a passive cue: an apposition after it, and an adjunct that ends it.
func TestSources3(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"apposition after the agent", `The ceasefire was quickly derided by Ann Reyes, the leader of the opposition in the north.`,
			[]want{{"Ann Reyes, the leader of the opposition in the north", "was quickly derided", "The ceasefire", "indirect", ""}}},
		{"relative clause after the agent", `The trade deal was criticized by a local reporter, who covered the talks for years.`,
			[]want{{"a local reporter, who covered the talks for years", "was criticized", "The trade deal", "indirect", ""}}},
		{"clause after the agent stays out", `The strike was criticized by the union, the talks collapsed.`,
			[]want{{"the union", "was criticized", "The strike", "indirect", ""}}},
		{"gerund adjunct ends the agent", `The mayor has been criticized by some of his rivals for failing to visit the depot.`,
			[]want{{"some of his rivals", "has been criticized", "The mayor", "indirect", ""}}},
		{"year adjunct ends the agent", `The judge was appointed by Governor Ann Reyes in 2019.`,
			[]want{{"Governor Ann Reyes", "was appointed", "The judge", "indirect", ""}}},
		{"preposition inside the agent's name stays", `The plan was rejected by a spokesperson for the ministry.`,
			[]want{{"a spokesperson for the ministry", "was rejected", "The plan", "indirect", ""}}},
		{"closing bracket after an according-to source", `The vote was close. (Turnout fell by a third, according to exit polls). The rural vote held.`,
			[]want{{"exit polls", "according to", "Turnout fell by a third", "indirect", ""}}},
		{"closing bracket inside a source's run", `The vote was close. (Turnout fell by a third, according to exit polls) and the rural vote held.`,
			[]want{{"exit polls", "according to", "Turnout fell by a third", "indirect", ""}}},
		{"verb of taking a turn before by and a gerund", `The minister responded by saying the ceasefire would hold.`,
			[]want{{"The minister", "responded by saying", "the ceasefire would hold", "indirect", ""}}},
		{"particle between the verb and by", `The mediator followed up by asking whether the strike would end.`,
			[]want{{"The mediator", "followed up by asking", "whether the strike would end", "indirect", ""}}},
		{"verb with an object before by keeps the gerund alone", `The mayor ended her speech by saying the depot would close.`,
			[]want{{"The mayor", "saying", "the depot would close", "indirect", ""}}},
		{"adverb of the verb group ends a gerund's subject", `The mayor often takes the bus to work, saying the depot is unsafe.`,
			[]want{{"The mayor", "saying", "the depot is unsafe", "indirect", ""}}},
		{"both ends a coordinated subject", `Reyes and Okafor both left the talks early, hoping the ceasefire would hold.`,
			[]want{{"Reyes and Okafor", "hoping", "the ceasefire would hold", "indirect", ""}}},
		{"first after a possessive stays in the subject", `The minister's first act was a visit to the port, saying the strike must end.`,
			[]want{{"The minister's first act", "saying", "the strike must end", "indirect", ""}}},
		{"aside about what after an inverted source", `"The offer is an insult," said Ann Reyes, about the new fares.`,
			[]want{{"Ann Reyes", "said", "The offer is an insult,", "direct", ""}}},
		{"aside via a medium after an inverted source", `"The strike will go on," said the union's envoy, via email.`,
			[]want{{"the union's envoy", "said", "The strike will go on,", "direct", ""}}},
		{"about before a number stays in the source", `"The depot is unsafe," said Ann Reyes, who lives in Lagos, about 20 miles from the port.`,
			[]want{{"Ann Reyes, who lives in Lagos, about 20 miles from the port", "said", "The depot is unsafe,", "direct", ""}}},
		{"amount given to a group that a participle modifies", `The carrier gave $3 million last month to a group backing the mayor.`,
			[]want{{"a group", "backing", "the mayor", "indirect", ""}}},
		{"verb before the noun a participle modifies", `The union spent heavily on ads attacking the mayor.`,
			[]want{{"ads", "attacking", "the mayor", "indirect", ""}}},
		{"perfect participle after a comma shares the clause's subject", `The mayor also misjudged the union, having referred to its leader as a reformer.`,
			[]want{{"The mayor", "having referred to", "its leader as a reformer", "indirect", ""}}},
		{"perfect participle after a clause opened by a conjunction", `Yet he has hired a mediator, having rejected the need for one in the spring.`,
			[]want{{"he", "having rejected", "the need for one in the spring", "indirect", ""}}},
		{"cue noun as the object of a gerund has no source", `The strike dragged on, stoking fears about the harvest.`,
			[]want{{"", "fears about", "the harvest", "indirect", ""}}},
		{"a bare verb form before a cue verb is a noun of the subject", `Her economic plan promises lower fares for drivers.`,
			[]want{{"Her economic plan", "promises", "lower fares for drivers", "indirect", ""}}},
		{"letter stays out of a leading cue", `The drivers wrote in a letter that the depot was unsafe.`,
			[]want{{"The drivers", "wrote", "that the depot was unsafe", "indirect", ""}}},
		{"speech stays out of a trailing cue", `"The strike is over," the mayor said in a speech.`,
			[]want{{"the mayor", "said", "The strike is over,", "direct", ""}}},
		{"statement stays in the cue", `"The strike is over," the mayor said in a statement.`,
			[]want{{"the mayor", "said in a statement", "The strike is over,", "direct", ""}}},
		{"particle verb and its preposition", `The union weighed in on the ceasefire talks.`,
			[]want{{"The union", "weighed in on", "the ceasefire talks", "indirect", ""}}},
		{"particle verb with with", `The mayor weighed in with her support for the drivers.`,
			[]want{{"The mayor", "weighed in with", "her support for the drivers", "indirect", ""}}},
		{"subject pronoun before a that-clause cue", `The depot reopened on Monday, meaning she had not said that the strike was over.`,
			[]want{{"she", "had not said", "that the strike was over", "indirect", ""}}},
		{"dateline with a day and an agency", "LAGOS, July 25 (UPI) — The union released its figures on Monday, saying the strike had cost millions.",
			[]want{{"The union", "saying", "the strike had cost millions", "indirect", ""}}},
		{"dateline with a horizontal bar", "LAGOS ― The union released its figures on Monday, saying the strike had cost millions.",
			[]want{{"The union", "saying", "the strike had cost millions", "indirect", ""}}},
		{"passive reporting verb and of", `The mayor is accused of hiding the depot's losses.`,
			[]want{{"", "is accused of", "The mayor | hiding the depot's losses", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
