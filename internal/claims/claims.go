// Package claims owns the negotiation ledger's claims: who (actor) did or stands for what (event, in the
// PLOVER vocabulary) about which negotiation issue, with what polarity and mode, according to whom
// (claimant: the speaker of a statement, or the outlet for the reporter's own narration), when, and on what
// evidence (a byte span of the document). Claims are derived by deterministic rules from a document's text
// layer, its attributions and a codebook; each claim names the rules that produced it.
//
// The package also owns what is computed from claims rather than stored: how claims relate (contradiction,
// corroboration), an actor's stance on an issue, the positions matrix, and the PLOVER-style export record.
package claims

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/timex"
)

// Event is a PLOVER event type.
type Event string

// The events the rules recognise.
const (
	Agree     Event = "AGREE"     // agree to, accept, sign
	Reject    Event = "REJECT"    // reject, refuse, deny, rule out
	Consult   Event = "CONSULT"   // meet, talk, negotiate, visit
	Request   Event = "REQUEST"   // ask, demand, urge, call for, want
	Concede   Event = "CONCEDE"   // concede, yield, return, allow, withdraw
	Assure    Event = "ASSURE"    // offer, promise, guarantee, be ready to
	Support   Event = "SUPPORT"   // support, back, endorse, welcome
	Accuse    Event = "ACCUSE"    // accuse, blame, condemn, criticise
	Threaten  Event = "THREATEN"  // threaten, warn
	Cooperate Event = "COOPERATE" // join, cooperate
)

// Events lists every event, in a fixed order.
var Events = []Event{Agree, Reject, Consult, Request, Concede, Assure, Support, Accuse, Threaten, Cooperate}

// ParseEvent reads an event name, case-insensitively.
func ParseEvent(s string) (Event, error) {
	for _, e := range Events {
		if equalFoldASCII(s, string(e)) {
			return e, nil
		}
	}
	return "", fmt.Errorf("unknown event %q", s)
}

// Polarity says whether the event is asserted to happen (+) or not (-).
type Polarity string

const (
	Positive Polarity = "+"
	Negative Polarity = "-"
)

// Flip returns the opposite polarity.
func (p Polarity) Flip() Polarity {
	if p == Negative {
		return Positive
	}
	return Negative
}

// Mode says how the event is presented.
type Mode string

const (
	Asserted     Mode = "asserted"     // it happens or happened: "has agreed"
	Negated      Mode = "negated"      // it does not or did not: "did not agree"
	Future       Mode = "future"       // it will, is set to, plans to
	Hypothetical Mode = "hypothetical" // could, would, might, if, in a scenario where
	Historical   Mode = "historical"   // a stance of long standing or a pluperfect: "has long rejected"
)

// Modes lists every mode.
var Modes = []Mode{Asserted, Negated, Future, Hypothetical, Historical}

// ActorRef names an actor: a codebook actor (ID is its codebook id) or one made from a name in the text when
// no codebook entry matches (ID starts with "auto-"; it is only unique within one document until stored).
type ActorRef struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Kind     string `json:"kind,omitempty"`     // person, government, organisation, group, or unknown
	Codebook bool   `json:"codebook,omitempty"` // the ID is a codebook id
}

// IssueRef names a codebook issue.
type IssueRef struct {
	ID    string `json:"id"`
	Label string `json:"label"`
}

// Claimant kinds.
const (
	ClaimantSpeaker  = "speaker"  // the speaker of a statement
	ClaimantOutlet   = "outlet"   // the outlet, for the reporter's own narration
	ClaimantDocument = "document" // narration in a document whose outlet is not known
)

// Claimant is who makes a claim: a statement's speaker, or the outlet (or the document) for narration.
type Claimant struct {
	Name  string    `json:"name"`
	Kind  string    `json:"kind"`
	Actor *ActorRef `json:"actor,omitempty"`
}

// When sources.
const (
	WhenText     = "text"     // a time expression in the claim's clause
	WhenAnchor   = "anchor"   // the time of the same event told elsewhere in the document
	WhenDocument = "document" // the document's publication date
)

// When is when a claim's event happens, as resolved by timex, and where that came from.
type When struct {
	timex.When
	Source string `json:"source"` // WhenText, WhenAnchor or WhenDocument
}

// Zero reports whether no time is known.
func (w When) Zero() bool { return w.Start.IsZero() }

// MarshalJSON renders the time as timex does: an ISO date for a day, {start,end} for a range; null when
// unknown.
func (w When) MarshalJSON() ([]byte, error) {
	if w.Zero() {
		return []byte("null"), nil
	}
	return json.Marshal(w.Value())
}

// Claim is one event an actor is said to do or stand for, by one claimant, in one document.
type Claim struct {
	// Statement is the index of the statement whose content holds the claim, or -1 for narration.
	Statement int       `json:"statement"`
	Actor     *ActorRef `json:"actor"`            // nil when the text does not say (an agentless passive)
	Target    *ActorRef `json:"target,omitempty"` // the other party: "meet with Trump"
	Event     Event     `json:"event"`
	Issue     *IssueRef `json:"issue"`
	Polarity  Polarity  `json:"polarity"`
	Mode      Mode      `json:"mode"`
	Claimant  Claimant  `json:"claimant"`
	When      When      `json:"when"`
	Where     string    `json:"where,omitempty"` // a place named for the event: "Washington DC"
	// Evidence is the clause the claim was read from; Trigger the word or phrase that signals the event.
	Evidence text.Span `json:"evidence"`
	Trigger  text.Span `json:"trigger"`
	// Rule names the rules that fired, "+"-joined; Explain says in words how each part was decided.
	Rule    string `json:"rule"`
	Explain string `json:"explain,omitempty"`
}

// DayOf is the calendar day of t in t's location, as a When of day grain; the zero time gives a zero When.
func DayOf(t time.Time, source string) When {
	if t.IsZero() {
		return When{}
	}
	start := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
	return When{When: timex.When{Start: start, End: start.AddDate(0, 0, 1), Grain: timex.GrainDay}, Source: source}
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
