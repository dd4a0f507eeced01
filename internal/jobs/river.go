package jobs

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"

	"github.com/parley-ledger/parley/internal/store"
)

// River is the Queue on a PostgreSQL database, shared by every worker process that opens the same one. Its
// tables (river_job and friends) live next to the ledger's, in the DSN's search_path.
type River struct {
	pool   *pgxpool.Pool
	client *river.Client[pgx.Tx]
	label  string
	poll   time.Duration
}

var _ Queue = (*River)(nil)

const (
	// defaultPollEvery is how often feeds are polled when Config.PollEvery is zero.
	defaultPollEvery = 5 * time.Minute
	// defaultFetchCooldown is Config.FetchCooldown's default.
	defaultFetchCooldown = 5 * time.Millisecond
)

// OpenRiver connects to the PostgreSQL database at dsn, brings River's schema up to date (under an advisory
// lock, so that workers starting together do it once) and builds a client that works cfg.Concurrency jobs at
// a time once started.
func OpenRiver(ctx context.Context, dsn string, cfg Config) (*River, error) {
	label := store.RedactDSN(dsn)
	pcfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("open job queue %s: %w", label, err)
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = 4 * runtime.GOMAXPROCS(0)
	}
	if cfg.FetchCooldown <= 0 {
		cfg.FetchCooldown = defaultFetchCooldown
	}
	if cfg.FetchPollInterval > 0 && cfg.FetchPollInterval < cfg.FetchCooldown {
		cfg.FetchCooldown = cfg.FetchPollInterval
	}
	// Running jobs use the ledger's connections, not River's: River needs a few, for fetching and
	// completing jobs, notifications, leadership and maintenance.
	pcfg.MaxConns = 6
	pool, err := pgxpool.NewWithConfig(ctx, pcfg)
	if err != nil {
		return nil, fmt.Errorf("open job queue %s: %w", label, err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open job queue %s: %w", label, err)
	}
	if err := migrateRiver(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open job queue %s: %w", label, err)
	}

	h := NewHandler(cfg)
	workers := river.NewWorkers()
	river.AddWorker(workers, &worker[IngestFileArgs]{h: h})
	river.AddWorker(workers, &worker[FetchURLArgs]{h: h})
	river.AddWorker(workers, &worker[RederiveArgs]{h: h})
	river.AddWorker(workers, &worker[PollFeedsArgs]{h: h})

	id := cfg.ID
	if id == "" {
		host, _ := os.Hostname()
		id = fmt.Sprintf("%s_%d_%d", host, os.Getpid(), time.Now().UnixNano())
	}
	rc := &river.Config{
		ID:                   id,
		Logger:               cfg.logger(),
		Workers:              workers,
		MaxAttempts:          cfg.MaxAttempts,
		JobTimeout:           cfg.JobTimeout,
		RescueStuckJobsAfter: cfg.RescueStuckJobsAfter,
		FetchPollInterval:    cfg.FetchPollInterval,
		FetchCooldown:        cfg.FetchCooldown,
		Queues:               map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: cfg.concurrency()}},
	}
	if cfg.PollFeeds != nil {
		every := cfg.PollEvery
		if every <= 0 {
			every = defaultPollEvery
		}
		rc.PeriodicJobs = []*river.PeriodicJob{river.NewPeriodicJob(river.PeriodicInterval(every),
			func() (river.JobArgs, *river.InsertOpts) { return PollFeedsArgs{}, nil },
			&river.PeriodicJobOpts{ID: KindPollFeeds, RunOnStart: true})}
	}
	client, err := river.NewClient(riverpgxv5.New(pool), rc)
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("open job queue %s: %w", label, err)
	}
	return &River{pool: pool, client: client, label: label, poll: 100 * time.Millisecond}, nil
}

