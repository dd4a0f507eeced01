package attrib

import "testing"

// TestDocumentAbout covers a publishing verb with an indefinite piece of writing and "about": the phrase up
// to the preposition is the cue.
func TestDocumentAbout(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"published a story about", `The Tribune published a story about delays in the ceasefire talks.`,
			[]want{{"The Tribune", "published a story about", "delays in the ceasefire talks", "indirect", ""}}},
		{"adjective before the noun", `The union wrote an open letter about the strike at the port.`,
			[]want{{"The union", "wrote an open letter about", "the strike at the port", "indirect", ""}}},
		{"a definite object is a thing handled", `The Tribune published the story about the strike at the port.`,
			[]want{{"The Tribune", "published", "the story about the strike at the port", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestSoonInCue covers "soon" between the subject and the verb, an adverb of time that PolNeAR keeps in the
// cue as it keeps "later" and "then".
func TestSoonInCue(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"subject soon verb", `The envoy soon noted that the ceasefire was holding.`,
			[]want{{"The envoy", "soon noted", "that the ceasefire was holding", "indirect", ""}}},
		{"as soon as opens a clause", `As soon as the talks ended, the envoy said the ceasefire was holding.`,
			[]want{{"the envoy", "said", "the ceasefire was holding", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestApproxAbout covers "about" before an amount, an approximator that opens the content, against "about"
// before a noun phrase, a preposition that the cue takes.
func TestApproxAbout(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"about half", `The organizers predicted about half of the dockworkers would join the strike.`,
			[]want{{"The organizers", "predicted", "about half of the dockworkers would join the strike", "indirect", ""}}},
		{"about and a figure", `The ministry estimated about 1,200 workers would stay home during the strike.`,
			[]want{{"The ministry", "estimated", "about 1,200 workers would stay home during the strike", "indirect", ""}}},
		{"about a third", `The union predicted about a third of the fleet would stay in port.`,
			[]want{{"The union", "predicted", "about a third of the fleet would stay in port", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestPublishedRelative covers a relative clause on a piece the subject puts out: the cue runs from the
// publishing verb to the clause's verb and the source is who put the piece out.
func TestPublishedRelative(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"released a video that accuses", `The dockworkers' union released a short video that accuses the port authority of stalling the talks.`,
			[]want{{"The dockworkers' union", "released a short video that accuses", "the port authority of stalling the talks", "indirect", ""}}},
		{"a definite piece stays with the pronoun", `The union released the video, which shows the strike at the port.`,
			[]want{{"which", "shows", "the strike at the port", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
