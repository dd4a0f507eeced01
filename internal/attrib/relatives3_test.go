package attrib

import "testing"

// TestRelativeRestrictiveEnd ends the content of a cue in a restrictive relative clause before the verb of
// the main clause, and leaves a reported clause and a comma-set relative clause whole.
func TestRelativeRestrictiveEnd(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"infinitive before an auxiliary", `Drivers who wanted to join the strike could lose their permits.`,
			[]want{{"who", "wanted", "to join the strike", "indirect", ""}}},
		{"infinitive before a modal", `Any farmer who wants to sell more grain will pay a higher tariff.`,
			[]want{{"who", "wants", "to sell more grain", "indirect", ""}}},
		{"object before a past tense with an object", `Members who favored the ceasefire outnumbered those opposing it.`,
			[]want{{"who", "favored", "the ceasefire", "indirect", ""}, {"those", "opposing", "it", "indirect", ""}}},
		{"participle modifying the object stays", `Workers who oppose the trade deal described as unfair marched.`,
			[]want{{"who", "oppose", "the trade deal described as unfair marched", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestRelativeObjectTails ends an object content in a relative clause before a coordinated predicate of the
// clause and after an object pronoun that a place or time follows.
func TestRelativeObjectTails(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"pronoun before a place", `The mayor, who has backed him in three districts, spoke on Monday.`,
			[]want{{"who", "has backed", "him", "indirect", ""}}},
		{"pronoun before a time", `The union, which opposed it during the strike, lost members.`,
			[]want{{"which", "opposed", "it", "indirect", ""}}},
		{"second predicate with an auxiliary", `The aide, who declined to give details and was not at the talks, left early.`,
			[]want{{"who", "declined", "to give details", "indirect", ""}}},
		{"second predicate in the present", `Ms. Roe, who largely backs the truce and ranks it first, spoke on Monday.`,
			[]want{{"who", "largely backs", "the truce", "indirect", ""}}},
		{"second relative clause", `Ms. Roe, who backs the truce and whom the union courted, spoke on Monday.`,
			[]want{{"who", "backs", "the truce", "indirect", ""}}},
		{"quantifier object", `Farmers who want to sell more will face a higher tariff.`,
			[]want{{"who", "want", "to sell more", "indirect", ""}}},
		{"coordinated predicate", `Ms. Roe, who had endorsed the ceasefire and drafted the truce in May, resigned.`,
			[]want{{"who", "had endorsed", "the ceasefire", "indirect", ""}}},
		{"as completes the verb", `The mayor, who has backed him as a candidate, spoke on Monday.`,
			[]want{{"who", "has backed", "him as a candidate", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestRelativeQuotedContent reads a quotation after a comma as the content of a speech verb in a relative
// clause, up to its closing mark.
func TestRelativeQuotedContent(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"comma before a quotation", `The strikers held signs that said, "No deal without a vote." Then they left.`,
			[]want{{"that", "said", "No deal without a vote.", "direct", ""}}},
		{"quotation over two sentences", `The strikers held signs that said, "No deal. We stay out."`,
			[]want{{"that", "said", "No deal. We stay out.", "direct", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestRelativeIdleInfinitive drops verbs of decision and attempt before an infinitive in a relative clause,
// and keeps a refusal to speak.
func TestRelativeIdleInfinitive(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"sought to", `The firm, which sought to build a depot on the site, lost the bid.`, nil},
		{"refused to", `Some mayors who have refused to sign the budget left early.`, nil},
		{"declined to run", `Two senators who declined to run again left early.`, nil},
		{"declined to comment", `The union, which declined to comment, met on Monday.`,
			[]want{{"which", "declined", "to comment", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestRelativePartitive takes the quantifier of a partitive relative ("both of whom") into the source, and
// reads no source in a bare object "whom".
func TestRelativePartitive(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"both of whom", `The mayors, both of whom backed the strike, met on Monday.`,
			[]want{{"both of whom", "backed", "the strike", "indirect", ""}}},
		{"most of which", `The unions, most of which backed the ceasefire, met on Monday.`,
			[]want{{"most of which", "backed", "the ceasefire", "indirect", ""}}},
		{"object whom", `The judge whom she accused of bias resigned.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestRelativeSourceAside reads a stance in a relative clause inside another statement's source as a
// description of the speaker, and keeps a speech verb there.
func TestRelativeSourceAside(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"stance in the source", `"We will strike," said Jane Roe, who backs the union.`,
			[]want{{"Jane Roe, who backs the union", "said", "We will strike,", "direct", ""}}},
		{"speech verb in the source", `"We will strike," said Jane Roe, who said on Monday that talks had failed.`,
			[]want{{"Jane Roe", "said", "We will strike,", "direct", ""}, {"who", "said", "that talks had failed", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestRelativeSubjectClause ends a reported clause in a restrictive relative clause on the sentence's subject
// before the main clause's verb, and leaves one on an object whole.
func TestRelativeSubjectClause(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"subject antecedent", `Critics who say the strike is illegal have sued the union.`,
			[]want{{"who", "say", "the strike is illegal", "indirect", ""}}},
		{"object antecedent", `The union met critics who say the strike is illegal and costly.`,
			[]want{{"who", "say", "the strike is illegal and costly", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
