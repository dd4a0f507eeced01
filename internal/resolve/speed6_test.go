package resolve

import "testing"

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
