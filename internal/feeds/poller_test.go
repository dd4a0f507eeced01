package feeds

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/fetch"
	"github.com/parley-ledger/parley/internal/ingest"
)

// memState is an in-memory State for tests.
type memState struct {
	mu    sync.Mutex
	feeds map[string]FeedState
	docs  map[string]*ingest.Document
}

func newMemState(urls ...string) *memState {
	m := &memState{feeds: map[string]FeedState{}, docs: map[string]*ingest.Document{}}
	for _, u := range urls {
		m.feeds[u] = FeedState{URL: u}
	}
	return m
}

func (m *memState) DueFeeds(_ context.Context, now time.Time) ([]FeedState, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []FeedState
	for _, fs := range m.feeds {
		if !fs.NextPoll.After(now) {
			fs.Seen = slices.Clone(fs.Seen)
			out = append(out, fs)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].URL < out[j].URL })
	return out, nil
}

func (m *memState) SaveFeedState(_ context.Context, fs FeedState) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	fs.Seen = slices.Clone(fs.Seen)
	m.feeds[fs.URL] = fs
	return nil
}

func (m *memState) SaveDocument(_ context.Context, d *ingest.Document) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.docs[d.Hash]; ok {
		return false, nil
	}
	m.docs[d.Hash] = d
	return true, nil
}

func (m *memState) feed(u string) FeedState {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.feeds[u]
}

func (m *memState) docByURL(u string) *ingest.Document {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, d := range m.docs {
		if d.URL == u {
			return d
		}
	}
	return nil
}

// clock is a settable time source.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Set(t time.Time)     { c.mu.Lock(); c.t = t; c.mu.Unlock() }
func (c *clock) Add(d time.Duration) { c.Set(c.Now().Add(d)) }

func articlePage(title, meta string, paras ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html><head><title>%s</title>%s</head><body>"+
		"<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><main><article><h1>%s</h1>", title, meta, title)
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>", p)
	}
	b.WriteString("</article></main><footer>Contact us</footer></body></html>")
	return b.String()
}

// newsSite serves the feeds in testdata and the pages they link to, and counts requests per path.
type newsSite struct {
	*httptest.Server
	mu       sync.Mutex
	hits     map[string]int
	rssV2    bool
	flakyBad int // how many more times /articles/flaky.html answers 503
}

