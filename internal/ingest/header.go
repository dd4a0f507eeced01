package ingest

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// knownKeys are the header keys that fill Document fields; any other key goes to Meta.
var knownKeys = map[string]bool{"url": true, "outlet": true, "published": true, "title": true, "author": true}

// maxShortKey bounds the keys that count as "short lower-case identifiers" when no known key is present.
const maxShortKey = 20

// parseHeader fills d's header fields and BodyStart from the text starting at start.
func parseHeader(d *Document, start int) error {
	ok, err := parseKeyHeader(d, start)
	if err != nil {
		return err
	}
	if !ok {
		parseLiveHeader(d, start)
	}
	if strings.TrimSpace(d.Body()) == "" {
		return fmt.Errorf("%w: no article text after the header", ErrEmpty)
	}
	return nil
}

// nextLine returns the line of s starting at off without its line ending, and the offset of the next line.
func nextLine(s string, off int) (string, int) {
	i := strings.IndexByte(s[off:], '\n')
	if i < 0 {
		return strings.TrimSuffix(s[off:], "\r"), len(s)
	}
	return strings.TrimSuffix(s[off:off+i], "\r"), off + i + 1
}

func isBlank(line string) bool { return strings.TrimSpace(line) == "" }

// skipBlank returns the offset of the first non-blank line at or after off (len(s) if none) and its line number.
func skipBlank(s string, off, lineNo int) (int, int) {
	for off < len(s) {
		l, next := nextLine(s, off)
		if !isBlank(l) {
			break
		}
		off, lineNo = next, lineNo+1
	}
	return off, lineNo
}

// keyLine splits "key: value". The colon must be followed by a space, a tab or the line end, so that a body
// opening with a URL or a time ("10:30") is not read as a header.
func keyLine(line string) (key, value string, ok bool) {
	k, v, found := strings.Cut(line, ":")
	if !found || !isKey(k) || (v != "" && v[0] != ' ' && v[0] != '\t') {
		return "", "", false
	}
	return k, strings.TrimSpace(v), true
}

// isKey reports whether s matches ^[A-Za-z_][A-Za-z0-9_-]*$.
func isKey(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
		if !letter && (i == 0 || !(c >= '0' && c <= '9' || c == '-')) {
			return false
		}
	}
	return s != ""
}

func isShortLower(s string) bool {
	return len(s) <= maxShortKey && s == strings.ToLower(s)
}

type headerField struct {
	key, value string
	line       int
}

// parseKeyHeader reads a block of "key: value" lines ended by a blank line (header style A). It reports false,
// leaving d alone, when the top of the text is not such a block: every line before the first blank line must be a
// key line, and either a known key is present or all keys are short lower-case words, so that a body opening
// "Washington: the president said" is not taken for a header.
func parseKeyHeader(d *Document, start int) (bool, error) {
	var fields []headerField
	off, lineNo := start, 1
	known, allShort := false, true
	for {
		if off >= len(d.Raw) {
			return false, nil // no blank line ends the block
		}
		l, next := nextLine(d.Raw, off)
		if isBlank(l) {
			if len(fields) == 0 {
				return false, nil
			}
			off, lineNo = next, lineNo+1
			break
		}
		k, v, ok := keyLine(l)
		if !ok {
			return false, nil
		}
		lk := strings.ToLower(k)
		known = known || knownKeys[lk]
		allShort = allShort && isShortLower(k)
		fields = append(fields, headerField{lk, v, lineNo})
		off, lineNo = next, lineNo+1
	}
	if !known && !allShort {
		return false, nil
	}
	if err := d.applyFields(fields); err != nil {
		return false, err
	}
	d.BodyStart, _ = skipBlank(d.Raw, off, lineNo)
	return true, nil
}

