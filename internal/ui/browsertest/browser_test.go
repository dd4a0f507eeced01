package browsertest

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/parley-ledger/parley/internal/analyze"
	"github.com/parley-ledger/parley/internal/api"
	"github.com/parley-ledger/parley/internal/claims"
	"github.com/parley-ledger/parley/internal/codebook"
	"github.com/parley-ledger/parley/internal/positions"
	"github.com/parley-ledger/parley/internal/store"
	"github.com/parley-ledger/parley/internal/ui"
)

var updateScreenshots = flag.Bool("update-screenshots", false, "write the screenshots to docs/screenshots/ instead of a temporary directory")

const (
	seedGlob      = "../../../../shared/seed/*.txt"
	screenshotDir = "../../../docs/screenshots"
	token         = "browser-test-token"
	// pageLimit bounds each browser step; it guards against a hang, it does not measure speed.
	pageLimit = 60 * time.Second
)

// findChromium returns the browser to drive, or "" when none is installed.
func findChromium() string {
	if p := os.Getenv("PARLEY_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// server is Parley's HTTP server over a fresh ledger, as `parley serve` builds it.
type server struct {
	base   string
	ledger store.Ledger
	claims bool
}

func startServer(t *testing.T) *server {
	t.Helper()
	ctx := t.Context()
	l, err := store.Open(ctx, filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	events := api.NewBroker()
	// As `parley serve` does: posted articles are stored with their claims, which the pages show.
	cb := codebook.Default()
	opt := api.Options{Ledger: l, Token: token, Events: events, Codebook: cb, CodebookName: cb.Name,
		Pipeline: analyze.NewWith(analyze.Config{Claims: claims.New(cb)})}
	if cl, ok := store.Claims(l); ok {
		opt.Claims = positions.ForAPI(positions.New(cl, cb))
	}
	a := api.New(opt)
	u, err := ui.New(ui.Options{API: a})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	a.Register(mux)
	u.Register(mux)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	h := api.Secure(mux, api.LoopbackHosts(ln.Addr().String()))
	sctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- api.Serve(sctx, ln, h, api.ServerOptions{OnShutdown: events.Close}) }()
	t.Cleanup(func() {
		stop()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	s := &server{base: "http://" + ln.Addr().String(), ledger: l, claims: opt.Claims != nil}
	paths, err := filepath.Glob(seedGlob)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles at %s", seedGlob)
	}
	for _, p := range paths {
		s.ingest(t, p)
	}
	return s
}

// ingest posts an article file to the API, as a client with the token would.
func (s *server) ingest(t *testing.T, path string) {
	t.Helper()
	body, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer body.Close()
	req, err := http.NewRequestWithContext(t.Context(), "POST", s.base+"/api/v1/ingest?name="+strings.TrimSuffix(filepath.Base(path), ".txt"), body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "text/plain; charset=utf-8")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("ingest %s: %s", path, resp.Status)
	}
}

// browser starts headless Chromium with a fresh profile and collects what the pages print to the console
// and any dialog they open.
type browser struct {
	ctx      context.Context
	mu       sync.Mutex
	messages []string
}

func newBrowser(t *testing.T, execPath string) *browser {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(execPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	b := &browser{ctx: ctx}
	// Start the browser now, so that the listeners below attach to its tab.
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start %s: %v", execPath, err)
	}
	console := chromedp.Console(ctx)
	go func() {
		for m, err := range console {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() || m.Type == chromedp.ConsoleWarning {
				b.mu.Lock()
				b.messages = append(b.messages, fmt.Sprintf("console %s: %s (%s)", m.Type, m.Text, m.URL))
				b.mu.Unlock()
			}
		}
	}()
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.messages = append(b.messages, "dialog opened: "+ev.Message)
			b.mu.Unlock()
			_, _ = chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		}
	}()
	return b
}

// do runs steps with a deadline.
func (b *browser) do(t *testing.T, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, pageLimit)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func run[T any](t *testing.T, b *browser, what string, a chromedp.Action[T]) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, pageLimit)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// problems returns the console errors and dialogs seen so far.
func (b *browser) problems() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.messages)
}

