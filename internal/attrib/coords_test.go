package attrib

import "testing"

// TestCoordWide covers coordinated subjects whose first conjunct ends in a bracketed tag or holds "of", and
// pairs of names after a head noun and "like", "such as" or "by"; and pairs that are objects, not subjects.
func TestCoordWide(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"like before a pair of names", `Civic groups like the Harbor Workers Union and the Dockers Alliance praised the plan.`,
			[]want{{"Civic groups like the Harbor Workers Union and the Dockers Alliance", "praised", "the plan", "indirect", ""}}},
		{"including before a pair of names", `Dock unions including the Harbor Guild and the Port Alliance said the strike was over.`,
			[]want{{"Dock unions including the Harbor Guild and the Port Alliance", "said", "the strike was over", "indirect", ""}}},
		{"both and a name with of", `Both the Federation of Dockers and the Harbor Guild said the strike would go on.`,
			[]want{{"Both the Federation of Dockers and the Harbor Guild", "said", "the strike would go on", "indirect", ""}}},
		{"bracketed party tags", `Mayor Tom Reddle (D) and former Gov. Ann Pike (R) said the talks had failed.`,
			[]want{{"Mayor Tom Reddle (D) and former Gov. Ann Pike (R)", "said", "the talks had failed", "indirect", ""}}},
		{"a study by two bodies", `A study by Harwick College and the Institute of Port Economics found that wages fell.`,
			[]want{{"A study by Harwick College and the Institute of Port Economics", "found", "that wages fell", "indirect", ""}}},
		{"titles with full stops and tags", `Former Port Gov. Ann Pike (D) and former Dover Gov. Tom Reddle (R) announced they will quit.`,
			[]want{{"Former Port Gov. Ann Pike (D) and former Dover Gov. Tom Reddle (R)", "announced", "they will quit", "indirect", ""}}},
		{"both after an opening clause", `Until Mr. Reddle spoke, both Ms. Pike and her union had said the strike was legal.`,
			[]want{{"both Ms. Pike and her union", "had said", "the strike was legal", "indirect", ""}}},
		{"and even", `Dockers and even some managers said the strike was over.`,
			[]want{{"Dockers and even some managers", "said", "the strike was over", "indirect", ""}}},
		{"and even after a clause", `The strike hurt the port and even some managers said it was over.`,
			[]want{{"some managers", "said", "it was over", "indirect", ""}}},
		{"his after an object is a new clause", `The mayor has not talked about Dover and his office said the strike was over.`,
			[]want{{"The mayor", "has not talked about", "Dover", "indirect", ""}, {"his office", "said", "the strike was over", "indirect", ""}}},
		{"pair after a verb is an object", `The strike hit firms like Harwick Ltd and the Port Guild said wages fell.`,
			[]want{{"the Port Guild", "said", "wages fell", "indirect", ""}}},
		{"clause before and", `The dockers struck on Monday and the Port Guild said wages fell.`,
			[]want{{"the Port Guild", "said", "wages fell", "indirect", ""}}},
		{"bracketed aside that is no tag", `The dockers (held in Dover) and the Port Guild said the talks were over.`,
			[]want{{"the Port Guild", "said", "the talks were over", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestRelativeCoord covers a cue that is the second predicate of a relative clause: the relative pronoun is
// its source, not the antecedent; a relative clause closed by a comma, and a complementiser, are left alone.
func TestRelativeCoord(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"who before a second predicate", `Reddle is a docker who cooperated with the mayor for years and called her a fair boss.`,
			[]want{{"who", "called", "her a fair boss", "indirect", ""}}},
		{"relative clause closed by a comma", `Reddle backed the union, which closed the port in May, and said the strike was legal.`,
			[]want{{"Reddle", "backed", "the union", "indirect", ""}, {"Reddle", "said", "the strike was legal", "indirect", ""}}},
		{"that after a verb is no relative", `The union said that the mayor met the dockers and warned that the strike would end.`,
			[]want{{"The union", "said", "that the mayor met the dockers", "indirect", ""}, {"The union", "warned", "that the strike would end", "indirect", ""}}},
		{"relative inside content", `Ms. Pike thanked the dockers who stayed at work and praised their courage.`,
			[]want{{"Ms. Pike", "thanked", "the dockers who stayed at work", "indirect", ""}, {"Ms. Pike", "praised", "their courage", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestClauseCoord covers a cue that is the second predicate of a clause after an opening phrase: the clause's
// subject is its source, even when an -ly adverb or an irregular past follows the subject.
func TestClauseCoord(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"adverb before an irregular past", `During the strike, Reddle largely kept quiet and hinted that wages would rise.`,
			[]want{{"Reddle", "hinted", "that wages would rise", "indirect", ""}}},
		{"two opening phrases", `On Friday, after weeks of silence, Reddle appeared on the radio and officially endorsed Ms. Pike.`,
			[]want{{"Reddle", "officially endorsed", "Ms. Pike", "indirect", ""}}},
		{"quotation in the first predicate", `After the vote, the dockers "kept quiet" and hinted that wages would rise.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
