package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// Issue 5's acceptance: web pages, live blogs, RSS and Atom feeds on a loopback server, wire copies counted
// once, and progress on a terminal.

const (
	webTestdata   = "../web/testdata"
	pairsTestdata = "../dedup/testdata/pairs"
)

// site is a loopback web server whose pages a test can change between requests. A page with an ETag
// answers a matching If-None-Match with 304.
type site struct {
	mu    sync.Mutex
	pages map[string]sitePage
	hits  map[string]int
	srv   *httptest.Server
}

type sitePage struct{ ctype, body, etag string }

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{pages: map[string]sitePage{}, hits: map[string]int{}}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		p, ok := s.pages[r.URL.Path]
		s.hits[r.URL.Path]++
		s.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		if p.etag != "" {
			w.Header().Set("ETag", p.etag)
			if r.Header.Get("If-None-Match") == p.etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
		w.Header().Set("Content-Type", p.ctype)
		io.WriteString(w, p.body)
	}))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) set(path, ctype, body, etag string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = sitePage{ctype, body, etag}
	return s.srv.URL + path
}

func (s *site) hitCount(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func readTestdata(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// mustRun runs a command line that must succeed and returns its stdout.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := runCLI(t, "", args...)
	if code != 0 {
		t.Fatalf("parley %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, out, errs)
	}
	return out
}

// docLine is what documents --format jsonl prints per document.
type docLine struct {
	ID        int64             `json:"id"`
	Name      string            `json:"name"`
	Path      string            `json:"path"`
	URL       string            `json:"url"`
	Outlet    string            `json:"outlet"`
	Title     string            `json:"title"`
	Author    string            `json:"author"`
	Published time.Time         `json:"published"`
	Meta      map[string]string `json:"meta"`
	ClusterID int64             `json:"cluster_id"`
	Copies    int               `json:"copies"`
	CopyDocs  []docLine         `json:"copy_documents"`
}

func decodeLines[T any](t *testing.T, out string) []T {
	t.Helper()
	var rows []T
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var r T
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("decode %q: %v", out, err)
		}
		rows = append(rows, r)
	}
	return rows
}

func listDocs(t *testing.T, db string, extra ...string) []docLine {
	t.Helper()
	return decodeLines[docLine](t, mustRun(t, append([]string{"documents", "--db", db, "--format", "jsonl"}, extra...)...))
}

func listStatements(t *testing.T, db string, extra ...string) []record {
	t.Helper()
	return decodeLines[record](t, mustRun(t, append([]string{"statements", "--db", db, "--format", "jsonl"}, extra...)...))
}

// findStatement returns the first statement whose content contains sub.
func findStatement(rows []record, sub string) *record {
	for i := range rows {
		if strings.Contains(rows[i].Content.Text, sub) {
			return &rows[i]
		}
	}
	return nil
}

func speakerOf(r *record) string {
	if r == nil || r.Speaker == nil {
		return ""
	}
	return r.Speaker.Name
}

