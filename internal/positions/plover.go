package positions

import (
	"strconv"
	"strings"

	"github.com/parley-ledger/parley/internal/claims"
)

// PloverEvent is one claim as a PLOVER-style event record. The core fields follow PLOVER's event data
// (id, date, event, source and target actors, location, text, citation); what PLOVER has no field for —
// polarity, Parley's mode, the claimant, the issue, the evidence span and the rule — is under the extension
// key "x_parley".
type PloverEvent struct {
	ID       string      `json:"id"`
	Date     string      `json:"date"`
	Event    string      `json:"event"`
	SrcActor string      `json:"src_actor"`
	TgtActor string      `json:"tgt_actor,omitempty"`
	Location string      `json:"location,omitempty"`
	Source   string      `json:"source,omitempty"` // the outlet
	URL      string      `json:"url,omitempty"`
	Text     string      `json:"text"`
	Parley   PloverExtra `json:"x_parley"`
}

// PloverExtra is Parley's extension of a PLOVER record.
type PloverExtra struct {
	ClaimID  int64            `json:"claim_id"`
	Actor    *claims.ActorRef `json:"actor"`
	Target   *claims.ActorRef `json:"target,omitempty"`
	Polarity claims.Polarity  `json:"polarity"`
	Mode     claims.Mode      `json:"mode"`
	Claimant claims.Claimant  `json:"claimant"`
	Issue    *claims.IssueRef `json:"issue"`
	When     any              `json:"when"`
	Evidence PloverEvidence   `json:"evidence"`
	Stance   claims.Stance    `json:"stance"`
	Sources  int              `json:"sources"`
	// Contradicts and Corroborates list the x_parley.claim_id of related records.
	Contradicts  []int64 `json:"contradicts,omitempty"`
	Corroborates []int64 `json:"corroborates,omitempty"`
	Rule         string  `json:"rule"`
}

// PloverEvidence locates a claim's evidence in its document.
type PloverEvidence struct {
	Doc        string `json:"doc"`
	DocumentID int64  `json:"document_id"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
}

// Plover turns a claim into a PLOVER-style record.
func Plover(c *Claim) PloverEvent {
	ev := PloverEvent{
		ID:       "parley-" + strconv.FormatInt(c.DocumentID, 10) + "-" + strconv.Itoa(c.Seq),
		Date:     c.Date().Format("2006-01-02"),
		Event:    string(c.Event),
		Location: c.Place,
		Source:   c.DocOutlet,
		URL:      c.DocURL,
		Text:     c.Text,
		Parley: PloverExtra{
			ClaimID: c.ID, Actor: c.Actor, Target: c.Target, Polarity: c.Polarity, Mode: c.Mode, Claimant: c.Claimant,
			Issue: c.Issue, When: WhenValue(&c.ClaimRow), Stance: c.Stance, Sources: c.Sources,
			Contradicts: c.Contradictions, Corroborates: c.Corroborations, Rule: c.Rule,
			Evidence: PloverEvidence{Doc: c.DocName, DocumentID: c.DocumentID, Start: c.Evidence.Start, End: c.Evidence.End},
		},
	}
	if d := c.WhenValue; len(d) >= 10 && !strings.Contains(d, "/") {
		ev.Date = d[:10]
	}
	if c.Actor != nil {
		ev.SrcActor = c.Actor.ID
	}
	if c.Target != nil {
		ev.TgtActor = c.Target.ID
	}
	return ev
}
