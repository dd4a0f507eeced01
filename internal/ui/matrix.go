package ui

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/parley-ledger/parley/internal/api"
	"github.com/parley-ledger/parley/internal/codebook"
)

// Matrix is the actor × issue grid of positions on the overview.
type Matrix struct {
	Issues []MatrixIssue
	Rows   []MatrixRow
}

// MatrixIssue is a column.
type MatrixIssue struct {
	ID, Label string
	Href      string
}

// MatrixRow is one actor's positions, one cell per column.
type MatrixRow struct {
	Actor string
	Href  string
	Cells []MatrixCell
}

// MatrixCell is one actor's position on one issue; Position is nil when no claim gives one.
type MatrixCell struct {
	Position *api.Position
	Class    string // stance colour and strength
	Href     string
	Title    string
}

// maxMatrixRows keeps the grid readable at a glance.
const maxMatrixRows = 16

// BuildMatrix arranges positions: issues in codebook order (those with positions only), actors by how many
// claims they have, most first.
func BuildMatrix(ps []api.Position, cb *codebook.Codebook, actorHref func(string) string, issueHref func(string) string) *Matrix {
	if len(ps) == 0 {
		return nil
	}
	hasIssue := map[string]bool{}
	type actor struct {
		id     string
		name   string
		claims int
	}
	var actors []*actor
	byActor := map[string]*actor{}
	cells := map[string]map[string]*api.Position{}
	for i := range ps {
		p := &ps[i]
		hasIssue[p.Issue] = true
		a := byActor[p.Actor.ID]
		if a == nil {
			a = &actor{id: p.Actor.ID, name: p.Actor.Name}
			byActor[p.Actor.ID] = a
			actors = append(actors, a)
			cells[p.Actor.ID] = map[string]*api.Position{}
		}
		a.claims += p.Claims
		cells[p.Actor.ID][p.Issue] = p
	}
	m := &Matrix{}
	for _, is := range cb.Issues {
		if hasIssue[is.ID] {
			m.Issues = append(m.Issues, MatrixIssue{ID: is.ID, Label: is.Label, Href: issueHref(is.ID)})
			delete(hasIssue, is.ID)
		}
	}
	// Issues the codebook does not name (another codebook's claims) still get a column, by id.
	var rest []string
	for id := range hasIssue {
		rest = append(rest, id)
	}
	slices.Sort(rest)
	for _, id := range rest {
		m.Issues = append(m.Issues, MatrixIssue{ID: id, Label: id, Href: issueHref(id)})
	}
	slices.SortStableFunc(actors, func(x, y *actor) int { return cmp.Or(cmp.Compare(y.claims, x.claims), cmp.Compare(x.name, y.name)) })
	if len(actors) > maxMatrixRows {
		actors = actors[:maxMatrixRows]
	}
	for _, a := range actors {
		row := MatrixRow{Actor: a.name, Href: actorHref(a.id)}
		for _, is := range m.Issues {
			c := MatrixCell{Class: "cell-empty", Title: a.name + " · " + is.Label + ": no claims"}
			if p := cells[a.id][is.ID]; p != nil {
				c = MatrixCell{
					Position: p,
					Class:    stanceClass(p.Stance) + " " + strength(p.Sources),
					Href:     issueHref(is.ID),
					Title: fmt.Sprintf("%s · %s: %s (%d %s from %d %s)", a.name, is.Label, stanceLabel(p.Stance),
						p.Claims, plural(p.Claims, "claim", "claims"), p.Sources, plural(p.Sources, "independent source", "independent sources")),
				}
				if p.Contested {
					c.Class += " contested"
					c.Title += ", contested"
				}
			}
			row.Cells = append(row.Cells, c)
		}
		m.Rows = append(m.Rows, row)
	}
	return m
}

// strength buckets the number of independent sources into four shades.
func strength(sources int) string {
	switch {
	case sources >= 5:
		return "s4"
	case sources >= 3:
		return "s3"
	case sources == 2:
		return "s2"
	}
	return "s1"
}

func stanceClass(s api.Stance) string {
	switch s {
	case api.StanceAgree, api.StanceReject, api.StanceMixed:
		return "stance-" + string(s)
	case "":
		return "stance-none" // a mention without a stance: statements before claims exist
	}
	return "stance-other"
}

func stanceLabel(s api.Stance) string {
	switch s {
	case api.StanceAgree:
		return "agrees"
	case api.StanceReject:
		return "rejects"
	case api.StanceMixed:
		return "mixed"
	case "":
		return "mentions"
	}
	return string(s)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
