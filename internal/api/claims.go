package api

import (
	"context"
	"time"
)

// Claims is what the API and the web UI need of the claims layer (internal/claims): claims about actors'
// positions on negotiation issues, drawn from statements. Options.Claims may be nil until a ledger holds
// claims; the claim routes then answer 501 and the pages say there are none yet.
//
// Actors are the store's actors (store.ActorRow.ID); issues are codebook issue ids ("security-guarantees").
type Claims interface {
	// Claims lists claims matching q, newest first.
	Claims(ctx context.Context, q ClaimQuery) ([]Claim, error)
	// Positions aggregates claims into one position per actor and issue.
	Positions(ctx context.Context, q PositionQuery) ([]Position, error)
	// Timeline lists the dated claims on one issue up to asOf (zero: all), oldest first.
	Timeline(ctx context.Context, issue string, asOf time.Time) ([]TimelinePoint, error)
	// Issues lists the issues claims are about, with counts.
	Issues(ctx context.Context) ([]IssueSummary, error)
}

// Stance is the position a claim gives an actor on an issue.
type Stance string

// Stances the views know how to colour; any other value is shown as neutral.
const (
	StanceAgree   Stance = "agree"   // accepts, supports, has agreed to
	StanceReject  Stance = "reject"  // rejects, opposes, refuses
	StanceMixed   Stance = "mixed"   // a position whose claims disagree (Positions only)
	StanceUnclear Stance = "unclear" // mentioned without a readable stance
)

// ClaimQuery filters Claims. Zero fields do not filter.
type ClaimQuery struct {
	Issue       string // codebook issue id; includes its sub-issues
	ActorID     int64  // the actor the claim is about (Claim.HolderID)
	ClaimantID  int64  // the actor who made the claim (Claim.ClaimantID)
	DocumentID  int64
	StatementID int64
	// Contested keeps only claims that another claim contradicts (same holder and issue, opposite stance).
	Contested    bool
	Since, Until time.Time // Since inclusive, Until exclusive, on Claim.Date
	Limit        int       // 0 means no limit
	Offset       int
}

// Claim is one statement's claim that an actor holds a stance on an issue: Witkoff (claimant) says Putin
// (holder) agreed to (stance) security guarantees (issue).
type Claim struct {
	ID          int64     `json:"id"`
	Issue       string    `json:"issue"`
	HolderID    int64     `json:"holder_id,omitempty"`
	Holder      string    `json:"holder"`
	ClaimantID  int64     `json:"claimant_id,omitempty"`
	Claimant    string    `json:"claimant"`
	Stance      Stance    `json:"stance"`
	Text        string    `json:"text"` // the words of the statement the claim was read from
	StatementID int64     `json:"statement_id"`
	DocumentID  int64     `json:"document_id"`
	Date        time.Time `json:"date,omitzero"` // the document's date
	// Sources counts the independent sources that report the claim: copies of one wire story count once.
	Sources   int  `json:"sources"`
	Contested bool `json:"contested"`
}

// PositionQuery filters Positions. Zero fields do not filter.
type PositionQuery struct {
	Issue   string
	ActorID int64
	AsOf    time.Time // only claims dated before the end of this day; zero means all
}

// Position is an actor's stance on an issue as the claims about it add up.
type Position struct {
	ActorID   int64     `json:"actor_id"`
	Actor     string    `json:"actor"`
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
	ActorID  int64     `json:"actor_id"`
	Actor    string    `json:"actor"`
	Stance   Stance    `json:"stance"`
	ClaimID  int64     `json:"claim_id"`
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

// Copies is implemented by a ledger that groups copies of one wire story (internal/dedup clusters); the
// document page then links the other copies. It is optional.
type Copies interface {
	// Copies returns the ids of the other documents in docID's story cluster, or none.
	Copies(ctx context.Context, docID int64) ([]int64, error)
}
