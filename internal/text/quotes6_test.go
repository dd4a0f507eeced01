package text

import "testing"

// TestClosingTriple: in the style that writes a double mark as two apostrophes, three apostrophes after a word
// or a stop close a nested single quote and then the double one, so that the mark right before the attribution
// closes the quotation; after a space the double mark opens first.
func TestClosingTriple(t *testing.T) {
	tests := []struct {
		in, want string
		after    string // the text of the token after the closing mark
	}{
		{"''The port calls it 'a lockout,''' said Jane Roe.", "The port calls it 'a lockout,'", "said"},
		{"''We heard 'no deal.''' The talks ended.", "We heard 'no deal.'", "The"},
		{"''''' is no quotation.", "", ""},
		{"He said, '''Enough,' they shouted,'' and left.", "'Enough,' they shouted,", "and"},
		{"''Strike,'' he said.", "Strike,", "he"},
	}
	for _, tc := range tests {
		l := Analyze(tc.in, 0)
		if tc.want == "" {
			for _, q := range l.Quotes {
				if q.Close >= 0 && q.Inner.End-q.Inner.Start > 3 {
					t.Errorf("%q: quotes %+v, want none with words inside", tc.in, l.Quotes)
				}
			}
			continue
		}
		if len(l.Quotes) != 1 || l.Quotes[0].Close < 0 || l.SpanText(l.Quotes[0].Inner) != tc.want {
			t.Errorf("%q: quotes %+v, want one closed quotation %q", tc.in, l.Quotes, tc.want)
			continue
		}
		if c := l.Quotes[0].Close; c+1 >= len(l.Tokens) || l.TokenText(c+1) != tc.after || l.TokenText(c) != "''" {
			t.Errorf("%q: the closing mark is token %d, want a double mark before %q", tc.in, c, tc.after)
		}
	}
}
