package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
)

// Postgres is the Ledger on a PostgreSQL database, for ledgers shared by many processes and machines
// (workers, see internal/jobs). It shares its SQL with SQLite through database/sql and pgx's driver; the
// schema lives in the database's search_path (set it with ?search_path=NAME in the DSN).
type Postgres struct {
	sqlLedger
	dsn string
}

var _ Ledger = (*Postgres)(nil)

// IsPostgresDSN reports whether dsn names a PostgreSQL database (postgres:// or postgresql://) rather
// than a SQLite file.
func IsPostgresDSN(dsn string) bool {
	d := strings.ToLower(dsn)
	return strings.HasPrefix(d, "postgres://") || strings.HasPrefix(d, "postgresql://")
}

// RedactDSN hides the password in a PostgreSQL DSN, for messages; other strings are returned as they are.
func RedactDSN(dsn string) string {
	if !IsPostgresDSN(dsn) {
		return dsn
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres://(unparsable DSN)"
	}
	return u.Redacted()
}

// OpenDSN opens the ledger dsn names: a postgres:// or postgresql:// URL opens PostgreSQL, anything else is
// a SQLite file path. Either way the schema is brought up to date.
func OpenDSN(ctx context.Context, dsn string) (Ledger, error) {
	if IsPostgresDSN(dsn) {
		p, err := OpenPostgres(ctx, dsn)
		if err != nil {
			return nil, err
		}
		return p, nil
	}
	s, err := Open(ctx, dsn)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// OpenPostgres connects to the PostgreSQL database at dsn and brings its schema up to date.
func OpenPostgres(ctx context.Context, dsn string) (*Postgres, error) {
	label := RedactDSN(dsn)
	if !IsPostgresDSN(dsn) {
		return nil, fmt.Errorf("open ledger %s: not a postgres:// URL", label)
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("open ledger %s: %w", label, err)
	}
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(4)
	db.SetConnMaxIdleTime(time.Minute)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open ledger %s: %w", label, err)
	}
	p := &Postgres{dsn: dsn, sqlLedger: sqlLedger{w: db, r: db, now: time.Now, d: postgresDialect, label: label}}
	if err := migrate(ctx, db, p.d, p.now); err != nil {
		db.Close()
		return nil, fmt.Errorf("open ledger %s: %w", label, err)
	}
	return p, nil
}

// DSN is the connection string given to OpenPostgres.
func (p *Postgres) DSN() string { return p.dsn }