func TestIngestWebPages(t *testing.T) {
	s := newSite(t)
	bbc := s.set("/news/witkoff", "text/html; charset=utf-8", readTestdata(t, webTestdata, "jsonld.html"), "")
	guardian := s.set("/world/donbas", "text/html; charset=utf-8", readTestdata(t, webTestdata, "opengraph.html"), "")
	missing := s.srv.URL + "/gone"
	db := filepath.Join(t.TempDir(), "l.db")

	// Loopback is refused unless allowed, by name on stderr, and the run says so in its status.
	code, _, errs := runCLI(t, "", "ingest", "--db", db, bbc)
	if code != 1 || !strings.Contains(errs, bbc) || !strings.Contains(errs, "not public") {
		t.Fatalf("loopback without --allow-private: exit %d, stderr %q", code, errs)
	}

	feed := s.set("/feed.xml", "application/rss+xml", strings.ReplaceAll(rssTemplate, "{{site}}", s.srv.URL), "")
	code, out, errs := runCLI(t, "", "ingest", "--db", db, "--allow-private", bbc, missing, feed, guardian)
	if code != 1 || !strings.Contains(errs, missing) || !strings.Contains(errs, "404") {
		t.Errorf("a missing page must be refused by URL with exit 1: exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(errs, feed) || !strings.Contains(errs, "parley feeds add") {
		t.Errorf("a feed given to ingest must be refused with a hint: %q", errs)
	}
	if !strings.Contains(out, "2 new") {
		t.Errorf("the two good pages were not both stored: %s", out)
	}

	docs := listDocs(t, db)
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	want := map[string]struct{ title, outlet, author, published, url string }{
		bbc:      {"Putin agreed to Ukraine security guarantees, says Witkoff", "BBC News", "Laura Gozzi, Paul Kirby", "2025-08-18T06:41:00Z", "https://www.bbc.co.uk/news/articles/c0k8xxl4dx0o"},
		guardian: {"Zelensky says Ukraine will not cede Donbas", "the Guardian", "Shaun Walker", "2025-08-17T16:20:11Z", ""},
	}
	for _, d := range docs {
		w, ok := want[d.Path]
		if !ok {
			t.Errorf("document %q has path %q, want one of the page URLs", d.Name, d.Path)
			continue
		}
		if d.Title != w.title || d.Outlet != w.outlet || d.Author != w.author || d.Published.UTC().Format(time.RFC3339) != w.published {
			t.Errorf("%s: title %q outlet %q author %q published %v", d.Path, d.Title, d.Outlet, d.Author, d.Published)
		}
		if w.url != "" && d.URL != w.url {
			t.Errorf("%s: url %q, want the canonical %q", d.Path, d.URL, w.url)
		}
		if d.ClusterID != d.ID || d.Copies != 0 {
			t.Errorf("%s: cluster %d with %d copies; two different stories must each be their own", d.Path, d.ClusterID, d.Copies)
		}
	}

	stmts := listStatements(t, db)
	if r := findStatement(stmts, "It was the first time we had ever heard"); speakerOf(r) != "Steve Witkoff" || r.Kind != "direct" {
		t.Errorf("Witkoff's quote: %+v", r)
	}
	if r := findStatement(stmts, "Ukraine will not withdraw from the parts"); speakerOf(r) != "Volodymyr Zelensky" {
		t.Errorf("Zelensky's statement: %+v", r)
	}
	for _, r := range stmts {
		for _, junk := range []string{"cookies", "Privacy Policy", "Sign in"} {
			if strings.Contains(r.Content.Text, junk) {
				t.Errorf("page furniture became a statement: %q", r.Content.Text)
			}
		}
	}
}

func TestIngestLiveBlogAddsOnlyNewEntries(t *testing.T) {
	s := newSite(t)
	live := s.set("/news/live", "text/html; charset=utf-8", readTestdata(t, webTestdata, "liveblog_v1.html"), "")
	db := filepath.Join(t.TempDir(), "l.db")

	out := mustRun(t, "ingest", "--db", db, "--allow-private", live)
	if !strings.Contains(out, "3 new") {
		t.Fatalf("first fetch of the live blog: %s", out)
	}
	// The page is edited: a new entry on top, a new title, an old entry's markup reflowed.
	s.set("/news/live", "text/html; charset=utf-8", readTestdata(t, webTestdata, "liveblog_v2.html"), "")
	out = mustRun(t, "ingest", "--db", db, "--allow-private", live)
	if !strings.Contains(out, "ingested 4 documents: 1 new") {
		t.Errorf("re-fetch of the edited live blog: %s", out)
	}
	docs := listDocs(t, db)
	if len(docs) != 4 {
		t.Fatalf("%d documents, want 4 entries", len(docs))
	}
	times := map[string]bool{}
	for _, d := range docs {
		times[d.Published.UTC().Format("15:04")] = true
		if d.Meta["liveblog"] != "https://www.bbc.co.uk/news/live/c5y0x9q1r2zt" || !strings.HasPrefix(d.URL, "https://www.bbc.co.uk/news/live/c5y0x9q1r2zt#post-") {
			t.Errorf("entry %s: url %q meta %v", d.Name, d.URL, d.Meta)
		}
	}
	for _, hm := range []string{"18:20", "17:59", "17:31", "16:45"} { // BST entries, stored in UTC
		if !times[hm] {
			t.Errorf("no entry published at %s UTC; have %v", hm, times)
		}
	}
	stmts := listStatements(t, db)
	if r := findStatement(stmts, "I think we all need a ceasefire"); !strings.Contains(speakerOf(r), "Macron") {
		t.Errorf("the new entry's quote: %+v", r)
	}
	if r := findStatement(stmts, "Thank you very much for your efforts"); !strings.Contains(speakerOf(r), "Zelensky") {
		t.Errorf("an old entry's quote: %+v", r)
	}

	// A text live blog splits the same way, and ingesting it again adds nothing.
	txt := filepath.Join(webTestdata, "liveblog_text.txt")
	for i, want := range []string{"3 new", "0 new"} {
		if out := mustRun(t, "ingest", "--db", db, txt); !strings.Contains(out, want) {
			t.Errorf("text live blog, ingest #%d: %s", i+1, out)
		}
	}
}

const rssTemplate = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Test World News</title>
<link>{{site}}/</link>
<description>Top stories</description>
<item>
  <title>Putin agreed to Ukraine security guarantees, says Witkoff</title>
  <link>{{site}}/news/witkoff</link>
  <guid>{{site}}/news/witkoff</guid>
  <pubDate>Mon, 18 Aug 2025 06:41:00 GMT</pubDate>
  <description>The US envoy says Russia accepted protection for Ukraine.</description>
</item>
<item>
  <title>Zelensky says Ukraine will not cede Donbas</title>
  <link>{{site}}/world/donbas</link>
  <guid isPermaLink="false">guardian-donbas-1</guid>
  <pubDate>Sun, 17 Aug 2025 16:20:11 GMT</pubDate>
  <description>Ukrainian president rejects territorial concessions.</description>
</item>
</channel>
</rss>
`

// atomFeed carries one wire story as its full text, so that no page needs fetching.
func atomFeed(t *testing.T, site, story string) string {
	raw := readTestdata(t, pairsTestdata, story+".txt")
	headline, body, _ := strings.Cut(raw, "\n")
	var paras strings.Builder
	for _, p := range strings.Split(strings.TrimSpace(body), "\n\n") {
		paras.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
	}
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Wire Desk</title>
<id>urn:test:wire</id>
<link href="` + site + `/wire/"/>
<updated>2025-03-03T09:30:00Z</updated>
<entry>
  <title>` + html.EscapeString(headline) + `</title>
  <id>urn:test:wire:port-strike</id>
  <link href="` + site + `/wire/port-strike"/>
  <published>2025-03-03T09:30:00Z</published>
  <updated>2025-03-03T09:30:00Z</updated>
  <author><name>Wire Staff</name></author>
  <content type="html">` + html.EscapeString(paras.String()) + `</content>
</entry>
</feed>
`
}

