package api

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/parley-ledger/parley/internal/store"
)

// Event is one message to the pages watching the ledger.
type Event struct {
	// Type is "document" for a newly stored document and "stats" for new totals.
	Type     string         `json:"type"`
	Document *DocumentEvent `json:"document,omitempty"`
	Stats    *store.Stats   `json:"stats,omitempty"`
}

// DocumentEvent describes a newly stored document.
type DocumentEvent struct {
	ID         int64     `json:"id"`
	Name       string    `json:"name"`
	Title      string    `json:"title,omitempty"`
	Outlet     string    `json:"outlet,omitempty"`
	Published  time.Time `json:"published,omitzero"`
	Statements int       `json:"statements"`
}

// Broker fans events out to subscribers (the /events streams). Publishing never blocks: a subscriber too
// slow to keep up misses events rather than holding up an ingest. It also remembers which documents it has
// announced, so that the poller does not announce them again.
type Broker struct {
	mu        sync.Mutex
	closed    bool
	subs      map[chan Event]struct{}
	announced map[int64]struct{} // documents published by this process since the poller last caught up
}

// NewBroker returns a broker with no subscribers.
func NewBroker() *Broker {
	return &Broker{subs: map[chan Event]struct{}{}, announced: map[int64]struct{}{}}
}

// subscriberBuffer is how many events a subscriber may fall behind before it misses some.
const subscriberBuffer = 32

// Subscribe returns a channel of events and a function that ends the subscription. The channel is closed
// when the subscription ends or the broker closes.
func (b *Broker) Subscribe() (<-chan Event, func()) {
	ch := make(chan Event, subscriberBuffer)
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		close(ch)
		return ch, func() {}
	}
	b.subs[ch] = struct{}{}
	return ch, func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		if _, ok := b.subs[ch]; ok {
			delete(b.subs, ch)
			close(ch)
		}
	}
}

// Close ends every subscription, so that event streams finish and a server can shut down.
func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	for ch := range b.subs {
		delete(b.subs, ch)
		close(ch)
	}
}

// Subscribers counts the open subscriptions.
func (b *Broker) Subscribers() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.subs)
}

// Publish sends e to every subscriber that has room for it.
func (b *Broker) Publish(e Event) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.publishLocked(e)
}

func (b *Broker) publishLocked(e Event) {
	for ch := range b.subs {
		select {
		case ch <- e:
		default:
		}
	}
}

// PublishDocument announces a stored document unless it was announced already.
func (b *Broker) PublishDocument(d DocumentEvent) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := b.announced[d.ID]; ok {
		return
	}
	b.announced[d.ID] = struct{}{}
	b.publishLocked(Event{Type: "document", Document: &d})
}

// caughtUp forgets announced documents at or below id: the poller has seen them.
func (b *Broker) caughtUp(id int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for d := range b.announced {
		if d <= id {
			delete(b.announced, d)
		}
	}
}

// Watch polls the ledger's Stats every interval until ctx ends and announces documents that other
// processes (parley ingest, parley watch) stored meanwhile, then the new totals. Errors are logged and
// polling goes on.
func (b *Broker) Watch(ctx context.Context, ledger store.Ledger, every time.Duration, log *slog.Logger) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	last, err := ledger.Stats(ctx)
	if err != nil {
		log.Warn("poll ledger", "err", err)
	}
	high, err := highestDocument(ctx, ledger)
	if err != nil {
		log.Warn("poll ledger", "err", err)
	}
	b.watch(ctx, ledger, every, log, last, high)
}

// watch polls from a known state: the stats last seen and the highest document id announced.
func (b *Broker) watch(ctx context.Context, ledger store.Ledger, every time.Duration, log *slog.Logger, last store.Stats, high int64) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		st, err := ledger.Stats(ctx)
		if err != nil {
			if ctx.Err() == nil {
				log.Warn("poll ledger", "err", err)
			}
			continue
		}
		if st == last {
			continue
		}
		if st.Documents != last.Documents {
			if high, err = b.announceAfter(ctx, ledger, high); err != nil {
				log.Warn("poll ledger", "err", err)
			}
		}
		last = st
		b.Publish(Event{Type: "stats", Stats: &st})
	}
}

// announceAfter publishes the documents with ids above high and returns the new highest id.
func (b *Broker) announceAfter(ctx context.Context, ledger store.Ledger, high int64) (int64, error) {
	// Ids grow with every insert on both SQLite and PostgreSQL; the listing is by date, so it is read whole.
	docs, err := ledger.Documents(ctx, store.DocumentQuery{})
	if err != nil {
		return high, fmt.Errorf("list new documents: %w", err)
	}
	slices.SortFunc(docs, func(x, y store.DocumentRow) int { return cmp.Compare(x.ID, y.ID) })
	for _, d := range docs {
		if d.ID > high {
			b.PublishDocument(documentEvent(&d))
		}
	}
	if n := len(docs); n > 0 && docs[n-1].ID > high {
		high = docs[n-1].ID
	}
	b.caughtUp(high)
	return high, nil
}

func highestDocument(ctx context.Context, ledger store.Ledger) (int64, error) {
	docs, err := ledger.Documents(ctx, store.DocumentQuery{})
	if err != nil {
		return 0, fmt.Errorf("list documents: %w", err)
	}
	var high int64
	for _, d := range docs {
		high = max(high, d.ID)
	}
	return high, nil
}

func documentEvent(d *store.DocumentRow) DocumentEvent {
	return DocumentEvent{ID: d.ID, Name: d.Name, Title: d.Title, Outlet: d.Outlet, Published: d.Published, Statements: d.Statements}
}

// heartbeat keeps idle event streams from being closed by proxies, and notices clients that left.
const heartbeat = 20 * time.Second

// serveEvents streams the broker's events as server-sent events until the client leaves.
func (a *API) serveEvents(w http.ResponseWriter, r *http.Request) error {
	rc := http.NewResponseController(w)
	// The server's WriteTimeout is for ordinary answers; a stream stays open.
	if err := rc.SetWriteDeadline(time.Time{}); err != nil {
		return fmt.Errorf("event stream: clear write deadline: %w", err)
	}
	ch, cancel := a.events.Subscribe()
	defer cancel()
	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	// retry tells EventSource how long to wait before reconnecting.
	if _, err := fmt.Fprint(w, "retry: 5000\n: connected\n\n"); err != nil {
		return nil
	}
	if err := rc.Flush(); err != nil {
		return nil
	}
	t := time.NewTicker(heartbeat)
	defer t.Stop()
	for {
		var err error
		select {
		case <-r.Context().Done():
			return nil
		case e, ok := <-ch:
			if !ok {
				return nil
			}
			data, merr := json.Marshal(e)
			if merr != nil {
				a.log.Error("event stream: encode event", "type", e.Type, "err", merr)
				continue
			}
			// JSON has no raw newlines, so one data: line holds the event.
			_, err = fmt.Fprintf(w, "event: %s\ndata: %s\n\n", e.Type, data)
		case <-t.C:
			_, err = fmt.Fprint(w, ": ping\n\n")
		}
		if err == nil {
			err = rc.Flush()
		}
		if err != nil {
			return nil // the client went away
		}
	}
}
