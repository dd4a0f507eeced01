package jobs

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/store"
	"github.com/parley-ledger/parley/internal/store/pgtest"
)

// benchDocs is how many documents each benchmark iteration ingests.
const benchDocs = 300

// BenchmarkWorkers measures ingest throughput (documents per second, the docs/s metric) of the job queues:
// on PostgreSQL with 1, 2 and 4 River clients with the defaults of `parley worker` (as 1, 2 and 4 worker
// processes would be); on SQLite with the in-process pool working 1, 2 and 4 jobs at a time. Each iteration ingests
// benchDocs generated articles into an empty ledger; setting it up is not timed. PostgreSQL runs only with
// PARLEY_TEST_PG. Run: go test -run '^$' -bench Workers -benchtime 3x ./internal/jobs/
func BenchmarkWorkers(b *testing.B) {
	dir, statements := writeArticles(b, benchDocs)
	ctx := context.Background()
	jobs, err := IngestFiles(ctx, []string{dir}, 0, func(err error) { b.Fatal(err) })
	if err != nil {
		b.Fatal(err)
	}
	for _, backend := range []string{"sqlite", "postgres"} {
		if backend == "postgres" && os.Getenv(pgtest.EnvVar) == "" {
			continue
		}
		for _, workers := range []int{1, 2, 4} {
			b.Run(fmt.Sprintf("%s/workers=%d", backend, workers), func(b *testing.B) {
				for b.Loop() {
					b.StopTimer()
					run := setupBench(b, backend, workers)
					if _, err := run.enq.Enqueue(ctx, jobs...); err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
					for _, q := range run.workers {
						if err := q.Start(ctx); err != nil {
							b.Fatal(err)
						}
					}
					if err := run.enq.Wait(ctx); err != nil {
						b.Fatal(err)
					}
					b.StopTimer()
					run.check(b)
					run.close()
					b.StartTimer()
				}
				b.ReportMetric(float64(benchDocs*b.N)/b.Elapsed().Seconds(), "docs/s")
				b.ReportMetric(float64(statements)/benchDocs, "stmts/doc")
			})
		}
	}
}

type benchRun struct {
	enq     Queue
	workers []Queue
	ledger  store.Ledger
	closers []func()
}

// close stops the queues and closes the ledgers, so that iterations do not pile up connections.
func (r *benchRun) close() {
	for _, c := range r.closers {
		c()
	}
}

// setupBench makes an empty ledger and its queue (and on PostgreSQL the worker clients), stopped and
// closed at the end of the benchmark.
func setupBench(b *testing.B, backend string, workers int) *benchRun {
	ctx := context.Background()
	if backend == "sqlite" {
		led, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		q := NewLocal(Config{Ledger: led, Concurrency: workers})
		return &benchRun{enq: q, workers: []Queue{q}, ledger: led, closers: []func(){func() { q.Stop(ctx); led.Close() }}}
	}
	dsn := pgtest.DSN(b)
	enq, err := OpenRiver(ctx, dsn, Config{})
	if err != nil {
		b.Fatal(err)
	}
	enq.poll = 10 * time.Millisecond
	run := &benchRun{enq: enq}
	run.closers = append(run.closers, func() { enq.Stop(ctx) })
	for range workers {
		led, err := store.OpenPostgres(ctx, dsn)
		if err != nil {
			b.Fatal(err)
		}
		q, err := OpenRiver(ctx, dsn, Config{Ledger: led, Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))})
		if err != nil {
			b.Fatal(err)
		}
		run.closers = append(run.closers, func() { q.Stop(ctx); led.Close() })
		run.workers = append(run.workers, q)
		run.ledger = led
	}
	return run
}

func (r *benchRun) check(b *testing.B) {
	st, err := r.ledger.Stats(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	if st.Documents != benchDocs {
		b.Fatalf("%d documents stored, want %d", st.Documents, benchDocs)
	}
}
