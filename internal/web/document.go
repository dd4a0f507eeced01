// Package web owns turning web pages into ingest.Documents: article extraction from HTML (readability for the
// text; JSON-LD, OpenGraph, <meta> and <time> for the metadata) and splitting live blogs into one document per
// entry. The stored Raw of every document it makes is a self-describing header block followed by the plain
// text, so that offsets into Raw stay valid and an unchanged article always yields the same bytes.
package web

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"path"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/ingest"
)

// Header is the metadata written at the top of a document's Raw as "key: value" lines, in this order:
// url, outlet, published (RFC 3339), title, author. Empty fields are left out.
type Header struct {
	URL       string
	Outlet    string
	Published time.Time
	Title     string
	Author    string
}

// NewDocument builds a document whose Raw is h's header block, a blank line, then body (paragraphs separated
// by blank lines). Name defaults to one derived from h.URL or docPath; meta is kept as given (not in Raw).
func NewDocument(name, docPath string, h Header, body string, meta map[string]string) *ingest.Document {
	h.URL = headerValue(h.URL)
	h.Outlet = headerValue(h.Outlet)
	h.Title = headerValue(h.Title)
	h.Author = headerValue(h.Author)
	if !h.Published.IsZero() {
		// The header keeps whole seconds; the field must agree with what a reader of Raw would parse.
		h.Published = h.Published.Truncate(time.Second)
	}
	var b strings.Builder
	line := func(k, v string) {
		if v != "" {
			b.WriteString(k)
			b.WriteString(": ")
			b.WriteString(v)
			b.WriteByte('\n')
		}
	}
	line("url", h.URL)
	line("outlet", h.Outlet)
	if !h.Published.IsZero() {
		line("published", h.Published.Format(time.RFC3339))
	}
	line("title", h.Title)
	line("author", h.Author)
	b.WriteByte('\n')
	bodyStart := b.Len()
	body = strings.TrimSpace(strings.ToValidUTF8(body, "\uFFFD"))
	b.WriteString(body)
	b.WriteByte('\n')
	raw := b.String()
	sum := sha256.Sum256([]byte(raw))
	if name == "" {
		name = NameFromURL(h.URL)
		if name == "" {
			name = NameFromURL(docPath)
		}
		if name == "" {
			name = "page-" + hex.EncodeToString(sum[:6])
		}
	}
	if len(meta) == 0 {
		meta = nil
	}
	return &ingest.Document{
		Name:      name,
		Path:      docPath,
		Hash:      hex.EncodeToString(sum[:]),
		Raw:       raw,
		BodyStart: bodyStart,
		URL:       h.URL,
		Outlet:    h.Outlet,
		Title:     h.Title,
		Author:    h.Author,
		Published: h.Published,
		Meta:      meta,
	}
}

// NameFromURL derives a short file-like name from a URL: host plus the last path segment without its
// extension ("bbc.co.uk-c0k8xxl4dx0o"), restricted to [a-z0-9._-]. It returns "" if nothing usable is left.
func NameFromURL(rawURL string) string {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	seg := path.Base(strings.TrimRight(u.Path, "/"))
	if seg == "." || seg == "/" {
		seg = ""
	}
	seg = strings.TrimSuffix(seg, path.Ext(seg))
	var parts []string
	for _, p := range []string{host, seg} {
		if p = slug(p); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "-")
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '_'):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 80 {
			break
		}
	}
	return strings.Trim(b.String(), "-.")
}

// headerValue makes v safe for a one-line "key: value" header: valid UTF-8, no controls, single spaces.
func headerValue(v string) string {
	return strings.Join(strings.Fields(cleanText(v)), " ")
}

// cleanText turns s into valid UTF-8 with every control or unusual space replaced by a plain space, except
// newlines, which are kept.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\u00AD', r == '\u200B', r == '\uFEFF', r == '\u2060':
			return -1 // soft hyphen, zero-width space, BOM, word joiner: invisible junk
		case unicode.IsSpace(r), unicode.IsControl(r):
			return ' '
		}
		return r
	}, s)
}

// Paragraphs normalizes extracted text: every non-blank line becomes one paragraph with its whitespace
// collapsed, and paragraphs are joined by blank lines. The result is deterministic for a given text, which
// is what keeps re-fetched pages byte-identical.
func Paragraphs(s string) string {
	var out []string
	for line := range strings.SplitSeq(cleanText(strings.ReplaceAll(s, "\r", "\n")), "\n") {
		if p := strings.Join(strings.Fields(line), " "); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n\n")
}
