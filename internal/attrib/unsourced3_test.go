package attrib

import "testing"

// TestUnsourced3 covers statements with no named source in PolNeAR's convention: where the infinitive of "is
// expected to" ends, an expletive "it" before "is expected" or an impersonal passive, what seems or appears or is reportedly so, where a question put to someone ends, "seen as", and a title given to a work.
func TestUnsourced3(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"expected: the narrator's comma tail", `The council is expected to ratify the accord, potentially ending the strike by Friday.`,
			[]want{{"", "is expected", "The council | to ratify the accord", "indirect", ""}}},
		{"expected: an apposition goes on", `The envoy is expected to meet the union's leader, Jane Roe, in the capital.`,
			[]want{{"", "is expected", "The envoy | to meet the union's leader, Jane Roe", "indirect", ""}}},
		{"expected: expletive it", `It is expected to climb by two percent this year.`,
			[]want{{"", "is expected", "to climb by two percent this year", "indirect", ""}}},
		{"impersonal passive with that", `By then it was widely claimed that the ceasefire had collapsed.`,
			[]want{{"", "was widely claimed", "that the ceasefire had collapsed", "indirect", ""}}},
		{"raising: the narrator's comma tail", `The union appeared ready to walk out, throwing the talks into doubt.`,
			[]want{{"", "appeared", "The union | ready to walk out", "indirect", ""}}},
		{"raising: a clause of time", `The ceasefire seemed to hold when the envoy left the city.`,
			[]want{{"", "seemed", "The ceasefire | to hold", "indirect", ""}}},
		{"raising: referential it", `The ruling was a surprise since it appeared to weaken the strike.`,
			[]want{{"", "appeared", "it | to weaken the strike", "indirect", ""}}},
		{"raising: expletive it", `It seems the trade deal will pass after all.`,
			[]want{{"", "seems", "the trade deal will pass after all", "indirect", ""}}},
		{"asked: a quotation closing on a comma", `Asked whether the truce was "fair," most residents said yes.`,
			[]want{{"", "Asked", `whether the truce was "fair,"`, "mixed", ""}, {"most residents", "said", "yes", "indirect", ""}}},
		{"asked: the narrator's coordinated clause", `The mayor was asked about the strike, and she changed the subject.`,
			[]want{{"", "was asked about", "the strike", "indirect", ""}}},
		{"asked: the answer after a question", `Dockers were asked who would end the strike, Smith led the field.`,
			[]want{{"", "were asked", "who would end the strike", "indirect", ""}}},
		{"seen as: a bare passive", `The mayor is seen as the likeliest broker of a truce.`,
			[]want{{"", "is seen", "The mayor | as the likeliest broker of a truce", "indirect", ""}}},
		{"seen as: an adverb takes as into the cue", `The mayor is widely seen as the likeliest broker of a truce.`,
			[]want{{"", "is widely seen as", "The mayor | the likeliest broker of a truce", "indirect", ""}}},
		{"seen: plain sight", `The mayor was seen leaving the depot on Friday.`, nil},
		{"titled: a quoted title", `The union released a documentary titled "The Long Strike" on Friday.`,
			[]want{{"", "titled", "The Long Strike", "direct", ""}}},
		{"titled: opening the sentence", `Titled "Fair Trade Now," the ad shows farmers at a market.`,
			[]want{{"", "Titled", "Fair Trade Now,", "direct", ""}, {"the ad", "shows", "farmers at a market", "indirect", ""}}},
		{"titled: capitalised words with a subtitle", `Her memoir, titled Salt and Iron: A Life on the Docks, sold well.`,
			[]want{{"", "titled", "Salt and Iron: A Life on the Docks", "indirect", ""}}},
		{"entitled to: no title", `Every worker is entitled to a refund.`, nil},
		{"reportedly: a clause of time", `The board is reportedly moving its depot as the strike enters its third week.`,
			[]want{{"", "reportedly", "The board is | moving its depot", "indirect", ""}}},
		{"reportedly: as part of stays", `The union has reportedly hired lawyers as part of its campaign.`,
			[]want{{"", "reportedly", "The union has | hired lawyers as part of its campaign", "indirect", ""}}},
		{"appear: showing up", `The two mediators appeared together at the depot on Friday.`, nil},
		{"expected: a coordinated predicate", `The envoy flew in on Monday but was not expected to greet the strikers.`,
			[]want{{"", "was not expected", "to greet the strikers", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
