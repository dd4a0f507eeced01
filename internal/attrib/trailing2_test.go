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
		{"prepositional phrase", `During the service, the pastor asked the crowd to pray.`,
			[]want{{"the pastor", "asked", "the crowd to pray", "indirect", ""}}},
		{"time phrase", `Last week, the union warned of strikes.`,
			[]want{{"the union", "warned of", "strikes", "indirect", ""}}},
		{"participial phrase", `Leaving the hall, the mayor vowed to fight the ruling.`,
			[]want{{"the mayor", "vowed", "to fight the ruling", "indirect", ""}}},
		{"like phrase is no content", `Like her rivals, the senator has reckoned with the movement.`, nil},
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

// TestTrailingParticipialSource keeps a participial clause that ends a sentence from being read as the source of
// a noun taken for a trailing cue, and keeps participles that modify a real source.
func TestTrailingParticipialSource(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"participle with an object and a preposition", `The union spent heavily on ads, helping Jane Roe win big in the Garden state.`, nil},
		{"adjectival participle before a name", `The fares will rise, retired Gen. Jane Roe of Ohio said.`,
			[]want{{"retired Gen. Jane Roe of Ohio", "said", "The fares will rise", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestInvertedSubjectAside reads a subject with an aside before a cue as the cue's subject, not as content of an
// inverted "C, says X".
func TestInvertedSubjectAside(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"apposition with a relative clause", `Jane Roe, the longtime owner of the Springfield Badgers who rebuffed pleas from activists to run for mayor, says she's open to running in the future.`,
			[]want{{"Jane Roe, the longtime owner of the Springfield Badgers who rebuffed pleas from activists to run for mayor", "says", "she's open to running in the future", "indirect", ""}}},
		{"a quotation stays content", `“Jane Roe, the union leader, is ready,” says Tom Poe.`,
			[]want{{"Tom Poe", "says", "Jane Roe, the union leader, is ready,", "direct", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestOpeningPhraseSources keeps a phrase that opens the sentence out of the source after it, and reads a
// subordinate clause before an attribution with the main clause after it.
func TestOpeningPhraseSources(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"title ending an opening phrase", `In her run for mayor, Jane Roe emphasized that fares would fall.`,
			[]want{{"Jane Roe", "emphasized", "that fares would fall", "indirect", ""}}},
		{"title in a through phrase", `Through a spokeswoman, Roe declined to comment.`,
			[]want{{"Roe", "declined", "to comment", "indirect", ""}}},
		{"title in a participial phrase", `Horrified at the prospect of Poe becoming mayor, Roe believes in a recount.`,
			[]want{{"Roe", "believes in", "a recount", "indirect", ""}}},
		{"title before a name", `Springfield's mayor, Jane Roe, emphasized that fares would fall.`,
			[]want{{"Springfield's mayor, Jane Roe", "emphasized", "that fares would fall", "indirect", ""}}},
		{"subordinate clause and main clause", `If she wins, Roe said in a statement, fares will fall.`,
			[]want{{"Roe", "said in a statement", "If she wins | fares will fall", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
