package security

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/parley-ledger/parley/internal/api"
	"github.com/parley-ledger/parley/internal/codebook"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/store"
	"github.com/parley-ledger/parley/internal/text"
)

// Payloads stored in every field a page shows. Each would run script if it reached the page unescaped.
const (
	scriptTag   = `<script>alert(1)</script>`
	attrBreak   = `" onmouseover="alert(2)`
	imgTag      = `<img src=x onerror=alert(3)>`
	svgTag      = `<svg onload=alert(4)>`
	hostileName = `Mr <script>alert(5)</script> Smith" onmouseover="alert(6)`
)

// rawMarkers must never appear in a page's bytes: they are the payloads' markup as written.
var rawMarkers = []string{"<script>alert", "<img src=x", "<svg onload", "<b onmouseover", "<i>News"}

// badSchemes are the URL schemes that run code or carry a document of their own.
var badSchemes = []string{"javascript:", "vbscript:", "data:"}

// hostileURLs are the documents' URLs: every spelling of javascript: a browser accepts.
var hostileURLs = []string{
	"javascript:alert(7)", "JaVaScRiPt:alert(8)", " javascript:alert(9)", "java\tscript:alert(10)",
	"javascript&colon;alert(11)", "data:text/html,<script>alert(12)</script>", "vbscript:msgbox(13)",
	"https://example.com/\" onmouseover=\"alert(14)",
}

// hostileLedger stores documents whose every field, statements and speakers hold the payloads, and returns
// their ids with the id of one statement.
func hostileLedger(t *testing.T) (l *store.SQLite, docs []int64, stmt int64) {
	t.Helper()
	l = newLedger(t)
	for i, u := range hostileURLs {
		content := fmt.Sprintf("%s We will meet again %d%s %s", scriptTag, i, attrBreak, svgTag)
		raw := fmt.Sprintf("%s said: \"%s\"\nThe <b onmouseover=alert(15)>mediator</b> said talks on the %s ceasefire would resume.\n", hostileName, content, imgTag)
		doc := &ingest.Document{
			Name: fmt.Sprintf("%s-%d", scriptTag, i), Path: "/tmp/" + scriptTag, Raw: raw,
			URL: u, Outlet: `Example <i>News</i> ` + imgTag, Title: scriptTag + attrBreak + " talks " + strconv.Itoa(i),
			Author: svgTag, Published: time.Date(2025, 8, 18+i, 9, 0, 0, 0, time.UTC),
			Meta: map[string]string{"x-" + scriptTag: attrBreak},
		}
		sr := saveRaw(t, l, doc, []rawStatement{
			{content: content, source: hostileName, speaker: hostileName},
			{content: "talks on the " + imgTag + " ceasefire would resume", source: "<b onmouseover=alert(15)>mediator</b>", speaker: `<b onmouseover=alert(15)>mediator</b>`},
		})
		docs = append(docs, sr.DocumentID)
	}
	rows, err := l.Statements(t.Context(), store.StatementQuery{DocumentID: docs[0]})
	if err != nil || len(rows) == 0 {
		t.Fatalf("hostile statements: %d, err %v", len(rows), err)
	}
	return l, docs, rows[0].ID
}

// hostileClaims is a claims layer whose actors, claimants, texts, events, modes and stances hold payloads.
type hostileClaims struct {
	doc, stmt int64
}

var (
	hostileRef  = api.ActorRef{ID: "auto-" + scriptTag + attrBreak, Name: hostileName, Kind: "person" + attrBreak}
	hostileRef2 = api.ActorRef{ID: "putin", Name: "Vladimir " + imgTag, Kind: "person"}
)

func (h hostileClaims) Claims(_ context.Context, q api.ClaimQuery) ([]api.Claim, error) {
	var out []api.Claim
	for i, issue := range []string{"ceasefire", "crimea", "security-guarantees"} {
		r1, r2 := hostileRef, hostileRef2
		out = append(out, api.Claim{
			ID: int64(i + 1), DocumentID: h.doc, StatementID: h.stmt, Actor: &r1, Target: &r2,
			Event: "AGREE" + scriptTag, Issue: issue, Polarity: "+", Mode: "asserted" + attrBreak,
			Claimant: api.Claimant{Name: hostileName, Kind: "speaker" + imgTag, Actor: &r2},
			Stance:   api.Stance("agree" + attrBreak), Date: time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC),
			Evidence: text.Span{Start: 0, End: 5}, Text: scriptTag + " has agreed " + svgTag, Sources: 2, Contested: true,
			Rule: scriptTag,
		})
	}
	if q.Limit > 0 && len(out) > q.Limit {
		out = out[:q.Limit]
	}
	return out, nil
}

func (h hostileClaims) Positions(context.Context, api.PositionQuery) ([]api.Position, error) {
	return []api.Position{
		{Actor: hostileRef, Issue: "ceasefire", Stance: api.StanceAgree, Claims: 3, Sources: 2, Contested: true, Latest: time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)},
		{Actor: hostileRef2, Issue: "crimea", Stance: api.Stance("reject" + attrBreak), Claims: 1, Sources: 1},
		{Actor: hostileRef, Issue: "security-guarantees", Stance: api.StanceReject, Claims: 1, Sources: 1},
	}, nil
}

