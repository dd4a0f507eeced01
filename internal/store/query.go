package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/text"
)

// args collects query parameters and hands out their $n placeholders, or with anon set plain "?" ones, which
// only a query that uses each parameter once, in order, may take (see dialect.anonParams).
type args struct {
	vals []any
	anon bool
}

func (a *args) add(v any) string {
	a.vals = append(a.vals, v)
	if a.anon {
		return "?"
	}
	return "$" + strconv.Itoa(len(a.vals))
}

// list adds vs and returns their placeholders separated by commas.
func (a *args) list(vs ...any) string {
	var b strings.Builder
	for i, v := range vs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(a.add(v))
	}
	return b.String()
}

// searchSQL is the dialect's full-text search fragments for a statements query.
type searchSQL struct{ join, where, snippet, rank string }

// docDate is the date documents are filtered and ordered by.
const docDate = "COALESCE(d.published, d.ingested_at)"

// likeEscaper makes a user's text literal inside a LIKE pattern with ESCAPE '\'.
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

// Statements lists statements matching q, in document date, document and statement order, or best match
// first when q.Search is set.
func (s *sqlLedger) Statements(ctx context.Context, q StatementQuery) ([]StatementRow, error) {
	if q.Limit < 0 || q.Offset < 0 {
		return nil, fmt.Errorf("list statements: negative limit %d or offset %d", q.Limit, q.Offset)
	}
	var a args
	var where []string
	search := searchSQL{snippet: "''", rank: "0"}
	if strings.TrimSpace(q.Search) != "" {
		var err error
		if search, err = s.d.search(&a, q.Search); err != nil {
			return nil, err
		}
		where = append(where, search.where)
	}
	if sp := strings.TrimSpace(q.Speaker); sp != "" {
		// PostgreSQL text cannot hold NUL, and no stored name has one: make it a character that matches nothing
		// rather than an error.
		sp = strings.ReplaceAll(sp, "\x00", "\uFFFD")
		if key := ActorKey(sp); key != "" {
			where = append(where, `a.key LIKE `+a.add("%"+likeEscaper.Replace(key)+"%")+` ESCAPE '\'`)
		} else {
			// Nothing to normalise (only punctuation): match the written name.
			where = append(where, `LOWER(s.speaker) LIKE `+a.add("%"+likeEscaper.Replace(strings.ToLower(sp))+"%")+` ESCAPE '\'`)
		}
	}
	if !q.Since.IsZero() {
		where = append(where, docDate+" >= "+a.add(s.d.timeArg(q.Since)))
	}
	if !q.Until.IsZero() {
		where = append(where, docDate+" < "+a.add(s.d.timeArg(q.Until)))
	}
	if q.Kind != "" {
		where = append(where, "s.kind = "+a.add(string(q.Kind)))
	}
	if q.DocumentID != 0 {
		where = append(where, "s.document_id = "+a.add(q.DocumentID))
	}
	if q.Newest && (search.join != "" || q.After != nil) {
		return nil, fmt.Errorf("list statements: %w: newest first is a date order, not for searches or cursors", ErrBadQuery)
	}
	if q.After != nil {
		if search.join != "" {
			return nil, fmt.Errorf("list statements: %w: a cursor cannot continue a search, whose results are in relevance order", ErrBadQuery)
		}
		// The cursor statement's (date, document, seq), compared as a row; the date is looked up once (a
		// constant subquery), so that the index on documents' dates starts at the cursor instead of the top.
		at := "(SELECT COALESCE(published, ingested_at) FROM documents WHERE id = " + a.add(q.After.DocumentID) + ")"
		doc := a.add(q.After.DocumentID)
		where = append(where, docDate+" >= "+at,
			"("+docDate+" > "+at+" OR d.id > "+doc+" OR (d.id = "+doc+" AND s.seq > "+a.add(q.After.Seq)+"))")
	}

	var b strings.Builder
	b.WriteString(`SELECT s.id, s.document_id, s.seq, s.kind,
		s.source_start, s.source_end, s.source_text, s.cue_start, s.cue_end, s.cue_text,
		s.content_start, s.content_end, s.content_text, s.pieces,
		s.speaker, s.speaker_type, s.actor_id, a.key, a.name, s.medium, s.rule, s.evidence,
		d.name, d.title, d.outlet, d.url, d.published, `)
	b.WriteString(search.snippet + ", " + search.rank)
	b.WriteString(`
		FROM statements s
		JOIN documents d ON d.id = s.document_id
		LEFT JOIN actors a ON a.id = s.actor_id `)
	b.WriteString(search.join)
	if len(where) > 0 {
		b.WriteString(" WHERE " + strings.Join(where, " AND "))
	}
	b.WriteString(" ORDER BY ")
	switch {
	case search.join != "":
		b.WriteString(search.rank + ", " + docDate + ", s.document_id, s.seq")
	case q.Newest:
		b.WriteString(docDate + " DESC, s.document_id DESC, s.seq DESC")
	default:
		b.WriteString(docDate + ", s.document_id, s.seq")
	}
	b.WriteString(s.d.limit(&a, q.Limit, q.Offset))

	rows, err := s.query(ctx, b.String(), a.vals...)
	if err != nil {
		return nil, s.queryError("list statements", q.Search, err)
	}
	defer rows.Close()
	var out []StatementRow
	for rows.Next() {
		var (
			r                          StatementRow
			srcStart, srcEnd, cueStart sql.NullInt64
			cueEnd, actorID            sql.NullInt64
			srcText, cueText, pieces   sql.NullString
			actorKey, actorName        sql.NullString
			published                  sql.NullString
			kind                       string
		)
		if err := rows.Scan(&r.ID, &r.DocumentID, &r.Seq, &kind,
			&srcStart, &srcEnd, &srcText, &cueStart, &cueEnd, &cueText,
			&r.Content.Start, &r.Content.End, &r.ContentText, &pieces,
			&r.Speaker, &r.SpeakerType, &actorID, &actorKey, &actorName, &r.Medium, &r.Rule, &r.Evidence,
			&r.DocName, &r.DocTitle, &r.DocOutlet, &r.DocURL, &published, &r.Snippet, &r.Rank,
		); err != nil {
			return nil, s.queryError("list statements", q.Search, err)
		}
		r.Kind = attrib.Kind(kind)
		r.Source, r.SourceText = nullableSpan(srcStart, srcEnd), srcText.String
		r.Cue, r.CueText = nullableSpan(cueStart, cueEnd), cueText.String
		r.ActorID, r.ActorKey, r.ActorName = actorID.Int64, actorKey.String, actorName.String
		if pieces.Valid {
			if err := json.Unmarshal([]byte(pieces.String), &r.Pieces); err != nil {
				return nil, fmt.Errorf("list statements: statement %d: pieces: %w", r.ID, err)
			}
		}
		if r.DocPublished, err = parseTime(published); err != nil {
			return nil, fmt.Errorf("list statements: statement %d: %w", r.ID, err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, s.queryError("list statements", q.Search, err)
	}
	return out, nil
}

// queryError wraps err, as ErrBadQuery when full-text search rejected the query.
func (s *sqlLedger) queryError(op, search string, err error) error {
	if search != "" && s.d.badQuery(err.Error()) {
		return fmt.Errorf("%s: %w %q: %v", op, ErrBadQuery, search, err)
	}
	return fmt.Errorf("%s: %w", op, err)
}

func nullableSpan(start, end sql.NullInt64) *text.Span {
	if !start.Valid || !end.Valid {
		return nil
	}
	return &text.Span{Start: int(start.Int64), End: int(end.Int64)}
}

// Actors lists every actor, most quoted first.
func (s *sqlLedger) Actors(ctx context.Context) ([]ActorRow, error) {
	rows, err := s.r.QueryContext(ctx, `
		SELECT a.id, a.key, a.name, a.type, COUNT(s.id), COUNT(DISTINCT s.document_id),
			MIN(`+docDate+`), MAX(`+docDate+`)
		FROM actors a
		LEFT JOIN statements s ON s.actor_id = a.id
		LEFT JOIN documents d ON d.id = s.document_id
		GROUP BY a.id, a.key, a.name, a.type
		ORDER BY COUNT(s.id) DESC, a.key`)
	if err != nil {
		return nil, fmt.Errorf("list actors: %w", err)
	}
	defer rows.Close()
	var out []ActorRow
	for rows.Next() {
		var r ActorRow
		var first, last sql.NullString
		if err := rows.Scan(&r.ID, &r.Key, &r.Name, &r.Type, &r.Statements, &r.Documents, &first, &last); err != nil {
			return nil, fmt.Errorf("list actors: %w", err)
		}
		if r.FirstSeen, err = parseTime(first); err != nil {
			return nil, fmt.Errorf("list actors: actor %d: %w", r.ID, err)
		}
		if r.LastSeen, err = parseTime(last); err != nil {
			return nil, fmt.Errorf("list actors: actor %d: %w", r.ID, err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list actors: %w", err)
	}
	return out, nil
}

const documentColumns = `d.id, d.hash, d.name, d.path, d.url, d.outlet, d.title, d.author, d.published, d.ingested_at,
	d.body_start, d.meta, (SELECT COUNT(*) FROM statements s WHERE s.document_id = d.id)`

// scanDocument reads documentColumns, plus raw when withRaw.
func scanDocument(sc interface{ Scan(...any) error }, withRaw bool) (*DocumentRow, error) {
	var (
		r                   DocumentRow
		published, ingested sql.NullString
		meta                sql.NullString
	)
	dest := []any{&r.ID, &r.Hash, &r.Name, &r.Path, &r.URL, &r.Outlet, &r.Title, &r.Author, &published, &ingested,
		&r.BodyStart, &meta, &r.Statements}
	if withRaw {
		dest = append(dest, &r.Raw)
	}
	if err := sc.Scan(dest...); err != nil {
		return nil, err
	}
	var err error
	if r.Published, err = parseTime(published); err != nil {
		return nil, fmt.Errorf("document %d: %w", r.ID, err)
	}
	if r.IngestedAt, err = parseTime(ingested); err != nil {
		return nil, fmt.Errorf("document %d: %w", r.ID, err)
	}
	if meta.Valid {
		if err := json.Unmarshal([]byte(meta.String), &r.Meta); err != nil {
			return nil, fmt.Errorf("document %d: meta: %w", r.ID, err)
		}
	}
	return &r, nil
}

// Documents lists documents by date, without their raw text.
func (s *sqlLedger) Documents(ctx context.Context, q DocumentQuery) ([]DocumentRow, error) {
	if q.Limit < 0 || q.Offset < 0 {
		return nil, fmt.Errorf("list documents: negative limit %d or offset %d", q.Limit, q.Offset)
	}
	var a args
	query := `SELECT ` + documentColumns + ` FROM documents d ORDER BY ` + docDate + `, d.id` + s.d.limit(&a, q.Limit, q.Offset)
	rows, err := s.r.QueryContext(ctx, query, a.vals...)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	defer rows.Close()
	var out []DocumentRow
	for rows.Next() {
		r, err := scanDocument(rows, false)
		if err != nil {
			return nil, fmt.Errorf("list documents: %w", err)
		}
		out = append(out, *r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	return out, nil
}

// Document returns document id with its raw text, or an error wrapping ErrNotFound.
func (s *sqlLedger) Document(ctx context.Context, id int64) (*DocumentRow, error) {
	row := s.r.QueryRowContext(ctx, `SELECT `+documentColumns+`, d.raw FROM documents d WHERE d.id = $1`, id)
	r, err := scanDocument(row, true)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read document %d: %w", id, err)
	}
	return r, nil
}

// Stats counts documents, statements, actors and unresolved statements.
func (s *sqlLedger) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.r.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM documents),
		(SELECT COUNT(*) FROM statements),
		(SELECT COUNT(*) FROM actors),
		(SELECT COUNT(*) FROM statements WHERE actor_id IS NULL),
		(SELECT COALESCE(MAX(version), 0) FROM schema_migrations)`,
	).Scan(&st.Documents, &st.Statements, &st.Actors, &st.Unresolved, &st.SchemaVersion)
	if err != nil {
		return Stats{}, fmt.Errorf("ledger stats: %w", err)
	}
	return st, nil
}
