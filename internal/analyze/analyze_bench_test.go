package analyze

import (
	"os"
	"testing"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/corpus"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/resolve"
	"github.com/parley-ledger/parley/internal/text"
)

// benchCorpus is PolNeAR train when present (never committed), else our own gold passages and the seed.
func benchCorpus(b *testing.B) []*ingest.Document {
	var docs []*ingest.Document
	for _, p := range corpus.Train("../..") {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		d, err := ingest.Parse("", p, raw)
		if err != nil {
			continue
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		b.Skip("no corpus")
	}
	return docs
}

func corpusBytes(docs []*ingest.Document) int64 {
	var n int64
	for _, d := range docs {
		n += int64(len(d.Raw) - d.BodyStart)
	}
	return n
}

// BenchmarkTokenize is the baseline: tokens, sentences, paragraphs and quotations only.
func BenchmarkTokenize(b *testing.B) {
	docs := benchCorpus(b)
	b.SetBytes(corpusBytes(docs))
	for b.Loop() {
		for _, d := range docs {
			text.Analyze(d.Raw, d.BodyStart)
		}
	}
}

// BenchmarkPipeline is the whole per-document pipeline on the same bytes; compare with BenchmarkTokenize.
func BenchmarkPipeline(b *testing.B) {
	docs := benchCorpus(b)
	p := New(attrib.Options{})
	b.SetBytes(corpusBytes(docs))
	for b.Loop() {
		for _, d := range docs {
			p.Document(d)
		}
	}
}

// BenchmarkStages times the stages after tokenization on their own, on layers and statements made beforehand:
// what each adds to BenchmarkTokenize in BenchmarkPipeline.
func BenchmarkStages(b *testing.B) {
	docs := benchCorpus(b)
	x := attrib.New(attrib.Options{})
	layers := make([]*text.Layer, len(docs))
	stmts := make([][]attrib.Statement, len(docs))
	for i, d := range docs {
		layers[i] = text.Analyze(d.Raw, d.BodyStart)
		stmts[i] = x.Extract(layers[i])
	}
	b.Run("extract", func(b *testing.B) {
		b.SetBytes(corpusBytes(docs))
		for b.Loop() {
			for _, l := range layers {
				x.Extract(l)
			}
		}
	})
	b.Run("resolve", func(b *testing.B) {
		r := resolve.NewResolver()
		b.SetBytes(corpusBytes(docs))
		for b.Loop() {
			for i, l := range layers {
				r.Speakers(l, stmts[i])
			}
		}
	})
}
