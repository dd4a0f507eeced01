package feeds

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"slices"
	"sync"
	"time"

	"github.com/parley-ledger/parley/internal/fetch"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/web"
)

// FeedState is what the poller keeps per feed between polls.
type FeedState struct {
	URL          string
	Title        string
	ETag         string
	LastModified string
	// Interval between successful polls; zero means Options.DefaultInterval.
	Interval   time.Duration
	NextPoll   time.Time
	Failures   int // consecutive failed polls; drives the back-off
	LastError  string
	LastPolled time.Time
	// Seen holds the keys (Item.Key) of items already read, newest last, at most Options.MaxSeen. A State
	// that does not persist it still works: items are re-read and the store drops duplicates by hash.
	Seen []string
}

// State is the storage the poller needs. Implementations must be safe for concurrent use.
type State interface {
	// DueFeeds returns the feeds whose NextPoll is not after now.
	DueFeeds(ctx context.Context, now time.Time) ([]FeedState, error)
	SaveFeedState(ctx context.Context, fs FeedState) error
	// SaveDocument stores doc unless a document with the same Hash exists; created reports which.
	SaveDocument(ctx context.Context, doc *ingest.Document) (created bool, err error)
}

// Fetcher is the HTTP the poller uses; *fetch.Client implements it.
type Fetcher interface {
	GetFeed(ctx context.Context, url string, cond fetch.Conditional) (*fetch.Response, error)
	GetPage(ctx context.Context, url string, cond fetch.Conditional) (*fetch.Response, error)
}

// Options tunes a Poller. Zero values take the defaults in brackets.
type Options struct {
	Concurrency     int           // feeds polled at once, hence fetches in flight [4]
	DefaultInterval time.Duration // for feeds without their own Interval [30m]
	MaxBackoff      time.Duration // cap of interval * 2^failures [24h]
	Jitter          float64       // fraction of a delay taken off at random, spreading polls [0.1]
	MaxItems        int           // newest items read per poll [50]
	MaxSeen         int           // item keys remembered per feed [1000]
	Tick            time.Duration // Run's pause between cycles [1m]
	// Rand supplies jitter; inject a seeded one for deterministic tests. Default: seeded from the clock.
	Rand *rand.Rand
	// Now is the clock [time.Now].
	Now    func() time.Time
	Logger *slog.Logger // [discard]
}

// Poller polls feeds and stores what they link to.
type Poller struct {
	state   State
	fetcher Fetcher
	opt     Options
	randMu  sync.Mutex
}

// CycleStats counts what one Cycle did.
type CycleStats struct {
	Feeds       int // due feeds polled
	NotModified int // answered 304
	Failed      int // feed fetch or parse failed
	Items       int // new items read
	Pages       int // pages fetched for items without full text
	ItemErrors  int // items whose page could not be fetched, parsed or stored
	Documents   int // documents offered to the State
	Created     int // of which new
}

func (s *CycleStats) add(o CycleStats) {
	s.Feeds += o.Feeds
	s.NotModified += o.NotModified
	s.Failed += o.Failed
	s.Items += o.Items
	s.Pages += o.Pages
	s.ItemErrors += o.ItemErrors
	s.Documents += o.Documents
	s.Created += o.Created
}

// NewPoller returns a Poller over st using f for HTTP.
func NewPoller(st State, f Fetcher, opt Options) *Poller {
	if opt.Concurrency <= 0 {
		opt.Concurrency = 4
	}
	if opt.DefaultInterval <= 0 {
		opt.DefaultInterval = 30 * time.Minute
	}
	if opt.MaxBackoff <= 0 {
		opt.MaxBackoff = 24 * time.Hour
	}
	if opt.Jitter <= 0 || opt.Jitter >= 1 {
		opt.Jitter = 0.1
	}
	if opt.MaxItems <= 0 {
		opt.MaxItems = 50
	}
	if opt.MaxSeen <= 0 {
		opt.MaxSeen = 1000
	}
	if opt.Tick <= 0 {
		opt.Tick = time.Minute
	}
	if opt.Rand == nil {
		seed := uint64(time.Now().UnixNano())
		opt.Rand = rand.New(rand.NewPCG(seed, seed>>1|1))
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	return &Poller{state: st, fetcher: f, opt: opt}
}

// Run polls in cycles until ctx is done. Cycle errors are logged, not fatal.
func (p *Poller) Run(ctx context.Context) error {
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		st, err := p.Cycle(ctx)
		if err != nil && ctx.Err() == nil {
			p.opt.Logger.Error("feed poll cycle", "err", err)
		} else if st.Feeds > 0 {
			p.opt.Logger.Info("feed poll cycle", "feeds", st.Feeds, "not_modified", st.NotModified,
				"failed", st.Failed, "items", st.Items, "created", st.Created)
		}
		t.Reset(p.opt.Tick)
	}
}

