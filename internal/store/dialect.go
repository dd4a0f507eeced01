package store

import (
	"context"
	"database/sql"
	"time"
)

// dialect is what differs between the SQL databases a ledger can live in. Everything else (the statements
// that save and query, and the scanning of their rows) is shared by the two backends through sqlLedger.
type dialect struct {
	name string // "sqlite" or "postgres"
	// migrations is the directory of migrationFS holding this dialect's numbered schema files.
	migrations string
	// lockMigrations, when set, returns a function releasing a lock that serialises migrations between
	// processes; it runs on the connection that then applies them. SQLite needs none: its write
	// transactions take the database lock when they begin.
	lockMigrations func(ctx context.Context, conn *sql.Conn) (unlock func(), err error)
	// timeArg turns a time into the value stored in a date column (fixed-width text on SQLite, timestamptz
	// on PostgreSQL). Dates are read back through parseTime on both.
	timeArg func(t time.Time) any
	// forUpdate is appended to a SELECT in a write transaction to lock the rows it reads until commit
	// (" FOR UPDATE" on PostgreSQL; SQLite's write transactions already hold the database lock).
	forUpdate string
	// search builds the full-text search fragments for a statements query.
	search func(a *args, q string) (searchSQL, error)
	// limit renders LIMIT/OFFSET.
	limit func(a *args, limit, offset int) string
	// badQuery reports an error message that means the search engine rejected the user's query.
	badQuery func(msg string) bool
	// check runs the dialect's integrity checks and returns every problem found.
	check func(ctx context.Context, l *sqlLedger) []error
	// anonParams: the multi-row inserts take plain "?" placeholders. SQLite looks a "$n" up by a linear scan of
	// the statement's parameter names, when it parses the statement and again when each value is bound, which
	// made an insert of 100 statements (1,900 parameters) cost millions of string comparisons.
	anonParams bool
	// beforeClose runs on the write pool before the ledger closes (SQLite's PRAGMA optimize).
	beforeClose func(w *sql.DB) error
}
