package attrib

import "testing"

// TestPrecision7 covers lines PolNeAR leaves unmarked: publisher's notices, series labels before a headline's
// colon, races called by the networks and "may want to" advice; and the near cases that keep their statement.
func TestPrecision7(t *testing.T) {
	tests := []struct {
		name string
		in   string
		cue  string // a cue the text is read for
		has  bool   // whether a statement with that cue is wanted
	}{
		// Publisher's notices: nothing.
		{"correction", "Strike Ends\n\nCorrection: An earlier version of this report incorrectly stated that the dockers voted on Friday.", "incorrectly stated", false},
		{"update note", "Strike Ends\n\nThis article has been updated to say that the council voted on Friday.", "to say", false},
		{"correction note without been", "Strike Ends\n\nThis post was corrected to say that the mayor conceded.", "to say", false},
		{"sign up", "Strike Ends\n\nSign up to get an alert when the council publishes its budget.", "publishes", false},
		{"a story that says", "Strike Ends\n\nThis story says the union will walk out again in May.", "says", true},
		// Series labels before a colon: no speaker.
		{"column label", "Harbor Update: The latest tally of the strike vote.", ":", false},
		{"show label", "Port Radio Daily: A week of tense talks.", ":", false},
		{"podcast label", "Dockside Nerdcast: Will the mayor back down?", ":", false},
		{"a speaker keeps the colon", "Mayor Quispe: The strike must end this week.", ":", true},
		// Races called: nothing; a name given keeps its statement.
		{"race called for", "Supporters cheered when Ohio was called for the governor.", "was called", false},
		{"race called at the end", "Dockers cheered in the hall after the race was called.", "was called", false},
		{"as it is called", "The Harbor Pact, as the deal is called, would end the strike.", "is called", true},
		// Advice: nothing; a plain want keeps its statement.
		{"may want", "The council may want to check its figures.", "may want", false},
		{"might want", "Mayor Quispe might want to try a new offer.", "might want", false},
		{"wants", "The union wants to see a new offer by Friday.", "wants", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, sts := extractAll(tc.in, PolNeAR)
			found := false
			for _, st := range sts {
				if st.Cue != nil && l.SpanText(*st.Cue) == tc.cue {
					found = true
				}
			}
			if found != tc.has {
				for _, st := range sts {
					t.Logf("%+v", show(l, st))
				}
				t.Errorf("statement with cue %q: got %v, want %v", tc.cue, found, tc.has)
			}
		})
	}
}
