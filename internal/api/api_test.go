package api

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/store"
)

func TestStatusCodes(t *testing.T) {
	f := newFixture(t, Options{})
	tests := []struct {
		method, target string
		want           int
		wantErr        string // substring of the JSON error message
	}{
		{"GET", "/api/v1/", 200, ""},
		{"GET", "/api/v1/stats", 200, ""},
		{"GET", "/api/v1/openapi.json", 200, ""},
		{"GET", "/api/v1/documents", 200, ""},
		{"GET", "/api/v1/documents?limit=1&offset=1", 200, ""},
		{"GET", "/api/v1/documents?limit=0", 400, "bad limit"},
		{"GET", "/api/v1/documents?limit=501", 400, "bad limit"},
		{"GET", "/api/v1/documents?limit=ten", 400, "bad limit"},
		{"GET", "/api/v1/documents?offset=-1", 400, "bad offset"},
		{"GET", fmt.Sprintf("/api/v1/documents/%d", f.seedID), 200, ""},
		{"GET", "/api/v1/documents/9999", 404, "not found"},
		{"GET", "/api/v1/documents/abc", 400, "bad id"},
		{"GET", "/api/v1/documents/0", 400, "bad id"},
		{"GET", "/api/v1/statements", 200, ""},
		{"GET", "/api/v1/statements?speaker=witkoff&kind=direct&since=2025-08-01&until=2025-09", 200, ""},
		{"GET", "/api/v1/statements?q=guarantee*", 200, ""},
		{"GET", "/api/v1/statements?q=" + url.QueryEscape("*** ()"), 400, "bad search query"},
		{"GET", "/api/v1/statements?since=yesterday", 400, "bad since"},
		{"GET", "/api/v1/statements?until=2025-13-01", 400, "bad until"},
		{"GET", "/api/v1/statements?kind=quote", 400, "bad kind"},
		{"GET", "/api/v1/statements?actor=x", 400, "bad actor"},
		{"GET", "/api/v1/statements?actor=9999", 404, "not found"},
		{"GET", "/api/v1/statements?issue=security-guarantees", 200, ""},
		{"GET", "/api/v1/statements?issue=moon-landing", 400, "unknown issue"},
		{"GET", "/api/v1/actors", 200, ""},
		{"GET", "/api/v1/actors?limit=-3", 400, "bad limit"},
		{"GET", "/api/v1/actors/1", 200, ""},
		{"GET", "/api/v1/actors/9999", 404, "not found"},
		{"GET", "/api/v1/issues", 200, ""},
		{"GET", "/api/v1/claims", 501, "no claims"},
		{"GET", "/api/v1/claims?contested=1", 501, "no claims"},
		{"GET", "/api/v1/claims?contested=maybe", 400, "bad contested"},
		{"GET", "/api/v1/claims?since=nope", 400, "bad since"},
		{"GET", "/api/v1/claims?actor=" + url.QueryEscape("<x>"), 400, "bad actor"},
		{"GET", "/api/v1/positions", 501, "no claims"},
		{"GET", "/api/v1/positions?as_of=soon", 400, "bad as_of"},
		{"GET", "/api/v1/timeline?issue=crimea", 501, "no claims"},
		{"GET", "/api/v1/timeline", 400, "missing issue"},
		{"GET", "/api/v1/timeline?issue=crimea&as_of=x", 400, "bad as_of"},
		{"GET", "/api/v1/nope", 404, "no such endpoint"},
		{"GET", "/api/v2/documents", 404, "no such endpoint"},
		{"POST", "/api/v1/documents", 405, "not allowed"},
		{"DELETE", "/api/v1/documents/1", 405, "not allowed"},
		{"GET", "/api/v1/ingest", 405, "not allowed"},
		{"POST", "/api/v1/ingest", 403, "writes are disabled"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			rec := f.do(t, tt.method, tt.target, nil, nil)
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d; body %s", rec.Code, tt.want, rec.Body)
			}
			if rec.Header().Get("X-Content-Type-Options") != "nosniff" || rec.Header().Get("Content-Security-Policy") == "" {
				t.Errorf("security headers missing: %v", rec.Header())
			}
			if tt.want < 400 {
				return
			}
			e := decode[errorBody](t, rec)
			if e.Status != tt.want || !strings.Contains(e.Error, tt.wantErr) {
				t.Errorf("error body %+v, want status %d and %q", e, tt.want, tt.wantErr)
			}
		})
	}
}

