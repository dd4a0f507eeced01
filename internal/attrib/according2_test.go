package attrib

import "testing"

// TestAccording2 covers "according to" sources that npRight does not read and the form without a comma.
func TestAccording2(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"source opening with a word that is also a verb", `The union registered the fund in 2019, according to state tax filings.`,
			[]want{{"state tax filings", "according to", "The union registered the fund in 2019", "indirect", ""}}},
		{"no comma before a poll", `The mayor now leads the challenger by nine points according to a city poll released Monday.`,
			[]want{{"a city poll released Monday", "according to", "The mayor now leads the challenger by nine points", "indirect", ""}}},
		{"no comma before a name", `The drivers rejected the offer according to Ann Lee.`,
			[]want{{"Ann Lee", "according to", "The drivers rejected the offer", "indirect", ""}}},
		{"according to a plan is no attribution", `The drivers voted according to plan.`, nil},
		{"according to size is no attribution", `The crates were sorted according to their size.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
