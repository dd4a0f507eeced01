package attrib

import "testing"

// TestPostAdjectiveSubject finds the plural subject of a bare-form speech verb when an adjective with a
// prepositional complement modifies it, and keeps a compound noun after a singular noun one.
func TestPostAdjectiveSubject(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"close to", `Rather, aides close to the union say the strike will end on Monday.`,
			[]want{{"aides close to the union", "say", "the strike will end on Monday", "indirect", ""}}},
		{"familiar with", `People familiar with the plan say the ceasefire will hold.`,
			[]want{{"People familiar with the plan", "say", "the ceasefire will hold", "indirect", ""}}},
		{"loyal to", `Officers loyal to the general say the truce is holding.`,
			[]want{{"Officers loyal to the general", "say", "the truce is holding", "indirect", ""}}},
		{"singular noun keeps the compound", `A man close to the talk show host spoke on Monday.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestContactClause finds a speech or thought verb in a relative clause with no pronoun, whose reported clause
// lost its subject to the head noun, also inside another statement's content, and leaves other readings alone.
func TestContactClause(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"noun phrase subject", `The fight began with the strike, a walkout the union said was planned for months.`,
			[]want{{"the union", "said", "a walkout | was planned for months", "indirect", ""}}},
		{"pronoun subject", `It was a truce he said would last.`,
			[]want{{"he", "said", "a truce | would last", "indirect", ""}}},
		{"nested in a content", `The council backed a tactic the unions hoped will end the strike.`,
			[]want{{"The council", "backed", "a tactic the unions hoped will end the strike", "indirect", ""},
				{"the unions", "hoped", "a tactic | will end the strike", "indirect", ""}}},
		{"perception verb", `The wage figures she saw were even higher.`, nil},
		{"bare form is a noun", `It was the night the trade report was filed.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestSpacedHyphenAside finds the subject before an aside set off by hyphens typed as dashes, and leaves a
// noun phrase with such an aside inside it alone.
func TestSpacedHyphenAside(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"relative clause aside", `The farmers' group - which was set up after the drought - said the strike would go on.`,
			[]want{{"The farmers' group", "said", "the strike would go on", "indirect", ""}}},
		{"bare noun after the aside", `They made a bold - and costly - pledge to end the strike.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestNegatedPostmodifier keeps a negated prepositional phrase in a subject that an apposition follows.
func TestNegatedPostmodifier(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"not on the team", `One envoy not on the official team, Maria Lopez, told reporters she backed the ceasefire.`,
			[]want{{"One envoy not on the official team, Maria Lopez", "told", "she backed the ceasefire", "indirect", "reporters"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestTextSaying makes a noun for a thing that carries words the source of "saying" after it.
func TestTextSaying(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"sign and quotation", `A farmer held up a sign saying "No deal without a ceasefire."`,
			[]want{{"a sign", "saying", "No deal without a ceasefire.", "direct", ""}}},
		{"verb before the noun", `Drivers marched carrying banners saying "Strike now!"`,
			[]want{{"banners", "saying", "Strike now!", "direct", ""}}},
		{"other nouns are not sources", `He is a puppet saying what the crowd wants.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
