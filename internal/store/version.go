package store

import (
	"context"
	"fmt"
)

// Version is a token that changes whenever what the ledger holds changes, whoever wrote it (another process
// included): a document, statement, claim or actor stored or replaced, or documents clustered. Views
// computed from the whole ledger (positions, the actor list) can be kept until it moves. It is made of the
// tables' row counts and highest ids, which cost a fraction of a millisecond to read on SQLite. One change
// can leave it as it was: on SQLite, which reuses the ids of deleted rows, replacing the newest document's
// statements or claims by as many rows; callers that cache should also bound the age of what they keep.
func (s *sqlLedger) Version(ctx context.Context) (string, error) {
	var v [9]int64
	err := s.queryRow(ctx, `SELECT
		(SELECT COUNT(*) FROM documents), (SELECT COALESCE(MAX(id), 0) FROM documents),
		(SELECT COALESCE(MAX(sig_seq), 0) FROM documents),
		(SELECT COUNT(*) FROM statements), (SELECT COALESCE(MAX(id), 0) FROM statements),
		(SELECT COUNT(*) FROM claims), (SELECT COALESCE(MAX(id), 0) FROM claims),
		(SELECT COUNT(*) FROM actors), (SELECT COALESCE(MAX(id), 0) FROM actors)`,
	).Scan(&v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6], &v[7], &v[8])
	if err != nil {
		return "", fmt.Errorf("ledger version: %w", err)
	}
	return fmt.Sprint(v), nil
}