// applyFields stores header fields. Repeated author and unknown keys are joined with ", "; a repeated url,
// outlet, title or published with a different value is an error, since one of them would be silently lost.
func (d *Document) applyFields(fields []headerField) error {
	type first struct {
		value string
		line  int
	}
	seen := map[string]first{}
	assumed := false
	for _, f := range fields {
		if f.value == "" {
			continue
		}
		switch f.key {
		case "author":
			d.Author = joinValue(d.Author, f.value)
			continue
		case "url", "outlet", "title", "published":
		default:
			d.setMeta(f.key, joinValue(d.Meta[f.key], f.value))
			continue
		}
		if prev, ok := seen[f.key]; ok {
			if prev.value != f.value {
				return fmt.Errorf("%w: line %d: %s given twice with different values (first on line %d)",
					ErrHeader, f.line, f.key, prev.line)
			}
			continue
		}
		seen[f.key] = first{f.value, f.line}
		switch f.key {
		case "url":
			d.URL = f.value
		case "outlet":
			d.Outlet = f.value
		case "title":
			d.Title = f.value
		case "published":
			t, a, err := parsePublished(f.value)
			if err != nil {
				return fmt.Errorf("%w: line %d: published: %w", ErrHeader, f.line, err)
			}
			d.Published, assumed = t, a
		}
	}
	// Noted last so that a "timezone" key the user wrote wins.
	if assumed {
		d.noteAssumedZone()
	}
	return nil
}

func joinValue(old, v string) string {
	if old == "" {
		return v
	}
	return old + ", " + v
}

func (d *Document) setMeta(k, v string) {
	if d.Meta == nil {
		d.Meta = map[string]string{}
	}
	d.Meta[k] = v
}

// parsePublished parses a header date; assumed reports that it had no zone and was taken as UTC.
func parsePublished(s string) (time.Time, bool, error) {
	st, err := parseDateTime(s)
	if errors.Is(err, errNotDate) {
		return time.Time{}, false, fmt.Errorf("cannot parse date %q (want e.g. 2025-08-18, 2025-08-18 07:41, "+
			"18 August 2025 07:41 BST, August 18, 2025 7:41am ET or RFC 3339)", clip(s))
	}
	if err != nil {
		return time.Time{}, false, fmt.Errorf("cannot parse date %q: %w", clip(s), err)
	}
	t, assumed := st.at()
	return t, assumed, nil
}

func (d *Document) noteAssumedZone() {
	if _, ok := d.Meta["timezone"]; !ok {
		d.setMeta("timezone", "assumed UTC")
	}
}

// parseLiveHeader reads a live-blog header (style B): an optional "Share" line, a date line ("18th August 2025")
// and an optional time line ("07:41am BST"). It leaves d alone when the text does not open that way. A time line
// that does not parse (an unknown zone, say) is left in the body rather than refused, because a body may well
// open with a time.
func parseLiveHeader(d *Document, start int) {
	s := d.Raw
	off, lineNo := skipBlank(s, start, 1)
	if off >= len(s) {
		return
	}
	l, next := nextLine(s, off)
	if strings.EqualFold(strings.TrimSpace(l), "share") {
		off, lineNo = skipBlank(s, next, lineNo+1)
		if off >= len(s) {
			return
		}
		l, next = nextLine(s, off)
	}
	st, err := parseDateTime(l)
	if err != nil || !st.hasDate {
		return
	}
	off, lineNo = skipBlank(s, next, lineNo+1)
	if !st.hasClock && off < len(s) {
		l, next = nextLine(s, off)
		if ct, err := parseClockLine(l); err == nil {
			st.hour, st.min, st.sec, st.n, st.hasClock, st.zone = ct.hour, ct.min, ct.sec, ct.n, true, ct.zone
			off, _ = skipBlank(s, next, lineNo+1)
		}
	}
	t, assumed := st.at()
	d.Published, d.BodyStart = t, off
	if assumed {
		d.noteAssumedZone()
	}
}

// clip shortens a value quoted in an error message, so that a huge header line does not make a huge message.
func clip(s string) string {
	const n = 80
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}
