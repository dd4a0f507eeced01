package attrib

import "testing"

// TestRecall3Causative covers the object of a causative verb as the source of the cue infinitive after it
// ("the vote led party elders to warn that ...").
func TestRecall3Causative(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"prompted an object to demand", `The strike prompted the union leaders to demand a new contract.`,
			[]want{{"the union leaders", "to demand", "a new contract", "indirect", ""}}},
		{"led an object to warn that", `The vote led party elders to warn that the ceasefire would fail.`,
			[]want{{"party elders", "to warn", "the ceasefire would fail", "indirect", ""}}},
		{"a place after the object stays out", `The raid prompted the council at its summit in Oslo to condemn the blockade.`,
			[]want{{"the council", "to condemn", "the blockade", "indirect", ""}}},
		{"of stays in the object", `The leak forced leaders of both parties to denounce the trade deal.`,
			[]want{{"leaders of both parties", "to denounce", "the trade deal", "indirect", ""}}},
		{"no noun phrase before to", `The cuts left the port more vulnerable to attack.`, nil},
		{"a verb that is not causative", `The mayor visited the depot to praise the drivers.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, Options{}, tc.want) })
	}
}

// TestRecall3DocumentGerund covers a gerund cue after a noun for a text, poll or sign, which is the source
// ("a petition calling on ...", "polls showing ..."), and leaves it out when a verb has the noun for its object.
func TestRecall3DocumentGerund(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a poll after a preposition", `Despite polls showing the mayor well behind, the union kept up the strike.`,
			[]want{{"polls", "showing", "the mayor well behind", "indirect", ""}}},
		{"the phrase after of, without what comes before", `In the wake of a new survey showing support for the ceasefire, the talks resumed.`,
			[]want{{"a new survey", "showing", "support for the ceasefire", "indirect", ""}}},
		{"a petition opening the sentence", `A petition calling on the envoy to resign, signed by 5,000 people, reached the ministry.`,
			[]want{{"A petition", "calling on", "the envoy to resign", "indirect", ""}}},
		{"the object of a verb is no source", `The strikers held banners proclaiming their demands.`, nil},
		{"a noun that is no document", `The drivers waiting outside the depot left at noon.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, Options{}, tc.want) })
	}
}

// TestRecall3AsVerbs covers verbs that present someone "as" something ("cast him as weak"), which report only
// with "as" after their object.
func TestRecall3AsVerbs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"cast with as", `The governor has cast the envoy as weak on the ceasefire.`,
			[]want{{"The governor", "has cast", "the envoy as weak on the ceasefire", "indirect", ""}}},
		{"view with an adverb", `Drivers increasingly view the mayor as out of touch.`,
			[]want{{"Drivers", "increasingly view", "the mayor as out of touch", "indirect", ""}}},
		{"framed with as", `The union framed the trade deal as a win for workers.`,
			[]want{{"The union", "framed", "the trade deal as a win for workers", "indirect", ""}}},
		{"presented with as", `The mayor presented himself as the outsider in the race.`,
			[]want{{"The mayor", "presented", "himself as the outsider in the race", "indirect", ""}}},
		{"cast without as", `Only 300 members cast a ballot in the strike vote.`, nil},
		{"present without as", `The union will present its plan on Monday.`, nil},
		{"view as a noun", `The view from the depot is grim.`, nil},
		{"paint without as", `Volunteers painted the fence before the rally.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, Options{}, tc.want) })
	}
}

// TestRecall3PutIt covers "as X puts it" in the present and an opening "Or, as X put it".
func TestRecall3PutIt(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"puts it", `As the mayor puts it, the strike is over.`,
			[]want{{"the mayor", "puts it", "the strike is over", "indirect", ""}}},
		{"or and a comma before as", `Or, as the envoy put it, the ceasefire was never real.`,
			[]want{{"the envoy", "put it", "the ceasefire was never real", "indirect", ""}}},
		{"puts without it", `She puts the blame on the council.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, Options{}, tc.want) })
	}
}

