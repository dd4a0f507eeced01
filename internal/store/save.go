package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/text"
)

// SaveDocument stores doc and stmts in one transaction. When a document with the same hash is already
// stored it writes nothing and reports Created=false with the stored document's id. An empty doc.Hash is
// computed from doc.Raw. Every span must lie inside doc.Raw on character boundaries; if any statement is
// invalid or fails to insert, nothing of the document is stored.
func (s *sqlLedger) SaveDocument(ctx context.Context, doc *ingest.Document, stmts []attrib.Statement) (SaveResult, error) {
	return s.saveDocument(ctx, doc, stmts, time.Time{})
}

// saveDocument is SaveDocument with the ingest time given (Copy keeps the original's); zero means now.
func (s *sqlLedger) saveDocument(ctx context.Context, doc *ingest.Document, stmts []attrib.Statement, ingestedAt time.Time) (SaveResult, error) {
	return s.saveDocumentWith(ctx, doc, stmts, ingestedAt, nil)
}

// saveDocumentWith is saveDocument that also stores x, the claims layer's actors and claims (claims.go), in
// the same transaction; x may be nil.
func (s *sqlLedger) saveDocumentWith(ctx context.Context, doc *ingest.Document, stmts []attrib.Statement, ingestedAt time.Time, x *Derived) (SaveResult, error) {
	if doc == nil {
		return SaveResult{}, errors.New("save document: nil document")
	}
	name := docLabel(doc)
	if !utf8.ValidString(doc.Raw) {
		return SaveResult{}, fmt.Errorf("save document %s: raw text is not valid UTF-8", name)
	}
	if doc.BodyStart < 0 || doc.BodyStart > len(doc.Raw) {
		return SaveResult{}, fmt.Errorf("save document %s: body start %d outside raw text of %d bytes", name, doc.BodyStart, len(doc.Raw))
	}
	hash := doc.Hash
	if hash == "" {
		sum := sha256.Sum256([]byte(doc.Raw))
		hash = hex.EncodeToString(sum[:])
	}
	var meta sql.NullString
	if len(doc.Meta) > 0 {
		b, err := json.Marshal(doc.Meta)
		if err != nil {
			return SaveResult{}, fmt.Errorf("save document %s: encode meta: %w", name, err)
		}
		meta = sql.NullString{String: string(b), Valid: true}
	}
	var published any
	if !doc.Published.IsZero() {
		published = s.d.timeArg(doc.Published)
	}
	if ingestedAt.IsZero() {
		ingestedAt = s.now()
	}
	now := s.d.timeArg(ingestedAt)

	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return SaveResult{}, fmt.Errorf("save document %s: begin: %w", name, err)
	}
	defer tx.Rollback()

	res := SaveResult{Created: true}
	err = tx.QueryRowContext(ctx, `
		INSERT INTO documents (hash, name, path, url, outlet, title, author, published, ingested_at, body_start, raw, meta)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
		ON CONFLICT (hash) DO NOTHING
		RETURNING id`,
		hash, doc.Name, doc.Path, doc.URL, doc.Outlet, doc.Title, doc.Author, published, now, doc.BodyStart, doc.Raw, meta,
	).Scan(&res.DocumentID)
	if errors.Is(err, sql.ErrNoRows) {
		// Already stored: report what is there.
		res.Created = false
		err = tx.QueryRowContext(ctx, `
			SELECT d.id, (SELECT COUNT(*) FROM statements s WHERE s.document_id = d.id)
			FROM documents d WHERE d.hash = $1`, hash).Scan(&res.DocumentID, &res.Statements)
		if err != nil {
			return SaveResult{}, fmt.Errorf("save document %s: find stored copy: %w", name, err)
		}
		return res, nil
	}
	if err != nil {
		return SaveResult{}, fmt.Errorf("save document %s: insert: %w", name, err)
	}

	var derived *derivedActors
	if x != nil {
		if derived, err = upsertDerivedActors(ctx, tx, x, stmts, now); err != nil {
			return SaveResult{}, fmt.Errorf("save document %s: %w", name, err)
		}
	}
	if len(stmts) > 0 {
		if err := insertStatementsWith(ctx, tx, s.d, res.DocumentID, doc.Raw, stmts, now, derived.statementActors()); err != nil {
			return SaveResult{}, fmt.Errorf("save document %s: %w", name, err)
		}
	}
	if x != nil {
		if err := insertClaims(ctx, tx, res.DocumentID, doc.Raw, x, derived, s.d); err != nil {
			return SaveResult{}, fmt.Errorf("save document %s: %w", name, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return SaveResult{}, fmt.Errorf("save document %s: commit: %w", name, err)
	}
	res.Statements = len(stmts)
	return res, nil
}

// statementInsert is followed by one parenthesised row of 19 values per statement.
const statementInsert = `
	INSERT INTO statements (document_id, seq, kind, source_start, source_end, source_text, cue_start, cue_end, cue_text,
		content_start, content_end, content_text, pieces, speaker, speaker_type, actor_id, medium, rule, evidence)
	VALUES `

// insertStatements checks stmts against raw and inserts them, numbered from 0, with their actors. Actors are
// upserted in key order before any statement: the upsert locks the actor's row until commit, and taking
// those locks in one global order keeps concurrent writers on PostgreSQL from deadlocking.
func insertStatements(ctx context.Context, tx *sql.Tx, d *dialect, docID int64, raw string, stmts []attrib.Statement, now any) error {
	return insertStatementsWith(ctx, tx, d, docID, raw, stmts, now, nil)
}

// insertStatementsWith is insertStatements with the actor of some statements already decided: a valid
// speakerActors[i] is statement i's actor id (the claims layer resolved its speaker to a codebook actor).
func insertStatementsWith(ctx context.Context, tx *sql.Tx, d *dialect, docID int64, raw string, stmts []attrib.Statement, now any, speakerActors []sql.NullInt64) error {
	given := func(i int) bool { return i < len(speakerActors) && speakerActors[i].Valid }
	rows := make([]stmtValues, len(stmts))
	names := map[string]int{} // actor key → first statement naming it
	for i, st := range stmts {
		var err error
		if rows[i], err = statementValues(raw, st); err != nil {
			return fmt.Errorf("statement %d: %w", i, err)
		}
		if given(i) {
			continue
		}
		if key := ActorKey(st.Speaker); key != "" {
			if _, ok := names[key]; !ok {
				names[key] = i
			}
		}
	}

	actors, err := upsertActors(ctx, tx, d, names, stmts, rows, now)
	if err != nil {
		return err
	}

	// Multi-row inserts: a round trip per statementBatch statements rather than per statement, which is
	// what a networked database (PostgreSQL) pays for.
	var b strings.Builder
	a := args{anon: d.anonParams}
	for lo := 0; lo < len(stmts); lo += statementBatch {
		hi := min(lo+statementBatch, len(stmts))
		b.Reset()
		a.vals = a.vals[:0]
		b.WriteString(statementInsert)
		for i := lo; i < hi; i++ {
			st, row := stmts[i], rows[i]
			var actorID sql.NullInt64
			if given(i) {
				actorID = speakerActors[i]
			} else if id, ok := actors[ActorKey(st.Speaker)]; ok {
				actorID = sql.NullInt64{Int64: id, Valid: true}
			}
			if i > lo {
				b.WriteString(", ")
			}
			b.WriteString("(" + a.list(docID, i, string(st.Kind),
				row.source.start, row.source.end, row.source.text,
				row.cue.start, row.cue.end, row.cue.text,
				st.Content.Start, st.Content.End, row.content, row.pieces,
				st.Speaker, st.SpeakerType, actorID, st.Medium, st.Rule, st.Evidence) + ")")
		}
		if _, err := tx.ExecContext(ctx, b.String(), a.vals...); err != nil {
			return fmt.Errorf("statements %d to %d: insert: %w", lo, hi-1, err)
		}
	}
	return nil
}

// statementBatch is how many statements one INSERT writes: 19 parameters each stays far below SQLite's
// limit of 32766 parameters and PostgreSQL's of 65535.
const statementBatch = 100

// upsertActors makes sure the actor of each key in names (the index of the first statement naming it)
// exists and returns their ids by key. New actors are inserted in one statement, in key order; existing
// ones are only read, and updated only when this statement knows the type of an actor stored as unknown.
// Writers therefore lock an existing actor's row only in that rare case: a popular speaker does not make
// every document quoting them wait for the others to commit, which would serialise workers on PostgreSQL.
// (Rows are taken in key order throughout, so that concurrent writers cannot deadlock.)
func upsertActors(ctx context.Context, tx *sql.Tx, d *dialect, names map[string]int, stmts []attrib.Statement, rows []stmtValues, now any) (map[string]int64, error) {
	actors := make(map[string]int64, len(names))
	if len(names) == 0 {
		return actors, nil
	}
	keys := slices.Sorted(maps.Keys(names))
	var b strings.Builder
	a := args{anon: d.anonParams}
	b.WriteString(`INSERT INTO actors (key, name, type, created_at) VALUES `)
	for n, key := range keys {
		i := names[key]
		if n > 0 {
			b.WriteString(", ")
		}
		b.WriteString("(" + a.list(key, strings.TrimSpace(stmts[i].Speaker), rows[i].actorType, now) + ")")
	}
	b.WriteString(` ON CONFLICT (key) DO NOTHING RETURNING key, id`)
	if err := scanActorIDs(ctx, tx, b.String(), a.vals, actors, nil); err != nil {
		return nil, err
	}
	if len(actors) == len(names) {
		return actors, nil
	}

	// The others were stored before: read them, with their types.
	b.Reset()
	a.vals = a.vals[:0]
	b.WriteString(`SELECT key, id, type FROM actors WHERE key IN (`)
	n := 0
	for _, key := range keys {
		if _, ok := actors[key]; !ok {
			if n > 0 {
				b.WriteString(", ")
			}
			b.WriteString(a.add(key))
			n++
		}
	}
	b.WriteString(`) ORDER BY key`)
	types := map[string]string{}
	if err := scanActorIDs(ctx, tx, b.String(), a.vals, actors, types); err != nil {
		return nil, err
	}
	if len(actors) != len(names) {
		return nil, fmt.Errorf("actors: %d of %d found after insert", len(actors), len(names))
	}
	for _, key := range keys {
		t, known := types[key]
		i := names[key]
		if !known || t != ActorUnknown || rows[i].actorType == ActorUnknown {
			continue
		}
		if _, err := tx.ExecContext(ctx, `UPDATE actors SET type = $1 WHERE key = $2 AND type = 'unknown'`,
			rows[i].actorType, key); err != nil {
			return nil, fmt.Errorf("statement %d: actor %q: set type: %w", i, stmts[i].Speaker, err)
		}
	}
	return actors, nil
}

// scanActorIDs runs query and adds the key, id (and, when types is not nil, type) of each row it returns.
func scanActorIDs(ctx context.Context, tx *sql.Tx, query string, vals []any, ids map[string]int64, types map[string]string) error {
	rows, err := tx.QueryContext(ctx, query, vals...)
	if err != nil {
		return fmt.Errorf("actors: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var key, typ string
		var id int64
		dest := []any{&key, &id}
		if types != nil {
			dest = append(dest, &typ)
		}
		if err := rows.Scan(dest...); err != nil {
			return fmt.Errorf("actors: %w", err)
		}
		ids[key] = id
		if types != nil {
			types[key] = typ
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("actors: %w", err)
	}
	return nil
}

// nullSpan is an optional span as three nullable columns.
type nullSpan struct {
	start, end sql.NullInt64
	text       sql.NullString
}

// stmtValues are a statement's columns that are derived rather than copied.
type stmtValues struct {
	source, cue nullSpan
	content     string
	pieces      sql.NullString
	actorType   string
}

// statementValues checks st against raw and slices the text of its spans.
func statementValues(raw string, st attrib.Statement) (stmtValues, error) {
	var v stmtValues
	switch st.Kind {
	case attrib.Direct, attrib.Indirect, attrib.Mixed:
	default:
		return v, fmt.Errorf("unknown kind %q", st.Kind)
	}
	var err error
	if v.actorType, err = actorType(st.SpeakerType); err != nil {
		return v, err
	}
	if v.source, err = optionalSpan(raw, "source", st.Source); err != nil {
		return v, err
	}
	if v.cue, err = optionalSpan(raw, "cue", st.Cue); err != nil {
		return v, err
	}
	if err := checkSpan(raw, "content", st.Content); err != nil {
		return v, err
	}
	v.content = raw[st.Content.Start:st.Content.End]
	if len(st.Pieces) > 1 {
		parts := make([]string, len(st.Pieces))
		prev := st.Content.Start
		for i, p := range st.Pieces {
			label := fmt.Sprintf("piece %d", i)
			if err := checkSpan(raw, label, p); err != nil {
				return v, err
			}
			if !st.Content.Contains(p) || p.Start < prev {
				return v, fmt.Errorf("%s [%d,%d) is not inside content [%d,%d) after the previous piece",
					label, p.Start, p.End, st.Content.Start, st.Content.End)
			}
			prev = p.End
			parts[i] = raw[p.Start:p.End]
		}
		// What was said, without the attribution that interrupts it.
		v.content = strings.Join(parts, " ")
		b, err := json.Marshal(st.Pieces)
		if err != nil {
			return v, fmt.Errorf("encode pieces: %w", err)
		}
		v.pieces = sql.NullString{String: string(b), Valid: true}
	}
	return v, nil
}

func optionalSpan(raw, label string, sp *text.Span) (nullSpan, error) {
	if sp == nil {
		return nullSpan{}, nil
	}
	if err := checkSpan(raw, label, *sp); err != nil {
		return nullSpan{}, err
	}
	return nullSpan{
		start: sql.NullInt64{Int64: int64(sp.Start), Valid: true},
		end:   sql.NullInt64{Int64: int64(sp.End), Valid: true},
		text:  sql.NullString{String: raw[sp.Start:sp.End], Valid: true},
	}, nil
}

// checkSpan reports a span that does not lie inside raw or cuts a character in two.
func checkSpan(raw, label string, sp text.Span) error {
	if sp.Start < 0 || sp.End < sp.Start || sp.End > len(raw) {
		return fmt.Errorf("%s span [%d,%d) outside raw text of %d bytes", label, sp.Start, sp.End, len(raw))
	}
	if !runeBoundary(raw, sp.Start) || !runeBoundary(raw, sp.End) {
		return fmt.Errorf("%s span [%d,%d) splits a UTF-8 character", label, sp.Start, sp.End)
	}
	return nil
}

func runeBoundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// actorType maps Statement.SpeakerType to the stored actor type.
func actorType(t string) (string, error) {
	switch strings.ToLower(strings.TrimSpace(t)) {
	case "":
		return ActorUnknown, nil
	case ActorPerson:
		return ActorPerson, nil
	case ActorOrganisation, "organization":
		return ActorOrganisation, nil
	case ActorAnonymous:
		return ActorAnonymous, nil
	case ActorUnknown:
		return ActorUnknown, nil
	}
	return "", fmt.Errorf("unknown speaker type %q (want person, organisation, anonymous or empty)", t)
}

// docLabel names a document in errors.
func docLabel(doc *ingest.Document) string {
	switch {
	case doc.Name != "":
		return doc.Name
	case doc.Path != "":
		return doc.Path
	case doc.Hash != "":
		return doc.Hash
	}
	return "(unnamed)"
}
