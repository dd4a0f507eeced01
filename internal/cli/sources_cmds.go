package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/feeds"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/ledger"
	"github.com/parley-ledger/parley/internal/progress"
	"github.com/parley-ledger/parley/internal/store"
)

// sourceCommands are the commands for real sources: web pages, feeds, watch. documents and statements are
// replaced by versions that know story clusters and repeated quotes.
func sourceCommands() map[string]command {
	return map[string]command{
		"feeds": {"add, list or remove watched feeds: parley feeds add|list|remove", runFeeds},
		"watch": {"poll watched feeds and store their new articles", runWatch},
	}
}

// openSources opens the ledger and its source bookkeeping.
func openSources(ctx context.Context, env Env, db string) (store.Ledger, *store.Sources, string, error) {
	st, path, err := openStore(ctx, env, db)
	if err != nil {
		return nil, nil, path, err
	}
	src, err := store.NewSources(st)
	if err != nil {
		st.Close()
		return nil, nil, path, err
	}
	return st, src, path, nil
}

func runFeeds(ctx context.Context, env Env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(env.Stderr, "usage: parley feeds add URL [--interval 15m] | parley feeds list | parley feeds remove URL")
		if len(args) == 0 {
			return exitError{2}
		}
		return nil
	}
	switch args[0] {
	case "add":
		return runFeedsAdd(ctx, env, args[1:])
	case "list", "ls":
		return runFeedsList(ctx, env, args[1:])
	case "remove", "rm":
		return runFeedsRemove(ctx, env, args[1:])
	}
	fmt.Fprintf(env.Stderr, "parley feeds: unknown subcommand %q (want add, list or remove)\n", args[0])
	return exitError{2}
}

func runFeedsAdd(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "feeds add", "URL...")
	db := dbFlag(fs)
	interval := fs.Duration("interval", 15*time.Minute, "time between polls of the feed")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fs.Usage()
		return exitError{2}
	}
	for _, u := range pos {
		if err := store.CheckFeedURL(u); err != nil {
			return err
		}
	}
	st, src, _, err := openSources(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, u := range pos {
		f, created, err := src.AddFeed(ctx, u, *interval)
		if err != nil {
			return err
		}
		if created {
			fmt.Fprintf(env.Stdout, "added %s (every %v)\n", f.URL, f.Interval)
		} else {
			fmt.Fprintf(env.Stdout, "already watched: %s (now every %v)\n", f.URL, f.Interval)
		}
	}
	return nil
}

func runFeedsRemove(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "feeds remove", "URL...")
	db := dbFlag(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fs.Usage()
		return exitError{2}
	}
	st, src, _, err := openSources(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	missing := 0
	for _, u := range pos {
		if err := src.RemoveFeed(ctx, u); err != nil {
			if !errors.Is(err, store.ErrNotFound) {
				return err
			}
			missing++
			fmt.Fprintf(env.Stderr, "not watched: %s\n", u)
			continue
		}
		fmt.Fprintf(env.Stdout, "removed %s\n", u)
	}
	if missing > 0 {
		return exitError{1}
	}
	return nil
}

func runFeedsList(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "feeds list", "")
	db := dbFlag(fs)
	format := formatFlag(fs, "table", "jsonl")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	f, err := resolveFormat(env, *format, "table", "jsonl")
	if err != nil {
		return err
	}
	st, src, _, err := openSources(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := src.Feeds(ctx)
	if err != nil {
		return err
	}
	if f == "jsonl" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		for _, fd := range list {
			if err := enc.Encode(fd); err != nil {
				return err
			}
		}
		return nil
	}
	fmt.Fprintf(env.Stdout, "%s %s %-16s %-16s %8s\n", pad("FEED", 24), pad("URL", 30), "LAST POLLED", "NEXT POLL", "FAILURES")
	for _, fd := range list {
		title := fd.Title
		if title == "" {
			title = "-"
		}
		fmt.Fprintf(env.Stdout, "%s %s %-16s %-16s %8d\n", pad(cut(title, 24), 24), pad(cut(fd.URL, 30), 30),
			minute(fd.LastPolled), minute(fd.NextPoll), fd.Failures)
		if fd.LastError != "" {
			fmt.Fprintf(env.Stdout, "    last error: %s\n", cut(fd.LastError, 84))
		}
	}
	fmt.Fprintf(env.Stdout, "%d feeds\n", len(list))
	return nil
}

