package attrib

import "testing"

// TestContentStarts4 covers where the content of a statement that does not open with its cue starts (see ends4.go).
func TestContentStarts4(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a wire dateline is not the source's", `OSLO, May 3 (UPI) — The truce held through the night, the mediators said.`,
			[]want{{"the mediators", "said", "The truce held through the night", "indirect", ""}}},
		{"a capitalised dateline without an agency", `GENEVA — The talks will resume in June, according to the envoy.`,
			[]want{{"the envoy", "according to", "The talks will resume in June", "indirect", ""}}},
		{"a connective phrase links to the sentence before", `Even so, the strike went on for a week, the union said.`,
			[]want{{"the union", "said", "the strike went on for a week", "indirect", ""}}},
		{"a four-word connective phrase", `At the same time, the port stayed open, officials said.`,
			[]want{{"officials", "said", "the port stayed open", "indirect", ""}}},
		{"a contrast phrase before an according-to statement", `In contrast, exports rose by a tenth, according to the ministry.`,
			[]want{{"the ministry", "according to", "exports rose by a tenth", "indirect", ""}}},
		{"a phrase that only begins like one stays", `In contrast to last year, the harvest was good, the farmers said.`,
			[]want{{"the farmers", "said", "In contrast to last year, the harvest was good", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
		t.Run(tc.name+" (seed)", func(t *testing.T) { wantStatements(t, tc.in, Options{}, tc.want) })
	}
}

// TestAgentReason4 covers the reason given after a passive cue's agent (see agentReason in ends4.go).
func TestAgentReason4(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a reason after the agent is content", `The mayor was criticized by the dockers for his handling of the strike.`,
			[]want{{"the dockers", "was criticized", "The mayor | for his handling of the strike", "indirect", ""}}},
		{"a charge after the agent is content", `The envoy was accused by rebels of breaking the truce.`,
			[]want{{"rebels", "was accused", "The envoy | of breaking the truce", "indirect", ""}}},
		{"for before a capitalised name stays in the agent", `The deal was praised by the Minister for Trade.`,
			[]want{{"the Minister for Trade", "was praised", "The deal", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestAccordingAddition4 covers what the narrator adds after "according to X," (see narratorAddition in ends4.go).
func TestAccordingAddition4(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a participle after the aside is the narrator's", `Exports rose by a tenth in May, according to the ministry, taking the surplus to a record.`,
			[]want{{"the ministry", "according to", "Exports rose by a tenth in May", "indirect", ""}}},
		{"a place relative after the aside is the narrator's", `The envoy leads the talks in Oslo, according to diplomats, where the truce was first signed.`,
			[]want{{"diplomats", "according to", "The envoy leads the talks in Oslo", "indirect", ""}}},
		{"a list after the aside is the narrator's", `The strike closed nine ports, according to the union, including the two largest.`,
			[]want{{"the union", "according to", "The strike closed nine ports", "indirect", ""}}},
		{"a preposition in -ing goes on with the sentence", `The strike ended, according to the union, during the night shift.`,
			[]want{{"the union", "according to", "The strike ended | during the night shift", "indirect", ""}}},
		{"the interrupted sentence goes on", `The ceasefire, according to mediators, is holding in the north.`,
			[]want{{"mediators", "according to", "The ceasefire | is holding in the north", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestQuestionRelative4 covers a relative clause inside an indirect question (see questionRelative in ends4.go).
func TestQuestionRelative4(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a which-clause inside the question stays", `The mayor was asked whether the new levy, which the council estimates would cost $2 billion a year, would survive the strike.`,
			[]want{{"", "was asked", "whether the new levy, which the council estimates would cost $2 billion a year, would survive the strike", "indirect", ""}}},
		{"a where-clause closing the question stays", `The envoy was asked if he would visit the port, where the number of strikers has grown.`,
			[]want{{"", "was asked", "if he would visit the port, where the number of strikers has grown", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
