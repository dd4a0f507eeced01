package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// This file holds the SQL that is SQLite's own: FTS5 search, LIMIT syntax, PRAGMA checks.

var sqliteDialect = &dialect{
	name:       "sqlite",
	migrations: "migrations/sqlite",
	timeArg:    func(t time.Time) any { return formatTime(t) },
	search:     sqliteSearch,
	limit:      sqliteLimit,
	badQuery:   func(msg string) bool { return strings.Contains(msg, "fts5") },
	check:      sqliteCheck,
	anonParams: true,
	beforeClose: func(w *sql.DB) error {
		// PRAGMA optimize is cheap and recommended before closing a connection that made changes.
		if _, err := w.Exec("PRAGMA optimize"); err != nil {
			return fmt.Errorf("optimize: %w", err)
		}
		return nil
	},
}

// sqliteSearch is the FTS5 part of a statements query: it joins the index, matches q and selects a
// snippet of what was said with [ ] around matched words, and the bm25 rank (lower is better).
func sqliteSearch(a *args, q string) (searchSQL, error) {
	match, err := ftsQuery(q)
	if err != nil {
		return searchSQL{}, err
	}
	return searchSQL{
		join:    "JOIN statements_fts ON statements_fts.rowid = s.id",
		where:   "statements_fts MATCH " + a.add(match),
		snippet: "snippet(statements_fts, 0, '[', ']', '…', 16)",
		rank:    "bm25(statements_fts)",
	}, nil
}

// sqliteLimit renders LIMIT/OFFSET; SQLite needs a LIMIT (-1 for none) before an OFFSET.
func sqliteLimit(a *args, limit, offset int) string {
	switch {
	case limit > 0 && offset > 0:
		return " LIMIT " + a.add(limit) + " OFFSET " + a.add(offset)
	case limit > 0:
		return " LIMIT " + a.add(limit)
	case offset > 0:
		return " LIMIT -1 OFFSET " + a.add(offset)
	}
	return ""
}

// ftsQuery turns what a user typed into an FTS5 query that cannot be a syntax error: every word becomes a
// quoted string (so AND, OR, NOT, NEAR, column filters, parentheses and quotes are plain text) and all must
// match. A word ending in * stays a prefix search. Words with no letters or digits are dropped, since the
// tokenizer would index nothing for them; if none are left the query is ErrBadQuery.
func ftsQuery(q string) (string, error) {
	var terms []string
	for _, w := range strings.Fields(q) {
		prefix := strings.HasSuffix(w, "*")
		w = strings.TrimRight(w, "*")
		if !strings.ContainsFunc(w, isTokenChar) {
			continue
		}
		if strings.ContainsRune(w, 0) {
			w = strings.ReplaceAll(w, "\x00", " ")
		}
		t := `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
		if prefix {
			t += "*"
		}
		terms = append(terms, t)
	}
	if len(terms) == 0 {
		return "", fmt.Errorf("%w %q: no words to search for", ErrBadQuery, q)
	}
	return strings.Join(terms, " "), nil
}

// isTokenChar reports the characters FTS5's unicode61 tokenizer keeps in tokens by default (L*, N*, Co).
func isTokenChar(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r)
}

// sqliteCheck verifies the database file (PRAGMA integrity_check), its foreign keys, and that the FTS5
// index holds exactly the stored statements.
func sqliteCheck(ctx context.Context, l *sqlLedger) []error {
	var errs []error

	// One read transaction, so that every check sees the same snapshot while other writers go on.
	tx, err := l.r.BeginTx(ctx, nil)
	if err != nil {
		return []error{fmt.Errorf("begin: %w", err)}
	}
	defer tx.Rollback()
	// FTS5 caches its index structure per connection and revalidates it when a query opens the table, but
	// integrity_check does not: on a read connection that searched while another connection wrote, it can
	// report corruption that is not there (seen under concurrent ingest and search; a fresh connection finds
	// none). Opening the table inside this transaction refreshes the cache for this snapshot.
	if _, err := tx.ExecContext(ctx, `SELECT rowid FROM statements_fts LIMIT 1`); err != nil {
		return []error{fmt.Errorf("open search index: %w", err)}
	}

	problems, err := pragmaRows(ctx, tx, `PRAGMA integrity_check`, func(rows *sql.Rows) (string, error) {
		var msg string
		if err := rows.Scan(&msg); err != nil || msg == "ok" {
			return "", err
		}
		return msg, nil
	})
	if err != nil {
		return []error{fmt.Errorf("integrity_check: %w", err)}
	}
	if len(problems) > 0 {
		errs = append(errs, fmt.Errorf("integrity_check: %s", strings.Join(problems, "; ")))
	}

	// foreign_key_check yields one row per dangling reference: table, rowid, parent table, key index.
	problems, err = pragmaRows(ctx, tx, `PRAGMA foreign_key_check`, func(rows *sql.Rows) (string, error) {
		var table, parent string
		var rowid, fkid any
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return "", err
		}
		return fmt.Sprintf("%s row %v refers to a missing %s", table, rowid, parent), nil
	})
	if err != nil {
		return []error{fmt.Errorf("foreign_key_check: %w", err)}
	}
	if len(problems) > 0 {
		errs = append(errs, fmt.Errorf("foreign keys: %s", strings.Join(problems, "; ")))
	}

	errs = append(errs, halfDocuments(ctx, tx)...)

	// An external-content FTS table reads its rows from statements, so count the index's own per-row
	// table instead; integrity-check with rank 1 then compares the index with the content.
	var nStmts, nIndexed int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM statements), (SELECT COUNT(*) FROM statements_fts_docsize)`).
		Scan(&nStmts, &nIndexed); err != nil {
		return []error{fmt.Errorf("count search index: %w", err)}
	}
	if nStmts != nIndexed {
		errs = append(errs, fmt.Errorf("search index holds %d rows for %d statements", nIndexed, nStmts))
	}
	if err := tx.Commit(); err != nil {
		return []error{fmt.Errorf("end read: %w", err)}
	}
	if _, err := l.w.ExecContext(ctx, `INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		errs = append(errs, fmt.Errorf("search index integrity-check: %w", err))
	}
	return errs
}

// pragmaRows runs query and collects the non-empty strings row returns for its rows.
func pragmaRows(ctx context.Context, tx *sql.Tx, query string, row func(*sql.Rows) (string, error)) ([]string, error) {
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	var out []string
	for rows.Next() {
		msg, err := row(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		if msg != "" {
			out = append(out, msg)
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, err
	}
	return out, nil
}
