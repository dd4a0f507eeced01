package resolve

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/corpus"
	"github.com/parley-ledger/parley/internal/text"
)

// compareWithFresh resolves the statements of s with r, which has resolved other documents before, and with
// a new resolver, and reports every statement they disagree on; it returns how many statements it compared.
func compareWithFresh(t *testing.T, r *Resolver, x *attrib.Extractor, name, s string) int {
	t.Helper()
	l := text.Analyze(s, 0)
	got := x.Extract(l)
	want := slices.Clone(got)
	r.Speakers(l, got)
	NewResolver().Speakers(l, want)
	if st := &r.st; st.runs.n+st.names.n+len(st.entities) > 0 || st.l != nil {
		t.Fatalf("%s: the resolver kept names of the document: %d runs, %d names, %d entities", name, st.runs.n,
			st.names.n, len(st.entities))
	}
	bad := 0
	for i := range got {
		if got[i].Speaker != want[i].Speaker || got[i].SpeakerType != want[i].SpeakerType {
			bad++
			if bad <= 5 {
				src := ""
				if got[i].Source != nil {
					src = l.SpanText(*got[i].Source)
				}
				t.Errorf("%s: statement %d (source %q): speaker %q (%s), reference %q (%s)", name, i, src,
					got[i].Speaker, got[i].SpeakerType, want[i].Speaker, want[i].SpeakerType)
			}
		}
	}
	return len(got)
}

// TestResolverReuse: on our gold set, the seed and PolNeAR (train and dev, when present), under both
// conventions, one resolver serving every document in turn, as one does in a pipeline, resolves every
// statement as a new resolver does: nothing leaks from one document to the next.
func TestResolverReuse(t *testing.T) {
	files := corpus.Every("../..")
	if len(files) == 0 {
		t.Fatal("no corpus: testdata/gold should be there")
	}
	r := NewResolver()
	for _, opt := range []attrib.Options{{}, attrib.PolNeAR} {
		x := attrib.New(opt)
		n, named := 0, 0
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			n += compareWithFresh(t, r, x, f, string(b))
		}
		for _, c := range resolveCases {
			named += compareWithFresh(t, r, x, c, c)
		}
		if n == 0 || named == 0 {
			t.Fatalf("compared %d statements in %d files and %d in the cases", n, len(files), named)
		}
		t.Logf("%+v: %d statements in %d files", opt, n, len(files))
	}
}

// resolveCases are passages that take each path of resolution.
var resolveCases = []string{
	`Peace is near, US envoy Steve Witkoff has said. Trump's special envoy revealed the news to CNN.`,
	`A spokesperson for the Ministry of Defence (MoD) said: "Planning has continued." It added that troops were ready.`,
	`The UK Government backed the plan. The government said it would help.`,
	`Ms. Anna White met Tom Hill. Hill said the deal was fair. She said it was not. He said so too.`,
	`South Korean President Lee Ji-won arrived. Lee said the summit mattered. The South Korean leader said more.`,
	`Economists at the central bank said growth would slow. They said prices would rise. We said no. I said yes.`,
	`Mr. Smith and Mr. Smith's lawyer said nothing. Smith said, "I ÉTAIT there." The Ministry of Foreign Affairs said no.`,
	`THE PRESIDENT said it. Президент Путин said it. Erdoğan said it. Erdoğan’s aide said it. A senior official said it.`,
	`Jane Doe, the union's chief negotiator, said the offer fell short. The negotiator said it again.`,
	`Lee Ji-won said a. Lee Min-ho said b. Lee said c. Sen. Ted Cruz said d. Cruz said e. Kelvin \u212Aing said f.`,
}

func FuzzResolverReuse(f *testing.F) {
	for _, c := range resolveCases {
		f.Add(c)
	}
	x := attrib.New(attrib.Options{})
	r := NewResolver()
	f.Fuzz(func(t *testing.T, s string) {
		compareWithFresh(t, r, x, "fuzz", s)
	})
}

// TestResolverAfterManyNames: a document naming more people than a resolver keeps memory for, then small ones,
// resolve as with a new resolver, and the resolver lets the large one go.
func TestResolverAfterManyNames(t *testing.T) {
	var b strings.Builder
	for i := range 6000 {
		// Distinct two-word names, each in a sentence of its own: "Tom Qab met Ann Qac."
		n := string([]byte{'Q', byte('a' + i/676%26), byte('a' + i/26%26), byte('a' + i%26)})
		b.WriteString("Tom " + n + " met the press. ")
	}
	b.WriteString("He said the talks would resume.")
	r := NewResolver()
	x := attrib.New(attrib.Options{})
	for _, s := range []string{b.String(), resolveCases[0], b.String(), resolveCases[3]} {
		if compareWithFresh(t, r, x, "many names", s) == 0 {
			t.Fatal("no statement")
		}
	}
	if len(r.st.slab) > maxKept/64 {
		t.Errorf("the resolver kept %d chunks of entities", len(r.st.slab))
	}
}
