package resolve

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestTableMatchesMap puts, reads and empties a table and a Go map the same way, over several documents'
// worth of generations, growth past its first size and a reset that forgets.
func TestTableMatchesMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tb := newTable[int]()
	for doc := range 40 {
		m := map[string]int{}
		keys := 1 + rng.IntN(300)
		if doc == 7 {
			keys = 20 * maxKept // grows far past what is kept
		}
		for range 3 * keys {
			k := fmt.Sprintf("k%d", rng.IntN(keys))
			switch rng.IntN(3) {
			case 0:
				v := rng.Int()
				*tb.ref(k) = v
				m[k] = v
			case 1:
				got, want := tb.get(k), m[k]
				if _, ok := m[k]; ok != (got != nil) || (ok && *got != want) {
					t.Fatalf("doc %d: get(%q) = %v, map has %d (%v)", doc, k, got, want, ok)
				}
			default:
				got := tb.getBytes([]byte(k))
				if _, ok := m[k]; ok != (got != nil) || (ok && *got != m[k]) {
					t.Fatalf("doc %d: getBytes(%q) = %v, map has %d (%v)", doc, k, got, m[k], ok)
				}
			}
		}
		if tb.n != len(m) {
			t.Fatalf("doc %d: %d keys, map has %d", doc, tb.n, len(m))
		}
		tb.reset(doc%5 == 4)
		if len(tb.slots) > 4*maxKept {
			t.Fatalf("doc %d: the reset kept %d slots", doc, len(tb.slots))
		}
		for k := range m {
			if tb.get(k) != nil {
				t.Fatalf("doc %d: %q survived the reset", doc, k)
			}
		}
	}
}
