package web

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/ingest"
)

func TestParseLiveBlogHTML(t *testing.T) {
	srv := servePages(t)
	const canonical = "https://www.bbc.co.uk/news/live/c5y0x9q1r2zt"
	v1, err := ParseLiveBlogHTML("live", srv.URL+"/liveblog_v1.html", getPage(t, srv.URL+"/liveblog_v1.html"), fetchedAt)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		name, published, author, outlet, title, firstWords string
	}{
		{"live-20250818-1859", "2025-08-18T18:59:00+01:00", "Will Vernon", "BBC News", "Trump says he will call Putin after the meeting", "Trump told reporters"},
		{"live-20250818-1831", "2025-08-18T18:31:00+01:00", "Laura Gozzi", "BBC News", "", "Zelensky thanked Trump"},
		{"live-20250818-1745", "2025-08-18T17:45:00+01:00", "Paul Kirby", "BBC News", "Starmer arrives at the White House", "The UK prime minister"},
	}
	if len(v1) != len(want) {
		t.Fatalf("got %d entries, want %d", len(v1), len(want))
	}
	for i, w := range want {
		d := v1[i]
		checkDocument(t, d)
		if d.Name != w.name || d.Published.Format(time.RFC3339) != w.published || d.Author != w.author ||
			d.Outlet != w.outlet || d.Title != w.title {
			t.Errorf("entry %d: name %q published %v author %q outlet %q title %q", i, d.Name, d.Published, d.Author, d.Outlet, d.Title)
		}
		if !strings.HasPrefix(d.Body(), w.firstWords) {
			t.Errorf("entry %d body starts %q, want %q", i, d.Body()[:min(40, len(d.Body()))], w.firstWords)
		}
		if d.Meta["liveblog"] != canonical || len(d.Meta["entry_key"]) != 64 {
			t.Errorf("entry %d meta %v", i, d.Meta)
		}
		if !strings.HasPrefix(d.URL, canonical+"#post-") {
			t.Errorf("entry %d URL %q", i, d.URL)
		}
		for _, junk := range []string{"Share", "Summary", "Last updated", "18:59 BST", "Reporting from"} {
			if strings.Contains(d.Body(), junk) {
				t.Errorf("entry %d body has %q", i, junk)
			}
		}
	}
	if v1[1].Meta["author_role"] != "Reporting from Washington" {
		t.Errorf("role = %q", v1[1].Meta["author_role"])
	}
	if !strings.Contains(v1[1].Body(), `"Thank you very much for your efforts, personal efforts, to stop killings and stop this war," Zelensky said.`) {
		t.Errorf("quote missing from entry body:\n%s", v1[1].Body())
	}

	// The re-fetched page has a new entry, a new page title and reflowed markup in an old entry.
	v2, err := ParseLiveBlogHTML("live", srv.URL+"/liveblog_v2.html", getPage(t, srv.URL+"/liveblog_v2.html"), fetchedAt.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if len(v2) != 4 {
		t.Fatalf("re-fetch: got %d entries, want 4", len(v2))
	}
	old := map[string]bool{}
	for _, d := range v1 {
		old[d.Raw] = true
	}
	var fresh []*ingest.Document
	for _, d := range v2 {
		if !old[d.Raw] {
			fresh = append(fresh, d)
		}
	}
	if len(fresh) != 1 {
		t.Fatalf("re-fetch: %d entries differ from the first fetch, want exactly 1", len(fresh))
	}
	if fresh[0].Published.Format("15:04") != "19:20" || !strings.Contains(fresh[0].Body(), `"I think we all need a ceasefire," he said.`) {
		t.Errorf("new entry: %v %q", fresh[0].Published, fresh[0].Body())
	}
	for i, d := range v2[1:] {
		if d.Raw != v1[i].Raw || d.Hash != v1[i].Hash || d.Meta["entry_key"] != v1[i].Meta["entry_key"] || d.Name != v1[i].Name {
			t.Errorf("old entry %d changed on re-fetch", i)
		}
	}
	golden(t, "liveblog_v2.txt", joinRaw(v2))
}

func joinRaw(docs []*ingest.Document) string {
	var b strings.Builder
	for _, d := range docs {
		b.WriteString("==== " + d.Name + "\n" + d.Raw)
	}
	return b.String()
}

