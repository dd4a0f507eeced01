package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/riverqueue/river"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/claims"
	"github.com/parley-ledger/parley/internal/feeds"
	"github.com/parley-ledger/parley/internal/fetch"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/jobs"
	"github.com/parley-ledger/parley/internal/ledger"
	"github.com/parley-ledger/parley/internal/progress"
	"github.com/parley-ledger/parley/internal/store"
)

// scaleCommands are the commands for scaling out: migrate, worker, enqueue, copy.
func scaleCommands() map[string]command {
	return map[string]command{
		"migrate": {"bring a ledger's schema (and on PostgreSQL its job queue) up to date and print its version", runMigrate},
		"worker":  {"work the job queue of a PostgreSQL ledger until interrupted", runWorker},
		"enqueue": {"queue files, directories, URLs or re-derivations as background jobs", runEnqueue},
		"copy":    {"copy a whole ledger to another (SQLite to PostgreSQL or back); safe to re-run", runCopy},
	}
}

// ledgerDSN is --db, $PARLEY_DB or the default path, like openStore.
func ledgerDSN(env Env, db string) (string, error) {
	if db == "" {
		db = env.Getenv("PARLEY_DB")
	}
	if db == "" {
		return store.DefaultPath()
	}
	return db, nil
}

func runMigrate(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "migrate", "")
	db := fs.String("db", "", "ledger: a SQLite file path or a postgres:// URL (default $PARLEY_DB or the user data directory)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	dsn, err := ledgerDSN(env, *db)
	if err != nil {
		return err
	}
	st, label, err := openStore(ctx, env, dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "ledger %s: schema version %d\n", label, stats.SchemaVersion)
	if store.IsPostgresDSN(dsn) {
		q, err := jobs.OpenRiver(ctx, dsn, jobs.Config{})
		if err != nil {
			return err
		}
		if err := q.Stop(ctx); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "job queue %s: ready\n", label)
	}
	return nil
}

// pollFeedsHook is what a worker runs periodically to poll watched feeds; nil runs nothing. The sources
// commands provide it (see sources_cmds.go) once feeds can be polled from a worker.
// pollFeedsHook is the periodic job's work on a shared ledger: one cycle over the due feeds, as `parley watch
// --once` does, storing through w.
func pollFeedsHook(st store.Ledger, w *ledger.Writer) func(context.Context) error {
	return func(ctx context.Context) error {
		sources := w.Sources()
		if sources == nil {
			return fmt.Errorf("ledger %T keeps no feeds", st)
		}
		state := &feedState{src: sources, w: w, cycle: func(n int) progress.Reporter {
			return progress.New(io.Discard, n, progress.Options{Quiet: true})
		}}
		poller := feeds.NewPoller(state, fetch.New(fetch.Options{}), feeds.Options{Concurrency: 4, Logger: slog.New(slog.DiscardHandler)})
		cs, err := poller.Cycle(ctx)
		if failed := state.endCycle(); err == nil && len(failed) > 0 {
			err = fmt.Errorf("%d of %d feeds failed: %s", cs.Failed, cs.Feeds, strings.Join(failed, "; "))
		}
		return err
	}
}

func runWorker(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "worker", "")
	db := fs.String("db", "", "ledger: a postgres:// URL (default $PARLEY_DB)")
	conc := fs.Int("concurrency", 0, "jobs worked at once by this process (default the number of CPUs)")
	pollEvery := fs.Duration("poll-every", 5*time.Minute, "how often the feeds are polled (by one worker, the elected leader)")
	grace := fs.Duration("grace", 30*time.Second, "on interrupt, how long running jobs may finish before they are cancelled (and retried elsewhere)")
	quiet := fs.Bool("quiet", false, "log only failures")
	cbFlag := codebookFlag(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *conc < 0 {
		fs.Usage()
		return exitError{2}
	}
	dsn, err := ledgerDSN(env, *db)
	if err != nil {
		return err
	}
	if !store.IsPostgresDSN(dsn) {
		return fmt.Errorf("%s is a SQLite ledger: workers share a queue through PostgreSQL (--db postgres://...); "+
			"on SQLite, parley enqueue works the jobs in its own process", dsn)
	}
	st, label, err := openStore(ctx, env, dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	level := slog.LevelInfo
	if *quiet {
		level = slog.LevelWarn
	}
	log := slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: level}))
	p, cbName, err := claimsPipeline(env, *cbFlag, attrib.Options{})
	if err != nil {
		return err
	}
	q, err := jobs.OpenRiver(ctx, dsn, jobs.Config{
		Ledger: st, Pipeline: p, Codebook: cbName, Concurrency: *conc, Logger: log,
		PollFeeds: pollFeedsHook(st, ledger.New(st, p, cbName)), PollEvery: *pollEvery,
	})
	if err != nil {
		return err
	}
	if err := q.Start(ctx); err != nil {
		q.Stop(context.WithoutCancel(ctx))
		return err
	}
	log.Info("worker started", "ledger", label, "id", q.ID())
	<-ctx.Done()
	log.Info("worker stopping", "grace", *grace)
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), *grace)
	defer cancel()
	return q.Stop(sctx)
}

