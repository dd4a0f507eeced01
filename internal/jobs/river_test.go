package jobs

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/store"
	"github.com/parley-ledger/parley/internal/store/pgtest"
)

// workerEnv, set to a DSN, makes the test binary a River worker process (see TestMain).
const workerEnv = "PARLEY_JOBS_TEST_WORKER"

// Timeouts of the worker processes: short, so that the jobs of a killed worker are rescued within the
// test. RescueStuckJobsAfter must exceed JobTimeout.
const (
	testJobTimeout  = 10 * time.Second
	testRescueAfter = 11 * time.Second
)

func TestMain(m *testing.M) {
	if dsn := os.Getenv(workerEnv); dsn != "" {
		os.Exit(workerProcess(dsn))
	}
	os.Exit(m.Run())
}

// workerProcess is what `parley worker` does, in a process of its own: work the queue until a signal. It
// prints "ready ID" once its River client has started.
func workerProcess(dsn string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	led, err := store.OpenPostgres(ctx, dsn)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer led.Close()
	q, err := OpenRiver(ctx, dsn, Config{Ledger: led, Concurrency: 4, JobTimeout: testJobTimeout,
		RescueStuckJobsAfter: testRescueAfter, FetchPollInterval: 200 * time.Millisecond})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if err := q.Start(ctx); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Printf("ready %s\n", q.ID())
	<-ctx.Done()
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := q.Stop(sctx); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// sqlDB opens a plain connection pool on dsn for the test's own queries.
func sqlDB(t *testing.T, dsn string) *sql.DB {
	t.Helper()
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// verifyIngested checks that the ledger holds each of n documents once with the expected statements, that
// River completed n jobs and gave up none, and that the ledger passes Check.
func verifyIngested(t *testing.T, dsn string, q *River, n, statements int) {
	t.Helper()
	ctx := context.Background()
	led, err := store.OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer led.Close()
	st, err := led.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != n || st.Statements != statements {
		t.Errorf("ledger holds %d documents and %d statements, want %d and %d", st.Documents, st.Statements, n, statements)
	}
	var distinctPaths int
	if err := sqlDB(t, dsn).QueryRowContext(ctx, `SELECT COUNT(DISTINCT path) FROM documents`).Scan(&distinctPaths); err != nil {
		t.Fatal(err)
	}
	if distinctPaths != n {
		t.Errorf("%d distinct paths stored, want %d", distinctPaths, n)
	}
	c, err := q.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c != (Counts{Completed: n}) {
		t.Errorf("jobs %+v, want %d completed", c, n)
	}
	if err := led.Check(ctx); err != nil {
		t.Error(err)
	}
}

// TestRiverWorkersShareTheQueue: three River clients (as three worker processes would be) ingest the same
// 500-document folder from one queue; every document is stored exactly once.
func TestRiverWorkersShareTheQueue(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	const n = 500
	dir, want := writeArticles(t, n)

	enq, err := OpenRiver(ctx, dsn, Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer enq.Stop(ctx)
	jobs, err := IngestFiles(ctx, []string{dir}, 0, func(err error) { t.Error(err) })
	if err != nil {
		t.Fatal(err)
	}
	res, err := enq.Enqueue(ctx, jobs...)
	if err != nil || res != (Enqueued{Inserted: n}) {
		t.Fatalf("enqueue = %+v, %v", res, err)
	}
	// The same folder again while the jobs wait: every job is a duplicate.
	if res, err := enq.Enqueue(ctx, jobs...); err != nil || res != (Enqueued{Duplicates: n}) {
		t.Fatalf("enqueue again = %+v, %v", res, err)
	}

	var workers []*River
	for i := range 3 {
		led, err := store.OpenPostgres(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer led.Close()
		q, err := OpenRiver(ctx, dsn, Config{Ledger: led, Concurrency: 3, ID: fmt.Sprintf("test-worker-%d", i),
			FetchPollInterval: 200 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		workers = append(workers, q)
	}
	for _, q := range workers {
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if err := enq.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	for _, q := range workers {
		if err := q.Stop(ctx); err != nil {
			t.Error(err)
		}
	}
	verifyIngested(t, dsn, enq, n, want)

	// The work was shared.
	var busy int
	if err := sqlDB(t, dsn).QueryRowContext(ctx, `SELECT COUNT(DISTINCT attempted_by[1]) FROM river_job`).Scan(&busy); err != nil {
		t.Fatal(err)
	}
	if busy < 2 {
		t.Errorf("only %d of 3 workers worked jobs", busy)
	}
	// Once completed, the same files may be queued again; the ledger recognises them.
	if res, err := enq.Enqueue(ctx, jobs[:3]...); err != nil || res.Inserted != 3 {
		t.Errorf("enqueue after completion = %+v, %v", res, err)
	}
}

// workerProc is a worker process started from the test binary.
type workerProc struct {
	cmd *exec.Cmd
	id  string
}

func startWorkers(t *testing.T, dsn string, n int) []*workerProc {
	t.Helper()
	var procs []*workerProc
	for range n {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), workerEnv+"="+dsn)
		cmd.Stderr = os.Stderr
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		p := &workerProc{cmd: cmd}
		t.Cleanup(func() {
			if p.cmd.ProcessState == nil {
				p.cmd.Process.Signal(syscall.SIGTERM)
				p.cmd.Wait()
			}
		})
		line, err := bufio.NewReader(out).ReadString('\n')
		id, ok := strings.CutPrefix(strings.TrimSpace(line), "ready ")
		if err != nil || !ok {
			t.Fatalf("worker process said %q, %v", line, err)
		}
		p.id = id
		procs = append(procs, p)
	}
	return procs
}

// TestRiverWorkerKilled: three worker processes ingest 500 documents; the leader (which also runs River's
// maintenance, the rescuer among it) is killed with SIGKILL while it holds jobs. After the other two have
// finished, nothing is lost and nothing doubled: the dead worker's jobs were rescued and redone.
func TestRiverWorkerKilled(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	const n = 500
	dir, want := writeArticles(t, n)
	db := sqlDB(t, dsn)

	enq, err := OpenRiver(ctx, dsn, Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer enq.Stop(ctx)
	procs := startWorkers(t, dsn, 3)

	var leader *workerProc
	for leader == nil {
		var id string
		err := db.QueryRowContext(ctx, `SELECT leader_id FROM river_leader`).Scan(&id)
		if err != nil && err != sql.ErrNoRows {
			t.Fatal(err)
		}
		for _, p := range procs {
			if p.id == id {
				leader = p
			}
		}
		if ctx.Err() != nil {
			t.Fatal("no leader elected")
		}
		time.Sleep(50 * time.Millisecond)
	}

	jobs, err := IngestFiles(ctx, []string{dir}, 0, func(err error) { t.Error(err) })
	if err != nil {
		t.Fatal(err)
	}
	if res, err := enq.Enqueue(ctx, jobs...); err != nil || res.Inserted != n {
		t.Fatalf("enqueue = %+v, %v", res, err)
	}

	// Kill the leader mid-run, while it is working jobs.
	for {
		var docs, held int
		if err := db.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM documents),
			(SELECT COUNT(*) FROM river_job WHERE state = 'running' AND attempted_by[array_length(attempted_by, 1)] = $1)`,
			leader.id).Scan(&docs, &held); err != nil {
			t.Fatal(err)
		}
		if docs >= n {
			t.Fatal("every document was stored before the leader could be killed")
		}
		if docs >= n/5 && held > 0 {
			if err := leader.cmd.Process.Kill(); err != nil {
				t.Fatal(err)
			}
			leader.cmd.Wait()
			t.Logf("killed leader %s with %d jobs running, %d documents stored", leader.id, held, docs)
			break
		}
		time.Sleep(5 * time.Millisecond)
	}

	if err := enq.Wait(ctx); err != nil {
		c, _ := enq.Counts(context.Background())
		t.Fatalf("waiting for the queue: %v (%+v)", err, c)
	}
	verifyIngested(t, dsn, enq, n, want)
	var rescued int
	if err := db.QueryRowContext(ctx, `SELECT COUNT(*) FROM river_job
		WHERE $1 = ANY (attempted_by) AND attempted_by[array_length(attempted_by, 1)] <> $1`, leader.id).Scan(&rescued); err != nil {
		t.Fatal(err)
	}
	if rescued == 0 {
		t.Error("no job of the killed worker was finished by another")
	}
	t.Logf("%d jobs of the killed worker were rescued and finished by the others", rescued)

	var wg sync.WaitGroup
	for _, p := range procs {
		if p != leader {
			wg.Go(func() {
				p.cmd.Process.Signal(syscall.SIGTERM)
				if err := p.cmd.Wait(); err != nil {
					t.Errorf("worker %s: %v", p.id, err)
				}
			})
		}
	}
	wg.Wait()
}

// TestRiverPollsFeeds: the periodic hook runs as soon as a worker becomes leader, through a poll-feeds job,
// and a failing poll is retried rather than given up.
func TestRiverPollsFeeds(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	led, err := store.OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer led.Close()
	polled := make(chan int, 10)
	var calls atomic.Int32
	q, err := OpenRiver(ctx, dsn, Config{Ledger: led, PollEvery: time.Hour, FetchPollInterval: 100 * time.Millisecond,
		PollFeeds: func(context.Context) error {
			polled <- int(calls.Add(1))
			return nil
		}})
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer q.Stop(context.Background())
	select {
	case n := <-polled:
		if n != 1 {
			t.Errorf("first poll was call %d", n)
		}
	case <-ctx.Done():
		t.Fatal("the feeds were never polled")
	}
	// Two more polls at once: at most one is queued (the other is a duplicate of it, or of one still running).
	res, err := q.Enqueue(ctx, PollFeedsArgs{}, PollFeedsArgs{})
	if err != nil || res.Inserted+res.Duplicates != 2 || res.Inserted > 1 || res.Duplicates < 1 {
		t.Errorf("enqueue two polls = %+v, %v", res, err)
	}
}

// TestRiverEnqueueDuplicatesInOneCall: the same file named twice in one call is queued once.
func TestRiverEnqueueDuplicatesInOneCall(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx := context.Background()
	q, err := OpenRiver(ctx, dsn, Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Stop(ctx)
	a, b := IngestFileArgs{Path: "/x/a.txt"}, IngestFileArgs{Path: "/x/b.txt"}
	res, err := q.Enqueue(ctx, a, b, a, FetchURLArgs{URL: "https://example.com/a"}, a)
	if err != nil || res != (Enqueued{Inserted: 3, Duplicates: 2}) {
		t.Errorf("Enqueue = %+v, %v; want 3 inserted, 2 duplicates", res, err)
	}
	// A different size limit is a different job.
	res, err = q.Enqueue(ctx, IngestFileArgs{Path: "/x/a.txt", MaxBytes: 10})
	if err != nil || res != (Enqueued{Inserted: 1}) {
		t.Errorf("Enqueue with another limit = %+v, %v", res, err)
	}
	if c, err := q.Counts(ctx); err != nil || c != (Counts{Waiting: 4}) {
		t.Errorf("counts %+v, %v", c, err)
	}
}
