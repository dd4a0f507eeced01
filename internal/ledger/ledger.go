// Package ledger owns writing an analysed document into the store: its statements, the claims derived from
// them and its story cluster, in one transaction per document. Every entry point that stores documents (the
// ingest command, feed watching, the JSON API, background workers) goes through Writer, so that they all store
// the same things.
package ledger

import (
	"context"
	"fmt"

	"github.com/parley-ledger/parley/internal/analyze"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/store"
)

// Writer analyses documents and stores them. It is safe for concurrent use when its ledger is.
type Writer struct {
	ledger   store.Ledger
	sources  *store.Sources // nil when the ledger keeps no story clusters
	pipeline *analyze.Pipeline
	codebook string // the codebook's name, stored with claims
}

// New builds a writer over l. With a nil pipeline documents are analysed without claims.
func New(l store.Ledger, p *analyze.Pipeline, codebookName string) *Writer {
	if p == nil {
		p = analyze.NewWith(analyze.Config{})
	}
	w := &Writer{ledger: l, pipeline: p, codebook: codebookName}
	if src, err := store.NewSources(l); err == nil {
		w.sources = src
	}
	return w
}

// Sources is the ledger's story-cluster and feed bookkeeping, or nil.
func (w *Writer) Sources() *store.Sources { return w.sources }

// Pipeline is the writer's analysis pipeline.
func (w *Writer) Pipeline() *analyze.Pipeline { return w.pipeline }

// Save analyses doc and stores it with its claims (when the pipeline derives them) and in its story cluster
// (when the ledger keeps them). A document already stored is left as it is (Created false).
func (w *Writer) Save(ctx context.Context, doc *ingest.Document) (store.SourceResult, error) {
	res := w.pipeline.Document(doc)
	var x *store.Derived
	if res.Claims != nil || res.Speakers != nil {
		x = &store.Derived{Speakers: res.Speakers, Claims: res.Claims, Codebook: w.codebook}
	}
	var (
		sr  store.SourceResult
		err error
	)
	switch cl, ok := store.Claims(w.ledger); {
	case w.sources != nil:
		sr, err = w.sources.SaveSourceWith(ctx, doc, res.Statements, x)
	case ok && x != nil:
		sr.SaveResult, err = cl.SaveDocumentWith(ctx, doc, res.Statements, x)
	default:
		sr.SaveResult, err = w.ledger.SaveDocument(ctx, doc, res.Statements)
	}
	if err != nil {
		return sr, fmt.Errorf("store %s: %w", name(doc), err)
	}
	return sr, nil
}

func name(doc *ingest.Document) string {
	if doc.Path != "" {
		return doc.Path
	}
	return doc.Name
}

// Rederive re-runs the pipeline on stored document id and replaces its statements, then its claims (two
// transactions: a crash between them leaves new statements with the old claims, which a second run mends).
func (w *Writer) Rederive(ctx context.Context, id int64) (store.SaveResult, error) {
	d, err := w.ledger.Document(ctx, id)
	if err != nil {
		return store.SaveResult{}, fmt.Errorf("rederive document %d: %w", id, err)
	}
	res := w.pipeline.Document(d.IngestDocument())
	if err := w.ledger.ReplaceStatements(ctx, id, res.Statements); err != nil {
		return store.SaveResult{}, fmt.Errorf("rederive document %d: %w", id, err)
	}
	if cl, ok := store.Claims(w.ledger); ok && (res.Claims != nil || res.Speakers != nil) {
		x := &store.Derived{Speakers: res.Speakers, Claims: res.Claims, Codebook: w.codebook}
		if err := cl.ReplaceClaims(ctx, id, x); err != nil {
			return store.SaveResult{}, fmt.Errorf("rederive document %d: %w", id, err)
		}
	}
	return store.SaveResult{DocumentID: id, Statements: len(res.Statements)}, nil
}
