package attrib

import "testing"

// TestContinuations2 covers which statement an unattributed quotation goes on from (PolNeAR joins it as one more
// piece).
func TestContinuations2(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a gerund that quotes a word does not take the next quotation",
			`"The buses are late," Okafor said, praising the "fare freeze" plan. "We will fix that by May."`,
			[]want{{"Okafor", "said", "The buses are late, | We will fix that by May.", "direct", ""},
				{"Okafor", "praising", `the "fare freeze" plan`, "mixed", ""}}},
		{"a that-clause gerund that quotes a word does not take it either",
			`"Nothing is settled," Okafor told reporters, hinting that "big changes" could come. "We are still talking."`,
			[]want{{"Okafor", "told", "Nothing is settled, | We are still talking.", "direct", ""},
				{"Okafor", "hinting", `that "big changes" could come`, "mixed", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestQuotedBefore: a quotation goes on from the paragraph's quoted speech, not from an indirect statement in
// between whose cue does not report quotations.
func TestQuotedBefore(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a verb of intention between two quotations",
			`"The fares are too high," said Ann Roe, a nurse from Dover. She plans to vote for Okafor in May. "He listens to us."`,
			[]want{{"Ann Roe, a nurse from Dover", "said", "The fares are too high, | He listens to us.", "direct", ""},
				{"She", "plans", "to vote for Okafor in May", "indirect", ""}}},
		{"a verb of saying between them keeps it",
			`"The fares are too high," said Ann Roe. She argued the council had ignored them. "Nobody listens."`,
			[]want{{"Ann Roe", "said", "The fares are too high,", "direct", ""},
				{"She", "argued", "the council had ignored them | Nobody listens.", "mixed", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestColonParagraph: a cue and a colon that end a paragraph announce the quotation that fills the next one, and
// the quotation's own next paragraphs go on from it.
func TestColonParagraph(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a cue and a colon end the paragraph",
			"Dr. Okafor stated:\n\n\"The buses are late again. It is about the budget.\"\n\nThe council meets on Friday.",
			[]want{{"Dr. Okafor", "stated:", "The buses are late again. It is about the budget.", "direct", ""}}},
		{"the quotation runs on over two paragraphs",
			"The union wrote:\n\n\"The depot is too small.\n\n\"We will strike in May.\"",
			[]want{{"The union", "wrote:", "The depot is too small. | We will strike in May.", "direct", ""}}},
		{"a gerund cue and a colon",
			"The Times confirmed the sale, reporting:\n\n\"The depot was sold in 2010. The price was low.\"",
			[]want{{"The Times", "confirmed", "the sale", "indirect", ""},
				{"The Times", "reporting:", "The depot was sold in 2010. The price was low.", "direct", ""}}},
		{"an object before the colon keeps the quotation out",
			"The mayor listed the reasons:\n\n\"Fares rose. Wages fell.\"",
			[]want{{"The mayor", "listed", "the reasons", "indirect", ""}}},
		{"a capitalised name that reads as a verb is no cue",
			"From Ann Roe, writing in The Post:\n\n\"Fares rose. Wages fell.\"",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestNarratorBetween: a sentence of the narrator's between a statement and an unattributed quotation ends the
// statement; one about the speaker ("She has ...") does not.
func TestNarratorBetween(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"the narrator speaks in between",
			`Ann Roe agreed that the fares were high. The council meets on Friday. "Nobody listens to us."`,
			[]want{{"Ann Roe", "agreed", "that the fares were high", "indirect", ""}}},
		{"a sentence about the speaker keeps it",
			`"The fares are high," said Ann Roe. She has driven a bus for ten years. "Nobody listens to us."`,
			[]want{{"Ann Roe", "said", "The fares are high, | Nobody listens to us.", "direct", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
