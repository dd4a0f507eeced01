package store

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/claims"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/timex"
)

// claimDoc is a short article with one statement and what the claims layer would derive from it.
func claimDoc(t *testing.T, name, speaker string, published time.Time) (*claimsFixture, []attrib.Statement) {
	t.Helper()
	raw := speaker + " said Russia has agreed to a ceasefire. Kyiv rejected the plan."
	doc := newDoc(name, raw, published)
	st := say(t, raw, attrib.Indirect, "Russia has agreed to a ceasefire", speaker, "person")
	src := spanOf(t, raw, speaker)
	st.Source = &src
	f := &claimsFixture{doc: doc}
	f.speaker = &claims.ActorRef{ID: "auto-x", Name: speaker, Kind: "person"}
	if speaker == "Steve Witkoff" {
		f.speaker = &claims.ActorRef{ID: "witkoff", Name: "Steve Witkoff", Kind: "person", Codebook: true}
	}
	russia := &claims.ActorRef{ID: "russia", Name: "Russian Government", Kind: "government", Codebook: true}
	ukraine := &claims.ActorRef{ID: "ukraine", Name: "Ukrainian Government", Kind: "government", Codebook: true}
	day := time.Date(2025, 8, 15, 0, 0, 0, 0, time.UTC)
	f.x = &Derived{
		Speakers: []*claims.ActorRef{f.speaker},
		Codebook: "test",
		Claims: []claims.Claim{{
			Statement: 0, Actor: russia, Event: claims.Agree, Issue: &claims.IssueRef{ID: "ceasefire", Label: "Ceasefire"},
			Polarity: claims.Positive, Mode: claims.Asserted,
			Claimant: claims.Claimant{Name: f.speaker.Name, Kind: claims.ClaimantSpeaker, Actor: f.speaker},
			When:     claims.When{When: timex.When{Start: day, End: day.AddDate(0, 0, 1), Grain: timex.GrainDay, Text: "Friday"}, Source: claims.WhenText},
			Evidence: spanOf(t, raw, "Russia has agreed to a ceasefire"), Trigger: spanOf(t, raw, "agreed"), Rule: "verb:agree",
		}, {
			Statement: -1, Actor: ukraine, Event: claims.Reject, Polarity: claims.Positive, Mode: claims.Asserted,
			Claimant: claims.Claimant{Name: "Test Outlet", Kind: claims.ClaimantOutlet},
			Evidence: spanOf(t, raw, "Kyiv rejected the plan"), Trigger: spanOf(t, raw, "rejected"), Rule: "verb:reject",
		}},
	}
	return f, []attrib.Statement{st}
}

type claimsFixture struct {
	doc     *ingest.Document
	speaker *claims.ActorRef
	x       *Derived
}

func TestSaveDocumentWithClaims(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := context.Background()
		pub := time.Date(2025, 8, 18, 7, 41, 0, 0, time.FixedZone("BST", 3600))
		f, stmts := claimDoc(t, "a", "Steve Witkoff", pub)
		res, err := s.SaveDocumentWith(ctx, f.doc, stmts, f.x)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := s.Claims(ctx, ClaimQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 2 {
			t.Fatalf("got %d claims, want 2", len(rows))
		}
		// Ordered by claim date: the claim dated Friday comes before the undated one (the document's date).
		c := rows[0]
		if c.Actor == nil || c.Actor.ID != "russia" || !c.Actor.Codebook || c.Event != claims.Agree || c.Issue == nil || c.Issue.ID != "ceasefire" {
			t.Errorf("first claim = %+v", c)
		}
		if c.Claimant.Actor == nil || c.Claimant.Actor.ID != "witkoff" || c.Claimant.Name != "Steve Witkoff" {
			t.Errorf("claimant = %+v", c.Claimant)
		}
		if c.StatementID == 0 || c.Text != "Russia has agreed to a ceasefire" || c.WhenValue != "2025-08-15" || c.WhenSource != claims.WhenText {
			t.Errorf("first claim statement/text/when = %d %q %q %q", c.StatementID, c.Text, c.WhenValue, c.WhenSource)
		}
		if c.Story != res.DocumentID || c.DocOutlet != "Test Outlet" || !c.DocPublished.Equal(pub) {
			t.Errorf("document fields = story %d outlet %q published %v", c.Story, c.DocOutlet, c.DocPublished)
		}
		if n := rows[1]; n.StatementID != 0 || n.Issue != nil || n.Claimant.Kind != claims.ClaimantOutlet || n.WhenValue != "" {
			t.Errorf("narration claim = %+v", n)
		}
		// The statement points at the codebook actor, which took the row of its name.
		st, err := s.Statements(ctx, StatementQuery{DocumentID: res.DocumentID})
		if err != nil {
			t.Fatal(err)
		}
		actors, err := s.Actors(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var witkoff ActorRow
		for _, a := range actors {
			if a.Name == "Steve Witkoff" {
				witkoff = a
			}
		}
		if witkoff.ID == 0 || st[0].ActorID != witkoff.ID || witkoff.Statements != 1 {
			t.Errorf("statement actor %d, Witkoff row %+v", st[0].ActorID, witkoff)
		}
		var cb string
		if err := s.r.QueryRowContext(ctx, `SELECT codebook_id FROM actors WHERE id = $1`, witkoff.ID).Scan(&cb); err != nil || cb != "witkoff" {
			t.Errorf("codebook_id = %q, %v", cb, err)
		}

		// Filters.
		for _, tc := range []struct {
			q    ClaimQuery
			want int
		}{
			{ClaimQuery{Issues: []string{"ceasefire"}}, 1},
			{ClaimQuery{WithIssue: true}, 1},
			{ClaimQuery{Actor: "ukraine"}, 1},
			{ClaimQuery{Claimant: "witkoff"}, 1},
			{ClaimQuery{Event: claims.Reject}, 1},
			{ClaimQuery{AsOf: time.Date(2025, 8, 17, 0, 0, 0, 0, time.UTC)}, 0},
			{ClaimQuery{AsOf: time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)}, 2},
			{ClaimQuery{Since: time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC)}, 1},
			{ClaimQuery{Limit: 1, Offset: 1}, 1},
		} {
			got, err := s.Claims(ctx, tc.q)
			if err != nil {
				t.Fatalf("%+v: %v", tc.q, err)
			}
			if len(got) != tc.want {
				t.Errorf("%+v: %d claims, want %d", tc.q, len(got), tc.want)
			}
		}

		// Saving the same document again writes nothing.
		again, err := s.SaveDocumentWith(ctx, f.doc, stmts, f.x)
		if err != nil || again.Created {
			t.Fatalf("second save: %+v, %v", again, err)
		}
		if rows, _ := s.Claims(ctx, ClaimQuery{}); len(rows) != 2 {
			t.Errorf("after second save: %d claims", len(rows))
		}

		// Re-deriving replaces the claims.
		f.x.Claims = f.x.Claims[:1]
		f.x.Claims[0].Polarity = claims.Negative
		if err := s.ReplaceClaims(ctx, res.DocumentID, f.x); err != nil {
			t.Fatal(err)
		}
		rows, _ = s.Claims(ctx, ClaimQuery{})
		if len(rows) != 1 || rows[0].Polarity != claims.Negative {
			t.Errorf("after replace: %+v", rows)
		}
		if err := s.ReplaceClaims(ctx, 999, f.x); !errors.Is(err, ErrNotFound) {
			t.Errorf("replace claims of unknown document: %v", err)
		}
	})
}

