package positions

import (
	"context"
	"slices"
	"time"

	"github.com/parley-ledger/parley/internal/api"
	"github.com/parley-ledger/parley/internal/claims"
)

// ForAPI serves s to the JSON API and the web UI (api.Options.Claims).
func ForAPI(s *Service) api.Claims { return apiClaims{s} }

type apiClaims struct{ s *Service }

var _ api.Claims = apiClaims{}

// Claims lists claims newest first.
func (a apiClaims) Claims(ctx context.Context, q api.ClaimQuery) ([]api.Claim, error) {
	var ev claims.Event
	if q.Event != "" {
		var err error
		if ev, err = claims.ParseEvent(q.Event); err != nil {
			return nil, err
		}
	}
	cs, err := a.s.Claims(ctx, Query{
		Issue: q.Issue, Actor: q.Actor, Claimant: q.Claimant, Event: ev, DocumentID: q.DocumentID,
		StatementID: q.StatementID, Contested: q.Contested, Since: q.Since, Until: q.Until,
	})
	if err != nil {
		return nil, err
	}
	slices.Reverse(cs)
	if q.Offset > 0 {
		cs = cs[min(q.Offset, len(cs)):]
	}
	if q.Limit > 0 && len(cs) > q.Limit {
		cs = cs[:q.Limit]
	}
	out := make([]api.Claim, len(cs))
	for i := range cs {
		out[i] = apiClaim(&cs[i])
	}
	return out, nil
}

func apiRef(r *claims.ActorRef) *api.ActorRef {
	if r == nil {
		return nil
	}
	return &api.ActorRef{ID: r.ID, Name: r.Name, Kind: r.Kind}
}

func apiClaim(c *Claim) api.Claim {
	out := api.Claim{
		ID: c.ID, DocumentID: c.DocumentID, StatementID: c.StatementID, Actor: apiRef(c.Actor), Target: apiRef(c.Target),
		Event: string(c.Event), Polarity: string(c.Polarity), Mode: string(c.Mode),
		Claimant: api.Claimant{Name: c.Claimant.Name, Kind: c.Claimant.Kind, Actor: apiRef(c.Claimant.Actor)},
		Stance:   api.Stance(c.Stance), Date: c.Date(), Evidence: c.Evidence, Text: c.Text, Sources: c.Sources,
		Contested: c.Contested(), Rule: c.Rule,
	}
	if c.Issue != nil {
		out.Issue = c.Issue.ID
	}
	return out
}

func (a apiClaims) Positions(ctx context.Context, q api.PositionQuery) ([]api.Position, error) {
	ps, err := a.s.Positions(ctx, PositionQuery{Issue: q.Issue, Actor: q.Actor, AsOf: q.AsOf})
	if err != nil {
		return nil, err
	}
	out := make([]api.Position, len(ps))
	for i, p := range ps {
		st := api.Stance(p.Stance)
		if p.Mixed {
			st = api.StanceMixed
		}
		out[i] = api.Position{
			Actor: *apiRef(&p.Actor), Issue: p.Issue.ID, Stance: st, Claims: p.Claims, Sources: p.Sources,
			Contested: p.Contested, Latest: p.Latest,
		}
	}
	return out, nil
}

func (a apiClaims) Timeline(ctx context.Context, issue string, asOf time.Time) ([]api.TimelinePoint, error) {
	cs, err := a.s.Timeline(ctx, issue, asOf)
	if err != nil {
		return nil, err
	}
	out := make([]api.TimelinePoint, 0, len(cs))
	for _, c := range cs {
		p := api.TimelinePoint{
			Date: c.Date(), Stance: api.Stance(c.Stance), Event: string(c.Event), ClaimID: c.ID,
			Claimant: c.Claimant.Name, Sources: c.Sources,
		}
		if c.Actor != nil {
			p.Actor = *apiRef(c.Actor)
		} else {
			p.Actor = api.ActorRef{Name: "(not named)", Kind: "unknown"}
		}
		out = append(out, p)
	}
	return out, nil
}

func (a apiClaims) Issues(ctx context.Context) ([]api.IssueSummary, error) {
	is, err := a.s.IssueSummaries(ctx, time.Time{})
	if err != nil {
		return nil, err
	}
	out := make([]api.IssueSummary, len(is))
	for i, s := range is {
		out[i] = api.IssueSummary{ID: s.ID, Label: s.Label, Parent: s.Parent, Claims: s.Claims, Actors: s.Actors, Contested: s.Contested, Latest: s.Latest}
	}
	return out, nil
}
