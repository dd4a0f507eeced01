package attrib

import "testing"

// TestTrailingOpeningPhrase holds the trailing frame off a phrase that opens the sentence before its subject,
// which the leading frame then reads with the right source, and keeps clauses that only look like one.
func TestTrailingOpeningPhrase(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"prepositional phrase", `In a short post, the council urged drivers to avoid the bridge.`,
			[]want{{"the council", "urged", "drivers to avoid the bridge", "indirect", ""}}},
		{"time phrase", `Last week, the union warned that the depot would close.`,
			[]want{{"the union", "warned", "that the depot would close", "indirect", ""}}},
		{"participial phrase", `Leaving the hall, the mayor vowed to fight the ruling.`,
			[]want{{"the mayor", "vowed", "to fight the ruling", "indirect", ""}}},
		{"like phrase", `Like her rivals, the senator has promised lower fares.`,
			[]want{{"the senator", "has promised", "lower fares", "indirect", ""}}},
		{"subordinate clause with an auxiliary is content", `While the drivers could strike, she added.`,
			[]want{{"she", "added", "While the drivers could strike", "indirect", ""}}},
		{"gerund subject with a past verb is content", `Watching the depot close changed his mind, he said.`,
			[]want{{"he", "said", "Watching the depot close changed his mind", "indirect", ""}}},
		{"adverb then a clause is content", `And now there is little hope left, she said.`,
			[]want{{"she", "said", "And now there is little hope left", "indirect", ""}}},
		{"quoted phrase is content", `“In a word, no,” the mayor said.`,
			[]want{{"the mayor", "said", "In a word, no,", "direct", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestInvertedSourceLabel keeps a party and state label in brackets inside an inverted source.
func TestInvertedSourceLabel(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"label at the end", `“The fares will rise,” said Sen. Jane Roe (D-Conn.).`,
			[]want{{"Sen. Jane Roe (D-Conn.)", "said", "The fares will rise,", "direct", ""}}},
		{"label before a time", `“The fares will rise,” said Rep. Tom Poe (R-Ohio.) on Monday.`,
			[]want{{"Rep. Tom Poe (R-Ohio.)", "said", "The fares will rise,", "direct", ""}}},
		{"a name in brackets stays out", `The fares rose (according to Nielsen.)`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
