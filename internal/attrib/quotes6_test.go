package attrib

import "testing"

// TestClauseColonQuote covers a clause whose verb phrase runs to a colon (or, with a cue word, a comma) before
// a quotation that ends the sentence: the subject is the source and the verb phrase the cue.
func TestClauseColonQuote(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"went on", "The dockers stayed out on Monday.\n\nThe union chief went on: \"We will not give up. The port must listen.\"",
			[]want{{"The union chief", "went on:", "We will not give up. The port must listen.", "direct", ""}}},
		{"adverb before the verb", "She then turned to the strikers again: \"Nobody here will be forgotten.\"",
			[]want{{"She", "then turned to the strikers again:", "Nobody here will be forgotten.", "direct", ""}}},
		{"relative aside in the source", "The mayor, who signed the last contract as a councilman, interjected to say: \"Nobody wants a long strike.\"",
			[]want{{"The mayor, who signed the last contract as a councilman", "interjected to say:", "Nobody wants a long strike.", "direct", ""}}},
		{"as X, an apposition, put it", "As Jane Roe, the head of the port board, put it: \"The port cannot wait.\"",
			[]want{{"Jane Roe, the head of the port board", "put it:", "The port cannot wait.", "direct", ""}}},
		{"opening phrase", "But back at the port, he returned to his usual lines: \"We will win this.\"",
			[]want{{"he", "returned to his usual lines:", "We will win this.", "direct", ""}}},
		{"quotation in the next paragraph", "The council issued the following statement:\n\n\"The budget vote moves to Friday.\"",
			[]want{{"The council", "issued the following statement:", "The budget vote moves to Friday.", "direct", ""}}},
		{"comma after a cue word", "Hours after the vote, the council issued a statement, \"The budget is final.\"",
			[]want{{"the council", "issued a statement", "The budget is final.", "direct", ""}}},
		// Not this rule's: text after the quotation, a subordinate clause, a clause with its own complement, or a
		// comma with no cue word before it.
		{"text after the quotation", "The union chief went on: \"We will not give up\" and left the hall.", nil},
		{"subordinate clause", "Unless the talks resume soon, \"the port will close for a month.\"", nil},
		{"complementizer", "She is sure that the strike will spread to the rail yards: \"They cannot stop us.\"", nil},
		{"comma without a cue word", "The dockers waited outside the hall, \"cold but calm.\"", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
