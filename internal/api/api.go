// Package api owns Parley's HTTP JSON API (versioned under /api/v1/, described by an embedded OpenAPI
// document), the server-sent event stream at /events, and what every Parley HTTP server shares: security
// headers, the bearer-token check for writes, timeouts and graceful shutdown. It also defines Claims, the
// interface through which the API and the web UI read the claims layer.
package api

import (
	"crypto/sha256"
	"crypto/subtle"
	"log/slog"
	"net/http"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/parley-ledger/parley/internal/analyze"
	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/codebook"
	"github.com/parley-ledger/parley/internal/fetch"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/ledger"
	"github.com/parley-ledger/parley/internal/store"
)

// Options configure the API. Only Ledger is required.
type Options struct {
	Ledger store.Ledger
	// Sources clusters copies of one wire story: ingest goes through it, and documents list their copies.
	// Nil means store.NewSources(Ledger) when the ledger supports it.
	Sources *store.Sources
	// Claims reads claims and positions; nil until the ledger has a claims layer (the routes answer 501). Its
	// answers are kept until the ledger changes (see store's Version) when the ledger can say so.
	Claims Claims
	// Codebook names the issues; nil means the built-in codebook.
	Codebook *codebook.Codebook
	// Token is the bearer token writes must present ($PARLEY_TOKEN). Empty refuses every write.
	Token string
	// Pipeline analyses ingested documents; nil means analyze.New(attrib.Options{}), without claims. With a
	// claims stage, ingested documents are stored with their claims.
	Pipeline *analyze.Pipeline
	// CodebookName is recorded with the claims of ingested documents: the codebook the pipeline resolves
	// against.
	CodebookName string
	// Fetcher fetches pages for ingest by URL; nil means a fetch.Client with its defaults (public
	// addresses only).
	Fetcher *fetch.Client
	// Events receives a message for every stored document; nil makes a new Broker.
	Events *Broker
	// MaxBody bounds request bodies; 0 means room for an article of ingest.DefaultMaxBytes.
	MaxBody int64
	Logger  *slog.Logger
	// Now is the clock (for fetched pages' dates); nil means time.Now.
	Now func() time.Time
	// ResponseCacheBytes bounds the memory of the GET answers kept until the ledger changes (see
	// responseCache); 0 means DefaultResponseCacheBytes, a negative number keeps none.
	ResponseCacheBytes int
}

// API serves the JSON API. Build it with New and add it to a mux with Register.
type API struct {
	ledger   store.Ledger
	sources  *store.Sources
	claims   Claims
	cb       *codebook.Codebook
	token    string
	pipeline *analyze.Pipeline
	writer   *ledger.Writer // stores ingested documents as `parley ingest` does
	cbName   string
	fetcher  *fetch.Client
	events   *Broker
	maxBody  int64
	log      *slog.Logger
	now      func() time.Time
	routes   []Route
	// cache keeps whole-ledger views until the ledger changes; nil when the ledger cannot say it changed.
	cache *viewCache
	// responses keeps GET answers until the ledger changes; nil when the ledger cannot say it changed.
	responses *responseCache
}

// Route is one endpoint: a method and a net/http path pattern.
type Route struct {
	Method  string
	Pattern string // path pattern as http.ServeMux takes it: /api/v1/documents/{id}
	// Write routes need the bearer token and read a request body.
	Write bool
	// uncached routes' answers are not kept by the response cache (streams, constant documents).
	uncached bool
	handler  func(http.ResponseWriter, *http.Request) error
}

// New builds the API.
func New(opt Options) *API {
	a := &API{
		ledger: opt.Ledger, sources: opt.Sources, claims: opt.Claims, cb: opt.Codebook, token: opt.Token,
		pipeline: opt.Pipeline, cbName: opt.CodebookName, fetcher: opt.Fetcher, events: opt.Events, maxBody: opt.MaxBody,
		log: opt.Logger, now: opt.Now,
	}
	if a.cb == nil {
		a.cb = codebook.Default()
	}
	if a.sources == nil && opt.Ledger != nil {
		// A ledger this package did not open has no story clusters; documents then list no copies.
		a.sources, _ = store.NewSources(opt.Ledger)
	}
	if a.pipeline == nil {
		a.pipeline = analyze.New(attrib.Options{})
	}
	if opt.Ledger != nil {
		a.writer = ledger.New(opt.Ledger, a.pipeline, a.cbName)
	}
	if a.fetcher == nil {
		a.fetcher = fetch.New(fetch.Options{})
	}
	if a.events == nil {
		a.events = NewBroker()
	}
	if a.maxBody <= 0 {
		// JSON escaping can double an article's size; the article itself is limited again by ingest.
		a.maxBody = 2*ingest.DefaultMaxBytes + 64<<10
	}
	if a.log == nil {
		a.log = slog.New(slog.DiscardHandler)
	}
	if a.now == nil {
		a.now = time.Now
	}
	if v, ok := opt.Ledger.(versioned); ok {
		a.cache = newViewCache(v)
		size := opt.ResponseCacheBytes
		if size == 0 {
			size = DefaultResponseCacheBytes
		}
		if size > 0 {
			// As many requests at once as the store has read connections (SQLite's pool; PostgreSQL has more).
			a.responses = newResponseCache(v, size, max(4, runtime.GOMAXPROCS(0)))
		}
		if a.claims != nil {
			a.claims = cachedClaims{inner: a.claims, cache: a.cache}
		}
	}
	a.routes = []Route{
		{Method: "GET", Pattern: "/api/v1/{$}", handler: a.index},
		{Method: "GET", Pattern: "/api/v1/openapi.json", uncached: true, handler: a.openAPI},
		{Method: "GET", Pattern: "/api/v1/stats", handler: a.stats},
		{Method: "GET", Pattern: "/api/v1/documents", handler: a.documents},
		{Method: "GET", Pattern: "/api/v1/documents/{id}", handler: a.document},
		{Method: "GET", Pattern: "/api/v1/statements", handler: a.statements},
		{Method: "GET", Pattern: "/api/v1/actors", handler: a.actors},
		{Method: "GET", Pattern: "/api/v1/actors/{id}", handler: a.actor},
		{Method: "GET", Pattern: "/api/v1/issues", handler: a.issues},
		{Method: "GET", Pattern: "/api/v1/claims", handler: a.claimList},
		{Method: "GET", Pattern: "/api/v1/positions", handler: a.positions},
		{Method: "GET", Pattern: "/api/v1/timeline", handler: a.timeline},
		{Method: "POST", Pattern: "/api/v1/ingest", Write: true, handler: a.ingest},
		{Method: "GET", Pattern: "/events", uncached: true, handler: a.serveEvents},
	}
	return a
}

