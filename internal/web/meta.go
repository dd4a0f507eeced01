package web

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// pageMeta is what the page itself says about the article, before readability's guesses are consulted.
type pageMeta struct {
	Title, Outlet, Author, Description, Language, Canonical string
	Published, Modified                                     time.Time
	LiveBlog                                                bool
	// Updates are JSON-LD liveBlogUpdate postings, used when the page has no <article> entries.
	Updates []ldObject
}

// articleTypes are the schema.org types whose fields describe a news article. Read-only.
var articleTypes = map[string]bool{
	"newsarticle": true, "article": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "backgroundnewsarticle": true, "reviewnewsarticle": true,
	"blogposting": true, "liveblogposting": true, "socialmediaposting": true, "report": true,
}

// ldObject is one JSON-LD node reduced to the fields Parley reads.
type ldObject struct {
	Types                                  []string
	Headline, Author, Publisher, URL, Body string
	Published, Modified                    string
	Updates                                []ldObject
}

func (o ldObject) isType(t string) bool {
	for _, x := range o.Types {
		if strings.EqualFold(x, t) {
			return true
		}
	}
	return false
}

// extractMeta reads JSON-LD, OpenGraph, <meta>, <time> and byline markup. Earlier sources win: JSON-LD is
// written for machines and is usually the most exact.
func extractMeta(root *html.Node) pageMeta {
	var m pageMeta
	metas := map[string]string{}
	var ld []ldObject
	var firstTime, pubTime, title, bylineText, canonical string
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.Data {
		case "html":
			m.Language = attr(n, "lang")
		case "script":
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				ld = append(ld, parseJSONLD(rawText(n))...)
			}
			return false
		case "style", "noscript", "template":
			return false
		case "meta":
			content := strings.TrimSpace(attr(n, "content"))
			for _, k := range []string{"property", "name", "itemprop"} {
				if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" && content != "" {
					if _, seen := metas[key]; !seen {
						metas[key] = content
					}
				}
			}
		case "link":
			if strings.EqualFold(attr(n, "rel"), "canonical") && canonical == "" {
				canonical = attr(n, "href")
			}
		case "title":
			if title == "" {
				title = textOf(n)
			}
		case "time":
			if dt := strings.TrimSpace(attr(n, "datetime")); dt != "" {
				if firstTime == "" {
					firstTime = dt
				}
				if pubTime == "" && (strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate")) {
					pubTime = dt
				}
			}
		}
		if bylineText == "" && n.Data != "meta" && n.Data != "link" && isBylineElement(n) {
			if t := textOf(n); t != "" && len(t) < 200 {
				bylineText = t
			}
		}
		return true
	})

	var art ldObject
	for _, o := range ld {
		if o.isType("LiveBlogPosting") {
			m.LiveBlog = true
			m.Updates = o.Updates
		}
		if art.Types == nil {
			for _, t := range o.Types {
				if articleTypes[strings.ToLower(t)] {
					art = o
					break
				}
			}
		}
	}

	m.Title = first(art.Headline, metas["og:title"], metas["twitter:title"], metas["headline"], title)
	m.Outlet = first(art.Publisher, metas["og:site_name"], metas["application-name"], metas["publisher"])
	m.Author = cleanAuthor(first(art.Author, metas["author"], nonURL(metas["article:author"]), metas["byl"],
		metas["parsely-author"], metas["sailthru.author"], metas["dc.creator"], bylineText))
	m.Description = first(metas["og:description"], metas["description"], metas["twitter:description"])
	m.Canonical = first(canonical, metas["og:url"], art.URL)
	m.Published = firstTimeOf(art.Published, metas["article:published_time"], metas["datepublished"],
		metas["date"], metas["pubdate"], metas["publishdate"], metas["publish-date"], metas["dc.date"],
		metas["dcterms.created"], metas["parsely-pub-date"], metas["sailthru.date"], metas["og:published_time"],
		pubTime, firstTime)
	m.Modified = firstTimeOf(art.Modified, metas["article:modified_time"], metas["datemodified"], metas["og:updated_time"])
	return m
}

