package positions

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/analyze"
	"github.com/parley-ledger/parley/internal/api"
	"github.com/parley-ledger/parley/internal/claims"
	"github.com/parley-ledger/parley/internal/codebook"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// crimeaDoc is a third article, on another issue, published after the other two.
const crimeaDoc = `title: Kyiv rules out giving up Crimea
outlet: Example Post
published: 2025-08-22T10:00:00Z
url: https://example.net/crimea

"We will never give up Crimea," Zelensky told reporters on Friday.
Russia has agreed to a ceasefire, Rubio said.
`

// ledger stores the contested pair and crimeaDoc with their claims and returns a Service over them.
func ledger(t *testing.T) *Service {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "parley.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cl, ok := store.Claims(st)
	if !ok {
		t.Fatal("SQLite ledger keeps no claims")
	}
	cb := codebook.Default()
	p := analyze.NewWith(analyze.Config{Claims: claims.New(cb)})
	var docs []*ingest.Document
	for _, name := range []string{"envoy.txt", "kremlin.txt"} {
		doc, err := ingest.ReadFile(ctx, filepath.Join("..", "claims", "testdata", "contested", name), ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	doc, err := ingest.Parse("crimea", "crimea.txt", []byte(crimeaDoc))
	if err != nil {
		t.Fatal(err)
	}
	docs = append(docs, doc)
	for _, doc := range docs {
		res := p.Document(doc)
		if _, err := cl.SaveDocumentWith(ctx, doc, res.Statements, &store.Derived{Speakers: res.Speakers, Claims: res.Claims, Codebook: cb.Name}); err != nil {
			t.Fatal(err)
		}
	}
	return New(cl, cb)
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestContestedClaims(t *testing.T) {
	s := ledger(t)
	ctx := context.Background()
	cs, err := s.Claims(ctx, Query{Contested: true})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[int64]Claim{}
	claimants := map[string]int{}
	for _, c := range cs {
		byID[c.ID] = c
		claimants[c.Claimant.Name]++
		if c.Actor == nil || c.Actor.ID != "russia" || c.Event != claims.Agree || c.Issue == nil || c.Issue.ID != "ceasefire" {
			t.Errorf("contested claim %d: %+v %s %+v", c.ID, c.Actor, c.Event, c.Issue)
		}
	}
	if claimants["Steve Witkoff"] != 1 || claimants["Marco Rubio"] != 1 || claimants["Dmitry Peskov"] < 1 {
		t.Fatalf("contested claimants %v", claimants)
	}
	for _, c := range cs {
		for _, id := range c.Contradictions {
			o, ok := byID[id]
			if !ok {
				t.Errorf("claim %d contradicted by %d, which is not listed as contested", c.ID, id)
				continue
			}
			if o.Polarity == c.Polarity || o.Claimant.Name == c.Claimant.Name || !slices.Contains(o.Contradictions, c.ID) {
				t.Errorf("claims %d and %d are not a symmetric contradiction", c.ID, id)
			}
		}
		// Witkoff (Example Wire) and Rubio (Example Post) corroborate each other from two stories.
		if c.Claimant.Name == "Steve Witkoff" && (c.Sources != 2 || len(c.Corroborations) != 1) {
			t.Errorf("Witkoff's claim: %d sources, corroborations %v", c.Sources, c.Corroborations)
		}
	}
	// As of the envoy's day, nothing contradicts him yet.
	early, err := s.Claims(ctx, Query{Contested: true, AsOf: day("2025-08-20")})
	if err != nil {
		t.Fatal(err)
	}
	if len(early) != 0 {
		t.Errorf("as of 2025-08-20: %d contested claims", len(early))
	}
}

func TestPositions(t *testing.T) {
	s := ledger(t)
	ctx := context.Background()
	ps, err := s.Positions(ctx, PositionQuery{Issue: "ceasefire", Actor: "russia"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 {
		t.Fatalf("%d positions, want 1: %+v", len(ps), ps)
	}
	p := ps[0]
	// The latest claim is Rubio's (22 August): agreed.
	if p.Stance != claims.StanceAgree || !p.Contested || p.Claims < 3 || p.Sources != 3 || p.Decider().Claimant.Name != "Marco Rubio" {
		t.Errorf("russia on ceasefire: %+v decided by %s", p, p.Decider().Claimant.Name)
	}
	for i := 1; i < len(p.Evidence); i++ {
		if p.Evidence[i-1].Date().Before(p.Evidence[i].Date()) {
			t.Errorf("evidence not newest first: %v before %v", p.Evidence[i-1].Date(), p.Evidence[i].Date())
		}
	}
	// As of the 21st, Peskov's denial is the latest word.
	ps, err = s.Positions(ctx, PositionQuery{Issue: "ceasefire", Actor: "russia", AsOf: day("2025-08-21")})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || ps[0].Stance != claims.StanceReject || ps[0].Decider().Claimant.Name != "Dmitry Peskov" {
		t.Errorf("as of 2025-08-21: %+v", ps)
	}
	// Sub-issues count towards their parent: "territory" finds Zelensky on Crimea.
	ps, err = s.Positions(ctx, PositionQuery{Issue: "territory"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || ps[0].Issue.ID != "crimea" || ps[0].Actor.ID != "ukraine" || ps[0].Stance != claims.StanceReject {
		t.Errorf("territory: %+v", ps)
	}
}

func TestTimelineAndIssues(t *testing.T) {
	s := ledger(t)
	ctx := context.Background()
	tl, err := s.Timeline(ctx, "ceasefire", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tl) < 4 {
		t.Fatalf("timeline has %d claims", len(tl))
	}
	for i := 1; i < len(tl); i++ {
		if tl[i].Date().Before(tl[i-1].Date()) {
			t.Errorf("timeline out of order at %d", i)
		}
	}
	if _, err := s.Timeline(ctx, "", time.Time{}); err == nil {
		t.Error("timeline without an issue succeeded")
	}
	is, err := s.IssueSummaries(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var ceasefire IssueSummary
	for _, i := range is {
		if i.ID == "ceasefire" {
			ceasefire = i
		}
	}
	if ceasefire.Claims != len(tl) || ceasefire.Contested < 3 || ceasefire.Actors != 1 || ceasefire.Label != "Ceasefire" {
		t.Errorf("ceasefire summary %+v (timeline %d)", ceasefire, len(tl))
	}
	if len(is) != len(codebook.Default().Issues) {
		t.Errorf("%d issue summaries, want every codebook issue", len(is))
	}
}

func TestBrief(t *testing.T) {
	s := ledger(t)
	b, err := s.Brief(context.Background(), BriefQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var md bytes.Buffer
	if err := b.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "brief.md")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, md.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if md.String() != string(want) {
		t.Errorf("brief differs from %s (run with -update to accept):\n%s", golden, md.String())
	}
	var html bytes.Buffer
	if err := b.WriteHTML(&html); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<h2>Ceasefire</h2>", "Dmitry Peskov", `<a href="https://example.com/envoy">`, "Contested"} {
		if !strings.Contains(html.String(), want) {
			t.Errorf("HTML brief lacks %q", want)
		}
	}
	if strings.Contains(html.String(), `"We will`) {
		t.Error("HTML brief does not escape quotes in text")
	}
}

func TestPlover(t *testing.T) {
	s := ledger(t)
	cs, err := s.Claims(context.Background(), Query{Actor: "russia", Contested: true})
	if err != nil {
		t.Fatal(err)
	}
	ev := Plover(&cs[0])
	b, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	x, ok := m["x_parley"].(map[string]any)
	if !ok || m["event"] != "AGREE" || m["src_actor"] != "russia" || m["date"] == "" {
		t.Fatalf("record %s", b)
	}
	for _, k := range []string{"claimant", "issue", "evidence", "polarity", "mode", "contradicts"} {
		if _, ok := x[k]; !ok {
			t.Errorf("x_parley lacks %q: %s", k, b)
		}
	}
}

func TestForAPI(t *testing.T) {
	a := ForAPI(ledger(t))
	ctx := context.Background()
	cs, err := a.Claims(ctx, api.ClaimQuery{Issue: "ceasefire"})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(cs); i++ {
		if cs[i].Date.After(cs[i-1].Date) {
			t.Errorf("API claims not newest first at %d", i)
		}
	}
	if len(cs) == 0 || cs[0].Text == "" || cs[0].Sources == 0 {
		t.Fatalf("API claims %+v", cs)
	}
	page, err := a.Claims(ctx, api.ClaimQuery{Issue: "ceasefire", Limit: 1, Offset: 1})
	if err != nil || len(page) != 1 || page[0].ID != cs[1].ID {
		t.Errorf("page = %+v, %v", page, err)
	}
	if _, err := a.Claims(ctx, api.ClaimQuery{Event: "HUG"}); err == nil {
		t.Error("unknown event accepted")
	}
	ps, err := a.Positions(ctx, api.PositionQuery{Actor: "russia", Issue: "ceasefire"})
	if err != nil || len(ps) != 1 || !ps[0].Contested {
		t.Errorf("API positions %+v, %v", ps, err)
	}
	tl, err := a.Timeline(ctx, "ceasefire", time.Time{})
	if err != nil || len(tl) != len(cs) {
		t.Errorf("API timeline has %d points, claims %d: %v", len(tl), len(cs), err)
	}
	is, err := a.Issues(ctx)
	if err != nil || len(is) == 0 {
		t.Errorf("API issues %+v, %v", is, err)
	}
}

// TestDocumentClaimsReadOnlyTheirGroups checks that a document's (or statement's) claims, related through
// the groups they belong to only, are related exactly as when every claim of the ledger is read, under
// every filter that goes to the store.
func TestDocumentClaimsReadOnlyTheirGroups(t *testing.T) {
	s := ledger(t)
	ctx := context.Background()
	everything, err := s.l.Claims(ctx, store.ClaimQuery{})
	if err != nil {
		t.Fatal(err)
	}
	docs := map[int64]bool{}
	stmts := map[int64]bool{}
	related := 0
	for _, r := range everything {
		docs[r.DocumentID] = true
		if r.StatementID != 0 {
			stmts[r.StatementID] = true
		}
	}
	if len(docs) != 3 {
		t.Fatalf("%d documents with claims, want 3", len(docs))
	}
	for _, base := range []Query{{}, {AsOf: day("2025-08-20")}, {Issue: "ceasefire"}, {Actor: "russia"}, {Event: claims.Agree}, {WithIssue: true}} {
		var queries []Query
		for d := range docs {
			q := base
			q.DocumentID = d
			queries = append(queries, q)
		}
		for st := range stmts {
			q := base
			q.StatementID = st
			queries = append(queries, q)
		}
		for _, q := range queries {
			got, err := s.Claims(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			rows, err := s.l.Claims(ctx, store.ClaimQuery{Issues: s.Issues(q.Issue), Actor: q.Actor, Event: q.Event, AsOf: q.AsOf, WithIssue: q.WithIssue})
			if err != nil {
				t.Fatal(err)
			}
			want := filter(relate(rows), q)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%+v: claims from their groups differ from those related among all:\n got %+v\nwant %+v", q, got, want)
			}
			for _, c := range got {
				if len(c.Contradictions)+len(c.Corroborations) > 0 {
					related++
				}
			}
		}
	}
	if related == 0 {
		t.Error("no claim of any document is related to another: the test compares nothing that matters")
	}
}
