package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/analyze"
	"github.com/parley-ledger/parley/internal/claims"
	"github.com/parley-ledger/parley/internal/codebook"
	"github.com/parley-ledger/parley/internal/fetch"
	"github.com/parley-ledger/parley/internal/store"
)

const article = "title: Port talks\npublished: 2025-09-01\n\nThe union's leader said: \"We will not accept this offer.\"\n"

func TestIngestAuth(t *testing.T) {
	f := newFixture(t, Options{Token: testToken})
	tests := []struct {
		name   string
		header map[string]string
		want   int
	}{
		{"no header", nil, 401},
		{"empty bearer", map[string]string{"Authorization": "Bearer "}, 401},
		{"basic auth", map[string]string{"Authorization": "Basic dXNlcjpwYXNz"}, 401},
		{"wrong token", map[string]string{"Authorization": "Bearer nope"}, 403},
		{"token prefix", map[string]string{"Authorization": "Bearer " + testToken[:4]}, 403},
		{"right token", map[string]string{"Authorization": "Bearer " + testToken}, 201},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := map[string]string{"Content-Type": "text/plain"}
			for k, v := range tt.header {
				h[k] = v
			}
			rec := f.do(t, "POST", "/api/v1/ingest?name=port", strings.NewReader(article), h)
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.want, rec.Body)
			}
			if tt.want == 401 && !strings.HasPrefix(rec.Header().Get("WWW-Authenticate"), "Bearer") {
				t.Errorf("401 without a Bearer challenge: %v", rec.Header())
			}
		})
	}
}

func TestIngest(t *testing.T) {
	page := `<!doctype html><html><head><title>Ceasefire talks resume</title>
<meta property="og:site_name" content="Example Times"></head><body><article><h1>Ceasefire talks resume</h1>
<p>The Kremlin spokesman said: "We are ready to talk about a ceasefire in Ukraine at any time."</p>
<p>Ukraine's foreign minister said the proposal was not serious and rejected it outright.</p>
<p>Talks are expected to continue next week in Istanbul, officials said on Tuesday evening.</p></article></body></html>`
	remote := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/article":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, page)
		default:
			http.NotFound(w, r)
		}
	}))
	defer remote.Close()

	f := newFixture(t, Options{Token: testToken, Fetcher: fetch.New(fetch.Options{AllowPrivate: true}), MaxBody: 4 << 10,
		Now: func() time.Time { return time.Date(2025, 9, 2, 10, 0, 0, 0, time.UTC) }})
	strict := newFixture(t, Options{Token: testToken})
	auth := func(ct string) map[string]string {
		return map[string]string{"Authorization": "Bearer " + testToken, "Content-Type": ct}
	}
	js := func(v any) *bytes.Reader {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return bytes.NewReader(b)
	}
	tests := []struct {
		name    string
		fx      *fixture
		ct      string
		body    *bytes.Reader
		target  string
		want    int
		wantErr string
	}{
		{"text", f, "text/plain; charset=utf-8", bytes.NewReader([]byte(article)), "?name=port", 201, ""},
		{"same text again", f, "text/plain", bytes.NewReader([]byte(article)), "?name=port", 200, ""},
		{"json text", f, "application/json", js(IngestRequest{Text: strings.Replace(article, "offer", "deal", 1)}), "", 201, ""},
		{"json url", f, "application/json", js(IngestRequest{URL: remote.URL + "/article"}), "", 201, ""},
		{"url answering 404", f, "application/json", js(IngestRequest{URL: remote.URL + "/gone"}), "", 502, "answered 404"},
		{"private url refused", strict, "application/json", js(IngestRequest{URL: remote.URL + "/article"}), "", 400, "cannot fetch"},
		{"ftp url", f, "application/json", js(IngestRequest{URL: "ftp://example.com/a"}), "", 400, "bad url"},
		{"text and url", f, "application/json", js(IngestRequest{Text: article, URL: remote.URL}), "", 400, "exactly one"},
		{"neither", f, "application/json", js(map[string]string{"name": "x"}), "", 400, "exactly one"},
		{"unknown field", f, "application/json", js(map[string]string{"txt": article}), "", 400, "bad JSON"},
		{"broken json", f, "application/json", bytes.NewReader([]byte(`{"text": "a`)), "", 400, "bad JSON"},
		{"two json values", f, "application/json", bytes.NewReader([]byte(`{"text":"a b c d"} {}`)), "", 400, "more than one"},
		{"wrong content type", f, "image/png", bytes.NewReader([]byte("\x89PNG")), "", 415, "unsupported Content-Type"},
		{"no content type", f, "", bytes.NewReader([]byte(article)), "", 415, "unsupported Content-Type"},
		{"bad content type", f, "text/plain; ===", bytes.NewReader([]byte(article)), "", 415, "bad Content-Type"},
		{"over the body limit", f, "text/plain", bytes.NewReader(bytes.Repeat([]byte("word "), 2000)), "", 413, "over the limit"},
		{"json over the body limit", f, "application/json", js(IngestRequest{Text: strings.Repeat("word ", 2000)}), "", 413, "over the limit"},
		{"binary", f, "text/plain", bytes.NewReader([]byte("abc\x00\x01\x02\x03def")), "", 422, "article refused"},
		{"empty", f, "text/plain", bytes.NewReader(nil), "", 422, "article refused"},
		{"name with newline", f, "application/json", js(IngestRequest{Text: article, Name: "a\nb"}), "", 400, "bad name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := tt.fx.do(t, "POST", "/api/v1/ingest"+tt.target, tt.body, auth(tt.ct))
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.want, rec.Body)
			}
			if tt.want >= 400 {
				if e := decode[errorBody](t, rec); !strings.Contains(e.Error, tt.wantErr) || e.Status != tt.want {
					t.Errorf("error %+v, want %q", e, tt.wantErr)
				}
				return
			}
			res := decode[IngestResult](t, rec)
			if res.Created != (tt.want == 201) || rec.Header().Get("Location") != res.Location || res.Location == "" {
				t.Errorf("result %+v, Location %q", res, rec.Header().Get("Location"))
			}
			doc := decode[DocumentDetail](t, tt.fx.do(t, "GET", res.Location, nil, nil))
			if doc.Document.ID != res.DocumentID || len(doc.Statements) != res.Statements || res.Statements == 0 {
				t.Errorf("stored document %+v with %d statements, ingest said %+v", doc.Document, len(doc.Statements), res)
			}
			if tt.name == "json url" && (doc.Document.Title != "Ceasefire talks resume" || doc.Document.URL != remote.URL+"/article") {
				t.Errorf("fetched page stored as title %q url %q", doc.Document.Title, doc.Document.URL)
			}
		})
	}
}

