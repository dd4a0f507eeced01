package claims

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/codebook"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/text"
)

// TestEvidenceBounded: in a clause of megabytes (a paragraph with no punctuation), every claim's evidence
// is at most maxEvidence bytes around its trigger, rather than the whole clause stored once per claim.
func TestEvidenceBounded(t *testing.T) {
	s := strings.Repeat("Russia agreed to ceasefire talks and rejected demands ", 1<<12) + "\n"
	doc := &ingest.Document{Name: "long", Raw: s}
	l := text.Analyze(s, 0)
	cs := New(codebook.Default()).Extract(doc, l, attrib.New(attrib.Options{}).Extract(l)).Claims
	if len(cs) < 100 {
		t.Fatalf("%d claims, want thousands", len(cs))
	}
	for _, c := range cs {
		if c.Evidence.Len() > maxEvidence || !c.Evidence.Contains(c.Trigger) {
			t.Fatalf("claim at %v: evidence %v (%d bytes)", c.Trigger, c.Evidence, c.Evidence.Len())
		}
	}
}

// TestPrecomputedScansMatch: objectEnd and mayHaveTime, which answer from tables built once per document,
// answer what scanning the tokens answers.
func TestPrecomputedScansMatch(t *testing.T) {
	words := []string{"Russia", "agreed", "to", "talks", ",", "during", "the", "summit", "on", "Friday", "at", "10:30",
		"after", "mid-August", "while", "3", "Kyiv's", "overnight", "and", "said", "."}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 50 {
		var b strings.Builder
		for range 200 {
			b.WriteString(words[rng.IntN(len(words))] + " ")
		}
		s := b.String()
		l := text.Analyze(s, 0)
		d := newDocState(New(nil), &ingest.Document{Raw: s}, l, nil)
		n := len(l.Tokens)
		for range 200 {
			from, end := rng.IntN(n+1), rng.IntN(n+1)
			want := end
			for k := from; k < end; k++ {
				if d.isObjectStop(k) {
					want = k
					break
				}
			}
			if got := d.objectEnd(from, end); got != want {
				t.Fatalf("objectEnd(%d, %d) = %d, the scan says %d", from, end, got, want)
			}
			scan := false
			for k := from; k < end; k++ {
				scan = scan || d.isTimeTok(k)
			}
			if got := d.mayHaveTime(from, end); got != scan {
				t.Fatalf("mayHaveTime(%d, %d) = %v, the scan says %v", from, end, got, scan)
			}
		}
	}
}
