package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// halfDocuments finds documents whose statements are not numbered 0..n-1: what a save that stopped half way
// (or a stray delete) would leave. SaveDocument and ReplaceStatements write a document's statements in one
// transaction, so a sound ledger has none. The SQL is shared by both dialects.
func halfDocuments(ctx context.Context, tx *sql.Tx) []error {
	rows, err := tx.QueryContext(ctx, `
		SELECT document_id, COUNT(*), MIN(seq), MAX(seq) FROM statements
		GROUP BY document_id
		HAVING MIN(seq) <> 0 OR MAX(seq) <> COUNT(*) - 1
		ORDER BY document_id LIMIT 20`)
	if err != nil {
		return []error{fmt.Errorf("statement numbering: %w", err)}
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var id, n, lo, hi int64
		if err := rows.Scan(&id, &n, &lo, &hi); err != nil {
			return []error{fmt.Errorf("statement numbering: %w", err)}
		}
		problems = append(problems, fmt.Sprintf("document %d has %d statements numbered %d..%d", id, n, lo, hi))
	}
	if err := rows.Err(); err != nil {
		return []error{fmt.Errorf("statement numbering: %w", err)}
	}
	if len(problems) > 0 {
		return []error{fmt.Errorf("half-stored documents: %s", strings.Join(problems, "; "))}
	}
	return nil
}
