package resolve

import (
	"os"
	"testing"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/corpus"
	"github.com/parley-ledger/parley/internal/text"
)

// BenchmarkSpeakers resolves the statements of PolNeAR train (our gold set when it is absent), already
// extracted, with one resolver reused from document to document and with a new one for each.
func BenchmarkSpeakers(b *testing.B) {
	files := corpus.Train("../..")
	x := attrib.New(attrib.Options{})
	type doc struct {
		l     *text.Layer
		stmts []attrib.Statement
		caps  []uint64
	}
	var docs []doc
	var size int64
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		l := text.Analyze(string(raw), 0)
		stmts, caps := x.ExtractCaps(l, nil)
		docs = append(docs, doc{l, stmts, caps})
		size += int64(len(raw))
	}
	b.Run("reused", func(b *testing.B) {
		r := NewResolver()
		b.SetBytes(size)
		for b.Loop() {
			for _, d := range docs {
				r.Speakers(d.l, d.stmts)
			}
		}
	})
	// As the pipeline does: given the capitalised words extraction found.
	b.Run("reused-caps", func(b *testing.B) {
		r := NewResolver()
		b.SetBytes(size)
		for b.Loop() {
			for _, d := range docs {
				r.SpeakersCaps(d.l, d.stmts, d.caps)
			}
		}
	})
	b.Run("new-each-document", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			for _, d := range docs {
				Speakers(d.l, d.stmts)
			}
		}
	})
}
