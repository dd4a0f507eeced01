package store

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/attrib"
)

// TestStatementsAfterCursor pages through the statements with After and checks that the pages, joined, are
// the listing read in one go: same rows, same order, none twice, with ties on the date (two documents
// published at the same minute) and a document without a date, alone and under a filter.
func TestStatementsAfterCursor(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := t.Context()
		day := time.Date(2025, 8, 18, 9, 0, 0, 0, time.UTC)
		for i, published := range []time.Time{day.Add(48 * time.Hour), day, day, {}, day.Add(-24 * time.Hour)} {
			var b strings.Builder
			var stmts []attrib.Statement
			for j := range 3 {
				fmt.Fprintf(&b, "Speaker %d said: \"Point %d of document %d.\"\n", j, j, i)
			}
			raw := b.String()
			for j := range 3 {
				kind := attrib.Direct
				if j == 1 {
					kind = attrib.Indirect
				}
				stmts = append(stmts, say(t, raw, kind, fmt.Sprintf("Point %d of document %d.", j, i), fmt.Sprintf("Speaker %d", j), "person"))
			}
			if _, err := s.SaveDocument(ctx, newDoc(fmt.Sprintf("doc%d", i), raw, published), stmts); err != nil {
				t.Fatal(err)
			}
		}
		for _, tc := range []struct {
			name string
			q    StatementQuery
		}{
			{"all", StatementQuery{}},
			{"direct", StatementQuery{Kind: attrib.Direct}},
			{"since", StatementQuery{Since: day}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				want, err := s.Statements(ctx, tc.q)
				if err != nil {
					t.Fatal(err)
				}
				var got []StatementRow
				q := tc.q
				q.Limit = 2
				for pages := 0; ; pages++ {
					if pages > len(want) {
						t.Fatal("pages do not end")
					}
					rows, err := s.Statements(ctx, q)
					if err != nil {
						t.Fatal(err)
					}
					got = append(got, rows...)
					if len(rows) < q.Limit {
						break
					}
					last := rows[len(rows)-1]
					q.After = &StatementCursor{DocumentID: last.DocumentID, Seq: last.Seq}
				}
				if len(got) != len(want) {
					t.Fatalf("paged %d statements, listed %d", len(got), len(want))
				}
				for i := range want {
					if got[i].ID != want[i].ID {
						t.Fatalf("row %d: paged statement %d, listed %d", i, got[i].ID, want[i].ID)
					}
				}
			})
		}
		t.Run("newest first", func(t *testing.T) {
			for _, q := range []StatementQuery{{}, {Kind: attrib.Direct}, {Since: day}} {
				want, err := s.Statements(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				slices.Reverse(want)
				for _, limit := range []int{0, 4} {
					nq := q
					nq.Newest, nq.Limit = true, limit
					got, err := s.Statements(ctx, nq)
					if err != nil {
						t.Fatal(err)
					}
					w := want
					if limit > 0 {
						w = want[:limit]
					}
					if len(got) != len(w) {
						t.Fatalf("%+v: %d statements, want %d", nq, len(got), len(w))
					}
					for i := range w {
						if got[i].ID != w[i].ID {
							t.Fatalf("%+v: row %d is statement %d, want %d (the listing reversed)", nq, i, got[i].ID, w[i].ID)
						}
					}
				}
			}
			if _, err := s.Statements(ctx, StatementQuery{Newest: true, Search: "point"}); !errors.Is(err, ErrBadQuery) {
				t.Errorf("newest first with a search: err %v, want ErrBadQuery", err)
			}
		})
		t.Run("unknown document", func(t *testing.T) {
			rows, err := s.Statements(ctx, StatementQuery{After: &StatementCursor{DocumentID: 999, Seq: 0}})
			if err != nil || len(rows) != 0 {
				t.Errorf("after a missing document: %d rows, err %v; want none", len(rows), err)
			}
		})
		t.Run("with search", func(t *testing.T) {
			_, err := s.Statements(ctx, StatementQuery{Search: "point", After: &StatementCursor{DocumentID: 1}})
			if !errors.Is(err, ErrBadQuery) {
				t.Errorf("cursor with a search: err %v, want ErrBadQuery", err)
			}
		})
	})
}
