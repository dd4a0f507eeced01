package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"sync"
)

// Version is a token that changes whenever a write to the ledger has been committed since the last call,
// whoever made it (another connection or process included), so that views computed from the ledger
// (positions, the actor list, whole API answers) can be kept until it moves. It never stays put across a
// committed write, so nothing kept by it is ever older than the last write; it also moves with writes that
// change no answer (a feed's poll state; on PostgreSQL, any write on the same server), which only cost a
// recomputation.
//
// On SQLite it is PRAGMA data_version on one read connection kept for the purpose, which moves when any
// other connection commits: no table is read (a few microseconds). Telling a feed's poll state from the
// ledger would take a counter kept by triggers on every row written: about 10% more CPU to store documents.
// On PostgreSQL it is the current snapshot (xmin:xmax:in-progress ids), which differs after any
// transaction that wrote has committed.
func (l *sqlLedger) Version(ctx context.Context) (string, error) {
	if l.d.name == "sqlite" {
		return l.watch.sqliteVersion(ctx, l.label)
	}
	var snap string
	if err := l.queryRow(ctx, `SELECT pg_current_snapshot()::text`).Scan(&snap); err != nil {
		return "", fmt.Errorf("ledger %s: version: %w", l.label, err)
	}
	return snap, nil
}

// versionWatch keeps the connection SQLite's data version is read on. data_version counts the commits of
// other connections as this connection has seen them, so it only means something read again and again on
// the same connection: a new connection starts a new generation.
//
// One read runs at a time. Callers that arrive meanwhile join the next read, which starts after they
// arrived and so sees every commit made before; under load one read answers many requests instead of
// each waiting in line for its own.
type versionWatch struct {
	db   *sql.DB       // one read-only connection (SQLite); nil until the ledger opens it
	turn chan struct{} // held by the caller reading; guards conn, seen and gen

	mu      sync.Mutex
	pending *versionRead // the read that has not started yet; arriving callers join it

	conn *sql.Conn
	seen int64  // data_version last read on conn
	gen  uint64 // moves with every change seen and every new connection
}

// versionRead is one read of the version, for all the callers that joined it.
type versionRead struct {
	done chan struct{}
	ver  string
	err  error
}

func (w *versionWatch) sqliteVersion(ctx context.Context, label string) (string, error) {
	w.mu.Lock()
	if w.turn == nil {
		w.turn = make(chan struct{}, 1)
	}
	rd := w.pending
	if rd == nil {
		rd = &versionRead{done: make(chan struct{})}
		w.pending = rd
	}
	w.mu.Unlock()
	select {
	case <-rd.done: // another caller read it for us
		return rd.ver, rd.err
	case w.turn <- struct{}{}:
	case <-ctx.Done():
		return "", ctx.Err()
	}
	defer func() { <-w.turn }()
	w.mu.Lock()
	if w.pending == rd {
		w.pending = nil // later callers join a read that starts after this one
	}
	w.mu.Unlock()
	select {
	case <-rd.done:
		return rd.ver, rd.err
	default:
	}
	// The read answers others too: the client that made it leaving must not fail theirs.
	rd.ver, rd.err = w.read(context.WithoutCancel(ctx), label)
	close(rd.done)
	return rd.ver, rd.err
}

// read reads data_version; the caller holds turn.
func (w *versionWatch) read(ctx context.Context, label string) (string, error) {
	if w.db == nil {
		return "", fmt.Errorf("ledger %s: version: no version connection", label)
	}
	if w.conn == nil {
		c, err := w.db.Conn(ctx)
		if err != nil {
			return "", fmt.Errorf("ledger %s: version: %w", label, err)
		}
		w.conn, w.gen = c, w.gen+1
		if err := c.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&w.seen); err != nil {
			w.drop()
			return "", fmt.Errorf("ledger %s: version: %w", label, err)
		}
		return strconv.FormatUint(w.gen, 10), nil
	}
	var v int64
	if err := w.conn.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
		// The connection may be broken: the next read starts a new one, and a new generation.
		w.drop()
		return "", fmt.Errorf("ledger %s: version: %w", label, err)
	}
	if v != w.seen {
		w.seen, w.gen = v, w.gen+1
	}
	return strconv.FormatUint(w.gen, 10), nil
}

// drop closes the kept connection; the caller holds turn.
func (w *versionWatch) drop() {
	if w.conn != nil {
		_ = w.conn.Close() // it is being given up because it failed
		w.conn = nil
	}
}

// close releases the connection and its pool, after the read running, if any; later reads fail.
func (w *versionWatch) close() error {
	w.mu.Lock()
	if w.turn == nil {
		w.turn = make(chan struct{}, 1)
	}
	w.mu.Unlock()
	w.turn <- struct{}{}
	defer func() { <-w.turn }()
	var err error
	if w.conn != nil {
		err = w.conn.Close()
		w.conn = nil
	}
	if w.db != nil {
		err = errors.Join(err, w.db.Close())
		w.db = nil
	}
	return err
}