func minute(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.Local().Format("2006-01-02 15:04")
}

// feedState is the poller's storage: feeds and documents in the ledger, statements found on the way. It
// also tells the command what each cycle did.
type feedState struct {
	src *store.Sources
	w   *ledger.Writer
	// force makes the next cycle poll every feed, due or not.
	force bool
	// cycle starts the report of a cycle polling n feeds.
	cycle func(n int) progress.Reporter

	mu     sync.Mutex
	rep    progress.Reporter
	failed []string // "URL: error" of the feeds whose poll (or an item of it) failed this cycle
}

func (s *feedState) DueFeeds(ctx context.Context, now time.Time) ([]feeds.FeedState, error) {
	s.mu.Lock()
	force := s.force
	s.force = false
	s.mu.Unlock()
	var list []store.Feed
	var err error
	if force {
		list, err = s.src.Feeds(ctx)
	} else {
		list, err = s.src.DueFeeds(ctx, now)
	}
	if err != nil {
		return nil, err
	}
	out := make([]feeds.FeedState, len(list))
	for i, f := range list {
		out[i] = feeds.FeedState{URL: f.URL, Title: f.Title, ETag: f.ETag, LastModified: f.LastModified,
			Interval: f.Interval, NextPoll: f.NextPoll, Failures: f.Failures, LastError: f.LastError,
			LastPolled: f.LastPolled, Seen: f.Seen}
	}
	s.mu.Lock()
	s.failed = nil
	s.rep = s.cycle(len(out))
	s.mu.Unlock()
	return out, nil
}

func (s *feedState) SaveFeedState(ctx context.Context, f feeds.FeedState) error {
	err := s.src.SaveFeedState(ctx, store.Feed{URL: f.URL, Title: f.Title, ETag: f.ETag, LastModified: f.LastModified,
		NextPoll: f.NextPoll, LastPolled: f.LastPolled, Failures: f.Failures, LastError: f.LastError, Seen: f.Seen})
	s.mu.Lock()
	defer s.mu.Unlock()
	if f.LastError != "" || err != nil {
		msg := f.LastError
		if err != nil {
			msg = err.Error()
		}
		s.failed = append(s.failed, f.URL+": "+msg)
		s.rep.Refused(1)
	} else {
		s.rep.Add(1)
	}
	return err
}

func (s *feedState) SaveDocument(ctx context.Context, doc *ingest.Document) (bool, error) {
	sr, err := s.w.Save(ctx, doc)
	return sr.Created, err
}

// endCycle finishes the cycle's report and returns its failures.
func (s *feedState) endCycle() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.rep != nil {
		s.rep.Finish()
		s.rep = nil
	}
	failed := s.failed
	s.failed = nil
	slices.Sort(failed)
	return failed
}

