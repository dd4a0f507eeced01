package attrib

import "testing"

// TestColon covers colon.go: no speaker behind a preposition before the colon (colonObject), section labels
// in the body (sectionLabel), long transcript turns that are no lists (colonList), headline labels that
// end in a particle (predicateLabel), turns in mixed case (mixedTurn) and newsletter items (dashColonQuote).
func TestColon(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a byline under a cited headline",
			"ARTS ROUNDUP\u2014\"Port museum to close in June,\" by the Ledger's Ada Brenner: \"The harbour museum will shut its doors after forty years, its board announced.\"",
			nil},
		{"an addressee before the colon",
			`The minister ended the meeting with a warning to Tom Okafor: "The border closes at noon on Friday."`,
			nil},
		{"section labels between paragraphs of prose",
			"Four unions face the vote on Friday.\n\nOkafor: Hold the line.\n\nTom Okafor leads the dockers and has refused every offer so far.\n\nMendes: A late deal.\n\nThe drivers' leader wants the talks to end this week.",
			[]want{
				{"Tom Okafor leads", "has refused", "every offer so far", "indirect", ""},
				{"The drivers' leader", "wants", "the talks to end this week", "indirect", ""},
			}},
		{"a transcript turn with many commas",
			"Partial transcript:\n\nLEE: Is the strike over?\n\nROSSI: Well, look, I think, as anyone would, that the dockers, the drivers and the pilots deserve a fair deal, and the port owes them one.\n\nLEE: Thank you.",
			[]want{
				{"LEE", ":", "Is the strike over?", "indirect", ""},
				{"ROSSI", ":", "Well, look, I think, as anyone would, that the dockers, the drivers and the pilots deserve a fair deal, and the port owes them one", "indirect", ""},
				{"LEE", ":", "Thank you", "indirect", ""},
			}},
		{"a headline label that ends in a particle",
			"Okafor Wades In: Dockers Reject Port Offer.\n\nThe union voted on Friday.",
			[]want{{"Dockers", "Reject", "Port Offer", "indirect", ""}}},
		{"a headline label with no verb after the colon",
			"Okafor Digs In: Rejects Port Offer Again.\n\nThe union voted on Friday.",
			nil},
		{"a turn in mixed case runs to the end of its paragraph",
			"Partial transcript:\n\nLee: Is the strike over?\n\nRossi: It is not over yet. The dockers stay out until Friday, and the drivers join them.\n\nLee: Thank you.",
			[]want{
				{"Lee", ":", "Is the strike over?", "indirect", ""},
				{"Rossi", ":", "It is not over yet. The dockers stay out until Friday, and the drivers join them", "indirect", ""},
				{"Lee", ":", "Thank you", "indirect", ""},
			}},
		{"a newsletter item: a headline with a verb, a dash, the name and the quotation",
			`Dockers agree - Ada Brenner: "The port will stay shut until the spring."`,
			[]want{{"Ada Brenner", ":", "The port will stay shut until the spring.", "direct", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
