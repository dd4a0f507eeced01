package api

import (
	"context"
	"time"

	"github.com/parley-ledger/parley/internal/text"
)

// Claims is what the API and the web UI need of the claims layer (internal/claims and the store's claim
// tables): stored claims, the positions they add up to, and issue timelines. Options.Claims may be nil until
// a ledger holds claims; the claim routes then answer 501 and the pages say there are none yet.
//
// The types mirror internal/claims (ActorRef, Claimant, Event, Polarity, Mode) with what only a stored claim
// has added: ids, the document's date, independent sources and contradiction. Actors are named as there: a
// codebook id ("putin") or an "auto-..." id for a name outside the codebook. Issues are codebook issue ids.
type Claims interface {
	// Claims lists stored claims matching q, newest first.
	Claims(ctx context.Context, q ClaimQuery) ([]Claim, error)
	// Positions aggregates claims into one stance per actor and issue.
	Positions(ctx context.Context, q PositionQuery) ([]Position, error)
	// Timeline lists the dated claims on one issue (sub-issues included) up to the end of asOf's day (zero:
	// all), oldest first.
	Timeline(ctx context.Context, issue string, asOf time.Time) ([]TimelinePoint, error)
	// Issues lists the codebook's issues with how many claims each has.
	Issues(ctx context.Context) ([]IssueSummary, error)
}

// Stance is the position a claim gives its actor on its issue, or a position adds up to.
type Stance string

// Stances the views colour; any other value is shown as neutral.
const (
	StanceAgree   Stance = "agree"   // accepts, supports, has agreed to
	StanceReject  Stance = "reject"  // rejects, opposes, refuses
	StanceMixed   Stance = "mixed"   // claims that disagree (positions only)
	StanceUnclear Stance = "unclear" // named without a readable stance
)

// ActorRef names an actor as internal/claims does.
type ActorRef struct {
	ID   string `json:"id"`             // codebook id, or "auto-..." for a name outside the codebook
	Name string `json:"name"`           // display name
	Kind string `json:"kind,omitempty"` // person, government, organisation, group, or unknown
}

// Claimant is who makes a claim: a statement's speaker, or the outlet for the reporter's own narration.
type Claimant struct {
	Name  string    `json:"name"`
	Kind  string    `json:"kind"` // speaker, outlet or document, as in internal/claims
	Actor *ActorRef `json:"actor,omitempty"`
}

// ClaimQuery filters Claims. Zero fields do not filter.
type ClaimQuery struct {
	Issue       string // codebook issue id; its sub-issues count too
	Actor       string // ActorRef.ID of the actor the claim is about
	Claimant    string // ActorRef.ID of the claimant's actor
	Event       string // PLOVER event: AGREE, REJECT, ...
	DocumentID  int64
	StatementID int64
	// Contested keeps only claims that another claim contradicts.
	Contested    bool
	Since, Until time.Time // Since inclusive, Until exclusive, on Claim.Date
	Limit        int       // 0 means no limit
	Offset       int
}

// Claim is one stored claim: Witkoff (claimant) says Putin (actor) has agreed to (event, polarity, mode)
// security guarantees (issue).
type Claim struct {
	ID          int64     `json:"id"`
	DocumentID  int64     `json:"document_id"`
	StatementID int64     `json:"statement_id,omitempty"` // 0 for the reporter's narration
	Actor       *ActorRef `json:"actor"`                  // nil when the text does not say
	Target      *ActorRef `json:"target,omitempty"`
	Event       string    `json:"event"`
	Issue       string    `json:"issue,omitempty"`
	Polarity    string    `json:"polarity"` // "+" or "-"
	Mode        string    `json:"mode"`     // asserted, negated, future, hypothetical, historical
	Claimant    Claimant  `json:"claimant"`
	// Stance is what the claim says of Actor's position on Issue.
	Stance Stance `json:"stance"`
	// Date is when the event happens as far as known: the claim's own time, else its document's date.
	Date time.Time `json:"date,omitzero"`
	// Evidence is the clause the claim was read from, in the document's raw text, and Text its words.
	Evidence text.Span `json:"evidence"`
	Text     string    `json:"text"`
	// Sources counts the independent sources that report the claim: copies of one wire story count once.
	Sources   int    `json:"sources"`
	Contested bool   `json:"contested"`
	Rule      string `json:"rule,omitempty"`
}

// PositionQuery filters Positions. Zero fields do not filter.
type PositionQuery struct {
	Issue string
	Actor string    // ActorRef.ID
	AsOf  time.Time // only claims up to the end of this day; zero means all
}

// Position is an actor's stance on an issue as the claims about it add up.
type Position struct {
	Actor     ActorRef  `json:"actor"`
	Issue     string    `json:"issue"`
	Stance    Stance    `json:"stance"`
	Claims    int       `json:"claims"`
	Sources   int       `json:"sources"` // independent sources behind the claims
	Contested bool      `json:"contested"`
	Latest    time.Time `json:"latest,omitzero"` // date of the newest claim
}

// TimelinePoint is one dated claim on an issue's timeline.
type TimelinePoint struct {
	Date     time.Time `json:"date"`
	Actor    ActorRef  `json:"actor"`
	Stance   Stance    `json:"stance,omitempty"`
	Event    string    `json:"event,omitempty"`
	ClaimID  int64     `json:"claim_id,omitempty"`
	Claimant string    `json:"claimant,omitempty"`
	Sources  int       `json:"sources"`
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