// screenshot saves the whole page as name.png.
func (b *browser) screenshot(t *testing.T, dir, name string) {
	t.Helper()
	png := run(t, b, "screenshot "+name, chromedp.FullScreenshot(100))
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBrowser(t *testing.T) {
	execPath := findChromium()
	if execPath == "" {
		t.Skip("Chromium is not installed: run scripts/install-chromium (or set PARLEY_CHROMIUM) to run the browser tests")
	}
	dir := t.TempDir()
	if *updateScreenshots {
		dir = screenshotDir
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	s := startServer(t)
	b := newBrowser(t, execPath)

	t.Run("overview", func(t *testing.T) {
		b.do(t, "open the overview", chromedp.Navigate(s.base+"/"), chromedp.WaitVisible(chromedp.CSS("#latest-docs")))
		text := run(t, b, "read the overview", chromedp.Text(chromedp.CSS("main")))
		for _, name := range []string{"Witkoff", "Putin", "Zelenskyy"} {
			if !strings.Contains(text, name) {
				t.Errorf("overview does not show %s", name)
			}
		}
		if s.claims {
			cols := run(t, b, "read the matrix", chromedp.Evaluate[int](`document.querySelectorAll('th[data-issue="security-guarantees"]').length`))
			if cols != 1 {
				t.Errorf("overview has %d security-guarantees columns, want 1", cols)
			}
		} else if !strings.Contains(text, "No codebook claims yet") {
			t.Error("overview without claims does not say so")
		}
		// The page is live: an article stored now appears without a reload.
		b.do(t, "wait for the event stream", chromedp.WaitVisible(chromedp.ID("live")))
		b.screenshot(t, dir, "overview.png")
		s.ingest(t, "testdata/hostile.txt")
		b.do(t, "wait for the new document", chromedp.WaitVisible(chromedp.CSS("#latest-docs li.fresh")))
		fresh := run(t, b, "read the new document", chromedp.Text(chromedp.CSS("#latest-docs li.fresh a")))
		if fresh != `Talks <script>alert("title")</script> resume` {
			t.Errorf("new document shows as %q", fresh)
		}
		docs := run(t, b, "read the document count", chromedp.Text(chromedp.CSS(`dd[data-stat="documents"]`)))
		if docs != "2" {
			t.Errorf("document count %q after the live ingest, want 2", docs)
		}
	})

	t.Run("statement", func(t *testing.T) {
		rows, err := s.ledger.Statements(t.Context(), store.StatementQuery{Speaker: "Witkoff", Limit: 1})
		if err != nil || len(rows) == 0 {
			t.Fatalf("no Witkoff statement: %v", err)
		}
		st := rows[0]
		b.do(t, "open the document", chromedp.Navigate(fmt.Sprintf("%s/documents/%d", s.base, st.DocumentID)),
			chromedp.WaitVisible(chromedp.CSS(".stmt-index")))
		b.do(t, "click the statement", chromedp.Click(chromedp.CSS(fmt.Sprintf(`.stmt-index a[data-statement="%d"]`, st.ID))),
			chromedp.WaitVisible(chromedp.CSS(".focus-card")))
		loc := run(t, b, "read the location", chromedp.Location())
		if !strings.HasSuffix(loc, fmt.Sprintf("?s=%d#s%d", st.ID, st.ID)) {
			t.Errorf("clicking the statement went to %s", loc)
		}
		joined := func(class string) string {
			return run(t, b, "read the "+class, chromedp.Evaluate[string](
				`Array.from(document.querySelectorAll('.article .`+class+`')).map(e => e.textContent).join('')`))
		}
		if got := joined("source"); got != "US envoy Steve Witkoff" {
			t.Errorf("source highlight %q", got)
		}
		if got := joined("cue"); got != "has said" {
			t.Errorf("cue highlight %q", got)
		}
		if got := joined("content"); got != `Russian President Vladimir Putin has agreed to "game changing" security guarantees for Ukraine` {
			t.Errorf("content highlight %q", got)
		}
		// The three are told apart by colour.
		colours := run(t, b, "read the colours", chromedp.Evaluate[[]string](
			`['source','cue','content'].map(c => getComputedStyle(document.querySelector('.article .'+c)).backgroundColor)`))
		if len(colours) != 3 || colours[0] == colours[1] || colours[1] == colours[2] || colours[0] == colours[2] {
			t.Errorf("highlight colours %v are not distinct", colours)
		}
		b.screenshot(t, dir, "statement.png")
	})

	t.Run("escaping", func(t *testing.T) {
		docs, err := s.ledger.Documents(t.Context(), store.DocumentQuery{})
		if err != nil {
			t.Fatal(err)
		}
		id := docs[len(docs)-1].ID
		for _, d := range docs {
			if strings.Contains(d.Title, "<script>") {
				id = d.ID
			}
		}
		b.do(t, "open the hostile document", chromedp.Navigate(fmt.Sprintf("%s/documents/%d", s.base, id)), chromedp.WaitVisible(chromedp.CSS(".article")))
		n := run(t, b, "count scripts", chromedp.Evaluate[int](`document.querySelectorAll('main script, main b, main i').length`))
		text := run(t, b, "read the article", chromedp.Text(chromedp.CSS(".article")))
		if n != 0 || !strings.Contains(text, "<script>alert(1)</script>") {
			t.Errorf("article markup: %d elements made, text %q", n, text)
		}
	})

	t.Run("search", func(t *testing.T) {
		b.do(t, "search", chromedp.Navigate(s.base+"/search"), chromedp.WaitVisible(chromedp.CSS(`.search-form input[name="q"]`)),
			chromedp.SendKeys(chromedp.CSS(`.search-form input[name="q"]`), "guarantee*"),
			chromedp.Click(chromedp.CSS(".search-form button")),
			chromedp.WaitVisible(chromedp.CSS(".results .hl.match")))
		marks := run(t, b, "read the matches", chromedp.Evaluate[[]string](
			`Array.from(document.querySelectorAll('.results .hl.match')).map(e => e.textContent.toLowerCase())`))
		if len(marks) == 0 {
			t.Fatal("no highlighted matches")
		}
		for _, m := range marks {
			if !strings.HasPrefix(m, "guarantee") {
				t.Errorf("highlighted %q for guarantee*", m)
			}
		}
		b.screenshot(t, dir, "search.png")
	})

	if p := b.problems(); len(p) > 0 {
		t.Errorf("the pages reported problems:\n%s", strings.Join(p, "\n"))
	}
}
