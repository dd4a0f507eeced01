package attrib

import "testing"

// TestMakeClear covers "make (it) clear" as a cue, with a that-clause, a bare clause or an object.
func TestMakeClear(t *testing.T) {
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
		{"a clear case is no cue", `The mayor made a clear case for the depot.`, nil},
		{"passive", `The stakes were made clear on Sunday.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