func TestParseLiveBlogHTMLNotLiveBlog(t *testing.T) {
	b, err := os.ReadFile("testdata/jsonld.html")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ParseLiveBlogHTML("article", "https://example.com/a", b, fetchedAt)
	if !errors.Is(err, ErrNotLiveBlog) || !strings.Contains(err.Error(), "article") {
		t.Errorf("error = %v, want ErrNotLiveBlog naming the input", err)
	}
}

func TestParseLiveBlogHTMLFromJSONLD(t *testing.T) {
	page := `<!doctype html><html><head><title>Live</title><script type="application/ld+json">
{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Talks live","publisher":{"name":"Wire"},
 "liveBlogUpdate":[
  {"@type":"BlogPosting","headline":"Envoy speaks","datePublished":"2025-08-18T10:00:00Z","author":{"@type":"Person","name":"Ann Lee"},
   "articleBody":"The envoy said: \"We are close.\"","url":"https://wire.example/live#p2"},
  {"@type":"BlogPosting","datePublished":"2025-08-18T09:00:00Z","articleBody":"Delegations arrived."}]}
</script></head><body><div id="app"></div></body></html>`
	docs, err := ParseLiveBlogHTML("wire", "https://wire.example/live", []byte(page), fetchedAt)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d entries", len(docs))
	}
	d := docs[0]
	checkDocument(t, d)
	if d.Author != "Ann Lee" || d.Outlet != "Wire" || d.Title != "Envoy speaks" || d.URL != "https://wire.example/live#p2" ||
		d.Body() != "The envoy said: \"We are close.\"\n" {
		t.Errorf("entry: %+v body %q", d, d.Body())
	}
}

func textDoc(t *testing.T, body string, published time.Time) *ingest.Document {
	t.Helper()
	return NewDocument("bbc-live", "bbc-live.txt", Header{URL: "https://www.bbc.co.uk/news/live/x", Outlet: "BBC", Published: published}, body, nil)
}

func TestSplitLiveBlogBBCText(t *testing.T) {
	b, err := os.ReadFile("testdata/liveblog_text.txt")
	if err != nil {
		t.Fatal(err)
	}
	pagePublished := time.Date(2025, 8, 18, 6, 0, 0, 0, time.FixedZone("BST", 3600))
	docs := SplitLiveBlog(textDoc(t, string(b), pagePublished))
	want := []struct{ published, author, outlet, role, body string }{
		{"2025-08-18T18:59:00+01:00", "Will Vernon", "BBC News", "",
			"Trump said he would call Putin \"right after\" the meeting with European leaders.\n\n\"We're going to see if we can get a trilat done,\" he said.\n"},
		{"2025-08-18T18:31:00+01:00", "Laura Gozzi", "BBC", "Reporting from Washington",
			"Zelensky thanked Trump several times at the start of the meeting.\n\n\"Thank you very much for your efforts, personal efforts, to stop killings and stop this war,\" Zelensky said.\n"},
		{"2025-08-18T17:45:00+01:00", "", "BBC", "",
			"The UK prime minister, Sir Keir Starmer, has arrived at the White House, where he will push for \"robust security guarantees\".\n"},
	}
	if len(docs) != len(want) {
		t.Fatalf("got %d entries, want %d", len(docs), len(want))
	}
	for i, w := range want {
		d := docs[i]
		checkDocument(t, d)
		if d.Published.Format(time.RFC3339) != w.published || d.Author != w.author || d.Outlet != w.outlet ||
			d.Meta["author_role"] != w.role || d.Body() != w.body {
			t.Errorf("entry %d: published %v author %q outlet %q role %q body %q", i, d.Published, d.Author, d.Outlet, d.Meta["author_role"], d.Body())
		}
		if d.Meta["liveblog"] != "https://www.bbc.co.uk/news/live/x" || d.Path != "bbc-live.txt" {
			t.Errorf("entry %d meta %v path %q", i, d.Meta, d.Path)
		}
	}
	if docs[0].Name != "bbc-live-20250818-1859" {
		t.Errorf("name %q", docs[0].Name)
	}

	// Without a page date the clock alone is kept.
	undated := SplitLiveBlog(textDoc(t, string(b), time.Time{}))
	if len(undated) != 3 || !undated[0].Published.IsZero() || undated[0].Meta["entry_time"] != "18:59 BST" ||
		undated[0].Name != "bbc-live-1859" {
		t.Errorf("undated: %d docs, first %+v", len(undated), undated[0])
	}

	// A new entry on top leaves the old entries' bytes alone.
	more := "19:20 BST\nWill Vernon\nBBC News\nMacron said Europe wanted a ceasefire first.\n\n" + string(b)
	again := SplitLiveBlog(textDoc(t, more, pagePublished))
	if len(again) != 4 {
		t.Fatalf("re-split: %d entries", len(again))
	}
	for i := range docs {
		if again[i+1].Raw != docs[i].Raw {
			t.Errorf("entry %d changed after a new entry was added", i)
		}
	}
}

