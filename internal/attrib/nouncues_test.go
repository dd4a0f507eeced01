package attrib

import "testing"

// TestAgentNounCue covers a copula and a noun of stance with "of" ("is a vocal critic of the deal"), and the
// phrases that look like it but state no stance.
func TestAgentNounCue(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"copula and adjective", `Okafor is a fierce critic of the harbor levy.`,
			[]want{{"Okafor", "is a fierce critic of", "the harbor levy", "indirect", ""}}},
		{"auxiliaries join the cue", `The mayor has been a dogged defender of the ferry board, while the dockers have not.`,
			[]want{{"The mayor", "has been a dogged defender of", "the ferry board", "indirect", ""}}},
		{"contracted pronoun", `Since the strike began, he's been an outspoken critic of the port authority.`,
			[]want{{"he", "'s been an outspoken critic of", "the port authority", "indirect", ""}}},
		{"no fan", `Reed is no fan of the toll plan but kept quiet.`,
			[]want{{"Reed", "is no fan of", "the toll plan", "indirect", ""}}},
		{"plural without determiner", `Most of the crane drivers were early supporters of the walkout.`,
			[]want{{"Most of the crane drivers", "were early supporters of", "the walkout", "indirect", ""}}},
		{"linking verb", `Later, the councillor became a backer of the tram line.`,
			[]want{{"the councillor", "became a backer of", "the tram line", "indirect", ""}}},
		{"next predicate is the narrator's", `Dana Vell is a vocal advocate of rail freight and drafted two bills on it.`,
			[]want{{"Dana Vell", "is a vocal advocate of", "rail freight", "indirect", ""}}},
		{"possessive is no stance phrase", `His critics of the levy met in Dover.`, nil},
		{"office noun", `Okafor is a member of the harbor board.`, nil},
		{"subject after the copula", `Leading the drive are big backers of the ferry plan.`, nil},
		{"inside a quotation", `"I have been a supporter of the levy for years," she recalled.`,
			[]want{{"she", "recalled", "I have been a supporter of the levy for years,", "direct", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
