package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/ingest"
)

// ReplaceStatements deletes the statements of document docID and stores stmts in their place, checked
// against the document's raw text, all in one transaction: a reader sees the old statements or the new ones,
// never a mix. Actors left without statements are kept (they are cheap and may be quoted again).
func (s *sqlLedger) ReplaceStatements(ctx context.Context, docID int64, stmts []attrib.Statement) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("replace statements of document %d: begin: %w", docID, err)
	}
	defer tx.Rollback()
	// Locking the document row makes two concurrent re-derivations of it take turns on PostgreSQL.
	var raw string
	err = tx.QueryRowContext(ctx, `SELECT raw FROM documents WHERE id = $1`+s.d.forUpdate, docID).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("replace statements of document %d: %w", docID, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("replace statements of document %d: %w", docID, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM statements WHERE document_id = $1`, docID); err != nil {
		return fmt.Errorf("replace statements of document %d: delete: %w", docID, err)
	}
	if err := insertStatements(ctx, tx, s.d, docID, raw, stmts, s.d.timeArg(s.now())); err != nil {
		return fmt.Errorf("replace statements of document %d: %w", docID, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("replace statements of document %d: commit: %w", docID, err)
	}
	return nil
}

// IngestDocument turns a stored document (read with Document, so that Raw is filled) back into the
// ingest.Document it was saved from, for re-running the pipeline or copying it to another ledger.
func (r *DocumentRow) IngestDocument() *ingest.Document {
	return &ingest.Document{
		Name:      r.Name,
		Path:      r.Path,
		Hash:      r.Hash,
		Raw:       r.Raw,
		BodyStart: r.BodyStart,
		URL:       r.URL,
		Outlet:    r.Outlet,
		Title:     r.Title,
		Author:    r.Author,
		Published: r.Published,
		Meta:      r.Meta,
	}
}

// sqlOf returns the shared implementation behind a ledger opened by this package.
func sqlOf(l Ledger) (*sqlLedger, bool) {
	switch v := l.(type) {
	case *SQLite:
		return &v.sqlLedger, true
	case *Postgres:
		return &v.sqlLedger, true
	case *sqlLedger:
		return v, true
	}
	return nil, false
}

// CopyResult reports what Copy did.
type CopyResult struct {
	// Documents were read from the source; Created of them were new to the destination (the others were
	// already there, recognised by their hash, and left as they were).
	Documents int `json:"documents"`
	Created   int `json:"created"`
	// Statements were written with the created documents.
	Statements int `json:"statements"`
	// Actors were new to the destination.
	Actors int `json:"actors"`
}

// copyPage is how many documents Copy lists at a time.
const copyPage = 200

// Copy moves a whole ledger from src to dst (SQLite to PostgreSQL or back): every actor with its name, type
// and creation time, then every document with its raw text, metadata and ingest time, and its statements
// with their spans. Documents already in dst (same hash) are skipped, so running Copy again, or after an
// interrupted run, finishes the job without duplicates. Each document is verified after it is written: dst
// must hold as many statements for it as src. progress, if not nil, is called after each document with the
// number done and the total. Tables other than the ledger's (claims, clusters, feeds) are not copied.
func Copy(ctx context.Context, dst, src Ledger, progress func(done, total int)) (CopyResult, error) {
	var res CopyResult
	to, ok := sqlOf(dst)
	if !ok {
		return res, fmt.Errorf("copy ledger: destination %T is not a ledger of this package", dst)
	}
	from, ok := sqlOf(src)
	if !ok {
		return res, fmt.Errorf("copy ledger: source %T is not a ledger of this package", src)
	}
	n, err := copyActors(ctx, to, from)
	if err != nil {
		return res, fmt.Errorf("copy ledger %s to %s: %w", from.label, to.label, err)
	}
	res.Actors = n
	st, err := from.Stats(ctx)
	if err != nil {
		return res, fmt.Errorf("copy ledger %s: %w", from.label, err)
	}
	for offset := 0; ; offset += copyPage {
		page, err := from.Documents(ctx, DocumentQuery{Limit: copyPage, Offset: offset})
		if err != nil {
			return res, fmt.Errorf("copy ledger %s: %w", from.label, err)
		}
		for _, d := range page {
			created, nst, err := copyDocument(ctx, to, from, d.ID)
			if err != nil {
				return res, fmt.Errorf("copy ledger %s to %s: %w", from.label, to.label, err)
			}
			res.Documents++
			if created {
				res.Created++
				res.Statements += nst
			}
			if progress != nil {
				progress(res.Documents, max(st.Documents, res.Documents))
			}
		}
		if len(page) < copyPage {
			break
		}
	}
	return res, nil
}

// copyActors inserts src's actors that dst lacks, keeping their names, types and creation times, and
// returns how many it inserted.
func copyActors(ctx context.Context, to, from *sqlLedger) (int, error) {
	rows, err := from.r.QueryContext(ctx, `SELECT key, name, type, created_at FROM actors ORDER BY id`)
	if err != nil {
		return 0, fmt.Errorf("read actors: %w", err)
	}
	type actor struct {
		key, name, typ string
		created        time.Time
	}
	var actors []actor
	for rows.Next() {
		var a actor
		var created sql.NullString
		if err := rows.Scan(&a.key, &a.name, &a.typ, &created); err != nil {
			rows.Close()
			return 0, fmt.Errorf("read actors: %w", err)
		}
		if a.created, err = parseTime(created); err != nil {
			rows.Close()
			return 0, fmt.Errorf("read actor %q: %w", a.key, err)
		}
		actors = append(actors, a)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return 0, fmt.Errorf("read actors: %w", err)
	}

	tx, err := to.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("write actors: begin: %w", err)
	}
	defer tx.Rollback()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO actors (key, name, type, created_at) VALUES ($1, $2, $3, $4)
		ON CONFLICT (key) DO NOTHING`)
	if err != nil {
		return 0, fmt.Errorf("write actors: %w", err)
	}
	defer ins.Close()
	n := 0
	for _, a := range actors {
		r, err := ins.ExecContext(ctx, a.key, a.name, a.typ, to.d.timeArg(a.created))
		if err != nil {
			return 0, fmt.Errorf("write actor %q: %w", a.key, err)
		}
		k, err := r.RowsAffected()
		if err != nil {
			return 0, fmt.Errorf("write actor %q: %w", a.key, err)
		}
		n += int(k)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("write actors: commit: %w", err)
	}
	return n, nil
}

// copyDocument copies document id with its statements and checks the destination's statement count.
func copyDocument(ctx context.Context, to, from *sqlLedger, id int64) (created bool, statements int, err error) {
	d, err := from.Document(ctx, id)
	if err != nil {
		return false, 0, err
	}
	rows, err := from.Statements(ctx, StatementQuery{DocumentID: id})
	if err != nil {
		return false, 0, fmt.Errorf("document %d: %w", id, err)
	}
	stmts := make([]attrib.Statement, len(rows))
	for i, r := range rows {
		stmts[i] = r.Statement
	}
	sr, err := to.saveDocument(ctx, d.IngestDocument(), stmts, d.IngestedAt)
	if err != nil {
		return false, 0, err
	}
	if sr.Statements != len(stmts) {
		return false, 0, fmt.Errorf("document %s (%s): destination holds %d statements, source %d",
			d.Name, d.Hash, sr.Statements, len(stmts))
	}
	return sr.Created, sr.Statements, nil
}
