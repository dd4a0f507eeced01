package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/store"
)

// index lists the API's endpoints and what the ledger holds.
func (a *API) index(w http.ResponseWriter, r *http.Request) error {
	st, err := a.ledger.Stats(r.Context())
	if err != nil {
		return err
	}
	var eps []string
	for _, rt := range a.routes {
		eps = append(eps, rt.Method+" "+strings.TrimSuffix(rt.Pattern, "{$}"))
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"name": "parley", "version": "v1", "openapi": "/api/v1/openapi.json",
		"stats": st, "claims": a.claims != nil, "endpoints": eps,
	})
	return nil
}

func (a *API) stats(w http.ResponseWriter, r *http.Request) error {
	st, err := a.ledger.Stats(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, st)
	return nil
}

func (a *API) documents(w http.ResponseWriter, r *http.Request) error {
	p, err := parsePage(r.URL.Query())
	if err != nil {
		return err
	}
	ctx := r.Context()
	st, err := a.ledger.Stats(ctx)
	if err != nil {
		return err
	}
	docs, err := a.ledger.Documents(ctx, store.DocumentQuery{Limit: p.limit + 1, Offset: p.offset})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, newList(r, p, docs, &st.Documents))
	return nil
}

// DocumentDetail is one document with its text, its statements and the other copies of its story.
type DocumentDetail struct {
	Document   *store.DocumentRow   `json:"document"`
	Statements []store.StatementRow `json:"statements"`
	// Copies are the other documents carrying the same wire story, without their text.
	Copies []store.DocumentRow `json:"copies"`
}

func (a *API) document(w http.ResponseWriter, r *http.Request) error {
	id, err := parseID(r, "id")
	if err != nil {
		return err
	}
	d, err := a.Document(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, d)
	return nil
}

// Document reads one document with its statements and copies.
func (a *API) Document(ctx context.Context, id int64) (*DocumentDetail, error) {
	doc, err := a.ledger.Document(ctx, id)
	if err != nil {
		return nil, err
	}
	stmts, err := a.ledger.Statements(ctx, store.StatementQuery{DocumentID: id})
	if err != nil {
		return nil, err
	}
	if stmts == nil {
		stmts = []store.StatementRow{}
	}
	d := &DocumentDetail{Document: doc, Statements: stmts, Copies: []store.DocumentRow{}}
	if a.sources != nil {
		var docs []store.DocumentRow
		cluster, err := a.sources.ClusterOf(ctx, id)
		if err == nil {
			docs, err = a.sources.ClusterDocuments(ctx, cluster)
		}
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return nil, fmt.Errorf("copies of document %d: %w", id, err)
		}
		for _, c := range docs {
			if c.ID != id {
				c.Raw = ""
				d.Copies = append(d.Copies, c)
			}
		}
	}
	return d, nil
}

// ParseStatementFilter reads the statement filters of a query string: speaker, actor, issue, kind, since,
// until, document and q (full-text search).
func (a *API) ParseStatementFilter(q url.Values) (StatementFilter, error) {
	var f StatementFilter
	var err error
	f.Speaker = q.Get("speaker")
	f.Search = q.Get("q")
	if f.Since, err = ParseDate("since", q.Get("since")); err != nil {
		return f, err
	}
	if f.Until, err = ParseDate("until", q.Get("until")); err != nil {
		return f, err
	}
	switch k := q.Get("kind"); k {
	case "", string(attrib.Direct), string(attrib.Indirect), string(attrib.Mixed):
		f.Kind = attrib.Kind(k)
	default:
		return f, errorf(http.StatusBadRequest, "bad kind %q: want direct, indirect or mixed", k)
	}
	if f.ActorID, err = parseIDParam(q, "actor"); err != nil {
		return f, err
	}
	if f.DocumentID, err = parseIDParam(q, "document"); err != nil {
		return f, err
	}
	f.Issue = q.Get("issue")
	return f, a.checkIssue(f.Issue)
}

func (a *API) statements(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	p, err := parsePage(q)
	if err != nil {
		return err
	}
	f, err := a.ParseStatementFilter(q)
	if err != nil {
		return err
	}
	// Plain listings page with a cursor (the next link carries it), so that every page costs the same;
	// searches and actor or issue filters, whose pages are cut from ranked or filtered matches, with offset.
	keyset := f.Search == "" && f.ActorID == 0 && f.Issue == ""
	if v := q.Get("after"); v != "" {
		if !keyset {
			return errorf(http.StatusBadRequest, "after cannot be combined with q, actor or issue: page those with offset")
		}
		if p.offset != 0 {
			return errorf(http.StatusBadRequest, "send after or offset, not both")
		}
		if f.After, err = parseCursor(v); err != nil {
			return err
		}
	}
	found, err := a.FindStatements(r.Context(), f, p.limit, p.offset)
	if err != nil {
		return err
	}
	rows := found.Rows
	if found.More {
		// newList takes the row after the page as the sign of a next one.
		rows = append(rows, store.StatementRow{})
	}
	var total *int
	if found.Total >= 0 {
		total = &found.Total
	}
	l := newList(r, p, rows, total)
	l.After = q.Get("after")
	if keyset && found.More {
		last := found.Rows[len(found.Rows)-1]
		l.Next = cursorURL(r, p, store.StatementCursor{DocumentID: last.DocumentID, Seq: last.Seq})
	}
	writeStatements(w, http.StatusOK, l)
	return nil
}

