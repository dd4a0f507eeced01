package web

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/fetch"
	"github.com/parley-ledger/parley/internal/ingest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

var fetchedAt = time.Date(2025, 8, 19, 8, 0, 0, 0, time.UTC)

// servePages serves testdata/*.html as text/html.
func servePages(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, err := os.ReadFile(filepath.Join("testdata", filepath.Base(r.URL.Path)))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(b)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func getPage(t *testing.T, u string) []byte {
	t.Helper()
	c := fetch.New(fetch.Options{AllowPrivate: true})
	resp, err := c.GetPage(context.Background(), u, fetch.Conditional{})
	if err != nil {
		t.Fatal(err)
	}
	return resp.Body
}

// checkDocument asserts the invariants every document from this package must hold.
func checkDocument(t *testing.T, d *ingest.Document) {
	t.Helper()
	if !utf8.ValidString(d.Raw) {
		t.Errorf("%s: Raw is not valid UTF-8", d.Name)
	}
	for _, f := range []string{d.Name, d.URL, d.Outlet, d.Title, d.Author} {
		if !utf8.ValidString(f) || strings.ContainsAny(f, "\n\r") {
			t.Errorf("%s: field %q is not one valid line", d.Name, f)
		}
	}
	if d.BodyStart < 1 || d.BodyStart > len(d.Raw) || !strings.HasSuffix(d.Raw[:d.BodyStart], "\n\n") &&
		d.Raw[:d.BodyStart] != "\n" {
		t.Fatalf("%s: BodyStart %d does not follow a header block ending in a blank line", d.Name, d.BodyStart)
	}
	sum := sha256.Sum256([]byte(d.Raw))
	if d.Hash != hex.EncodeToString(sum[:]) {
		t.Errorf("%s: Hash is not the SHA-256 of Raw", d.Name)
	}
	// The header must say what the fields say, so the stored text describes itself.
	header := d.Raw[:d.BodyStart]
	for k, v := range map[string]string{"url": d.URL, "outlet": d.Outlet, "title": d.Title, "author": d.Author} {
		if v != "" && !strings.Contains(header, k+": "+v+"\n") {
			t.Errorf("%s: header lacks %q line for field value %q:\n%s", d.Name, k, v, header)
		}
	}
	if !d.Published.IsZero() && !strings.Contains(header, "published: "+d.Published.Format(time.RFC3339)+"\n") {
		t.Errorf("%s: header lacks the published line for %v", d.Name, d.Published)
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file; got:\n%s", name, got)
	}
}

func TestParseHTMLNewsPages(t *testing.T) {
	srv := servePages(t)
	tests := []struct {
		file                               string
		url, title, outlet, author, pubRFC string
		quotes                             []string
		absent                             []string
	}{
		{
			file:   "jsonld.html",
			url:    "https://www.bbc.co.uk/news/articles/c0k8xxl4dx0o",
			title:  "Putin agreed to Ukraine security guarantees, says Witkoff",
			outlet: "BBC News",
			author: "Laura Gozzi, Paul Kirby",
			pubRFC: "2025-08-18T07:41:00+01:00",
			quotes: []string{
				`"We were able to win the following concession: That the United States could offer Article 5-like protection`,
				`"It was the first time we had ever heard the Russians agree to that," Witkoff added.`,
				"“Planning has continued on an enduring basis",
			},
			absent: []string{"cookies", "Privacy Policy", "More on this story", "iPlayer"},
		},
		{
			file:   "opengraph.html",
			title:  "Zelensky says Ukraine will not cede Donbas",
			outlet: "the Guardian",
			author: "Shaun Walker",
			pubRFC: "2025-08-17T16:20:11Z",
			quotes: []string{
				"“We will not leave Donbas. We cannot do that,” the Ukrainian president told reporters in Kyiv on Sunday.",
				"“international borders must not be changed by force”",
			},
			absent: []string{"Most viewed", "Sign in", "Guardian News &amp; Media"},
		},
		{
			file:   "timeonly.html",
			title:  "Ceasefire talks stall as negotiators leave Geneva",
			author: "Jane Smith",
			pubRFC: "2025-09-02T14:05:00+02:00",
			quotes: []string{
				`"We came with a serious offer and we were not heard," the head of one delegation, Oleksandr Kovalenko, told reporters`,
				`"Neither side believes time is against it yet," said Maria Lindqvist of the Stockholm Institute.`,
			},
			absent: []string{"Archives", "Powered by"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			pageURL := srv.URL + "/" + tt.file
			d, err := ParseHTML("", pageURL, getPage(t, pageURL), fetchedAt)
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, d)
			wantURL := tt.url
			if wantURL == "" {
				wantURL = pageURL
			}
			wantOutlet := tt.outlet
			if wantOutlet == "" {
				wantOutlet = "127.0.0.1" // no outlet in the page: the host stands in
			}
			if d.URL != wantURL || d.Title != tt.title || d.Outlet != wantOutlet || d.Author != tt.author {
				t.Errorf("got url %q title %q outlet %q author %q", d.URL, d.Title, d.Outlet, d.Author)
			}
			if got := d.Published.Format(time.RFC3339); got != tt.pubRFC {
				t.Errorf("published %s, want %s", got, tt.pubRFC)
			}
			if d.Path != pageURL || d.Meta["fetched"] != fetchedAt.Format(time.RFC3339) {
				t.Errorf("path %q meta %v", d.Path, d.Meta)
			}
			body := d.Body()
			for _, q := range tt.quotes {
				if !strings.Contains(body, q) {
					t.Errorf("body lacks %q", q)
				}
			}
			for _, a := range tt.absent {
				if strings.Contains(d.Raw, a) {
					t.Errorf("page furniture %q leaked into the text", a)
				}
			}
			if strings.HasPrefix(body, tt.title) {
				t.Errorf("body repeats the title")
			}
			// Golden Raw, with the test server's port removed.
			golden(t, strings.TrimSuffix(tt.file, ".html")+".txt", strings.ReplaceAll(d.Raw, srv.URL, "http://test.invalid"))
		})
	}
}

