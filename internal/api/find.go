package api

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/parley-ledger/parley/internal/store"
)

// StatementFilter is a statements query with the filters the store does not have: the resolved actor and
// the codebook issue mentioned in what was said.
type StatementFilter struct {
	store.StatementQuery // Limit and Offset are ignored (FindStatements takes them); After only without ActorID and Issue
	ActorID              int64
	Issue                string // codebook issue id; its sub-issues count too
}

// Found is one page of statements.
type Found struct {
	Rows []store.StatementRow
	More bool // there are rows after this page
	// Total counts every match when it had to be worked out anyway, and is -1 otherwise.
	Total int
}

// maxScan bounds how many statements one actor or issue query reads from the store per search.
const maxScan = 20000

// FindStatements returns up to limit statements matching f from offset on. Actor and issue filters are
// applied over the store's matches (narrowed by the actor's name and the issue's terms), so their pages are
// cut in memory.
func (a *API) FindStatements(ctx context.Context, f StatementFilter, limit, offset int) (Found, error) {
	q := f.StatementQuery
	if f.ActorID == 0 && f.Issue == "" {
		q.Limit, q.Offset = limit+1, offset
		rows, err := a.ledger.Statements(ctx, q)
		if err != nil {
			return Found{}, err
		}
		if len(rows) > limit {
			return Found{Rows: rows[:limit], More: true, Total: -1}, nil
		}
		// The last page: everything before it was offset rows (unknown after a cursor).
		total := -1
		if q.After == nil && (len(rows) > 0 || offset == 0) {
			total = offset + len(rows)
		}
		return Found{Rows: rows, Total: total}, nil
	}
	if q.After != nil {
		return Found{}, errorf(http.StatusBadRequest, "a cursor cannot page statements filtered by actor or issue: use offset")
	}
	if f.ActorID != 0 {
		actor, err := a.findActor(ctx, f.ActorID)
		if err != nil {
			return Found{}, err
		}
		if q.Speaker == "" {
			q.Speaker = actor.Name
		}
	}
	var all []store.StatementRow
	if f.Issue == "" {
		q.Limit = maxScan
		rows, err := a.ledger.Statements(ctx, q)
		if err != nil {
			return Found{}, err
		}
		all = rows
	} else {
		rows, err := a.issueStatements(ctx, q, f.Issue)
		if err != nil {
			return Found{}, err
		}
		all = rows
	}
	if f.ActorID != 0 {
		all = slices.DeleteFunc(all, func(r store.StatementRow) bool { return r.ActorID != f.ActorID })
	}
	total := len(all)
	lo, hi := min(offset, total), min(offset+limit, total)
	return Found{Rows: all[lo:hi], More: hi < total, Total: total}, nil
}

// findActor looks an actor up by id.
func (a *API) findActor(ctx context.Context, id int64) (*store.ActorRow, error) {
	actors, err := a.Actors(ctx)
	if err != nil {
		return nil, err
	}
	for i := range actors {
		if actors[i].ID == id {
			return &actors[i], nil
		}
	}
	return nil, fmt.Errorf("actor %d: %w", id, store.ErrNotFound)
}

// issueStatements finds the statements whose content mentions issue or one of its sub-issues: it searches
// the full-text index for each of their terms and keeps the rows in which the codebook's matcher finds the
// issue, in document date order.
func (a *API) issueStatements(ctx context.Context, q store.StatementQuery, issue string) ([]store.StatementRow, error) {
	if _, ok := a.cb.Issue(issue); !ok {
		return nil, errorf(http.StatusBadRequest, "unknown issue %q: see /api/v1/issues", issue)
	}
	var searches []string
	patterns := false
	for _, is := range a.cb.Issues {
		if !slices.Contains(a.cb.IssuePath(is.ID), issue) {
			continue
		}
		for _, t := range is.Terms {
			if s := termSearch(t); s != "" {
				searches = append(searches, s)
			}
		}
		patterns = patterns || len(is.Patterns) > 0
	}
	if patterns || len(searches) == 0 {
		// A regular expression cannot be searched for: read the statements and match each.
		searches = []string{""}
	}
	seen := map[int64]bool{}
	var out []store.StatementRow
	for _, s := range slices.Compact(slices.Sorted(slices.Values(searches))) {
		qq := q
		qq.Search = strings.TrimSpace(q.Search + " " + s)
		qq.Limit = maxScan
		rows, err := a.ledger.Statements(ctx, qq)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			if !seen[r.ID] && a.mentions(r.ContentText, issue) {
				seen[r.ID] = true
				r.Snippet, r.Rank = "", 0 // ranks from different searches do not compare
				out = append(out, r)
			}
		}
	}
	slices.SortFunc(out, func(x, y store.StatementRow) int {
		return cmp.Or(x.DocPublished.Compare(y.DocPublished), cmp.Compare(x.DocumentID, y.DocumentID), cmp.Compare(x.Seq, y.Seq))
	})
	return out, nil
}

// mentions reports whether s names issue or one of its sub-issues.
func (a *API) mentions(s, issue string) bool {
	for _, m := range a.cb.FindIssues(s, 0) {
		if slices.Contains(a.cb.IssuePath(m.IssueID), issue) {
			return true
		}
	}
	return false
}

// termSearch turns a codebook term into a full-text search that finds at least every text the term
// matches: its words, the last as a prefix so that "guarantees" also finds "guarantee".
func termSearch(term string) string {
	words := strings.Fields(strings.ReplaceAll(term, "-", " "))
	if len(words) == 0 {
		return ""
	}
	last := words[len(words)-1]
	lower := strings.ToLower(last)
	switch {
	case len(lower) > 4 && strings.HasSuffix(lower, "es"):
		last = last[:len(last)-2]
	case len(lower) > 3 && strings.HasSuffix(lower, "s"):
		last = last[:len(last)-1]
	}
	words[len(words)-1] = last + "*"
	return strings.Join(words, " ")
}

// IssueMentions lists the codebook issues s mentions (each once, most specific first as found).
func (a *API) IssueMentions(s string) []string {
	var out []string
	for _, m := range a.cb.FindIssues(s, 0) {
		if !slices.Contains(out, m.IssueID) {
			out = append(out, m.IssueID)
		}
	}
	return out
}