func (a *API) actors(w http.ResponseWriter, r *http.Request) error {
	p, err := parsePage(r.URL.Query())
	if err != nil {
		return err
	}
	actors, err := a.Actors(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, sliceList(r, p, actors))
	return nil
}

func (a *API) actor(w http.ResponseWriter, r *http.Request) error {
	id, err := parseID(r, "id")
	if err != nil {
		return err
	}
	actor, err := a.findActor(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, actor)
	return nil
}

// Issues lists the issues: from the claims layer when there is one, else the codebook's with no counts.
func (a *API) Issues(ctx context.Context) ([]IssueSummary, error) {
	if a.claims != nil {
		return a.claims.Issues(ctx)
	}
	out := make([]IssueSummary, 0, len(a.cb.Issues))
	for _, is := range a.cb.Issues {
		out = append(out, IssueSummary{ID: is.ID, Label: is.Label, Parent: is.Parent})
	}
	return out, nil
}

func (a *API) issues(w http.ResponseWriter, r *http.Request) error {
	p, err := parsePage(r.URL.Query())
	if err != nil {
		return err
	}
	is, err := a.Issues(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, sliceList(r, p, is))
	return nil
}

// ParseClaimQuery reads claim filters: issue, actor, claimant, event, document, statement, contested, since,
// until.
func (a *API) ParseClaimQuery(q url.Values) (ClaimQuery, error) {
	var c ClaimQuery
	var err error
	c.Issue = q.Get("issue")
	if err = a.checkIssue(c.Issue); err != nil {
		return c, err
	}
	if c.Actor, err = actorParam(q, "actor"); err != nil {
		return c, err
	}
	if c.Claimant, err = actorParam(q, "claimant"); err != nil {
		return c, err
	}
	if c.Event = strings.ToUpper(q.Get("event")); strings.ContainsFunc(c.Event, func(r rune) bool { return r < 'A' || r > 'Z' }) {
		return c, errorf(http.StatusBadRequest, "bad event %q: want a PLOVER event such as AGREE", q.Get("event"))
	}
	if c.DocumentID, err = parseIDParam(q, "document"); err != nil {
		return c, err
	}
	if c.StatementID, err = parseIDParam(q, "statement"); err != nil {
		return c, err
	}
	if c.Contested, err = parseBool(q, "contested"); err != nil {
		return c, err
	}
	if c.Since, err = ParseDate("since", q.Get("since")); err != nil {
		return c, err
	}
	if c.Until, err = ParseDate("until", q.Get("until")); err != nil {
		return c, err
	}
	return c, nil
}

// actorParam reads an actor id as internal/claims names actors: lower-case letters, digits and hyphens
// ("putin", "auto-steve-witkoff").
func actorParam(q url.Values, name string) (string, error) {
	v := q.Get(name)
	if len(v) > 200 || strings.ContainsFunc(v, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.')
	}) {
		return "", errorf(http.StatusBadRequest, "bad %s %q: want an actor id such as putin", name, v)
	}
	return v, nil
}

func (a *API) claimList(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	p, err := parsePage(q)
	if err != nil {
		return err
	}
	c, err := a.ParseClaimQuery(q)
	if err != nil {
		return err
	}
	if err := a.needClaims(); err != nil {
		return err
	}
	c.Limit, c.Offset = p.limit+1, p.offset
	claims, err := a.claims.Claims(r.Context(), c)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, newList(r, p, claims, nil))
	return nil
}

func (a *API) positions(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	p, err := parsePage(q)
	if err != nil {
		return err
	}
	var pq PositionQuery
	pq.Issue = q.Get("issue")
	if err := a.checkIssue(pq.Issue); err != nil {
		return err
	}
	if pq.Actor, err = actorParam(q, "actor"); err != nil {
		return err
	}
	if pq.AsOf, err = ParseDate("as_of", q.Get("as_of")); err != nil {
		return err
	}
	if err := a.needClaims(); err != nil {
		return err
	}
	ps, err := a.claims.Positions(r.Context(), pq)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, sliceList(r, p, ps))
	return nil
}

// TimelineAnswer is an issue's claims over time.
type TimelineAnswer struct {
	Issue  string          `json:"issue"`
	Label  string          `json:"label"`
	AsOf   string          `json:"as_of,omitempty"`
	Points []TimelinePoint `json:"points"`
}

func (a *API) timeline(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	issue := q.Get("issue")
	if issue == "" {
		return errorf(http.StatusBadRequest, "missing issue: /api/v1/timeline?issue=ID")
	}
	if err := a.checkIssue(issue); err != nil {
		return err
	}
	asOf, err := ParseDate("as_of", q.Get("as_of"))
	if err != nil {
		return err
	}
	if err := a.needClaims(); err != nil {
		return err
	}
	pts, err := a.claims.Timeline(r.Context(), issue, asOf)
	if err != nil {
		return err
	}
	if pts == nil {
		pts = []TimelinePoint{}
	}
	is, _ := a.cb.Issue(issue)
	writeJSON(w, http.StatusOK, TimelineAnswer{Issue: issue, Label: is.Label, AsOf: q.Get("as_of"), Points: pts})
	return nil
}
