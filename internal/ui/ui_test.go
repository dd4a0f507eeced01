package ui

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestPages(t *testing.T) {
	f := newFixture(t, nil)
	stmts := f.statements(t, f.seedID)
	actors, err := f.ledger.Actors(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	var witkoffID int64
	for _, a := range actors {
		if a.Name == "Steve Witkoff" {
			witkoffID = a.ID
		}
	}
	tests := []struct {
		target string
		status int
		want   []string // substrings of the page's text
	}{
		{"/", 200, []string{"Who said what", "Steve Witkoff", "Vladimir Putin", "Volodymyr Zelenskyy", "No codebook claims yet", "Latest statements"}},
		{"/issues", 200, []string{"Security guarantees for Ukraine", "Crimea", "Article 5-like protection"}},
		{"/issues/security-guarantees", 200, []string{"Security guarantees for Ukraine", "Mentions over time", "Statements that mention it", "game changing"}},
		{"/issues/territory", 200, []string{"Territory and borders", "Crimea will not be returned"}},
		{"/issues/moon", 404, []string{"no issue \"moon\""}},
		{"/actors", 200, []string{"Steve Witkoff", "Ministry of Defence"}},
		{fmt.Sprintf("/actors/%d", witkoffID), 200, []string{"What Steve Witkoff said", "We were able to win the following concession", "No codebook claims yet"}},
		{"/actors/putin", 200, []string{"Vladimir Putin", "the idea of European allies putting boots on the ground"}},
		{"/actors/nobody", 404, []string{"no actor"}},
		{"/actors/9999", 404, []string{"no actor 9999"}},
		{"/documents", 200, []string{"000_ede8f8dea4cc4353", "Talks <script>alert(\"title\")</script> resume"}},
		{fmt.Sprintf("/documents/%d", f.seedID), 200, []string{"16 statements", "select a statement"}},
		{fmt.Sprintf("/documents/%d?s=%d", f.seedID, stmts[0].ID), 200, []string{"Statement 1", "trailing:say", "show all statements"}},
		{fmt.Sprintf("/documents/%d?s=999999", f.seedID), 404, []string{"has no statement 999999"}},
		{fmt.Sprintf("/documents/%d?s=x", f.seedID), 400, []string{"Bad statement id"}},
		{"/documents/77", 404, []string{"not found"}},
		{"/documents/x", 404, []string{"no document"}},
		{"/search", 200, []string{"Every word must occur"}},
		{"/search?q=guarantee*", 200, []string{"security guarantees"}},
		{"/search?speaker=witkoff&kind=direct", 200, []string{"It was the first time we had ever heard the Russians agree to that."}},
		{"/search?issue=crimea", 200, []string{"Crimea will not be returned"}},
		{"/search?q=" + url.QueryEscape("*** ()"), 400, []string{"bad search query"}},
		{"/search?since=last+week", 400, []string{"bad since"}},
		{"/no/such/page", 404, []string{"There is no page at /no/such/page."}},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			rec := f.get(t, tt.target)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d", rec.Code, tt.status)
			}
			if ct := rec.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			text := textOf(parse(t, rec.Body.String()))
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("page text lacks %q", w)
				}
			}
			checkNoInline(t, rec.Body.String())
		})
	}
}

// checkNoInline fails on anything the Content-Security-Policy would block: inline scripts, event handler
// attributes, style attributes and <style> elements, and javascript: URLs.
func checkNoInline(t *testing.T, body string) {
	t.Helper()
	for _, n := range findAll(parse(t, body), func(*html.Node) bool { return true }) {
		if n.Data == "script" && attr(n, "src") == "" || n.Data == "style" {
			t.Errorf("inline <%s>", n.Data)
		}
		for _, a := range n.Attr {
			if a.Key == "style" || strings.HasPrefix(a.Key, "on") || strings.HasPrefix(strings.TrimSpace(strings.ToLower(a.Val)), "javascript:") {
				t.Errorf("<%s %s=%q> is inline code or style", n.Data, a.Key, a.Val)
			}
		}
	}
}

// TestArticleMarkupIsText: an article holding <script> and <b> shows them as text everywhere it appears.
func TestArticleMarkupIsText(t *testing.T) {
	f := newFixture(t, nil)
	stmts := f.statements(t, f.hostile)
	for _, target := range []string{
		"/", "/documents", fmt.Sprintf("/documents/%d", f.hostile), fmt.Sprintf("/documents/%d?s=%d", f.hostile, stmts[0].ID),
		"/search?q=alert", "/search?q=ceasefire",
	} {
		t.Run(target, func(t *testing.T) {
			body := f.get(t, target).Body.String()
			doc := parse(t, body)
			for _, n := range findAll(doc, func(n *html.Node) bool { return n.Data == "script" || n.Data == "b" || n.Data == "i" }) {
				if n.Data != "script" || !strings.HasPrefix(attr(n, "src"), "/static/app.js?v=") {
					t.Errorf("article markup became an element: <%s> %q", n.Data, textOf(n))
				}
			}
			if !strings.Contains(textOf(doc), "<script>") && !strings.Contains(textOf(doc), "<b>ceasefire</b>") {
				t.Errorf("the article's markup is not shown as text")
			}
		})
	}
}

