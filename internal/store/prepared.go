package store

import (
	"context"
	"database/sql"
	"errors"
	"sync"
)

// maxPrepared bounds the read statements a ledger keeps prepared. The queries that use them are built from
// a fixed set of fragments (one text per combination of filters), so the bound is only a safety net.
const maxPrepared = 128

// preparedReads keeps read statements prepared by their SQL text: on a page of results, parsing and
// planning a query costs about as much as running it. database/sql prepares a kept statement once on each
// connection of the pool that runs it.
type preparedReads struct {
	mu    sync.Mutex
	stmts map[string]*sql.Stmt
}

// query runs a read on the read pool through a kept prepared statement.
func (l *sqlLedger) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := l.prepare(ctx, query)
	if err != nil {
		return nil, err
	}
	if st == nil {
		return l.r.QueryContext(ctx, query, args...)
	}
	return st.QueryContext(ctx, args...)
}

// queryRow is query for a single row.
func (l *sqlLedger) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := l.prepare(ctx, query)
	if err != nil || st == nil {
		// On an error, QueryRowContext reports it through Scan as it would have.
		return l.r.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// prepare returns the kept statement for query, preparing it the first time; nil when maxPrepared are kept.
func (l *sqlLedger) prepare(ctx context.Context, query string) (*sql.Stmt, error) {
	p := &l.prepared
	p.mu.Lock()
	defer p.mu.Unlock()
	if st, ok := p.stmts[query]; ok {
		return st, nil
	}
	if len(p.stmts) >= maxPrepared {
		return nil, nil
	}
	st, err := l.r.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if p.stmts == nil {
		p.stmts = map[string]*sql.Stmt{}
	}
	p.stmts[query] = st
	return st, nil
}

// closePrepared closes the kept statements.
func (l *sqlLedger) closePrepared() error {
	p := &l.prepared
	p.mu.Lock()
	defer p.mu.Unlock()
	var errs []error
	for _, st := range p.stmts {
		errs = append(errs, st.Close())
	}
	p.stmts = nil
	return errors.Join(errs...)
}
