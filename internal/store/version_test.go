package store

import (
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/attrib"
)

// TestVersionMovesWithWrites checks that Version stays put while nothing is written and moves with every kind
// of write a cached view depends on: a new document, re-derived statements of an older document, and the
// clustering pass.
func TestVersionMovesWithWrites(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
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
		if v := version(); v != v0 {
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
		if v := version(); v == v3 {
			t.Fatal("version did not move when documents were clustered")
		}
	})
}
