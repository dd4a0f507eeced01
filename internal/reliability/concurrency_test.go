package reliability

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// lockErrors are what SQLite says when a writer or reader gives up on a lock; none may reach a user.
var lockErrors = []string{"database is locked", "sqlite_busy", "database table is locked"}

func lockError(s string) string {
	l := strings.ToLower(s)
	for _, e := range lockErrors {
		if strings.Contains(l, e) {
			return e
		}
	}
	return ""
}

// process is a parley subprocess started in the background, its output kept.
type process struct {
	args           []string
	cmd            *exec.Cmd
	stdout, stderr lockedBuffer
	done           chan struct{}
	err            error // set when done is closed
}

// lockedBuffer is a bytes.Buffer written by a process and read by the test while it runs.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// start starts the parley binary with args; the process is killed if it outlives the test.
func start(t *testing.T, bin string, args ...string) *process {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hangTimeout)
	p := &process{args: args, done: make(chan struct{})}
	p.cmd = exec.CommandContext(ctx, bin, args...)
	p.cmd.Env = parleyEnv()
	p.cmd.Stdout, p.cmd.Stderr = &p.stdout, &p.stderr
	if err := p.cmd.Start(); err != nil {
		cancel()
		t.Fatalf("start parley %s: %v", strings.Join(args, " "), err)
	}
	go func() {
		p.err = p.cmd.Wait()
		cancel()
		close(p.done)
	}()
	t.Cleanup(func() {
		cancel()
		<-p.done
	})
	return p
}

// wait waits for p to exit and fails the test unless it exited 0 and said nothing about locks.
func (p *process) wait(t *testing.T) {
	t.Helper()
	<-p.done
	if p.err != nil {
		t.Errorf("parley %s: %v\nstdout:\n%s\nstderr:\n%s", strings.Join(p.args, " "), p.err, p.stdout.String(), p.stderr.String())
	}
	for _, out := range []string{p.stdout.String(), p.stderr.String()} {
		if e := lockError(out); e != "" {
			t.Errorf("parley %s printed %q:\n%s", strings.Join(p.args, " "), e, out)
		}
	}
}