// Routes lists every endpoint Register adds, in order.
func (a *API) Routes() []Route { return append([]Route(nil), a.routes...) }

// Ledger is the store the API reads.
func (a *API) Ledger() store.Ledger { return a.ledger }

// Claims is the claims layer, or nil.
func (a *API) Claims() Claims { return a.claims }

// Codebook is the codebook issues are named by.
func (a *API) Codebook() *codebook.Codebook { return a.cb }

// Events is the broker stored documents are announced on.
func (a *API) Events() *Broker { return a.events }

// Register adds the API's routes to mux: everything under /api/ and the /events stream. Unknown paths
// under /api/ get a JSON 404 and a known path with another method a JSON 405.
func (a *API) Register(mux *http.ServeMux) {
	inner := http.NewServeMux()
	for _, rt := range a.routes {
		inner.Handle(rt.Method+" "+rt.Pattern, a.wrap(rt))
	}
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, pattern := inner.Handler(r); pattern == "" {
			if allow := a.allowed(inner, r); len(allow) > 0 {
				w.Header().Set("Allow", strings.Join(allow, ", "))
				writeError(w, r, a.log, errorf(http.StatusMethodNotAllowed, "method %s not allowed on %s (allowed: %s)", r.Method, r.URL.Path, strings.Join(allow, ", ")))
				return
			}
			writeError(w, r, a.log, errorf(http.StatusNotFound, "no such endpoint: %s", r.URL.Path))
			return
		}
		inner.ServeHTTP(w, r)
	})
	mux.Handle("/api/", h)
	mux.Handle("/events", h)
}

// allowed lists the methods some route accepts for r's path.
func (a *API) allowed(mux *http.ServeMux, r *http.Request) []string {
	seen := map[string]bool{}
	for _, rt := range a.routes {
		if seen[rt.Method] {
			continue
		}
		r2 := r.Clone(r.Context())
		r2.Method = rt.Method
		if _, p := mux.Handler(r2); p != "" {
			seen[rt.Method] = true
		}
	}
	var out []string
	for m := range seen {
		out = append(out, m)
	}
	if seen["GET"] {
		out = append(out, "HEAD")
	}
	sort.Strings(out)
	return out
}

// wrap turns a route's handler into an http.Handler: it checks the token for writes, bounds the body,
// answers reads through the response cache and errors as JSON.
func (a *API) wrap(rt Route) http.Handler {
	cached := a.responses != nil && !rt.Write && !rt.uncached
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rt.Write {
			if err := a.authorize(r); err != nil {
				writeError(w, r, a.log, err)
				return
			}
			r.Body = http.MaxBytesReader(w, r.Body, a.maxBody)
		}
		var err error
		if cached {
			err = a.responses.serve(w, r, rt.handler)
		} else {
			err = rt.handler(w, r)
		}
		if err != nil {
			writeError(w, r, a.log, err)
		}
	})
}

// authorize checks a write's bearer token in constant time.
func (a *API) authorize(r *http.Request) error {
	if a.token == "" {
		return errorf(http.StatusForbidden, "writes are disabled: the server was started without PARLEY_TOKEN")
	}
	scheme, cred, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(cred) == "" {
		return errorf(http.StatusUnauthorized, "missing bearer token: send Authorization: Bearer $PARLEY_TOKEN")
	}
	if !tokenEqual(strings.TrimSpace(cred), a.token) {
		return errorf(http.StatusForbidden, "wrong token")
	}
	return nil
}

// tokenEqual compares hashes so that neither the contents nor the length of the token leak through timing.
func tokenEqual(got, want string) bool {
	g, w := sha256.Sum256([]byte(got)), sha256.Sum256([]byte(want))
	return subtle.ConstantTimeCompare(g[:], w[:]) == 1
}

// needClaims answers 501 when there is no claims layer.
func (a *API) needClaims() error {
	if a.claims == nil {
		return errorf(http.StatusNotImplemented, "this ledger has no claims yet: claims need a codebook and the claims layer")
	}
	return nil
}

// checkIssue refuses an issue id the codebook does not know.
func (a *API) checkIssue(id string) error {
	if id == "" {
		return nil
	}
	if _, ok := a.cb.Issue(id); !ok {
		return errorf(http.StatusBadRequest, "unknown issue %q: see /api/v1/issues", id)
	}
	return nil
}