// migrateRiver applies River's migrations while holding an advisory lock keyed by schema, so that workers
// starting together on a new database apply them once. (River runs some migrations outside a
// transaction, so the lock is a session lock on a connection of its own.)
func migrateRiver(ctx context.Context, pool *pgxpool.Pool) error {
	m, err := rivermigrate.New(riverpgxv5.New(pool), nil)
	if err != nil {
		return fmt.Errorf("river migrations: %w", err)
	}
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("river migrations: %w", err)
	}
	defer conn.Release()
	const key = `hashtext('parley river migrations ' || current_schema())`
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock(`+key+`)`); err != nil {
		return fmt.Errorf("river migrations: lock: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(`+key+`)`)
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("river migrations: %w", err)
	}
	return nil
}

// worker adapts Handler to River: permanent failures cancel the job, others are retried with River's
// back-off.
type worker[T river.JobArgs] struct {
	river.WorkerDefaults[T]
	h *Handler
}

func (w *worker[T]) Work(ctx context.Context, job *river.Job[T]) error {
	_, err := w.h.Do(ctx, job.Args)
	if err != nil && IsPermanent(err) {
		return river.JobCancel(err)
	}
	return err
}

// ID is this worker's client id, as River records it in river_job.attempted_by and river_leader.
func (r *River) ID() string { return r.client.ID() }

// Enqueue inserts jobs in one statement; jobs whose arguments match an unfinished job are skipped.
func (r *River) Enqueue(ctx context.Context, jobs ...river.JobArgs) (Enqueued, error) {
	var res Enqueued
	// River cannot insert two jobs with the same unique key in one statement: keep the first of each.
	seen := make(map[string]bool, len(jobs))
	unique := make([]river.JobArgs, 0, len(jobs))
	for _, a := range jobs {
		key, err := uniqueKey(a)
		if err != nil {
			return res, err
		}
		if seen[key] {
			res.Duplicates++
			continue
		}
		seen[key] = true
		unique = append(unique, a)
	}
	jobs = unique
	const batch = 1000
	for len(jobs) > 0 {
		n := min(batch, len(jobs))
		params := make([]river.InsertManyParams, n)
		for i, a := range jobs[:n] {
			params[i] = river.InsertManyParams{Args: a}
		}
		out, err := r.client.InsertMany(ctx, params)
		if err != nil {
			return res, fmt.Errorf("enqueue on %s: %w", r.label, err)
		}
		for _, o := range out {
			if o.UniqueSkippedAsDuplicate {
				res.Duplicates++
			} else {
				res.Inserted++
			}
		}
		jobs = jobs[n:]
	}
	return res, nil
}

// Start begins working jobs.
func (r *River) Start(ctx context.Context) error {
	if err := r.client.Start(ctx); err != nil {
		return fmt.Errorf("start workers on %s: %w", r.label, err)
	}
	return nil
}

// Counts reports document jobs by state, over every worker sharing the database. The periodic feed poll is
// housekeeping, not work anyone waits for, and is left out.
func (r *River) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := r.pool.QueryRow(ctx, `SELECT
		COUNT(*) FILTER (WHERE state IN ('available', 'pending', 'retryable', 'scheduled')),
		COUNT(*) FILTER (WHERE state = 'running'),
		COUNT(*) FILTER (WHERE state = 'completed'),
		COUNT(*) FILTER (WHERE state IN ('cancelled', 'discarded'))
		FROM river_job WHERE kind <> $1`, KindPollFeeds).Scan(&c.Waiting, &c.Running, &c.Completed, &c.Failed)
	if err != nil {
		return Counts{}, fmt.Errorf("count jobs on %s: %w", r.label, err)
	}
	return c, nil
}

// Wait polls until no job is waiting or running, whichever worker holds it.
func (r *River) Wait(ctx context.Context) error {
	t := time.NewTicker(r.poll)
	defer t.Stop()
	for {
		c, err := r.Counts(ctx)
		if err != nil {
			return err
		}
		if c.Waiting == 0 && c.Running == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Stop stops fetching jobs, waits for running ones until ctx ends (then cancels them; River retries them
// later), and closes the connections.
func (r *River) Stop(ctx context.Context) error {
	defer r.pool.Close()
	err := r.client.Stop(ctx)
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		err = r.client.StopAndCancel(context.WithoutCancel(ctx))
	}
	if err != nil {
		return fmt.Errorf("stop workers on %s: %w", r.label, err)
	}
	return nil
}
