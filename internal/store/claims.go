package store

// This file and claims_query.go hold what the negotiation ledger adds to the store (migration 0002): claims,
// and actors tied to codebook entries. Both backends get them through sqlLedger.

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/claims"
	"github.com/parley-ledger/parley/internal/codebook"
	"github.com/parley-ledger/parley/internal/ingest"
)

// Derived is what the claims stage adds to a document: the actor each statement's speaker resolved to and
// the claims read from the document.
type Derived struct {
	// Speakers gives, by statement index, the actor the speaker resolved to; nil entries (and statements past
	// its end) keep the actor named by the speaker's name alone.
	Speakers []*claims.ActorRef
	Claims   []claims.Claim
	// Codebook names the codebook the claims were resolved against ("" for none).
	Codebook string
}

// ClaimLedger is the claims side of a ledger; both SQLite and Postgres implement it.
type ClaimLedger interface {
	// SaveDocumentWith is SaveDocument that also stores x (speakers' actors and claims) in the same
	// transaction. A nil x is SaveDocument.
	SaveDocumentWith(ctx context.Context, doc *ingest.Document, stmts []attrib.Statement, x *Derived) (SaveResult, error)
	// ReplaceClaims replaces the claims of stored document docID by x's and points its statements at x's
	// speakers, in one transaction (re-deriving claims after a codebook change). Statements are matched by
	// index to the document's stored statements in order. It wraps ErrNotFound for an unknown document.
	ReplaceClaims(ctx context.Context, docID int64, x *Derived) error
	// Claims lists stored claims matching q.
	Claims(ctx context.Context, q ClaimQuery) ([]ClaimRow, error)
}

var _ ClaimLedger = (*sqlLedger)(nil)

// Claims returns the claims side of a ledger opened by this package.
func Claims(l Ledger) (ClaimLedger, bool) {
	s, ok := sqlOf(l)
	if !ok {
		return nil, false
	}
	return s, true
}

// SaveDocumentWith stores doc, stmts and x in one transaction; see ClaimLedger.
func (s *sqlLedger) SaveDocumentWith(ctx context.Context, doc *ingest.Document, stmts []attrib.Statement, x *Derived) (SaveResult, error) {
	return s.saveDocumentWith(ctx, doc, stmts, time.Time{}, x)
}

