package attrib

import "testing"

// TestContentEnds covers where a content stops: before the narrator's adjuncts and clauses, or where it goes on
// past them. Each case lists every statement expected.
func TestContentEnds(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"object before a time", `The union endorsed Okafor last week.`,
			[]want{{"The union", "endorsed", "Okafor", "indirect", ""}}},
		{"object before a venue and a time", `The mayor praised the drivers at a rally in Leeds on Monday.`,
			[]want{{"The mayor", "praised", "the drivers", "indirect", ""}}},
		{"object before a medium", `The councillor criticized the fare rise on Twitter.`,
			[]want{{"The councillor", "criticized", "the fare rise", "indirect", "Twitter"}}},
		{"object before a time and a second verb", `The drivers endorsed Okafor in February and campaigned for him.`,
			[]want{{"The drivers", "endorsed", "Okafor", "indirect", ""}}},
		{"a time after a speech noun dates it", `The mayor praised the chairman's remarks on Thursday.`,
			[]want{{"The mayor", "praised", "the chairman's remarks on Thursday", "indirect", ""}}},
		{"a time inside a relative clause", `The mayor criticized a plan that the council passed in 2012.`,
			[]want{{"The mayor", "criticized", "a plan that the council passed in 2012", "indirect", ""}}},
		{"a complement after the adjunct", `The mayor described the depot during an interview as a relic.`,
			[]want{{"The mayor", "described", "the depot during an interview as a relic", "indirect", ""}}},
		{"and a new subject with its verb", `The mayor endorsed the plan, and the council has approved it.`,
			[]want{{"The mayor", "endorsed", "the plan", "indirect", ""}, {"the council", "has approved", "it", "indirect", ""}}},
		{"and a list goes on", `The mayor thanked the drivers, the cleaners, and the council.`,
			[]want{{"The mayor", "thanked", "the drivers, the cleaners, and the council", "indirect", ""}}},
		{"a relative clause inside the reported clause", `The minister said the depot, which opened in 1990, would close.`,
			[]want{{"The minister", "said", "the depot, which opened in 1990, would close", "indirect", ""}}},
		{"a relative clause after the reported clause", `The minister praised the drivers, who had worked through the night.`,
			[]want{{"The minister", "praised", "the drivers", "indirect", ""}}},
		{"an opener waits for its main clause", `The mayor said that with the new buses, the depot would be too small.`,
			[]want{{"The mayor", "said", "that with the new buses, the depot would be too small", "indirect", ""}}},
		{"a final apposition stays out", `The mayor criticized the fare rise, a step the council took in May.`,
			[]want{{"The mayor", "criticized", "the fare rise", "indirect", ""}}},
		{"a comparison with another figure", `Most drivers said they backed the strike, compared with 40 percent of cleaners.`,
			[]want{{"Most drivers", "said", "they backed the strike", "indirect", ""}}},
		{"a comparison with a name stays", `The mayor said the plan was new, compared with Okafor's.`,
			[]want{{"The mayor", "said", "the plan was new, compared with Okafor's", "indirect", ""}}},
		{"an opener that closes on a quotation", `The mayor said that although the talks were "a good start," the strike would go on.`,
			[]want{{"The mayor", "said", `that although the talks were "a good start," the strike would go on`, "mixed", ""}}},
		{"a dash and the narrator's next clause", `The mayor said the depot would close — and he walked out of the meeting.`,
			[]want{{"The mayor", "said", "the depot would close", "indirect", ""}}},
		{"as well closing an object", `The cleaners could favor Okafor as well.`,
			[]want{{"The cleaners", "could favor", "Okafor", "indirect", ""}}},
		{"but and a verb of the same subject", `The chairman said the vote was fair, but required members to attend.`,
			[]want{{"The chairman", "said", "the vote was fair, but required members to attend", "indirect", ""}}},
		{"according to and a relative clause about the source", `The depot will close in May, according to the Transit Institute, which tracks bus routes.`,
			[]want{{"the Transit Institute", "according to", "The depot will close in May", "indirect", ""}}},
		{"according to inside the clause", `The depot, according to the Transit Institute, will close in May.`,
			[]want{{"the Transit Institute", "according to", "The depot | will close in May", "indirect", ""}}},
		{"a reason clause stays with the object", `The mayor mocked the council for "losing its nerve" because it delayed the vote.`,
			[]want{{"The mayor", "mocked", `the council for "losing its nerve" because it delayed the vote`, "mixed", ""}}},
		{"a gerund's quotation runs past the sentence", `Okafor ended the talks, telling reporters, "We are done. The deal is dead."`,
			[]want{{"Okafor", "telling", "We are done. The deal is dead.", "direct", ""}}},
		{"a reason clause after an interrupting cue", `The depot is too small, the mayor said, because the fleet has doubled.`,
			[]want{{"the mayor", "said", "The depot is too small | because the fleet has doubled", "indirect", ""}}},
		{"a gerund's content before a final apposition", `Okafor ended the talks, saying the fares would rise, a swipe at the council.`,
			[]want{{"Okafor", "saying", "the fares would rise", "indirect", ""}}},
		{"the main clause's verb after a relative clause", `More than half of the drivers who support Okafor are in the union.`,
			[]want{{"who", "support", "Okafor", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