func TestMethodNotAllowedListsMethods(t *testing.T) {
	f := newFixture(t, Options{})
	rec := f.do(t, "PUT", "/api/v1/statements", nil, nil)
	if rec.Code != 405 || rec.Header().Get("Allow") != "GET, HEAD" {
		t.Errorf("PUT statements: %d, Allow %q", rec.Code, rec.Header().Get("Allow"))
	}
	rec = f.do(t, "GET", "/api/v1/ingest", nil, nil)
	if rec.Code != 405 || rec.Header().Get("Allow") != "POST" {
		t.Errorf("GET ingest: %d, Allow %q", rec.Code, rec.Header().Get("Allow"))
	}
}

func TestDocumentsPaginate(t *testing.T) {
	f := newFixture(t, Options{})
	var seen []int64
	next := "/api/v1/documents?limit=1"
	for pages := 0; next != ""; pages++ {
		if pages > 5 {
			t.Fatal("next links do not end")
		}
		l := decode[List[store.DocumentRow]](t, f.do(t, "GET", next, nil, nil))
		if l.Total == nil || *l.Total != 2 {
			t.Errorf("total %v, want 2", l.Total)
		}
		if len(l.Items) != 1 {
			t.Fatalf("page %s has %d items", next, len(l.Items))
		}
		if l.Items[0].Raw != "" {
			t.Error("document list carries raw text")
		}
		seen = append(seen, l.Items[0].ID)
		next = l.Next
	}
	slices.Sort(seen)
	if !slices.Equal(seen, []int64{f.seedID, f.hostile}) {
		t.Errorf("pages gave documents %v, want %d and %d", seen, f.seedID, f.hostile)
	}
}

func TestDocumentDetail(t *testing.T) {
	f := newFixture(t, Options{})
	d := decode[DocumentDetail](t, f.do(t, "GET", fmt.Sprintf("/api/v1/documents/%d", f.seedID), nil, nil))
	if d.Document.ID != f.seedID || !strings.Contains(d.Document.Raw, "Witkoff") {
		t.Fatalf("document %d without its text: %+v", f.seedID, d.Document)
	}
	if len(d.Statements) != d.Document.Statements || len(d.Statements) == 0 {
		t.Errorf("%d statements, document says %d", len(d.Statements), d.Document.Statements)
	}
	for _, s := range d.Statements {
		if s.DocumentID != f.seedID || d.Document.Raw[s.Content.Start:s.Content.End] == "" {
			t.Errorf("statement %d does not belong or has no content", s.ID)
		}
	}
}