// repeated is a flag that may be given several times.
type repeated []string

func (r *repeated) String() string     { return strings.Join(*r, ",") }
func (r *repeated) Set(v string) error { *r = append(*r, v); return nil }

func runEnqueue(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "enqueue", "[FILE...|DIR...]")
	db := fs.String("db", "", "ledger: a SQLite file path or a postgres:// URL (default $PARLEY_DB or the user data directory)")
	var urls, rederive repeated
	fs.Var(&urls, "url", "fetch this web page (may be repeated)")
	fs.Var(&rederive, "rederive", "re-run the pipeline on stored document `ID`, or on every document with \"all\" (may be repeated)")
	maxBytes := fs.Int64("max-bytes", ingest.DefaultMaxBytes, "refuse files larger than this many bytes")
	wait := fs.Bool("wait", false, "on PostgreSQL, wait until the workers have emptied the queue")
	conc := fs.Int("concurrency", 0, "on SQLite, jobs worked at once (default the number of CPUs)")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	cbFlag := codebookFlag(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos)+len(urls)+len(rederive) == 0 || *conc < 0 {
		fs.Usage()
		return exitError{2}
	}
	dsn, err := ledgerDSN(env, *db)
	if err != nil {
		return err
	}
	refused := 0
	todo, err := jobs.IngestFiles(ctx, pos, *maxBytes, func(err error) {
		refused++
		fmt.Fprintf(env.Stderr, "refused: %v\n", err)
	})
	if err != nil {
		return err
	}
	for _, u := range urls {
		todo = append(todo, jobs.FetchURLArgs{URL: u})
	}

	st, label, err := openStore(ctx, env, dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	more, err := rederiveJobs(ctx, st, rederive)
	if err != nil {
		return err
	}
	todo = append(todo, more...)

	local := !store.IsPostgresDSN(dsn)
	var q jobs.Queue
	if local {
		p, cbName, err := claimsPipeline(env, *cbFlag, attrib.Options{})
		if err != nil {
			return err
		}
		q = jobs.NewLocal(jobs.Config{Ledger: st, Pipeline: p, Codebook: cbName, Concurrency: *conc,
			Logger: slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))})
	} else {
		r, err := jobs.OpenRiver(ctx, dsn, jobs.Config{})
		if err != nil {
			return err
		}
		q = r
	}
	defer q.Stop(context.WithoutCancel(ctx))
	res, err := q.Enqueue(ctx, todo...)
	if err != nil {
		return err
	}
	if !*quiet {
		fmt.Fprintf(env.Stdout, "queued %d jobs on %s (%d already queued)\n", res.Inserted, label, res.Duplicates)
	}
	if local {
		// A SQLite ledger's queue lives in this process: work it now.
		if err := q.Start(ctx); err != nil {
			return err
		}
	}
	if local || *wait {
		if err := q.Wait(ctx); err != nil {
			return err
		}
		c, err := q.Counts(ctx)
		if err != nil {
			return err
		}
		if !*quiet {
			fmt.Fprintf(env.Stdout, "jobs: %d completed, %d failed\n", c.Completed, c.Failed)
		}
		if c.Failed > 0 {
			refused += c.Failed
		}
	}
	if refused > 0 {
		return exitError{1}
	}
	return nil
}

