package web

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"

	"github.com/parley-ledger/parley/internal/ingest"
)

// entry is one live-blog post before it becomes a document.
type entry struct {
	anchor    string // element id, appended to the page URL as a fragment
	title     string
	author    string
	role      string
	outlet    string
	published time.Time
	label     string // the time as the page printed it
	body      string // Paragraphs text
}

// page is what every entry of one live blog shares.
type page struct {
	name, path, url, outlet, title string
}

// entryDocuments turns entries into documents. Nothing page-wide that changes while a live blog runs (its
// title, its entry count, the entry's position) goes into Raw, so an unchanged entry re-fetched later is
// byte-identical and the store's content-hash dedup adds only new entries.
func entryDocuments(p page, entries []entry) []*ingest.Document {
	base := first(p.name, NameFromURL(p.url), "liveblog")
	used := map[string]int{}
	var docs []*ingest.Document
	for i, e := range entries {
		if e.body == "" {
			continue
		}
		u := p.url
		if e.anchor != "" && u != "" {
			u = strings.SplitN(u, "#", 2)[0] + "#" + e.anchor
		}
		suffix := strconv.Itoa(i + 1)
		if !e.published.IsZero() {
			suffix = e.published.Format("20060102-1504")
		} else if clock := digitsOnly(e.label); clock != "" {
			suffix = clock
		}
		name := base + "-" + suffix
		if n := used[name]; n > 0 {
			used[name] = n + 1
			name = fmt.Sprintf("%s-%d", name, n+1)
		} else {
			used[name] = 1
		}
		sum := sha256.Sum256([]byte(e.body))
		meta := map[string]string{
			"liveblog":    first(p.url, p.path),
			"entry_key":   hex.EncodeToString(sum[:]),
			"entry_index": strconv.Itoa(i + 1),
		}
		setMeta(meta, "liveblog_title", headerValue(p.title))
		setMeta(meta, "entry_time", headerValue(e.label))
		setMeta(meta, "author_role", headerValue(e.role))
		h := Header{URL: u, Outlet: first(e.outlet, p.outlet), Published: e.published, Title: e.title, Author: e.author}
		docs = append(docs, NewDocument(name, p.path, h, e.body, meta))
	}
	return docs
}

func digitsOnly(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ParseLiveBlogHTML splits a live-blog page into one document per entry. Entries are the innermost
// <article> elements that carry a <time datetime>; a page with JSON-LD LiveBlogPosting but no such elements
// falls back to its liveBlogUpdate list. A page with fewer than two entries (one if it declares itself a
// LiveBlogPosting) is not a live blog: the error wraps ErrNotLiveBlog and the caller should use ParseHTML.
func ParseLiveBlogHTML(name, pageURL string, raw []byte, fetchedAt time.Time) ([]*ingest.Document, error) {
	label := first(name, pageURL, "HTML input")
	root, err := parsePage(label, raw)
	if err != nil {
		return nil, err
	}
	m := extractMeta(root)
	base := parseBase(pageURL)
	p := page{
		name:   name,
		path:   first(pageURL, name),
		url:    canonicalURL(m.Canonical, base, pageURL),
		outlet: first(m.Outlet, outletFromHost(base)),
		title:  m.Title,
	}
	entries := htmlEntries(root)
	if len(entries) == 0 && m.LiveBlog {
		entries = ldEntries(m.Updates)
	}
	if len(entries) < 2 && !(m.LiveBlog && len(entries) == 1) {
		return nil, fmt.Errorf("parse live blog %s: %w (%d timestamped entries)", label, ErrNotLiveBlog, len(entries))
	}
	docs := entryDocuments(p, entries)
	for _, d := range docs {
		setMeta(d.Meta, "fetched", formatTime(fetchedAt))
	}
	return docs, nil
}

// htmlEntries finds <article> elements holding a <time datetime> and no such nested article.
func htmlEntries(root *html.Node) []entry {
	var arts []*html.Node
	var visit func(n *html.Node) bool // reports whether n's subtree contains an entry
	visit = func(n *html.Node) bool {
		found := false
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if visit(c) {
				found = true
			}
		}
		if n.Type == html.ElementNode && n.Data == "article" && !found && findTime(n) != nil {
			arts = append(arts, n)
			return true
		}
		return found
	}
	visit(root)
	var out []entry
	for _, a := range arts {
		if e, ok := articleEntry(a); ok {
			out = append(out, e)
		}
	}
	return out
}

