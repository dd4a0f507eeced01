// Package positions owns the read side of the negotiation ledger: it relates stored claims (contradiction,
// corroboration, independent sources), adds them up into positions (an actor's latest stance on an issue),
// issue timelines and a one-page brief, and exports them as PLOVER-style records. It also serves them to the
// JSON API through api.Claims (see ForAPI).
package positions

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/parley-ledger/parley/internal/claims"
	"github.com/parley-ledger/parley/internal/codebook"
	"github.com/parley-ledger/parley/internal/store"
)

// Service reads claims from a ledger. The codebook, when not nil, gives issues their hierarchy (asking for
// "territory" includes "crimea") and their labels and order.
type Service struct {
	l  store.ClaimLedger
	cb *codebook.Codebook
}

// New makes a Service over l; cb may be nil.
func New(l store.ClaimLedger, cb *codebook.Codebook) *Service { return &Service{l: l, cb: cb} }

// Query filters Claims. Zero fields do not filter.
type Query struct {
	Issue       string // an issue id; its sub-issues count too
	Actor       string // the actor's id: a codebook id or "auto-..."
	Claimant    string // the claimant actor's id
	Event       claims.Event
	DocumentID  int64
	StatementID int64
	// AsOf keeps only what had been published by the end of that day.
	AsOf         time.Time
	Since, Until time.Time // on the claim's date
	// Contested keeps only claims another claim contradicts; WithIssue only claims about an issue.
	Contested bool
	WithIssue bool
	Limit     int
	Offset    int
}

// Claim is a stored claim with what relating it to the others found.
type Claim struct {
	store.ClaimRow
	Stance claims.Stance `json:"stance"`
	// Sources counts the independent sources (story clusters) that report this claim or one corroborating it.
	Sources int `json:"sources"`
	// Contradictions and Corroborations are the ids of the claims that contradict and corroborate it.
	// (At most claims.MaxLinks of each are listed.)
	Contradictions []int64 `json:"contradictions,omitempty"`
	Corroborations []int64 `json:"corroborations,omitempty"`
	contested      bool
}

// Contested reports whether another claim contradicts this one.
func (c *Claim) Contested() bool { return c.contested }

// Issues expands an issue id to it and its sub-issues, by the codebook; without one, to itself.
func (s *Service) Issues(id string) []string {
	if id == "" {
		return nil
	}
	out := []string{id}
	if s.cb == nil {
		return out
	}
	for _, is := range s.cb.Issues {
		if is.ID != id && slices.Contains(s.cb.IssuePath(is.ID), id) {
			out = append(out, is.ID)
		}
	}
	return out
}

// Claims lists the stored claims matching q, oldest first, related to every claim on the same actor, event
// and issue that had been published by q.AsOf.
func (s *Service) Claims(ctx context.Context, q Query) ([]Claim, error) {
	// Filters that keep whole groups of related claims go to the store; the rest apply after relating.
	base := store.ClaimQuery{Issues: s.Issues(q.Issue), Actor: q.Actor, Event: q.Event, AsOf: q.AsOf, WithIssue: q.WithIssue}
	var rows []store.ClaimRow
	var err error
	if q.DocumentID != 0 || q.StatementID != 0 {
		rows, err = s.relatedTo(ctx, base, q.DocumentID, q.StatementID)
	} else {
		rows, err = s.l.Claims(ctx, base)
	}
	if err != nil {
		return nil, err
	}
	return filter(relate(rows), q), nil
}

