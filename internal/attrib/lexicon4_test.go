package attrib

import "testing"

// TestLexicon4Verbs: manner-of-speaking and cognition verbs report their clause; verbs of public acts and
// judgment report their object; the same words as nouns report nothing.
func TestLexicon4Verbs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"surmised, inverted", `The strike would end by Friday, the driver surmised.`,
			[]want{{"the driver", "surmised", "The strike would end by Friday", "indirect", ""}}},
		{"boomed, leading", `The chairman boomed that the ceasefire would hold.`,
			[]want{{"The chairman", "boomed", "that the ceasefire would hold", "indirect", ""}}},
		{"barked", `The sergeant barked that the convoy must leave at dawn.`,
			[]want{{"The sergeant", "barked", "that the convoy must leave at dawn", "indirect", ""}}},
		{"gushed", `The coach gushed that the new stadium was a triumph.`,
			[]want{{"The coach", "gushed", "that the new stadium was a triumph", "indirect", ""}}},
		{"realized", `The envoy realized that the truce was collapsing.`,
			[]want{{"The envoy", "realized", "that the truce was collapsing", "indirect", ""}}},
		{"foresees", `The economist foresees a long recession.`,
			[]want{{"The economist", "foresees", "a long recession", "indirect", ""}}},
		{"foretold", `The forecaster foretold a harsh winter.`,
			[]want{{"The forecaster", "foretold", "a harsh winter", "indirect", ""}}},
		{"anticipated", `The union anticipated a lengthy walkout.`,
			[]want{{"The union", "anticipated", "a lengthy walkout", "indirect", ""}}},
		{"detailed", `The minister detailed the terms of the trade deal.`,
			[]want{{"The minister", "detailed", "the terms of the trade deal", "indirect", ""}}},
		{"commended", `The mayor commended the firefighters.`,
			[]want{{"The mayor", "commended", "the firefighters", "indirect", ""}}},
		{"reprimanded", `The board reprimanded the treasurer.`,
			[]want{{"The board", "reprimanded", "the treasurer", "indirect", ""}}},
		{"negotiated", `The senator negotiated a fragile compromise.`,
			[]want{{"The senator", "negotiated", "a fragile compromise", "indirect", ""}}},
		{"authorized", `The council authorized a second ferry line.`,
			[]want{{"The council", "authorized", "a second ferry line", "indirect", ""}}},
		{"relishes", `The governor relishes a good fight.`,
			[]want{{"The governor", "relishes", "a good fight", "indirect", ""}}},
		{"displayed", `The candidate displayed open contempt for the rules.`,
			[]want{{"The candidate", "displayed", "open contempt for the rules", "indirect", ""}}},
		{"opined, inverted", `The tariffs will hurt farmers, the columnist opined.`,
			[]want{{"the columnist", "opined", "The tariffs will hurt farmers", "indirect", ""}}},
		{"posited", `The historian posited that the treaty was signed in haste.`,
			[]want{{"The historian", "posited", "that the treaty was signed in haste", "indirect", ""}}},
		{"refuted", `The agency refuted the rumor about layoffs.`,
			[]want{{"The agency", "refuted", "the rumor about layoffs", "indirect", ""}}},
		{"admires", `The senator admires the striking nurses.`,
			[]want{{"The senator", "admires", "the striking nurses", "indirect", ""}}},
		{"revered", `The villagers revered the old judge.`,
			[]want{{"The villagers", "revered", "the old judge", "indirect", ""}}},
		{"hypothesized", `The budget would balance by spring, the analyst hypothesized.`,
			[]want{{"the analyst", "hypothesized", "The budget would balance by spring", "indirect", ""}}},
		{"fumed", `The striker fumed that the referee was biased.`,
			[]want{{"The striker", "fumed", "that the referee was biased", "indirect", ""}}},
		{"gloated, inverted", `The rival bid had collapsed, the chief executive gloated.`,
			[]want{{"the chief executive", "gloated", "The rival bid had collapsed", "indirect", ""}}},
		{"pegged", `Economists pegged the cost of the strike at two billion.`,
			[]want{{"Economists", "pegged", "the cost of the strike at two billion", "indirect", ""}}},
		{"voided", `The court voided the ballot measure.`,
			[]want{{"The court", "voided", "the ballot measure", "indirect", ""}}},
		{"scoffed", `The ferry would never run on time, the commuters scoffed.`,
			[]want{{"the commuters", "scoffed", "The ferry would never run on time", "indirect", ""}}},
		{"sniped", `The rival sniped that the budget was a fantasy.`,
			[]want{{"The rival", "sniped", "that the budget was a fantasy", "indirect", ""}}},
		{"castigated", `The auditor castigated the port authority.`,
			[]want{{"The auditor", "castigated", "the port authority", "indirect", ""}}},
		{"rescinded", `The board rescinded the fare increase.`,
			[]want{{"The board", "rescinded", "the fare increase", "indirect", ""}}},
		{"fumes without a clause are no cue", `Fumes from the refinery drifted over the town.`, nil},
		{"a detail is no cue", `Every detail of the plan was on the table.`, nil},
		{"a display is no cue", `The display in the lobby was new.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestLexicon4Nouns: a possessed noun of reluctance or speculation heads the cue for its clause or infinitive.
func TestLexicon4Nouns(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"reluctance", `Nobody missed her reluctance to sign the trade deal.`,
			[]want{{"her", "reluctance", "to sign the trade deal", "indirect", ""}}},
		{"speculation", `The pickets heard his speculation that the strike would end soon.`,
			[]want{{"his", "speculation", "that the strike would end soon", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