func TestSplitLiveBlogSeedStyle(t *testing.T) {
	body := "\nShare\n18th August 2025\n07:41am BST\n\nRussian President Vladimir Putin has agreed to \"game changing\" security guarantees.\n" +
		"He said: \"It was the first time.\"\n\nShare\n17th August 2025\n11:05pm BST\nTrump posted on social media.\n"
	docs := SplitLiveBlog(NewDocument("seed", "seed.txt", Header{}, body, nil))
	if len(docs) != 2 {
		t.Fatalf("got %d entries", len(docs))
	}
	if got := docs[0].Published.Format(time.RFC3339); got != "2025-08-18T07:41:00+01:00" {
		t.Errorf("first entry published %s", got)
	}
	if got := docs[1].Published.Format(time.RFC3339); got != "2025-08-17T23:05:00+01:00" {
		t.Errorf("second entry published %s", got)
	}
	if docs[0].Body() != "Russian President Vladimir Putin has agreed to \"game changing\" security guarantees.\n\nHe said: \"It was the first time.\"\n" {
		t.Errorf("first body %q", docs[0].Body())
	}
	if docs[1].Body() != "Trump posted on social media.\n" {
		t.Errorf("second body %q", docs[1].Body())
	}
}

// The shared seed article is one entry of a live blog in the seed style.
func TestSplitLiveBlogSharedSeed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "seed", "000_ede8f8dea4cc4353.txt"))
	if err != nil {
		t.Skipf("shared seed not available: %v", err)
	}
	doc := NewDocument("000_ede8f8dea4cc4353", "seed", Header{}, string(b), nil)
	docs := SplitLiveBlog(doc)
	if len(docs) != 1 {
		t.Fatalf("got %d entries, want 1", len(docs))
	}
	d := docs[0]
	checkDocument(t, d)
	if got := d.Published.Format(time.RFC3339); got != "2025-08-18T07:41:00+01:00" {
		t.Errorf("published %s", got)
	}
	if !strings.HasPrefix(d.Body(), "Russian President Vladimir Putin has agreed") ||
		!strings.Contains(d.Body(), "“Planning has continued on an enduring basis") {
		t.Errorf("body %q...", d.Body()[:80])
	}
}

func TestSplitLiveBlogNotLive(t *testing.T) {
	for _, body := range []string{
		"An ordinary article.\n\nIt has paragraphs but no entry headers.\n",
		"One clock line is not a live blog:\n\n18:59 BST\n\nThe meeting began.\n",
		"The score was\n12:30 ABC\nand then\n13:45 XYZ\n",
	} {
		if docs := SplitLiveBlog(textDoc(t, body, time.Time{})); docs != nil {
			t.Errorf("SplitLiveBlog(%q) = %d docs, want nil", body, len(docs))
		}
	}
	if SplitLiveBlog(nil) != nil || SplitLiveBlog(&ingest.Document{Raw: "x", BodyStart: 5}) != nil {
		t.Error("bad documents must give nil")
	}
}

func TestParseClock(t *testing.T) {
	tests := []struct {
		in       string
		ok       bool
		h, m     int
		zoneName string
	}{
		{"18:59 BST", true, 18, 59, "BST"},
		{"07:41am BST", true, 7, 41, "BST"},
		{"12:05am GMT", true, 0, 5, "GMT"},
		{"12:05pm", true, 12, 5, ""},
		{"11.30 CET", true, 11, 30, "CET"},
		{"13:00pm BST", false, 0, 0, ""},
		{"24:00 BST", false, 0, 0, ""},
		{"18:59 ZZZ", false, 0, 0, ""},
		{"At 18:59 BST", false, 0, 0, ""},
	}
	for _, tt := range tests {
		c, ok := parseClock(tt.in)
		if ok != tt.ok || (ok && (c.hour != tt.h || c.min != tt.m || c.zone != tt.zoneName)) {
			t.Errorf("parseClock(%q) = %+v %v", tt.in, c, ok)
		}
	}
}