// relatedTo reads the claims of one document or statement and every claim that relating them can involve:
// claims.Relate only relates claims about the same actor, event and issue, so those groups are read rather
// than the whole ledger (a document's page read every claim before). The rows come in the store's order,
// which Relate's links follow, so the document's claims are related exactly as among all claims.
func (s *Service) relatedTo(ctx context.Context, base store.ClaimQuery, doc, stmt int64) ([]store.ClaimRow, error) {
	own := base
	own.DocumentID, own.StatementID = doc, stmt
	mine, err := s.l.Claims(ctx, own)
	if err != nil {
		return nil, err
	}
	type group struct {
		actor string
		event claims.Event
		issue string
	}
	byID := map[int64]store.ClaimRow{}
	read := map[group]bool{}
	for _, r := range mine {
		byID[r.ID] = r
		var g group
		if r.Actor != nil {
			g.actor = r.Actor.ID
		}
		if r.Issue != nil {
			g.issue = r.Issue.ID
		}
		g.event = r.Event
		if (g.actor == "" && g.issue == "") || read[g] {
			continue // claims about nothing are related to none (see claims.Relate)
		}
		read[g] = true
		q := base
		q.Event = g.event
		if g.issue != "" {
			q.Issues = []string{g.issue}
		}
		// A codebook actor is found by its id; others ("auto-" and their name's key) are kept below, since
		// the key cannot always be read back from the id.
		if g.actor != "" && !strings.HasPrefix(g.actor, "auto-") {
			q.Actor = g.actor
		}
		rows, err := s.l.Claims(ctx, q)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			if (r.Actor == nil && g.actor == "") || (r.Actor != nil && r.Actor.ID == g.actor) {
				byID[r.ID] = r
			}
		}
	}
	out := slices.Collect(maps.Values(byID))
	slices.SortFunc(out, func(a, b store.ClaimRow) int {
		return cmp.Or(a.Date().Compare(b.Date()), cmp.Compare(a.DocumentID, b.DocumentID), cmp.Compare(a.Seq, b.Seq))
	})
	return out, nil
}

// FromRows relates claims that are not stored (read from files, say) as Claims relates stored ones and
// applies q to them; AsOf, Issue, Actor and Event are left to the caller, as the store applies them.
func FromRows(rows []store.ClaimRow, q Query) []Claim {
	slices.SortStableFunc(rows, func(a, b store.ClaimRow) int {
		return cmp.Or(a.Date().Compare(b.Date()), cmp.Compare(a.DocumentID, b.DocumentID), cmp.Compare(a.Seq, b.Seq))
	})
	all := relate(rows)
	out := all[:0]
	for _, c := range all {
		switch {
		case q.Issue != "" && (c.Issue == nil || c.Issue.ID != q.Issue):
		case q.Actor != "" && (c.Actor == nil || c.Actor.ID != q.Actor):
		case q.Event != "" && c.Event != q.Event:
		case q.WithIssue && c.Issue == nil:
		default:
			out = append(out, c)
		}
	}
	return filter(out, q)
}

// filter applies the filters of q that must see related claims first.
func filter(all []Claim, q Query) []Claim {
	out := all[:0]
	for _, c := range all {
		switch {
		case q.Claimant != "" && (c.Claimant.Actor == nil || c.Claimant.Actor.ID != q.Claimant):
		case q.DocumentID != 0 && c.DocumentID != q.DocumentID:
		case q.StatementID != 0 && c.StatementID != q.StatementID:
		case !q.Since.IsZero() && c.Date().Before(q.Since):
		case !q.Until.IsZero() && !c.Date().Before(q.Until):
		case q.Contested && !c.Contested():
		default:
			out = append(out, c)
		}
	}
	if q.Offset > 0 {
		out = out[min(q.Offset, len(out)):]
	}
	if q.Limit > 0 && len(out) > q.Limit {
		out = out[:q.Limit]
	}
	return out
}

// relate computes stances, sources, contradictions and corroborations among rows.
func relate(rows []store.ClaimRow) []Claim {
	facts := make([]claims.Fact, len(rows))
	for i := range rows {
		facts[i] = factOf(&rows[i])
	}
	rel := claims.Relate(facts)
	out := make([]Claim, len(rows))
	for i := range rows {
		c := Claim{ClaimRow: rows[i], Stance: claims.StanceOf(rows[i].Event, rows[i].Polarity), Sources: rel.Sources(i), contested: rel.Contested[i]}
		for _, j := range rel.Contradicts[i] {
			c.Contradictions = append(c.Contradictions, rows[j].ID)
		}
		for _, j := range rel.Corroborates[i] {
			c.Corroborations = append(c.Corroborations, rows[j].ID)
		}
		out[i] = c
	}
	return out
}

