// Package feeds owns reading RSS, Atom and JSON feeds and polling them: parsing a feed into items, deciding
// whether an item carries the full article or its page must be fetched, and a storage-agnostic Poller that
// polls due feeds with conditional GET, per-feed intervals and back-off, and hands documents to a State.
package feeds

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/web"
)

// FullTextMin is the least text (in characters, after HTML is stripped) for an item's content to count as
// the full article rather than a teaser.
const FullTextMin = 1500

// Feed is a parsed feed.
type Feed struct {
	URL   string // where the feed was read from
	Title string
	Link  string // the site's home page
	Type  string // "rss", "atom" or "json"
	Items []Item
}

// Item is one feed entry. Content and Summary are HTML as the feed gave them.
type Item struct {
	GUID      string
	Link      string // absolute
	Title     string
	Author    string
	Published time.Time // falls back to the updated time
	Updated   time.Time
	Content   string
	Summary   string
}

// Key identifies an item version: its GUID (or link) plus its updated time, so an edited article is read
// again while an unchanged one is not.
func (it *Item) Key() string {
	id := first(it.GUID, it.Link)
	if id == "" {
		sum := sha256.Sum256([]byte(it.Title + "\x00" + it.Content + "\x00" + it.Summary))
		id = "sha256:" + hex.EncodeToString(sum[:8])
	}
	if !it.Updated.IsZero() {
		id += "@" + it.Updated.UTC().Format(time.RFC3339)
	}
	return id
}

// Parse reads an RSS 2.0/1.0, Atom or JSON feed. Relative item links are resolved against the feed's link or
// feedURL. Items come newest first.
func Parse(feedURL string, data []byte) (*Feed, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("parse feed %s: empty input", feedURL)
	}
	if bytes.IndexByte(data[:min(len(data), 1024)], 0) >= 0 && !hasUTF16BOM(data) {
		return nil, fmt.Errorf("parse feed %s: binary data, not a feed", feedURL)
	}
	gf, err := parseGofeed(data)
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, fmt.Errorf("parse feed %s: not an RSS, Atom or JSON feed", feedURL)
		}
		return nil, fmt.Errorf("parse feed %s: %w", feedURL, err)
	}
	f := &Feed{
		URL:   feedURL,
		Title: oneLine(gf.Title),
		Link:  clean(gf.Link),
		Type:  gf.FeedType,
	}
	base, _ := url.Parse(feedURL)
	if l, err := url.Parse(f.Link); err == nil && l.IsAbs() {
		base = l
	}
	for _, gi := range gf.Items {
		if gi == nil {
			continue
		}
		it := Item{
			GUID:    clean(gi.GUID),
			Link:    resolve(base, first(gi.Link, firstOf(gi.Links))),
			Title:   oneLine(gi.Title),
			Author:  authors(gi),
			Content: clean(gi.Content),
			Summary: clean(gi.Description),
		}
		if gi.UpdatedParsed != nil {
			it.Updated = withOffset(*gi.UpdatedParsed, gi.Updated)
		}
		switch {
		case gi.PublishedParsed != nil:
			it.Published = withOffset(*gi.PublishedParsed, gi.Published)
		case gi.UpdatedParsed != nil:
			it.Published = it.Updated
		}
		f.Items = append(f.Items, it)
	}
	sort.SliceStable(f.Items, func(i, j int) bool { return f.Items[i].Published.After(f.Items[j].Published) })
	return f, nil
}

// offsetLayouts are feed date forms with a numeric zone offset. Read-only.
var offsetLayouts = []string{time.RFC3339Nano, time.RFC1123Z, "Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 -0700",
	"Mon, 02 Jan 2006 15:04 -0700", time.RFC822Z}

// withOffset keeps the zone offset the feed wrote ("+01:00"), which gofeed converts away to UTC, so that
// stored headers show the publisher's local time.
func withOffset(parsed time.Time, raw string) time.Time {
	raw = strings.TrimSpace(raw)
	for _, l := range offsetLayouts {
		if t, err := time.Parse(l, raw); err == nil && t.Equal(parsed) {
			return t
		}
	}
	return parsed
}

// parseGofeed turns gofeed panics on hostile input into errors: one bad feed must not stop a poll.
func parseGofeed(data []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("feed parser failed: %v", r)
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(data))
}

// ItemDocument makes a document from the item's own content when that is the full article (at least
// FullTextMin characters of text); ok is false when the item's page must be fetched instead.
func ItemDocument(item *Item, feed *Feed) (doc *ingest.Document, ok bool) {
	if item == nil {
		return nil, false
	}
	text := ""
	for _, h := range []string{item.Content, item.Summary} {
		if t := web.TextFromHTML(h); utf8.RuneCountInString(t) >= FullTextMin {
			text = t
			break
		}
	}
	if text == "" {
		return nil, false
	}
	feedURL, outlet := "", ""
	if feed != nil {
		feedURL, outlet = feed.URL, feed.Title
	}
	h := web.Header{
		URL:       item.Link,
		Outlet:    first(outlet, hostOf(item.Link), hostOf(feedURL)),
		Published: item.Published,
		Title:     item.Title,
		Author:    item.Author,
	}
	meta := map[string]string{"feed": feedURL, "feed_item": item.Key()}
	return web.NewDocument(itemName(item, feedURL), first(item.Link, feedURL), h, text, meta), true
}

func itemName(item *Item, feedURL string) string {
	if n := web.NameFromURL(item.Link); n != "" && item.Link != "" {
		return n
	}
	sum := sha256.Sum256([]byte(item.Key()))
	base := web.NameFromURL(feedURL)
	if base == "" {
		base = "feed"
	}
	return base + "-" + hex.EncodeToString(sum[:6])
}

func authors(gi *gofeed.Item) string {
	var names []string
	seen := map[string]bool{}
	add := func(n string) {
		if n = oneLine(n); n != "" && !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	for _, p := range gi.Authors {
		if p != nil {
			add(first(p.Name, p.Email))
		}
	}
	if len(names) == 0 && gi.DublinCoreExt != nil {
		for _, c := range gi.DublinCoreExt.Creator {
			add(c)
		}
	}
	return strings.Join(names, ", ")
}

func resolve(base *url.URL, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if base != nil && !u.IsAbs() {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "" // not a web page: another scheme, or no host ("https:")
	}
	return clean(u.String())
}

func hostOf(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

func hasUTF16BOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xFE, 0xFF}) || bytes.HasPrefix(b, []byte{0xFF, 0xFE})
}

func clean(s string) string { return strings.TrimSpace(strings.ToValidUTF8(s, "\uFFFD")) }

// oneLine strips markup some feeds put in titles and names, and collapses whitespace.
func oneLine(s string) string {
	s = clean(s)
	if strings.ContainsAny(s, "<&") {
		s = web.TextFromHTML(s)
	}
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f {
			return ' '
		}
		return r
	}, s)), " ")
}

func first(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func firstOf(vals []string) string { return first(vals...) }
