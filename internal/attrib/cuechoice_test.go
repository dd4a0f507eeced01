package attrib

import "testing"

// TestCueChoice covers an interview phrase that goes on after "said": the cue is the verb alone (with a day
// between them, the day stays), and the content of a leading cue still starts after the phrase.
func TestCueChoice(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"interview with a station", `"The port stays shut until the tariffs go," Ines Abaroa said in an interview with Radio Bilbao.`,
			[]want{{"Ines Abaroa", "said", "The port stays shut until the tariffs go,", "direct", "Radio Bilbao"}}},
		{"interview aboard a bus", `"Nobody at the table wants another winter of this," the mediator said in an interview aboard the ferry.`,
			[]want{{"the mediator", "said", "Nobody at the table wants another winter of this,", "direct", ""}}},
		{"a day before the phrase", `"We will sign by Friday," Tomas Ferrer said Monday in an interview with Radio Bilbao.`,
			[]want{{"Tomas Ferrer", "said Monday", "We will sign by Friday,", "direct", "Radio Bilbao"}}},
		{"a leading cue", `The union leader said in an interview with Radio Bilbao that the strike would end on Monday.`,
			[]want{{"The union leader", "said", "that the strike would end on Monday", "indirect", "Radio Bilbao"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
