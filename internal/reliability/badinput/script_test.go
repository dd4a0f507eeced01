package badinput

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-ledger/parley/internal/api"
	"github.com/parley-ledger/parley/internal/store"
	"github.com/parley-ledger/parley/internal/ui"
)

// TestScriptInQuoteShownAsText ingests testdata/bad/script-in-quote.html and reads the document's page and its
// statements from the web UI and the JSON API, as `parley serve` builds them: the "<script>" a spokesman is
// quoted as writing is shown as text, and the page's script elements, inside a quote or not, appear nowhere.
func TestScriptInQuoteShownAsText(t *testing.T) {
	dsn := seededLedger(t, filepath.Join(t.TempDir(), "parley.db"))
	if code, out, errs := inProcess(t, "ingest", "--quiet", "--db", dsn, filepath.Join(corpus, "script-in-quote.html")); code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	l, err := store.OpenDSN(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	docs, err := l.Documents(t.Context(), store.DocumentQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var id int64
	for _, d := range docs {
		if d.Name == "script-in-quote" {
			id = d.ID
		}
	}
	if id == 0 {
		t.Fatalf("script-in-quote not stored: %+v", docs)
	}

	a := api.New(api.Options{Ledger: l})
	u, err := ui.New(ui.Options{API: a})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	a.Register(mux)
	u.Register(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	get := func(path string) string {
		t.Helper()
		resp, err := srv.Client().Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: %d %v\n%s", path, resp.StatusCode, err, clip(string(b)))
		}
		return string(b)
	}
	page := get(fmt.Sprintf("/documents/%d", id))
	if !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("the quoted <script> is not shown as text on the document page")
	}
	for _, bad := range []string{"<script>alert", "xss-in-quote", "document.write", "injected", "tracker"} {
		if strings.Contains(page, bad) {
			t.Errorf("the document page holds %q", bad)
		}
	}
	statements := get(fmt.Sprintf("/api/v1/statements?document=%d", id))
	if !strings.Contains(statements, `\u003cscript\u003ealert(1)\u003c/script\u003e`) && !strings.Contains(statements, `<script>alert(1)</script>`) {
		t.Errorf("the API does not return the quoted text:\n%s", clip(statements))
	}
	if strings.Contains(statements, "xss-in-quote") || strings.Contains(statements, "injected") {
		t.Errorf("the API returns script code:\n%s", clip(statements))
	}
}
