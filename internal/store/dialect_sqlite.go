package store

import (
	"fmt"
	"strings"
	"unicode"
)

// This file holds the SQL that is SQLite's own: FTS5 search and LIMIT syntax. A PostgreSQL ledger replaces
// these (with tsvector search and ts_headline) and can share the rest of the query builder.

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
