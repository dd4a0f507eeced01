// Package ui owns Parley's web UI: server-rendered pages (html/template, embedded with their stylesheet and
// script) over the ledger: an overview of who takes which position, issue timelines drawn as SVG by the
// server, actors, documents with their attributions highlighted, and search. Pages work without
// JavaScript; a small script only adds live updates from the /events stream. Every piece of article text is
// escaped by the templates; highlighting is built from text segments, never by inserting markup.
package ui

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/parley-ledger/parley/internal/api"
	"github.com/parley-ledger/parley/internal/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options configure the UI.
type Options struct {
	// API is where the pages read the ledger, the claims layer and the codebook from.
	API    *api.API
	Logger *slog.Logger
}

// UI serves the web pages. Build it with New and add it to a mux with Register.
type UI struct {
	api    *api.API
	log    *slog.Logger
	pages  map[string]*template.Template
	static http.Handler
	// assets maps a static file's name to its URL with a content hash, so that browsers that cached an
	// older version fetch the new one.
	assets map[string]string
}

// pageNames are the templates under templates/ that are whole pages.
var pageNames = []string{"overview", "issues", "issue", "actors", "actor", "documents", "document", "search", "error"}

// New parses the templates.
func New(opt Options) (*UI, error) {
	if opt.API == nil {
		return nil, fmt.Errorf("ui: no API to read from")
	}
	u := &UI{api: opt.API, log: opt.Logger, pages: map[string]*template.Template{}, assets: map[string]string{}}
	if u.log == nil {
		u.log = slog.New(slog.DiscardHandler)
	}
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, fmt.Errorf("ui: static files: %w", err)
	}
	err = fs.WalkDir(sub, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(sub, path)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		u.assets[path] = "/static/" + path + "?v=" + hex.EncodeToString(sum[:5])
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("ui: static files: %w", err)
	}
	for _, name := range pageNames {
		t, err := template.New("layout").Funcs(u.funcs()).ParseFS(templateFS, "templates/layout.html", "templates/parts.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("ui: parse template %s: %w", name, err)
		}
		u.pages[name] = t
	}
	u.static = http.StripPrefix("/static/", http.FileServerFS(sub))
	return u, nil
}

// Register adds the pages to mux. Paths no page serves get an HTML 404.
func (u *UI) Register(mux *http.ServeMux) {
	for pattern, h := range map[string]func(http.ResponseWriter, *http.Request) error{
		"GET /{$}":            u.overview,
		"GET /issues":         u.issueList,
		"GET /issues/{id}":    u.issue,
		"GET /actors":         u.actorList,
		"GET /actors/{id}":    u.actor,
		"GET /documents":      u.documentList,
		"GET /documents/{id}": u.document,
		"GET /search":         u.search,
		"/":                   u.notFound,
	} {
		mux.Handle(pattern, u.wrap(h))
	}
	notFound := u.wrap(u.notFound)
	mux.Handle("GET /static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// A name the embedded files cannot hold (invalid UTF-8, "..") is not found: the file server would
		// answer such names 500.
		if name := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/static/"), "/"); name != "" && !fs.ValidPath(name) {
			notFound.ServeHTTP(w, r)
			return
		}
		if r.URL.Query().Has("v") {
			// A hashed URL names one version of the file for good.
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			w.Header().Set("Cache-Control", "public, max-age=300")
		}
		u.static.ServeHTTP(w, r)
	}))
}

// page is what every template gets.
type page struct {
	Title  string
	Nav    string
	Stats  store.Stats
	Claims bool
	Data   any
}

// wrap renders a handler's error as an HTML error page.
func (u *UI) wrap(h func(http.ResponseWriter, *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			status, msg := api.StatusOf(err)
			if status >= 500 && r.Context().Err() == nil {
				u.log.Error("page failed", "path", r.URL.Path, "err", err)
			}
			u.render(w, r, status, "error", http.StatusText(status), "", errorPage{Status: status, Message: msg})
		}
	})
}

type errorPage struct {
	Status  int
	Message string
}

func (u *UI) notFound(w http.ResponseWriter, r *http.Request) error {
	return &api.Error{Status: http.StatusNotFound, Msg: "There is no page at " + r.URL.Path + "."}
}

// render executes a page into a buffer first, so that a template error becomes a clean 500.
func (u *UI) render(w http.ResponseWriter, r *http.Request, status int, name, title, nav string, data any) {
	p := page{Title: title, Nav: nav, Claims: u.api.Claims() != nil, Data: data}
	if st, err := u.api.Ledger().Stats(r.Context()); err == nil {
		p.Stats = st
	}
	var buf bytes.Buffer
	if err := u.pages[name].ExecuteTemplate(&buf, "layout", p); err != nil {
		u.log.Error("render page", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w)
}

func (u *UI) funcs() template.FuncMap {
	return template.FuncMap{
		"asset":     func(name string) string { return u.assets[name] },
		"date":      fmtDate,
		"isodate":   func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
		"actorHref": actorHref,
		"refHref":   refHref,
		"claimHref": func(c api.Claim) string {
			if c.StatementID != 0 {
				return stmtHref(c.DocumentID, c.StatementID)
			}
			return docHref(c.DocumentID)
		},
		"issueHref":   issueHref,
		"docHref":     docHref,
		"stmtHref":    stmtHref,
		"issueLabel":  u.issueLabel,
		"stanceClass": stanceClass,
		"stanceLabel": stanceLabel,
		"plural":      plural,
		"pct":         func(n, of int) int { return pct(n, of) },
		"add":         func(a, b int) int { return a + b },
		"sub":         func(a, b int) int { return a - b },
		"kindLabel": func(k string) string {
			return map[string]string{"direct": "quote", "indirect": "reported", "mixed": "partly quoted"}[k]
		},
		"host": hostOf,
	}
}

func fmtDate(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.UTC().Format("2 Jan 2006")
}

func pct(n, of int) int {
	if of <= 0 {
		return 0
	}
	return (n*100 + of/2) / of
}

func actorHref(id int64) string  { return "/actors/" + strconv.FormatInt(id, 10) }
func refHref(id string) string   { return "/actors/" + url.PathEscape(id) }
func issueHref(id string) string { return "/issues/" + id }
func docHref(id int64) string    { return "/documents/" + strconv.FormatInt(id, 10) }

// stmtHref links to a statement highlighted in its document.
func stmtHref(docID, id int64) string {
	s := strconv.FormatInt(id, 10)
	return docHref(docID) + "?s=" + s + "#s" + s
}

func (u *UI) issueLabel(id string) string {
	if is, ok := u.api.Codebook().Issue(id); ok {
		return is.Label
	}
	return id
}

// hostOf is a URL's host for link labels ("www.bbc.co.uk").
func hostOf(raw string) string {
	rest, ok := strings.CutPrefix(raw, "https://")
	if !ok {
		rest, _ = strings.CutPrefix(raw, "http://")
	}
	host, _, _ := strings.Cut(rest, "/")
	return host
}
