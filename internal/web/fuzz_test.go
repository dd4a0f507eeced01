package web

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/ingest"
)

func addSeeds(f *testing.F, pattern string) {
	files, _ := filepath.Glob(pattern)
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
}

// fuzzCheck asserts what any document must satisfy whatever the input: valid UTF-8 everywhere, offsets in
// range, a header block before BodyStart.
func fuzzCheck(t *testing.T, d *ingest.Document) {
	if !utf8.ValidString(d.Raw) || !utf8.ValidString(d.Title) || !utf8.ValidString(d.Author) ||
		!utf8.ValidString(d.Outlet) || !utf8.ValidString(d.URL) || !utf8.ValidString(d.Name) {
		t.Fatalf("invalid UTF-8 in %+v", d)
	}
	if d.BodyStart <= 0 || d.BodyStart > len(d.Raw) || !strings.HasSuffix(d.Raw[:d.BodyStart], "\n") {
		t.Fatalf("BodyStart %d out of place in %q", d.BodyStart, d.Raw)
	}
	for k, v := range d.Meta {
		if !utf8.ValidString(k) || !utf8.ValidString(v) {
			t.Fatalf("invalid UTF-8 in Meta[%q]", k)
		}
	}
}

func FuzzParseHTML(f *testing.F) {
	addSeeds(f, "testdata/*.html")
	f.Add([]byte("<html><body><article><p>\xff\xfe bad \x00 bytes \"quoted\"</p></article></body></html>"))
	f.Add([]byte(`<p><script type="application/ld+json">{"@type":["NewsArticle"],"author":[[[{"name":1}]]]}</script>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		if d, err := ParseHTML("fuzz", "https://example.com/a", b, fetchedAt); err == nil {
			fuzzCheck(t, d)
		}
		docs, err := ParseLiveBlogHTML("fuzz", "https://example.com/live", b, fetchedAt)
		if err == nil {
			for _, d := range docs {
				fuzzCheck(t, d)
			}
		}
	})
}

func FuzzSplitLiveBlog(f *testing.F) {
	addSeeds(f, "testdata/*.txt")
	f.Add([]byte("Share\n1st May 2025\n12:00am GMT\nBody\n18:59 BST\nA B\nBBC News\nText"))
	f.Fuzz(func(t *testing.T, b []byte) {
		doc := NewDocument("fuzz", "fuzz.txt", Header{}, string(b), nil)
		for _, d := range SplitLiveBlog(doc) {
			fuzzCheck(t, d)
			if d.Body() == "\n" {
				t.Fatalf("empty entry from %q", b)
			}
		}
	})
}
