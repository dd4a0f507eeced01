package ui

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/parley-ledger/parley/internal/analyze"
	"github.com/parley-ledger/parley/internal/api"
	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/store"
)

const seedGlob = "../../../shared/seed/*.txt"

type fixture struct {
	ledger  *store.SQLite
	api     *api.API
	handler http.Handler
	seedID  int64
	hostile int64
}

func newFixture(t *testing.T, claims api.Claims) *fixture {
	t.Helper()
	l, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	f := &fixture{ledger: l}
	f.seedID = ingestFiles(t, l, seedGlob)[0]
	f.hostile = ingestFiles(t, l, "testdata/hostile.txt")[0]
	f.api = api.New(api.Options{Ledger: l, Claims: claims})
	u, err := New(Options{API: f.api})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	f.api.Register(mux)
	u.Register(mux)
	f.handler = api.Secure(mux, nil)
	return f
}

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

func (f *fixture) get(t *testing.T, target string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	f.handler.ServeHTTP(rec, httptest.NewRequestWithContext(t.Context(), "GET", target, nil))
	return rec
}

// statements returns a document's stored statements.
func (f *fixture) statements(t *testing.T, doc int64) []store.StatementRow {
	t.Helper()
	rows, err := f.ledger.Statements(t.Context(), store.StatementQuery{DocumentID: doc})
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// parse reads an HTML page.
func parse(t *testing.T, body string) *html.Node {
	t.Helper()
	n, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// findAll returns the elements under n for which match is true, in document order.
func findAll(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && match(c) {
			out = append(out, c)
		}
	}
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	return slices.Contains(strings.Fields(attr(n, "class")), class)
}

// textOf is the text inside n.
func textOf(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// fakeClaims is an in-memory claims layer.
type fakeClaims struct {
	claims    []api.Claim
	positions []api.Position
	points    []api.TimelinePoint
}

func (c *fakeClaims) Claims(ctx context.Context, q api.ClaimQuery) ([]api.Claim, error) {
	var out []api.Claim
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

func (c *fakeClaims) Positions(ctx context.Context, q api.PositionQuery) ([]api.Position, error) {
	return slices.DeleteFunc(slices.Clone(c.positions), func(p api.Position) bool {
		return q.Issue != "" && p.Issue != q.Issue || q.Actor != "" && p.Actor.ID != q.Actor
	}), nil
}

func (c *fakeClaims) Timeline(ctx context.Context, issue string, asOf time.Time) ([]api.TimelinePoint, error) {
	var out []api.TimelinePoint
	for _, p := range c.points {
		if asOf.IsZero() || !p.Date.After(asOf) {
			out = append(out, p)
		}
	}
	return out, nil
}

func (c *fakeClaims) Issues(ctx context.Context) ([]api.IssueSummary, error) {
	return []api.IssueSummary{{ID: "security-guarantees", Label: "Security guarantees for Ukraine", Claims: len(c.claims), Actors: 2}}, nil
}

// claimsFixture: Witkoff says Putin agreed to security guarantees; a Russian source says he rejected them;
// Zelenskyy is reported to want NATO membership.
func claimsFixture(docID, stmtID int64) *fakeClaims {
	day := func(d int) time.Time { return time.Date(2025, 8, d, 0, 0, 0, 0, time.UTC) }
	putin := api.ActorRef{ID: "putin", Name: "Vladimir Putin", Kind: "person"}
	zelensky := api.ActorRef{ID: "zelenskyy", Name: "Volodymyr Zelenskyy", Kind: "person"}
	witkoff := api.ActorRef{ID: "witkoff", Name: "Steve Witkoff", Kind: "person"}
	p, z := putin, zelensky
	c := &fakeClaims{
		claims: []api.Claim{
			{ID: 1, DocumentID: docID, StatementID: stmtID, Actor: &p, Event: "AGREE", Issue: "security-guarantees", Polarity: "+",
				Mode: "asserted", Claimant: api.Claimant{Name: "Steve Witkoff", Kind: "speaker", Actor: &witkoff}, Stance: api.StanceAgree,
				Date: day(18), Text: "Putin has agreed to <b>game changing</b> security guarantees", Sources: 3, Contested: true},
			{ID: 2, DocumentID: docID, Actor: &p, Event: "REJECT", Issue: "security-guarantees", Polarity: "+", Mode: "historical",
				Claimant: api.Claimant{Name: "BBC", Kind: "outlet"}, Stance: api.StanceReject, Date: day(12),
				Text: "Putin has long rejected the idea", Sources: 1, Contested: true},
			{ID: 3, DocumentID: docID, Actor: &z, Event: "REQUEST", Issue: "nato-membership", Polarity: "+", Mode: "asserted",
				Claimant: api.Claimant{Name: "BBC", Kind: "outlet"}, Stance: api.StanceAgree, Date: day(18), Text: "join Nato", Sources: 1},
		},
		positions: []api.Position{
			{Actor: putin, Issue: "security-guarantees", Stance: api.StanceMixed, Claims: 2, Sources: 4, Contested: true, Latest: day(18)},
			{Actor: zelensky, Issue: "nato-membership", Stance: api.StanceAgree, Claims: 1, Sources: 1, Latest: day(18)},
		},
		points: []api.TimelinePoint{
			{Date: day(12), Actor: putin, Stance: api.StanceReject, Event: "REJECT", ClaimID: 2, Sources: 1},
			{Date: day(18), Actor: putin, Stance: api.StanceAgree, Event: "AGREE", ClaimID: 1, Claimant: "Steve Witkoff", Sources: 3},
			{Date: day(18), Actor: zelensky, Stance: api.StanceUnclear, Event: "CONSULT", ClaimID: 4, Sources: 1},
		},
	}
	return c
}
