package resolve

import (
	"strings"
	"testing"
)

func TestWordGate(t *testing.T) {
	g := newWordGate(map[string]bool{"mayor": true, "union": true, "board": false})
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"mayor", true}, {"union", true}, {"board", false}, {"mayors", false}, {"unity", false},
		{"council", false}, {"Mayor", false}, {"", false},
	} {
		if got := g.has(c.w); got != c.want {
			t.Errorf("has(%q) = %v, want %v", c.w, got, c.want)
		}
	}
	// Each gate agrees with its table on every word of all of them.
	tables := map[*wordGate]map[string]bool{gTitles: titles, gAnonymousHeads: anonymousHeads, gOrgWords: orgWords,
		gFemaleTitles: femaleTitles, gMaleTitles: maleTitles, gSpokesHeads: spokesHeads}
	for g, m := range tables {
		for _, m2 := range tables {
			for w := range m2 {
				if g.has(w) != m[w] {
					t.Errorf("gate says %v for %q, its table %v", g.has(w), w, m[w])
				}
			}
		}
	}
}

// appendLower8 appends what strings.ToLower gives, after what b holds, for names of every length around
// its eight-byte steps, upper-case letters at each place, and bytes past ASCII anywhere.
func TestAppendLower8(t *testing.T) {
	names := []string{"", "A", "Oslo", "UNION", "Dockworkers", "Port Authority", "Mayor Reyes-Quispe",
		"ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{", "Café Workers", "ÉLODIE MARTIN", "Transit Board ÖV", "\u212Aelvin Ross",
		"Strike Committee Of The Northern Docks"}
	for _, n := range names {
		for _, prefix := range []string{"", "x", "talks:"} {
			want := prefix + strings.ToLower(n)
			if got := string(appendLower8([]byte(prefix), n)); got != want {
				t.Errorf("appendLower8(%q, %q) = %q, want %q", prefix, n, got, want)
			}
			if got := string(appendLower([]byte(prefix), n)); got != want {
				t.Errorf("appendLower(%q, %q) = %q, want %q", prefix, n, got, want)
			}
		}
	}
}
