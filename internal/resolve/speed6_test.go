package resolve

import (
	"testing"

	"github.com/parley-ledger/parley/internal/wordset"
)

// Each gate agrees with its table on every word of all of them.
func TestWordGates(t *testing.T) {
	tables := map[*wordset.Gate[bool]]map[string]bool{gTitles: titles, gAnonymousHeads: anonymousHeads, gOrgWords: orgWords,
		gFemaleTitles: femaleTitles, gMaleTitles: maleTitles, gSpokesHeads: spokesHeads}
	for g, m := range tables {
		for _, m2 := range tables {
			for w := range m2 {
				if wordset.Has(g, w) != m[w] {
					t.Errorf("gate says %v for %q, its table %v", wordset.Has(g, w), w, m[w])
				}
			}
		}
	}
}
