package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// SQLite is the Ledger on an embedded SQLite database file.
//
// It keeps two pools on the same file: one connection for all writes, whose transactions start with BEGIN
// IMMEDIATE, and a read-only pool. With WAL readers never block the writer nor it them, and because writes
// take the write lock up front (and wait busy_timeout for another process to release it) they never hit the
// "database is locked" error that a deferred transaction gets when it cannot upgrade its lock.
type SQLite struct {
	sqlLedger // w is one connection that every write goes through; r the read-only connections
	path      string
}

var _ Ledger = (*SQLite)(nil)

// busyTimeout is how long a connection waits for a lock held by another connection or process.
const busyTimeout = 10 * time.Second

// DefaultPath is where the ledger lives unless the user says otherwise: $XDG_DATA_HOME/parley/parley.db,
// or ~/.local/share/parley/parley.db.
func DefaultPath() (string, error) {
	// The XDG spec says relative values are invalid and must be ignored.
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "parley", "parley.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find default ledger path: %w", err)
	}
	return filepath.Join(home, ".local", "share", "parley", "parley.db"), nil
}

// Open opens (creating it and its parent directories if needed) the ledger at path and brings its schema
// up to date.
func Open(ctx context.Context, path string) (*SQLite, error) {
	if path == "" {
		return nil, errors.New("open ledger: empty path")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open ledger %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		return nil, fmt.Errorf("open ledger %s: create directory: %w", path, err)
	}
	if fi, err := os.Stat(abs); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("open ledger %s: is a directory", path)
	}

	s := &SQLite{path: path, sqlLedger: sqlLedger{now: time.Now, d: sqliteDialect, label: path}}
	s.w, err = sql.Open("sqlite", sqliteDSN(abs, false))
	if err != nil {
		return nil, fmt.Errorf("open ledger %s: %w", path, err)
	}
	s.w.SetMaxOpenConns(1)
	s.w.SetMaxIdleConns(1)
	// The first connection switches the file to WAL; failing here means the file is not a usable database.
	if err := pingRetryingBusy(ctx, s.w); err != nil {
		s.w.Close()
		return nil, fmt.Errorf("open ledger %s: %w", path, err)
	}
	if err := migrate(ctx, s.w, s.d, s.now); err != nil {
		s.w.Close()
		return nil, fmt.Errorf("open ledger %s: %w", path, err)
	}

	s.r, err = sql.Open("sqlite", sqliteDSN(abs, true))
	if err != nil {
		s.w.Close()
		return nil, fmt.Errorf("open ledger %s: %w", path, err)
	}
	n := max(4, runtime.GOMAXPROCS(0))
	s.r.SetMaxOpenConns(n)
	s.r.SetMaxIdleConns(n)
	// Version reads PRAGMA data_version on a connection of its own (see versionWatch).
	s.watch.db, err = sql.Open("sqlite", sqliteDSN(abs, true))
	if err != nil {
		s.r.Close()
		s.w.Close()
		return nil, fmt.Errorf("open ledger %s: %w", path, err)
	}
	s.watch.db.SetMaxOpenConns(1)
	s.watch.db.SetMaxIdleConns(1)
	return s, nil
}

// sqliteDSN builds a file: URI so that any character in the path (?, #, %) is escaped rather than parsed.
func sqliteDSN(abs string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
		// Readers map the file rather than read it page by page: a search touches thousands of pages, and
		// each read through the pure-Go driver is a system call (a search over 100,000 statements went from
		// 108 to 27 ms). Writes and the WAL still go through ordinary I/O.
		q.Add("_pragma", "mmap_size(268435456)")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Set("_txlock", "immediate")
	}
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive path: file:///C:/...
	}
	u := url.URL{Scheme: "file", Path: p, RawQuery: q.Encode()}
	return u.String()
}

// Path is the ledger's file as given to Open.
func (s *SQLite) Path() string { return s.path }

// pingRetryingBusy opens the first connection, waiting out another process that holds the file while it too
// switches a new ledger to WAL: SQLite answers that with SQLITE_BUSY at once, without its busy handler.
func pingRetryingBusy(ctx context.Context, db *sql.DB) error {
	deadline := time.Now().Add(busyTimeout)
	wait := 10 * time.Millisecond
	for {
		err := db.PingContext(ctx)
		if err == nil || !strings.Contains(err.Error(), "SQLITE_BUSY") || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, 500*time.Millisecond)
	}
}