// ReplaceClaims replaces the claims of document docID; see ClaimLedger.
func (s *sqlLedger) ReplaceClaims(ctx context.Context, docID int64, x *Derived) error {
	if x == nil {
		x = &Derived{}
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("replace claims of document %d: begin: %w", docID, err)
	}
	defer tx.Rollback()
	var raw string
	err = tx.QueryRowContext(ctx, `SELECT raw FROM documents WHERE id = $1`+s.d.forUpdate, docID).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("replace claims of document %d: %w", docID, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("replace claims of document %d: %w", docID, err)
	}
	stmts, err := storedSpeakers(ctx, tx, docID)
	if err != nil {
		return fmt.Errorf("replace claims of document %d: %w", docID, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM claims WHERE document_id = $1`, docID); err != nil {
		return fmt.Errorf("replace claims of document %d: delete: %w", docID, err)
	}
	now := s.d.timeArg(s.now())
	ids, err := upsertDerivedActors(ctx, tx, x, stmts, now)
	if err != nil {
		return fmt.Errorf("replace claims of document %d: %w", docID, err)
	}
	upd, err := tx.PrepareContext(ctx, `UPDATE statements SET actor_id = $1 WHERE document_id = $2 AND seq = $3`)
	if err != nil {
		return fmt.Errorf("replace claims of document %d: %w", docID, err)
	}
	defer upd.Close()
	for i, id := range ids.statementActors() {
		if !id.Valid {
			continue
		}
		if _, err := upd.ExecContext(ctx, id, docID, i); err != nil {
			return fmt.Errorf("replace claims of document %d: statement %d: %w", docID, i, err)
		}
	}
	if err := insertClaims(ctx, tx, docID, raw, x, ids, s.d); err != nil {
		return fmt.Errorf("replace claims of document %d: %w", docID, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("replace claims of document %d: commit: %w", docID, err)
	}
	return nil
}

// storedSpeakers reads a document's statements, in order, with only what actor resolution needs.
func storedSpeakers(ctx context.Context, tx *sql.Tx, docID int64) ([]attrib.Statement, error) {
	rows, err := tx.QueryContext(ctx, `SELECT seq, speaker, speaker_type FROM statements WHERE document_id = $1 ORDER BY seq`, docID)
	if err != nil {
		return nil, fmt.Errorf("read statements: %w", err)
	}
	defer rows.Close()
	var out []attrib.Statement
	for rows.Next() {
		var seq int
		var st attrib.Statement
		if err := rows.Scan(&seq, &st.Speaker, &st.SpeakerType); err != nil {
			return nil, fmt.Errorf("read statements: %w", err)
		}
		for len(out) < seq {
			out = append(out, attrib.Statement{})
		}
		out = append(out, st)
	}
	return out, rows.Err()
}

// actorSpec is one actor a document's derived data needs a row for.
type actorSpec struct {
	key        string // ActorKey of the name
	name       string
	typ        string
	codebookID string
	auto       bool     // a name outside the codebook: merged with an earlier spelling through name_key
	names      []string // how the text wrote it, for aliases
}

// derivedActors maps what a Derived refers to onto actor rows.
type derivedActors struct {
	byRef      map[*claims.ActorRef]int64
	statements []sql.NullInt64
}

// statementActors gives each statement's actor id, invalid where the speaker's name alone decides.
func (d *derivedActors) statementActors() []sql.NullInt64 {
	if d == nil {
		return nil
	}
	return d.statements
}

func (d *derivedActors) id(r *claims.ActorRef) sql.NullInt64 {
	if d == nil || r == nil {
		return sql.NullInt64{}
	}
	id, ok := d.byRef[r]
	return sql.NullInt64{Int64: id, Valid: ok}
}

// storeType maps a codebook or speaker kind to the actor types the actors table allows.
func storeType(kind string) string {
	switch kind {
	case ActorPerson:
		return ActorPerson
	case string(codebook.Government), string(codebook.Organisation), string(codebook.Group), "organization":
		return ActorOrganisation
	case ActorAnonymous:
		return ActorAnonymous
	}
	return ActorUnknown
}

// upsertDerivedActors finds or creates the actor rows for x's speakers, claim actors, targets and claimants,
// and for the remaining statements' speakers by name, so that insertStatements has nothing left to upsert.
// Rows are written in key order, the one order every writer takes row locks in (see insertStatements).
func upsertDerivedActors(ctx context.Context, tx *sql.Tx, x *Derived, stmts []attrib.Statement, now any) (*derivedActors, error) {
	specs := map[string]*actorSpec{} // by ref id, or "name:"+key for speakers without a ref
	refsOf := map[string][]*claims.ActorRef{}
	addRef := func(r *claims.ActorRef, written string) {
		if r == nil || strings.TrimSpace(r.Name) == "" {
			return
		}
		sp, ok := specs[r.ID]
		if !ok {
			sp = &actorSpec{key: ActorKey(r.Name), name: strings.TrimSpace(r.Name), typ: storeType(r.Kind), auto: !r.Codebook}
			if r.Codebook {
				sp.codebookID = r.ID
			}
			if sp.key == "" {
				return
			}
			specs[r.ID] = sp
		}
		if written != "" {
			sp.names = append(sp.names, strings.TrimSpace(written))
		}
		if !slices.Contains(refsOf[r.ID], r) {
			refsOf[r.ID] = append(refsOf[r.ID], r)
		}
	}
	statementSpec := make([]string, len(stmts))
	for i, st := range stmts {
		var r *claims.ActorRef
		if i < len(x.Speakers) {
			r = x.Speakers[i]
		}
		if r != nil {
			addRef(r, st.Speaker)
			if _, ok := specs[r.ID]; ok {
				statementSpec[i] = r.ID
			}
			continue
		}
		key := ActorKey(st.Speaker)
		if key == "" {
			continue
		}
		id := "name:" + key
		if _, ok := specs[id]; !ok {
			typ, err := actorType(st.SpeakerType)
			if err != nil {
				return nil, fmt.Errorf("statement %d: %w", i, err)
			}
			specs[id] = &actorSpec{key: key, name: strings.TrimSpace(st.Speaker), typ: typ}
		}
		statementSpec[i] = id
	}
	for i := range x.Claims {
		c := &x.Claims[i]
		addRef(c.Actor, "")
		addRef(c.Target, "")
		addRef(c.Claimant.Actor, "")
	}

	order := make([]string, 0, len(specs))
	for id := range specs {
		order = append(order, id)
	}
	slices.SortFunc(order, func(a, b string) int { return cmp.Or(cmp.Compare(specs[a].key, specs[b].key), cmp.Compare(a, b)) })
	rowOf := make(map[string]int64, len(specs))
	for _, id := range order {
		rid, err := upsertActor(ctx, tx, specs[id], now)
		if err != nil {
			return nil, fmt.Errorf("actor %q: %w", specs[id].name, err)
		}
		rowOf[id] = rid
	}
	out := &derivedActors{byRef: map[*claims.ActorRef]int64{}, statements: make([]sql.NullInt64, len(stmts))}
	for id, refs := range refsOf {
		if rid, ok := rowOf[id]; ok {
			for _, r := range refs {
				out.byRef[r] = rid
			}
		}
	}
	for i, id := range statementSpec {
		if id != "" {
			out.statements[i] = sql.NullInt64{Int64: rowOf[id], Valid: true}
		}
	}
	return out, nil
}

// upsertActor returns the row for sp: the codebook actor's row, an earlier spelling of the same person
// outside the codebook, or the row with sp's key, created if need be.
func upsertActor(ctx context.Context, tx *sql.Tx, sp *actorSpec, now any) (int64, error) {
	nameKey := codebook.NameKey(sp.name)
	var id int64
	switch {
	case sp.codebookID != "":
		err := tx.QueryRowContext(ctx, `SELECT id FROM actors WHERE codebook_id = $1`, sp.codebookID).Scan(&id)
		if err == nil {
			if _, err := tx.ExecContext(ctx, `UPDATE actors SET name = $1 WHERE id = $2 AND name <> $1`, sp.name, id); err != nil {
				return 0, err
			}
			return id, mergeAliases(ctx, tx, id, sp.names)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return 0, err
		}
		// Adopt the row statements made under this name, unless another codebook actor holds the key.
		var owner sql.NullString
		err = tx.QueryRowContext(ctx, `
			INSERT INTO actors (key, name, type, created_at, codebook_id, name_key) VALUES ($1, $2, $3, $4, $5, $6)
			ON CONFLICT (key) DO UPDATE SET
				codebook_id = COALESCE(actors.codebook_id, excluded.codebook_id),
				name = CASE WHEN actors.codebook_id IS NULL THEN excluded.name ELSE actors.name END,
				type = CASE WHEN actors.type = 'unknown' THEN excluded.type ELSE actors.type END
			RETURNING id, codebook_id`, sp.key, sp.name, sp.typ, now, sp.codebookID, nameKey).Scan(&id, &owner)
		if err != nil {
			return 0, err
		}
		if owner.String != sp.codebookID {
			err = tx.QueryRowContext(ctx, `
				INSERT INTO actors (key, name, type, created_at, codebook_id, name_key) VALUES ($1, $2, $3, $4, $5, $6)
				RETURNING id`, sp.key+" "+sp.codebookID, sp.name, sp.typ, now, sp.codebookID, nameKey).Scan(&id)
			if err != nil {
				return 0, err
			}
		}
		return id, mergeAliases(ctx, tx, id, sp.names)
	case sp.auto && nameKey != "":
		if found, ok, err := sameSpeaker(ctx, tx, nameKey, sp.name); err != nil {
			return 0, err
		} else if ok {
			return found, mergeAliases(ctx, tx, found, append([]string{sp.name}, sp.names...))
		}
	}
	err := tx.QueryRowContext(ctx, `
		INSERT INTO actors (key, name, type, created_at, name_key) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (key) DO UPDATE SET
			type = CASE WHEN actors.type = 'unknown' THEN excluded.type ELSE actors.type END,
			name_key = CASE WHEN actors.name_key = '' THEN excluded.name_key ELSE actors.name_key END
		RETURNING id`, sp.key, sp.name, sp.typ, now, nameKey).Scan(&id)
	if err != nil {
		return 0, err
	}
	return id, mergeAliases(ctx, tx, id, sp.names)
}

// sameSpeaker finds an actor outside the codebook that name is another spelling of: same NameKey, and
// given names that agree as codebook.Registry decides ("Zelensky" joins "Volodymyr Zelenskyy"; "Hillary
// Clinton" does not join "Bill Clinton").
func sameSpeaker(ctx context.Context, tx *sql.Tx, nameKey, name string) (int64, bool, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, name FROM actors WHERE name_key = $1 AND codebook_id IS NULL ORDER BY id`, nameKey)
	if err != nil {
		return 0, false, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var stored string
		if err := rows.Scan(&id, &stored); err != nil {
			return 0, false, err
		}
		var reg codebook.Registry
		reg.Add(stored)
		if _, ok := reg.Lookup(name); ok {
			return id, true, nil
		}
	}
	return 0, false, rows.Err()
}

// mergeAliases adds to actor id's aliases the names it does not already have.
func mergeAliases(ctx context.Context, tx *sql.Tx, id int64, names []string) error {
	if len(names) == 0 {
		return nil
	}
	var name string
	var raw sql.NullString
	if err := tx.QueryRowContext(ctx, `SELECT name, aliases FROM actors WHERE id = $1`, id).Scan(&name, &raw); err != nil {
		return fmt.Errorf("read aliases: %w", err)
	}
	var aliases []string
	if raw.Valid && raw.String != "" {
		if err := json.Unmarshal([]byte(raw.String), &aliases); err != nil {
			return fmt.Errorf("stored aliases of actor %d: %w", id, err)
		}
	}
	changed := false
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" || strings.EqualFold(n, name) || slices.ContainsFunc(aliases, func(a string) bool { return strings.EqualFold(a, n) }) {
			continue
		}
		aliases = append(aliases, n)
		changed = true
	}
	if !changed {
		return nil
	}
	b, err := json.Marshal(aliases)
	if err != nil {
		return fmt.Errorf("encode aliases: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE actors SET aliases = $1 WHERE id = $2`, string(b), id); err != nil {
		return fmt.Errorf("write aliases: %w", err)
	}
	return nil
}

