package attrib

import "testing"

// TestContentEnd covers content inside the sentence's subject, which the sentence's own verb ends: a participial
// modifier or relative clause of the subject, a gerund aside before the main verb, a possessed cue noun's
// infinitive.
func TestContentEnd(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"modifier, irregular past", `Dockworkers backing the harbor walkout began a second week of pickets.`,
			[]want{{"Dockworkers", "backing", "the harbor walkout", "indirect", ""}}},
		{"modifier, a modal after a phrase", `Farmers expecting a quick settlement at the grain board in the next few weeks may be disappointed.`,
			[]want{{"Farmers", "expecting", "a quick settlement at the grain board in the next few weeks", "indirect", ""}}},
		{"modifier with a particle", `A leaflet warning about a second lockout serves as a reminder to the crews.`,
			[]want{{"A leaflet", "warning about", "a second lockout", "indirect", ""}}},
		{"relative clause with an infinitive", `Several delegates who plan to attend the trade summit include the Kenyan minister.`,
			[]want{{"who", "plan", "to attend the trade summit", "indirect", ""}}},
		{"relative clause of a leading statement", `Many who plan to attend the trade summit include the Kenyan minister.`,
			[]want{{"who", "plan", "to attend the trade summit", "indirect", ""}}},
		{"subject after an opener", `Instead, the young lawyer who wants to unseat Rep. Ada Morel is drawing large crowds.`,
			[]want{{"who", "wants", "to unseat Rep. Ada Morel", "indirect", ""}}},
		{"object before a list's next predicate", `The harbor board rejected both bids, ruled the tender void and closed the session.`,
			[]want{{"The harbor board", "rejected", "both bids", "indirect", ""}}},
		{"object before a list's next predicate, irregular", `The senator praised the farmers' union, talked over her rivals and left early.`,
			[]want{{"The senator", "praised", "the farmers' union", "indirect", ""}}},
		{"a title's dot inside the object", `Unions supporting Gov. Maria Lopez paid for the radio spots.`,
			[]want{{"Unions", "supporting", "Gov. Maria Lopez", "indirect", ""}}},
		{"gerund in a relative aside", `The envoy, who was busy while saying farewell to the delegates, was not as warm.`,
			[]want{{"The envoy", "saying", "farewell to the delegates", "indirect", ""}}},
		{"gerund between two predicates", `The minister took a cautious line, suggesting the ports reopen slowly, was vague about tariffs and left early.`,
			[]want{{"The minister", "suggesting", "the ports reopen slowly", "indirect", ""}}},
		{"cue noun's infinitive as subject", `Her refusal to sign the ceasefire draft is the main obstacle.`,
			[]want{{"Her", "refusal", "to sign the ceasefire draft", "indirect", ""}}},
		{"cue noun's infinitive, passive verb", `His pledge to cut steel tariffs was welcomed by exporters.`,
			[]want{{"His", "pledge", "to cut steel tariffs", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
