// Package jobs owns Parley's background work: the job kinds (ingest a file, fetch a web page, re-derive a
// stored document's statements, poll feeds), the Handler that does each one, and the two queues that run
// them behind one interface, Queue:
//
//   - River (github.com/riverqueue/river) on a PostgreSQL ledger: the jobs live in the same database, so
//     any number of `parley worker` processes on any number of machines share them. River retries failed
//     jobs with exponential back-off, rescues the jobs of a worker that died, and runs the periodic feed
//     poll on one elected leader only.
//   - Local, an in-process pool, on a SQLite ledger. River has a SQLite driver (riverdriver/riversqlite),
//     but its authors mark it early, it is a module this build does not carry, and it would buy nothing
//     here: a SQLite file has one writer at a time and lives on one machine, so a queue shared between
//     processes cannot scale ingest past what one process's pool already reaches. Local gives the same job
//     kinds, uniqueness by arguments, retries with back-off and periodic polling, in memory.
//
// Every job is idempotent by construction: documents are stored once per content hash, so a job that runs
// twice (retried after a crash that happened after its commit, say) changes nothing the second time.
package jobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/parley-ledger/parley/internal/analyze"
	"github.com/parley-ledger/parley/internal/fetch"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/ledger"
	"github.com/parley-ledger/parley/internal/store"
	"github.com/parley-ledger/parley/internal/web"
)

// Job kinds, as stored in River's river_job.kind.
const (
	KindIngestFile = "ingest-file"
	KindFetchURL   = "fetch-url"
	KindRederive   = "rederive"
	KindPollFeeds  = "poll-feeds"
)

// uniqueWhileQueued makes a job unique by its arguments among the jobs not yet finished: the same file or
// URL is never worked twice at once, but may be enqueued again once its job completed (the file may have
// changed since).
func uniqueWhileQueued() river.InsertOpts {
	return river.InsertOpts{UniqueOpts: river.UniqueOpts{
		ByArgs: true,
		ByState: []rivertype.JobState{
			rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRunning,
			rivertype.JobStateRetryable, rivertype.JobStateScheduled,
		},
	}}
}

// IngestFileArgs reads a text file and stores it with its statements. Path should be absolute, and every
// worker must see the same file there (a shared file system when workers run on several machines).
type IngestFileArgs struct {
	Path string `json:"path"`
	// MaxBytes refuses larger files; 0 means ingest.DefaultMaxBytes.
	MaxBytes int64 `json:"max_bytes,omitempty"`
}

func (IngestFileArgs) Kind() string                 { return KindIngestFile }
func (IngestFileArgs) InsertOpts() river.InsertOpts { return uniqueWhileQueued() }

// FetchURLArgs fetches a web page, extracts its article and stores it with its statements.
type FetchURLArgs struct {
	URL string `json:"url"`
}

func (FetchURLArgs) Kind() string                 { return KindFetchURL }
func (FetchURLArgs) InsertOpts() river.InsertOpts { return uniqueWhileQueued() }

// RederiveArgs re-runs the pipeline on a stored document's raw text and replaces its statements.
type RederiveArgs struct {
	DocumentID int64 `json:"document_id"`
}

func (RederiveArgs) Kind() string                 { return KindRederive }
func (RederiveArgs) InsertOpts() river.InsertOpts { return uniqueWhileQueued() }

// PollFeedsArgs runs Config.PollFeeds once. It is enqueued periodically (on River, by the elected leader
// only) and is unique while queued, so polls never overlap.
type PollFeedsArgs struct{}

func (PollFeedsArgs) Kind() string                 { return KindPollFeeds }
func (PollFeedsArgs) InsertOpts() river.InsertOpts { return uniqueWhileQueued() }

