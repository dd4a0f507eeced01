package ledger

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/parley-ledger/parley/internal/analyze"
	"github.com/parley-ledger/parley/internal/claims"
	"github.com/parley-ledger/parley/internal/codebook"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/store"
)

func seed(t *testing.T) *ingest.Document {
	t.Helper()
	raw, err := os.ReadFile("../../../shared/seed/000_ede8f8dea4cc4353.txt")
	if err != nil {
		t.Skipf("seed not present: %v", err)
	}
	doc, err := ingest.Parse("", "seed.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestSaveStoresStatementsClaimsAndCluster: one Save stores all three, a second stores nothing, and Rederive
// replaces statements and claims with the same ones.
func TestSaveStoresStatementsClaimsAndCluster(t *testing.T) {
	ctx := context.Background()
	doc := seed(t)
	st, err := store.OpenDSN(ctx, filepath.Join(t.TempDir(), "l.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cb := codebook.Default()
	w := New(st, analyze.NewWith(analyze.Config{Claims: claims.New(cb)}), cb.Name)
	sr, err := w.Save(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	if !sr.Created || sr.Statements < 12 || sr.ClusterID != sr.DocumentID {
		t.Fatalf("first save: %+v", sr)
	}
	again, err := w.Save(ctx, doc)
	if err != nil || again.Created || again.DocumentID != sr.DocumentID {
		t.Fatalf("second save: %+v, %v", again, err)
	}
	cl, ok := store.Claims(st)
	if !ok {
		t.Fatal("ledger keeps no claims")
	}
	before, err := cl.Claims(ctx, store.ClaimQuery{})
	if err != nil || len(before) == 0 {
		t.Fatalf("claims after save: %d, %v", len(before), err)
	}
	if _, err := w.Rederive(ctx, sr.DocumentID); err != nil {
		t.Fatal(err)
	}
	after, err := cl.Claims(ctx, store.ClaimQuery{})
	if err != nil || len(after) != len(before) {
		t.Fatalf("claims after rederive: %d, want %d (%v)", len(after), len(before), err)
	}
	stats, err := st.Stats(ctx)
	if err != nil || stats.Documents != 1 || stats.Statements != sr.Statements {
		t.Fatalf("stats %+v, %v", stats, err)
	}
	if err := st.Check(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Rederive(ctx, 999); err == nil {
		t.Error("rederive of an unknown document did not fail")
	}
}
