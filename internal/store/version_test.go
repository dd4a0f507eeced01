package store

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/attrib"
)

// TestVersionMovesWithWrites checks that Version stays put while nothing is written (on SQLite) and moves with
// every kind of write a cached view depends on: a new document, re-derived statements of an older document,
// the clustering pass, and writes by another handle on the ledger, even one that adds no row (a rename).
func TestVersionMovesWithWrites(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s, reopen := b.open(t)
			testVersionMoves(t, b.name, s, reopen)
		})
	}
}

func testVersionMoves(t *testing.T, backend string, s *sqlLedger, reopen func() (*sqlLedger, error)) {
	ctx := t.Context()
	version := func() string {
		t.Helper()
		v, err := s.Version(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	day := time.Date(2025, 8, 18, 9, 0, 0, 0, time.UTC)
	raw1 := "The envoy said: \"We will meet again.\" The minister said the talks were over.\n"
	raw2 := "The mediator said: \"Both sides agreed to a truce.\"\n"

	v0 := version()
	// PostgreSQL's token moves with any write on the server, and other tests write there meanwhile.
	if v := version(); v != v0 && backend == "sqlite" {
		t.Fatalf("version moved without a write: %s then %s", v0, v)
	}
	sr, err := s.SaveDocument(ctx, newDoc("one", raw1, day), []attrib.Statement{say(t, raw1, attrib.Direct, "We will meet again.", "The envoy", "person")})
	if err != nil {
		t.Fatal(err)
	}
	v1 := version()
	if v1 == v0 {
		t.Fatal("version did not move when a document was stored")
	}
	if _, err := s.SaveDocument(ctx, newDoc("two", raw2, day), []attrib.Statement{say(t, raw2, attrib.Direct, "Both sides agreed to a truce.", "The mediator", "person")}); err != nil {
		t.Fatal(err)
	}
	v2 := version()
	if v2 == v1 {
		t.Fatal("version did not move when a second document was stored")
	}
	// The older document re-derived with the same number of statements: its rows get new ids.
	if err := s.ReplaceStatements(ctx, sr.DocumentID, []attrib.Statement{say(t, raw1, attrib.Indirect, "the talks were over", "The minister", "person")}); err != nil {
		t.Fatal(err)
	}
	v3 := version()
	if v3 == v2 {
		t.Fatal("version did not move when statements were replaced")
	}
	src, err := NewSources(s)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := src.Recluster(ctx); err != nil || n == 0 {
		t.Fatalf("Recluster signed %d documents, err %v; want the two", n, err)
	}
	v4 := version()
	if v4 == v3 {
		t.Fatal("version did not move when documents were clustered")
	}

	// Another handle on the same ledger (another process, as far as s can tell) renames an actor: no
	// row is added, no id moves, and the version must still move.
	other, err := reopen()
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	res, err := other.w.ExecContext(ctx, `UPDATE actors SET name = 'The Mediator of Talks' WHERE name = 'The mediator'`)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		t.Fatalf("renamed %d actors, err %v; want one", n, err)
	}
	v5 := version()
	if v5 == v4 {
		t.Fatal("version did not move when another connection renamed an actor")
	}
	if v := version(); v != v5 && backend == "sqlite" {
		t.Fatalf("version moved without a write: %s then %s", v5, v)
	}
	if _, err := other.SaveDocument(ctx, newDoc("three", raw2+"\n", day), nil); err != nil {
		t.Fatal(err)
	}
	if version() == v5 {
		t.Fatal("version did not move when another connection stored a document")
	}
}

// TestVersionConcurrentCallers has many callers read the version at once, while and after another handle
// writes: every call that starts after a write has committed must see a version other than the one read
// before it (callers share reads, and a shared read must not be one that started too early).
func TestVersionConcurrentCallers(t *testing.T) {
	s := openTest(t)
	other, err := Open(t.Context(), s.path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	ctx := t.Context()
	day := time.Date(2025, 8, 18, 9, 0, 0, 0, time.UTC)
	stop := make(chan struct{})
	var background sync.WaitGroup
	for range 8 { // callers all along, so that reads are always running and joined
		background.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := s.Version(ctx); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	for round := range 10 {
		before, err := s.Version(ctx)
		if err != nil {
			t.Fatal(err)
		}
		raw := fmt.Sprintf("The envoy said: \"Round %d.\"\n", round)
		if _, err := other.SaveDocument(ctx, newDoc(fmt.Sprintf("round%d", round), raw, day), nil); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		for range 32 {
			wg.Go(func() {
				v, err := s.Version(ctx)
				if err != nil {
					t.Error(err)
				} else if v == before {
					t.Errorf("round %d: a call made after the write got the version from before it (%s)", round, v)
				}
			})
		}
		wg.Wait()
	}
	close(stop)
	background.Wait()
}
