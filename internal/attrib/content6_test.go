package attrib

import "testing"

// TestContent6 covers a quotation reached past a phrase after a verb of saying (quotePastPhrase): the content
// starts at the quotation, and the phrase stays out unless it is a clause, names the quotation or the narrator
// goes on after it.
func TestContent6(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"the topic before a comma", `The mayor said about the new offer, "It comes too late for the dockers."`,
			[]want{{"The mayor", "said about", "It comes too late for the dockers.", "direct", ""}}},
		{"manner before a comma", `The union leader told them simply, "We will not sign."`,
			[]want{{"The union leader", "told", "We will not sign.", "direct", ""}}},
		{"a noun of the telling before a colon", `The envoy added a warning: "The ceasefire will not hold past Friday."`,
			[]want{{"The envoy", "added", "The ceasefire will not hold past Friday.", "direct", ""}}},
		{"gerund cue", `The envoy left the talks, saying at one point, "Nobody here wants a second winter of war."`,
			[]want{{"The envoy", "saying", "Nobody here wants a second winter of war.", "direct", ""}}},
		{"a quotation in lower case", `The envoy left, tweeting at the minister, "you never wanted a deal."`,
			[]want{{"The envoy", "tweeting", "you never wanted a deal.", "direct", ""}}},
		{"a noun that names the quotation stays", `The mayor added the words, "Open the port."`,
			[]want{{"The mayor", "added", `the words, "Open the port."`, "mixed", ""}}},
		{"a clause before the colon stays", `The mayor said he answered: "The strike ends tonight."`,
			[]want{{"The mayor", "said", `he answered: "The strike ends tonight."`, "mixed", ""}}},
		{"the narrator goes on after the quotation", `The mayor said of the talks, "We are close," and left for the quay.`,
			[]want{{"The mayor", "said of", `the talks, "We are close," and left for the quay`, "mixed", ""}}},
		{"a verb that takes the phrase as object", `The mayor recalled the long strike of 1984: "Nobody ate meat for a year."`,
			[]want{{"The mayor", "recalled", `the long strike of 1984: "Nobody ate meat for a year."`, "mixed", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
