package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/parley-ledger/parley/internal/claims"
	"github.com/parley-ledger/parley/internal/text"
)

// ClaimQuery filters Claims. Zero fields do not filter.
type ClaimQuery struct {
	// Issues keeps claims about any of these issue ids.
	Issues []string
	// WithIssue keeps only claims about some issue.
	WithIssue bool
	// Actor and Claimant keep claims whose actor (or claimant's actor) has this id: a codebook id ("putin")
	// or the "auto-..." id of an actor outside the codebook (see ActorRefID).
	Actor, Claimant string
	Event           claims.Event
	DocumentID      int64
	StatementID     int64
	// AsOf keeps claims from documents published (or, without a date, ingested) by the end of AsOf's
	// calendar day, in AsOf's location.
	AsOf time.Time
	// Since (inclusive) and Until (exclusive) bound the claim's date: its own time, else its document's.
	Since, Until time.Time
	Limit        int // 0 means no limit
	Offset       int
}

// ClaimRow is one stored claim with the document it came from.
type ClaimRow struct {
	ID          int64            `json:"id"`
	DocumentID  int64            `json:"document_id"`
	Seq         int              `json:"seq"`
	StatementID int64            `json:"statement_id,omitempty"` // 0 for narration
	Actor       *claims.ActorRef `json:"actor"`
	Target      *claims.ActorRef `json:"target,omitempty"`
	Event       claims.Event     `json:"event"`
	Issue       *claims.IssueRef `json:"issue"`
	Polarity    claims.Polarity  `json:"polarity"`
	Mode        claims.Mode      `json:"mode"`
	Claimant    claims.Claimant  `json:"claimant"`
	// WhenStart and WhenEnd bound the claim's time ([start, end), equal for an instant; zero when unknown);
	// WhenValue is its ISO form in the document's calendar ("2025-08-15", "2025-06-01/2025-08-18").
	WhenStart  time.Time `json:"when_start,omitzero"`
	WhenEnd    time.Time `json:"when_end,omitzero"`
	WhenGrain  string    `json:"when_grain,omitempty"`
	WhenValue  string    `json:"when_value,omitempty"`
	WhenText   string    `json:"when_text,omitempty"`
	WhenSource string    `json:"when_source,omitempty"`
	Place      string    `json:"place,omitempty"`
	Evidence   text.Span `json:"evidence"`
	Trigger    text.Span `json:"trigger"`
	Text       string    `json:"text"` // the evidence's words
	Rule       string    `json:"rule"`
	Explain    string    `json:"explain,omitempty"`
	Codebook   string    `json:"codebook,omitempty"`

	DocName      string    `json:"doc_name"`
	DocTitle     string    `json:"doc_title,omitempty"`
	DocOutlet    string    `json:"doc_outlet,omitempty"`
	DocURL       string    `json:"doc_url,omitempty"`
	DocPublished time.Time `json:"doc_published,omitzero"`
	// DocDate is the document's date: published, else ingested.
	DocDate time.Time `json:"doc_date"`
	// Story is the document's story cluster (copies of one wire story share it); the document's own id
	// until it is clustered.
	Story int64 `json:"story"`
}

// Date is the claim's date for ordering: its own start, else its document's date.
func (r *ClaimRow) Date() time.Time {
	if !r.WhenStart.IsZero() {
		return r.WhenStart
	}
	return r.DocDate
}

// ActorRefID is the id claims name a stored actor by: its codebook id, or "auto-" and its key with hyphens.
func ActorRefID(codebookID, key string) string {
	if codebookID != "" {
		return codebookID
	}
	return "auto-" + strings.ReplaceAll(key, " ", "-")
}

// actorRefCond matches the actor column alias a against an ActorRefID.
func actorRefCond(a *args, alias, id string) string {
	if key, ok := strings.CutPrefix(id, "auto-"); ok {
		return fmt.Sprintf("(%s.codebook_id IS NULL AND %s.key = %s)", alias, alias, a.add(strings.ReplaceAll(key, "-", " ")))
	}
	return fmt.Sprintf("%s.codebook_id = %s", alias, a.add(id))
}

const claimColumns = `c.id, c.document_id, c.seq, c.statement_id, c.event, c.issue, c.issue_label, c.polarity, c.mode,
	c.claimant, c.claimant_kind, c.when_start, c.when_end, c.when_grain, c.when_value, c.when_text, c.when_source,
	c.place, c.evidence_start, c.evidence_end, c.evidence_text, c.trigger_start, c.trigger_end, c.rule, c.explain,
	c.codebook, d.name, d.title, d.outlet, d.url, d.published, ` + docDate + `, COALESCE(d.cluster_id, d.id),
	a.id, a.key, a.name, a.type, a.codebook_id, t.id, t.key, t.name, t.type, t.codebook_id,
	ca.id, ca.key, ca.name, ca.type, ca.codebook_id`

// claimDate is a claim's own time, else its document's date.
const claimDate = "COALESCE(c.when_start, " + docDate + ")"

