package api

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/analyze"
	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/store"
)

// seedGlob is the shared seed article every developer has beside the repository.
const seedGlob = "../../../shared/seed/*.txt"

// newLedger opens an empty SQLite ledger in a temporary directory.
func newLedger(t *testing.T) *store.SQLite {
	t.Helper()
	l, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

// ingestFiles analyses and stores the files matching glob, returning their document ids.
func ingestFiles(t *testing.T, l store.Ledger, glob string) []int64 {
	t.Helper()
	paths, err := filepath.Glob(glob)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no files match %s (err %v)", glob, err)
	}
	p := analyze.New(attrib.Options{})
	var ids []int64
	for _, path := range paths {
		doc, err := ingest.ReadFile(t.Context(), path, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		sr, err := l.SaveDocument(t.Context(), doc, p.Document(doc).Statements)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, sr.DocumentID)
	}
	return ids
}

// fixture is a ledger with the seed and the hostile article, and an API over it.
type fixture struct {
	ledger  *store.SQLite
	api     *API
	handler http.Handler
	seedID  int64
	hostile int64
}

const testToken = "s3cret-token"

func newFixture(t *testing.T, opt Options) *fixture {
	t.Helper()
	l := newLedger(t)
	f := &fixture{ledger: l}
	f.seedID = ingestFiles(t, l, seedGlob)[0]
	f.hostile = ingestFiles(t, l, "testdata/hostile.txt")[0]
	opt.Ledger = l
	f.api = New(opt)
	mux := http.NewServeMux()
	f.api.Register(mux)
	f.handler = Secure(mux, nil)
	return f
}

// do sends a request to the fixture's handler.
func (f *fixture) do(t *testing.T, method, target string, body io.Reader, header map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequestWithContext(t.Context(), method, target, body)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	f.handler.ServeHTTP(rec, req)
	return rec
}

// decode reads a JSON answer, failing on a wrong content type.
func decode[T any](t *testing.T, rec *httptest.ResponseRecorder) T {
	t.Helper()
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type %q, want JSON; body %s", ct, rec.Body)
	}
	var v T
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		t.Fatalf("decode %s: %v", rec.Body, err)
	}
	return v
}

// fakeClaims is an in-memory claims layer with just enough filtering to check what the API passes it.
type fakeClaims struct {
	claims    []Claim
	positions []Position
	points    []TimelinePoint
	issues    []IssueSummary
	lastClaim ClaimQuery
	lastPos   PositionQuery
	lastAsOf  time.Time
}

func (c *fakeClaims) Claims(ctx context.Context, q ClaimQuery) ([]Claim, error) {
	c.lastClaim = q
	var out []Claim
	for _, cl := range c.claims {
		if (q.Issue == "" || cl.Issue == q.Issue) && (q.Actor == "" || cl.Actor != nil && cl.Actor.ID == q.Actor) &&
			(!q.Contested || cl.Contested) && (q.DocumentID == 0 || cl.DocumentID == q.DocumentID) &&
			(q.StatementID == 0 || cl.StatementID == q.StatementID) {
			out = append(out, cl)
		}
	}
	out = out[min(q.Offset, len(out)):]
	if q.Limit > 0 {
		out = out[:min(q.Limit, len(out))]
	}
	return out, nil
}

func (c *fakeClaims) Positions(ctx context.Context, q PositionQuery) ([]Position, error) {
	c.lastPos = q
	return slices.DeleteFunc(slices.Clone(c.positions), func(p Position) bool {
		return q.Issue != "" && p.Issue != q.Issue || q.Actor != "" && p.Actor.ID != q.Actor
	}), nil
}

func (c *fakeClaims) Timeline(ctx context.Context, issue string, asOf time.Time) ([]TimelinePoint, error) {
	c.lastAsOf = asOf
	return c.points, nil
}

func (c *fakeClaims) Issues(ctx context.Context) ([]IssueSummary, error) { return c.issues, nil }

// someClaims makes n claims about putin on security guarantees, every other one contested.
func someClaims(n int) *fakeClaims {
	c := &fakeClaims{}
	putin := &ActorRef{ID: "putin", Name: "Vladimir Putin", Kind: "person"}
	for i := range n {
		c.claims = append(c.claims, Claim{
			ID: int64(i + 1), DocumentID: 1, StatementID: 1, Actor: putin, Event: "AGREE", Issue: "security-guarantees",
			Polarity: "+", Mode: "asserted", Claimant: Claimant{Name: "Steve Witkoff", Kind: "speaker"}, Stance: StanceAgree,
			Date: time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC), Text: "Putin has agreed", Sources: 1, Contested: i%2 == 1,
		})
	}
	c.positions = []Position{{Actor: *putin, Issue: "security-guarantees", Stance: StanceAgree, Claims: n, Sources: 1}}
	c.issues = []IssueSummary{{ID: "security-guarantees", Label: "Security guarantees for Ukraine", Claims: n, Actors: 1}}
	return c
}