func findTime(n *html.Node) *html.Node {
	var t *html.Node
	walk(n, func(c *html.Node) bool {
		if t != nil {
			return false
		}
		if c.Type == html.ElementNode && c.Data == "time" && strings.TrimSpace(attr(c, "datetime")) != "" {
			t = c
			return false
		}
		return true
	})
	return t
}

// articleEntry reads one entry element. It works on a detached copy so that removing the header parts
// leaves the page tree alone.
func articleEntry(a *html.Node) (entry, bool) {
	e := entry{anchor: strings.TrimSpace(attr(a, "id"))}
	tn := findTime(a)
	if t, ok := parseTime(attr(tn, "datetime")); ok {
		e.published = t
	}
	e.label = textOf(tn)

	c := cloneTree(a)
	var remove []*html.Node
	walk(c, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.Data {
		case "time", "script", "style", "noscript", "template", "button", "svg", "form", "nav", "aside", "figure":
			remove = append(remove, n)
			return false
		case "h1", "h2", "h3", "h4":
			if e.title == "" {
				e.title = textOf(n)
				remove = append(remove, n)
				return false
			}
		}
		if isContributor(n) {
			if e.author == "" {
				e.author, e.role = contributor(n)
			}
			remove = append(remove, n)
			return false
		}
		return true
	})
	for _, n := range remove {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	e.body = dropUI(Paragraphs(render.InnerText(c)))
	e.author = cleanAuthor(e.author)
	if isOutletLine(e.role, "") {
		e.outlet, e.role = e.role, ""
	}
	return e, e.body != ""
}

// isContributor matches author blocks inside an entry.
func isContributor(n *html.Node) bool {
	if isBylineElement(n) {
		return true
	}
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if strings.Contains(c, "contributor") || strings.Contains(c, "byline") || strings.Contains(c, "author") {
			return true
		}
	}
	return false
}

// contributor reads a name, and an optional role or outlet line, from an author block.
func contributor(n *html.Node) (name, role string) {
	walk(n, func(c *html.Node) bool {
		if c.Type != html.ElementNode || c == n {
			return true
		}
		cls := strings.ToLower(attr(c, "class"))
		switch {
		case name == "" && (strings.EqualFold(attr(c, "itemprop"), "name") || strings.Contains(cls, "name")):
			name = textOf(c)
			return false
		case role == "" && (strings.Contains(cls, "role") || strings.Contains(cls, "title") ||
			strings.Contains(cls, "description") || strings.EqualFold(attr(c, "itemprop"), "jobTitle")):
			role = textOf(c)
			return false
		}
		return true
	})
	if name == "" {
		name = textOf(n)
		if role != "" {
			name = strings.TrimSpace(strings.TrimSuffix(name, role))
		}
	}
	return name, role
}

// cloneTree deep-copies n without its parent or siblings.
func cloneTree(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace}
	c.Attr = append([]html.Attribute(nil), n.Attr...)
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.AppendChild(cloneTree(ch))
	}
	return c
}

func ldEntries(updates []ldObject) []entry {
	var out []entry
	for _, u := range updates {
		e := entry{title: headerValue(u.Headline), author: cleanAuthor(u.Author), body: dropUI(Paragraphs(u.Body))}
		if t, ok := parseTime(u.Published); ok {
			e.published = t
		}
		if i := strings.LastIndexByte(u.URL, '#'); i >= 0 {
			e.anchor = u.URL[i+1:]
		}
		if e.body != "" {
			out = append(out, e)
		}
	}
	return out
}

// uiLines are page furniture that ends up as paragraphs of an entry. Read-only.
var uiLines = map[string]bool{"share": true, "copy link": true, "share this post": true, "post": true, "more": true}

