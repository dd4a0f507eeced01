package attrib

import "testing"

// TestRecallSecondRound covers cues joined to a catenative verb, adverbs and contractions inside the cue, long
// subjects with no comma, and a content cut before a later statement. Each case lists every statement expected.
func TestRecallSecondRound(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"went on to say", `The mayor went on to say that fares would rise.`,
			[]want{{"The mayor", "went on to say", "that fares would rise", "indirect", ""}}},
		{"continued to question", `The chairman continued to question the list of candidates.`,
			[]want{{"The chairman", "continued to question", "the list of candidates", "indirect", ""}}},
		{"declined keeps its infinitive", `The chairman declined to discuss the list of candidates.`,
			[]want{{"The chairman", "declined", "to discuss the list of candidates", "indirect", ""}}},
		{"now in the cue", `Council officials now say the depot will close.`,
			[]want{{"Council officials", "now say", "the depot will close", "indirect", ""}}},
		{"negated cue", `Most drivers don't think the strike will end soon.`,
			[]want{{"Most drivers", "don't think", "the strike will end soon", "indirect", ""}}},
		{"adverb before a bare verb", `Rural councillors typically oppose new taxes on fuel.`,
			[]want{{"Rural councillors", "typically oppose", "new taxes on fuel", "indirect", ""}}},
		{"subject with an infinitive", `Organizers of the drive to unionize the depot said they expected a vote by May.`,
			[]want{{"Organizers of the drive to unionize the depot", "said", "they expected a vote by May", "indirect", ""}}},
		{"subject with a possessive", `A person familiar with the planning for Monday's meeting says the vote will be delayed.`,
			[]want{{"A person familiar with the planning for Monday's meeting", "says", "the vote will be delayed", "indirect", ""}}},
		{"contracted pronoun", `She's saying that the depot will close.`,
			[]want{{"She", "'s saying", "that the depot will close", "indirect", ""}}},
		{"contracted have", `They’ve argued that the fares are too high.`,
			[]want{{"They", "’ve argued", "that the fares are too high", "indirect", ""}}},
		{"subject before a relative clause with a cue", `Ms. Lind, who did not respond to a request for comment, has denied that she knew.`,
			[]want{{"who", "did not respond to", "a request for comment", "indirect", ""}, {"Ms. Lind", "has denied", "that she knew", "indirect", ""}}},
		{"passive with its agent", `The plan was criticized by several council members.`,
			[]want{{"several council members", "was criticized", "The plan", "indirect", ""}}},
		{"gerund after a closing quote", `Okafor called the offer “an insult,” adding that the union would strike.`,
			[]want{{"Okafor", "called", "the offer “an insult", "mixed", ""}, {"Okafor", "adding", "that the union would strike", "indirect", ""}}},
		{"gerund after by", `The mayor campaigned for months by saying that fares would fall.`,
			[]want{{"The mayor", "saying", "that fares would fall", "indirect", ""}}},
		{"subordinate clause is no bare subject", `When the vote ended the mayor said it was fair.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