// rederiveJobs turns --rederive values into jobs: document ids, or "all" for every stored document.
func rederiveJobs(ctx context.Context, st store.Ledger, vals []string) ([]river.JobArgs, error) {
	var out []river.JobArgs
	for _, v := range vals {
		if v == "all" {
			for offset := 0; ; offset += 1000 {
				docs, err := st.Documents(ctx, store.DocumentQuery{Limit: 1000, Offset: offset})
				if err != nil {
					return nil, err
				}
				for _, d := range docs {
					out = append(out, jobs.RederiveArgs{DocumentID: d.ID})
				}
				if len(docs) < 1000 {
					break
				}
			}
			continue
		}
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id <= 0 {
			return nil, fmt.Errorf("--rederive %q: want a document id or \"all\"", v)
		}
		if _, err := st.Document(ctx, id); err != nil {
			return nil, fmt.Errorf("--rederive %d: %w", id, err)
		}
		out = append(out, jobs.RederiveArgs{DocumentID: id})
	}
	return out, nil
}

func runCopy(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "copy", "")
	from := fs.String("from", "", "ledger to copy: a SQLite file path or a postgres:// URL")
	to := fs.String("to", "", "ledger to copy into (created if needed)")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	cbFlag := codebookFlag(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *from == "" || *to == "" {
		fs.Usage()
		return exitError{2}
	}
	if *from == *to {
		return errors.New("--from and --to name the same ledger")
	}
	src, srcLabel, err := openStore(ctx, env, *from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, dstLabel, err := openStore(ctx, env, *to)
	if err != nil {
		return err
	}
	defer dst.Close()
	res, err := store.Copy(ctx, dst, src, nil)
	if err != nil {
		return err
	}
	// Every source document was verified as it was written; the totals must agree too.
	ss, err := src.Stats(ctx)
	if err != nil {
		return err
	}
	ds, err := dst.Stats(ctx)
	if err != nil {
		return err
	}
	if ds.Documents < ss.Documents || ds.Statements < ss.Statements || ds.Actors < ss.Actors {
		return fmt.Errorf("after copy %s holds %d documents, %d statements, %d actors; %s holds %d, %d, %d",
			dstLabel, ds.Documents, ds.Statements, ds.Actors, srcLabel, ss.Documents, ss.Statements, ss.Actors)
	}
	if err := copyDerived(ctx, env, src, dst, *cbFlag); err != nil {
		return fmt.Errorf("copy to %s: %w", dstLabel, err)
	}
	if !*quiet {
		fmt.Fprintf(env.Stdout, "copied %s to %s: %d documents (%d new, with %d statements), %d new actors; %s now holds %d documents, %d statements, %d actors\n",
			srcLabel, dstLabel, res.Documents, res.Created, res.Statements, res.Actors, dstLabel, ds.Documents, ds.Statements, ds.Actors)
	}
	return nil
}

// copyDerived brings over what Copy leaves out: the watched feeds, the story clusters and the claims, which
// are derived again at the destination from the copied documents and statements (they are deterministic).
func copyDerived(ctx context.Context, env Env, src, dst store.Ledger, cbFlag string) error {
	from, errFrom := store.NewSources(src)
	to, errTo := store.NewSources(dst)
	if errFrom == nil && errTo == nil {
		list, err := from.Feeds(ctx)
		if err != nil {
			return err
		}
		for _, f := range list {
			if _, _, err := to.AddFeed(ctx, f.URL, f.Interval); err != nil {
				return err
			}
		}
	}
	if errTo == nil {
		if _, err := to.Recluster(ctx); err != nil {
			return err
		}
	}
	cl, ok := store.Claims(dst)
	if !ok {
		return nil
	}
	cb, name, err := loadCodebook(env, cbFlag)
	if err != nil {
		return err
	}
	x := claims.New(cb)
	const page = 200
	for offset := 0; ; offset += page {
		rows, err := dst.Documents(ctx, store.DocumentQuery{Limit: page, Offset: offset})
		if err != nil {
			return err
		}
		for _, r := range rows {
			if _, err := rederiveDocument(ctx, dst, cl, x, name, r.ID); err != nil {
				return err
			}
		}
		if len(rows) < page {
			return nil
		}
	}
}
