package attrib

import "testing"

// TestSpans2 covers source boundaries: a coordination inside a preposition's object belongs to the source's
// noun phrase, while an opening phrase or a clause before ", and" stays out.
func TestSpans2(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"pair inside an of-phrase", `A coalition of farmers and traders has vouched for the plan.`,
			[]want{{"A coalition of farmers and traders", "has vouched", "for the plan", "indirect", ""}}},
		{"list of names inside an in-phrase", `Most voters in Kent, Essex and Surrey said they felt ignored.`,
			[]want{{"Most voters in Kent, Essex and Surrey", "said", "they felt ignored", "indirect", ""}}},
		{"lower-case list inside an of-phrase", `A group of drivers, porters and cleaners said the depot was unsafe.`,
			[]want{{"A group of drivers, porters and cleaners", "said", "the depot was unsafe", "indirect", ""}}},
		{"an opening phrase is no list item", `In a short period, Okafor and Lee said the deal was done.`,
			[]want{{"Okafor and Lee", "said", "the deal was done", "indirect", ""}}},
		{"a clause before a serial comma is no list", `The depot closed after a storm in 1987, and he says the loss still hurts.`,
			[]want{{"he", "says", "the loss still hurts", "indirect", ""}}},
		{"a name and a common noun are no pair", `A rise in bus fares and Okafor said the plan would fail.`,
			[]want{{"Okafor", "said", "the plan would fail", "indirect", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantStatements(t, tt.in, PolNeAR, tt.want) })
	}
}
