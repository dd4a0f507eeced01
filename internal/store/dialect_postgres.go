package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// This file holds the SQL that is PostgreSQL's own: tsvector search with ts_headline snippets, an advisory
// lock around migrations, and the integrity checks.

var postgresDialect = &dialect{
	name:           "postgres",
	migrations:     "migrations/postgres",
	lockMigrations: pgLockMigrations,
	timeArg:        func(t time.Time) any { return t.UTC().Truncate(time.Second) },
	forUpdate:      " FOR UPDATE",
	search:         pgSearch,
	limit:          pgLimit,
	badQuery:       func(msg string) bool { return strings.Contains(msg, "tsquery") },
	check:          pgCheck,
}

// pgSearchVector recomputes statements.search; Check compares the stored column with it.
const pgSearchVector = `setweight(to_tsvector('simple', content_text), 'A') || setweight(to_tsvector('simple', speaker), 'B')`

// pgMaxLexeme is the longest word (in bytes) PostgreSQL indexes; a longer query word can match nothing.
const pgMaxLexeme = 2047

// pgSearch matches q against the statements' tsvector. The tsquery is built from letters and digits only
// (see tsQuery), so no input can be a syntax error; the snippet marks matches with [ ] like SQLite's, and
// the rank is the negated ts_rank so that lower is better on both backends.
func pgSearch(a *args, q string) (searchSQL, error) {
	terms, err := searchTerms(q)
	if err != nil {
		return searchSQL{}, err
	}
	var parts []string
	for _, t := range terms {
		for i, run := range t.runs {
			if len(run) > pgMaxLexeme {
				// Never indexed, so nothing can match (and to_tsquery would refuse it).
				// The rank must be an expression: ORDER BY 0 would name a column by position.
				return searchSQL{join: "CROSS JOIN (SELECT NULL::tsquery AS q) tsq", where: "FALSE",
					snippet: "''", rank: "-ts_rank(s.search, tsq.q)"}, nil
			}
			lex := "'" + run + "'" // runs hold no quotes or backslashes
			if t.prefix && i == len(t.runs)-1 {
				lex += ":*"
			}
			parts = append(parts, lex)
		}
	}
	return searchSQL{
		join:  "CROSS JOIN to_tsquery('simple', " + a.add(strings.Join(parts, " & ")) + ") AS tsq",
		where: "s.search @@ tsq",
		snippet: `ts_headline('simple', s.content_text, tsq,
			'StartSel=[, StopSel=], MaxWords=16, MinWords=8, ShortWord=0, MaxFragments=2, FragmentDelimiter=" … "')`,
		rank: "-ts_rank(s.search, tsq)",
	}, nil
}

// searchTerm is one word of a search as runs of letters and digits, and whether it ended in *.
type searchTerm struct {
	runs   []string
	prefix bool
}

// searchTerms splits what a user typed into words (on spaces) and each word into runs of token characters
// (isTokenChar), dropping everything else: operators, quotes, punctuation, NUL, invalid UTF-8. A word
// ending in * is a prefix search. No words left is ErrBadQuery, as on SQLite.
func searchTerms(q string) ([]searchTerm, error) {
	var terms []searchTerm
	for _, w := range strings.Fields(q) {
		t := searchTerm{prefix: strings.HasSuffix(w, "*")}
		t.runs = strings.FieldsFunc(w, func(r rune) bool { return !isTokenChar(r) })
		if len(t.runs) > 0 {
			terms = append(terms, t)
		}
	}
	if len(terms) == 0 {
		return nil, fmt.Errorf("%w %q: no words to search for", ErrBadQuery, q)
	}
	return terms, nil
}

// pgLimit renders LIMIT/OFFSET, which PostgreSQL accepts in any combination.
func pgLimit(a *args, limit, offset int) string {
	var s string
	if limit > 0 {
		s += " LIMIT " + a.add(limit)
	}
	if offset > 0 {
		s += " OFFSET " + a.add(offset)
	}
	return s
}

// pgLockMigrations holds a session advisory lock, keyed by schema, while migrations run, so that workers
// starting together on a new database apply each migration once.
func pgLockMigrations(ctx context.Context, conn *sql.Conn) (func(), error) {
	const key = `hashtext('parley migrations ' || current_schema())`
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(`+key+`)`); err != nil {
		return nil, err
	}
	return func() {
		// Unlock even when ctx was cancelled; the lock would otherwise outlive us on a pooled connection.
		conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(`+key+`)`)
	}, nil
}

// pgCheck verifies, in one snapshot, that references resolve (PostgreSQL enforces foreign keys, but they
// can be disabled by replication or dropped), that every constraint is validated, that no document is
// half-stored, and that the search vectors and their GIN index match the statements.
func pgCheck(ctx context.Context, l *sqlLedger) []error {
	tx, err := l.r.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
	if err != nil {
		return []error{fmt.Errorf("begin: %w", err)}
	}
	defer tx.Rollback()
	var errs []error

	var danglingDocs, danglingActors int
	if err := tx.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM statements s WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = s.document_id)),
		(SELECT COUNT(*) FROM statements s WHERE s.actor_id IS NOT NULL
			AND NOT EXISTS (SELECT 1 FROM actors a WHERE a.id = s.actor_id))`).Scan(&danglingDocs, &danglingActors); err != nil {
		return []error{fmt.Errorf("foreign keys: %w", err)}
	}
	if danglingDocs > 0 || danglingActors > 0 {
		errs = append(errs, fmt.Errorf("foreign keys: %d statements refer to a missing document, %d to a missing actor",
			danglingDocs, danglingActors))
	}
	var unvalidated sql.NullString
	if err := tx.QueryRowContext(ctx, `SELECT string_agg(conname, ', ' ORDER BY conname) FROM pg_constraint
		WHERE conrelid IN (to_regclass('documents'), to_regclass('actors'), to_regclass('statements')) AND NOT convalidated`).
		Scan(&unvalidated); err != nil {
		return []error{fmt.Errorf("constraints: %w", err)}
	}
	if unvalidated.Valid {
		errs = append(errs, fmt.Errorf("constraints not validated: %s", unvalidated.String))
	}

	errs = append(errs, halfDocuments(ctx, tx)...)

	var stale int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM statements WHERE search IS DISTINCT FROM (`+pgSearchVector+`)`).
		Scan(&stale); err != nil {
		return []error{fmt.Errorf("search index: %w", err)}
	}
	if stale > 0 {
		errs = append(errs, fmt.Errorf("search index: %d statements have a stale search vector", stale))
	}
	var valid, ready sql.NullBool
	err = tx.QueryRowContext(ctx, `SELECT indisvalid, indisready FROM pg_index WHERE indexrelid = to_regclass('statements_search')`).
		Scan(&valid, &ready)
	switch {
	case err == sql.ErrNoRows:
		errs = append(errs, fmt.Errorf("search index statements_search is missing"))
	case err != nil:
		return []error{fmt.Errorf("search index: %w", err)}
	case !valid.Bool || !ready.Bool:
		errs = append(errs, fmt.Errorf("search index statements_search is invalid: rebuild it with REINDEX"))
	}
	if err := tx.Commit(); err != nil {
		return []error{fmt.Errorf("end read: %w", err)}
	}
	return errs
}