// TestRecall3Idioms covers the light-verb idioms "took a shot at" and "made no mention of".
func TestRecall3Idioms(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"took a shot at", `The minister took a shot at the union leaders.`,
			[]want{{"The minister", "took a shot at", "the union leaders", "indirect", ""}}},
		{"took some swipes at", `The governor also took some swipes at the envoy.`,
			[]want{{"The governor", "also took some swipes at", "the envoy", "indirect", ""}}},
		{"made no mention of", `The minister made no mention of the ceasefire.`,
			[]want{{"The minister", "made no mention of", "the ceasefire", "indirect", ""}}},
		{"made a reference to", `She made a reference to the strike.`,
			[]want{{"She", "made a reference to", "the strike", "indirect", ""}}},
		{"a shot with no light verb", `His shot at the title ended in May.`, nil},
		{"unleashed attacks with no determiner", `The governor unleashed withering attacks against the envoy.`,
			[]want{{"The governor", "unleashed withering attacks against", "the envoy", "indirect", ""}}},
		{"leveled an attack on", `She leveled a sharp attack on the trade deal.`,
			[]want{{"She", "leveled a sharp attack on", "the trade deal", "indirect", ""}}},
		{"a military attack is no statement", `The rebels launched an attack on the port.`, nil},
		{"threw his support behind", `The governor has thrown his support behind the envoy.`,
			[]want{{"The governor", "has thrown his support behind", "the envoy", "indirect", ""}}},
		{"took a firm stance against", `The minister took a firm stance against the trade deal.`,
			[]want{{"The minister", "took a firm stance against", "the trade deal", "indirect", ""}}},
		{"makes no apologies for", `The union makes no apologies for the strike.`,
			[]want{{"The union", "makes no apologies for", "the strike", "indirect", ""}}},
		{"poured cold water on", `The envoy poured cold water on the ceasefire talks.`,
			[]want{{"The envoy", "poured cold water on", "the ceasefire talks", "indirect", ""}}},
		{"took credit for", `The union leader took credit for the deal.`,
			[]want{{"The union leader", "took credit for", "the deal", "indirect", ""}}},
		{"water with no light verb", `The water on the floor was cold.`, nil},
		{"cast their votes for", `Only 300 members cast their votes for the strike.`,
			[]want{{"Only 300 members", "cast their votes for", "the strike", "indirect", ""}}},
		{"cast a ballot with no for", `Only 300 members cast a ballot on Monday.`, nil},
		{"raised questions about", `The strike has raised questions about the budget.`,
			[]want{{"The strike", "has raised questions about", "the budget", "indirect", ""}}},
		{"the idiom's noun is no verb", `The report raised new questions about the ceasefire.`,
			[]want{{"The report", "raised new questions about", "the ceasefire", "indirect", ""}}},
		{"made no specific mention of", `The charter makes no specific mention of the strike.`,
			[]want{{"The charter", "makes no specific mention of", "the strike", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, Options{}, tc.want) })
	}
}

// TestRecall3PossessedPrep covers a named possessor's attitude noun with its preposition ("Okafor's criticism
// of the deal"), and leaves pronoun possessors alone.
func TestRecall3PossessedPrep(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"criticism of", `Okafor's criticism of the trade deal was mild.`,
			[]want{{"Okafor's", "criticism of", "the trade deal", "indirect", ""}}},
		{"opposition to", `Among the votes: Okafor's opposition to the budget bill.`,
			[]want{{"Okafor's", "opposition to", "the budget bill", "indirect", ""}}},
		{"a pronoun possessor stays out", `He will find it hard to repeat his attacks on the envoy.`, nil},
		{"another preposition", `Okafor's criticism in the debate was mild.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, Options{}, tc.want) })
	}
}

// TestRecall3TimeAgo covers a phrase of time closed by "later" or "ago" before the subject.
func TestRecall3TimeAgo(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"minutes later", `Minutes later, the union issued a statement saying that the strike was over.`,
			[]want{{"the union", "issued a statement saying", "the strike was over", "indirect", ""}}},
		{"two days earlier", `Two days earlier, the envoy sent a letter urging both sides to hold the ceasefire.`,
			[]want{{"the envoy", "sent a letter urging", "both sides to hold the ceasefire", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, Options{}, tc.want) })
	}
}

// TestRecall3ThatsAccording covers "That's according to X", whose token PolNeAR splits.
func TestRecall3ThatsAccording(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"curly apostrophe", `Fares will rise. That’s according to a survey by the council.`,
			[]want{{"a survey by the council", "’s according to", "That", "indirect", ""}}},
		{"straight apostrophe", `Fares will rise. That's according to the union.`,
			[]want{{"the union", "'s according to", "That", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, Options{}, tc.want) })
	}
}

// TestRecall3OpeningGerund covers a cue gerund after "after", "while" or "by" at the start of a sentence, the
// main clause's subject its source.
func TestRecall3OpeningGerund(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"after with an object", `After praising the ceasefire, the envoy left for Geneva.`,
			[]want{{"the envoy", "praising", "the ceasefire", "indirect", ""}}},
		{"while with a that-clause", `While saying that he respects the union, the mayor kept the depot closed.`,
			[]want{{"the mayor", "saying", "he respects the union", "indirect", ""}}},
		{"a bare gerund with its that-clause", `Noting that only one member voted with them, the senator left the room.`,
			[]want{{"the senator", "Noting", "only one member voted with them", "indirect", ""}}},
		{"an unknown verb after the subject", `By praising the envoy, the union leaders won the vote.`,
			[]want{{"the union leaders", "praising", "the envoy", "indirect", ""}}},
		{"a gerund that is no cue", `After visiting the depot, the mayor left.`, nil},
		{"a bare gerund without that", `Speaking at the depot, the mayor left early.`, nil},
		{"no opener", `Praising the deal was easy.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, Options{}, tc.want) })
	}
}

// TestRecall3DegreeCatenative covers a graded catenative adjective ("more likely to say"), whose degree words
// belong to the cue.
func TestRecall3DegreeCatenative(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"slightly more likely", `Drivers were slightly more likely to say they backed the strike.`,
			[]want{{"Drivers", "were slightly more likely to say", "they backed the strike", "indirect", ""}}},
		{"much less likely", `Members are much less likely to say the deal is fair.`,
			[]want{{"Members", "are much less likely to say", "the deal is fair", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, Options{}, tc.want) })
	}
}