func runWatch(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "watch", "")
	db := dbFlag(fs)
	src := addSourceFlags(fs)
	once := fs.Bool("once", false, "poll the due feeds once and exit (status 1 if any failed)")
	force := fs.Bool("force", false, "poll every feed in the first cycle, due or not")
	concurrency := fs.Int("concurrency", 4, "feeds polled at once")
	tick := fs.Duration("tick", time.Minute, "pause between cycles looking for due feeds")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	cbFlag := codebookFlag(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if *concurrency < 1 || *tick <= 0 {
		return fmt.Errorf("--concurrency must be at least 1 and --tick positive")
	}
	st, sources, path, err := openSources(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if !*quiet {
		fmt.Fprintf(env.Stderr, "ledger: %s\n", path)
	}
	p, cbName, err := claimsPipeline(env, *cbFlag, attrib.Options{})
	if err != nil {
		return err
	}
	state := &feedState{src: sources, w: ledger.New(st, p, cbName), force: *force,
		cycle: func(n int) progress.Reporter {
			if n == 0 {
				return newProgress(env, "watch", n, true)
			}
			return newProgress(env, "watch", n, *quiet)
		}}
	logger := slog.New(slog.DiscardHandler)
	poller := feeds.NewPoller(state, src.client(), feeds.Options{Concurrency: *concurrency, Logger: logger})
	for {
		cs, err := poller.Cycle(ctx)
		failed := state.endCycle()
		if ctx.Err() != nil {
			return nil // interrupted: what was stored stays
		}
		for _, f := range failed {
			fmt.Fprintf(env.Stderr, "failed: %s\n", f)
		}
		if err != nil {
			fmt.Fprintf(env.Stderr, "parley watch: %v\n", err)
		}
		if !*quiet && (cs.Feeds > 0 || *once) {
			fmt.Fprintf(env.Stdout, "%s polled %d feeds (%d not modified, %d failed): %d new items, %d pages fetched, %d documents, %d new\n",
				time.Now().Format("15:04:05"), cs.Feeds, cs.NotModified, cs.Failed, cs.Items, cs.Pages, cs.Documents, cs.Created)
		}
		if *once {
			if err != nil || cs.Failed > 0 || cs.ItemErrors > 0 {
				return exitError{1}
			}
			return nil
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(*tick):
		}
	}
}

// docJSON is a document as documents --format jsonl prints it.
type docJSON struct {
	store.DocumentRow
	ClusterID int64     `json:"cluster_id"`
	Copies    int       `json:"copies"`
	CopyDocs  []docJSON `json:"copy_documents,omitempty"`
}

func runDocuments(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "documents", "| documents show ID")
	db := dbFlag(fs)
	format := formatFlag(fs, "table", "jsonl")
	var q store.DocumentQuery
	fs.IntVar(&q.Limit, "limit", 0, "print at most this many (0: all)")
	fs.IntVar(&q.Offset, "offset", 0, "skip this many first")
	cluster := fs.Int64("cluster", 0, "only the documents of this story cluster (or of the cluster of this document)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	show := int64(0)
	switch {
	case len(pos) == 0:
	case len(pos) == 2 && pos[0] == "show":
		if show, err = strconv.ParseInt(pos[1], 10, 64); err != nil || show <= 0 {
			return fmt.Errorf("documents show %q: want a document id", pos[1])
		}
	default:
		fs.Usage()
		return exitError{2}
	}
	f, err := resolveFormat(env, *format, "table", "jsonl")
	if err != nil {
		return err
	}
	st, src, _, err := openSources(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if show != 0 {
		return showDocument(ctx, env, st, src, show, f)
	}
	var docs []store.DocumentRow
	if *cluster != 0 {
		id, err := src.ClusterOf(ctx, *cluster)
		if err != nil {
			return err
		}
		if docs, err = src.ClusterDocuments(ctx, id); err != nil {
			return err
		}
		docs = page(docs, q.Limit, q.Offset)
	} else if docs, err = st.Documents(ctx, q); err != nil {
		return err
	}
	rows, err := withClusters(ctx, src, docs)
	if err != nil {
		return err
	}
	if f == "jsonl" {
		return encodeAll(env.Stdout, rows)
	}
	printDocTable(env.Stdout, rows)
	return nil
}

func page[T any](xs []T, limit, offset int) []T {
	if offset >= len(xs) {
		return nil
	}
	xs = xs[offset:]
	if limit > 0 && limit < len(xs) {
		xs = xs[:limit]
	}
	return xs
}

func withClusters(ctx context.Context, src *store.Sources, docs []store.DocumentRow) ([]docJSON, error) {
	ids := make([]int64, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	cl, err := src.Clusters(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]docJSON, len(docs))
	for i, d := range docs {
		c := cl[d.ID]
		out[i] = docJSON{DocumentRow: d, ClusterID: c.ID, Copies: max(c.Size-1, 0)}
		if out[i].ClusterID == 0 {
			out[i].ClusterID = d.ID
		}
	}
	return out, nil
}

func encodeAll[T any](w io.Writer, rows []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}

func printDocTable(w io.Writer, rows []docJSON) {
	fmt.Fprintf(w, "%5s %-10s %s %s %10s %7s %6s\n", "ID", "DATE", pad("DOCUMENT", 28), pad("OUTLET", 16), "STATEMENTS", "CLUSTER", "COPIES")
	for _, d := range rows {
		fmt.Fprintf(w, "%5d %-10s %s %s %10d %7d %6d\n", d.ID, day(d.Published), pad(cut(d.Name, 28), 28),
			pad(cut(d.Outlet, 16), 16), d.Statements, d.ClusterID, d.Copies)
	}
}

// showDocument prints one document's details and the other copies of its story.
func showDocument(ctx context.Context, env Env, st store.Ledger, src *store.Sources, id int64, format string) error {
	d, err := st.Document(ctx, id)
	if err != nil {
		return err
	}
	d.Raw = ""
	cid, err := src.ClusterOf(ctx, id)
	if err != nil {
		return err
	}
	members, err := src.ClusterDocuments(ctx, cid)
	if err != nil {
		return err
	}
	var others []store.DocumentRow
	for _, m := range members {
		if m.ID != id {
			others = append(others, m)
		}
	}
	copies, err := withClusters(ctx, src, others)
	if err != nil {
		return err
	}
	row := docJSON{DocumentRow: *d, ClusterID: cid, Copies: len(others), CopyDocs: copies}
	if format == "jsonl" {
		return encodeAll(env.Stdout, []docJSON{row})
	}
	w := env.Stdout
	for _, kv := range [][2]string{
		{"id", strconv.FormatInt(d.ID, 10)}, {"name", d.Name}, {"title", d.Title}, {"outlet", d.Outlet},
		{"author", d.Author}, {"published", fmtDate(d.Published)}, {"url", d.URL}, {"path", d.Path},
		{"statements", strconv.Itoa(d.Statements)}, {"cluster", strconv.FormatInt(cid, 10)},
	} {
		if kv[1] != "" {
			fmt.Fprintf(w, "%-11s %s\n", kv[0]+":", kv[1])
		}
	}
	if len(copies) == 0 {
		fmt.Fprintln(w, "no other copies of this story")
		return nil
	}
	fmt.Fprintf(w, "\n%d other copies of this story:\n", len(copies))
	printDocTable(w, copies)
	return nil
}

// runDistinct prints statements folded by quote (statements --distinct).
func runDistinct(ctx context.Context, env Env, db string, q store.StatementQuery, format string, minSources int) error {
	st, src, _, err := openSources(ctx, env, db)
	if err != nil {
		return err
	}
	defer st.Close()
	limit, offset := q.Limit, q.Offset
	q.Limit, q.Offset = 0, 0
	rows, err := src.DistinctStatements(ctx, q)
	if err != nil {
		return err
	}
	rows = slices.DeleteFunc(rows, func(r store.DistinctStatement) bool { return r.Sources < minSources })
	return printDistinct(env.Stdout, format, page(rows, limit, offset))
}

// distinctJSON is one folded quote as statements --distinct --format jsonl prints it.
type distinctJSON struct {
	record
	Key          string  `json:"key"`
	Occurrences  int     `json:"occurrences"`
	Documents    int     `json:"documents"`
	Sources      int     `json:"sources"`
	StatementIDs []int64 `json:"statement_ids"`
}

func printDistinct(w io.Writer, format string, rows []store.DistinctStatement) error {
	switch format {
	case "jsonl":
		out := make([]distinctJSON, len(rows))
		for i, r := range rows {
			out[i] = distinctJSON{record: rowRecord(r.StatementRow, false), Key: r.Key, Occurrences: r.Statements,
				Documents: r.Documents, Sources: r.Sources, StatementIDs: r.StatementIDs}
		}
		return encodeAll(w, out)
	case "csv":
		cw := csv.NewWriter(w)
		_ = cw.Write([]string{"occurrences", "documents", "sources", "speaker", "kind", "content", "first_doc", "first_published", "statement_ids"})
		for _, r := range rows {
			ids := make([]string, len(r.StatementIDs))
			for i, id := range r.StatementIDs {
				ids[i] = strconv.FormatInt(id, 10)
			}
			_ = cw.Write([]string{strconv.Itoa(r.Statements), strconv.Itoa(r.Documents), strconv.Itoa(r.Sources),
				r.Speaker, string(r.Kind), r.ContentText, r.DocName, fmtDate(r.DocPublished), strings.Join(ids, " ")})
		}
		cw.Flush()
		return cw.Error()
	}
	fmt.Fprintf(w, "%5s %4s %7s %s %s %s\n", "TIMES", "DOCS", "SOURCES", pad("SPEAKER", 20), pad("CONTENT", 40), "FIRST IN")
	for _, r := range rows {
		sp := r.Speaker
		if sp == "" {
			sp = "?"
		}
		fmt.Fprintf(w, "%5d %4d %7d %s %s %s\n", r.Statements, r.Documents, r.Sources, pad(cut(sp, 20), 20),
			pad(cut(r.ContentText, 40), 40), cut(r.DocName, 14))
	}
	fmt.Fprintf(w, "%d distinct statements\n", len(rows))
	return nil
}