// Config is what the queues and the Handler need. Only Ledger is required to work jobs; a queue that only
// enqueues (parley enqueue on PostgreSQL) needs none of it.
type Config struct {
	Ledger store.Ledger
	// Pipeline analyses documents; nil means one without claims.
	Pipeline *analyze.Pipeline
	// Codebook names the codebook the pipeline's claims stage resolves against, stored with claims.
	Codebook string
	// Fetcher fetches pages for fetch-url jobs; nil means fetch.New(fetch.Options{}).
	Fetcher *fetch.Client
	// PollFeeds, when set, is run by a periodic job every PollEvery (default 5 minutes), first when the
	// queue starts. The feeds code provides it.
	PollFeeds func(ctx context.Context) error
	PollEvery time.Duration
	// Concurrency is how many jobs run at once in this process; 0 means GOMAXPROCS for Local, whose jobs
	// are CPU-bound, and 4×GOMAXPROCS for River, whose jobs also wait on the database and on the network.
	Concurrency int
	// MaxAttempts bounds tries per job (River's default 25; Local's default 5).
	MaxAttempts int
	// JobTimeout cancels a job running longer (River's default 1 minute, the same for Local). On River,
	// a job still running RescueStuckJobsAfter (default 1 hour) after it started, its worker presumably
	// dead, is handed to another worker.
	JobTimeout           time.Duration
	RescueStuckJobsAfter time.Duration
	// FetchPollInterval is how often an idle River worker looks for jobs when no notification arrived
	// (default 1 s). FetchCooldown is the least time between two fetches while jobs keep coming (default
	// 5 ms; River's own default, 100 ms, caps a worker at Concurrency jobs per 100 ms, far below what it
	// can do with documents that take a millisecond or two each).
	FetchPollInterval time.Duration
	FetchCooldown     time.Duration
	// ID names this worker among River's clients; empty means host, process id and start time.
	ID string
	// Logger receives job failures and River's own messages; nil discards them.
	Logger *slog.Logger
	// Now is the clock for fetched pages' metadata; nil means time.Now.
	Now func() time.Time
}

func (c Config) concurrency() int {
	if c.Concurrency > 0 {
		return c.Concurrency
	}
	return runtime.GOMAXPROCS(0)
}