// feedLine is what feeds list --format jsonl prints per feed.
type feedLine struct {
	URL        string    `json:"url"`
	Title      string    `json:"title"`
	Interval   int64     `json:"interval"`
	LastPolled time.Time `json:"last_polled"`
	NextPoll   time.Time `json:"next_poll"`
	Failures   int       `json:"failures"`
	LastError  string    `json:"last_error"`
}

func TestWatchFeeds(t *testing.T) {
	s := newSite(t)
	s.set("/news/witkoff", "text/html; charset=utf-8", readTestdata(t, webTestdata, "jsonld.html"), "")
	s.set("/world/donbas", "text/html; charset=utf-8", readTestdata(t, webTestdata, "opengraph.html"), "")
	rss := s.set("/rss.xml", "application/rss+xml", strings.ReplaceAll(rssTemplate, "{{site}}", s.srv.URL), `"rss-1"`)
	atom := s.set("/wire/atom.xml", "application/atom+xml", atomFeed(t, s.srv.URL, "t01_port_strike_a"), "")
	db := filepath.Join(t.TempDir(), "l.db")

	mustRun(t, "feeds", "add", "--db", db, rss)
	mustRun(t, "feeds", "add", "--db", db, atom, "--interval", "30m")
	if code, _, errs := runCLI(t, "", "feeds", "add", "--db", db, "file:///etc/passwd"); code == 0 || !strings.Contains(errs, "http") {
		t.Errorf("a file: feed was accepted: exit %d %s", code, errs)
	}
	out := mustRun(t, "feeds", "list", "--db", db, "--format", "table")
	if !strings.Contains(out, "never") || !strings.Contains(out, "2 feeds") {
		t.Errorf("feeds list before polling:\n%s", out)
	}

	out = mustRun(t, "watch", "--once", "--db", db, "--allow-private")
	if !strings.Contains(out, "polled 2 feeds") || !strings.Contains(out, "3 new") {
		t.Errorf("first cycle: %s", out)
	}
	docs := listDocs(t, db)
	if len(docs) != 3 {
		t.Fatalf("%d documents after the first cycle, want 3", len(docs))
	}
	byTitle := map[string]docLine{}
	for _, d := range docs {
		byTitle[d.Title] = d
	}
	wire := byTitle["Valmouth dockworkers walk out after wage talks collapse"]
	if wire.Published.UTC().Format(time.RFC3339) != "2025-03-03T09:30:00Z" || wire.Author != "Wire Staff" || wire.Outlet != "Wire Desk" ||
		wire.Meta["feed"] != atom {
		t.Errorf("the Atom entry's document: %+v", wire)
	}
	if s.hitCount("/wire/port-strike") != 0 {
		t.Error("the Atom entry's page was fetched although the feed carried the full text")
	}
	page := byTitle["Putin agreed to Ukraine security guarantees, says Witkoff"]
	if page.Published.UTC().Format(time.RFC3339) != "2025-08-18T06:41:00Z" || page.Meta["feed"] != rss {
		t.Errorf("the RSS item's page: %+v", page)
	}
	stmts := listStatements(t, db)
	if r := findStatement(stmts, "Our members are not going back"); !strings.Contains(speakerOf(r), "Kessler") {
		t.Errorf("the wire story's quote: %+v", r)
	}
	if r := findStatement(stmts, "Ukraine will not withdraw from the parts"); speakerOf(r) != "Volodymyr Zelensky" {
		t.Errorf("the RSS page's statement: %+v", r)
	}

	feeds := decodeLines[feedLine](t, mustRun(t, "feeds", "list", "--db", db, "--format", "jsonl"))
	if len(feeds) != 2 {
		t.Fatalf("%d feeds", len(feeds))
	}
	for _, f := range feeds {
		if f.LastPolled.IsZero() || !f.NextPoll.After(f.LastPolled) || f.Failures != 0 || f.LastError != "" || f.Title == "" {
			t.Errorf("feed state after a good poll: %+v", f)
		}
	}

	// Nothing is due yet: a plain second cycle polls nothing; a forced one polls both and adds nothing.
	out = mustRun(t, "watch", "--once", "--db", db, "--allow-private")
	if !strings.Contains(out, "polled 0 feeds") {
		t.Errorf("second cycle polled feeds that were not due: %s", out)
	}
	pagesBefore := s.hitCount("/news/witkoff")
	code, out, errs := runTerminal(t, "watch", "--once", "--force", "--db", db, "--allow-private")
	if code != 0 || !strings.Contains(out, "polled 2 feeds (1 not modified, 0 failed): 0 new items") || !strings.Contains(out, "0 new\n") {
		t.Errorf("forced second cycle: exit %d, %s", code, out)
	}
	if !strings.Contains(errs, "2/2") {
		t.Errorf("no progress bar for the watch cycle on a terminal: %q", errs)
	}
	if s.hitCount("/news/witkoff") != pagesBefore {
		t.Error("an item already read had its page fetched again")
	}
	if n := len(listDocs(t, db)); n != 3 {
		t.Errorf("%d documents after the second cycle, want still 3", n)
	}

	// A broken feed is recorded and reported without stopping the others.
	broken := s.srv.URL + "/broken.xml"
	s.set("/broken.xml", "application/rss+xml", "<rss><channel><title>half", "")
	gone := s.srv.URL + "/gone.xml"
	mustRun(t, "feeds", "add", "--db", db, broken, gone)
	code, out, errs = runCLI(t, "", "watch", "--once", "--force", "--db", db, "--allow-private")
	if code != 1 || !strings.Contains(errs, "failed: "+broken) || !strings.Contains(errs, "failed: "+gone) {
		t.Errorf("broken feeds: exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, "polled 4 feeds") || !strings.Contains(out, "2 failed") {
		t.Errorf("broken feeds cycle: %s", out)
	}
	for _, f := range decodeLines[feedLine](t, mustRun(t, "feeds", "list", "--db", db, "--format", "jsonl")) {
		bad := f.URL == broken || f.URL == gone
		if bad != (f.Failures == 1 && f.LastError != "") {
			t.Errorf("feed %s: failures %d, last error %q", f.URL, f.Failures, f.LastError)
		}
		if f.URL == gone && !strings.Contains(f.LastError, "404") {
			t.Errorf("the missing feed's error does not say 404: %q", f.LastError)
		}
	}
	out = mustRun(t, "feeds", "list", "--db", db, "--format", "table")
	if !strings.Contains(out, "last error:") {
		t.Errorf("feeds list does not show the last error:\n%s", out)
	}
	mustRun(t, "feeds", "remove", "--db", db, broken, gone)
	if code, _, _ := runCLI(t, "", "feeds", "remove", "--db", db, gone); code != 1 {
		t.Errorf("removing a feed not watched: exit %d, want 1", code)
	}
	if n := len(decodeLines[feedLine](t, mustRun(t, "feeds", "list", "--db", db, "--format", "jsonl"))); n != 2 {
		t.Errorf("%d feeds after removing two, want 2", n)
	}
}

// distinctLine is what statements --distinct --format jsonl prints per quote.
type distinctLine struct {
	record
	Occurrences  int     `json:"occurrences"`
	Documents    int     `json:"documents"`
	Sources      int     `json:"sources"`
	StatementIDs []int64 `json:"statement_ids"`
}

// wirePage wraps a wire story as an outlet's article page, with its own headline.
func wirePage(t *testing.T, story, outlet, headline string) string {
	raw := readTestdata(t, pairsTestdata, story+".txt")
	_, body, _ := strings.Cut(raw, "\n")
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>
<meta property="og:site_name" content="%s">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":"2025-03-03T11:05:00Z"}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>%s</h1>
`, html.EscapeString(headline), outlet, headline, html.EscapeString(headline))
	for _, p := range strings.Split(strings.TrimSpace(body), "\n\n") {
		b.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
	}
	b.WriteString("</article></main><footer>© 2025 " + outlet + "</footer></body></html>\n")
	return b.String()
}

func TestWireCopiesCountOnce(t *testing.T) {
	s := newSite(t)
	atom := s.set("/wire/atom.xml", "application/atom+xml", atomFeed(t, s.srv.URL, "t01_port_strike_a"), "")
	copyPage := s.set("/business/valmouth-strike", "text/html; charset=utf-8",
		wirePage(t, "t01_port_strike_a_v1", "Harbour Herald", "Container traffic halted as Valmouth port strike begins"), "")
	dir := t.TempDir()
	db := filepath.Join(dir, "l.db")
	files := filepath.Join(dir, "files")
	if err := os.Mkdir(files, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, story := range []string{"t01_port_strike_a_v2", "t01_port_strike_b"} {
		if err := os.WriteFile(filepath.Join(files, story+".txt"), []byte(readTestdata(t, pairsTestdata, story+".txt")), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// One wire story three ways (a feed's full text, an outlet's page with its own headline, a trimmed and
	// edited copy on disk) and a follow-up story on the same strike.
	mustRun(t, "feeds", "add", "--db", db, atom)
	mustRun(t, "watch", "--once", "--db", db, "--allow-private")
	out := mustRun(t, "ingest", "--db", db, "--allow-private", copyPage, files)
	if !strings.Contains(out, "3 new") || !strings.Contains(out, "2 of the new documents are copies") {
		t.Errorf("ingest: %s", out)
	}

	docs := listDocs(t, db)
	if len(docs) != 4 {
		t.Fatalf("%d documents, want 4", len(docs))
	}
	var wireID, followID int64
	clusters := map[int64][]string{}
	for _, d := range docs {
		clusters[d.ClusterID] = append(clusters[d.ClusterID], d.Name)
		switch {
		case d.Meta["feed"] == atom:
			wireID = d.ID
		case d.Name == "t01_port_strike_b":
			followID = d.ID
		}
	}
	if len(clusters) != 2 || len(clusters[wireID]) != 3 {
		t.Fatalf("clusters %v: want the three copies together under the first one stored (%d)", clusters, wireID)
	}
	for _, d := range docs {
		if d.ID == followID && (d.ClusterID != followID || d.Copies != 0) {
			t.Errorf("the follow-up story joined a cluster: %+v", d)
		}
		if d.ID != followID && d.Copies != 2 {
			t.Errorf("%s: %d copies, want 2", d.Name, d.Copies)
		}
	}

	// documents --cluster lists the copies; documents show names the others.
	if got := listDocs(t, db, "--cluster", fmt.Sprint(wireID)); len(got) != 3 {
		t.Errorf("documents --cluster %d: %d documents, want 3", wireID, len(got))
	}
	for _, d := range docs {
		shown := listDocs(t, db, "show", fmt.Sprint(d.ID))
		if len(shown) != 1 {
			t.Fatalf("documents show printed %d lines", len(shown))
		}
		sh, copies := shown[0], 2
		if d.ID == followID {
			copies = 0
		}
		if sh.ID != d.ID || sh.ClusterID != d.ClusterID || len(sh.CopyDocs) != copies {
			t.Errorf("documents show %d: cluster %d, %d copies; want %d, %d", d.ID, sh.ClusterID, len(sh.CopyDocs), d.ClusterID, copies)
		}
		for _, c := range sh.CopyDocs {
			if c.ID == d.ID || c.ClusterID != d.ClusterID {
				t.Errorf("documents show %d lists %d (cluster %d) as a copy", d.ID, c.ID, c.ClusterID)
			}
		}
	}
	table := mustRun(t, "documents", "--db", db, "--format", "table", "show", fmt.Sprint(wireID))
	if !strings.Contains(table, "2 other copies of this story") || !strings.Contains(table, "t01_port_strike_a_v2") {
		t.Errorf("documents show table:\n%s", table)
	}

	// Kessler's quote is printed by all three copies: one statement, three occurrences, one source.
	rows := decodeLines[distinctLine](t, mustRun(t, "statements", "--db", db, "--distinct", "--format", "jsonl"))
	all := listStatements(t, db)
	if len(rows) >= len(all) {
		t.Errorf("--distinct folded nothing: %d rows for %d statements", len(rows), len(all))
	}
	var cranes *distinctLine
	for i := range rows {
		if strings.Contains(rows[i].Content.Text, "We offered to phase in the new cranes") {
			if cranes != nil {
				t.Errorf("the cranes quote has two distinct rows")
			}
			cranes = &rows[i]
		}
	}
	if cranes == nil || cranes.Occurrences != 3 || cranes.Documents != 3 || cranes.Sources != 1 || len(cranes.StatementIDs) != 3 ||
		!strings.Contains(speakerOf(&cranes.record), "Kessler") {
		t.Errorf("cranes quote: %+v", cranes)
	}
	// Only the follow-up story and the wire story are independent sources for Kessler.
	multi := decodeLines[distinctLine](t, mustRun(t, "statements", "--db", db, "--distinct", "--format", "jsonl", "--min-sources", "2"))
	for _, r := range multi {
		if r.Sources < 2 {
			t.Errorf("--min-sources 2 let through %+v", r)
		}
	}
	table = mustRun(t, "statements", "--db", db, "--distinct", "--format", "table", "--speaker", "Kessler")
	if !strings.Contains(table, "distinct statements") || !strings.Contains(table, "    3    3       1 Marta Kessler") {
		t.Errorf("statements --distinct table:\n%s", table)
	}
}

// words makes a distinct small article for file n.
func smallArticle(n int) string {
	vocab := []string{"port", "rail", "steel", "nurses", "pilots", "teachers", "miners", "bakers", "drivers", "cleaners",
		"Monday", "Tuesday", "Friday", "wages", "pensions", "hours", "safety", "contracts", "talks", "mediators"}
	pick := func(k int) string { return vocab[(n*7+k*13+n/20*k)%len(vocab)] }
	return fmt.Sprintf("The %s union said on %s that talks over %s had stalled after %d hours.\n\n"+
		"\"We will not accept %s cuts,\" said organiser Dana Reyes-%d.\n", pick(1), pick(2), pick(3), n, pick(4), n)
}

func TestIngestProgress(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	const n = 2000
	for i := 0; i < n; i++ {
		if err := os.WriteFile(filepath.Join(in, fmt.Sprintf("a%04d.txt", i)), []byte(smallArticle(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A fake terminal: the bar goes to stderr, which claims to be one.
	db := filepath.Join(dir, "l.db")
	code, out, errs := runTerminal(t, "ingest", "--db", db, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, tail(errs, 400))
	}
	if !strings.Contains(errs, "2000/2000") {
		t.Errorf("no finished progress bar on the terminal:\n%s", tail(errs, 400))
	}
	if !strings.Contains(out, "ingested 2000 documents: 2000 new") {
		t.Errorf("stdout: %s", out)
	}

	// Not a terminal: log lines instead; --quiet: nothing.
	small := filepath.Join(dir, "small")
	if err := os.Mkdir(small, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		if err := os.WriteFile(filepath.Join(small, fmt.Sprintf("b%d.txt", i)), []byte(smallArticle(n+i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(small, "bad.html"), []byte("<html><body><nav>Home</nav></body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs = runCLI(t, "", "ingest", "--db", db, small)
	if code != 1 || !strings.Contains(errs, `msg="ingest finished" done=4 total=4 refused=1`) || !strings.Contains(errs, "bad.html") {
		t.Errorf("log progress: exit %d, stderr %q", code, errs)
	}
	code, out2, errs := runCLI(t, "", "ingest", "--db", db, "--quiet", small)
	if code != 1 || out2 != "" || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "refused:") {
		t.Errorf("--quiet: exit %d, stdout %q, stderr %q (want only the refusal)", code, out2, errs)
	}
}

// runTerminal is runCLI with a stderr that claims to be a terminal.
func runTerminal(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" },
		IsTerminal: func(w io.Writer) bool { return w == &errb }}
	code := Run(context.Background(), env, args)
	return code, out.String(), errb.String()
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}