func dropUI(body string) string {
	var keep []string
	for p := range strings.SplitSeq(body, "\n\n") {
		if p != "" && !uiLines[strings.ToLower(p)] {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, "\n\n")
}

// Text live blogs.

var (
	reClock = regexp.MustCompile(`^(\d{1,2})[:.](\d{2})\s*([AaPp][Mm])?(?:\s+([A-Z]{2,5}))?$`)
	reDate  = regexp.MustCompile(`^(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+` +
		`(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})$`)
)

// zoneOffsets are the zone abbreviations live blogs print, in seconds east of UTC. Read-only.
var zoneOffsets = map[string]int{
	"UTC": 0, "GMT": 0, "BST": 3600, "IST": 3600, "WET": 0, "WEST": 3600, "CET": 3600, "CEST": 7200,
	"EET": 7200, "EEST": 10800, "MSK": 10800, "EST": -18000, "EDT": -14400, "CST": -21600, "CDT": -18000,
	"MST": -25200, "MDT": -21600, "PST": -28800, "PDT": -25200,
}

type clock struct {
	hour, min int
	zone      string
	loc       *time.Location // nil when the zone is missing or unknown
}

func parseClock(s string) (clock, bool) {
	m := reClock.FindStringSubmatch(s)
	if m == nil {
		return clock{}, false
	}
	h, _ := strconv.Atoi(m[1])
	mi, _ := strconv.Atoi(m[2])
	switch strings.ToLower(m[3]) {
	case "am":
		if h < 1 || h > 12 {
			return clock{}, false
		}
		if h == 12 {
			h = 0
		}
	case "pm":
		if h < 1 || h > 12 {
			return clock{}, false
		}
		if h != 12 {
			h += 12
		}
	}
	if h > 23 || mi > 59 {
		return clock{}, false
	}
	c := clock{hour: h, min: mi, zone: m[4]}
	if off, ok := zoneOffsets[c.zone]; ok {
		c.loc = time.FixedZone(c.zone, off)
	} else if c.zone != "" {
		return clock{}, false // "12:30 ABC" is more likely a score or a reference than a timestamp
	}
	return c, true
}

func parseDateLine(s string) (time.Time, bool) {
	m := reDate.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	t, err := time.Parse("2 January 2006", m[1]+" "+m[2]+" "+m[3])
	return t, err == nil
}

type textLine struct {
	text       string
	start, end int // byte offsets of the line in the body, without its newline
}

// SplitLiveBlog splits a text live blog into one document per timestamped entry. It recognises BBC-style
// entry headers (a "18:59 BST" line, then an optional author line such as "Will Vernon" and an optional
// outlet line such as "BBC News") and the seed style ("Share", a "18th August 2025" line, a "07:41am BST"
// line). A clock-only time takes its date from doc.Published, or is kept only in Meta["entry_time"].
// Text before the first header (page summary, navigation) is left out. It returns nil unless the text has at
// least two entry headers, or one dated seed-style header.
func SplitLiveBlog(doc *ingest.Document) []*ingest.Document {
	if doc == nil || doc.BodyStart < 0 || doc.BodyStart > len(doc.Raw) {
		return nil
	}
	body := doc.Raw[doc.BodyStart:]
	var lines []textLine // non-blank lines only
	off := 0
	for _, l := range strings.SplitAfter(body, "\n") {
		if t := strings.TrimSpace(l); t != "" {
			lines = append(lines, textLine{text: t, start: off, end: off + len(l)})
		}
		off += len(l)
	}

	type header struct {
		first, next int // index of the header's first line and of the first body line
		e           entry
	}
	var heads []header
	dated := false
	for i := 0; i < len(lines); i++ {
		j := i
		var date time.Time
		hasDate := false
		if strings.EqualFold(lines[j].text, "share") && j+1 < len(lines) {
			if d, ok := parseDateLine(lines[j+1].text); ok {
				date, hasDate = d, true
				j += 2
			}
		} else if d, ok := parseDateLine(lines[j].text); ok {
			date, hasDate = d, true
			j++
		}
		if j >= len(lines) {
			continue
		}
		ck, ok := parseClock(lines[j].text)
		if !ok {
			continue
		}
		h := header{first: i, e: entry{label: lines[j].text}}
		j++
		h.e.published = entryTime(ck, date, hasDate, doc.Published)
		if j < len(lines) && isPersonName(lines[j].text) {
			h.e.author = lines[j].text
			j++
		}
		if j < len(lines) {
			if isOutletLine(lines[j].text, doc.Outlet) {
				h.e.outlet = lines[j].text
				j++
			} else if h.e.author != "" && isRoleLine(lines[j].text) {
				h.e.role = lines[j].text
				j++
			}
		}
		h.next = j
		heads = append(heads, h)
		dated = dated || hasDate
		i = j - 1
	}
	if len(heads) < 2 && !(dated && len(heads) == 1) {
		return nil
	}
	var entries []entry
	for k, h := range heads {
		end := len(body)
		if k+1 < len(heads) {
			end = lines[heads[k+1].first].start
		}
		start := end
		if h.next < len(lines) {
			start = min(lines[h.next].start, end)
		}
		h.e.body = dropUI(Paragraphs(body[start:end]))
		entries = append(entries, h.e)
	}
	p := page{name: doc.Name, path: doc.Path, url: first(doc.URL, urlIfURL(doc.Path)), outlet: doc.Outlet, title: doc.Title}
	return entryDocuments(p, entries)
}

func urlIfURL(s string) string {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return s
	}
	return ""
}