func (h hostileClaims) Timeline(context.Context, string, time.Time) ([]api.TimelinePoint, error) {
	var out []api.TimelinePoint
	for i, ref := range []api.ActorRef{hostileRef, hostileRef2} {
		out = append(out, api.TimelinePoint{
			Date: time.Date(2025, 8, 18+i, 0, 0, 0, 0, time.UTC), Actor: ref, Stance: api.Stance("agree" + attrBreak),
			Event: "AGREE" + scriptTag, ClaimID: int64(i + 1), Claimant: hostileName, Sources: 1,
		})
	}
	return out, nil
}

func (h hostileClaims) Issues(context.Context) ([]api.IssueSummary, error) {
	var out []api.IssueSummary
	for _, is := range codebook.Default().Issues {
		out = append(out, api.IssueSummary{ID: is.ID, Label: is.Label, Parent: is.Parent, Claims: 1, Actors: 1, Contested: 1})
	}
	return out, nil
}

// checkPage fails t for every problem pageProblems finds and returns the page's text (what a reader sees).
func checkPage(t *testing.T, target string, body string) string {
	t.Helper()
	problems, text, err := pageProblems(body)
	if err != nil {
		t.Fatalf("%s: %v", target, err)
	}
	for _, p := range problems {
		t.Errorf("%s: %s", target, p)
	}
	return text
}

// pageProblems lists what in an HTML page would run the payloads: their markup as written, an element they
// would create, an event-handler attribute, a script that is not the UI's own, a link to a javascript:,
// vbscript: or data: URL. It also returns the page's text.
func pageProblems(body string) (problems []string, text string, err error) {
	for _, m := range rawMarkers {
		if i := strings.Index(body, m); i >= 0 {
			problems = append(problems, fmt.Sprintf("payload markup %q unescaped: …%s…", m, body[max(0, i-80):min(len(body), i+80)]))
		}
	}
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		return nil, "", err
	}
	var txt strings.Builder
	for n := range doc.Descendants() {
		switch n.Type {
		case html.TextNode:
			if n.Parent == nil || n.Parent.Data != "script" {
				txt.WriteString(n.Data)
			}
			continue
		case html.ElementNode:
		default:
			continue
		}
		if n.Data == "script" {
			src := attrValue(n, "src")
			if !strings.HasPrefix(src, "/static/") || n.FirstChild != nil {
				problems = append(problems, fmt.Sprintf("a script that is not the UI's own: src %q", src))
			}
		}
		switch n.Data {
		case "iframe", "object", "embed", "img", "b", "i":
			problems = append(problems, fmt.Sprintf("element <%s> from the data", n.Data))
		}
		for _, a := range n.Attr {
			key := strings.ToLower(a.Key)
			if strings.HasPrefix(key, "on") {
				problems = append(problems, fmt.Sprintf("event-handler attribute %s=%q on <%s>", a.Key, a.Val, n.Data))
			}
			switch key {
			case "href", "src", "action", "formaction", "xlink:href", "poster", "srcdoc":
				v := strings.ToLower(strings.Map(func(r rune) rune {
					if r <= ' ' {
						return -1 // browsers ignore whitespace and control characters in a scheme
					}
					return r
				}, a.Val))
				for _, s := range badSchemes {
					if strings.HasPrefix(v, s) {
						problems = append(problems, fmt.Sprintf("<%s %s=%q> links to a %s URL", n.Data, a.Key, a.Val, s))
					}
				}
			}
		}
	}
	return problems, txt.String(), nil
}

// TestPageProblemsCatches checks the checker: each page below would run script, and must be caught.
func TestPageProblemsCatches(t *testing.T) {
	for _, page := range []string{
		`<p>` + scriptTag + `</p>`,
		`<p title="x" onmouseover="alert(2)">x</p>`,
		`<a href="javascript:alert(1)">x</a>`,
		`<a href=" JaVa&#x09;ScRiPt:alert(1)">x</a>`,
		`<a href="data:text/html,x">x</a>`,
		`<script src="https://evil.example/x.js"></script>`,
		`<script>alert(1)</script>`,
		`<div>` + imgTag + `</div>`,
		`<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>`,
	} {
		problems, _, err := pageProblems(page)
		if err != nil || len(problems) == 0 {
			t.Errorf("page %q: no problem found (err %v)", page, err)
		}
	}
	problems, _, _ := pageProblems(`<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><a href="/documents/1" title="&#34; onmouseover=&#34;x">d</a><script src="/static/app.js" defer></script>`)
	if len(problems) != 0 {
		t.Errorf("escaped page: problems %v, want none", problems)
	}
}

func attrValue(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// sitePaths extracts the same-site page links of a page.
func sitePaths(body string) []string {
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		return nil
	}
	var out []string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode || n.Data != "a" {
			continue
		}
		href, _, _ := strings.Cut(attrValue(n, "href"), "#")
		if strings.HasPrefix(href, "/") && !strings.HasPrefix(href, "//") && !strings.HasPrefix(href, "/static/") &&
			!strings.HasPrefix(href, "/api/") && !strings.HasPrefix(href, "/events") {
			out = append(out, href)
		}
	}
	return out
}

