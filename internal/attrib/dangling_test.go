package attrib

import "testing"

// TestDanglingOpeners covers contents that would stop after "that", "because" or another opener because the
// clause after it was taken as a statement of its own: the outer content keeps that clause.
func TestDanglingOpeners(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a gerund's that-clause with its own cue", `Okafor ended the strike on Friday, telling reporters that he thinks the deal is "a great thing."`,
			[]want{{"Okafor", "telling", `that he thinks the deal is "a great thing."`, "mixed", ""}}},
		{"a reason clause with its own cue", `The mayor opened the meeting, saying the depot had closed because he believed the fleet was too old.`,
			[]want{{"The mayor", "saying", "the depot had closed because he believed the fleet was too old", "indirect", ""}}},
		{"a relative clause with its own cue", `Critics seized on the remark, pointing to a 2019 report that the mayor said was never published.`,
			[]want{{"Critics", "pointing to", "a 2019 report that the mayor said was never published", "indirect", ""}}},
		{"two statements side by side stay two", `The mayor said the fares would rise, asking the drivers whether they supported the plan.`,
			[]want{
				{"The mayor", "said", "the fares would rise", "indirect", ""},
				{"The mayor", "asking", "whether they supported the plan", "indirect", ""},
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestWhichObject covers "which" as the object left out of a reported clause: PolNeAR's content is the pronoun
// and the clause.
func TestWhichObject(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"the object of a reported clause", `The council backed a new depot, which the mayor said the county should pay for.`,
			[]want{
				{"The council", "backed", "a new depot", "indirect", ""},
				{"the mayor", "said", "which | the county should pay for", "indirect", ""},
			}},
		{"the object of an infinitive", `The union rejected the offer, which the chairman has vowed to ignore.`,
			[]want{
				{"The union", "rejected", "the offer", "indirect", ""},
				{"the chairman", "has vowed", "which | to ignore", "indirect", ""},
			}},
		{"after a preposition it is no object", `The mayor gave an interview in which he said the depot would close.`,
			[]want{{"he", "said", "the depot would close", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
