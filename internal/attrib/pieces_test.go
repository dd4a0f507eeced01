package attrib

import "testing"

// TestPassiveAdjunct covers a phrase of time, frequency or place right after a passive cue: it is no
// complement, so the content is the subject alone, or the subject and what follows the phrase.
func TestPassiveAdjunct(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"time phrase alone", `The harbour plan was approved last year.`,
			[]want{{"", "was approved", "The harbour plan", "indirect", ""}}},
		{"degree adverb and place", `The strike fund has been felt most keenly in the docks.`,
			[]want{{"", "has been felt", "The strike fund", "indirect", ""}}},
		{"time phrase before the complement", `Ana Ruiz, who was revealed last week as a backer of the dockers, resigned.`,
			[]want{{"", "was revealed", "who | as a backer of the dockers", "indirect", ""}}},
		{"adverb before the complement", `The walkout is widely recognized now as a turning point for the union.`,
			[]want{{"", "is widely recognized", "The walkout | as a turning point for the union", "indirect", ""}}},
		{"preposition of place", `The mayor is revered among dockers in the north.`,
			[]want{{"", "is revered", "The mayor", "indirect", ""}}},
		{"frequency adverb", `The deal is expected anytime soon.`,
			[]want{{"", "is expected", "The deal", "indirect", ""}}},
		{"count of times", `The union's demands have been stated many times.`,
			[]want{{"", "have been stated", "The union's demands", "indirect", ""}}},
		// The rule must not fire: a complement right after the cue stays.
		{"reason complement stays", `The harbour plan was criticized for raising fees.`,
			[]want{{"", "was criticized", "The harbour plan | for raising fees", "indirect", ""}}},
		{"as complement stays", `The walkout is widely recognized as a turning point.`,
			[]want{{"", "is widely recognized", "The walkout | as a turning point", "indirect", ""}}},
		{"infinitive complement stays", `The mayor is expected to sign the pay deal.`,
			[]want{{"", "is expected", "The mayor | to sign the pay deal", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
