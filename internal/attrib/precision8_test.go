package attrib

import "testing"

// hasCue reports whether the text gives a statement with the cue (PolNeAR conventions).
func hasCue(t *testing.T, in, cue string) bool {
	t.Helper()
	l, sts := extractAll(in, PolNeAR)
	for _, st := range sts {
		if st.Cue != nil && l.SpanText(*st.Cue) == cue {
			return true
		}
	}
	for _, st := range sts {
		t.Logf("%+v", show(l, st))
	}
	return false
}

// TestPrecision8 covers cues read in a sense that reports nothing (vetoed8): each row had a statement before.
func TestPrecision8(t *testing.T) {
	tests := []struct{ name, in, cue string }{
		{"what they saw as", "The dockers walked out over what they saw as a betrayal by the port board.", "saw"},
		{"what she sees as", "The mayor spoke at length about what she sees as the real cause of the strike.", "sees"},
		{"see what happens", "The union says it will wait for the vote and will see what happens next week.", "will see"},
		{"saw a number", "The harbor district saw 40 applicants for the two open seats on the board.", "saw"},
		{"see an amount", "Under the deal, nurses would see a 12 percent raise by the end of 2027.", "would see"},
		{"seeing as", "The farmers backed the tariff plan, seeing as the price of grain kept falling.", "seeing"},
		{"after seeing", "The envoy changed her mind after seeing the damage in the border villages.", "seeing"},
		{"before voting", "Crowds filled the square in the last hours before voting began in the capital.", "voting"},
		{"attacks a noun", "Harbor attacks test the mayor's plan for the port.", "attacks"},
		{"politically charged", "The mayor's politically charged remarks on the pension fund upset the dockers.", "politically charged"},
		{"charged a price", "The port club charged a $500 entry fee to every visiting trader.", "charged"},
		{"showed up", "The report counted the nearly 3,000 dockers who showed up in 2019 for the first strike vote.", "showed"},
		{"showed off", "The union released a film that showed off the new cranes at the terminal.", "showed"},
		{"showing off", "The striker waved at the cameras, showing off the banner her union had printed.", "showing"},
		{"offered a glimpse", "The mayor's visit to the docks offered a rare glimpse of the talks behind closed doors.", "offered"},
		{"offers benefits", "The new treaty offers undeniable benefits to small exporters.", "offers"},
		{"seeks reelection", "As she seeks reelection, the governor keeps her distance from the strikers.", "seeks"},
		{"seeking a term", "Mayor Ruiz, who is seeking a third term, visited the picket line.", "is seeking"},
		{"sought the convention", "The port city sought the convention to win new investors.", "sought"},
		{"called someone at a time", "The mayor called both union leaders Tuesday night and asked for calm.", "called"},
		{"called someone, a stop", "A year later, Mayor Ruiz called Okafor. The strike was over by then.", "called"},
		{"conference call", "After Okafor's conference call ended, the board sent out a press release.", "call"},
		{"making calls", "Making calls three nights a week is how the old docker helps the strike.", "calls"},
		{"appeared on", "Ruiz appeared on Sunday talk shows amid reports that questioned his account of the strike.", "appeared"},
		{"appearing on", "The envoy, appearing on state radio right after the talks, looked tired.", "appearing"},
		{"appeared in front of", `Banners quickly appeared in front of the union hall that said "We won."`, "quickly appeared"},
		{"you know", "A rival (who might be, well, you know) could still win the port vote.", "know"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if hasCue(t, tc.in, tc.cue) {
				t.Errorf("statement with cue %q: got one, want none", tc.cue)
			}
		})
	}
}

// TestPrecision8Keeps covers the near cases that keep their statement: a verb "attacks" after a pronoun, a
// view with "as" but no "what", a negated "see why", "charged that", an offer to act or of a plan, calling
// someone something, "appeared to".
func TestPrecision8Keeps(t *testing.T) {
	tests := []struct{ name, in, cue string }{
		{"she attacks", "In her speech, she attacks the board's handling of the strike.", "attacks"},
		{"see as without what", "The dockers see the offer as an insult to their families.", "see"},
		{"saw as without what", "The mayor saw the vote as a test of her leadership.", "saw"},
		{"cannot see why", "I cannot see why the board would sign the deal.", "see"},
		{"charged that", "The union charged that the board had hidden the accounts.", "charged"},
		{"called a thing", "The mayor called the offer an insult to the dockers.", "called"},
		{"called a name a quote", `Ruiz called Okafor "a fine negotiator" at the rally.`, "called"},
		{"appeared to", "The mayor appeared to accept the union's offer on Friday.", "appeared to accept"},
		{"offered to", "The mayor offered to meet the strikers at the gate.", "offered"},
		{"offered a plan", "The envoy offered a plan to end the blockade by Friday.", "offered"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !hasCue(t, tc.in, tc.cue) {
				t.Errorf("statement with cue %q: got none, want one", tc.cue)
			}
		})
	}
}
