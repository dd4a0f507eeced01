package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// consistencyCheck is a query for rows a sound ledger does not have; each row it returns (at most 20, of
// integer columns) is one problem, which describe puts into words.
type consistencyCheck struct {
	label    string
	query    string
	describe func(v []int64) string
}

// consistencyChecks are the checks of what the schema cannot enforce, in SQL both dialects run. A document is
// saved with its statements and claims in one transaction, and signed and put into its story cluster in a
// later one (Sources.Recluster), so that a crash can leave a document unsigned but never half-stored or
// half-clustered.
var consistencyChecks = []consistencyCheck{
	{
		// Statements not numbered 0..n-1: what a save that stopped half way (or a stray delete) would leave.
		label: "half-stored documents",
		query: `SELECT document_id, COUNT(*), MIN(seq), MAX(seq) FROM statements
			GROUP BY document_id
			HAVING MIN(seq) <> 0 OR MAX(seq) <> COUNT(*) - 1
			ORDER BY document_id LIMIT 20`,
		describe: func(v []int64) string {
			return fmt.Sprintf("document %d has %d statements numbered %d..%d", v[0], v[1], v[2], v[3])
		},
	},
	{
		label: "half-stored claims",
		query: `SELECT document_id, COUNT(*), MIN(seq), MAX(seq) FROM claims
			GROUP BY document_id
			HAVING MIN(seq) <> 0 OR MAX(seq) <> COUNT(*) - 1
			ORDER BY document_id LIMIT 20`,
		describe: func(v []int64) string {
			return fmt.Sprintf("document %d has %d claims numbered %d..%d", v[0], v[1], v[2], v[3])
		},
	},
	{
		label: "claims citing another document",
		query: `SELECT c.id, c.document_id, s.document_id FROM claims c JOIN statements s ON s.id = c.statement_id
			WHERE s.document_id <> c.document_id
			ORDER BY c.id LIMIT 20`,
		describe: func(v []int64) string {
			return fmt.Sprintf("claim %d of document %d cites a statement of document %d", v[0], v[1], v[2])
		},
	},
	{
		// Recluster sets a document's signature, its sequence number and its cluster in one transaction.
		label: "half-clustered documents",
		query: `SELECT id FROM documents
			WHERE (signature IS NULL) <> (sig_seq IS NULL) OR (signature IS NULL) <> (cluster_id IS NULL)
			ORDER BY id LIMIT 20`,
		describe: func(v []int64) string {
			return fmt.Sprintf("document %d has only some of signature, signature number and cluster", v[0])
		},
	},
	{
		// A cluster is named by its lowest document id, and that document is in it.
		label: "story clusters",
		query: `SELECT d.id, d.cluster_id FROM documents d LEFT JOIN documents c ON c.id = d.cluster_id
			WHERE d.cluster_id IS NOT NULL
				AND (d.cluster_id > d.id OR c.id IS NULL OR c.cluster_id IS NULL OR c.cluster_id <> c.id)
			ORDER BY d.id LIMIT 20`,
		describe: func(v []int64) string {
			return fmt.Sprintf("document %d is in cluster %d, which is not a lower document heading its own cluster", v[0], v[1])
		},
	},
}

// halfDocuments runs consistencyChecks in tx and returns one error per check that finds problems.
func halfDocuments(ctx context.Context, tx *sql.Tx) []error {
	var errs []error
	for _, c := range consistencyChecks {
		problems, err := consistencyProblems(ctx, tx, c)
		if err != nil {
			return []error{fmt.Errorf("%s: %w", c.label, err)}
		}
		if len(problems) > 0 {
			errs = append(errs, fmt.Errorf("%s: %s", c.label, strings.Join(problems, "; ")))
		}
	}
	return errs
}

func consistencyProblems(ctx context.Context, tx *sql.Tx, c consistencyCheck) ([]string, error) {
	rows, err := tx.QueryContext(ctx, c.query)
	if err != nil {
		return nil, err
	}
	cols, err := rows.Columns()
	if err != nil {
		rows.Close()
		return nil, err
	}
	v := make([]int64, len(cols))
	dest := make([]any, len(cols))
	for i := range v {
		dest[i] = &v[i]
	}
	var problems []string
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			rows.Close()
			return nil, err
		}
		problems = append(problems, c.describe(v))
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, err
	}
	return problems, nil
}
