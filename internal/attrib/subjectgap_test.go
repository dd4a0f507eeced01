package attrib

import "testing"

// TestSubjectGap covers relative clauses with no pronoun whose reported clause lost its subject to the head
// noun, in the forms contactClause leaves (subjectGap): the content is the head and the predicate.
func TestSubjectGap(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a base-form cue after a plural pronoun", `The dockers walked out at dawn, a tactic they hope will end the strike.`,
			[]want{{"they", "hope", "a tactic | will end the strike", "indirect", ""}}},
		{"a name for subject", `The envoys left Oslo early, a move Norway fears could stall the peace talks.`,
			[]want{{"Norway", "fears", "a move | could stall the peace talks", "indirect", ""}}},
		{"an adverb before the cue, nested", `The union wants the files made public, even the ones Acme now says are secret.`,
			[]want{
				{"The union", "wants", "the files made public, even the ones Acme now says are secret", "indirect", ""},
				{"Acme", "now says", "the ones | are secret", "indirect", ""},
			}},
		{"a head with no determiner", `Talks resumed on Monday, something Finn aides argue is possible only after the vote.`,
			[]want{{"Finn aides", "argue", "something | is possible only after the vote", "indirect", ""}}},
		{"a past verb before a lower-case word", `The port cut its fees in May, a decision they say allowed cheaper grain to flow.`,
			[]want{{"they", "say", "a decision | allowed cheaper grain to flow", "indirect", ""}}},
		{"an infinitive whose object is the head", `The mill is braced for a walkout it expects to last until June.`,
			[]want{{"it", "expects", "a walkout | to last until June", "indirect", ""}}},
		{"an auxiliary and a negation in the cue", `The envoy will veto any deals she would not like to sign in court.`,
			[]want{{"she", "would not like", "any deals | to sign in court", "indirect", ""}}},
		{"a name with an initial", `The harbour deal was the prize Ann J. Roe always hoped to win.`,
			[]want{{"Ann J. Roe", "always hoped", "the prize | to win", "indirect", ""}}},
		{"an auxiliary ends the infinitive", `The rifts the mayor hoped to heal have grown wider.`,
			[]want{{"the mayor", "hoped", "The rifts | to heal", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
