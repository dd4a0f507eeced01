package attrib

import "testing"

// TestThatClause covers a verb of saying with a that-clause whose subject no rule takes as a source: the cue and
// content stand alone in PolNeAR's convention, and the ledger's convention drops them. A subject pronoun or a
// "whose" phrase right before the cue is its source (thatClauseSource).
func TestThatClause(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"relative possessive subject", `The ruling was a blow to the mayor, whose lawyers argued that the files held trade secrets.`,
			[]want{{"whose lawyers", "argued", "that the files held trade secrets", "indirect", ""}}},
		{"inverted question", `Why had he claimed that the depot was safe?`,
			[]want{{"he", "claimed", "that the depot was safe?", "indirect", ""}}},
		{"second verb of a coordinated predicate", `The union is wary of the plan but on Monday wrote that it would accept the offer.`,
			[]want{{"The union", "is wary of", "the plan", "indirect", ""}, {"", "wrote", "that it would accept the offer", "indirect", ""}}},
		{"infinitive keeps its to", `It is fair to say that the fares will rise.`,
			[]want{{"", "to say", "that the fares will rise", "indirect", ""}}},
		{"indirect question", `The ruling was a blow to the mayor, whose lawyers asked whether the files were safe.`,
			[]want{{"whose lawyers", "asked", "whether the files were safe", "indirect", ""}}},
		{"noun after a preposition", `Why did they win seats in states that the mayor carried?`, nil},
		{"relative that before a verb", `Why did they cite reports that show the brakes failing?`, nil},
		{"demonstrative that", `Why had the mayor promised that day to resign?`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
	// The ledger's convention keeps no statement without a source.
	if _, sts := extractAll(`Why had he claimed that the depot was safe?`, Options{}); len(sts) != 0 {
		t.Errorf("default options: got %d statements, want none", len(sts))
	}
}