func TestParseHTMLStableAcrossFetches(t *testing.T) {
	b, err := os.ReadFile("testdata/jsonld.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := ParseHTML("a", "https://example.com/a", b, fetchedAt)
	if err != nil {
		t.Fatal(err)
	}
	c, err := ParseHTML("a", "https://example.com/a", b, fetchedAt.Add(48*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if a.Raw != c.Raw || a.Hash != c.Hash {
		t.Errorf("re-fetching an unchanged page changed its Raw")
	}
	if a.Meta["fetched"] == c.Meta["fetched"] {
		t.Errorf("fetched time not recorded in Meta")
	}
}

func TestParseHTMLBadInput(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, nil},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), ErrNotHTML},
		{"plain", []byte("Just some words.\nAnd more words."), ErrNotHTML},
		{"rss", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>`), ErrNotHTML},
		{"no text", []byte(`<!doctype html><html><head><title>t</title></head><body><nav><a href="/">Home</a></nav></body></html>`), ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseHTML("input-"+tt.name, "", tt.in, fetchedAt)
			if err == nil {
				t.Fatal("no error")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), "input-"+tt.name) {
				t.Errorf("error %q does not name the input", err)
			}
		})
	}
}

func TestParseHTMLLatin1(t *testing.T) {
	page := "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><article>" +
		strings.Repeat("<p>Le ministre a d\xe9clar\xe9: \xabNous ne c\xe9derons pas\xbb, devant la presse r\xe9unie \xe0 Paris ce matin.</p>", 8) +
		"</article></body></html>"
	d, err := ParseHTML("latin1", "https://example.fr/a", []byte(page), fetchedAt)
	if err != nil {
		t.Fatal(err)
	}
	checkDocument(t, d)
	if !strings.Contains(d.Body(), "«Nous ne céderons pas»") {
		t.Errorf("latin-1 text not decoded: %q", d.Body()[:80])
	}
}

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<!DOCTYPE html><html>", true},
		{"\xEF\xBB\xBF  \n<html lang=en>", true},
		{"<!-- generated --><html>", true},
		{"<div class=x><p>hello</p></div>", true},
		{`<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"><html xmlns="http://www.w3.org/1999/xhtml">`, true},
		{`<?xml version="1.0"?><rss version="2.0">`, false},
		{`<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>`, false},
		{`<rss version="2.0"><channel><title>x</title>`, false},
		{"Plain text with <p> later", false},
		{"title: A\n\nbody", false},
		{"<html>\x00\x01\x02", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := LooksLikeHTML([]byte(tt.in)); got != tt.want {
			t.Errorf("LooksLikeHTML(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestNameFromURL(t *testing.T) {
	tests := map[string]string{
		"https://www.bbc.co.uk/news/articles/c0k8xxl4dx0o":       "bbc.co.uk-c0k8xxl4dx0o",
		"https://example.com/2025/08/18/putin-witkoff.html?x=1":  "example.com-putin-witkoff",
		"https://example.com/":                                   "example.com",
		"http://127.0.0.1:8080/a b/Über Straße/":                 "127.0.0.1-ber-stra-e",
		"not a url at all":                                       "not-a-url-at-all",
		"https://news.example.org/live/%E2%80%94update--2/#frag": "news.example.org-update-2",
	}
	for in, want := range tests {
		if got := NameFromURL(in); got != want {
			t.Errorf("NameFromURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	in := "  First\tline  with\u00a0spaces \r\n\n\n Second\u200b line\x07\n\n\nThird"
	want := "First line with spaces\n\nSecond line\n\nThird"
	if got := Paragraphs(in); got != want {
		t.Errorf("Paragraphs = %q, want %q", got, want)
	}
}

func TestTextFromHTML(t *testing.T) {
	got := TextFromHTML(`<p>He said: &ldquo;No.&rdquo;</p><script>x()</script><p>Second <b>para</b>.</p>`)
	if want := "He said: “No.”\n\nSecond para."; got != want {
		t.Errorf("TextFromHTML = %q, want %q", got, want)
	}
}
