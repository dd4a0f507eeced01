package attrib

import "testing"

// TestDocSubjects covers docsubjects.go: a document subject dated by "in" before a past verb of finding, and a
// coordinated subject after its content or opening a clause.
func TestDocSubjects(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a poll dated by a month", `A Harbor poll in March found that most dockers backed the strike.`,
			[]want{{"A Harbor poll in March", "found", "that most dockers backed the strike", "indirect", ""}}},
		{"a survey with a slash in its name", `A Times/Union survey in October found that tariffs had hurt the ferry trade.`,
			[]want{{"A Times/Union survey in October", "found", "that tariffs had hurt the ferry trade", "indirect", ""}}},
		{"officials joined by and", `The strike would end by Friday, past and present officials said.`,
			[]want{{"past and present officials", "said", "The strike would end by Friday", "indirect", ""}}},
		{"a pronoun and a name", `The pilots had never been paid on time, she and Mr. Okafor said.`,
			[]want{{"she and Mr. Okafor", "said", "The pilots had never been paid on time", "indirect", ""}}},
		{"two sets of records", `Most of the cash for the peace talks came from two shell firms, company and court records show.`,
			[]want{{"company and court records", "show", "Most of the cash for the peace talks came from two shell firms", "indirect", ""}}},
		{"two subjects after though", `Though news reports and port sources described the strike as nearly over, the crews stayed home.`,
			[]want{{"news reports and port sources", "described", "the strike as nearly over", "indirect", ""}}},
		{"a pronoun and a group after a comma", `Even as the mayor courts the pilots, though, she and her allies are also going after the board.`,
			[]want{{"she and her allies", "are also going after", "the board", "indirect", ""}}},
		{"two groups after an opening phrase", `The appeal of the strike, particularly among older crews, longtime union officials and ferry operators point out that the pay gap is real.`,
			[]want{{"longtime union officials and ferry operators", "point out", "that the pay gap is real", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
