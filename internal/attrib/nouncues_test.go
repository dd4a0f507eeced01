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
		{"auxiliaries join the cue", `The mayor has long been a stubborn defender of the ferry board, while the dockers have not.`,
			[]want{{"The mayor", "has long been a stubborn defender of", "the ferry board", "indirect", ""}}},
		{"contracted pronoun", `Since the strike began, he's been a loud critic of the port authority.`,
			[]want{{"he", "'s been a loud critic of", "the port authority", "indirect", ""}}},
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

// TestBareNounCue covers a bare noun of talk before a that-clause, which no one in the sentence owns, and the
// nouns that have an owner or head a relative clause.
func TestBareNounCue(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"after a gerund", `The harbor board began investigating complaints that the cranes were unsafe.`,
			[]want{{"", "complaints", "that the cranes were unsafe", "indirect", ""}}},
		{"opening phrase ends at its comma", `Despite complaints that the fares are too high, the ferry line kept its prices.`,
			[]want{{"", "complaints", "that the fares are too high", "indirect", ""}}},
		{"after a verb form", `The vote stoked speculation that the mayor might run again.`,
			[]want{{"", "speculation", "that the mayor might run again", "indirect", ""}}},
		{"verb reading needs a preposition", `The tram was shut because of fears that the bridge could give way.`,
			[]want{{"", "fears", "that the bridge could give way", "indirect", ""}}},
		{"a verb is no bare noun", `The ferry union fears that the bridge could give way.`,
			[]want{{"The ferry union", "fears", "that the bridge could give way", "indirect", ""}}},
		{"relative clause", `The board met over complaints that were filed late.`, nil},
		{"determiner", `The board met over the complaints that the cranes were unsafe.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestOpenedCoord covers a cue that is the second predicate of a clause after an opening phrase: the clause's
// subject is its source.
func TestOpenedCoord(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"opening phrase and second predicate", `On Thursday, Reed walked out and endorsed Okafor.`,
			[]want{{"Reed", "endorsed", "Okafor", "indirect", ""}}},
		{"reflexive object", `Earlier that week, the skipper went on harbor radio and defended himself against the charge.`,
			[]want{{"the skipper", "defended", "himself against the charge", "indirect", ""}}},
		{"infinitive", `In the end, the councillor waited a week and refused to sign the levy.`,
			[]want{{"the councillor", "refused", "to sign the levy", "indirect", ""}}},
		{"adjective after and", `On Monday, the union hired an able and determined negotiator.`, nil},
		{"apposition in the subject", `Dan Reed, a sponsor of the levy in the council, reversed himself and opposed it.`,
			[]want{{"Dan Reed, a sponsor of the levy in the council", "opposed", "it", "indirect", ""}}},
		{"opening phrase and apposition", `After the harbor vote, Dan Reed, a sponsor of the levy, reversed himself and opposed it.`,
			[]want{{"Dan Reed, a sponsor of the levy", "opposed", "it", "indirect", ""}}},
		{"apposition holding a clause", `Dan Reed, the levy passed, reversed himself and opposed it.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestThoseGerund covers "those" and a stance gerund, which relative leaves to this rule.
func TestThoseGerund(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"object of a preposition", `The ruling sent a chill through those supporting the harbor levy.`,
			[]want{{"those", "supporting", "the harbor levy", "indirect", ""}}},
		{"the sentence's verb ends it", `Those backing the ferry plan marched to the port.`,
			[]want{{"Those", "backing", "the ferry plan", "indirect", ""}}},
		{"nested in a source", `Those backing the mayor have said little.`,
			[]want{{"Those", "backing", "the mayor", "indirect", ""}, {"Those backing the mayor", "have said", "little", "indirect", ""}}},
		{"no stance verb", `The ferry was full of those seeking work.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
