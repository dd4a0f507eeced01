package badinput

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/store"
)

// fileCase is one bad input given to `parley ingest` as a file.
type fileCase struct {
	name string
	// path returns the input: a file of testdata/bad, or one a generator writes into dir.
	path  func(t *testing.T, dir string) string
	flags []string
	// rss bounds the run's peak memory; zero means smallRSS.
	rss int64
	// refused lists words the refusal must give after the input's name; nil means the input must be stored.
	refused []string
	// docs is how many documents a stored input adds; check looks at them.
	docs  int
	check func(t *testing.T, docs []stored)
	// long marks the full-size runs of PARLEY_LONG=1.
	long bool
}

// stored is one document an input added, with its statements.
type stored struct {
	doc    *store.DocumentRow
	stmts  []store.StatementRow
	claims []store.ClaimRow
}

func fromCorpus(name string) func(*testing.T, string) string {
	return func(*testing.T, string) string { return filepath.Join(corpus, name) }
}

func generated(name string, write func(t *testing.T, path string)) func(*testing.T, string) string {
	return func(t *testing.T, dir string) string {
		p := filepath.Join(dir, name)
		if _, err := os.Stat(p); err != nil { // written once, shared by the backends
			write(t, p)
		}
		return p
	}
}

func writeBytes(b []byte) func(*testing.T, string) {
	return func(t *testing.T, path string) {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const (
	mib        = 1 << 20
	longLine   = 50 * mib // the "50 MB single line": 52.4 MB of whole blocks
	maxFlag    = "67108864"
	longRSS    = 2 << 30 // bounds the 50 MB runs: about 30 bytes of peak memory per input byte, measured
	defaultRSS = 1 << 30 // bounds runs over inputs up to the default --max-bytes (10 MiB)
)

func fileCases() []fileCase {
	cases := []fileCase{
		{name: "latin1", path: fromCorpus("latin1.txt"), refused: []string{"invalid UTF-8 at byte offset 3", "Latin-1"}},
		{name: "cp1252-quotes", path: fromCorpus("cp1252-quotes.txt"), refused: []string{"invalid UTF-8", "byte 0x93"}},
		{name: "truncated-utf8", path: fromCorpus("truncated-utf8.txt"), refused: []string{"invalid UTF-8 at byte offset 275 (line 4"}},
		{name: "overlong-utf8", path: fromCorpus("overlong-utf8.txt"), refused: []string{"invalid UTF-8 at byte offset 32", "0xC0"}},
		{name: "utf16le-bom", path: fromCorpus("utf16le-bom.txt"), refused: []string{"UTF-16", "little-endian byte-order mark"}},
		{name: "utf16be-bom", path: fromCorpus("utf16be-bom.txt"), refused: []string{"UTF-16", "big-endian byte-order mark"}},
		{name: "utf16le-no-bom", path: fromCorpus("utf16le.txt"), refused: []string{"UTF-16LE without a byte-order mark"}},
		{name: "utf16be-no-bom", path: fromCorpus("utf16be.txt"), refused: []string{"UTF-16BE without a byte-order mark"}},
		{name: "utf16le-cyrillic-no-bom", path: fromCorpus("utf16le-cyrillic.txt"), refused: []string{"UTF-16LE without a byte-order mark"}},
		{name: "nul", path: fromCorpus("nul.txt"), refused: []string{"binary data", "NUL byte at byte offset 60"}},
		{name: "nul-html", path: fromCorpus("nul.html"), refused: []string{"does not look like HTML", "NUL byte at byte offset"}},
		{name: "latin1-html", path: fromCorpus("latin1.html"), docs: 1, check: checkEncodedHTML},
		{name: "utf16le-bom-html", path: fromCorpus("utf16le-bom.html"), docs: 1, check: checkEncodedHTML},
		{name: "quotes-10000", path: fromCorpus("quotes-10000.txt"), docs: 1, check: checkQuotes},
		{name: "script-in-quote", path: fromCorpus("script-in-quote.html"), docs: 1, check: checkScript},
		{name: "nested-html-100000", refused: []string{"parse HTML", "open stack of elements exceeds 512 nodes"},
			path: generated("nested-100000.html", func(t *testing.T, p string) { writeBytes(nestedHTML(100_000))(t, p) })},
		{name: "nested-html-500", docs: 1, check: checkNested,
			path: generated("nested-500.html", func(t *testing.T, p string) { writeBytes(nestedHTML(500))(t, p) })},
		{name: "gzip-bomb-file", refused: []string{"binary data"},
			path: generated("bomb.txt", func(t *testing.T, p string) { writeBytes(gzipBomb(t, 64*mib))(t, p) })},
		{name: "50MB-line-default-limit", refused: []string{"input too large", "exceeds the 10485760 bytes (10.0 MiB) limit", "--max-bytes"},
			path: generated("line-50MB.txt", func(t *testing.T, p string) { writeLongLine(t, p, longLine) })},
		{name: "10MiB-line", rss: defaultRSS, docs: 1, check: checkLongLine(ingest.DefaultMaxBytes),
			path: generated("line-10MiB.txt", func(t *testing.T, p string) { writeLongLine(t, p, ingest.DefaultMaxBytes) })},
		{name: "4MiB-sentence", rss: defaultRSS, docs: 1, check: checkOneSentence,
			path: generated("sentence-4MiB.txt", func(t *testing.T, p string) { writeOneSentence(t, p, 4*mib) })},
		{name: "50MB-line", long: true, flags: []string{"--max-bytes", maxFlag}, rss: longRSS, docs: 1, check: checkLongLine(longLine),
			path: generated("line-50MB.txt", func(t *testing.T, p string) { writeLongLine(t, p, longLine) })},
		{name: "50MB-sentence", long: true, flags: []string{"--max-bytes", maxFlag}, rss: longRSS, docs: 1, check: checkOneSentence,
			path: generated("sentence-50MB.txt", func(t *testing.T, p string) { writeOneSentence(t, p, longLine) })},
	}
	for _, p := range paragraphPatterns {
		cases = append(cases, fileCase{name: "1MiB-" + p.name, docs: 1, check: checkParagraph,
			path: generated(p.name+".txt", func(t *testing.T, path string) { writePattern(t, path, p.unit, mib) })})
	}
	return cases
}

// TestBadFiles gives each bad input to `parley ingest` over a ledger that already holds the seed article: the
// input is refused with a message that names it and says why, or stored with the right statements; the run
// ends within its timeout and memory bound; nothing stored before changes; `parley check` passes.
func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			for _, c := range fileCases() {
				t.Run(c.name, func(t *testing.T) {
					if c.long && !longMode() {
						t.Skip("a full-size run: set PARLEY_LONG=1 (without -short)")
					}
					dsn := b.dsn(t)
					path := c.path(t, dir)
					before := takeSnapshot(t, dsn)
					args := append(append([]string{"ingest", "--db", dsn}, c.flags...), path)
					r := parley(t, hangTimeout, args...)
					size := fileSize(t, path)
					t.Logf("figures: input %s, exit %d, %v, peak RSS %s", sizeText(size), r.code, r.took.Round(time.Millisecond), sizeText(r.maxRSS))
					if limit := cmp.Or(c.rss, smallRSS); r.maxRSS > limit {
						t.Errorf("peak RSS %s exceeds the bound of %s", sizeText(r.maxRSS), sizeText(limit))
					}
					after := takeSnapshot(t, dsn)
					if c.refused != nil {
						checkRefused(t, r, path, c.refused)
						checkUnchanged(t, before, after, false)
					} else {
						if r.code != 0 {
							t.Fatalf("exit %d, want 0\nstderr:\n%s", r.code, clip(r.stderr))
						}
						checkUnchanged(t, before, after, true)
						if got := after.stats.Documents - before.stats.Documents; got != c.docs {
							t.Errorf("%d documents added, want %d", got, c.docs)
						}
						c.check(t, newDocs(t, dsn, before))
					}
					mustCheck(t, dsn)
				})
			}
		})
	}
}

