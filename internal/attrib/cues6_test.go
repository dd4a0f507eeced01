package attrib

import "testing"

// TestPieceGerund covers a verb that puts out an indefinite piece followed by a gerund (or "that" and a verb)
// saying what the piece says: the whole phrase is the cue and what follows the gerund the content.
func TestPieceGerund(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"published a report detailing", `The drivers' union published a report detailing the safety failures at the depot.`,
			[]want{{"The drivers' union", "published a report detailing", "the safety failures at the depot", "indirect", ""}}},
		{"a medium and an adverb before the gerund", `The council posted a message on Facebook strongly disputing the bus figures.`,
			[]want{{"The council", "posted a message on Facebook strongly disputing", "the bus figures", "indirect", "Facebook"}}},
		{"an addressee before the gerund", `The mayor wrote a letter to Ms. Ortiz asking that the pool stay open.`,
			[]want{{"The mayor", "wrote a letter to Ms. Ortiz asking", "that the pool stay open", "indirect", ""}}},
		{"a relative verb after the piece", `The league posted a short video that showed players leaving the field.`,
			[]want{{"The league", "posted a short video that showed", "players leaving the field", "indirect", ""}}},
		{"a definite piece is a thing handled", `The drivers' union published the report detailing the safety failures at the depot.`,
			[]want{{"The drivers' union", "published", "the report detailing the safety failures at the depot", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestPieceStatement covers publishedStatement's wider verbs and pieces (pieceVerbs, pieceNouns): the subject
// of the outer verb is the source, not the piece.
func TestPieceStatement(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"released an ad calling", `The transit authority released a fresh radio ad calling the strike reckless.`,
			[]want{{"The transit authority", "released a fresh radio ad calling", "the strike reckless", "indirect", ""}}},
		{"issued a report charging", `The trade office issued a report last week charging the firm with dumping steel.`,
			[]want{{"The trade office", "issued a report last week charging", "the firm with dumping steel", "indirect", ""}}},
		{"ran ads urging", `The growers' league ran ads urging shoppers to buy local fruit.`,
			[]want{{"The growers' league", "ran ads urging", "shoppers to buy local fruit", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
