package attrib

import "testing"

// TestOpeningPhrases covers the one reading of opening phrases (opening.go) that the subject, trailing and title
// frames share.
func TestOpeningPhrases(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"sentence adverb before a list of sources", `Instead, Reyes, the union's Ann Lee and the council's Bo Park argued that the fares were too high.`,
			[]want{{"Reyes, the union's Ann Lee and the council's Bo Park", "argued", "that the fares were too high", "indirect", ""}}},
		{"participle of asking", `Asked about the strike, the mayor said the depot would reopen.`,
			[]want{{"", "Asked about", "the strike", "indirect", ""}, {"the mayor", "said", "the depot would reopen", "indirect", ""}}},
		{"conjunction before the opening phrase", `But throughout the strike, the drivers said the fares were too high.`,
			[]want{{"the drivers", "said", "the fares were too high", "indirect", ""}}},
		{"a one-word -ly adverb", `Similarly, Ann Reyes said the depot would close.`,
			[]want{{"Ann Reyes", "said", "the depot would close", "indirect", ""}}},
		{"an opening phrase is no trailing content", `In a tweet, the union urged the council to act.`,
			[]want{{"the union", "urged", "the council to act", "indirect", ""}}},
		{"an adverb in an opening phrase is no auxiliary", `In its first long statement, the union urged the council to act.`,
			[]want{{"the union", "urged", "the council to act", "indirect", ""}}},
		{"a gerund's source after a sentence adverb", `However, the mayor praised the drivers, calling them the city's heroes.`,
			[]want{{"the mayor", "praised", "the drivers", "indirect", ""}, {"the mayor", "calling", "them the city's heroes", "indirect", ""}}},
		{"a degree word before the opening preposition", `Shortly after the vote, the union issued a statement saying the strike was over.`,
			[]want{{"the union", "issued a statement saying", "the strike was over", "indirect", ""}}},
		{"a published statement by a subject with a relative aside", `Ms. Lee, who said on Monday that the fares were fair, issued a statement Tuesday saying she was sorry.`,
			[]want{{"who", "said", "that the fares were fair", "indirect", ""}, {"Ms. Lee", "issued a statement Tuesday saying", "she was sorry", "indirect", ""}}},
		{"a gerund's source after a conjunction", `But the mayor changed course, telling reporters that the fares would fall.`,
			[]want{{"the mayor", "telling", "that the fares would fall", "indirect", ""}}},
		{"a gerund's source after a time phrase", `A few days later, the mayor changed course, telling reporters that the fares would fall.`,
			[]want{{"the mayor", "telling", "that the fares would fall", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