func factOf(r *store.ClaimRow) claims.Fact {
	f := claims.Fact{Event: r.Event, Polarity: r.Polarity, Mode: r.Mode, Source: r.Story, Claimant: "name:" + r.Claimant.Name}
	if r.Actor != nil {
		f.Actor = r.Actor.ID
	}
	if r.Issue != nil {
		f.Issue = r.Issue.ID
	}
	if r.Claimant.Actor != nil {
		f.Claimant = r.Claimant.Actor.ID
	}
	return f
}

// PositionQuery filters Positions. Zero fields do not filter.
type PositionQuery struct {
	Issue string // an issue id; its sub-issues count too
	Actor string
	AsOf  time.Time
}

// Position is one cell of the actor × issue matrix: the actor's latest stance on the issue and the claims
// behind it.
type Position struct {
	Actor claims.ActorRef `json:"actor"`
	Issue claims.IssueRef `json:"issue"`
	// Stance is that of the latest claim that takes one (hypotheticals only when nothing else does); Event,
	// Polarity and Mode are that claim's.
	Stance   claims.Stance   `json:"stance"`
	Event    claims.Event    `json:"event"`
	Polarity claims.Polarity `json:"polarity"`
	Mode     claims.Mode     `json:"mode"`
	// Mixed is set when the claims of the latest day disagree.
	Mixed bool `json:"mixed,omitempty"`
	// Claims and Sources count the claims and the independent sources (story clusters) behind the cell.
	Claims    int       `json:"claims"`
	Sources   int       `json:"sources"`
	Contested bool      `json:"contested,omitempty"`
	Latest    time.Time `json:"latest"`
	// Evidence is every claim of the cell, newest first.
	Evidence []Claim `json:"evidence"`
	decider  int
}

// Positions adds claims about issues up into one position per actor and issue, ordered by issue (codebook
// order) and then actor name.
func (s *Service) Positions(ctx context.Context, q PositionQuery) ([]Position, error) {
	cs, err := s.Claims(ctx, Query{Issue: q.Issue, Actor: q.Actor, AsOf: q.AsOf, WithIssue: true})
	if err != nil {
		return nil, err
	}
	type key struct{ actor, issue string }
	cells := map[key]*Position{}
	var order []key
	for _, c := range cs {
		if c.Actor == nil || c.Issue == nil {
			continue
		}
		k := key{c.Actor.ID, c.Issue.ID}
		p, ok := cells[k]
		if !ok {
			p = &Position{Actor: *c.Actor, Issue: *c.Issue}
			cells[k] = p
			order = append(order, k)
		}
		p.Evidence = append(p.Evidence, c)
	}
	out := make([]Position, 0, len(order))
	for _, k := range order {
		p := cells[k]
		finish(p)
		out = append(out, *p)
	}
	rank := s.issueRank()
	slices.SortStableFunc(out, func(a, b Position) int {
		return cmp.Or(cmp.Compare(rank(a.Issue.ID), rank(b.Issue.ID)), cmp.Compare(a.Issue.ID, b.Issue.ID),
			cmp.Compare(a.Actor.Name, b.Actor.Name), cmp.Compare(a.Actor.ID, b.Actor.ID))
	})
	return out, nil
}

// Decider is the claim that decides the cell's stance.
func (p *Position) Decider() *Claim { return &p.Evidence[p.decider] }

