package badinput

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// Bounds of the loopback server: whatever a client does, no handler writes more or longer than this.
const (
	serveMax  = 256 << 20
	serveTime = 60 * time.Second
	bombSize  = 256 << 20 // the gzip bomb inflates to this, 25 times the default --max-bytes
)

// badServer serves, on loopback only, the bad answers the web tests need, and counts requests per path.
type badServer struct {
	*httptest.Server
	bomb []byte

	mu   sync.Mutex
	hits map[string]int
}

func newBadServer(t *testing.T) *badServer {
	t.Helper()
	s := &badServer{bomb: gzipBomb(t, bombSize), hits: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/page/endless", s.endless("text/html; charset=utf-8",
		"<!DOCTYPE html><html><head><title>Endless</title></head><body><article><p>",
		func(i int) string {
			return fmt.Sprintf("The minister said the talks would resume, for the %dth time. ", i)
		}, 0))
	mux.HandleFunc("/page/slow", s.endless("text/html; charset=utf-8",
		"<!DOCTYPE html><html><head><title>Slow</title></head><body><article><p>",
		func(int) string { return "The minister said the talks would resume. " }, 100*time.Millisecond))
	mux.HandleFunc("/feed/endless", s.endless("application/rss+xml",
		`<?xml version="1.0"?><rss version="2.0"><channel><title>Endless</title><link>http://example.org/</link>`,
		func(i int) string {
			return fmt.Sprintf("<item><title>Item %d</title><link>http://example.org/%d</link><description>The minister said the talks would resume.</description></item>", i, i)
		}, 0))
	mux.HandleFunc("/feed/slow", s.endless("application/rss+xml",
		`<?xml version="1.0"?><rss version="2.0"><channel><title>Slow</title><link>http://example.org/</link>`,
		func(i int) string { return fmt.Sprintf("<item><title>Item %d</title></item>", i) }, 100*time.Millisecond))
	mux.HandleFunc("/redirect/loop", func(w http.ResponseWriter, r *http.Request) {
		s.hit(r)
		http.Redirect(w, r, "/redirect/loop", http.StatusFound)
	})
	mux.HandleFunc("/redirect/chain/{n}", func(w http.ResponseWriter, r *http.Request) {
		s.hit(r)
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		http.Redirect(w, r, fmt.Sprintf("/redirect/chain/%d", n+1), http.StatusMovedPermanently)
	})
	for path, typ := range map[string]string{"/gzip/page": "text/html; charset=utf-8", "/gzip/feed": "application/rss+xml"} {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			s.hit(r)
			w.Header().Set("Content-Type", typ)
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(s.bomb)
		})
	}
	mux.HandleFunc("/gzip/raw", func(w http.ResponseWriter, r *http.Request) {
		s.hit(r)
		w.Header().Set("Content-Type", "text/plain")
		w.Write(s.bomb)
	})
	s.Server = httptest.NewServer(mux) // listens on 127.0.0.1
	t.Cleanup(s.Close)
	return s
}

func (s *badServer) hit(r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := r.URL.Path
	if strings.HasPrefix(p, "/redirect/chain/") {
		p = "/redirect/chain/"
	}
	s.hits[p]++
}

func (s *badServer) hitCount(p string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[p]
}

// endless answers with head and then item(0), item(1), ... until the client goes away (or the server's own
// bounds are reached), pausing between items.
func (s *badServer) endless(typ, head string, item func(int) string, pause time.Duration) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.hit(r)
		w.Header().Set("Content-Type", typ)
		rc := http.NewResponseController(w)
		deadline := time.Now().Add(serveTime)
		n, err := w.Write([]byte(head))
		for i := 0; err == nil && n < serveMax && time.Now().Before(deadline) && r.Context().Err() == nil; i++ {
			var k int
			k, err = w.Write([]byte(item(i)))
			n += k
			if pause > 0 {
				rc.Flush()
				time.Sleep(pause)
			}
		}
	}
}

// urlCase is one bad answer from the web, read by `parley ingest URL` or by `parley watch` as a feed.
type urlCase struct {
	name, path string
	feed       bool // watched as a feed rather than ingested as a page
	flags      []string
	// want lists words the refusal (ingest) or failure (watch) must give after the URL.
	want []string
	// maxHits bounds the requests the server may see.
	maxHits int
}

