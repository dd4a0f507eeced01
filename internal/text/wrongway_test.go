package text

import "testing"

// TestClosingMarkTypedAsOpening: a closing curly mark that starts its line, or follows a space and is glued to
// the next word while no quotation is open, opens the quotation; elsewhere it closes one.
func TestClosingMarkTypedAsOpening(t *testing.T) {
	tests := []struct{ in, want string }{
		{"”The strike is over,” she said.", "The strike is over,"},
		{"Talks stalled.\n\n\u202a”The deal is off,” he said.", "The deal is off,"},
		{"Talks stalled.\n\n” … and the ceasefire held,” he said.", " … and the ceasefire held,"},
		{"He said the unions ”will not back down” on pay.", "will not back down"},
		{"“We won,” she said.", "We won,"},
	}
	for _, tc := range tests {
		l := Analyze(tc.in, 0)
		if len(l.Quotes) != 1 || l.SpanText(l.Quotes[0].Inner) != tc.want || l.Quotes[0].Close < 0 {
			t.Errorf("%q: quotes %+v, want one closed quotation %q", tc.in, l.Quotes, tc.want)
		}
	}
	// Not glued to a word after a space: still a closing mark, so no quotation opens.
	if l := Analyze("He left ” and the talks ended.", 0); len(l.Quotes) != 0 {
		t.Errorf("a spaced closing mark opened a quotation: %+v", l.Quotes)
	}
}