func TestStatementFilters(t *testing.T) {
	f := newFixture(t, Options{})
	ctx := t.Context()
	actors, err := f.ledger.Actors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var witkoff store.ActorRow
	for _, a := range actors {
		if a.Name == "Steve Witkoff" {
			witkoff = a
		}
	}
	if witkoff.ID == 0 {
		t.Fatalf("no Steve Witkoff among %v", actors)
	}
	list := func(target string) List[store.StatementRow] {
		t.Helper()
		rec := f.do(t, "GET", target, nil, nil)
		if rec.Code != 200 {
			t.Fatalf("%s: %d %s", target, rec.Code, rec.Body)
		}
		return decode[List[store.StatementRow]](t, rec)
	}

	t.Run("actor", func(t *testing.T) {
		l := list(fmt.Sprintf("/api/v1/statements?actor=%d&limit=500", witkoff.ID))
		if len(l.Items) != witkoff.Statements || l.Total == nil || *l.Total != witkoff.Statements {
			t.Fatalf("%d statements (total %v), Witkoff has %d", len(l.Items), l.Total, witkoff.Statements)
		}
		for _, s := range l.Items {
			if s.ActorID != witkoff.ID {
				t.Errorf("statement %d by actor %d", s.ID, s.ActorID)
			}
		}
	})
	t.Run("actor pages", func(t *testing.T) {
		l := list(fmt.Sprintf("/api/v1/statements?actor=%d&limit=2", witkoff.ID))
		if len(l.Items) != 2 || l.Next == "" {
			t.Fatalf("first page: %d items, next %q", len(l.Items), l.Next)
		}
		l2 := list(l.Next)
		if len(l2.Items) == 0 || l2.Items[0].ID == l.Items[0].ID {
			t.Errorf("next page repeats or is empty: %v", l2.Items)
		}
	})
	t.Run("issue", func(t *testing.T) {
		l := list("/api/v1/statements?issue=security-guarantees&limit=500")
		if len(l.Items) == 0 {
			t.Fatal("no statement about security guarantees in the seed")
		}
		for _, s := range l.Items {
			if !slices.Contains(f.api.IssueMentions(s.ContentText), "security-guarantees") {
				t.Errorf("statement %d does not mention the issue: %q", s.ID, s.ContentText)
			}
		}
	})
	t.Run("parent issue takes sub-issues", func(t *testing.T) {
		l := list("/api/v1/statements?issue=territory&limit=500")
		found := false
		for _, s := range l.Items {
			found = found || strings.Contains(s.ContentText, "Crimea")
		}
		if !found {
			t.Errorf("territory misses the Crimea statement: %v", l.Items)
		}
	})
	t.Run("speaker and kind", func(t *testing.T) {
		l := list("/api/v1/statements?speaker=witkoff&kind=direct")
		if len(l.Items) == 0 {
			t.Fatal("no direct quotes from Witkoff")
		}
		for _, s := range l.Items {
			if s.Speaker != "Steve Witkoff" || s.Kind != "direct" {
				t.Errorf("statement %d: %s %s", s.ID, s.Speaker, s.Kind)
			}
		}
	})
	t.Run("dates", func(t *testing.T) {
		if l := list("/api/v1/statements?since=2025-08-19"); len(l.Items) == 0 || slices.ContainsFunc(l.Items, func(s store.StatementRow) bool { return s.DocumentID == f.seedID }) {
			t.Errorf("since 19 Aug: %d items, seed (18 Aug) included or hostile (20 Aug) missing", len(l.Items))
		}
		if l := list("/api/v1/statements?until=2025-08-19"); slices.ContainsFunc(l.Items, func(s store.StatementRow) bool { return s.DocumentID != f.seedID }) {
			t.Error("until 19 Aug includes a later document")
		}
	})
	t.Run("search", func(t *testing.T) {
		l := list("/api/v1/statements?q=concession")
		if len(l.Items) == 0 || !strings.Contains(l.Items[0].ContentText, "concession") {
			t.Errorf("search for concession: %v", l.Items)
		}
	})
}

func TestClaimRoutes(t *testing.T) {
	c := someClaims(5)
	f := newFixture(t, Options{Claims: c})
	l := decode[List[Claim]](t, f.do(t, "GET", "/api/v1/claims?contested=1&issue=security-guarantees&actor=putin&limit=1", nil, nil))
	q := c.lastClaim
	if !q.Contested || q.Issue != "security-guarantees" || q.Actor != "putin" || q.Limit != 2 || q.Offset != 0 {
		t.Errorf("claims layer asked %+v", q)
	}
	if len(l.Items) != 1 || !l.Items[0].Contested || l.Next == "" {
		t.Errorf("contested page: %+v", l)
	}
	l = decode[List[Claim]](t, f.do(t, "GET", l.Next, nil, nil))
	if c.lastClaim.Offset != 1 || len(l.Items) != 1 || !l.Items[0].Contested || l.Next != "" {
		t.Errorf("second page (offset %d): %+v", c.lastClaim.Offset, l)
	}

	p := decode[List[Position]](t, f.do(t, "GET", "/api/v1/positions?actor=putin&as_of=2025-08-18", nil, nil))
	if len(p.Items) != 1 || c.lastPos.Actor != "putin" || !c.lastPos.AsOf.Equal(time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("positions %+v after query %+v", p, c.lastPos)
	}

	tl := decode[TimelineAnswer](t, f.do(t, "GET", "/api/v1/timeline?issue=security-guarantees&as_of=2025-09", nil, nil))
	if tl.Label != "Security guarantees for Ukraine" || !c.lastAsOf.Equal(time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("timeline %+v asOf %v", tl, c.lastAsOf)
	}
	is := decode[List[IssueSummary]](t, f.do(t, "GET", "/api/v1/issues", nil, nil))
	if len(is.Items) != 1 || is.Items[0].Claims != 5 {
		t.Errorf("issues come from the claims layer: %+v", is)
	}
}