func (s *newsSite) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func newNewsSite(t *testing.T) *newsSite {
	s := &newsSite{hits: map[string]int{}}
	pages := map[string]string{
		"/articles/one.html": articlePage("Zelensky and Trump meet at the White House",
			`<meta property="og:site_name" content="Example Times"><meta name="author" content="Anna Field">`+
				`<meta property="article:published_time" content="2025-08-18T18:05:00+01:00">`,
			"Volodymyr Zelensky and Donald Trump met at the White House on Monday, their first meeting since a tense encounter in February.",
			`"We had a very good conversation," Trump told reporters after the talks, adding that he would call Vladimir Putin later in the day.`,
			`Zelensky said the meeting was "the best so far" and thanked the US president for his efforts to end the war.`),
		"/articles/geneva.html": articlePage("Ceasefire talks stall in Geneva",
			`<meta property="og:site_name" content="Lakeside Courier">`,
			"Talks on a ceasefire broke up in Geneva on Tuesday without agreement, after both delegations left the city.",
			`"We came with a serious offer and we were not heard," the head of one delegation told reporters outside the Palais des Nations.`),
		"/articles/mediator.html": articlePage("Mediator urges patience", "",
			`The UN mediator said on Monday that talks would resume "as soon as both sides are ready" and urged patience.`,
			"Diplomats said no date had been set for a new round, though several capitals had offered to host it."),
		"/articles/three.html": articlePage("Europe prepares reassurance force",
			`<meta property="og:site_name" content="Example Times"><meta property="article:published_time" content="2025-08-22T08:00:00Z">`,
			`European defence ministers said their plans for a reassurance force were "well advanced" after a meeting in Paris on Friday.`),
		"/articles/flaky.html": articlePage("Flaky page",
			`<meta property="article:published_time" content="2025-08-22T08:00:00Z">`,
			`A spokesperson said the server "sometimes needs a second try" before it answers.`),
		"/live.html": `<!doctype html><html><head><title>Live: Washington talks</title>
<meta property="og:site_name" content="Example Times"></head><body><main>
<article id="e2"><time datetime="2025-08-18T18:59:00+01:00">18:59</time><span class="author">Anna Field</span>
<p>Trump said he would call Putin "right after" the meeting.</p></article>
<article id="e1"><time datetime="2025-08-18T17:45:00+01:00">17:45</time><span class="author">Tom Reid</span>
<p>European leaders have arrived at the White House for the talks.</p></article>
</main></body></html>`,
	}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		rssV2 := s.rssV2
		flaky := s.flakyBad > 0 && r.URL.Path == "/articles/flaky.html"
		if flaky {
			s.flakyBad--
		}
		s.mu.Unlock()
		switch r.URL.Path {
		case "/rss.xml":
			etag := `"rss-v1"`
			body := readFeed(t, "rss.xml")
			if rssV2 {
				etag = `"rss-v2"`
				body = []byte(strings.Replace(string(body), "<item>", `<item><title>Europe prepares reassurance force</title>
<link>`+s.URL+`/articles/three.html</link><guid>example-times-0005</guid><pubDate>Fri, 22 Aug 2025 08:00:00 GMT</pubDate></item><item>`, 1))
			}
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
			w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
			w.Write([]byte(strings.ReplaceAll(string(body), base, s.URL)))
		case "/atom.xml":
			const lastMod = "Tue, 02 Sep 2025 12:10:00 GMT"
			if r.Header.Get("If-Modified-Since") == lastMod {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Last-Modified", lastMod)
			w.Header().Set("Content-Type", "application/atom+xml")
			w.Write([]byte(strings.ReplaceAll(string(readFeed(t, "atom.xml")), base, s.URL)))
		case "/flaky.xml":
			w.Header().Set("ETag", `"flaky-1"`)
			if r.Header.Get("If-None-Match") == `"flaky-1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>Flaky</title><item><title>Flaky page</title>
<link>%s/articles/flaky.html</link><guid>flaky-1</guid></item></channel></rss>`, s.URL)
		case "/broken.xml":
			http.Error(w, "database on fire", http.StatusInternalServerError)
		case "/notafeed.xml":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<!doctype html><p>Moved to our new site</p>")
		default:
			if flaky {
				http.Error(w, "try later", http.StatusServiceUnavailable)
				return
			}
			page, ok := pages[r.URL.Path]
			if !ok {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, page)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

func newTestPoller(st State, clk *clock, opt Options) *Poller {
	opt.Now = clk.Now
	opt.Rand = rand.New(rand.NewPCG(1, 2))
	return NewPoller(st, fetch.New(fetch.Options{AllowPrivate: true}), opt)
}

func inRange(t *testing.T, what string, got, lo, hi time.Time) {
	t.Helper()
	if got.Before(lo) || got.After(hi) {
		t.Errorf("%s = %v, want within [%v, %v]", what, got, lo, hi)
	}
}

func TestPollerCycle(t *testing.T) {
	site := newNewsSite(t)
	rss, atom, broken, notafeed := site.URL+"/rss.xml", site.URL+"/atom.xml", site.URL+"/broken.xml", site.URL+"/notafeed.xml"
	st := newMemState(rss, atom, broken, notafeed)
	t0 := time.Date(2025, 9, 3, 12, 0, 0, 0, time.UTC)
	clk := &clock{t: t0}
	const interval = 30 * time.Minute
	p := newTestPoller(st, clk, Options{DefaultInterval: interval, Concurrency: 3})
	ctx := context.Background()

	// Cycle 1: everything is due.
	stats, err := p.Cycle(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := CycleStats{Feeds: 4, Failed: 2, Items: 6, Pages: 5, ItemErrors: 1, Documents: 6, Created: 6}
	if stats != want {
		t.Errorf("cycle 1 stats %+v, want %+v", stats, want)
	}
	if n := site.count("/articles/two.html"); n != 0 {
		t.Errorf("page of a full-text item fetched %d times", n)
	}
	fs := st.feed(rss)
	if fs.ETag != `"rss-v1"` || fs.Failures != 0 || fs.Title != "World News - Example Times" || len(fs.Seen) != 4 ||
		!fs.LastPolled.Equal(t0) {
		t.Errorf("rss state %+v", fs)
	}
	if !strings.Contains(fs.LastError, "missing.html") || !strings.Contains(fs.LastError, "404") {
		t.Errorf("rss LastError %q should report the missing page", fs.LastError)
	}
	inRange(t, "rss NextPoll", fs.NextPoll, t0.Add(interval*9/10), t0.Add(interval))
	if fa := st.feed(atom); fa.LastModified != "Tue, 02 Sep 2025 12:10:00 GMT" || fa.LastError != "" || fa.Title != "Lakeside Courier" {
		t.Errorf("atom state %+v", fa)
	}
	fb := st.feed(broken)
	if fb.Failures != 1 || !strings.Contains(fb.LastError, broken) || !strings.Contains(fb.LastError, "500") {
		t.Errorf("broken state %+v", fb)
	}
	inRange(t, "broken NextPoll", fb.NextPoll, t0.Add(2*interval*9/10), t0.Add(2*interval))
	if fn := st.feed(notafeed); fn.Failures != 1 || !strings.Contains(fn.LastError, "content type") {
		t.Errorf("notafeed state %+v", fn)
	}

	// What was stored.
	two := st.docByURL(site.URL + "/articles/two.html")
	if two == nil || two.Author != "Tom Reid" || !strings.Contains(two.Body(), "“has not changed and will not change”") {
		t.Fatalf("full-text item document: %+v", two)
	}
	one := st.docByURL(site.URL + "/articles/one.html")
	if one == nil || one.Outlet != "Example Times" || one.Author != "Anna Field" ||
		!strings.Contains(one.Body(), `"We had a very good conversation," Trump told reporters`) || one.Meta["feed"] != rss {
		t.Fatalf("page document: %+v", one)
	}
	// The mediator page has no date or author: the feed item supplies them, in the header too.
	med := st.docByURL(site.URL + "/articles/mediator.html")
	if med == nil || med.Published.Format(time.RFC3339) != "2025-09-01T08:00:00Z" || med.Author != "Jane Smith, Olu Ade" ||
		!strings.Contains(med.Raw[:med.BodyStart], "published: 2025-09-01T08:00:00Z\n") {
		t.Fatalf("mediator document: %+v", med)
	}
	if e := st.docByURL(site.URL + "/live.html#e2"); e == nil || e.Author != "Anna Field" || e.Meta["liveblog"] != site.URL+"/live.html" {
		t.Fatalf("live entry: %+v", e)
	}

	// Cycle 2: the two good feeds are due again and answer 304; the failing ones are backing off.
	clk.Set(t0.Add(interval + time.Second))
	pagesBefore := site.count("/articles/one.html") + site.count("/articles/geneva.html")
	stats, err = p.Cycle(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := (CycleStats{Feeds: 2, NotModified: 2}); stats != want {
		t.Errorf("cycle 2 stats %+v, want %+v", stats, want)
	}
	if site.count("/broken.xml") != 1 || site.count("/rss.xml") != 2 || site.count("/atom.xml") != 2 {
		t.Errorf("feed requests: broken %d rss %d atom %d", site.count("/broken.xml"), site.count("/rss.xml"), site.count("/atom.xml"))
	}
	if n := site.count("/articles/one.html") + site.count("/articles/geneva.html"); n != pagesBefore {
		t.Errorf("a 304 feed caused page fetches")
	}
	if fs := st.feed(rss); fs.LastError != "" || fs.ETag != `"rss-v1"` {
		t.Errorf("after 304: %+v", fs)
	}
	if len(st.docs) != 6 {
		t.Errorf("%d documents after a 304 cycle, want 6", len(st.docs))
	}

	// Cycle 3: the broken feed fails again and its back-off doubles; the feed that changed brings one item.
	site.mu.Lock()
	site.rssV2 = true
	site.mu.Unlock()
	t3 := t0.Add(3 * interval)
	clk.Set(t3)
	stats, err = p.Cycle(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Feeds != 4 || stats.Failed != 2 || stats.Items != 1 || stats.Created != 1 || stats.NotModified != 1 {
		t.Errorf("cycle 3 stats %+v", stats)
	}
	fb = st.feed(broken)
	if fb.Failures != 2 {
		t.Errorf("broken failures %d", fb.Failures)
	}
	inRange(t, "broken NextPoll after 2 failures", fb.NextPoll, t3.Add(4*interval*9/10), t3.Add(4*interval))
	if fs := st.feed(rss); fs.ETag != `"rss-v2"` || len(fs.Seen) != 5 {
		t.Errorf("rss after change: %+v", fs)
	}
}

func TestPollerRetriesTemporaryPageErrors(t *testing.T) {
	site := newNewsSite(t)
	site.flakyBad = 1
	u := site.URL + "/flaky.xml"
	st := newMemState(u)
	clk := &clock{t: time.Date(2025, 9, 3, 12, 0, 0, 0, time.UTC)}
	p := newTestPoller(st, clk, Options{DefaultInterval: time.Hour})
	ctx := context.Background()

	stats, err := p.Cycle(ctx)
	if err != nil {
		t.Fatal(err)
	}
	fs := st.feed(u)
	if stats.ItemErrors != 1 || stats.Created != 0 || fs.ETag != "" || len(fs.Seen) != 0 || !strings.Contains(fs.LastError, "503") {
		t.Fatalf("after a 503 page: stats %+v state %+v", stats, fs)
	}
	clk.Add(2 * time.Hour)
	stats, err = p.Cycle(ctx)
	if err != nil {
		t.Fatal(err)
	}
	fs = st.feed(u)
	if stats.NotModified != 0 || stats.Created != 1 || fs.ETag != `"flaky-1"` || len(fs.Seen) != 1 || fs.LastError != "" {
		t.Fatalf("retry: stats %+v state %+v", stats, fs)
	}
	clk.Add(2 * time.Hour)
	if stats, _ = p.Cycle(ctx); stats.NotModified != 1 {
		t.Errorf("third poll should be a 304: %+v", stats)
	}
}

func TestBackoff(t *testing.T) {
	clk := &clock{}
	p := newTestPoller(newMemState(), clk, Options{})
	const interval = 30 * time.Minute
	tests := []struct {
		failures int
		max      time.Duration
	}{
		{0, interval}, {1, 2 * interval}, {3, 8 * interval}, {5, 16 * time.Hour},
		{6, 24 * time.Hour}, {20, 24 * time.Hour}, {1000, 24 * time.Hour},
	}
	for _, tt := range tests {
		got := p.backoff(interval, tt.failures)
		if got > tt.max || got < tt.max*9/10 {
			t.Errorf("backoff(%d failures) = %v, want in [%v, %v]", tt.failures, got, tt.max*9/10, tt.max)
		}
	}
	// Same seed, same delays: the jitter comes only from the injected source.
	a, b := newTestPoller(newMemState(), clk, Options{}), newTestPoller(newMemState(), clk, Options{})
	for i := range 5 {
		if x, y := a.backoff(interval, i), b.backoff(interval, i); x != y {
			t.Errorf("seeded pollers disagree at %d failures: %v vs %v", i, x, y)
		}
	}
}

func TestPollerBoundsConcurrency(t *testing.T) {
	const limit = 2
	var mu sync.Mutex
	inFlight, peak := 0, 0
	release := make(chan struct{})
	var once sync.Once
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		inFlight++
		peak = max(peak, inFlight)
		over := inFlight > limit
		mu.Unlock()
		if over {
			once.Do(func() { close(release) }) // a bound violation frees everyone and is reported below
		}
		// Hold the request so that, were the bound broken, more would pile up.
		select {
		case <-release:
		case <-time.After(20 * time.Millisecond):
		}
		mu.Lock()
		inFlight--
		mu.Unlock()
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss version="2.0"><channel><title>t</title></channel></rss>`)
	}))
	defer srv.Close()
	var urls []string
	for i := range 6 {
		urls = append(urls, fmt.Sprintf("%s/feed%d.xml", srv.URL, i))
	}
	st := newMemState(urls...)
	p := newTestPoller(st, &clock{t: time.Now()}, Options{Concurrency: limit})
	stats, err := p.Cycle(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Feeds != 6 || stats.Failed != 0 {
		t.Errorf("stats %+v", stats)
	}
	if peak > limit {
		t.Errorf("%d fetches in flight at once, limit %d", peak, limit)
	}
}

func TestRunStopsWithContext(t *testing.T) {
	site := newNewsSite(t)
	st := newMemState(site.URL + "/atom.xml")
	p := newTestPoller(st, &clock{t: time.Date(2025, 9, 3, 12, 0, 0, 0, time.UTC)}, Options{Tick: time.Hour})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- p.Run(ctx) }()
	// Run polls at once; wait for the feed's state to show it, then stop.
	for st.feed(site.URL + "/atom.xml").LastPolled.IsZero() {
		time.Sleep(time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run returned %v after cancel", err)
	}
	if len(st.docs) != 2 {
		t.Errorf("Run stored %d documents, want 2", len(st.docs))
	}
}
