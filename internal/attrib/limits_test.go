package attrib

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/text"
)

// TestContentBounded: an unclosed quote or a sentence without end makes no content longer than MaxContent;
// a content is cut after a whole token (or inside one huge token at a character boundary).
func TestContentBounded(t *testing.T) {
	for _, tc := range []struct{ name, s string }{
		{"unclosed quote", "The minister said “" + strings.Repeat("we will not give up ", 1<<13) + "\n"},
		{"endless sentence", "Officials said " + strings.Repeat("the talks went on and ", 1<<13) + "on.\n"},
		{"one huge word", "He said: “" + strings.Repeat("é", 1<<16) + "”\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, sts := extractAll(tc.s, Options{})
			if len(sts) == 0 {
				t.Fatal("no statement")
			}
			for _, st := range sts {
				c := st.Content
				if c.Len() > MaxContent || c.Len() == 0 || !utf8.ValidString(tc.s[c.Start:c.End]) {
					t.Errorf("content %v: %d bytes", c, c.Len())
				}
				if c.End < len(tc.s) && c.Len() > MaxContent-1000 && tc.name != "one huge word" && !endsToken(l, c.End) {
					t.Errorf("content %v is cut inside a token", c)
				}
				for _, p := range st.Pieces {
					if !c.Contains(p) {
						t.Errorf("piece %v outside content %v", p, c)
					}
				}
			}
		})
	}
}

func endsToken(l *text.Layer, off int) bool {
	for _, tok := range l.Tokens {
		if tok.End == off {
			return true
		}
	}
	return false
}

// TestPrevIndexMatchesScan: prevIndex answers what previousStatement's scan answers, for rising offsets,
// under the changes continuations makes between questions (the answer's content extended past the offset, a
// statement appended after it), and still when the offsets go back.
func TestPrevIndexMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 500 {
		var out []Statement
		for range rng.IntN(30) {
			e := rng.IntN(200)
			out = append(out, Statement{Content: text.Span{Start: max(0, e-5), End: e}})
		}
		idx := newPrevIndex(out)
		off := 0
		for q := range 40 {
			if round%50 == 0 && q == 20 {
				off -= 30 // offsets going back make it fall back on the scan
			} else {
				off += rng.IntN(12)
			}
			got, want := idx.at(out, off), previousStatement(out, off)
			if got != want {
				t.Fatalf("round %d, question %d: at(%d) = %d, the scan says %d", round, q, off, got, want)
			}
			switch rng.IntN(3) {
			case 0:
				if want >= 0 {
					out[want].Content.End = off + 1 + rng.IntN(20)
					idx.moved(want, out[want].Content.End)
				}
			case 1:
				e := off + 1 + rng.IntN(20)
				out = append(out, Statement{Content: text.Span{Start: off, End: e}})
				idx.added(len(out)-1, e)
			}
		}
	}
}
