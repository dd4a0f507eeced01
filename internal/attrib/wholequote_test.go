package attrib

import "testing"

// TestWholeQuoteBefore covers a quotation with no comma inside its marks, then its source and cue: the
// quotation is the whole content.
func TestWholeQuoteBefore(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"no comma before the closing mark", `"The depot is a death trap" Okafor said.`,
			[]want{{"Okafor", "said", "The depot is a death trap", "direct", ""}}},
		{"a quoted phrase inside a longer content stays out", `The depot is a "death trap" Okafor said.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