// Cycle polls every due feed once, at most Options.Concurrency at a time. A feed's failure is recorded in
// its FeedState and counted, not returned; the error reports only State failures and cancellation.
func (p *Poller) Cycle(ctx context.Context) (CycleStats, error) {
	var total CycleStats
	due, err := p.state.DueFeeds(ctx, p.opt.Now())
	if err != nil {
		return total, fmt.Errorf("list due feeds: %w", err)
	}
	var (
		mu   sync.Mutex
		errs []error
		wg   sync.WaitGroup
		sem  = make(chan struct{}, p.opt.Concurrency)
	)
	for _, fs := range due {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			wg.Wait()
			return total, ctx.Err()
		}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			st, err := p.pollFeed(ctx, fs)
			mu.Lock()
			defer mu.Unlock()
			total.add(st)
			if err != nil {
				errs = append(errs, err)
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		errs = append(errs, err)
	}
	return total, errors.Join(errs...)
}

// pollFeed polls one feed and saves its new state. Only a State failure is returned.
func (p *Poller) pollFeed(ctx context.Context, fs FeedState) (CycleStats, error) {
	st := CycleStats{Feeds: 1}
	now := p.opt.Now()
	fs.LastPolled = now
	interval := fs.Interval
	if interval <= 0 {
		interval = p.opt.DefaultInterval
	}
	resp, err := p.fetcher.GetFeed(ctx, fs.URL, fetch.Conditional{ETag: fs.ETag, LastModified: fs.LastModified})
	var feed *Feed
	if err == nil && !resp.NotModified {
		feed, err = Parse(fs.URL, resp.Body)
	}
	if err != nil {
		if ctx.Err() != nil {
			return st, nil // shutting down: not the feed's fault
		}
		st.Failed++
		fs.Failures++
		fs.LastError = err.Error()
		fs.NextPoll = now.Add(p.backoff(interval, fs.Failures))
		p.opt.Logger.Warn("feed poll failed", "feed", fs.URL, "failures", fs.Failures, "err", err)
		return st, p.save(ctx, fs)
	}
	fs.Failures = 0
	fs.LastError = ""
	fs.NextPoll = now.Add(p.jitter(interval))
	if resp.NotModified {
		st.NotModified++
		return st, p.save(ctx, fs)
	}
	if feed.Title != "" {
		fs.Title = feed.Title
	}

	fs.Seen = slices.Clone(fs.Seen) // the State may still hold the old slice
	seen := make(map[string]bool, len(fs.Seen))
	for _, k := range fs.Seen {
		seen[k] = true
	}
	retry := false
	var itemErrs []string
	var stateErr error
	for i := range feed.Items[:min(len(feed.Items), p.opt.MaxItems)] {
		if ctx.Err() != nil {
			retry = true
			break
		}
		item := &feed.Items[i]
		key := item.Key()
		if seen[key] {
			continue
		}
		st.Items++
		docs, fetched, err := p.itemDocuments(ctx, item, feed)
		st.Pages += fetched
		if err != nil {
			st.ItemErrors++
			itemErrs = append(itemErrs, err.Error())
			if temporary(err) {
				retry = true
				continue
			}
		}
		saved := true
		for _, d := range docs {
			st.Documents++
			created, err := p.state.SaveDocument(ctx, d)
			if err != nil {
				st.ItemErrors++
				stateErr = fmt.Errorf("save document %s from feed %s: %w", d.Name, fs.URL, err)
				saved = false
				retry = true
				break
			}
			if created {
				st.Created++
			}
		}
		if saved {
			seen[key] = true
			fs.Seen = append(fs.Seen, key)
		}
	}
	if len(fs.Seen) > p.opt.MaxSeen {
		fs.Seen = append([]string(nil), fs.Seen[len(fs.Seen)-p.opt.MaxSeen:]...)
	}
	if !retry {
		// Keep the old validators while an item awaits a retry, so the next poll gets the whole feed.
		fs.ETag, fs.LastModified = resp.ETag, resp.LastModified
	}
	if len(itemErrs) > 0 {
		fs.LastError = itemErrs[0]
		if len(itemErrs) > 1 {
			fs.LastError += fmt.Sprintf(" (and %d more item errors)", len(itemErrs)-1)
		}
	}
	return st, errors.Join(stateErr, p.save(ctx, fs))
}

