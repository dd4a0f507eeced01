package ui

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/text"
)

// Mark asks for part of a text to be highlighted.
type Mark struct {
	Span  text.Span
	Class string // one of the highlight classes: source, cue, content, match, issue, other
	Href  string // where the highlighted text links to; "" for none
}

// Segment is a run of text with one set of highlights. Templates print Text escaped, inside an element
// with Class when Class is not empty: highlighted HTML is never built by splicing markup into text.
type Segment struct {
	Text  string
	Class string // space-separated classes, "" for plain text
	Href  string // link of the innermost mark covering the run
}

// Paragraph is one line of a document's text as segments.
type Paragraph []Segment

// classOrder fixes the order classes are written in, so that equal sets render equally.
var classOrder = []string{"content", "cue", "source", "issue", "match", "other"}

// Segments cuts s[lo:hi] at every mark boundary. Marks are clipped to [lo, hi) and moved outward to
// character boundaries; overlapping marks combine their classes and link to the innermost.
func Segments(s string, lo, hi int, marks []Mark) []Segment {
	lo, hi = max(0, min(lo, len(s))), max(0, min(hi, len(s)))
	if lo >= hi {
		return nil
	}
	lo, hi = runeStart(s, lo), runeEnd(s, hi)
	ms := make([]Mark, 0, len(marks))
	cuts := []int{lo, hi}
	for _, m := range marks {
		a, b := max(m.Span.Start, lo), min(m.Span.End, hi)
		if a >= b {
			continue
		}
		m.Span = text.Span{Start: runeStart(s, a), End: runeEnd(s, b)}
		ms = append(ms, m)
		cuts = append(cuts, m.Span.Start, m.Span.End)
	}
	sort.Ints(cuts)
	cuts = slices.Compact(cuts)
	var out []Segment
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		var classes []string
		href, inner := "", -1
		for _, m := range ms {
			if m.Span.Start > a || m.Span.End < b {
				continue
			}
			if !slices.Contains(classes, m.Class) {
				classes = append(classes, m.Class)
			}
			if m.Href != "" && (inner < 0 || m.Span.Len() < inner) {
				href, inner = m.Href, m.Span.Len()
			}
		}
		seg := Segment{Text: s[a:b], Class: joinClasses(classes), Href: href}
		if n := len(out); n > 0 && out[n-1].Class == seg.Class && out[n-1].Href == seg.Href {
			out[n-1].Text += seg.Text
			continue
		}
		out = append(out, seg)
	}
	return out
}

func joinClasses(cs []string) string {
	slices.SortFunc(cs, func(x, y string) int {
		ix, iy := slices.Index(classOrder, x), slices.Index(classOrder, y)
		if ix != iy {
			return ix - iy
		}
		return strings.Compare(x, y)
	})
	return strings.Join(cs, " ")
}

// runeStart moves i back to the start of the character it falls in.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// runeEnd moves i forward to the end of the character it falls in.
func runeEnd(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// Paragraphs splits segments at line breaks into paragraphs, dropping blank lines.
func Paragraphs(segs []Segment) []Paragraph {
	var out []Paragraph
	var cur Paragraph
	flush := func() {
		if slices.ContainsFunc(cur, func(s Segment) bool { return strings.TrimSpace(s.Text) != "" }) {
			out = append(out, cur)
		}
		cur = nil
	}
	for _, seg := range segs {
		parts := strings.Split(seg.Text, "\n")
		for i, p := range parts {
			if i > 0 {
				flush()
			}
			if p != "" {
				cur = append(cur, Segment{Text: p, Class: seg.Class, Href: seg.Href})
			}
		}
	}
	flush()
	return out
}

// SearchTerms reads the words of a full-text query as the store matches them: a trailing * makes a
// prefix, and words without letters or digits are dropped.
func SearchTerms(q string) []string {
	var out []string
	for _, w := range strings.Fields(q) {
		prefix := strings.HasSuffix(w, "*")
		w = strings.TrimRight(w, "*")
		for _, part := range strings.FieldsFunc(w, notWordChar) {
			t := strings.ToLower(part)
			if prefix {
				t += "*"
			}
			if !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

func notWordChar(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }

// MatchMarks marks the words of s that the search terms match: whole words, ignoring case, or word
// starts for prefix terms.
func MatchMarks(s string, terms []string) []Mark {
	if len(terms) == 0 {
		return nil
	}
	var out []Mark
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if notWordChar(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if notWordChar(r) {
				break
			}
			j += n
		}
		word := strings.ToLower(s[i:j])
		for _, t := range terms {
			if p, ok := strings.CutSuffix(t, "*"); ok && strings.HasPrefix(word, p) || word == t {
				out = append(out, Mark{Span: text.Span{Start: i, End: j}, Class: "match"})
				break
			}
		}
		i = j
	}
	return out
}