// Spellings of one name outside the codebook meet in one actor across documents; different given names do not.
func TestAutoActorsMergeAcrossDocuments(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := context.Background()
		pub := time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)
		ids := map[string]int64{}
		for _, name := range []string{"Volodymyr Zelenskyy", "Zelenskiy", "Bill Clinton", "Hillary Clinton"} {
			f, stmts := claimDoc(t, name, name, pub)
			if _, err := s.SaveDocumentWith(ctx, f.doc, stmts, f.x); err != nil {
				t.Fatal(err)
			}
			rows, err := s.Claims(ctx, ClaimQuery{Issues: []string{"ceasefire"}})
			if err != nil {
				t.Fatal(err)
			}
			last := rows[len(rows)-1]
			if last.Claimant.Actor == nil {
				t.Fatalf("%s: no claimant actor", name)
			}
			var id int64
			if err := s.r.QueryRowContext(ctx, `SELECT actor_id FROM statements s JOIN documents d ON d.id = s.document_id WHERE d.name = $1`, name).Scan(&id); err != nil {
				t.Fatal(err)
			}
			ids[name] = id
		}
		if ids["Volodymyr Zelenskyy"] != ids["Zelenskiy"] {
			t.Errorf("Zelenskyy and Zelenskiy are different actors: %v", ids)
		}
		if ids["Bill Clinton"] == ids["Hillary Clinton"] {
			t.Errorf("Bill and Hillary Clinton are one actor: %v", ids)
		}
		var aliases string
		if err := s.r.QueryRowContext(ctx, `SELECT aliases FROM actors WHERE id = $1`, ids["Zelenskiy"]).Scan(&aliases); err != nil {
			t.Fatal(err)
		}
		if strings.ReplaceAll(aliases, " ", "") != `["Zelenskiy"]` {
			t.Errorf("aliases = %s", aliases)
		}
	})
}

func TestSaveDocumentWithRefusesBadClaims(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	for name, mutate := range map[string]func(c *claims.Claim){
		"evidence outside": func(c *claims.Claim) { c.Evidence = text.Span{Start: 5, End: 5000} },
		"unknown event":    func(c *claims.Claim) { c.Event = "HUG" },
		"bad polarity":     func(c *claims.Claim) { c.Polarity = "?" },
		"unknown mode":     func(c *claims.Claim) { c.Mode = "maybe" },
		"no claimant":      func(c *claims.Claim) { c.Claimant = claims.Claimant{Kind: claims.ClaimantOutlet} },
		"statement absent": func(c *claims.Claim) { c.Statement = 7 },
	} {
		f, stmts := claimDoc(t, "bad-"+name, "Steve Witkoff", time.Time{})
		mutate(&f.x.Claims[0])
		if _, err := s.SaveDocumentWith(ctx, f.doc, stmts, f.x); err == nil {
			t.Errorf("%s: saved", name)
		}
		if docs, _ := s.Documents(ctx, DocumentQuery{}); len(docs) != 0 {
			t.Fatalf("%s: document stored without its claims", name)
		}
	}
}
