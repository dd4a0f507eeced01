package store

// This file and the other sources*.go files hold what real sources add to the ledger (migration 0003):
// story clusters, which group the copies of one wire story so that they count once as a source; statement
// keys, which recognise the same quote printed by several documents; and the state of polled feeds.
//
// Clusters are kept by an in-memory dedup.Index that Sources loads from the stored signatures and then
// refreshes, inside each write transaction, with the signatures other processes stored since (sig_seq
// orders them). Documents saved by any path are signed by the next clustering pass, so a document stored
// with plain SaveDocument (or before migration 0003) is clustered as soon as anything calls SaveSource or
// Recluster.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/dedup"
	"github.com/parley-ledger/parley/internal/ingest"
)

// Sources is a ledger's story clusters, statement occurrences and feeds. It is safe for concurrent use;
// one Sources per open ledger is enough.
type Sources struct {
	l *sqlLedger

	mu  sync.Mutex
	ix  *dedup.Index // nil until the first clustering pass, and after a failed one
	seq int64        // highest sig_seq loaded into ix
	// stored is the cluster_id each document in ix has in the database, so that a merge rewrites only the
	// rows that change rather than every member of a large cluster.
	stored map[int64]int64
}

// sqlBacked is implemented by the ledgers built on sqlLedger.
type sqlBacked interface{ sqlBase() *sqlLedger }

func (l *sqlLedger) sqlBase() *sqlLedger { return l }

// NewSources returns the source bookkeeping of a ledger opened by this package.
func NewSources(l Ledger) (*Sources, error) {
	b, ok := l.(sqlBacked)
	if !ok {
		return nil, fmt.Errorf("ledger %T keeps no story clusters or feeds", l)
	}
	return &Sources{l: b.sqlBase()}, nil
}

// SourceResult reports what SaveSource did.
type SourceResult struct {
	SaveResult
	// ClusterID is the story cluster the document belongs to: the lowest document id among its copies,
	// its own id when it has none.
	ClusterID int64 `json:"cluster_id"`
	// Copies counts the other documents in its cluster.
	Copies int `json:"copies"`
}

// SaveSource saves doc and its statements as SaveDocument does, then signs and clusters it (and any other
// document still unsigned) and keys its statements.
func (s *Sources) SaveSource(ctx context.Context, doc *ingest.Document, stmts []attrib.Statement) (SourceResult, error) {
	sr, err := s.l.SaveDocument(ctx, doc, stmts)
	if err != nil {
		return SourceResult{}, err
	}
	res := SourceResult{SaveResult: sr}
	if _, err := s.Recluster(ctx); err != nil {
		return res, fmt.Errorf("save document %s: %w", docLabel(doc), err)
	}
	var size int
	err = s.l.w.QueryRowContext(ctx, `
		SELECT COALESCE(d.cluster_id, d.id),
			(SELECT COUNT(*) FROM documents c WHERE c.cluster_id = d.cluster_id)
		FROM documents d WHERE d.id = $1`, sr.DocumentID).Scan(&res.ClusterID, &size)
	if err != nil {
		return res, fmt.Errorf("save document %s: read cluster: %w", docLabel(doc), err)
	}
	res.Copies = max(size-1, 0)
	return res, nil
}

// pendingBatch bounds how many unsigned documents one query loads; their raw text is in memory at once.
const pendingBatch = 200

// Recluster signs every document that has no signature yet, puts it into its story cluster (merging
// clusters it links) and keys every statement that has no key. It returns the number of documents signed;
// with nothing to do it costs one query on indexes.
func (s *Sources) Recluster(ctx context.Context) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, err := s.recluster(ctx)
	if err != nil {
		// The index may hold documents whose rows were rolled back: rebuild it next time.
		s.ix, s.seq, s.stored = nil, 0, nil
		return 0, fmt.Errorf("cluster documents of ledger %s: %w", s.l.label, err)
	}
	return n, nil
}

