package attrib

import "testing"

// TestSinceInCue covers "since" between a perfect auxiliary and its verb, a time adverb that belongs to the cue
// as "later" does.
func TestSinceInCue(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"has since said", `The harbor chief has since said the cranes would be repaired by spring.`,
			[]want{{"The harbor chief", "has since said", "the cranes would be repaired by spring", "indirect", ""}}},
		{"have since argued", `Several council members have since argued that the bus fare should be frozen.`,
			[]want{{"Several council members", "have since argued", "that the bus fare should be frozen", "indirect", ""}}},
		{"since opens a clause", `Since the talks stalled, the mediator said both sides were tired.`,
			[]want{{"the mediator", "said", "both sides were tired", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestReaderQuestion covers a question put to the reader, which attributes nothing, against the same question
// in an interview, where the interviewer asks it of the guest.
func TestReaderQuestion(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"prompt to the reader", `The mayor spoke for an hour. Do you support the new stadium? Share the post.`,
			nil},
		{"prompt with oppose", `Do you oppose the ferry strike? Tell us below.`, nil},
		{"a clause after think is put forward", `Do you think the ferry strike will end soon?`,
			[]want{{"you", "think", "the ferry strike will end soon", "indirect", ""}}},
		{"interview question", `Q: The strike is in its third week. Do you think the dockers will settle?`,
			[]want{{"you", "think", "the dockers will settle", "indirect", ""}}},
		{"statement keeps its cue", `Do not expect a deal, the union leader said.`,
			[]want{{"the union leader", "said", "Do not expect a deal", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestEditorsNote covers an editor's note, an aside of the publisher that attributes nothing, against a note
// reported as what an editor said.
func TestEditorsNote(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"editor's note", `Editor's note: The harbor board has repeatedly pledged to close the old pier.`, nil},
		{"curly apostrophe", `Editor’s note: The council has said it will vote on the bus fares in May.`, nil},
		{"an editor said", `The editor noted that the council will vote on the bus fares in May.`,
			[]want{{"The editor", "noted", "that the council will vote on the bus fares in May", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
