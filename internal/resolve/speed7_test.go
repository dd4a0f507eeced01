package resolve

import (
	"testing"

	"github.com/parley-ledger/parley/internal/text"
)

// functionWordAt reads 8 bytes from a token's start: it must answer what functionWord answers of the token,
// at the text's end too, for every function word and for words of other lengths and cases.
func TestFunctionWordAt(t *testing.T) {
	texts := []string{
		"The Mayor And The Council Following Talks With Dockers Said They Would Not Strike.",
		"AFTER the vote, THESE delegates, Those of Lyon and WHILE Café owners: Ça va. Of",
		"In",
		"however Nevertheless THEREFORE Among AMONGST i A ´Twas Following FOLLOWING following",
	}
	for _, w := range functionWords {
		texts = append(texts, w, "x "+w, w+" x")
	}
	for _, s := range texts {
		toks := text.Tokenize(s, 0, len(s), nil)
		for _, tk := range toks {
			w := s[tk.Start:tk.End]
			if got, want := functionWordAt(s, tk.Start, tk.End), functionWord(w); got != want {
				t.Errorf("functionWordAt(%q, %q) = %v, functionWord %v", s, w, got, want)
			}
		}
	}
	// Words that are function words must be found both ways (the test above cannot fail if both say no).
	for _, c := range []struct {
		s    string
		want bool
	}{{"The strike", true}, {"SPEAKING to dockers", true}, {"Dockers struck", false}, {"Following talks", true}} {
		toks := text.Tokenize(c.s, 0, len(c.s), nil)
		if got := functionWordAt(c.s, toks[0].Start, toks[0].End); got != c.want {
			t.Errorf("functionWordAt(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