func (s *Sources) recluster(ctx context.Context) (int, error) {
	tx, err := s.l.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	if s.l.d.name == "postgres" {
		// SQLite's write transactions hold the database lock from BEGIN; on PostgreSQL this lock keeps two
		// processes from signing at once and assigning the same sig_seq or clusters from stale indexes.
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, clusterLockKey); err != nil {
			return 0, fmt.Errorf("lock clusters: %w", err)
		}
	}
	// Most calls find nothing to do; they must not pay for loading the index.
	var unsigned, unkeyed bool
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE signature IS NULL),
		EXISTS (SELECT 1 FROM statements WHERE statement_key IS NULL)`).Scan(&unsigned, &unkeyed); err != nil {
		return 0, fmt.Errorf("look for unsigned documents: %w", err)
	}
	signed := 0
	if unsigned {
		if err := s.refresh(ctx, tx); err != nil {
			return 0, err
		}
		for {
			n, err := s.signPending(ctx, tx)
			if err != nil {
				return 0, err
			}
			signed += n
			if n < pendingBatch {
				break
			}
		}
	}
	if unkeyed {
		if err := keyStatements(ctx, tx); err != nil {
			return 0, err
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("commit: %w", err)
	}
	return signed, nil
}

// clusterLockKey names the PostgreSQL advisory lock of clustering ("parley" in ASCII).
const clusterLockKey int64 = 0x7061726c6579

// refresh loads into the index the signatures stored since it was last refreshed, by this process or
// another; the first call loads them all.
func (s *Sources) refresh(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, signature, sig_seq FROM documents WHERE sig_seq > $1 ORDER BY sig_seq`, s.seq)
	if err != nil {
		return fmt.Errorf("load signatures: %w", err)
	}
	defer rows.Close()
	var entries []dedup.Entry
	seq := s.seq
	for rows.Next() {
		var (
			id, n int64
			b     []byte
			sig   dedup.Sig
		)
		if err := rows.Scan(&id, &b, &n); err != nil {
			return fmt.Errorf("load signatures: %w", err)
		}
		if err := sig.UnmarshalBinary(b); err != nil {
			return fmt.Errorf("load signature of document %d: %w", id, err)
		}
		entries = append(entries, dedup.Entry{DocID: id, Sig: sig})
		seq = max(seq, n)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("load signatures: %w", err)
	}
	if s.ix == nil {
		if s.ix, err = dedup.Load(entries); err != nil {
			return fmt.Errorf("load signatures: %w", err)
		}
		s.stored = make(map[int64]int64, len(entries))
	} else {
		for _, e := range entries {
			s.ix.Add(e.DocID, e.Sig)
		}
	}
	// Whoever signed these wrote the clusters of all their copies, as this index now sees them.
	touched := map[int64]bool{}
	for _, e := range entries {
		c, _ := s.ix.Cluster(e.DocID)
		touched[c] = true
	}
	for c := range touched {
		for _, m := range s.ix.Members(c) {
			s.stored[m] = c
		}
	}
	s.seq = seq
	return nil
}

// signPending signs up to pendingBatch unsigned documents and clusters them.
func (s *Sources) signPending(ctx context.Context, tx *sql.Tx) (int, error) {
	type pending struct {
		id        int64
		raw       string
		bodyStart int
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, raw, body_start FROM documents WHERE signature IS NULL ORDER BY id LIMIT `+fmt.Sprint(pendingBatch))
	if err != nil {
		return 0, fmt.Errorf("find unsigned documents: %w", err)
	}
	var docs []pending
	for rows.Next() {
		var p pending
		if err := rows.Scan(&p.id, &p.raw, &p.bodyStart); err != nil {
			rows.Close()
			return 0, fmt.Errorf("find unsigned documents: %w", err)
		}
		docs = append(docs, p)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return 0, fmt.Errorf("find unsigned documents: %w", err)
	}
	for _, p := range docs {
		body := p.raw
		if p.bodyStart >= 0 && p.bodyStart <= len(body) {
			body = body[p.bodyStart:]
		}
		sig := dedup.Signature(body)
		b, err := sig.MarshalBinary()
		if err != nil {
			return 0, fmt.Errorf("sign document %d: %w", p.id, err)
		}
		s.seq++
		if _, err := tx.ExecContext(ctx, `UPDATE documents SET signature = $1, sig_seq = $2 WHERE id = $3`, b, s.seq, p.id); err != nil {
			return 0, fmt.Errorf("sign document %d: %w", p.id, err)
		}
		cluster := s.ix.Add(p.id, sig)
		// Adding a document that links two clusters moves the members of the higher one.
		for _, m := range s.ix.Members(cluster) {
			if c, ok := s.stored[m]; ok && c == cluster {
				continue
			}
			if _, err := tx.ExecContext(ctx, `UPDATE documents SET cluster_id = $1 WHERE id = $2`, cluster, m); err != nil {
				return 0, fmt.Errorf("cluster document %d: %w", m, err)
			}
			s.stored[m] = cluster
		}
	}
	return len(docs), nil
}

// keyStatements sets the statement key of every statement that has none.
func keyStatements(ctx context.Context, tx *sql.Tx) error {
	type pending struct {
		id               int64
		speaker, content string
	}
	for {
		rows, err := tx.QueryContext(ctx, `SELECT id, speaker, content_text FROM statements
			WHERE statement_key IS NULL ORDER BY id LIMIT 1000`)
		if err != nil {
			return fmt.Errorf("find unkeyed statements: %w", err)
		}
		var sts []pending
		for rows.Next() {
			var p pending
			if err := rows.Scan(&p.id, &p.speaker, &p.content); err != nil {
				rows.Close()
				return fmt.Errorf("find unkeyed statements: %w", err)
			}
			sts = append(sts, p)
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return fmt.Errorf("find unkeyed statements: %w", err)
		}
		for _, p := range sts {
			key := dedup.StatementKey(ActorKey(p.speaker), p.content)
			if _, err := tx.ExecContext(ctx, `UPDATE statements SET statement_key = $1 WHERE id = $2`, key, p.id); err != nil {
				return fmt.Errorf("key statement %d: %w", p.id, err)
			}
		}
		if len(sts) < 1000 {
			return nil
		}
	}
}