// isBylineElement matches the usual author markup: rel=author, itemprop=author, class "byline"/"author".
func isBylineElement(n *html.Node) bool {
	if strings.EqualFold(attr(n, "rel"), "author") || strings.EqualFold(attr(n, "itemprop"), "author") {
		return true
	}
	cls := strings.ToLower(attr(n, "class"))
	for _, c := range strings.Fields(cls) {
		if c == "byline" || c == "author" || c == "author-name" || c == "byline__name" || c == "article-author" {
			return true
		}
	}
	return false
}

func parseJSONLD(s string) []ldObject {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "<!--")
	s = strings.TrimSuffix(s, "-->")
	s = strings.TrimPrefix(strings.TrimSpace(s), "//<![CDATA[")
	s = strings.TrimSuffix(strings.TrimSpace(s), "//]]>")
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return nil // broken JSON-LD is common; the other sources still apply
	}
	var out []ldObject
	collectLD(v, &out, 0)
	return out
}

func collectLD(v any, out *[]ldObject, depth int) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			collectLD(e, out, depth+1)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			collectLD(g, out, depth+1)
		}
		if _, ok := x["@type"]; ok {
			*out = append(*out, toLD(x, depth))
		}
	}
}

func toLD(x map[string]any, depth int) ldObject {
	o := ldObject{
		Types:     strs(x["@type"]),
		Headline:  first(str(x["headline"]), str(x["name"])),
		Author:    names(x["author"], ", "),
		Publisher: names(x["publisher"], ", "),
		Published: str(x["datePublished"]),
		Modified:  str(x["dateModified"]),
		Body:      str(x["articleBody"]),
		URL:       first(str(x["url"]), str(x["@id"])),
	}
	if me, ok := x["mainEntityOfPage"].(map[string]any); ok && o.URL == "" {
		o.URL = str(me["@id"])
	}
	if o.Publisher == "" {
		o.Publisher = names(x["sourceOrganization"], ", ")
	}
	if depth < 8 {
		var ups []ldObject
		collectLD(x["liveBlogUpdate"], &ups, depth+1)
		o.Updates = ups
	}
	return o
}

func str(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		if len(x) > 0 {
			return str(x[0])
		}
	case map[string]any:
		return first(str(x["@value"]), str(x["name"]))
	}
	return ""
}

func strs(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// names reads a schema.org Person/Organization value: a string, an object with "name", or a list of them.
func names(v any, sep string) string {
	switch x := v.(type) {
	case string:
		return nonURL(strings.TrimSpace(x))
	case map[string]any:
		return str(x["name"])
	case []any:
		var out []string
		seen := map[string]bool{}
		for _, e := range x {
			if n := names(e, sep); n != "" && !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
		return strings.Join(out, sep)
	}
	return ""
}

func nonURL(s string) string {
	if u, err := url.Parse(s); err == nil && u.Scheme != "" && u.Host != "" {
		return ""
	}
	return s
}

// cleanAuthor drops the "By " that bylines carry and the outlet suffix some sites append.
func cleanAuthor(s string) string {
	s = headerValue(s)
	for _, p := range []string{"By ", "by ", "BY "} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.TrimSpace(s)
}

func first(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func firstTimeOf(vals ...string) time.Time {
	for _, v := range vals {
		if t, ok := parseTime(v); ok {
			return t
		}
	}
	return time.Time{}
}

// timeLayouts are the date forms seen in article metadata, most exact first. Read-only.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"20060102T150405Z",
	"20060102",
}

func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1900 || t.Year() > 2200 {
				return time.Time{}, false
			}
			return t, true
		}
	}
	return time.Time{}, false
}

// walk visits n and its descendants depth-first; fn returns false to skip a node's children.
func walk(n *html.Node, fn func(*html.Node) bool) {
	if !fn(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

// rawText is the concatenated text children of n (a <script>'s source).
func rawText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// textOf is n's visible text on one line.
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
			b.WriteByte(' ')
		case c.Type == html.ElementNode && (c.Data == "script" || c.Data == "style" || c.Data == "noscript"):
			return false
		}
		return true
	})
	return headerValue(b.String())
}
