package attrib

import "testing"

// TestSubjects covers subjects the leftward scan cut short or ran past (subjects.go): an irregular verb no
// table knew, a dotted abbreviation, "those over 60" and a name with two appositions after a quotation.
func TestSubjects(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"irregular past ends the subject", `Okafor lent the strike fund $40,000 last spring, telling members that the port would fold first.`,
			[]want{{"Okafor", "telling", "that the port would fold first", "indirect", ""}}},
		{"present verb ends the subject", `At every meeting, Mbeki primes the dockers to doubt the owners and warns that wages will fall.`,
			[]want{{"Mbeki", "warns", "that wages will fall", "indirect", ""}}},
		{"dotted abbreviation in the phrase", `Last week, the W.T.O. director, Ana Lindqvist, said that the tariff talks would resume in May.`,
			[]want{{"the W.T.O. director, Ana Lindqvist", "said", "that the tariff talks would resume in May", "indirect", ""}}},
		{"those over an age", `Those over 50 say the ceasefire will not survive the winter.`,
			[]want{{"Those over 50", "say", "the ceasefire will not survive the winter", "indirect", ""}}},
		{"name, age and description after a quotation", `"We will stay out until spring," Tom Rell, 41, a crane driver in Durham, said on Monday.`,
			[]want{{"Tom Rell, 41, a crane driver in Durham", "said", "We will stay out until spring,", "direct", ""}}},
		{"a reporting verb that modifies a noun", `But protest leaders in Leeds say that the port owners have broken the deal.`,
			[]want{{"protest leaders in Leeds", "say", "that the port owners have broken the deal", "indirect", ""}}},
		{"a reporting verb before a compound", `But talk radio hosts in Leeds said that the port owners had broken the deal.`,
			[]want{{"talk radio hosts in Leeds", "said", "that the port owners had broken the deal", "indirect", ""}}},
		{"inverted source before a relative clause that runs into a quotation", `"The harbor is ours," said Okafor, whose new pamphlet praises dockers and "stubborn" pilots.`,
			[]want{{"Okafor", "said", "The harbor is ours,", "direct", ""}}},
		{"inverted source before a relative clause without a comma", `"We waited for nine hours," said Ana Pike, 52, a docker in the union who stood in an "endless" line at the gate.`,
			[]want{{"Ana Pike, 52, a docker in the union", "said", "We waited for nine hours,", "direct", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
