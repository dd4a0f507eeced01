package attrib

import "testing"

// TestCueSpans covers a manner phrase kept in a trailing cue and participles that report nothing: a passive with
// an adverb before its participle, and a reduced relative. Each case lists every statement expected.
func TestCueSpans(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"manner phrase in a trailing cue", `"The fares will rise," Okafor said with a grin.`,
			[]want{{"Okafor", "said with a grin", "The fares will rise,", "direct", ""}}},
		{"manner phrase with an article", `"We lost the vote," she added with a sigh, and left.`,
			[]want{{"she", "added with a sigh", "We lost the vote,", "direct", ""}}},
		{"with a person stays out", `"The fares will rise," Okafor said with Lee beside him.`,
			[]want{{"Okafor", "said", "The fares will rise,", "direct", ""}}},
		{"with after a verb that takes it", `"The plan is flawed," the mayor disagreed with a shrug.`,
			[]want{{"the mayor", "disagreed", "The plan is flawed,", "direct", ""}}},
		{"adverb inside a passive: the agent is the source", `The closure was first reported by the Leeds Courier.`,
			[]want{{"the Leeds Courier", "was first reported", "The closure", "indirect", ""}}},
		{"reduced relative with seen", `Leeds, a city seen as critical for the party, voted for the plan.`,
			[]want{{"Leeds, a city seen as critical for the party", "voted for", "the plan", "indirect", ""}}},
		{"reduced relative with known", `A developer known to be bullish on rail bought the depot.`,
			nil},
		{"seen after an auxiliary still reports", `Okafor has seen the fares rise twice.`,
			[]want{{"Okafor", "has seen", "the fares rise twice", "indirect", ""}}},
		{"a stance inside a cue's that clause", `Okafor announced that she would not seek the post.`,
			[]want{{"Okafor", "announced", "that she would not seek the post", "indirect", ""}}},
		{"a stance inside a cue noun's that clause", `The union made the claim that drivers want a raise.`,
			nil},
		{"a stance after made clear that", `Okafor made clear that drivers want a raise.`,
			[]want{{"Okafor", "made clear", "that drivers want a raise", "indirect", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantStatements(t, tt.in, PolNeAR, tt.want) })
	}
}
