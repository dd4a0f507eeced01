// Package analyze owns the per-document pipeline, in the one direction data flows: a document's text layer, then
// its attributions, then their resolved speakers. Every entry point that turns text into statements (ingest,
// extract, eval, bench, workers) goes through it, so that they all agree.
package analyze

import (
	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/resolve"
	"github.com/parley-ledger/parley/internal/text"
)

// Pipeline holds the read-only tables the stages share; one Pipeline serves any number of goroutines.
type Pipeline struct {
	x *attrib.Extractor
}

// New builds a pipeline; opt picks annotation conventions (see attrib.Options).
func New(opt attrib.Options) *Pipeline { return &Pipeline{x: attrib.New(opt)} }

// Result is what the pipeline found in one document.
type Result struct {
	Layer      *text.Layer
	Statements []attrib.Statement
}

// Document analyses one document.
func (p *Pipeline) Document(doc *ingest.Document) Result {
	l := text.Analyze(doc.Raw, doc.BodyStart)
	stmts := p.x.Extract(l)
	resolve.Speakers(l, stmts)
	return Result{Layer: l, Statements: stmts}
}
