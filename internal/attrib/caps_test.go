package attrib

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/text"
)

// TestExtractCaps: ExtractCaps finds the statements Extract does, and marks exactly the words that start with an
// upper-case letter, in invented passages with numbers, non-ASCII capitals and quotes; a bitmap too short for
// the document is replaced, one long enough is reused.
func TestExtractCaps(t *testing.T) {
	x := New(Options{})
	caps := make([]uint64, 1, 64)
	for _, s := range []string{
		``,
		`Officials said the talks would resume, Reuters reported.`,
		`"We are ready," Élodie Martin told the BBC on Friday. In 2024, 3M and the U.S. Army said 40 States agreed.`,
		"İstanbul's mayor, Ömer Şahin, said ٨ of them left; \u212Aelvin Ross said 7pm was late. ÉTAT and état.",
	} {
		l := text.Analyze(s, 0)
		want := x.Extract(l)
		var got []Statement
		got, caps = x.ExtractCaps(l, caps)
		if len(got) != len(want) {
			t.Fatalf("%q: %d statements, want %d", s, len(got), len(want))
		}
		for i := range got {
			if got[i].Content != want[i].Content || got[i].Rule != want[i].Rule {
				t.Errorf("%q: statement %d: %+v, want %+v", s, i, got[i], want[i])
			}
		}
		if len(caps)*64 < len(l.Tokens) {
			t.Fatalf("%q: %d words of bitmap for %d tokens", s, len(caps), len(l.Tokens))
		}
		for i, tk := range l.Tokens {
			r, _ := utf8.DecodeRuneInString(l.Text[tk.Start:])
			want := tk.Kind == text.Word && unicode.IsUpper(r)
			if got := caps[i/64]>>(i%64)&1 != 0; got != want {
				t.Errorf("%q: token %q capitalised %v, want %v", s, l.TokenText(i), got, want)
			}
		}
	}
}

// TestSortedFew: the insertion sort orders statements as slices.SortStableFunc does, equal starts in the order
// they were added; past 64 statements it leaves sorting to sortStatements.
func TestSortedFew(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 70 {
		for range 20 {
			st := make([]Statement, n)
			for i := range st {
				// Few distinct starts, so that ties are common; Rule records the order of addition.
				st[i].Content.Start = rng.IntN(max(1, n/2))
				st[i].Rule = string(rune('A' + i%26))
				st[i].Content.End = i
			}
			want := slices.Clone(st)
			slices.SortStableFunc(want, func(a, b Statement) int { return cmp.Compare(a.Content.Start, b.Content.Start) })
			got := slices.Clone(st)
			sortStatements(got)
			for i := range got {
				if got[i].Content != want[i].Content || got[i].Rule != want[i].Rule {
					t.Fatalf("%d statements: position %d is %+v, want %+v", n, i, got[i].Content, want[i].Content)
				}
			}
			if sortedFew(slices.Clone(st)) != (n <= 64) {
				t.Fatalf("%d statements: sortedFew took them: %v", n, n <= 64)
			}
		}
	}
}

// TestPooledLowerKeepsOneDocument: the pooled lower-case array is not cleared after each document, but what a
// shorter document does not overwrite of a longer one is, so that the pool holds no text of earlier documents.
func TestPooledLowerKeepsOneDocument(t *testing.T) {
	x := New(Options{})
	long := text.Analyze(`Officials said the talks, which began in Geneva on Monday, would resume next week, Reuters reported.`, 0)
	short := text.Analyze(`He said no.`, 0)
	a := &tokenArrays{}
	for _, l := range []*text.Layer{long, short} {
		x.scratch.Put(a)
		r := x.newRun(l)
		if r.arrays != a {
			t.Skip("the pool gave other arrays") // sync.Pool may drop what it is given
		}
		x.release(r)
	}
	for i, w := range a.lower[len(short.Tokens):cap(a.lower)] {
		if w != "" {
			t.Fatalf("token %d of the longer document is still there: %q", len(short.Tokens)+i, w)
		}
	}
}
