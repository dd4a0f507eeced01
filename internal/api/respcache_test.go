package api

import (
	"compress/gzip"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/analyze"
	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/store"
)

// get makes a GET request to h, with an If-None-Match header when etag is not empty.
func get(t *testing.T, h http.Handler, path, etag string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequestWithContext(t.Context(), "GET", path, nil)
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// TestResponseCacheNeverStale reads the same URLs before and after writes to the ledger, made through the
// API's own handle and through another handle on the same file (another process, as far as the API can
// tell): every answer after a write shows it, and the old ETag no longer gets 304.
func TestResponseCacheNeverStale(t *testing.T) {
	f := newFixture(t, Options{})
	if f.api.responses == nil {
		t.Fatal("the API over a SQLite ledger has no response cache")
	}
	other, err := store.Open(t.Context(), f.ledger.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()

	paths := []string{"/api/v1/stats", "/api/v1/statements?limit=500", "/api/v1/statements?q=truce", "/api/v1/actors"}
	type seen struct{ body, etag string }
	read := func(stage string) map[string]seen {
		t.Helper()
		out := map[string]seen{}
		for _, p := range paths {
			first := get(t, f.handler, p, "")
			again := get(t, f.handler, p, "")
			if first.Code != http.StatusOK || again.Code != http.StatusOK {
				t.Fatalf("%s: GET %s: %d, then %d", stage, p, first.Code, again.Code)
			}
			etag := first.Header().Get("ETag")
			if etag == "" || again.Header().Get("ETag") != etag || again.Body.String() != first.Body.String() {
				t.Fatalf("%s: GET %s twice: ETags %q and %q, bodies equal %t", stage, p, etag, again.Header().Get("ETag"),
					again.Body.String() == first.Body.String())
			}
			if rec := get(t, f.handler, p, etag); rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
				t.Fatalf("%s: GET %s with If-None-Match %s: %d with %d bytes, want 304 and none", stage, p, etag, rec.Code, rec.Body.Len())
			}
			out[p] = seen{first.Body.String(), etag}
		}
		if n, _ := f.api.responses.stats(); n != len(paths) {
			t.Fatalf("%s: the cache holds %d answers, want the %d read", stage, n, len(paths))
		}
		return out
	}
	stats := func(body string) store.Stats {
		t.Helper()
		var st store.Stats
		if err := json.Unmarshal([]byte(body), &st); err != nil {
			t.Fatal(err)
		}
		return st
	}
	changed := func(stage string, before, after map[string]seen, want ...string) {
		t.Helper()
		for _, p := range want {
			if after[p].body == before[p].body || after[p].etag == before[p].etag {
				t.Errorf("%s: GET %s answered as before the write", stage, p)
			}
			if rec := get(t, f.handler, p, before[p].etag); rec.Code != http.StatusOK {
				t.Errorf("%s: GET %s with the ETag from before the write: %d, want 200", stage, p, rec.Code)
			}
		}
	}

	v0 := read("before")
	raw := "The mediator said: \"Both sides agreed to a truce.\"\n"
	save := func(l store.Ledger, name string) {
		t.Helper()
		doc := &ingest.Document{Name: name, Hash: name, Raw: raw + name + "\n", Published: time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC)}
		if _, err := l.SaveDocument(t.Context(), doc, analyze.New(attrib.Options{}).Document(doc).Statements); err != nil {
			t.Fatal(err)
		}
	}

	save(other, "another-process") // written through another connection to the file
	v1 := read("after a write by another handle")
	changed("another handle", v0, v1, paths...)
	if got, want := stats(v1["/api/v1/stats"].body).Documents, stats(v0["/api/v1/stats"].body).Documents+1; got != want {
		t.Errorf("after a write by another handle: %d documents, want %d", got, want)
	}

	save(f.ledger, "same-process") // through the API's own ledger
	v2 := read("after a write by the API's ledger")
	changed("API's ledger", v1, v2, "/api/v1/stats", "/api/v1/statements?limit=500", "/api/v1/statements?q=truce")

	// A write that adds no row: an actor renamed through a plain connection to the file.
	db, err := sql.Open("sqlite", f.ledger.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(t.Context(), `UPDATE actors SET name = 'The Chief Mediator' WHERE id = (SELECT MIN(id) FROM actors)`); err != nil {
		t.Fatal(err)
	}
	v3 := read("after a rename")
	changed("rename", v2, v3, "/api/v1/actors", "/api/v1/statements?limit=500")
	for _, p := range []string{"/api/v1/actors", "/api/v1/statements?limit=500"} {
		if !strings.Contains(v3[p].body, "The Chief Mediator") {
			t.Errorf("the renamed actor is not in %s", p)
		}
	}
	// An answer the rename does not touch is recomputed the same, and keeps its ETag.
	if p := "/api/v1/stats"; v3[p] != v2[p] {
		t.Errorf("a rename changed %s", p)
	}
}

// versionedFake is a ledger version moved by hand, with a handler counting the answers it computes.
type versionedFake struct {
	fakeVersion
	calls atomic.Int32
}

// TestResponseCacheBounded fills a small cache with more answers than it can hold: what it keeps never
// exceeds its bound, the most recently used answers stay, the oldest go, and answers over the size limit
// are sent but not kept.
func TestResponseCacheBounded(t *testing.T) {
	v := &versionedFake{}
	const bound = 16 << 10
	c := newResponseCache(v, bound, 2)
	h := func(w http.ResponseWriter, r *http.Request) error {
		v.calls.Add(1)
		pad := incompressible(1000, 1)
		if r.URL.Query().Get("big") != "" {
			pad = incompressible(2*bound, 2) // over the bound even gzipped
		}
		writeJSON(w, http.StatusOK, map[string]string{"path": r.URL.RequestURI(), "pad": pad})
		return nil
	}
	serve := func(path string) {
		t.Helper()
		rec := httptest.NewRecorder()
		if err := c.serve(rec, httptest.NewRequestWithContext(t.Context(), "GET", path, nil), h); err != nil || rec.Code != http.StatusOK {
			t.Fatalf("GET %s: %d, err %v", path, rec.Code, err)
		}
		if !strings.Contains(rec.Body.String(), path) {
			t.Fatalf("GET %s answered %.60q", path, rec.Body.String())
		}
	}
	for i := range 100 {
		serve(fmt.Sprintf("/p/%d", i))
		if n, size := c.stats(); size > bound || n == 0 {
			t.Fatalf("after %d answers the cache holds %d answers of %d bytes; bound %d", i+1, n, size, bound)
		}
	}
	n, _ := c.stats()
	if n < 10 || n > 16 {
		t.Errorf("the cache holds %d answers of about 1 KB in %d bytes", n, bound)
	}
	calls := v.calls.Load()
	serve("/p/99") // the newest: kept
	serve("/p/0")  // the oldest: dropped long ago
	if got := v.calls.Load() - calls; got != 1 {
		t.Errorf("the newest and the oldest answer took %d computations, want 1 (the oldest)", got)
	}
	serve("/p/big?big=1")
	serve("/p/big?big=1")
	if got := v.calls.Load() - calls; got != 3 {
		t.Errorf("an answer over the bound was kept: %d computations, want 3", got-1)
	}
	if _, size := c.stats(); size > bound {
		t.Errorf("the cache holds %d bytes, bound %d", size, bound)
	}
}

// incompressible is n letters that gzip cannot shrink much (about 1 bit in 8), from a fixed seed.
func incompressible(n int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 0))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('!' + r.IntN(90))
	}
	return strings.ReplaceAll(strings.ReplaceAll(string(b), `"`, "#"), `\`, "#")
}

// TestResponseCacheGzip checks that a large answer kept gzipped is sent as it was computed to clients
// that do not accept gzip and gzipped to those that do, each representation with its own ETag that gets
// 304 only for itself, and that a gzipped answer costs the cache less than its body.
func TestResponseCacheGzip(t *testing.T) {
	v := &versionedFake{}
	c := newResponseCache(v, 1<<20, 2)
	rows := make([]map[string]string, 200)
	for i := range rows {
		rows[i] = map[string]string{"speaker": "Steve Witkoff", "content": fmt.Sprintf("statement %d about security guarantees", i)}
	}
	h := func(w http.ResponseWriter, r *http.Request) error {
		v.calls.Add(1)
		writeJSON(w, http.StatusOK, rows)
		return nil
	}
	want := httptest.NewRecorder()
	writeJSON(want, http.StatusOK, rows)
	serve := func(encoding, etag string) *httptest.ResponseRecorder {
		t.Helper()
		req := httptest.NewRequestWithContext(t.Context(), "GET", "/rows", nil)
		if encoding != "" {
			req.Header.Set("Accept-Encoding", encoding)
		}
		if etag != "" {
			req.Header.Set("If-None-Match", etag)
		}
		rec := httptest.NewRecorder()
		if err := c.serve(rec, req, h); err != nil {
			t.Fatal(err)
		}
		if rec.Header().Get("Vary") != "Accept-Encoding" {
			t.Errorf("Vary %q", rec.Header().Get("Vary"))
		}
		return rec
	}
	first := serve("", "") // computed
	plain := serve("", "") // from the cache, inflated
	zipped := serve("gzip, deflate", "")
	refused := serve("gzip;q=0", "")
	if got := v.calls.Load(); got != 1 {
		t.Errorf("%d computations, want 1", got)
	}
	for name, rec := range map[string]*httptest.ResponseRecorder{"first": first, "plain": plain, "refused": refused} {
		if rec.Code != http.StatusOK || rec.Body.String() != want.Body.String() || rec.Header().Get("Content-Encoding") != "" {
			t.Errorf("%s: %d, encoding %q, body equal %v", name, rec.Code, rec.Header().Get("Content-Encoding"), rec.Body.String() == want.Body.String())
		}
		if cl := rec.Header().Get("Content-Length"); cl != fmt.Sprint(want.Body.Len()) {
			t.Errorf("%s: Content-Length %s, want %d", name, cl, want.Body.Len())
		}
	}
	if zipped.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("Accept-Encoding gzip: Content-Encoding %q", zipped.Header().Get("Content-Encoding"))
	}
	zr, err := gzip.NewReader(zipped.Body)
	if err != nil {
		t.Fatal(err)
	}
	if b, err := io.ReadAll(zr); err != nil || string(b) != want.Body.String() {
		t.Errorf("gzipped body inflates to %d bytes (err %v), want the %d computed", len(b), err, want.Body.Len())
	}
	pe, ze := plain.Header().Get("ETag"), zipped.Header().Get("ETag")
	if pe == "" || pe == ze || first.Header().Get("ETag") != pe {
		t.Errorf("ETags: first %q, plain %q, gzipped %q", first.Header().Get("ETag"), pe, ze)
	}
	for _, tc := range []struct {
		encoding, etag string
		code           int
	}{
		{"", pe, http.StatusNotModified},
		{"gzip", ze, http.StatusNotModified},
		{"", ze, http.StatusOK},
		{"gzip", pe, http.StatusOK},
	} {
		if rec := serve(tc.encoding, tc.etag); rec.Code != tc.code {
			t.Errorf("Accept-Encoding %q, If-None-Match %s: %d, want %d", tc.encoding, tc.etag, rec.Code, tc.code)
		}
	}
	if _, size := c.stats(); size <= 0 || size > want.Body.Len()/3 {
		t.Errorf("the cache counts %d bytes for a %d-byte answer; want it gzipped", size, want.Body.Len())
	}
}

// TestResponseCacheVersionsAndErrors checks that a version change drops every answer, that errors and
// answers other than 200 are not kept, and that concurrent requests for one answer compute it once.
func TestResponseCacheVersionsAndErrors(t *testing.T) {
	v := &versionedFake{}
	c := newResponseCache(v, 1<<20, 2)
	hold := make(chan struct{})
	h := func(w http.ResponseWriter, r *http.Request) error {
		v.calls.Add(1)
		switch r.URL.Path {
		case "/slow":
			<-hold
		case "/missing":
			return errorf(http.StatusNotFound, "no such thing")
		case "/teapot":
			writeJSON(w, http.StatusTeapot, "short and stout")
			return nil
		}
		writeJSON(w, http.StatusOK, map[string]any{"version": v.v.Load(), "path": r.URL.Path})
		return nil
	}
	serve := func(path string) *httptest.ResponseRecorder {
		t.Helper()
		rec := httptest.NewRecorder()
		if err := c.serve(rec, httptest.NewRequestWithContext(t.Context(), "GET", path, nil), h); err != nil {
			writeError(rec, httptest.NewRequest("GET", path, nil), slog.New(slog.DiscardHandler), err)
		}
		return rec
	}
	count := func() int { return int(v.calls.Load()) }

	serve("/a")
	if rec := serve("/a"); count() != 1 || !strings.Contains(rec.Body.String(), `"version":0`) {
		t.Fatalf("two requests for /a: %d computations, answer %s", count(), rec.Body.String())
	}
	v.v.Add(1)
	if rec := serve("/a"); count() != 2 || !strings.Contains(rec.Body.String(), `"version":1`) {
		t.Fatalf("after the version moved: %d computations, answer %s", count(), rec.Body.String())
	}
	for _, p := range []string{"/missing", "/teapot"} {
		before := count()
		first, second := serve(p), serve(p)
		if count()-before != 2 || first.Code != second.Code || first.Code == http.StatusOK || first.Header().Get("ETag") != "" {
			t.Errorf("%s twice: %d computations, statuses %d %d, ETag %q; want 2 computations and no ETag", p,
				count()-before, first.Code, second.Code, first.Header().Get("ETag"))
		}
	}

	before := count()
	var wg sync.WaitGroup
	bodies := make(chan string, 10)
	for range 10 {
		wg.Go(func() { bodies <- serve("/slow").Body.String() })
	}
	for count() == before { // the first request is computing
		time.Sleep(time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond) // the others queue behind it (waiting longer would not change the count)
	close(hold)
	wg.Wait()
	close(bodies)
	for b := range bodies {
		if !strings.Contains(b, `"path":"/slow"`) {
			t.Errorf("a concurrent request got %q", b)
		}
	}
	if got := count() - before; got != 1 {
		t.Errorf("10 concurrent requests computed /slow %d times, want once", got)
	}
}

// TestResponseCacheHead checks that HEAD requests are answered with the headers and no body.
func TestResponseCacheHead(t *testing.T) {
	f := newFixture(t, Options{})
	srv := httptest.NewServer(f.handler)
	defer srv.Close()
	for range 2 { // computed, then from the cache
		resp, err := http.Head(srv.URL + "/api/v1/stats")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || len(b) != 0 || resp.Header.Get("ETag") == "" {
			t.Errorf("HEAD: %d, %d bytes, ETag %q", resp.StatusCode, len(b), resp.Header.Get("ETag"))
		}
	}
}