// Claims lists claims matching q by claim date, then document and position in it.
func (s *sqlLedger) Claims(ctx context.Context, q ClaimQuery) ([]ClaimRow, error) {
	var a args
	var where []string
	if len(q.Issues) > 0 {
		ph := make([]string, len(q.Issues))
		for i, is := range q.Issues {
			ph[i] = a.add(is)
		}
		where = append(where, "c.issue IN ("+strings.Join(ph, ", ")+")")
	}
	if q.WithIssue {
		where = append(where, "c.issue <> ''")
	}
	if q.Actor != "" {
		where = append(where, actorRefCond(&a, "a", q.Actor))
	}
	if q.Claimant != "" {
		where = append(where, actorRefCond(&a, "ca", q.Claimant))
	}
	if q.Event != "" {
		where = append(where, "c.event = "+a.add(string(q.Event)))
	}
	if q.DocumentID != 0 {
		where = append(where, "c.document_id = "+a.add(q.DocumentID))
	}
	if q.StatementID != 0 {
		where = append(where, "c.statement_id = "+a.add(q.StatementID))
	}
	if !q.AsOf.IsZero() {
		where = append(where, docDate+" < "+a.add(s.d.timeArg(EndOfDay(q.AsOf))))
	}
	if !q.Since.IsZero() {
		where = append(where, claimDate+" >= "+a.add(s.d.timeArg(q.Since)))
	}
	if !q.Until.IsZero() {
		where = append(where, claimDate+" < "+a.add(s.d.timeArg(q.Until)))
	}
	var b strings.Builder
	b.WriteString("SELECT " + claimColumns + `
		FROM claims c
		JOIN documents d ON d.id = c.document_id
		LEFT JOIN actors a ON a.id = c.actor_id
		LEFT JOIN actors t ON t.id = c.target_id
		LEFT JOIN actors ca ON ca.id = c.claimant_id`)
	if len(where) > 0 {
		b.WriteString(" WHERE " + strings.Join(where, " AND "))
	}
	// A whole listing is sorted here rather than by the database, whose sorter would copy every column of
	// every claim (tens of thousands for positions): the same order, at a fraction of the cost.
	sortHere := q.Limit == 0 && q.Offset == 0
	if !sortHere {
		b.WriteString(" ORDER BY " + claimDate + ", c.document_id, c.seq")
		b.WriteString(s.d.limit(&a, q.Limit, q.Offset))
	}
	rows, err := s.r.QueryContext(ctx, b.String(), a.vals...)
	if err != nil {
		return nil, fmt.Errorf("list claims: %w", err)
	}
	defer rows.Close()
	var out []ClaimRow
	for rows.Next() {
		r, err := scanClaim(rows)
		if err != nil {
			return nil, fmt.Errorf("list claims: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list claims: %w", err)
	}
	if sortHere {
		slices.SortFunc(out, func(x, y ClaimRow) int {
			return cmp.Or(x.Date().Compare(y.Date()), cmp.Compare(x.DocumentID, y.DocumentID), cmp.Compare(x.Seq, y.Seq))
		})
	}
	return out, nil
}

// EndOfDay is the start of the calendar day after t's, in t's location: "as of 2025-08-18" includes all of
// the 18th.
func EndOfDay(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location()).AddDate(0, 0, 1)
}

// nullActor is an optional joined actor row.
type nullActor struct {
	id                   sql.NullInt64
	key, name, typ, cbID sql.NullString
}

func (n *nullActor) dest() []any { return []any{&n.id, &n.key, &n.name, &n.typ, &n.cbID} }

func (n *nullActor) ref() *claims.ActorRef {
	if !n.id.Valid {
		return nil
	}
	return &claims.ActorRef{ID: ActorRefID(n.cbID.String, n.key.String), Name: n.name.String, Kind: n.typ.String, Codebook: n.cbID.Valid}
}

func scanClaim(sc interface{ Scan(...any) error }) (ClaimRow, error) {
	var (
		r                             ClaimRow
		stmtID                        sql.NullInt64
		event, issue, label, pol, mod string
		ws, we, published, date       sql.NullString
		actor, target, claimant       nullActor
	)
	dest := []any{&r.ID, &r.DocumentID, &r.Seq, &stmtID, &event, &issue, &label, &pol, &mod,
		&r.Claimant.Name, &r.Claimant.Kind, &ws, &we, &r.WhenGrain, &r.WhenValue, &r.WhenText, &r.WhenSource,
		&r.Place, &r.Evidence.Start, &r.Evidence.End, &r.Text, &r.Trigger.Start, &r.Trigger.End, &r.Rule, &r.Explain,
		&r.Codebook, &r.DocName, &r.DocTitle, &r.DocOutlet, &r.DocURL, &published, &date, &r.Story}
	dest = append(dest, actor.dest()...)
	dest = append(dest, target.dest()...)
	dest = append(dest, claimant.dest()...)
	if err := sc.Scan(dest...); err != nil {
		return r, err
	}
	r.StatementID = stmtID.Int64
	r.Event, r.Polarity, r.Mode = claims.Event(event), claims.Polarity(pol), claims.Mode(mod)
	if issue != "" {
		r.Issue = &claims.IssueRef{ID: issue, Label: label}
	}
	r.Actor, r.Target, r.Claimant.Actor = actor.ref(), target.ref(), claimant.ref()
	var err error
	for _, f := range []struct {
		dst *time.Time
		src sql.NullString
	}{{&r.WhenStart, ws}, {&r.WhenEnd, we}, {&r.DocPublished, published}, {&r.DocDate, date}} {
		if *f.dst, err = parseTime(f.src); err != nil {
			return r, fmt.Errorf("claim %d: %w", r.ID, err)
		}
	}
	return r, nil
}
