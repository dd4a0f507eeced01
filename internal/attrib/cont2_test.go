package attrib

import "testing"

// TestContinuations2 covers which statement an unattributed quotation goes on from (PolNeAR joins it as one more
// piece).
func TestContinuations2(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a gerund that quotes a word does not take the next quotation",
			`"The buses are late," Okafor said, praising the "fare freeze" plan. "We will fix that by May."`,
			[]want{{"Okafor", "said", "The buses are late, | We will fix that by May.", "direct", ""},
				{"Okafor", "praising", `the "fare freeze" plan`, "mixed", ""}}},
		{"a that-clause gerund that quotes a word does not take it either",
			`"Nothing is settled," Okafor told reporters, hinting that "big changes" could come. "We are still talking."`,
			[]want{{"Okafor", "told", "Nothing is settled, | We are still talking.", "direct", ""},
				{"Okafor", "hinting", `that "big changes" could come`, "mixed", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