// TestIngestStoresClaimsAndCopies: with a claims stage, a posted article is stored with its claims, and a
// second outlet's copy of it is listed as a copy.
func TestIngestStoresClaimsAndCopies(t *testing.T) {
	cb := codebook.Default()
	l := newLedger(t)
	a := New(Options{Ledger: l, Token: testToken, Codebook: cb, CodebookName: cb.Name,
		Pipeline: analyze.NewWith(analyze.Config{Claims: claims.New(cb)})})
	mux := http.NewServeMux()
	a.Register(mux)
	f := &fixture{ledger: l, api: a, handler: Secure(mux, nil)}
	seed, err := os.ReadFile(filepath.Join("../../../shared/seed", "000_ede8f8dea4cc4353.txt"))
	if err != nil {
		t.Fatal(err)
	}
	post := func(body string) IngestResult {
		t.Helper()
		rec := f.do(t, "POST", "/api/v1/ingest", strings.NewReader(body), map[string]string{"Authorization": "Bearer " + testToken, "Content-Type": "text/plain"})
		if rec.Code != 201 {
			t.Fatalf("ingest: %d %s", rec.Code, rec.Body)
		}
		return decode[IngestResult](t, rec)
	}
	first := post(string(seed))
	cl, ok := store.Claims(l)
	if !ok {
		t.Fatal("the SQLite ledger keeps no claims")
	}
	rows, err := cl.Claims(t.Context(), store.ClaimQuery{DocumentID: first.DocumentID})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(rows, func(r store.ClaimRow) bool { return r.Issue != nil && r.Issue.ID == "security-guarantees" }) {
		t.Errorf("no claim about security guarantees among %d stored", len(rows))
	}
	copyOf := post("title: The same story elsewhere\noutlet: Other Wire\n\n" + string(seed))
	d := decode[DocumentDetail](t, f.do(t, "GET", copyOf.Location, nil, nil))
	if len(d.Copies) != 1 || d.Copies[0].ID != first.DocumentID || d.Copies[0].Raw != "" {
		t.Errorf("copies of the second outlet's article: %+v, want document %d without text", d.Copies, first.DocumentID)
	}
}
