package api

import (
	"bytes"
	"compress/gzip"
	"container/list"
	"context"
	"hash/maphash"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

// Response cache limits (Options.ResponseCacheBytes overrides the total).
const (
	// DefaultResponseCacheBytes bounds the bodies the response cache keeps: about 5,000 pages of 50
	// statements, kept gzipped.
	DefaultResponseCacheBytes = 32 << 20
	// maxCachedResponse is the largest body kept; larger answers are sent but not kept.
	maxCachedResponse = 1 << 20
	// minCompressed is the smallest body kept gzipped: JSON pages shrink about six times, so the cache
	// holds six times as many; below this size the saving does not pay for the work.
	minCompressed = 2 << 10
)

// responseCache keeps the bodies of successful GET answers by URL until the ledger changes, and gives
// them an ETag so that clients can revalidate with If-None-Match (304 Not Modified). Every request first
// reads the ledger's version (see store's Version: it moves with every committed write, whoever made it)
// and the cache is emptied when it moved, so no answer is older than the last write committed before the
// request. The bodies it keeps total at most maxBytes, least recently used dropped first. It is safe for
// concurrent use.
type responseCache struct {
	version  func(context.Context) (string, error)
	maxBytes int
	// slots admits the requests the cache cannot answer, first come first served (see newResponseCache).
	slots chan struct{}
	seed  maphash.Seed // of the ETags
	gzips sync.Pool    // of *gzip.Writer at gzip.BestSpeed

	mu      sync.Mutex
	ver     string
	entries map[string]*list.Element // of *cachedResponse, by request URI
	lru     list.List                // most recently used at the front
	size    int                      // bytes of the kept bodies
	flights map[string]*flight       // answers being computed for ver, by request URI
}

// cachedResponse is one kept answer. A large body is kept gzipped (gz): clients that accept gzip get it as
// it is, others get it inflated.
type cachedResponse struct {
	key         string
	contentType string
	etag        string // of the identity body; the gzipped representation's is etag with "-gz" (see etagFor)
	body        []byte
	gz          bool
	size        int // of the identity body
}

// newResponseCache makes a cache of maxBytes over v's versions. At most workers requests that the cache
// cannot answer run at once; the others queue in arrival order. Without the queue they would wait for one
// of the few database connections, which database/sql hands to a waiter picked at random: under load
// some requests waited many times longer than the rest.
func newResponseCache(v versioned, maxBytes, workers int) *responseCache {
	return &responseCache{version: v.Version, maxBytes: maxBytes, slots: make(chan struct{}, workers), seed: maphash.MakeSeed(),
		entries: map[string]*list.Element{}, flights: map[string]*flight{}}
}

// serve answers r from the cache, or runs h and keeps what it answered when that was a 200. Concurrent
// requests for an answer being computed wait for it instead of computing it again.
func (c *responseCache) serve(w http.ResponseWriter, r *http.Request, h func(http.ResponseWriter, *http.Request) error) error {
	ctx := r.Context()
	ver, err := c.version(ctx)
	if err != nil {
		return err
	}
	key := r.URL.RequestURI()
	e, f, lead := c.get(ver, key)
	if f != nil && !lead {
		select {
		case <-f.done:
			e = f.e
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	if e != nil {
		e.write(w, r)
		return nil
	}
	if lead {
		// On any way out the flight lands; followers run h themselves when it brought no answer to share
		// (an error, or not a 200).
		defer c.land(key, f)
	}
	select {
	case c.slots <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	rec := &recorder{header: http.Header{}}
	err = h(rec, r)
	<-c.slots
	if err != nil {
		return err
	}
	if rec.status != http.StatusOK {
		// Not kept: send it as it was written.
		copyHeader(w.Header(), rec.header)
		w.WriteHeader(rec.status)
		_, _ = w.Write(rec.body) // the client has gone; nothing to do
		return nil
	}
	e = &cachedResponse{key: key, contentType: rec.header.Get("Content-Type"), body: rec.body, size: len(rec.body)}
	// The ETag names the body (a 64-bit hash, seeded per process): an answer recomputed after an unrelated
	// write keeps its ETag, so clients revalidating still get 304.
	e.etag = `"` + strconv.FormatUint(maphash.Bytes(c.seed, e.body), 36) + `"`
	kept := e
	if len(e.body) >= minCompressed {
		if z := c.compress(e.body); len(z) < len(e.body)*9/10 {
			k := *e
			k.body, k.gz = z, true
			kept = &k
		}
	}
	c.put(ver, kept)
	if lead {
		f.e = kept
		c.land(key, f) // before sending: followers need not wait for this client
	}
	e.write(w, r) // the identity body is at hand: no need to inflate it
	return nil
}

// compress gzips body at the fastest level (about 0.1 ms for a 36 KB page of statements).
func (c *responseCache) compress(body []byte) []byte {
	var buf bytes.Buffer
	buf.Grow(len(body) / 4)
	zw, _ := c.gzips.Get().(*gzip.Writer)
	if zw == nil {
		zw, _ = gzip.NewWriterLevel(&buf, gzip.BestSpeed) // the level is valid: no error
	} else {
		zw.Reset(&buf)
	}
	_, _ = zw.Write(body) // writes to a bytes.Buffer do not fail
	_ = zw.Close()
	c.gzips.Put(zw)
	return bytes.Clone(buf.Bytes()) // without the slack Grow may have left
}

// flight is an answer being computed; e is set before done is closed when the answer can be shared.
type flight struct {
	done chan struct{}
	e    *cachedResponse
}

// get returns the answer kept for key at version ver, or the flight computing it, lead telling whether
// the caller has just started that flight and must land it. It empties the cache first when ver is not
// the version it holds answers for.
func (c *responseCache) get(ver, key string) (e *cachedResponse, f *flight, lead bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if ver != c.ver {
		c.reset(ver)
	}
	if el, ok := c.entries[key]; ok {
		c.lru.MoveToFront(el)
		return el.Value.(*cachedResponse), nil, false
	}
	if f, ok := c.flights[key]; ok {
		return nil, f, false
	}
	f = &flight{done: make(chan struct{})}
	c.flights[key] = f
	return nil, f, true
}

// land ends flight f for key, waking those that wait for it; landing it again does nothing.
func (c *responseCache) land(key string, f *flight) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.flights[key] == f {
		delete(c.flights, key)
	}
	select {
	case <-f.done:
	default:
		close(f.done)
	}
}

// put keeps e, computed after version ver was read, unless the ledger has moved on since.
func (c *responseCache) put(ver string, e *cachedResponse) {
	if e.cost() > maxCachedResponse || e.cost() > c.maxBytes {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if ver != c.ver {
		// A request that started later saw a newer version: this answer may be older than that.
		return
	}
	if old, ok := c.entries[e.key]; ok {
		c.remove(old)
	}
	for c.size+e.cost() > c.maxBytes {
		c.remove(c.lru.Back())
	}
	c.entries[e.key] = c.lru.PushFront(e)
	c.size += e.cost()
}

func (c *responseCache) remove(el *list.Element) {
	e := c.lru.Remove(el).(*cachedResponse)
	delete(c.entries, e.key)
	c.size -= e.cost()
}

// cost is the memory an answer holds, as counted against the cache's bound.
func (e *cachedResponse) cost() int {
	return cap(e.body) + len(e.key) + len(e.etag) + len(e.contentType)
}

func (c *responseCache) reset(ver string) {
	c.ver = ver
	clear(c.entries)
	clear(c.flights) // those waiting for them still get their answers, which are not kept
	c.lru.Init()
	c.size = 0
}

// stats reports how many answers the cache holds and the memory they count for.
func (c *responseCache) stats() (entries, size int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries), c.size
}

// write sends the kept answer, gzipped when it is kept so and the client accepts gzip, or 304 Not
// Modified when the request's If-None-Match names the ETag of the representation it would get.
func (e *cachedResponse) write(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	gz := e.gz && acceptsGzip(r.Header.Get("Accept-Encoding"))
	etag := e.etag
	if gz {
		etag = gzipETag(e.etag) // another representation, another strong ETag (RFC 9110, 8.8.3)
	}
	h.Set("ETag", etag)
	h.Set("Vary", "Accept-Encoding")
	// Clients may keep the answer but must ask again (with If-None-Match) before using it.
	h.Set("Cache-Control", "no-cache")
	if etagMatches(r.Header.Get("If-None-Match"), etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", e.contentType)
	if gz || !e.gz {
		if gz {
			h.Set("Content-Encoding", "gzip")
		}
		h.Set("Content-Length", strconv.Itoa(len(e.body)))
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(e.body) // the client has gone; nothing to do
		return
	}
	zr, err := gzip.NewReader(bytes.NewReader(e.body))
	if err != nil { // cannot happen: compress wrote it
		http.Error(w, "cached answer unreadable: "+err.Error(), http.StatusInternalServerError)
		return
	}
	h.Set("Content-Length", strconv.Itoa(e.size))
	w.WriteHeader(http.StatusOK)
	_, _ = io.Copy(w, zr) // the client has gone; nothing to do
}

func gzipETag(etag string) string { return strings.TrimSuffix(etag, `"`) + `-gz"` }

// acceptsGzip reports whether an Accept-Encoding header admits gzip (and does not give it q=0).
func acceptsGzip(header string) bool {
	for t := range strings.SplitSeq(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(t), ";")
		if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			continue
		}
		q := strings.ReplaceAll(params, " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}

// etagMatches reports whether an If-None-Match header names etag (weak comparison, as RFC 9110 asks for
// If-None-Match) or is "*".
func etagMatches(header, etag string) bool {
	for t := range strings.SplitSeq(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}

// recorder is the ResponseWriter a handler writes a cacheable answer to.
type recorder struct {
	header http.Header
	status int
	body   []byte
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(status int) {
	if r.status == 0 {
		r.status = status
	}
}

func (r *recorder) Write(p []byte) (int, error) {
	r.WriteHeader(http.StatusOK)
	r.body = append(r.body, p...) // writeJSON writes the whole answer at once: one allocation of its size
	return len(p), nil
}

func copyHeader(dst, src http.Header) {
	for k, v := range src {
		dst[k] = v
	}
}
