package web

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"

	"github.com/parley-ledger/parley/internal/ingest"
)

// MaxHTMLBytes bounds the HTML ParseHTML and ParseLiveBlogHTML accept; larger pages are refused, not cut.
const MaxHTMLBytes = 32 << 20

// minBodyRunes is the least text worth storing as an article: less is a menu or an error page.
const minBodyRunes = 40

// maxElems keeps readability's scoring, which is superlinear, away from pathological pages.
const maxElems = 200_000

// Errors wrapped by the parsers; test with errors.Is.
var (
	ErrNotHTML     = errors.New("input does not look like HTML")
	ErrNoText      = errors.New("no article text found")
	ErrNotLiveBlog = errors.New("page is not a live blog")
)

// ParseHTML extracts the article of an HTML page into a document whose Raw is a header block (url, outlet,
// published, title, author) followed by the body paragraphs. pageURL resolves relative links and, unless the
// page names a canonical URL, is the document's URL; fetchedAt goes to Meta["fetched"] and never into Raw, so
// that fetching an unchanged page again yields the same bytes.
func ParseHTML(name, pageURL string, raw []byte, fetchedAt time.Time) (*ingest.Document, error) {
	label := first(name, pageURL, "HTML input")
	root, err := parsePage(label, raw)
	if err != nil {
		return nil, err
	}
	base := parseBase(pageURL)
	m := extractMeta(root)

	parser := readability.NewParser()
	parser.MaxElemsToParse = maxElems
	art, err := parser.ParseAndMutate(root, base)
	if err != nil {
		return nil, fmt.Errorf("parse HTML %s: %w", label, err)
	}
	var body string
	if art.Node != nil {
		body = Paragraphs(render.InnerText(art.Node))
	}
	m.Title = first(m.Title, art.Title())
	m.Outlet = first(m.Outlet, art.SiteName())
	m.Author = first(m.Author, cleanAuthor(art.Byline()))
	if m.Published.IsZero() {
		if t, err := art.PublishedTime(); err == nil && t.Year() >= 1900 && t.Year() <= 2200 {
			m.Published = t
		}
	}
	m.Language = first(m.Language, art.Language())
	body = dropLeading(body, m.Title, "By "+m.Author, m.Author)
	if utf8.RuneCountInString(body) < minBodyRunes {
		return nil, fmt.Errorf("parse HTML %s: %w (%d characters)", label, ErrNoText, utf8.RuneCountInString(body))
	}
	h := Header{
		URL:       canonicalURL(m.Canonical, base, pageURL),
		Outlet:    first(m.Outlet, outletFromHost(base)),
		Published: m.Published,
		Title:     m.Title,
		Author:    m.Author,
	}
	meta := map[string]string{}
	setMeta(meta, "fetched", formatTime(fetchedAt))
	setMeta(meta, "description", headerValue(m.Description))
	setMeta(meta, "language", headerValue(m.Language))
	setMeta(meta, "modified", formatTime(m.Modified))
	if h.URL != pageURL {
		setMeta(meta, "fetched_url", headerValue(pageURL))
	}
	return NewDocument(name, first(pageURL, name), h, body, meta), nil
}

// TextFromHTML renders an HTML fragment (a feed item's content, say) as Paragraphs text.
func TextFromHTML(fragment string) string {
	root, err := html.Parse(strings.NewReader(strings.ToValidUTF8(fragment, "\uFFFD")))
	if err != nil {
		return ""
	}
	return Paragraphs(render.InnerText(root))
}

// LooksLikeHTML reports whether b starts like an HTML document or fragment (after a BOM, whitespace and
// comments) rather than plain text, XML feeds or binary data.
func LooksLikeHTML(b []byte) bool {
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	if len(b) > 2048 {
		b = b[:2048]
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return false
	}
	head := bytes.ToLower(bytes.TrimLeft(b, " \t\r\n\f"))
	if !bytes.HasPrefix(head, []byte("<")) {
		return false
	}
	for _, p := range []string{"<!doctype html", "<html"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	for _, feed := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if bytes.HasPrefix(head, []byte(feed)) {
			return false
		}
	}
	if bytes.HasPrefix(head, []byte("<?xml")) {
		// XHTML says so; RSS and Atom do not.
		return bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<!doctype html"))
	}
	for _, tag := range []string{"<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<article",
		"<script", "<link", "<!doctype html", "<main", "<section", "<h1", "<h2", "<span", "<a "} {
		if bytes.Contains(head, []byte(tag)) {
			return true
		}
	}
	return false
}

// parsePage checks, decodes and parses raw.
func parsePage(label string, raw []byte) (*html.Node, error) {
	if len(raw) == 0 {
		return nil, fmt.Errorf("parse HTML %s: empty input", label)
	}
	if len(raw) > MaxHTMLBytes {
		return nil, fmt.Errorf("parse HTML %s: %d bytes exceeds the limit of %d", label, len(raw), MaxHTMLBytes)
	}
	src := toUTF8(raw)
	if !LooksLikeHTML(src) {
		if i := bytes.IndexByte(src[:min(len(src), 2048)], 0); i >= 0 {
			// Say why: a page that starts like HTML but holds a NUL byte near its top is taken for binary data.
			return nil, fmt.Errorf("parse HTML %s: %w: NUL byte at byte offset %d (binary data?)", label, ErrNotHTML, i)
		}
		return nil, fmt.Errorf("parse HTML %s: %w", label, ErrNotHTML)
	}
	root, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		return nil, fmt.Errorf("parse HTML %s: %w", label, err)
	}
	return root, nil
}

// toUTF8 decodes pages that are not valid UTF-8 using their BOM or <meta charset> (windows-1252 when they
// name none), and strips a UTF-8 BOM.
func toUTF8(raw []byte) []byte {
	utf16 := bytes.HasPrefix(raw, []byte{0xFE, 0xFF}) || bytes.HasPrefix(raw, []byte{0xFF, 0xFE})
	if !utf16 && utf8.Valid(raw) {
		return bytes.TrimPrefix(raw, []byte("\xEF\xBB\xBF"))
	}
	enc, _, _ := charset.DetermineEncoding(raw, "")
	out, _, err := transform.Bytes(enc.NewDecoder(), raw)
	if err != nil {
		out = raw
	}
	return bytes.TrimPrefix(bytes.ToValidUTF8(out, []byte("\uFFFD")), []byte("\xEF\xBB\xBF"))
}

func parseBase(pageURL string) *url.URL {
	u, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil || u.Scheme == "" || u.Host == "" {
		return nil
	}
	return u
}

// canonicalURL prefers the page's own canonical link when it is an absolute http(s) URL.
func canonicalURL(canonical string, base *url.URL, pageURL string) string {
	if canonical != "" {
		c, err := url.Parse(strings.TrimSpace(canonical))
		if err == nil {
			if base != nil {
				c = base.ResolveReference(c)
			}
			if (c.Scheme == "http" || c.Scheme == "https") && c.Host != "" {
				return c.String()
			}
		}
	}
	return pageURL
}

func outletFromHost(u *url.URL) string {
	if u == nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// dropLeading removes leading paragraphs that repeat the title or byline, which readability often keeps.
func dropLeading(body string, repeats ...string) string {
	for {
		p, rest, _ := strings.Cut(body, "\n\n")
		drop := false
		for _, r := range repeats {
			if r = headerValue(r); r != "" && r != "By" && strings.EqualFold(p, r) {
				drop = true
			}
		}
		if !drop {
			return body
		}
		body = rest
	}
}

func setMeta(m map[string]string, k, v string) {
	if v != "" {
		m[k] = v
	}
}

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}
