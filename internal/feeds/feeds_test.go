package feeds

import (
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

const base = "https://news.example"

func readFeed(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(strings.ReplaceAll(string(b), "{{BASE}}", base))
}

func TestParseRSS(t *testing.T) {
	f, err := Parse(base+"/rss.xml", readFeed(t, "rss.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "World News - Example Times" || f.Type != "rss" || f.Link != base+"/" || len(f.Items) != 4 {
		t.Fatalf("feed: title %q type %q link %q items %d", f.Title, f.Type, f.Link, len(f.Items))
	}
	// Newest first.
	want := []struct{ title, link, author, published string }{
		{"Kyiv demands binding guarantees", base + "/articles/two.html", "Tom Reid", "2025-08-21T09:30:00Z"},
		{"Zelensky and Trump meet at the White House", base + "/articles/one.html", "Anna Field", "2025-08-18T18:05:00+01:00"},
		{"Live: Washington talks", base + "/live.html", "", "2025-08-18T06:00:00+01:00"},
		{"Page that has gone", base + "/articles/missing.html", "", "2025-08-17T12:00:00Z"},
	}
	for i, w := range want {
		it := f.Items[i]
		if it.Title != w.title || it.Link != w.link || it.Author != w.author || it.Published.Format(time.RFC3339) != w.published {
			t.Errorf("item %d: %q %q %q %s", i, it.Title, it.Link, it.Author, it.Published.Format(time.RFC3339))
		}
	}
	if !strings.Contains(f.Items[0].Content, "reassurance force") || f.Items[1].Content != "" ||
		!strings.Contains(f.Items[1].Summary, "first time since February") {
		t.Errorf("content/summary not kept apart: %q / %q", f.Items[1].Content, f.Items[1].Summary)
	}
	if f.Items[1].GUID != "example-times-0001" || f.Items[1].Key() != "example-times-0001" {
		t.Errorf("GUID %q key %q", f.Items[1].GUID, f.Items[1].Key())
	}
}

func TestParseAtom(t *testing.T) {
	f, err := Parse(base+"/atom.xml", readFeed(t, "atom.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "Lakeside Courier" || f.Type != "atom" || len(f.Items) != 2 {
		t.Fatalf("feed: %q %q %d items", f.Title, f.Type, len(f.Items))
	}
	g, m := f.Items[0], f.Items[1]
	if g.Title != "Ceasefire talks stall in Geneva" || g.Link != base+"/articles/geneva.html" || g.Author != "Jane Smith" ||
		g.Published.Format(time.RFC3339) != "2025-09-02T14:05:00+02:00" || g.Summary != "Negotiators left Geneva without agreement." {
		t.Errorf("first entry: %+v", g)
	}
	if g.Key() != "tag:courier.example,2025:geneva@2025-09-02T12:10:00Z" {
		t.Errorf("key %q should carry the updated time", g.Key())
	}
	// No <published>: the updated time stands in.
	if m.Published.Format(time.RFC3339) != "2025-09-01T08:00:00Z" || m.Author != "Jane Smith, Olu Ade" ||
		m.Content != "<p>The UN mediator said talks would resume.</p>" {
		t.Errorf("second entry: %+v", m)
	}
}

func TestParseJSONFeed(t *testing.T) {
	f, err := Parse(base+"/feed.json", readFeed(t, "feed.json"))
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "JSON Wire" || f.Type != "json" || len(f.Items) != 2 {
		t.Fatalf("feed: %q %q %d", f.Title, f.Type, len(f.Items))
	}
	if it := f.Items[0]; it.Link != base+"/articles/wire-1.html" || it.Author != "Wire Staff" || !strings.Contains(it.Content, "We are close") {
		t.Errorf("item: %+v", it)
	}
}

func TestParseRejects(t *testing.T) {
	tests := map[string]string{
		"empty":  "  \n",
		"html":   "<!doctype html><html><body><p>Not a feed</p></body></html>",
		"binary": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		"broken": `<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</ti`,
		"text":   "title: hello\n\nplain text",
	}
	for name, in := range tests {
		u := "https://feeds.example/" + name
		_, err := Parse(u, []byte(in))
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if !strings.Contains(err.Error(), u) {
			t.Errorf("%s: error %q does not name the feed", name, err)
		}
	}
}

func TestItemDocument(t *testing.T) {
	f, err := Parse(base+"/rss.xml", readFeed(t, "rss.xml"))
	if err != nil {
		t.Fatal(err)
	}
	d, ok := ItemDocument(&f.Items[0], f)
	if !ok {
		t.Fatal("full-text item not turned into a document")
	}
	if d.URL != base+"/articles/two.html" || d.Title != "Kyiv demands binding guarantees" || d.Author != "Tom Reid" ||
		d.Outlet != "World News - Example Times" || d.Published.Format(time.RFC3339) != "2025-08-21T09:30:00Z" {
		t.Errorf("fields: %+v", d)
	}
	if !strings.HasPrefix(d.Raw, "url: "+base+"/articles/two.html\noutlet: World News - Example Times\npublished: 2025-08-21T09:30:00Z\n") {
		t.Errorf("header: %q", d.Raw[:d.BodyStart])
	}
	body := d.Body()
	if !strings.Contains(body, "“We will not accept a ceasefire that simply gives Russia time to regroup,” the minister told reporters.") ||
		strings.Contains(body, "<p>") || utf8.RuneCountInString(body) < FullTextMin {
		t.Errorf("body: %q", body)
	}
	if d.Meta["feed"] != base+"/rss.xml" || d.Meta["feed_item"] != base+"/articles/two.html" {
		t.Errorf("meta %v", d.Meta)
	}
	for _, i := range []int{1, 2, 3} {
		if _, ok := ItemDocument(&f.Items[i], f); ok {
			t.Errorf("teaser item %d taken for full text", i)
		}
	}
	if _, ok := ItemDocument(nil, f); ok {
		t.Error("nil item")
	}
}