// entryTime combines a clock with its date line or, failing that, with the page's date in the clock's zone.
func entryTime(ck clock, date time.Time, hasDate bool, pagePublished time.Time) time.Time {
	loc := ck.loc
	switch {
	case hasDate:
		if loc == nil {
			loc = time.UTC
		}
		return time.Date(date.Year(), date.Month(), date.Day(), ck.hour, ck.min, 0, 0, loc)
	case !pagePublished.IsZero():
		if loc == nil {
			loc = pagePublished.Location()
		}
		d := pagePublished.In(loc)
		return time.Date(d.Year(), d.Month(), d.Day(), ck.hour, ck.min, 0, 0, loc)
	}
	return time.Time{}
}

// isPersonName accepts short lines of two to four capitalised words ("Will Vernon", "Laura Gozzi",
// "Jean-Luc O'Neill") that are not outlet names.
func isPersonName(s string) bool {
	s = strings.TrimPrefix(s, "By ")
	words := strings.Fields(s)
	if len(s) > 40 || len(words) < 2 || len(words) > 4 || isOutletLine(s, "") {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
		for _, c := range r {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
				return false
			}
		}
	}
	return true
}

// outletWords mark a line as an organisation's name. Read-only.
var outletWords = []string{"news", "bbc", "reuters", "associated press", "afp", "press", "agency", "times",
	"post", "guardian", "telegraph", "journal", "radio", "tv", "television", "verify", "sky", "cnn", "itv",
	"channel", "tribune", "herald", "independent", "mirror", "express", "standard", "bloomberg"}

func isOutletLine(s, outlet string) bool {
	if s == "" {
		return false
	}
	if len(s) > 40 || len(strings.Fields(s)) > 5 || strings.ContainsRune(".?!:\"”", lastRune(s)) {
		return false
	}
	if outlet != "" && strings.EqualFold(s, outlet) {
		return true
	}
	if !unicode.IsUpper([]rune(s)[0]) {
		return false
	}
	lower := " " + strings.ToLower(s) + " "
	for _, w := range outletWords {
		if strings.Contains(lower, " "+w+" ") {
			return true
		}
	}
	return false
}

// roleWords mark a line under an author's name as their job ("Political correspondent"). Read-only.
var roleWords = []string{"correspondent", "editor", "reporter", "reporting from", "presenter", "analyst", "producer"}

func isRoleLine(s string) bool {
	if s == "" {
		return false
	}
	if len(s) > 60 || strings.ContainsRune(".?!\"”", lastRune(s)) {
		return false
	}
	lower := strings.ToLower(s)
	for _, w := range roleWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
