package badinput

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"os"
	"strings"
	"testing"
)

// The generators below make the inputs of testdata/bad/README.md that are too big to commit. Each is
// deterministic: the same call writes the same bytes.

// lineFiller is narration without attributions; lineStatements are the two attributions each block of a long
// line holds, with the content the extractor must find for each, wherever the block sits in the line.
var (
	lineFiller = []string{
		"Delegations from both sides arrived in Geneva on Sunday evening for a third round of talks.",
		"The talks are expected to last three days, and a final communique could be published on Wednesday.",
		"Negotiators spent most of the morning on the text of the prisoner exchange.",
		"The meeting room was prepared overnight, and translators were brought in from three countries.",
		"Convoys of lorries waited at the border crossing while the weather turned cold.",
		"Prices for grain and fuel rose again in the markets of the region.",
		"A second session began after lunch and ran late into the night.",
		"The hotel near the lake was closed to the public for the whole week.",
	}
	lineStatements = []struct{ sentence, speaker, content string }{
		{"“We will not accept any ceasefire that freezes the front line,” the foreign minister said.",
			"foreign minister", "We will not accept any ceasefire that freezes the front line,"},
		{"Steve Witkoff told CNN that the United States could offer Article 5-like protection to Ukraine.",
			"Steve Witkoff", "the United States could offer Article 5-like protection to Ukraine"},
	}
)

// lineBlock is 6.6 KB of news prose: each attribution followed by five rounds of the filler.
func lineBlock() string {
	var parts []string
	for _, s := range lineStatements {
		parts = append(parts, s.sentence)
		for range 5 {
			parts = append(parts, lineFiller...)
		}
	}
	return strings.Join(parts, " ")
}

// writeLongLine writes as many blocks of prose as fit in size bytes, separated by spaces, with no line break
// but the final newline.
func writeLongLine(t *testing.T, path string, size int64) {
	t.Helper()
	writeRepeated(t, path, "", lineBlock(), " ", longLineBlocks(size), "\n")
}

// longLineBlocks is how many blocks writeLongLine writes for size.
func longLineBlocks(size int64) int { return int(size / int64(len(lineBlock())+1)) }

// oneSentenceUnit is repeated to make a paragraph that is a single sentence: no full stop until the end.
const oneSentenceUnit = "The talks in Geneva continued late into the night as delegates argued over the text "

// writeOneSentence writes a single sentence of at least size bytes on one line.
func writeOneSentence(t *testing.T, path string, size int64) {
	t.Helper()
	n := int((size + int64(len(oneSentenceUnit)) - 1) / int64(len(oneSentenceUnit)))
	writeRepeated(t, path, "", strings.TrimSuffix(oneSentenceUnit, " "), " ", n, ".\n")
}

// writeRepeated writes head, then n copies of unit separated by sep, then tail.
func writeRepeated(t *testing.T, path, head, unit, sep string, n int, tail string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString(head)
	for i := range n {
		if i > 0 {
			w.WriteString(sep)
		}
		w.WriteString(unit)
	}
	w.WriteString(tail)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// paragraphPatterns are one-line paragraphs that each used to make extraction or storage quadratic in the
// paragraph's length (docs/RELIABILITY.md, "Bad input"): every trigger in a long clause rescanned the clause,
// and every claim in it stored all of it.
var paragraphPatterns = []struct{ name, unit string }{
	{"quoted-speech", `"We will not give up" the minister said "and we will win`},
	{"pronoun-cues", "He said she said they agreed"},
	{"claim-triggers", "Russia agreed to ceasefire talks and rejected demands"},
}

// writePattern writes unit repeated to at least size bytes as one line.
func writePattern(t *testing.T, path, unit string, size int64) {
	t.Helper()
	writeRepeated(t, path, "", unit, " ", int(size/int64(len(unit)+1))+1, "\n")
}

// nestedArticle is the article inside the nested pages, with the statements it must yield.
const nestedArticle = `<article><h1>Talks to resume</h1>` +
	`<p>“We will not accept any ceasefire that freezes the front line,” the foreign minister said.</p>` +
	`<p>Negotiators from both sides are expected to arrive in Geneva on Sunday evening, officials said.</p>` +
	`</article>`

// nestedHTML is a page whose article sits inside depth nested <div> elements.
func nestedHTML(depth int) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html>\n<html><head><title>Talks to resume</title></head><body>")
	b.WriteString(strings.Repeat("<div>", depth))
	b.WriteString(nestedArticle)
	b.WriteString(strings.Repeat("</div>", depth))
	b.WriteString("</body></html>\n")
	return b.Bytes()
}

// gzipBomb compresses size zero bytes: about a thousandth of size once compressed.
func gzipBomb(t *testing.T, size int64) []byte {
	t.Helper()
	var b bytes.Buffer
	zw, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	zeros := make([]byte, 1<<20)
	for left := size; left > 0; left -= int64(len(zeros)) {
		if _, err := zw.Write(zeros[:min(left, int64(len(zeros)))]); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