// newDocuments reads "N new" from the summary line of parley ingest.
func newDocuments(t *testing.T, stdout string) int {
	t.Helper()
	m := regexp.MustCompile(`ingested \d+ documents: (\d+) new`).FindStringSubmatch(stdout)
	if m == nil {
		t.Fatalf("no summary in the output of parley ingest:\n%s", stdout)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// apiQuery is one request the readers send, and the status it must get.
type apiQuery struct {
	path   string
	status int
}

// apiQueries are the readers' requests: the statement list with and without search, positions, documents and
// stats, and some bad input, which must get a 400 rather than a server error.
var apiQueries = []apiQuery{
	{"/api/v1/statements?limit=20", http.StatusOK},
	{"/api/v1/statements?q=ceasefire&limit=20", http.StatusOK},
	{"/api/v1/statements?q=security+guarantees", http.StatusOK},
	{"/api/v1/statements?q=prison*&speaker=Sergei+Lavrov", http.StatusOK},
	{"/api/v1/statements?q=AND+OR+NEAR+(", http.StatusOK},
	{"/api/v1/statements?offset=40&limit=10", http.StatusOK},
	{"/api/v1/positions", http.StatusOK},
	{"/api/v1/positions?issue=ceasefire", http.StatusOK},
	{"/api/v1/documents?limit=50", http.StatusOK},
	{"/api/v1/documents?offset=25&limit=5", http.StatusOK},
	{"/api/v1/claims?contested=true&limit=10", http.StatusOK},
	{"/api/v1/stats", http.StatusOK},
	{"/api/v1/statements?q=%22%22", http.StatusBadRequest},
	{"/api/v1/statements?since=yesterday", http.StatusBadRequest},
	{"/api/v1/documents?limit=-1", http.StatusBadRequest},
}

// TestServeWhileIngesting runs `parley serve` over a SQLite ledger while two `parley ingest` processes add
// documents to it, with readers sending apiQueries from several goroutines the whole time. Every answer must
// have its expected status and no answer or output may mention a lock; both ingests must store all their
// documents, the server must see them, and the ledger must pass `parley check` afterwards.
func TestServeWhileIngesting(t *testing.T) {
	perIngest, readers := 120, 4
	if longMode() {
		perIngest = 500
	}
	bin := buildParley(t)
	arts := genCorpus(20+2*perIngest, 20251129)
	first, a, b := writeCorpus(t, arts[:20]), writeCorpus(t, arts[20:20+perIngest]), writeCorpus(t, arts[20+perIngest:])
	db := backends()[0].dsn(t)
	mustRun(t, bin, "ingest", "--quiet", "--db", db, first)

	srv := start(t, bin, "serve", "--db", db, "--addr", "127.0.0.1:0", "--poll", "200ms")
	base := serverURL(t, srv)

	var (
		mu       sync.Mutex
		problems []string
		requests atomic.Int64
		// duringWrites counts answers to requests sent while both ingests were running.
		duringWrites atomic.Int64
		writing      atomic.Bool
		latency      = map[string][]time.Duration{} // by path, under mu
	)
	problem := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		if len(problems) < 20 {
			problems = append(problems, fmt.Sprintf(format, args...))
		}
	}
	client := &http.Client{Timeout: time.Minute}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	// Stop the readers when the ingests are done, or when the test ends early.
	stopReaders := sync.OnceFunc(func() {
		close(stop)
		wg.Wait()
	})
	t.Cleanup(stopReaders)
	for r := range readers {
		wg.Go(func() {
			for i := r; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				q := apiQueries[i%len(apiQueries)]
				during := writing.Load()
				sent := time.Now()
				status, body, err := get(t.Context(), client, base+q.path)
				took := time.Since(sent)
				requests.Add(1)
				mu.Lock()
				latency[q.path] = append(latency[q.path], took)
				mu.Unlock()
				switch {
				case err != nil:
					problem("GET %s: %v", q.path, err)
				case status != q.status:
					problem("GET %s: status %d, want %d: %s", q.path, status, q.status, body)
				case lockError(body) != "":
					problem("GET %s: %s", q.path, body)
				case during && writing.Load():
					duringWrites.Add(1)
				}
			}
		})
	}

	started := time.Now()
	ingests := []*process{
		start(t, bin, "ingest", "--db", db, a),
		start(t, bin, "ingest", "--db", db, b),
	}
	writing.Store(true)
	select {
	case <-ingests[0].done:
	case <-ingests[1].done:
	}
	writing.Store(false)
	for _, p := range ingests {
		p.wait(t)
		t.Logf("parley ingest: %s", strings.TrimSpace(p.stdout.String()))
		if n := newDocuments(t, p.stdout.String()); n != perIngest {
			t.Errorf("parley %s stored %d new documents, want %d", strings.Join(p.args, " "), n, perIngest)
		}
	}
	t.Logf("both ingests of %d documents each finished in %s", perIngest, time.Since(started).Round(time.Millisecond))
	stopReaders()

	// The server reads what the other processes wrote.
	want := 20 + 2*perIngest
	status, body, err := get(t.Context(), client, base+"/api/v1/stats")
	var stats struct{ Documents int }
	if err != nil || status != http.StatusOK || json.Unmarshal([]byte(body), &stats) != nil || stats.Documents != want {
		t.Errorf("stats after the ingests: %d %s (%v), want %d documents", status, body, err, want)
	}
	if err := srv.cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	srv.wait(t)
	mustRun(t, bin, "check", "--db", db)

	t.Logf("%d requests from %d readers, %d of them answered while both ingests wrote", requests.Load(), readers, duringWrites.Load())
	t.Logf("path | requests | median | 95th percentile | slowest")
	for _, q := range apiQueries {
		ds := latency[q.path]
		slices.Sort(ds)
		if len(ds) > 0 {
			t.Logf("%s | %d | %s | %s | %s", q.path, len(ds), ds[len(ds)/2].Round(time.Millisecond),
				ds[len(ds)*95/100].Round(time.Millisecond), ds[len(ds)-1].Round(time.Millisecond))
		}
	}
	if len(problems) > 0 {
		t.Errorf("%d or more bad answers:\n%s", len(problems), strings.Join(problems, "\n"))
	}
	if duringWrites.Load() == 0 {
		t.Error("no request was answered while both ingests were writing: the test did not test concurrency")
	}
}

