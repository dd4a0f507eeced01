package feeds

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	for _, name := range []string{"rss.xml", "atom.xml", "feed.json"} {
		f.Add(readFeed(f, name))
	}
	f.Add([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>caf` + "\xe9" + `</title><item><title>x</title><link>../a</link></item></channel></rss>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"id":1,"url":"javascript:alert(1)","content_html":"\ud800"}]}`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">a<b>b</b></div></title></entry></feed>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		feed, err := Parse("https://feeds.example/f", b)
		if err != nil {
			if !strings.Contains(err.Error(), "https://feeds.example/f") {
				t.Fatalf("error %q does not name the feed", err)
			}
			return
		}
		if !utf8.ValidString(feed.Title) || !utf8.ValidString(feed.Link) {
			t.Fatalf("invalid UTF-8 in feed %+v", feed)
		}
		for i := range feed.Items {
			it := &feed.Items[i]
			for _, s := range []string{it.GUID, it.Link, it.Title, it.Author, it.Content, it.Summary, it.Key()} {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 in item %+v", it)
				}
			}
			if strings.ContainsAny(it.Title, "\n\r") {
				t.Fatalf("title spans lines: %q", it.Title)
			}
			if it.Link != "" && !strings.HasPrefix(it.Link, "http://") && !strings.HasPrefix(it.Link, "https://") {
				t.Fatalf("non-web link %q", it.Link)
			}
			if d, ok := ItemDocument(it, feed); ok {
				if !utf8.ValidString(d.Raw) || d.BodyStart > len(d.Raw) {
					t.Fatalf("bad document from item %+v", it)
				}
			}
		}
	})
}
