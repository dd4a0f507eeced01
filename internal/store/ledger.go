package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// sqlLedger is the Ledger on a database/sql database; SQLite and Postgres embed it and differ only in how
// they open it and in their dialect.
type sqlLedger struct {
	w     *sql.DB // writes; on SQLite a single connection, on PostgreSQL the same pool as r
	r     *sql.DB // reads
	now   func() time.Time
	d     *dialect
	label string // names the ledger in errors: a path or a DSN without its password
	// prepared keeps the statements of frequent reads (statement listings) prepared on r.
	prepared preparedReads
	// watch reads the ledger's version (see Version).
	watch versionWatch
}

var _ Ledger = (*sqlLedger)(nil)

// Dialect names the database the ledger is in: "sqlite" or "postgres".
func (l *sqlLedger) Dialect() string { return l.d.name }

// Check verifies the ledger's integrity: the database's own checks, foreign keys, and that the full-text
// index matches the stored statements. It returns every problem found, joined.
func (l *sqlLedger) Check(ctx context.Context) error {
	if err := errors.Join(l.d.check(ctx, l)...); err != nil {
		return fmt.Errorf("check ledger %s: %w", l.label, err)
	}
	return nil
}

// Close releases the database.
func (l *sqlLedger) Close() error {
	var optErr error
	if l.d.beforeClose != nil {
		optErr = l.d.beforeClose(l.w)
	}
	rErr := errors.Join(l.closePrepared(), l.watch.close())
	if l.r != l.w {
		rErr = errors.Join(rErr, l.r.Close())
	}
	wErr := l.w.Close()
	if err := errors.Join(rErr, wErr); err != nil {
		return fmt.Errorf("close ledger %s: %w", l.label, err)
	}
	if optErr != nil {
		return fmt.Errorf("close ledger %s: %w", l.label, optErr)
	}
	return nil
}
