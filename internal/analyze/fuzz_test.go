package analyze

import (
	"testing"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/claims"
	"github.com/parley-ledger/parley/internal/codebook"
	"github.com/parley-ledger/parley/internal/ingest"
)

// FuzzDocument runs the whole extractor as `parley ingest` does (ingest's checks and header, text layer,
// attributions, speakers, claims with the shipped codebook) on any input: a refusal is an *ingest.InputError,
// and whatever is accepted yields statements and claims whose spans are valid text of the document, with
// contents of at most attrib.MaxContent bytes.
func FuzzDocument(f *testing.F) {
	for _, s := range []string{
		"title: Talks\npublished: 2025-08-18 07:41 BST\n\n“We will not give up Crimea,” Zelensky said on Friday.",
		"Share\n18th August 2025\n07:41am BST\n\nPutin has agreed to security guarantees, Witkoff said.",
		"He said “no He said “no He said \"no \"no.\n\n“We won,” she said.",
		"Russia agreed to ceasefire talks and rejected demands Russia agreed to talks and rejected",
		"According to officials, the talks — which began on Monday — will resume (they said).",
	} {
		f.Add([]byte(s))
	}
	p := NewWith(Config{Claims: claims.New(codebook.Default())})
	f.Fuzz(func(t *testing.T, raw []byte) {
		doc, err := ingest.Parse("fuzz", "fuzz.txt", raw)
		if err != nil {
			return // refused: FuzzParse in ingest holds refusals to their form
		}
		res := p.Document(doc)
		valid := func(what string, start, end int) {
			if start < 0 || end > len(doc.Raw) || start > end || !utf8.ValidString(doc.Raw[start:end]) {
				t.Fatalf("%s span [%d,%d) is not text of the %d-byte document %q", what, start, end, len(doc.Raw), raw)
			}
		}
		for _, st := range res.Statements {
			valid("content", st.Content.Start, st.Content.End)
			if st.Content.Len() > attrib.MaxContent {
				t.Fatalf("content of %d bytes", st.Content.Len())
			}
			for _, sp := range st.Pieces {
				valid("piece", sp.Start, sp.End)
			}
			if st.Source != nil {
				valid("source", st.Source.Start, st.Source.End)
			}
			if st.Cue != nil {
				valid("cue", st.Cue.Start, st.Cue.End)
			}
		}
		for _, c := range res.Claims {
			valid("evidence", c.Evidence.Start, c.Evidence.End)
			valid("trigger", c.Trigger.Start, c.Trigger.End)
		}
	})
}