// TestEveryPageEscapes renders every page of the web UI over the hostile ledger and claims layer: the fixed
// pages, pages whose URL carries a payload, and every page reachable from them by following links. Each
// must be free of running payloads (checkPage), and the payloads must be there as text, or the test would
// prove nothing.
func TestEveryPageEscapes(t *testing.T) {
	l, docs, stmt := hostileLedger(t)
	h, _ := site(t, api.Options{Ledger: l, Claims: hostileClaims{doc: docs[0], stmt: stmt}}, nil)

	start := []string{"/", "/issues", "/actors", "/documents", "/search",
		"/search?" + url.Values{"q": {scriptTag}}.Encode(),
		"/search?" + url.Values{"q": {"meet"}}.Encode(),
		"/search?" + url.Values{"q": {"ceasefire"}, "speaker": {hostileName}}.Encode(),
		"/search?" + url.Values{"q": {attrBreak}, "since": {scriptTag}}.Encode(),
		"/actors/" + url.PathEscape(scriptTag+attrBreak),
		"/actors/" + url.PathEscape(hostileRef.ID),
		"/issues/" + url.PathEscape(scriptTag),
		"/documents/" + url.PathEscape(scriptTag),
		"/no-such-page/" + url.PathEscape(scriptTag+attrBreak),
		fmt.Sprintf("/documents/%d?s=%s", docs[0], url.QueryEscape(scriptTag)),
	}
	for _, is := range codebook.Default().Issues {
		start = append(start, "/issues/"+is.ID)
	}
	for _, d := range docs {
		start = append(start, fmt.Sprintf("/documents/%d", d), fmt.Sprintf("/documents/%d?s=%d", d, stmt))
	}
	seen := map[string]bool{}
	queue := append([]string(nil), start...)
	var shown strings.Builder
	pages := 0
	for len(queue) > 0 && pages < 400 {
		target := queue[0]
		queue = queue[1:]
		if seen[target] {
			continue
		}
		seen[target] = true
		pages++
		rec := do(t, h, "GET", target, "", nil)
		if rec.Code >= 500 {
			t.Errorf("GET %s: %d", target, rec.Code)
			continue
		}
		if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
			t.Errorf("GET %s: Content-Type %q", target, ct)
			continue
		}
		if rec.Header().Get("Content-Security-Policy") == "" || rec.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: no Content-Security-Policy or nosniff header", target)
		}
		text := checkPage(t, target, rec.Body.String())
		shown.WriteString(text)
		if rec.Code == http.StatusOK {
			queue = append(queue, sitePaths(rec.Body.String())...)
		}
	}
	if pages < 20 {
		t.Fatalf("only %d pages rendered", pages)
	}
	// The payloads were on the pages, as text.
	for _, p := range []string{scriptTag, hostileName, imgTag, svgTag, `<b onmouseover=alert(15)>mediator</b>`, "Example <i>News</i>"} {
		if !strings.Contains(shown.String(), p) {
			t.Errorf("no page shows %q as text: the test would not see it escaped", p)
		}
	}
	t.Logf("%d pages checked", pages)
}

// TestAPIAnswersEscape reads the JSON API over the hostile ledger: every answer is JSON served as such, with
// nosniff, and holds no markup a browser would parse should it render the answer as HTML.
func TestAPIAnswersEscape(t *testing.T) {
	l, docs, stmt := hostileLedger(t)
	h, _ := site(t, api.Options{Ledger: l, Claims: hostileClaims{doc: docs[0], stmt: stmt}}, nil)
	targets := []string{
		"/api/v1/", "/api/v1/documents", "/api/v1/statements", "/api/v1/statements?q=meet", "/api/v1/actors",
		"/api/v1/actors/1", "/api/v1/claims", "/api/v1/positions", "/api/v1/issues", "/api/v1/timeline?issue=ceasefire",
		"/api/v1/" + url.PathEscape(scriptTag),
		"/api/v1/statements?" + url.Values{"kind": {scriptTag}}.Encode(),
		"/api/v1/statements?" + url.Values{"since": {scriptTag}}.Encode(),
		"/api/v1/claims?" + url.Values{"issue": {scriptTag}}.Encode(),
		"/api/v1/documents/" + url.PathEscape(scriptTag),
	}
	for _, d := range docs {
		targets = append(targets, fmt.Sprintf("/api/v1/documents/%d", d))
	}
	for _, target := range targets {
		rec := do(t, h, "GET", target, "", nil)
		if rec.Code >= 500 {
			t.Errorf("GET %s: %d %s", target, rec.Code, rec.Body)
		}
		if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") || rec.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: Content-Type %q, X-Content-Type-Options %q", target, ct, rec.Header().Get("X-Content-Type-Options"))
		}
		if b := rec.Body.String(); strings.ContainsAny(b, "<>") {
			i := strings.IndexAny(b, "<>")
			t.Errorf("GET %s: raw markup in JSON: …%s…", target, b[max(0, i-60):min(len(b), i+60)])
		}
	}
}
