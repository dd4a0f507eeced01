package attrib

import "testing"

// TestIdioms covers light-verb idioms as cues ("make (it) clear", "make the case", "take issue with", "take aim
// at", "make no secret of"), with a that-clause, a bare clause or an object; their words alone are no cue.
func TestIdioms(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"made it clear that", `The mayor made it clear that the depot would close.`,
			[]want{{"The mayor", "made it clear", "that the depot would close", "indirect", ""}}},
		{"has made clear an object", `The union has made clear its aim to strike.`,
			[]want{{"The union", "has made clear", "its aim to strike", "indirect", ""}}},
		{"made it very clear, bare clause", `Drivers made it very clear they would not return.`,
			[]want{{"Drivers", "made it very clear", "they would not return", "indirect", ""}}},
		{"a clear lead is no cue", `The mayor made a clear lead on the depot vote.`, nil},
		{"passive", `The stakes were made clear on Sunday.`, nil},
		{"made the case that", `The mayor made the case that the depot should close.`,
			[]want{{"The mayor", "made the case", "that the depot should close", "indirect", ""}}},
		{"a case with a modifier and its particle", `The union made an urgent case for a new vote.`,
			[]want{{"The union", "made an urgent case for", "a new vote", "indirect", ""}}},
		{"took issue with", `Drivers took issue with the new rota.`,
			[]want{{"Drivers", "took issue with", "the new rota", "indirect", ""}}},
		{"took aim at", `The mayor took aim at the council.`,
			[]want{{"The mayor", "took aim at", "the council", "indirect", ""}}},
		{"made no secret of", `The union has made no secret of its anger.`,
			[]want{{"The union", "has made no secret of", "its anger", "indirect", ""}}},
		{"an issue without its particle", `The mayor took the issue seriously.`, nil},
		{"shrugged off", `The council shrugged off the complaints.`,
			[]want{{"The council", "shrugged off", "the complaints", "indirect", ""}}},
		{"a shrug alone", `The mayor shrugged and left the depot.`, nil},
		{"played down", `The mayor played down the risk.`,
			[]want{{"The mayor", "played down", "the risk", "indirect", ""}}},
		{"struck down", `The court struck down the rota.`,
			[]want{{"The court", "struck down", "the rota", "indirect", ""}}},
		{"distanced himself from", `Okafor quickly distanced himself from the strike.`,
			[]want{{"Okafor", "quickly distanced himself from", "the strike", "indirect", ""}}},
		{"ripped into", `The mayor ripped into the council.`,
			[]want{{"The mayor", "ripped into", "the council", "indirect", ""}}},
		{"opened up about", `The driver opened up about her injuries.`,
			[]want{{"The driver", "opened up about", "her injuries", "indirect", ""}}},
		{"distance without a reflexive", `The depot is some distance from the town.`, nil},
		{"opened up without its particle", `The council opened up the depot.`, nil},
		{"came out against", `The union came out against the plan.`,
			[]want{{"The union", "came out against", "the plan", "indirect", ""}}},
		{"has come out for", `The mayor has come out for the strike.`,
			[]want{{"The mayor", "has come out for", "the strike", "indirect", ""}}},
		{"came out alone", `The report came out on Monday.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
