package api

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/parley-ledger/parley/internal/store"
)

// versioned is a ledger that can say cheaply whether it changed (store's SQLite and PostgreSQL ledgers).
type versioned interface {
	Version(ctx context.Context) (string, error)
}

// Cache limits.
const (
	// cacheEntries bounds how many answers are kept; when full, the cache starts again empty.
	cacheEntries = 256
	// computeTimeout bounds one computation, which runs apart from the request that started it.
	computeTimeout = time.Minute
)

// viewCache keeps answers computed from the whole ledger (the claims layer's positions, issues, timelines
// and claim lists, and the actor list), which take seconds on a ledger of 100,000 statements, until the
// ledger changes. Every lookup first reads the ledger's version (a few microseconds on SQLite; it moves
// with every committed write, see store's Version) and drops every answer when it moved, so an answer is
// never older than the last write; concurrent requests for the same answer wait for one computation. It is
// safe for concurrent use.
type viewCache struct {
	version func(context.Context) (string, error)

	mu      sync.Mutex
	ver     string
	entries map[string]*cacheEntry
}

// cacheEntry is one answer, or its computation while done is open.
type cacheEntry struct {
	done chan struct{}
	val  any
	err  error
}

func newViewCache(v versioned) *viewCache {
	return &viewCache{version: v.Version, entries: map[string]*cacheEntry{}}
}

// get returns the answer kept under key, computing it when there is none for the ledger's current version.
func (c *viewCache) get(ctx context.Context, key string, compute func(context.Context) (any, error)) (any, error) {
	ver, err := c.version(ctx)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if ver != c.ver {
		c.ver, c.entries = ver, map[string]*cacheEntry{}
	}
	e, ok := c.entries[key]
	if ok && isDone(e) && e.err != nil {
		ok = false
	}
	if ok {
		c.mu.Unlock()
		select {
		case <-e.done:
			return e.val, e.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	if len(c.entries) >= cacheEntries {
		c.entries = map[string]*cacheEntry{}
	}
	e = &cacheEntry{done: make(chan struct{})}
	c.entries[key] = e
	c.mu.Unlock()
	// Others may be waiting for this answer: the client that asked first leaving must not cancel it.
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), computeTimeout)
	defer cancel()
	e.val, e.err = compute(cctx)
	close(e.done)
	return e.val, e.err
}

func isDone(e *cacheEntry) bool {
	select {
	case <-e.done:
		return true
	default:
		return false
	}
}

// cachedSlice is get for answers that are slices: each caller gets its own copy to change as it likes.
func cachedSlice[T any](ctx context.Context, c *viewCache, key string, compute func(context.Context) ([]T, error)) ([]T, error) {
	if c == nil {
		return compute(ctx)
	}
	v, err := c.get(ctx, key, func(ctx context.Context) (any, error) { return compute(ctx) })
	if err != nil {
		return nil, err
	}
	return slices.Clone(v.([]T)), nil
}

// cachedClaims is a claims layer whose answers are kept in a viewCache.
type cachedClaims struct {
	inner Claims
	cache *viewCache
}

var _ Claims = cachedClaims{}

func timeKey(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

func (c cachedClaims) Claims(ctx context.Context, q ClaimQuery) ([]Claim, error) {
	key := fmt.Sprintf("claims %q %q %q %q %d %d %t %q %q %d %d", q.Issue, q.Actor, q.Claimant, q.Event, q.DocumentID,
		q.StatementID, q.Contested, timeKey(q.Since), timeKey(q.Until), q.Limit, q.Offset)
	return cachedSlice(ctx, c.cache, key, func(ctx context.Context) ([]Claim, error) { return c.inner.Claims(ctx, q) })
}

func (c cachedClaims) Positions(ctx context.Context, q PositionQuery) ([]Position, error) {
	key := fmt.Sprintf("positions %q %q %q", q.Issue, q.Actor, timeKey(q.AsOf))
	return cachedSlice(ctx, c.cache, key, func(ctx context.Context) ([]Position, error) { return c.inner.Positions(ctx, q) })
}

func (c cachedClaims) Timeline(ctx context.Context, issue string, asOf time.Time) ([]TimelinePoint, error) {
	key := fmt.Sprintf("timeline %q %q", issue, timeKey(asOf))
	return cachedSlice(ctx, c.cache, key, func(ctx context.Context) ([]TimelinePoint, error) {
		return c.inner.Timeline(ctx, issue, asOf)
	})
}

func (c cachedClaims) Issues(ctx context.Context) ([]IssueSummary, error) {
	return cachedSlice(ctx, c.cache, "issues", c.inner.Issues)
}

// Actors lists every actor with how often and when they were quoted, most quoted first (store's Actors,
// kept until the ledger changes).
func (a *API) Actors(ctx context.Context) ([]store.ActorRow, error) {
	return cachedSlice(ctx, a.cache, "actors", a.ledger.Actors)
}
