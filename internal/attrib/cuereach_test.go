package attrib

import "testing"

// TestCueReach covers a light verb of giving or showing with a noun of speech or attitude (attitudeTail): the
// noun and its preposition join the cue, and what follows is the content.
func TestCueReach(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"offered thoughts on", `The dock foreman offered his thoughts on the new shift rota.`,
			[]want{{"The dock foreman", "offered his thoughts on", "the new shift rota", "indirect", ""}}},
		{"sounded a note about", `The trade minister sounded a gloomy note about the copper tariffs.`,
			[]want{{"The trade minister", "sounded a gloomy note about", "the copper tariffs", "indirect", ""}}},
		{"shown no interest in", `The envoy has shown no interest in reopening the border talks.`,
			[]want{{"The envoy", "has shown no interest in", "reopening the border talks", "indirect", ""}}},
		{"pledged support to", `The bakers' guild pledged its support to the striking millers.`,
			[]want{{"The bakers' guild", "pledged its support to", "the striking millers", "indirect", ""}}},
		{"voiced displeasure with", `Several growers voiced displeasure with the quota on imported pears.`,
			[]want{{"Several growers", "voiced displeasure with", "the quota on imported pears", "indirect", ""}}},
		{"inclination stays before to", `The rail union has shown little inclination to accept the wage offer.`,
			[]want{{"The rail union", "has shown little inclination", "to accept the wage offer", "indirect", ""}}},
		{"said little about", `The harbour master has said little about the dredging contract.`,
			[]want{{"The harbour master", "has said little about", "the dredging contract", "indirect", ""}}},
		{"talked more about", `The negotiator talked more about fishing rights than about the ceasefire.`,
			[]want{{"The negotiator", "talked more about", "fishing rights than about the ceasefire", "indirect", ""}}},
		{"called attention to", `The ferry crews have called attention to the unsafe gangways.`,
			[]want{{"The ferry crews", "have called attention to", "the unsafe gangways", "indirect", ""}}},
		{"asked questions about", `Two auditors asked questions about the sugar subsidy.`,
			[]want{{"Two auditors", "asked questions about", "the sugar subsidy", "indirect", ""}}},
		{"showed signs of", `The mediators showed no clear signs of softening their terms.`,
			[]want{{"The mediators", "showed no clear signs of", "softening their terms", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
