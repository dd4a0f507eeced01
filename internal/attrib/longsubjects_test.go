package attrib

import "testing"

// TestLongSubjects covers long subjects before a reporting verb: a word inside them that doubles as a verb
// (nounInSubject), a counted subject with a tail before a stance verb (quantSubject) and a document subject
// with a prepositional tail (docChain, datedNoun).
func TestLongSubjects(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a counted plural noun before a past verb", "Large majorities of union members in six states heading to the polls on Friday said they back the walkout.",
			[]want{{"Large majorities of union members in six states heading to the polls on Friday", "said", "they back the walkout", "indirect", ""}}},
		{"a noun after a preposition", "Indeed, supporters of curbs on hate speech online say the threats have grown since the strike began.",
			[]want{{"supporters of curbs on hate speech online", "say", "the threats have grown since the strike began", "indirect", ""}}},
		{"a noun after either", "Delegates from either side of the strike said the vote was close.",
			[]want{{"Delegates from either side of the strike", "said", "the vote was close", "indirect", ""}}},
		{"a counted subject before a stance verb", "Yet few among the envoys at the talks think the ceasefire will hold.",
			[]want{{"few among the envoys at the talks", "think", "the ceasefire will hold", "indirect", ""}}},
		{"a document subject with a prepositional tail", "An earlier article in a harbor newsletter said the dockers had voted to strike.",
			[]want{{"An earlier article in a harbor newsletter", "said", "the dockers had voted to strike", "indirect", ""}}},
		{"a year before a document noun", "A 2014 report by the harbor board found that wages had fallen.",
			[]want{{"A 2014 report by the harbor board", "found", "that wages had fallen", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
