package attrib

import "testing"

// TestQuoteGoesOn joins the second half of a quoted sentence that a trailing attribution and a short aside
// interrupt, and keeps quotations that belong to the narrator's clause or to another cue apart.
func TestQuoteGoesOn(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"aside with of", `“The ceasefire will hold,” she said of the talks, “because both sides are tired.”`,
			[]want{{"she", "said", "The ceasefire will hold, | because both sides are tired.", "direct", ""}}},
		{"time aside", `“We will strike,” the union leader said on Monday, “unless the board pays up.”`,
			[]want{{"the union leader", "said", "We will strike, | unless the board pays up.", "direct", ""}}},
		{"missing comma", `“The deal is done,” he said “Both sides signed it this morning.”`,
			[]want{{"he", "said", "The deal is done, | Both sides signed it this morning.", "direct", ""}}},
		{"a title stays out", `“Fares will rise,” the mayor told “Good Morning City” on Friday.`,
			[]want{{"the mayor", "told", "Fares will rise,", "direct", ""}}},
		{"a that clause keeps its quotation", `“The strike is over,” she said, noting that the drivers “went back to work.”`,
			[]want{{"she", "said", "The strike is over,", "direct", ""},
				{"she", "noting", "that the drivers “went back to work.”", "mixed", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestDashLines reads a pull quote signed with a dash and a name on the line below it, and leaves a byline under
// narration alone.
func TestDashLines(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"name alone", "The depot reopened on Monday.\n\n\"We will not accept a two-tier wage.\"\n\n- Jane Roe.",
			[]want{{"Jane Roe", "-", "We will not accept a two-tier wage.", "direct", ""}}},
		{"name and description", "\"The ceasefire is holding for now.\"\n\n—Tom Poe, a council member.",
			[]want{{"Tom Poe", "—", "The ceasefire is holding for now.", "direct", ""}}},
		{"byline under narration", "The depot closed at noon and the drivers went home.\n\n- Jane Roe.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestMannerQuotes takes any verb in -ed for the cue in the slot after a quotation closed by a comma, a question
// or an exclamation mark, with a name or pronoun beside it, and nothing more in the sentence.
func TestMannerQuotes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"name then verb", `“Nobody will cross this picket line,” Jane Roe bristled.`,
			[]want{{"Jane Roe", "bristled", "Nobody will cross this picket line,", "direct", ""}}},
		{"verb then name", `“Is that a ceasefire or a pause?” quipped Tom Poe.`,
			[]want{{"Tom Poe", "quipped", "Is that a ceasefire or a pause?", "direct", ""}}},
		{"pronoun and a second quotation", `“The way we see it,” she elaborated, “the port stays shut.”`,
			[]want{{"she", "elaborated", "The way we see it, | the port stays shut.", "direct", ""}}},
		{"article and noun", `“The strike goes on,” an angry steward retorted.`,
			[]want{{"an angry steward", "retorted", "The strike goes on,", "direct", ""}}},
		{"quotation of two sentences", `“Talks failed. Nobody came back!” wailed Jane Roe.`,
			[]want{{"Jane Roe", "wailed", "Talks failed. Nobody came back!", "direct", ""}}},
		{"present tense before a name", `“Our fares are fair,” grins Jane Roe.`,
			[]want{{"Jane Roe", "grins", "Our fares are fair,", "direct", ""}}},
		{"a place of origin", `“What a day!” beamed Tom Poe of Leeds.`,
			[]want{{"Tom Poe of Leeds", "beamed", "What a day!", "direct", ""}}},
		{"a particle", `“Strike!” the drivers hollered back.`,
			[]want{{"the drivers", "hollered back", "Strike!", "direct", ""}}},
		{"the sentence goes on", `“It works,” Jane Roe tested the brakes again.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestAdjunctOpener leaves a prepositional phrase that opens the sentence out of a quotation's content, and
// keeps a clause the quotation finishes.
func TestAdjunctOpener(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"prepositional phrase", `In his speech, Tom Poe said “there is no better port than this one.”`,
			[]want{{"Tom Poe", "said", "there is no better port than this one.", "direct", ""}}},
		{"time phrase", `At the same time, the steward added, “you saw the strike coming.”`,
			[]want{{"the steward", "added", "you saw the strike coming.", "direct", ""}}},
		{"clause stays", `If the talks fail, she said, “the port will close for a week.”`,
			[]want{{"she", "said", "If the talks fail | the port will close for a week.", "mixed", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestTranscriptTurn gives a transcript's speaker in capitals the whole paragraph of the turn, and a headline's
// name only its sentence.
func TestTranscriptTurn(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"speaker turn", "The exchange went as follows.\n\nROE: The ceasefire holds. Both sides agreed to it.",
			[]want{{"ROE", ":", "The ceasefire holds. Both sides agreed to it", "indirect", ""}}},
		{"headline name", "Jane Roe: Fares will rise. The board meets today.",
			[]want{{"Jane Roe", ":", "Fares will rise", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