func fileSize(t *testing.T, path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

func sizeText(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.2f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// checkRefused wants exit status 1, a "refused: PATH: ..." line with every word of want, and nothing stored.
func checkRefused(t *testing.T, r run, path string, want []string) {
	t.Helper()
	if r.code != 1 {
		t.Errorf("exit %d, want 1 (refused)", r.code)
	}
	var line string
	for l := range strings.Lines(r.stderr) {
		if strings.HasPrefix(l, "refused: "+path+": ") {
			line = l
		}
	}
	if line == "" {
		t.Fatalf("no refusal naming %s on stderr:\n%s", path, clip(r.stderr))
	}
	t.Logf("message: %s", strings.TrimSpace(line))
	for _, w := range want {
		if !strings.Contains(line, w) {
			t.Errorf("refusal %q does not say %q", strings.TrimSpace(line), w)
		}
	}
	if len(line) > 500 {
		t.Errorf("refusal is %d bytes long: %q", len(line), clip(line))
	}
	if !strings.Contains(r.stdout, "0 new") {
		t.Errorf("stdout does not report nothing new: %q", r.stdout)
	}
}

// newDocs returns the documents stored after before, with their statements, in id order.
func newDocs(t *testing.T, dsn string, before snapshot) []stored {
	t.Helper()
	ctx := context.Background()
	l, err := store.OpenDSN(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	rows, err := l.Documents(ctx, store.DocumentQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var out []stored
	for _, d := range rows {
		if _, old := before.rows[fmt.Sprintf("documents/%d", d.ID)]; old {
			continue
		}
		doc, err := l.Document(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		stmts, err := l.Statements(ctx, store.StatementQuery{DocumentID: d.ID})
		if err != nil {
			t.Fatal(err)
		}
		slices.SortFunc(stmts, func(a, b store.StatementRow) int { return a.Seq - b.Seq })
		var claims []store.ClaimRow
		if cl, ok := store.Claims(l); ok {
			if claims, err = cl.Claims(ctx, store.ClaimQuery{DocumentID: d.ID}); err != nil {
				t.Fatal(err)
			}
		}
		out = append(out, stored{doc: doc, stmts: stmts, claims: claims})
	}
	slices.SortFunc(out, func(a, b stored) int { return int(a.doc.ID - b.doc.ID) })
	return out
}

// checkSpans holds every statement of d to spans that are valid offsets into its raw text, with the text
// the ledger stores for them, and every claim to bounded evidence.
func checkSpans(t *testing.T, d stored) {
	t.Helper()
	n := 0
	fail := func(format string, a ...any) {
		if n++; n <= 3 {
			t.Errorf(format, a...)
		}
	}
	raw := d.doc.Raw
	for _, s := range d.stmts {
		c := s.Content
		switch {
		case c.Start < 0 || c.End > len(raw) || c.Start > c.End || !utf8.ValidString(raw[c.Start:c.End]):
			fail("statement %d: content span %v is not valid text of the %d-byte document", s.Seq, c, len(raw))
		case c.Len() > attrib.MaxContent:
			fail("statement %d: content of %d bytes, over attrib.MaxContent", s.Seq, c.Len())
		case len(s.Pieces) == 0 && s.ContentText != raw[c.Start:c.End]:
			fail("statement %d: stored content text differs from the document's bytes at %v", s.Seq, c)
		}
	}
	for _, c := range d.claims {
		if c.Evidence.Len() > maxEvidence || len(c.Text) > maxEvidence {
			fail("claim %d: evidence of %d bytes (%d stored)", c.Seq, c.Evidence.Len(), len(c.Text))
		}
	}
	if n > 3 {
		t.Errorf("... %d problems in all", n)
	}
}

// maxEvidence is the claims package's bound on a claim's evidence.
const maxEvidence = 2000

// contents lists the statements' contents.
func contents(d stored) []string {
	var out []string
	for _, s := range d.stmts {
		out = append(out, s.ContentText)
	}
	return out
}

// wantContents fails unless the document's statements have exactly these contents, in order.
func wantContents(t *testing.T, d stored, want ...string) {
	t.Helper()
	if got := contents(d); !slices.Equal(got, want) {
		t.Errorf("statements:\n%q\nwant:\n%q", got, want)
	}
}

// checkEncodedHTML: a page in Latin-1 without a charset, or in UTF-16 with a byte-order mark, is decoded.
func checkEncodedHTML(t *testing.T, docs []stored) {
	d := docs[0]
	checkSpans(t, d)
	wantContents(t, d, "We will not accept any ceasefire that freezes the front line,", "prices rose by 5 % in März")
	if !strings.Contains(d.doc.Raw, "Café owners in Zürich") {
		t.Errorf("text not decoded:\n%s", d.doc.Raw)
	}
}

// checkQuotes: 10,000 quote marks that never close swallow no more than the paragraph they open in (and at
// most attrib.MaxContent of it); the statements before and after are found as in clean copy.
func checkQuotes(t *testing.T, docs []stored) {
	d := docs[0]
	checkSpans(t, d)
	got := contents(d)
	if len(got) != 3 {
		t.Fatalf("%d statements, want 3: %q", len(got), got)
	}
	if got[0] != "the talks would resume on Monday" || got[2] != "We will not give up," {
		t.Errorf("the balanced statements around the unbalanced paragraphs: %q and %q", got[0], got[2])
	}
	if !strings.HasPrefix(got[1], "“no He said “no") || strings.Contains(got[1], "\n") {
		t.Errorf("the unbalanced paragraph's statement is %q", clip(got[1]))
	}
}

// checkScript: script elements, in a quote or not, are no part of the text; a "<script>" written as text
// in a quote is kept as the text it is.
func checkScript(t *testing.T, docs []stored) {
	d := docs[0]
	checkSpans(t, d)
	wantContents(t, d,
		"We will not accept any ceasefire that freezes the front line,",
		"The draft contains the string <script>alert(1)</script> and nothing else.",
		"Talks will resume on Monday in Geneva,",
		"Negotiators from both sides are expected to arrive in Geneva on Sunday evening")
	for _, s := range []string{"xss-in-quote", "injected", "tracker", "hijacked", "document.write"} {
		if strings.Contains(d.doc.Raw, s) {
			t.Errorf("script code %q is in the stored text:\n%s", s, d.doc.Raw)
		}
	}
	if d.doc.Title != "Talks to resume on Monday" {
		t.Errorf("title %q", d.doc.Title)
	}
}

// checkNested: an article 500 elements deep is found.
func checkNested(t *testing.T, docs []stored) {
	d := docs[0]
	checkSpans(t, d)
	wantContents(t, d, "We will not accept any ceasefire that freezes the front line,",
		"Negotiators from both sides are expected to arrive in Geneva on Sunday evening")
}

// checkLongLine: a line of size bytes made of blocks of prose yields each block's two statements, with the
// same contents and speakers, wherever the block sits in the line.
func checkLongLine(size int64) func(*testing.T, []stored) {
	return func(t *testing.T, docs []stored) {
		d := docs[0]
		blocks := longLineBlocks(size)
		if want := blocks * len(lineStatements); len(d.stmts) != want {
			t.Errorf("%d statements, want %d (%d blocks of %d)", len(d.stmts), want, blocks, len(lineStatements))
		}
		bad := 0
		for i, s := range d.stmts {
			w := lineStatements[i%len(lineStatements)]
			if s.ContentText != w.content || s.Speaker != w.speaker {
				if bad++; bad <= 3 {
					t.Errorf("statement %d: %q by %q, want %q by %q", i, clip(s.ContentText), s.Speaker, w.content, w.speaker)
				}
			}
		}
		if want := blocks * (len(lineBlock()) + 1); len(d.doc.Raw) != want {
			t.Errorf("stored %d bytes of a %d-byte input", len(d.doc.Raw), want)
		}
	}
}

// checkOneSentence: a paragraph that is one sentence of megabytes yields its one statement (delegates
// argued ...), its content cut at attrib.MaxContent.
func checkOneSentence(t *testing.T, docs []stored) {
	d := docs[0]
	checkSpans(t, d)
	if len(d.stmts) != 1 {
		t.Fatalf("%d statements, want 1", len(d.stmts))
	}
	s := d.stmts[0]
	if s.CueText != "argued" || !strings.HasPrefix(s.ContentText, "over the text The talks in Geneva") || len(s.ContentText) < attrib.MaxContent-100 {
		t.Errorf("statement: %q %q, %d bytes of content", s.SourceText, s.CueText, len(s.ContentText))
	}
}

// checkParagraph: a one-line paragraph of repeated attributions and claim triggers is stored whole, with
// bounded contents and claim evidence.
func checkParagraph(t *testing.T, docs []stored) {
	d := docs[0]
	checkSpans(t, d)
	if len(d.doc.Raw) < mib {
		t.Errorf("stored %d bytes of a 1 MiB input", len(d.doc.Raw))
	}
}

// TestBadStdin pipes bad input to `parley ingest -`: standard input has no size to look at, so the limit is
// met by reading one byte past it, and the refusal names stdin.
func TestBadStdin(t *testing.T) {
	dir := t.TempDir()
	line := filepath.Join(dir, "line-50MB.txt")
	writeLongLine(t, line, longLine)
	for _, c := range []struct {
		name, path string
		want       []string
	}{
		{"50MB-line", line, []string{"input too large", "more than the 10485760 bytes (10.0 MiB) limit", "--max-bytes"}},
		{"utf16le-bom", filepath.Join(corpus, "utf16le-bom.txt"), []string{"UTF-16"}},
		{"nul", filepath.Join(corpus, "nul.txt"), []string{"NUL byte at byte offset 60"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dsn := backends()[0].dsn(t)
			f, err := os.Open(c.path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			before := takeSnapshot(t, dsn)
			r := parleyStdin(t, hangTimeout, f, "ingest", "--db", dsn, "-")
			t.Logf("figures: input %s, exit %d, %v, peak RSS %s", sizeText(fileSize(t, c.path)), r.code, r.took.Round(time.Millisecond), sizeText(r.maxRSS))
			if r.maxRSS > smallRSS {
				t.Errorf("peak RSS %s exceeds the bound of %s", sizeText(r.maxRSS), sizeText(smallRSS))
			}
			checkMessage(t, r, "refused: stdin: ", c.want)
			checkUnchanged(t, before, takeSnapshot(t, dsn), false)
			mustCheck(t, dsn)
		})
	}
}
