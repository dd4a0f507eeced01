package web

import (
	"os"
	"testing"
)

func BenchmarkParseHTML(b *testing.B) {
	page, err := os.ReadFile("testdata/jsonld.html")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := ParseHTML("bench", "https://example.com/a", page, fetchedAt); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseLiveBlogHTML(b *testing.B) {
	page, err := os.ReadFile("testdata/liveblog_v2.html")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := ParseLiveBlogHTML("bench", "https://example.com/live", page, fetchedAt); err != nil {
			b.Fatal(err)
		}
	}
}
