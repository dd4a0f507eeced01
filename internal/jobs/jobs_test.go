package jobs

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/parley-ledger/parley/internal/fetch"
	"github.com/parley-ledger/parley/internal/store"
)

func openSQLite(t testing.TB) *store.SQLite {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "parley.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

const page = `<!doctype html><html><head><title>Envoy says talks advanced</title>
<meta property="og:site_name" content="Example News"></head><body><article>
<h1>Envoy says talks advanced</h1>
<p>"We are closer than ever to an agreement on security guarantees," Steve Witkoff told reporters in Geneva on Monday.</p>
<p>Dmitry Peskov said the Kremlin would study the proposals before the next round of talks.</p>
<p>The talks are expected to resume next week, when both delegations return to Geneva for a third round.</p>
</article></body></html>`

func TestHandler(t *testing.T) {
	ctx := context.Background()
	led := openSQLite(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/article":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(page))
		case "/busy":
			http.Error(w, "try later", http.StatusServiceUnavailable)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	polls := 0
	h := NewHandler(Config{
		Ledger:    led,
		Fetcher:   fetch.New(fetch.Options{AllowPrivate: true, Timeout: 5 * time.Second}),
		PollFeeds: func(context.Context) error { polls++; return nil },
	})

	dir, want := writeArticles(t, 1)
	path := filepath.Join(dir, "article_0000.txt")
	out, err := h.Do(ctx, IngestFileArgs{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	if !out.Created || out.Statements != want || out.DocumentID == 0 {
		t.Errorf("ingest-file = %+v, want a new document with %d statements", out, want)
	}
	again, err := h.Do(ctx, IngestFileArgs{Path: path})
	if err != nil || again.Created || again.DocumentID != out.DocumentID {
		t.Errorf("ingest-file again = %+v, %v; want the stored document, not created", again, err)
	}

	fetched, err := h.Do(ctx, FetchURLArgs{URL: srv.URL + "/article"})
	if err != nil {
		t.Fatal(err)
	}
	if !fetched.Created || fetched.Statements < 2 {
		t.Errorf("fetch-url = %+v, want a new document with the envoy's and the spokesman's statements", fetched)
	}
	d, err := led.Document(ctx, fetched.DocumentID)
	if err != nil || d.URL != srv.URL+"/article" || d.Outlet != "Example News" {
		t.Errorf("fetched document = %+v, %v", d, err)
	}

	// Re-deriving restores what the pipeline finds after the statements were lost.
	if err := led.ReplaceStatements(ctx, out.DocumentID, nil); err != nil {
		t.Fatal(err)
	}
	re, err := h.Do(ctx, RederiveArgs{DocumentID: out.DocumentID})
	if err != nil || re.Statements != want {
		t.Errorf("rederive = %+v, %v; want %d statements", re, err, want)
	}
	if d, _ := led.Document(ctx, out.DocumentID); d == nil || d.Statements != want {
		t.Errorf("after rederive the document has %+v", d)
	}

	if _, err := h.Do(ctx, PollFeedsArgs{}); err != nil || polls != 1 {
		t.Errorf("poll-feeds: %v, %d polls", err, polls)
	}

	binary := filepath.Join(t.TempDir(), "blob.txt")
	if err := os.WriteFile(binary, []byte{0, 1, 2, 0xff, 0xfe, 0, 0, 7}, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		args      river.JobArgs
		permanent bool
	}{
		{"binary file", IngestFileArgs{Path: binary}, true},
		{"missing file", IngestFileArgs{Path: filepath.Join(dir, "nope.txt")}, true},
		{"empty path", IngestFileArgs{}, true},
		{"page gone", FetchURLArgs{URL: srv.URL + "/gone"}, true},
		{"not http", FetchURLArgs{URL: "file:///etc/passwd"}, true},
		{"server busy", FetchURLArgs{URL: srv.URL + "/busy"}, false},
		{"missing document", RederiveArgs{DocumentID: 424242}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := h.Do(ctx, c.args)
			if err == nil {
				t.Fatal("succeeded")
			}
			if IsPermanent(err) != c.permanent {
				t.Errorf("IsPermanent(%v) = %v, want %v", err, !c.permanent, c.permanent)
			}
		})
	}
	if _, err := NewHandler(Config{}).Do(ctx, IngestFileArgs{Path: path}); err == nil || !IsPermanent(err) {
		t.Errorf("job without a ledger: %v", err)
	}
}

func TestLocalIngestsEveryFileOnce(t *testing.T) {
	ctx := context.Background()
	led := openSQLite(t)
	dir, want := writeArticles(t, 60)
	q := NewLocal(Config{Ledger: led, Concurrency: 4})
	jobs, err := IngestFiles(ctx, []string{dir}, 0, func(err error) { t.Error(err) })
	if err != nil {
		t.Fatal(err)
	}
	if len(jobs) != 60 {
		t.Fatalf("%d jobs for 60 files", len(jobs))
	}
	// Queued twice before the workers start: the second copy of each is a duplicate.
	for i, wantIns := range []int{60, 0} {
		res, err := q.Enqueue(ctx, jobs...)
		if err != nil || res.Inserted != wantIns || res.Duplicates != 60-wantIns {
			t.Errorf("enqueue #%d = %+v, %v", i, res, err)
		}
	}
	if err := q.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if err := q.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	c, _ := q.Counts(ctx)
	if c != (Counts{Completed: 60}) {
		t.Errorf("counts %+v, want 60 completed", c)
	}
	// Finished jobs may be queued again; the ledger recognises the documents.
	if res, err := q.Enqueue(ctx, jobs[:5]...); err != nil || res.Inserted != 5 {
		t.Errorf("enqueue after completion = %+v, %v", res, err)
	}
	if err := q.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	if err := q.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	st, err := led.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 60 || st.Statements != want {
		t.Errorf("ledger holds %d documents, %d statements; want 60, %d", st.Documents, st.Statements, want)
	}
	if err := led.Check(ctx); err != nil {
		t.Error(err)
	}
	if _, err := q.Enqueue(ctx, jobs[0]); err == nil {
		t.Error("enqueue after Stop succeeded")
	}
}

func TestLocalRetriesAndGivesUp(t *testing.T) {
	ctx := context.Background()
	led := openSQLite(t)
	var calls atomic.Int32
	q := NewLocal(Config{
		Ledger: led, Concurrency: 2, MaxAttempts: 3,
		PollFeeds: func(context.Context) error {
			if calls.Add(1) == 1 {
				return errors.New("feed server down")
			}
			return nil
		},
		PollEvery: time.Hour, // only the poll at start
	})
	binary := filepath.Join(t.TempDir(), "blob.txt")
	if err := os.WriteFile(binary, []byte{0, 0, 0, 1}, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := q.Enqueue(ctx, IngestFileArgs{Path: binary}); err != nil {
		t.Fatal(err)
	}
	if err := q.Start(ctx); err != nil {
		t.Fatal(err)
	}
	// The periodic poll is enqueued as the pool starts; wait until it ran once, then for the retry.
	for calls.Load() == 0 {
		time.Sleep(10 * time.Millisecond)
	}
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := q.Wait(wctx); err != nil {
		c, _ := q.Counts(ctx)
		t.Fatalf("%v with %+v after %d polls", err, c, calls.Load())
	}
	if n := calls.Load(); n != 2 {
		t.Errorf("poll ran %d times, want 2 (failed, then retried)", n)
	}
	// The binary file is a permanent failure: one attempt, no retry.
	if c, _ := q.Counts(ctx); c != (Counts{Completed: 1, Failed: 1}) {
		t.Errorf("counts %+v, want 1 completed (the retried poll) and 1 failed (the binary file)", c)
	}
	if err := q.Stop(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestLocalStopDropsQueuedJobs(t *testing.T) {
	ctx := context.Background()
	block := make(chan struct{})
	q := NewLocal(Config{Concurrency: 1, PollFeeds: func(ctx context.Context) error {
		<-block
		return nil
	}, PollEvery: time.Hour})
	if err := q.Start(ctx); err != nil {
		t.Fatal(err)
	}
	for {
		if c, _ := q.Counts(ctx); c.Running == 1 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if _, err := q.Enqueue(ctx, RederiveArgs{DocumentID: 1}, RederiveArgs{DocumentID: 2}); err != nil {
		t.Fatal(err)
	}
	// Stop while the poll still runs: the two jobs behind it are dropped, the poll is waited for.
	stopped := make(chan error)
	go func() { stopped <- q.Stop(ctx) }()
	for {
		if _, err := q.Enqueue(ctx); err != nil {
			break // Stop has begun
		}
		time.Sleep(time.Millisecond)
	}
	close(block)
	err := <-stopped
	if err == nil || !strings.Contains(err.Error(), "2 queued jobs dropped") {
		t.Errorf("Stop = %v, want 2 jobs dropped", err)
	}
	if c, _ := q.Counts(ctx); c != (Counts{Completed: 1}) {
		t.Errorf("counts after Stop %+v, want only the poll, completed", c)
	}
	if err := q.Wait(ctx); err != nil {
		t.Errorf("Wait after Stop: %v", err)
	}
}
