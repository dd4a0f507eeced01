package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// Check verifies the database file (PRAGMA integrity_check), its foreign keys, and that the full-text index
// holds exactly the stored statements. It returns every problem found, joined.
func (s *SQLite) Check(ctx context.Context) error {
	var errs []error

	// One read transaction, so that every check sees the same snapshot while other writers go on.
	tx, err := s.r.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("check ledger %s: begin: %w", s.path, err)
	}
	defer tx.Rollback()
	// FTS5 caches its index structure per connection and revalidates it when a query opens the table, but
	// integrity_check does not: on a read connection that searched while another connection wrote, it can
	// report corruption that is not there (seen under concurrent ingest and search; a fresh connection finds
	// none). Opening the table inside this transaction refreshes the cache for this snapshot.
	if _, err := tx.ExecContext(ctx, `SELECT rowid FROM statements_fts LIMIT 1`); err != nil {
		return fmt.Errorf("check ledger %s: open search index: %w", s.path, err)
	}

	rows, err := tx.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return fmt.Errorf("check ledger %s: integrity_check: %w", s.path, err)
	}
	var problems []string
	for rows.Next() {
		var msg string
		if err := rows.Scan(&msg); err != nil {
			rows.Close()
			return fmt.Errorf("check ledger %s: integrity_check: %w", s.path, err)
		}
		if msg != "ok" {
			problems = append(problems, msg)
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return fmt.Errorf("check ledger %s: integrity_check: %w", s.path, err)
	}
	if len(problems) > 0 {
		errs = append(errs, fmt.Errorf("integrity_check: %s", strings.Join(problems, "; ")))
	}

	// foreign_key_check yields one row per dangling reference: table, rowid, parent table, key index.
	rows, err = tx.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		return fmt.Errorf("check ledger %s: foreign_key_check: %w", s.path, err)
	}
	problems = problems[:0]
	for rows.Next() {
		var table, parent string
		var rowid, fkid any
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			rows.Close()
			return fmt.Errorf("check ledger %s: foreign_key_check: %w", s.path, err)
		}
		problems = append(problems, fmt.Sprintf("%s row %v refers to a missing %s", table, rowid, parent))
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return fmt.Errorf("check ledger %s: foreign_key_check: %w", s.path, err)
	}
	if len(problems) > 0 {
		errs = append(errs, fmt.Errorf("foreign keys: %s", strings.Join(problems, "; ")))
	}

	// An external-content FTS table reads its rows from statements, so count the index's own per-row
	// table instead; integrity-check with rank 1 then compares the index with the content.
	var nStmts, nIndexed int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM statements), (SELECT COUNT(*) FROM statements_fts_docsize)`).
		Scan(&nStmts, &nIndexed); err != nil {
		return fmt.Errorf("check ledger %s: count search index: %w", s.path, err)
	}
	if nStmts != nIndexed {
		errs = append(errs, fmt.Errorf("search index holds %d rows for %d statements", nIndexed, nStmts))
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("check ledger %s: end read: %w", s.path, err)
	}
	if _, err := s.w.ExecContext(ctx, `INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		errs = append(errs, fmt.Errorf("search index integrity-check: %w", err))
	}

	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("check ledger %s: %w", s.path, err)
	}
	return nil
}
