package store

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestCheckConsistency breaks a sound ledger in the ways a partial write or a stray edit would, one at a
// time, and expects Check to name each.
func TestCheckConsistency(t *testing.T) {
	cases := []struct {
		name     string
		breakSQL string // SQL run on the sound ledger
		want     string // in Check's error
	}{
		{"claim missing", `DELETE FROM claims WHERE seq = 0 AND document_id = (SELECT MIN(document_id) FROM claims)`,
			"half-stored claims"},
		{"claim citing another document", `UPDATE claims SET statement_id = (SELECT MAX(id) FROM statements)
			WHERE id = (SELECT MIN(id) FROM claims WHERE statement_id IS NOT NULL)`, "claims citing another document"},
		{"cluster without signature", `UPDATE documents SET signature = NULL WHERE id = (SELECT MAX(id) FROM documents)`,
			"half-clustered documents"},
		{"cluster lost", `UPDATE documents SET cluster_id = NULL WHERE id = (SELECT MIN(id) FROM documents)`,
			"half-clustered documents"},
		{"cluster headed by a later document", `UPDATE documents SET cluster_id = (SELECT MAX(id) FROM documents)
			WHERE id = (SELECT MIN(id) FROM documents)`, "story clusters"},
		{"cluster head deleted", `DELETE FROM documents WHERE id = (SELECT MIN(cluster_id) FROM documents WHERE cluster_id <> id)`,
			"story clusters"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			eachBackend(t, func(t *testing.T, s *sqlLedger) {
				ctx := context.Background()
				src := newSources(t, s)
				// Two copies of one wire story with a follow-up between them, then two documents with claims.
				for _, n := range []string{"t01_port_strike_a_v2", "t01_port_strike_b", "t01_port_strike_a"} {
					if _, err := src.SaveSource(ctx, wireDoc(t, n), nil); err != nil {
						t.Fatal(err)
					}
				}
				for _, speaker := range []string{"Steve Witkoff", "Marco Rubio"} {
					f, stmts := claimDoc(t, speaker, speaker, time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC))
					if _, err := src.SaveSourceWith(ctx, f.doc, stmts, f.x); err != nil {
						t.Fatal(err)
					}
				}
				if err := s.Check(ctx); err != nil {
					t.Fatalf("Check on a sound ledger: %v", err)
				}
				res, err := s.w.ExecContext(ctx, c.breakSQL)
				if err != nil {
					t.Fatal(err)
				}
				if n, err := res.RowsAffected(); err != nil || n != 1 {
					t.Fatalf("%d rows changed, want 1 (%v)", n, err)
				}
				err = s.Check(ctx)
				if err == nil || !strings.Contains(err.Error(), c.want) {
					t.Errorf("Check = %v, want an error about %s", err, c.want)
				}
			})
		})
	}
}