// serverURL waits for `parley serve` to say where it listens.
func serverURL(t *testing.T, srv *process) string {
	t.Helper()
	re := regexp.MustCompile(`serving (http://\S+?)/? `)
	deadline := time.After(time.Minute)
	for {
		if m := re.FindStringSubmatch(srv.stderr.String()); m != nil {
			return strings.TrimSuffix(m[1], "/")
		}
		select {
		case <-srv.done:
			t.Fatalf("parley serve exited: %v\n%s", srv.err, srv.stderr.String())
		case <-deadline:
			t.Fatalf("parley serve did not start listening:\n%s", srv.stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func get(ctx context.Context, c *http.Client, url string) (int, string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, "", err
	}
	resp, err := c.Do(req)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), err
}

// TestConcurrentIngestsOverlap runs two `parley ingest` processes at once on one ledger with overlapping
// inputs (the same files in both folders). Both must succeed, between them store each document once (their
// "new" counts add up to the number of distinct inputs), and leave the ledger a clean sequential ingest of
// both folders leaves: the same documents with the same statements and claims, and the same story clusters.
func TestConcurrentIngestsOverlap(t *testing.T) {
	total, overlap := 200, 80
	if longMode() {
		total, overlap = 1000, 400
	}
	bin := buildParley(t)
	arts := genCorpus(total, 20251130)
	// The shared files come first in both folders (inputs are read in name order), so that both processes
	// store the same documents at the same moment.
	split := overlap + (total-overlap)/2
	a := writeCorpus(t, arts[:split])
	b := writeCorpus(t, slices.Concat(arts[:overlap], arts[split:]))
	for _, be := range backends() {
		t.Run(be.name, func(t *testing.T) {
			ref := be.dsn(t)
			mustRun(t, bin, "ingest", "--quiet", "--db", ref, a)
			mustRun(t, bin, "ingest", "--quiet", "--db", ref, b)
			want := ledgerState(t, ref)
			if len(want) != total {
				t.Fatalf("sequential ingest stored %d documents of %d", len(want), total)
			}

			db := be.dsn(t)
			// Both start on an empty ledger, so they also race to create the schema.
			began := time.Now()
			ps := []*process{start(t, bin, "ingest", "--db", db, a), start(t, bin, "ingest", "--db", db, b)}
			created := 0
			for i, p := range ps {
				p.wait(t)
				n := newDocuments(t, p.stdout.String())
				created += n
				t.Logf("ingest %d: %d of its %d documents new", i+1, n, []int{split, total - split + overlap}[i])
			}
			t.Logf("both finished in %s", time.Since(began).Round(time.Millisecond))
			if t.Failed() {
				t.FailNow()
			}
			if created != total {
				t.Errorf("the two ingests stored %d new documents between them, want %d", created, total)
			}
			mustRun(t, bin, "check", "--db", db)
			got := ledgerState(t, db)
			if diffs := sameDocuments(got, want); len(diffs) > 0 {
				t.Fatalf("the ledger differs from a sequential ingest:\n%s", strings.Join(diffs, "\n"))
			}
			if g, w := clusters(got), clusters(want); !slices.Equal(g, w) {
				t.Errorf("story clusters differ from a sequential ingest: %d clusters of copies, want %d\n got %q\nwant %q", len(g), len(w), g, w)
			}
		})
	}
}
