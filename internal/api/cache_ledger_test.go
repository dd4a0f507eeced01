package api_test

import (
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/analyze"
	"github.com/parley-ledger/parley/internal/api"
	"github.com/parley-ledger/parley/internal/claims"
	"github.com/parley-ledger/parley/internal/codebook"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/ledger"
	"github.com/parley-ledger/parley/internal/positions"
	"github.com/parley-ledger/parley/internal/store"
)

// TestCachedClaimsMatchTheLedger compares the API's (cached) claims layer with the positions service read
// directly, on a real ledger with claims, before and after a write: the cache must give the same answers
// and never one from before the write.
func TestCachedClaimsMatchTheLedger(t *testing.T) {
	ctx := t.Context()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cb := codebook.Default()
	w := ledger.New(st, analyze.NewWith(analyze.Config{Claims: claims.New(cb)}), cb.Name)
	save := func(path string) {
		t.Helper()
		doc, err := ingest.ReadFile(ctx, path, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Save(ctx, doc); err != nil {
			t.Fatal(err)
		}
	}
	save("../../../shared/seed/000_ede8f8dea4cc4353.txt")
	save("../claims/testdata/contested/envoy.txt")

	cl, ok := store.Claims(st)
	if !ok {
		t.Fatal("the SQLite ledger has no claims layer")
	}
	direct := positions.ForAPI(positions.New(cl, cb))
	cached := api.New(api.Options{Ledger: st, Claims: direct, Codebook: cb}).Claims()

	check := func(stage string) {
		t.Helper()
		for range 2 { // the second round is answered from the cache
			for _, q := range []api.PositionQuery{{}, {Issue: "ceasefire"}, {Actor: "russia"}, {AsOf: time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)}} {
				want, err1 := direct.Positions(ctx, q)
				got, err2 := cached.Positions(ctx, q)
				if err1 != nil || err2 != nil || !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: positions %+v: cached %+v (err %v), direct %+v (err %v)", stage, q, got, err2, want, err1)
				}
			}
			for _, q := range []api.ClaimQuery{{}, {Contested: true}, {Issue: "ceasefire", Limit: 2}, {DocumentID: 1, Limit: 100}} {
				want, err1 := direct.Claims(ctx, q)
				got, err2 := cached.Claims(ctx, q)
				if err1 != nil || err2 != nil || !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: claims %+v: cached %d claims (err %v), direct %d (err %v)", stage, q, len(got), err2, len(want), err1)
				}
			}
			want, _ := direct.Timeline(ctx, "ceasefire", time.Time{})
			if got, err := cached.Timeline(ctx, "ceasefire", time.Time{}); err != nil || !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: timeline differs (err %v)", stage, err)
			}
			wantIs, _ := direct.Issues(ctx)
			if got, err := cached.Issues(ctx); err != nil || !reflect.DeepEqual(got, wantIs) {
				t.Fatalf("%s: issues differ (err %v)", stage, err)
			}
		}
	}
	check("before")
	before, err := cached.Claims(ctx, api.ClaimQuery{Contested: true})
	if err != nil {
		t.Fatal(err)
	}
	// The Kremlin's denial contradicts the envoy: the contested claims change with this write.
	save("../claims/testdata/contested/kremlin.txt")
	check("after a write")
	after, err := cached.Claims(ctx, api.ClaimQuery{Contested: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(after) <= len(before) {
		t.Errorf("contested claims: %d before the denial was stored, %d after; the cache kept the old answer", len(before), len(after))
	}
}