const claimInsert = `
	INSERT INTO claims (document_id, seq, statement_id, actor_id, target_id, event, issue, issue_label, polarity, mode,
		claimant, claimant_kind, claimant_id, when_start, when_end, when_grain, when_value, when_text, when_source,
		place, evidence_start, evidence_end, evidence_text, trigger_start, trigger_end, rule, explain, codebook)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23,
		$24, $25, $26, $27, $28)`

// insertClaims checks x's claims against raw and inserts them, numbered from 0.
func insertClaims(ctx context.Context, tx *sql.Tx, docID int64, raw string, x *Derived, ids *derivedActors, d *dialect) error {
	if len(x.Claims) == 0 {
		return nil
	}
	stmtIDs := map[int]int64{}
	rows, err := tx.QueryContext(ctx, `SELECT id, seq FROM statements WHERE document_id = $1`, docID)
	if err != nil {
		return fmt.Errorf("read statement ids: %w", err)
	}
	for rows.Next() {
		var id int64
		var seq int
		if err := rows.Scan(&id, &seq); err != nil {
			rows.Close()
			return fmt.Errorf("read statement ids: %w", err)
		}
		stmtIDs[seq] = id
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return fmt.Errorf("read statement ids: %w", err)
	}
	ins, err := tx.PrepareContext(ctx, claimInsert)
	if err != nil {
		return fmt.Errorf("prepare claim insert: %w", err)
	}
	defer ins.Close()
	for i := range x.Claims {
		c := &x.Claims[i]
		if err := checkClaim(raw, c); err != nil {
			return fmt.Errorf("claim %d: %w", i, err)
		}
		var stmtID sql.NullInt64
		if c.Statement >= 0 {
			id, ok := stmtIDs[c.Statement]
			if !ok {
				return fmt.Errorf("claim %d: statement %d is not stored", i, c.Statement)
			}
			stmtID = sql.NullInt64{Int64: id, Valid: true}
		}
		var issue, label string
		if c.Issue != nil {
			issue, label = c.Issue.ID, c.Issue.Label
		}
		var ws, we any
		var grain, value, wtext, wsrc string
		if !c.When.Zero() {
			ws, we = d.timeArg(c.When.Start), d.timeArg(c.When.End)
			grain, value, wtext, wsrc = c.When.Grain, c.When.ISO(), c.When.Text, c.When.Source
		}
		if _, err := ins.ExecContext(ctx, docID, i, stmtID, ids.id(c.Actor), ids.id(c.Target), string(c.Event),
			issue, label, string(c.Polarity), string(c.Mode), c.Claimant.Name, c.Claimant.Kind, ids.id(c.Claimant.Actor),
			ws, we, grain, value, wtext, wsrc, c.Where,
			c.Evidence.Start, c.Evidence.End, raw[c.Evidence.Start:c.Evidence.End], c.Trigger.Start, c.Trigger.End,
			c.Rule, c.Explain, x.Codebook,
		); err != nil {
			return fmt.Errorf("claim %d: insert: %w", i, err)
		}
	}
	return nil
}

