package text

import (
	"strings"
	"testing"
)

// TestSentencesDottedParty: a party-and-state label with dots inside ("(D-N.Y.)") ends no sentence.
func TestSentencesDottedParty(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Rep. Ann Vale (D-N.Y.) said the vote was close. It was.", "Rep. Ann Vale (D-N.Y.) said the vote was close.|It was."},
		{"Sen. Ross Teller (R-S.C.), said he would wait.", "Sen. Ross Teller (R-S.C.), said he would wait."},
		{"He lives in N.Y. Then he moved.", "He lives in N.Y.|Then he moved."},
		{`"Why now?" Lee asked reporters on Friday. He left.`, `"Why now?" Lee asked reporters on Friday.|He left.`},
		{`"Go!" Lee said. He left.`, `"Go!" Lee said.|He left.`},
	}
	for _, tc := range tests {
		got := strings.Join(sentenceTexts(Analyze(tc.in, 0)), "|")
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}
