package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// A document not yet clustered counts as a story of its own.
const docCluster = "COALESCE(d.cluster_id, d.id)"

// Cluster is the story cluster of one document.
type Cluster struct {
	DocumentID int64 `json:"document_id"`
	// ID is the lowest document id among the copies; the document's own id when it has none or has not been
	// clustered yet.
	ID int64 `json:"cluster_id"`
	// Size counts the documents in the cluster, this one included.
	Size int `json:"size"`
}

// Clusters returns the story cluster of each of docIDs that exists.
func (s *Sources) Clusters(ctx context.Context, docIDs []int64) (map[int64]Cluster, error) {
	out := make(map[int64]Cluster, len(docIDs))
	err := inChunks(docIDs, func(ids []int64) error {
		var a args
		q := `SELECT d.id, ` + docCluster + `, (SELECT COUNT(*) FROM documents c WHERE c.cluster_id = d.cluster_id)
			FROM documents d WHERE d.id IN (` + placeholders(&a, ids) + `)`
		rows, err := s.l.r.QueryContext(ctx, q, a.vals...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var c Cluster
			if err := rows.Scan(&c.DocumentID, &c.ID, &c.Size); err != nil {
				return err
			}
			c.Size = max(c.Size, 1)
			out[c.DocumentID] = c
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("read story clusters: %w", err)
	}
	return out, nil
}

// ClusterDocuments lists the documents of story cluster id (by date), or ErrNotFound when no document is in
// it. A document's own id names its cluster only when it is the lowest of its copies; ClusterOf finds it.
func (s *Sources) ClusterDocuments(ctx context.Context, id int64) ([]DocumentRow, error) {
	rows, err := s.l.r.QueryContext(ctx, `SELECT `+documentColumns+` FROM documents d WHERE `+docCluster+` = $1
		ORDER BY `+docDate+`, d.id`, id)
	if err != nil {
		return nil, fmt.Errorf("list documents of cluster %d: %w", id, err)
	}
	defer rows.Close()
	var out []DocumentRow
	for rows.Next() {
		r, err := scanDocument(rows, false)
		if err != nil {
			return nil, fmt.Errorf("list documents of cluster %d: %w", id, err)
		}
		out = append(out, *r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list documents of cluster %d: %w", id, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("cluster %d: %w", id, ErrNotFound)
	}
	return out, nil
}

// ClusterOf returns the story cluster of document docID, or ErrNotFound.
func (s *Sources) ClusterOf(ctx context.Context, docID int64) (int64, error) {
	var id int64
	err := s.l.r.QueryRowContext(ctx, `SELECT `+docCluster+` FROM documents d WHERE d.id = $1`, docID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("document %d: %w", docID, ErrNotFound)
	}
	if err != nil {
		return 0, fmt.Errorf("read cluster of document %d: %w", docID, err)
	}
	return id, nil
}

// IndependentSources counts the story clusters that the statements statementIDs come from: two wire
// copies quoting the same person count once. Unknown ids are ignored.
func (s *Sources) IndependentSources(ctx context.Context, statementIDs []int64) (int, error) {
	clusters := map[int64]bool{}
	err := inChunks(statementIDs, func(ids []int64) error {
		var a args
		q := `SELECT DISTINCT ` + docCluster + ` FROM statements st
			JOIN documents d ON d.id = st.document_id WHERE st.id IN (` + placeholders(&a, ids) + `)`
		return s.collect(ctx, clusters, q, a.vals)
	})
	if err != nil {
		return 0, fmt.Errorf("count independent sources: %w", err)
	}
	return len(clusters), nil
}

// IndependentDocuments counts the story clusters among documents docIDs. Unknown ids are ignored.
func (s *Sources) IndependentDocuments(ctx context.Context, docIDs []int64) (int, error) {
	clusters := map[int64]bool{}
	err := inChunks(docIDs, func(ids []int64) error {
		var a args
		q := `SELECT DISTINCT ` + docCluster + ` FROM documents d WHERE d.id IN (` + placeholders(&a, ids) + `)`
		return s.collect(ctx, clusters, q, a.vals)
	})
	if err != nil {
		return 0, fmt.Errorf("count independent documents: %w", err)
	}
	return len(clusters), nil
}

func (s *Sources) collect(ctx context.Context, set map[int64]bool, query string, vals []any) error {
	rows, err := s.l.r.QueryContext(ctx, query, vals...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return err
		}
		set[id] = true
	}
	return rows.Err()
}

// Occurrences says how often one quote (a statement key) was printed.
type Occurrences struct {
	// Key is dedup.StatementKey of the speaker's actor key and what was said; "" for a statement not yet
	// keyed, which then counts only itself.
	Key string `json:"key"`
	// Statements counts the statements with this key; Documents the documents they are in; Sources the
	// story clusters of those documents, i.e. the independent sources that printed the quote.
	Statements int `json:"occurrences"`
	Documents  int `json:"documents"`
	Sources    int `json:"sources"`
}

// StatementOccurrences returns, for each of statementIDs that exists, how often its quote occurs in the
// whole ledger.
func (s *Sources) StatementOccurrences(ctx context.Context, statementIDs []int64) (map[int64]Occurrences, error) {
	keys := map[int64]string{}
	err := inChunks(statementIDs, func(ids []int64) error {
		var a args
		q := `SELECT id, COALESCE(statement_key, '') FROM statements WHERE id IN (` + placeholders(&a, ids) + `)`
		rows, err := s.l.r.QueryContext(ctx, q, a.vals...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var k string
			if err := rows.Scan(&id, &k); err != nil {
				return err
			}
			keys[id] = k
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("read statement keys: %w", err)
	}
	var distinct []string
	for _, k := range keys {
		if k != "" {
			distinct = append(distinct, k)
		}
	}
	slices.Sort(distinct)
	distinct = slices.Compact(distinct)
	counts := map[string]Occurrences{}
	err = inChunks(distinct, func(ks []string) error {
		var a args
		q := `SELECT st.statement_key, COUNT(*), COUNT(DISTINCT st.document_id), COUNT(DISTINCT ` + docCluster + `)
			FROM statements st JOIN documents d ON d.id = st.document_id
			WHERE st.statement_key IN (` + placeholders(&a, ks) + `)
			GROUP BY st.statement_key`
		rows, err := s.l.r.QueryContext(ctx, q, a.vals...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var o Occurrences
			if err := rows.Scan(&o.Key, &o.Statements, &o.Documents, &o.Sources); err != nil {
				return err
			}
			counts[o.Key] = o
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("count statement occurrences: %w", err)
	}
	out := make(map[int64]Occurrences, len(keys))
	for id, k := range keys {
		o, ok := counts[k]
		if !ok {
			o = Occurrences{Key: k, Statements: 1, Documents: 1, Sources: 1}
		}
		out[id] = o
	}
	return out, nil
}

// DistinctStatement is one quote however many documents printed it: the first statement with its key (by
// document date) and the counts of all statements matching the query that share the key.
type DistinctStatement struct {
	StatementRow
	Occurrences
	// StatementIDs lists every matching statement with the key, the first one first.
	StatementIDs []int64 `json:"statement_ids"`
}

// DistinctStatements lists the statements matching q folded by statement key: one row per quote, in the
// order of their first occurrence. q.Limit and q.Offset page through the folded rows.
func (s *Sources) DistinctStatements(ctx context.Context, q StatementQuery) ([]DistinctStatement, error) {
	limit, offset := q.Limit, q.Offset
	if limit < 0 || offset < 0 {
		return nil, fmt.Errorf("list distinct statements: negative limit %d or offset %d", limit, offset)
	}
	q.Limit, q.Offset = 0, 0
	rows, err := s.l.Statements(ctx, q)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	keys := map[int64]string{}
	docCl := map[int64]int64{}
	err = inChunks(ids, func(part []int64) error {
		var a args
		q := `SELECT st.id, COALESCE(st.statement_key, ''), ` + docCluster + `
			FROM statements st JOIN documents d ON d.id = st.document_id WHERE st.id IN (` + placeholders(&a, part) + `)`
		rs, err := s.l.r.QueryContext(ctx, q, a.vals...)
		if err != nil {
			return err
		}
		defer rs.Close()
		for rs.Next() {
			var id, cl int64
			var k string
			if err := rs.Scan(&id, &k, &cl); err != nil {
				return err
			}
			keys[id], docCl[id] = k, cl
		}
		return rs.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("list distinct statements: %w", err)
	}
	var out []DistinctStatement
	type tally struct {
		at       int
		docs     map[int64]bool
		clusters map[int64]bool
	}
	byKey := map[string]*tally{}
	for _, r := range rows {
		k := keys[r.ID]
		if k == "" {
			k = fmt.Sprintf("\x00%d", r.ID) // not keyed yet: its own quote
		}
		t, ok := byKey[k]
		if !ok {
			t = &tally{at: len(out), docs: map[int64]bool{}, clusters: map[int64]bool{}}
			byKey[k] = t
			out = append(out, DistinctStatement{StatementRow: r, Occurrences: Occurrences{Key: keys[r.ID]}})
		}
		d := &out[t.at]
		d.Statements++
		d.StatementIDs = append(d.StatementIDs, r.ID)
		t.docs[r.DocumentID] = true
		cl, ok := docCl[r.ID]
		if !ok {
			cl = r.DocumentID
		}
		t.clusters[cl] = true
		d.Documents, d.Sources = len(t.docs), len(t.clusters)
	}
	if offset >= len(out) {
		return nil, nil
	}
	out = out[offset:]
	if limit > 0 && limit < len(out) {
		out = out[:limit]
	}
	return out, nil
}

// chunkSize bounds the parameters of one IN list (SQLite allows 32766, PostgreSQL 65535).
const chunkSize = 500

func inChunks[T any](vals []T, fn func([]T) error) error {
	for start := 0; start < len(vals); start += chunkSize {
		if err := fn(vals[start:min(start+chunkSize, len(vals))]); err != nil {
			return err
		}
	}
	return nil
}

// placeholders adds every value of vs to a and returns their placeholders separated by commas.
func placeholders[T any](a *args, vs []T) string {
	ps := make([]string, len(vs))
	for i, v := range vs {
		ps[i] = a.add(v)
	}
	return strings.Join(ps, ", ")
}