// finish orders a cell's evidence newest first and decides its stance and counts.
func finish(p *Position) {
	slices.SortStableFunc(p.Evidence, func(a, b Claim) int { return newer(&a, &b) })
	stories := map[int64]bool{}
	var decider *Claim
	for i := range p.Evidence {
		c := &p.Evidence[i]
		stories[c.Story] = true
		if c.Contested() {
			p.Contested = true
		}
		if c.Stance == claims.StanceUnclear {
			continue
		}
		if decider == nil || (decider.Mode == claims.Hypothetical && c.Mode != claims.Hypothetical) {
			decider, p.decider = c, i
		}
	}
	p.Claims, p.Sources = len(p.Evidence), len(stories)
	p.Latest = p.Evidence[0].Date()
	p.Stance = claims.StanceUnclear
	if decider == nil {
		decider, p.decider = &p.Evidence[0], 0
	} else {
		p.Stance = decider.Stance
		day := dayOf(decider.Date())
		for i := range p.Evidence {
			c := &p.Evidence[i]
			if c.Stance != claims.StanceUnclear && c.Mode != claims.Hypothetical && c.Stance != p.Stance && dayOf(c.Date()) == day {
				p.Mixed = true
			}
		}
	}
	p.Event, p.Polarity, p.Mode = decider.Event, decider.Polarity, decider.Mode
}

// newer orders claims newest first: by date, then by their document's date, then by id.
func newer(a, b *Claim) int {
	return cmp.Or(b.Date().Compare(a.Date()), b.DocDate.Compare(a.DocDate), cmp.Compare(b.ID, a.ID))
}

func dayOf(t time.Time) string { return t.UTC().Format(time.DateOnly) }

// issueRank orders issues as the codebook lists them; unknown issues come last.
func (s *Service) issueRank() func(string) int {
	idx := map[string]int{}
	if s.cb != nil {
		for i, is := range s.cb.Issues {
			idx[is.ID] = i
		}
	}
	return func(id string) int {
		if i, ok := idx[id]; ok {
			return i
		}
		return len(idx)
	}
}

// Timeline lists the claims about an issue (sub-issues included) published by asOf, oldest first.
func (s *Service) Timeline(ctx context.Context, issue string, asOf time.Time) ([]Claim, error) {
	if issue == "" {
		return nil, fmt.Errorf("timeline: no issue given")
	}
	return s.Claims(ctx, Query{Issue: issue, AsOf: asOf, WithIssue: true})
}

// IssueSummary is one issue with how much the ledger holds about it.
type IssueSummary struct {
	ID        string    `json:"id"`
	Label     string    `json:"label"`
	Parent    string    `json:"parent,omitempty"`
	Claims    int       `json:"claims"`
	Actors    int       `json:"actors"`
	Contested int       `json:"contested"`
	Latest    time.Time `json:"latest,omitzero"`
}

// IssueSummaries lists the codebook's issues (and any other issue claims name) with their claims published
// by asOf, in codebook order.
func (s *Service) IssueSummaries(ctx context.Context, asOf time.Time) ([]IssueSummary, error) {
	cs, err := s.Claims(ctx, Query{AsOf: asOf, WithIssue: true})
	if err != nil {
		return nil, err
	}
	byID := map[string]*IssueSummary{}
	var out []*IssueSummary
	if s.cb != nil {
		for _, is := range s.cb.Issues {
			sum := &IssueSummary{ID: is.ID, Label: is.Label, Parent: is.Parent}
			byID[is.ID] = sum
			out = append(out, sum)
		}
	}
	actors := map[string]map[string]bool{}
	for _, c := range cs {
		sum, ok := byID[c.Issue.ID]
		if !ok {
			sum = &IssueSummary{ID: c.Issue.ID, Label: c.Issue.Label}
			byID[c.Issue.ID] = sum
			out = append(out, sum)
		}
		sum.Claims++
		if c.Contested() {
			sum.Contested++
		}
		if d := c.Date(); d.After(sum.Latest) {
			sum.Latest = d
		}
		if c.Actor != nil {
			if actors[c.Issue.ID] == nil {
				actors[c.Issue.ID] = map[string]bool{}
			}
			actors[c.Issue.ID][c.Actor.ID] = true
		}
	}
	res := make([]IssueSummary, len(out))
	for i, sum := range out {
		sum.Actors = len(actors[sum.ID])
		res[i] = *sum
	}
	return res, nil
}

// IssueLabel is the label of an issue id, from the codebook or the claims.
func (s *Service) IssueLabel(id string) string {
	if s.cb != nil {
		if is, ok := s.cb.Issue(id); ok {
			return is.Label
		}
	}
	return id
}
