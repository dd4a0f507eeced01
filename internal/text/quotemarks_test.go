package text

import "testing"

// TestMistypedClosingMark: an opening curly mark glued to the quotation's last word or stop and followed by a
// space or a stop closes the quotation it ends ("It's unusual,“ said X"); elsewhere it still opens one.
func TestMistypedClosingMark(t *testing.T) {
	tests := []struct{ in, want string }{
		{"“It is unusual,“ said Ann Lee, a lawyer.", "It is unusual,"},
		{"“Apparently not.“ He left.", "Apparently not."},
		{"He said “no” and left.", "no"},
		{"He called it “abhorrent“ and left.", "abhorrent"},
		{"He called it “abhorrent“.", "abhorrent"},
		{"He said, “We won.”", "We won."},
	}
	for _, tc := range tests {
		l := Analyze(tc.in, 0)
		if len(l.Quotes) != 1 || l.SpanText(l.Quotes[0].Inner) != tc.want || l.Quotes[0].Close < 0 {
			t.Errorf("%q: quotes %+v, want one closed quotation %q", tc.in, l.Quotes, tc.want)
		}
	}
}