func TestIssuesWithoutClaimsComeFromCodebook(t *testing.T) {
	f := newFixture(t, Options{})
	l := decode[List[IssueSummary]](t, f.do(t, "GET", "/api/v1/issues?limit=500", nil, nil))
	if len(l.Items) != len(f.api.Codebook().Issues) {
		t.Fatalf("%d issues, codebook has %d", len(l.Items), len(f.api.Codebook().Issues))
	}
	for i, is := range f.api.Codebook().Issues {
		if l.Items[i].ID != is.ID || l.Items[i].Label != is.Label || l.Items[i].Parent != is.Parent {
			t.Errorf("issue %d: %+v, codebook %s %q", i, l.Items[i], is.ID, is.Label)
		}
	}
}

func TestArticleMarkupIsEscaped(t *testing.T) {
	f := newFixture(t, Options{})
	rec := f.do(t, "GET", fmt.Sprintf("/api/v1/documents/%d", f.hostile), nil, nil)
	body := rec.Body.String()
	if strings.Contains(body, "<script>") || strings.Contains(body, "<b>") {
		t.Errorf("raw markup in JSON: %s", body)
	}
	d := decode[DocumentDetail](t, rec)
	if !strings.Contains(d.Document.Raw, "<script>alert(1)</script>") || !strings.Contains(d.Document.Title, "<script>") {
		t.Errorf("markup lost, not escaped: title %q", d.Document.Title)
	}
}

func TestSecureRefusesForeignHost(t *testing.T) {
	l := newLedger(t)
	mux := http.NewServeMux()
	New(Options{Ledger: l}).Register(mux)
	h := Secure(mux, LoopbackHosts("127.0.0.1:8080"))
	for host, want := range map[string]int{
		"127.0.0.1:8080": 200, "localhost:8080": 200, "[::1]:8080": 200, "LOCALHOST": 200,
		"evil.example:8080": 403, "127.0.0.1.nip.io": 403,
	} {
		req := httptest.NewRequestWithContext(t.Context(), "GET", "/api/v1/stats", nil)
		req.Host = host
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != want {
			t.Errorf("Host %q: %d, want %d", host, rec.Code, want)
		}
		if rec.Header().Get("X-Frame-Options") != "DENY" || !strings.Contains(rec.Header().Get("Content-Security-Policy"), "frame-ancestors 'none'") {
			t.Errorf("Host %q: framing not refused", host)
		}
	}
}

func TestCheckAddr(t *testing.T) {
	tests := []struct {
		addr, token string
		ok          bool
	}{
		{"127.0.0.1:8080", "", true},
		{"localhost:0", "", true},
		{"[::1]:8080", "", true},
		{"127.0.0.2:8080", "", true},
		{"0.0.0.0:8080", "", false},
		{":8080", "", false},
		{"192.168.1.5:80", "", false},
		{"0.0.0.0:8080", "tok", true},
		{"example.com:80", "", false},
		{"8080", "", false},
	}
	for _, tt := range tests {
		if err := CheckAddr(tt.addr, tt.token); (err == nil) != tt.ok {
			t.Errorf("CheckAddr(%q, %q) = %v, want ok %v", tt.addr, tt.token, err, tt.ok)
		}
	}
}

func TestTokenEqual(t *testing.T) {
	for _, tt := range []struct {
		got, want string
		eq        bool
	}{{"abc", "abc", true}, {"abc", "abd", false}, {"ab", "abc", false}, {"", "abc", false}} {
		if tokenEqual(tt.got, tt.want) != tt.eq {
			t.Errorf("tokenEqual(%q, %q) != %v", tt.got, tt.want, tt.eq)
		}
	}
}

func FuzzQueryParams(f *testing.F) {
	for _, s := range []string{"limit=5&offset=2", "since=2025-08-01&until=2025-09", "kind=direct&actor=3", "issue=crimea&q=x*",
		"contested=1&actor=putin&claimant=auto-x&event=agree", "limit=999999999999999999999", "since=%00", "actor=-1"} {
		f.Add(s)
	}
	a := New(Options{Ledger: nil})
	f.Fuzz(func(t *testing.T, s string) {
		q, err := url.ParseQuery(s)
		if err != nil {
			return
		}
		check := func(err error) {
			if err == nil {
				return
			}
			if st, _ := StatusOf(err); st != http.StatusBadRequest {
				t.Errorf("query %q: status %d for %v, want 400", s, st, err)
			}
		}
		p, err := parsePage(q)
		check(err)
		if err == nil && (p.limit < 1 || p.limit > MaxLimit || p.offset < 0) {
			t.Errorf("query %q: page %+v out of range", s, p)
		}
		_, err = a.ParseStatementFilter(q)
		check(err)
		_, err = a.ParseClaimQuery(q)
		check(err)
	})
}