// TestDocumentHighlights: with a statement in focus, the elements with the source, cue and content classes
// hold exactly its source, cue and content.
func TestDocumentHighlights(t *testing.T) {
	f := newFixture(t, nil)
	for _, s := range f.statements(t, f.seedID) {
		t.Run(fmt.Sprint(s.Seq), func(t *testing.T) {
			rec := f.get(t, fmt.Sprintf("/documents/%d?s=%d", f.seedID, s.ID))
			article := findAll(parse(t, rec.Body.String()), func(n *html.Node) bool { return hasClass(n, "article") })
			if len(article) != 1 {
				t.Fatalf("%d article elements", len(article))
			}
			joined := func(class string) string {
				var parts []string
				for _, n := range findAll(article[0], func(n *html.Node) bool { return hasClass(n, class) }) {
					parts = append(parts, textOf(n))
				}
				return strings.Join(parts, "")
			}
			if got := joined("source"); got != s.SourceText {
				t.Errorf("source %q, want %q", got, s.SourceText)
			}
			if got := joined("cue"); got != s.CueText {
				t.Errorf("cue %q, want %q", got, s.CueText)
			}
			// Content pieces are joined by a space in ContentText; line breaks split highlights too.
			want := strings.Join(strings.Fields(s.ContentText), " ")
			got := joined("content")
			if strings.Join(strings.Fields(got), " ") != want && strings.ReplaceAll(want, " ", "") != strings.ReplaceAll(got, " ", "") {
				t.Errorf("content %q, want %q", got, s.ContentText)
			}
		})
	}
}

