// Package analyze owns the per-document pipeline, in the one direction data flows: a document's text layer, then
// its attributions, then their resolved speakers, then (when configured) the claims read from what was said
// and narrated. Every entry point that turns text into statements (ingest, extract, eval, bench, workers) goes
// through it, so that they all agree.
package analyze

import (
	"sync"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/claims"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/resolve"
	"github.com/parley-ledger/parley/internal/text"
)

// Pipeline holds the read-only tables the stages share; one Pipeline serves any number of goroutines.
type Pipeline struct {
	x  *attrib.Extractor
	cx *claims.Extractor
	// resolvers keeps speaker resolvers (*resolver), whose tables are worth reusing from one document to the
	// next; each serves one goroutine at a time.
	resolvers sync.Pool
}

// resolver is a speaker resolver and the bitmap of capitalised words it is handed with each document.
type resolver struct {
	rs   *resolve.Resolver
	caps []uint64
}

// Config chooses the pipeline's stages.
type Config struct {
	// Attrib picks annotation conventions (see attrib.Options).
	Attrib attrib.Options
	// Claims, when not nil, adds the claims stage after speaker resolution; it carries the codebook
	// (claims.New(nil) for none).
	Claims *claims.Extractor
}

// New builds a pipeline without the claims stage; opt picks annotation conventions (see attrib.Options).
func New(opt attrib.Options) *Pipeline { return NewWith(Config{Attrib: opt}) }

// NewWith builds a pipeline with the stages cfg asks for.
func NewWith(cfg Config) *Pipeline {
	p := &Pipeline{x: attrib.New(cfg.Attrib), cx: cfg.Claims}
	p.resolvers.New = func() any { return &resolver{rs: resolve.NewResolver()} }
	return p
}

// Claims is the pipeline's claims stage, or nil when it has none.
func (p *Pipeline) Claims() *claims.Extractor { return p.cx }

// Result is what the pipeline found in one document.
type Result struct {
	Layer      *text.Layer
	Statements []attrib.Statement
	// Claims and Speakers (the actor each statement's speaker resolved to, by statement index) are nil
	// without a claims stage.
	Claims   []claims.Claim
	Speakers []*claims.ActorRef
}

// maxPooledCaps bounds the bitmap kept for the next document (64 tokens a word), so that a huge document's
// does not stay in memory.
const maxPooledCaps = 4096

// Document analyses one document.
func (p *Pipeline) Document(doc *ingest.Document) Result {
	l := text.Analyze(doc.Raw, doc.BodyStart)
	rs := p.resolvers.Get().(*resolver)
	// Extraction finds the capitalised words anyway; resolution looks for names among them.
	stmts, caps := p.x.ExtractCaps(l, rs.caps)
	rs.rs.SpeakersCaps(l, stmts, caps)
	if len(caps) <= maxPooledCaps {
		rs.caps = caps
	}
	p.resolvers.Put(rs)
	res := Result{Layer: l, Statements: stmts}
	if p.cx != nil {
		cr := p.cx.Extract(doc, l, stmts)
		res.Claims, res.Speakers = cr.Claims, cr.Speakers
	}
	return res
}
