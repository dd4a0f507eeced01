package store

import (
	"strings"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/attrib"
)

// TestStatementsOddInput runs filters that once failed on PostgreSQL with a server error: a search word
// longer than PostgreSQL indexes (ORDER BY a constant 0 named a column by position), and a NUL in the speaker
// filter (PostgreSQL text cannot hold it). Each must simply match nothing, on both backends.
func TestStatementsOddInput(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := t.Context()
		raw := "The envoy said: \"We will meet again.\"\n"
		if _, err := s.SaveDocument(ctx, newDoc("one", raw, time.Date(2025, 8, 18, 9, 0, 0, 0, time.UTC)),
			[]attrib.Statement{say(t, raw, attrib.Direct, "We will meet again.", "The envoy", "person")}); err != nil {
			t.Fatal(err)
		}
		for _, q := range []StatementQuery{
			{Search: strings.Repeat("a", 3000)},
			{Search: strings.Repeat("é", 1500)},
			{Search: "meet " + strings.Repeat("b", 2100) + "*"},
			{Speaker: "\x00"},
			{Speaker: "\x00", Search: "meet"},
		} {
			rows, err := s.Statements(ctx, q)
			if err != nil || len(rows) != 0 {
				t.Errorf("search %.20q speaker %q: %d rows, err %v; want none and no error", q.Search, q.Speaker, len(rows), err)
			}
		}
	})
}