// checkClaim refuses a claim whose fields the schema or the readers could not use.
func checkClaim(raw string, c *claims.Claim) error {
	if _, err := claims.ParseEvent(string(c.Event)); err != nil {
		return err
	}
	if c.Polarity != claims.Positive && c.Polarity != claims.Negative {
		return fmt.Errorf("polarity %q (want + or -)", c.Polarity)
	}
	if !slices.Contains(claims.Modes, c.Mode) {
		return fmt.Errorf("unknown mode %q", c.Mode)
	}
	switch c.Claimant.Kind {
	case claims.ClaimantSpeaker, claims.ClaimantOutlet, claims.ClaimantDocument:
	default:
		return fmt.Errorf("unknown claimant kind %q", c.Claimant.Kind)
	}
	if strings.TrimSpace(c.Claimant.Name) == "" {
		return errors.New("claimant has no name")
	}
	if err := checkSpan(raw, "evidence", c.Evidence); err != nil {
		return err
	}
	return checkSpan(raw, "trigger", c.Trigger)
}

// SaveSourceWith is SaveSource that also stores x (speakers' actors and claims) in the document's
// transaction; a nil x is SaveSource.
func (s *Sources) SaveSourceWith(ctx context.Context, doc *ingest.Document, stmts []attrib.Statement, x *Derived) (SourceResult, error) {
	if x == nil {
		return s.SaveSource(ctx, doc, stmts)
	}
	sr, err := s.l.SaveDocumentWith(ctx, doc, stmts, x)
	if err != nil {
		return SourceResult{}, err
	}
	// The document is stored now, so SaveSource only clusters it and reports its cluster.
	res, err := s.SaveSource(ctx, doc, stmts)
	res.SaveResult = sr
	return res, err
}