func (c Config) logger() *slog.Logger {
	if c.Logger != nil {
		return c.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// Outcome is what one job stored.
type Outcome struct {
	DocumentID int64 `json:"document_id,omitempty"`
	// Created is false when the document was already stored (and nothing was written).
	Created    bool `json:"created"`
	Statements int  `json:"statements"`
}

// PermanentError is a job failure that retrying cannot fix (a file that is not text, a page that is gone,
// a document that does not exist): the job is cancelled rather than retried.
type PermanentError struct{ Err error }

func (e *PermanentError) Error() string { return e.Err.Error() }
func (e *PermanentError) Unwrap() error { return e.Err }

func permanent(err error) error { return &PermanentError{Err: err} }

// IsPermanent reports whether err (from Handler.Do) should not be retried.
func IsPermanent(err error) bool {
	var pe *PermanentError
	return errors.As(err, &pe)
}

// Handler does the work of each job kind. River's workers and the Local pool both call it, so a job does
// the same thing whichever queue runs it. It is safe for concurrent use.
type Handler struct {
	ledger    store.Ledger
	writer    *ledger.Writer
	fetcher   *fetch.Client
	pollFeeds func(ctx context.Context) error
	now       func() time.Time
}

// NewHandler builds the Handler for cfg.
func NewHandler(cfg Config) *Handler {
	h := &Handler{ledger: cfg.Ledger, fetcher: cfg.Fetcher, pollFeeds: cfg.PollFeeds, now: cfg.Now}
	if cfg.Ledger != nil {
		h.writer = ledger.New(cfg.Ledger, cfg.Pipeline, cfg.Codebook)
	}
	if h.fetcher == nil {
		h.fetcher = fetch.New(fetch.Options{})
	}
	if h.now == nil {
		h.now = time.Now
	}
	return h
}

// Do runs one job. Errors wrapping PermanentError must not be retried.
func (h *Handler) Do(ctx context.Context, args river.JobArgs) (Outcome, error) {
	if h.ledger == nil && args.Kind() != KindPollFeeds {
		return Outcome{}, permanent(fmt.Errorf("%s job: no ledger to store into", args.Kind()))
	}
	switch a := args.(type) {
	case IngestFileArgs:
		return h.ingestFile(ctx, a)
	case FetchURLArgs:
		return h.fetchURL(ctx, a)
	case RederiveArgs:
		return h.rederive(ctx, a)
	case PollFeedsArgs:
		if h.pollFeeds == nil {
			return Outcome{}, nil
		}
		if err := h.pollFeeds(ctx); err != nil {
			return Outcome{}, fmt.Errorf("poll feeds: %w", err)
		}
		return Outcome{}, nil
	}
	return Outcome{}, permanent(fmt.Errorf("unknown job kind %q (%T)", args.Kind(), args))
}

func (h *Handler) ingestFile(ctx context.Context, a IngestFileArgs) (Outcome, error) {
	if a.Path == "" {
		return Outcome{}, permanent(errors.New("ingest-file job: empty path"))
	}
	doc, err := ingest.ReadFile(ctx, a.Path, ingest.Options{MaxBytes: a.MaxBytes})
	if err != nil {
		var ie *ingest.InputError
		if errors.As(err, &ie) && ctx.Err() == nil {
			return Outcome{}, permanent(fmt.Errorf("ingest-file job: %w", err))
		}
		return Outcome{}, fmt.Errorf("ingest-file job %s: %w", a.Path, err)
	}
	return h.save(ctx, doc)
}

func (h *Handler) save(ctx context.Context, doc *ingest.Document) (Outcome, error) {
	sr, err := h.writer.Save(ctx, doc)
	if err != nil {
		return Outcome{}, err
	}
	return Outcome{DocumentID: sr.DocumentID, Created: sr.Created, Statements: sr.Statements}, nil
}

func (h *Handler) fetchURL(ctx context.Context, a FetchURLArgs) (Outcome, error) {
	resp, err := h.fetcher.GetPage(ctx, a.URL, fetch.Conditional{})
	if err != nil {
		var se *fetch.StatusError
		if (errors.As(err, &se) && !se.Temporary()) || errors.Is(err, fetch.ErrScheme) || errors.Is(err, fetch.ErrBlockedAddress) {
			return Outcome{}, permanent(fmt.Errorf("fetch-url job: %w", err))
		}
		return Outcome{}, fmt.Errorf("fetch-url job %s: %w", a.URL, err)
	}
	name := web.NameFromURL(resp.FinalURL)
	var doc *ingest.Document
	if strings.HasPrefix(resp.ContentType, "text/plain") {
		doc, err = ingest.Parse(name, resp.FinalURL, resp.Body)
	} else {
		doc, err = web.ParseHTML(name, resp.FinalURL, resp.Body, h.now())
	}
	if err != nil {
		return Outcome{}, permanent(fmt.Errorf("fetch-url job %s: %w", a.URL, err))
	}
	return h.save(ctx, doc)
}

func (h *Handler) rederive(ctx context.Context, a RederiveArgs) (Outcome, error) {
	sr, err := h.writer.Rederive(ctx, a.DocumentID)
	if errors.Is(err, store.ErrNotFound) {
		return Outcome{}, permanent(fmt.Errorf("rederive job: %w", err))
	}
	if err != nil {
		return Outcome{}, fmt.Errorf("rederive job: %w", err)
	}
	return Outcome{DocumentID: sr.DocumentID, Statements: sr.Statements}, nil
}

// Enqueued reports what Enqueue did.
type Enqueued struct {
	Inserted int `json:"inserted"`
	// Duplicates were already queued or running with the same arguments, and were not added.
	Duplicates int `json:"duplicates"`
}

// Counts is how many jobs are in each state.
type Counts struct {
	// Waiting jobs are queued, scheduled, or waiting for a retry.
	Waiting   int `json:"waiting"`
	Running   int `json:"running"`
	Completed int `json:"completed"`
	// Failed jobs were given up: cancelled as permanent failures, or out of attempts.
	Failed int `json:"failed"`
}

// Queue is a job queue with its workers: River on PostgreSQL, Local otherwise.
type Queue interface {
	// Enqueue adds jobs, skipping any whose arguments match a job not yet finished.
	Enqueue(ctx context.Context, jobs ...river.JobArgs) (Enqueued, error)
	// Start begins working jobs in the background (and the periodic feed poll, when configured).
	Start(ctx context.Context) error
	// Wait returns when no job is waiting or running, or when ctx ends.
	Wait(ctx context.Context) error
	// Counts reports jobs by state.
	Counts(ctx context.Context) (Counts, error)
	// Stop stops taking jobs and waits for running ones (until ctx ends), then releases the queue.
	Stop(ctx context.Context) error
}

// Open returns the queue for a ledger: River when dsn is a PostgreSQL URL, Local otherwise.
func Open(ctx context.Context, dsn string, cfg Config) (Queue, error) {
	if store.IsPostgresDSN(dsn) {
		return OpenRiver(ctx, dsn, cfg)
	}
	return NewLocal(cfg), nil
}

// IngestFiles expands paths (files and directories, as parley ingest does) into ingest-file jobs with
// absolute paths. Paths that cannot be expanded are passed to report and skipped.
func IngestFiles(ctx context.Context, paths []string, maxBytes int64, report func(error)) ([]river.JobArgs, error) {
	var out []river.JobArgs
	for p, err := range ingest.Expand(ctx, paths) {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if err != nil {
			report(err)
			continue
		}
		if p == "-" {
			report(errors.New("standard input cannot be queued: name files"))
			continue
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			report(fmt.Errorf("%s: %w", p, err))
			continue
		}
		out = append(out, IngestFileArgs{Path: abs, MaxBytes: maxBytes})
	}
	return out, nil
}
