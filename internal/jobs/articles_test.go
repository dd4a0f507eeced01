package jobs

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/analyze"
	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/ingest"
)

// The generated corpus: short wire-style articles, each with a header block, direct and indirect quotes by a
// handful of recurring speakers (so that actors are shared between documents and workers contend on them),
// and sentences that attribute nothing.
var (
	speakers = []struct{ name, role string }{
		{"Steve Witkoff", "the US special envoy"},
		{"Volodymyr Zelenskyy", "Ukraine's president"},
		{"Dmitry Peskov", "the Kremlin spokesman"},
		{"Kaja Kallas", "the EU's foreign policy chief"},
		{"Marco Rubio", "the US secretary of state"},
		{"Andrii Sybiha", "Ukraine's foreign minister"},
	}
	topics  = []string{"security guarantees", "a ceasefire", "prisoner exchanges", "the Zaporizhzhia plant", "grain exports", "sanctions relief"}
	places  = []string{"Geneva", "Istanbul", "Riyadh", "Alaska", "Brussels", "Kyiv"}
	outlets = []string{"Example Wire", "Daily Test", "The Sample Post"}
)

// article is the text of generated article i; the same i always gives the same text.
func article(i int) string {
	r := rand.New(rand.NewPCG(uint64(i), 42))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	sp := speakers[r.IntN(len(speakers))]
	other := speakers[(r.IntN(len(speakers)-1)+1+i)%len(speakers)]
	topic, place := pick(topics), pick(places)
	day := time.Date(2025, 8, 1, 9, 0, 0, 0, time.UTC).Add(time.Duration(i) * 37 * time.Minute)
	var b strings.Builder
	fmt.Fprintf(&b, "URL: https://news.example.com/world/%d\nOutlet: %s\nPublished: %s\nTitle: Talks on %s resume in %s (%d)\n\n",
		i, pick(outlets), day.Format(time.RFC3339), topic, place, i)
	fmt.Fprintf(&b, "Negotiators met in %s on day %d of the talks on %s.\n\n", place, i%30+1, topic)
	fmt.Fprintf(&b, "\"We made progress on %s, but there is more work to do,\" %s, %s, told reporters.\n\n", topic, sp.name, sp.role)
	fmt.Fprintf(&b, "%s said the next round would take place in %s within %d days.\n\n", other.name, pick(places), r.IntN(20)+2)
	if r.IntN(2) == 0 {
		fmt.Fprintf(&b, "According to %s, %s remained the main obstacle to a deal.\n\n", other.name, pick(topics))
	}
	fmt.Fprintf(&b, "The delegations did not publish a joint statement after session %d.\n\n", i)
	if r.IntN(3) > 0 {
		fmt.Fprintf(&b, "\"Nobody should expect a breakthrough this week,\" %s added. \"But the direction is right.\"\n\n", sp.name)
	}
	fmt.Fprintf(&b, "Officials in %s said they had not been briefed on the %s proposals.\n", pick(places), topic)
	return b.String()
}

// writeArticles writes n generated articles into a new directory and returns it with the number of
// statements the pipeline finds in them, read back the way the workers read them.
func writeArticles(t testing.TB, n int) (dir string, statements int) {
	t.Helper()
	dir = t.TempDir()
	p := analyze.New(attrib.Options{})
	for i := range n {
		path := filepath.Join(dir, fmt.Sprintf("article_%04d.txt", i))
		if err := os.WriteFile(path, []byte(article(i)), 0o644); err != nil {
			t.Fatal(err)
		}
		doc, err := ingest.ReadFile(context.Background(), path, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		statements += len(p.Document(doc).Statements)
	}
	if statements < 2*n {
		t.Fatalf("the pipeline finds only %d statements in %d generated articles: the generator no longer fits it", statements, n)
	}
	return dir, statements
}