// itemDocuments returns the item's documents: from its own content when that is the full text, otherwise
// from its page (one per entry for a live blog). fetched counts page requests made.
func (p *Poller) itemDocuments(ctx context.Context, item *Item, feed *Feed) (docs []*ingest.Document, fetched int, err error) {
	if d, ok := ItemDocument(item, feed); ok {
		return []*ingest.Document{d}, 0, nil
	}
	if item.Link == "" {
		return nil, 0, fmt.Errorf("item %q of feed %s has neither a link nor full text", item.Title, feed.URL)
	}
	resp, err := p.fetcher.GetPage(ctx, item.Link, fetch.Conditional{})
	if err != nil {
		return nil, 1, err
	}
	pageURL := first(resp.FinalURL, item.Link)
	fetchedAt := p.opt.Now()
	docs, err = web.ParseLiveBlogHTML("", pageURL, resp.Body, fetchedAt)
	if errors.Is(err, web.ErrNotLiveBlog) {
		var d *ingest.Document
		d, err = web.ParseHTML("", pageURL, resp.Body, fetchedAt)
		if err == nil {
			docs = []*ingest.Document{fillFromItem(d, item, feed)}
		}
	}
	if err != nil {
		return nil, 1, err
	}
	for _, d := range docs {
		if d.Meta == nil {
			d.Meta = map[string]string{}
		}
		d.Meta["feed"] = feed.URL
		d.Meta["feed_item"] = item.Key()
	}
	return docs, 1, nil
}

// fillFromItem supplies header fields the page lacked from the feed item. The document is rebuilt so that
// its Raw header says the same as its fields.
func fillFromItem(d *ingest.Document, item *Item, feed *Feed) *ingest.Document {
	if !d.Published.IsZero() && d.Title != "" && d.Author != "" {
		return d
	}
	h := web.Header{
		URL:       d.URL,
		Outlet:    d.Outlet,
		Published: d.Published,
		Title:     first(d.Title, item.Title),
		Author:    first(d.Author, item.Author),
	}
	if h.Published.IsZero() {
		h.Published = item.Published
	}
	if h.Outlet == "" {
		h.Outlet = feed.Title
	}
	return web.NewDocument(d.Name, d.Path, h, d.Body(), d.Meta)
}

// temporary reports whether err may go away on a later poll (network trouble, 5xx, 429).
func temporary(err error) bool {
	var se *fetch.StatusError
	if errors.As(err, &se) {
		return se.Temporary()
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return true
	}
	for _, permanent := range []error{fetch.ErrBlockedAddress, fetch.ErrScheme, fetch.ErrTooLarge,
		fetch.ErrContentType, fetch.ErrTooManyRedirects, web.ErrNotHTML, web.ErrNoText} {
		if errors.Is(err, permanent) {
			return false
		}
	}
	var oe *net.OpError
	return errors.As(err, &oe) || errors.Is(err, context.DeadlineExceeded)
}

// backoff is interval * 2^failures, capped at MaxBackoff, less jitter.
func (p *Poller) backoff(interval time.Duration, failures int) time.Duration {
	d := interval
	for i := 0; i < failures && d < p.opt.MaxBackoff; i++ {
		d *= 2
	}
	return p.jitter(min(d, p.opt.MaxBackoff))
}

// jitter takes up to Jitter*d off d, so feeds added together drift apart and the cap is never exceeded.
func (p *Poller) jitter(d time.Duration) time.Duration {
	p.randMu.Lock()
	r := p.opt.Rand.Float64()
	p.randMu.Unlock()
	return d - time.Duration(float64(d)*p.opt.Jitter*r)
}

func (p *Poller) save(ctx context.Context, fs FeedState) error {
	if err := p.state.SaveFeedState(ctx, fs); err != nil {
		return fmt.Errorf("save state of feed %s: %w", fs.URL, err)
	}
	return nil
}