// TestDocumentTextIsWhole: the highlighted article is the document's body, every byte, in order.
func TestDocumentTextIsWhole(t *testing.T) {
	f := newFixture(t, nil)
	doc, err := f.ledger.Document(t.Context(), f.seedID)
	if err != nil {
		t.Fatal(err)
	}
	article := findAll(parse(t, f.get(t, fmt.Sprintf("/documents/%d", f.seedID)).Body.String()), func(n *html.Node) bool { return hasClass(n, "article") })
	var got []string
	for _, p := range findAll(article[0], func(n *html.Node) bool { return n.Data == "p" }) {
		got = append(got, textOf(p))
	}
	var want []string
	for _, line := range strings.Split(doc.Raw[doc.BodyStart:], "\n") {
		if strings.TrimSpace(line) != "" {
			want = append(want, line)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("article text differs from the body:\n got %q\nwant %q", got, want)
	}
	// Without a focus every highlight links to its statement.
	links := findAll(article[0], func(n *html.Node) bool { return hasClass(n, "hl") })
	re := regexp.MustCompile(fmt.Sprintf(`^/documents/%d\?s=\d+#s\d+$`, f.seedID))
	for _, n := range links {
		if n.Data != "a" || !re.MatchString(attr(n, "href")) {
			t.Errorf("highlight <%s href=%q> does not link to its statement", n.Data, attr(n, "href"))
		}
	}
	if len(links) == 0 {
		t.Error("no highlights")
	}
}

func TestPagesWithClaims(t *testing.T) {
	base := newFixture(t, nil)
	stmt := base.statements(t, base.seedID)[0]
	c := claimsFixture(base.seedID, stmt.ID)
	f := newFixture(t, c)

	t.Run("overview matrix", func(t *testing.T) {
		doc := parse(t, f.get(t, "/").Body.String())
		cols := findAll(doc, func(n *html.Node) bool { return n.Data == "th" && attr(n, "data-issue") != "" })
		var ids []string
		for _, n := range cols {
			ids = append(ids, attr(n, "data-issue"))
		}
		// Codebook order: security guarantees come before NATO membership.
		if strings.Join(ids, ",") != "security-guarantees,nato-membership" {
			t.Errorf("columns %v", ids)
		}
		cells := findAll(doc, func(n *html.Node) bool { return hasClass(n, "cell") })
		if len(cells) != 4 {
			t.Fatalf("%d cells, want 2 actors × 2 issues", len(cells))
		}
		// Putin (2 claims) is the first row: mixed and contested on guarantees, nothing on NATO.
		if !hasClass(cells[0], "stance-mixed") || !hasClass(cells[0], "contested") || !hasClass(cells[0], "s3") ||
			!strings.Contains(textOf(cells[0]), "4 src") || !hasClass(cells[1], "cell-empty") {
			t.Errorf("Putin's row: %q %q / %q", attr(cells[0], "class"), textOf(cells[0]), attr(cells[1], "class"))
		}
		if !hasClass(cells[3], "stance-agree") || !hasClass(cells[3], "s1") {
			t.Errorf("Zelenskyy on NATO: %q", attr(cells[3], "class"))
		}
		contested := findAll(doc, func(n *html.Node) bool { return hasClass(n, "claim") })
		if len(contested) != 2 {
			t.Errorf("%d contested claims, want 2", len(contested))
		}
		if strings.Contains(textOf(doc), "No codebook claims yet") {
			t.Error("the no-claims note shows with claims")
		}
	})
	t.Run("issue timeline", func(t *testing.T) {
		doc := parse(t, f.get(t, "/issues/security-guarantees").Body.String())
		markers := findAll(doc, func(n *html.Node) bool { return hasClass(n, "marker") })
		if len(markers) != len(c.points) {
			t.Fatalf("%d markers, want %d", len(markers), len(c.points))
		}
		for i, want := range []string{"shape-reject", "shape-agree", "shape-other"} {
			if !hasClass(markers[i], want) {
				t.Errorf("marker %d: %q, want %s", i, attr(markers[i], "class"), want)
			}
		}
		if got := textOf(findAll(doc, func(n *html.Node) bool { return n.Data == "title" && n.Parent.Data == "g" })[1]); got != "18 Aug 2025 · Vladimir Putin · AGREE · agree (according to Steve Witkoff)" {
			t.Errorf("marker title %q", got)
		}
		claims := findAll(doc, func(n *html.Node) bool { return hasClass(n, "claim") })
		if len(claims) != 2 {
			t.Errorf("%d claims listed, want the 2 on this issue", len(claims))
		}
		if !strings.Contains(textOf(doc), "<b>game changing</b>") {
			t.Error("claim text not shown as text")
		}
	})
	t.Run("actor side by side", func(t *testing.T) {
		text := textOf(parse(t, f.get(t, "/actors/putin").Body.String()))
		for _, w := range []string{"What Vladimir Putin said", "What others claim about Vladimir Putin", "according to Steve Witkoff", "Putin has long rejected the idea", "Security guarantees for Ukraine: mixed"} {
			if !strings.Contains(text, w) {
				t.Errorf("actor page lacks %q", w)
			}
		}
	})
	t.Run("document claims", func(t *testing.T) {
		doc := parse(t, f.get(t, fmt.Sprintf("/documents/%d?s=%d", f.seedID, stmt.ID)).Body.String())
		claims := findAll(doc, func(n *html.Node) bool { return hasClass(n, "claim") })
		if !strings.Contains(textOf(doc), "Claims from this statement") || len(claims) != 1 || !strings.Contains(textOf(claims[0]), "Putin has agreed to") {
			t.Errorf("document page shows %d claims, want the statement's one", len(claims))
		}
		doc = parse(t, f.get(t, fmt.Sprintf("/documents/%d", f.seedID)).Body.String())
		if n := len(findAll(doc, func(n *html.Node) bool { return hasClass(n, "claim") })); n != 3 {
			t.Errorf("document page without focus shows %d claims, want all 3", n)
		}
	})
}

func TestStaticFiles(t *testing.T) {
	f := newFixture(t, nil)
	for path, ct := range map[string]string{"/static/style.css": "text/css", "/static/app.js": "text/javascript", "/static/favicon.svg": "image/svg+xml"} {
		rec := f.get(t, path)
		if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), ct) || rec.Body.Len() == 0 {
			t.Errorf("%s: %d %q", path, rec.Code, rec.Header().Get("Content-Type"))
		}
	}
	if rec := f.get(t, "/static/nope.css"); rec.Code != 404 {
		t.Errorf("missing static file: %d", rec.Code)
	}
	// The pages link the files by content hash, and those links are served and cached for good.
	doc := parse(t, f.get(t, "/").Body.String())
	links := findAll(doc, func(n *html.Node) bool { return n.Data == "link" || n.Data == "script" })
	if len(links) != 3 {
		t.Fatalf("%d asset links", len(links))
	}
	for _, n := range links {
		href := attr(n, "href") + attr(n, "src")
		rec := f.get(t, href)
		if !regexp.MustCompile(`^/static/[a-z]+\.[a-z]+\?v=[0-9a-f]{10}$`).MatchString(href) || rec.Code != 200 ||
			!strings.Contains(rec.Header().Get("Cache-Control"), "immutable") {
			t.Errorf("asset %q: %d %q", href, rec.Code, rec.Header().Get("Cache-Control"))
		}
	}
}