func urlCases() []urlCase {
	return []urlCase{
		{name: "endless-page", path: "/page/endless", want: []string{"response body too large", "10485760 bytes"}, maxHits: 1},
		{name: "slow-endless-page", path: "/page/slow", flags: []string{"--timeout", "2s"}, want: []string{"timed out after 2s"}, maxHits: 1},
		{name: "redirect-loop", path: "/redirect/loop", want: []string{"too many redirects", "stopped after 5"}, maxHits: 6},
		{name: "redirect-chain", path: "/redirect/chain/0", want: []string{"too many redirects"}, maxHits: 6},
		{name: "gzip-bomb-page", path: "/gzip/page", want: []string{"response body too large"}, maxHits: 1},
		{name: "gzip-bomb-undeclared", path: "/gzip/raw", want: []string{"binary data"}, maxHits: 1},
		{name: "feed-url-to-ingest", path: "/feed/endless", want: []string{"unexpected content type", "parley feeds add"}, maxHits: 1},
		{name: "endless-feed", path: "/feed/endless", feed: true, want: []string{"response body too large"}, maxHits: 1},
		{name: "slow-endless-feed", path: "/feed/slow", feed: true, flags: []string{"--timeout", "2s"}, want: []string{"timed out after 2s"}, maxHits: 1},
		{name: "gzip-bomb-feed", path: "/gzip/feed", feed: true, want: []string{"response body too large"}, maxHits: 1},
		{name: "redirect-loop-feed", path: "/redirect/loop", feed: true, want: []string{"too many redirects"}, maxHits: 6},
	}
}

// TestBadURLs points `parley ingest URL` and `parley watch` at a loopback server that never ends its answer,
// trickles it, redirects forever or sends a gzip bomb. Each is refused with a message naming the URL within
// the request timeout and the size limit, with nothing stored before changed and `parley check` passing.
func TestBadURLs(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			srv := newBadServer(t)
			for _, c := range urlCases() {
				t.Run(c.name, func(t *testing.T) {
					dsn := b.dsn(t)
					u := srv.URL + c.path
					hits := srv.hitCount(pathKey(c.path))
					var args []string
					if c.feed {
						if code, out, errs := inProcess(t, "feeds", "add", "--db", dsn, u); code != 0 {
							t.Fatalf("feeds add: exit %d\n%s%s", code, out, errs)
						}
						args = []string{"watch", "--once", "--force", "--quiet", "--allow-private", "--db", dsn}
					} else {
						args = []string{"ingest", "--allow-private", "--db", dsn}
					}
					args = append(args, c.flags...)
					if !c.feed {
						args = append(args, u)
					}
					before := takeSnapshot(t, dsn)
					r := parley(t, hangTimeout, args...)
					t.Logf("figures: exit %d, %v, peak RSS %s, %d requests", r.code, r.took.Round(time.Millisecond),
						sizeText(r.maxRSS), srv.hitCount(pathKey(c.path))-hits)
					if r.maxRSS > smallRSS {
						t.Errorf("peak RSS %s exceeds the bound of %s", sizeText(r.maxRSS), sizeText(smallRSS))
					}
					prefix := "refused: " + u + ": "
					if c.feed {
						prefix = "failed: " + u + ": "
					}
					checkMessage(t, r, prefix, c.want)
					if n := srv.hitCount(pathKey(c.path)) - hits; n > c.maxHits {
						t.Errorf("the server saw %d requests, want at most %d", n, c.maxHits)
					}
					checkUnchanged(t, before, takeSnapshot(t, dsn), false)
					mustCheck(t, dsn)
				})
			}
		})
	}
}

func pathKey(p string) string {
	if strings.HasPrefix(p, "/redirect/chain/") {
		return "/redirect/chain/"
	}
	return p
}

// checkMessage wants exit status 1 and a stderr line starting with prefix that holds every word of want.
func checkMessage(t *testing.T, r run, prefix string, want []string) {
	t.Helper()
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	var line string
	for l := range strings.Lines(r.stderr) {
		if strings.HasPrefix(l, prefix) {
			line = strings.TrimSpace(l)
		}
	}
	if line == "" {
		t.Fatalf("no line starting %q on stderr:\n%s", prefix, clip(r.stderr))
	}
	t.Logf("message: %s", line)
	for _, w := range want {
		if !strings.Contains(line, w) {
			t.Errorf("%q does not say %q", line, w)
		}
	}
	if len(line) > 500 {
		t.Errorf("message is %d bytes long: %q", len(line), clip(line))
	}
}
