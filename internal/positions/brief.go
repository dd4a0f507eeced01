package positions

import (
	"cmp"
	"context"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/parley-ledger/parley/internal/claims"
	"github.com/parley-ledger/parley/internal/store"
	"github.com/parley-ledger/parley/internal/timex"
)

// WhenValue is a claim's time as JSON wants it: an ISO string (day, month, year or instant), {start, end}
// for a range, or nil when unknown.
func WhenValue(r *store.ClaimRow) any {
	if r.WhenValue == "" {
		return nil
	}
	if a, b, ok := strings.Cut(r.WhenValue, "/"); ok {
		return timex.Interval{Start: a, End: b}
	}
	return r.WhenValue
}

// DateText is a claim's date as the document's calendar has it: its time's ISO value ("2025-08-15",
// "2025-07", "2025-06-01/2025-08-18"; an instant's date), else its document's date, else "".
func DateText(r *store.ClaimRow) string {
	switch v := r.WhenValue; {
	case v == "":
	case strings.Contains(v, "/"):
		if a, b, _ := strings.Cut(v, "/"); len(a) > 10 && len(b) > 10 && a[:10] == b[:10] {
			return a[:10] // a night or a span of hours within one day
		}
		return v
	case len(v) > 10:
		return v[:10]
	default:
		return v
	}
	if !r.DocDate.IsZero() {
		if !r.DocPublished.IsZero() {
			return r.DocPublished.Format(time.DateOnly)
		}
		return r.DocDate.Format(time.DateOnly)
	}
	return ""
}

// Brief is a one-page digest of the ledger: for each issue, where each party stands, what is claimed agreed
// and what is contested by whom, with numbered references to the sources.
type Brief struct {
	AsOf       time.Time    `json:"as_of,omitzero"`
	Claims     int          `json:"claims"`
	Issues     []BriefIssue `json:"issues"`
	References []Reference  `json:"references"`
}

// BriefIssue is one issue's part of a brief.
type BriefIssue struct {
	ID        string          `json:"id"`
	Label     string          `json:"label"`
	Positions []BriefPosition `json:"positions"`
	Agreed    []BriefClaim    `json:"agreed,omitempty"`
	Contested []Contest       `json:"contested,omitempty"`
	// Unattributed are claims that name no actor: "Crimea will not be returned to Ukraine".
	Unattributed []BriefClaim `json:"unattributed,omitempty"`
}

// BriefPosition is one party's stance on an issue.
type BriefPosition struct {
	Actor     string        `json:"actor"`
	Stance    claims.Stance `json:"stance"`
	Event     claims.Event  `json:"event"`
	Mode      claims.Mode   `json:"mode"`
	Mixed     bool          `json:"mixed,omitempty"`
	Latest    string        `json:"latest"` // the deciding claim's date (DateText)
	Claims    int           `json:"claims"`
	Sources   int           `json:"sources"`
	Contested bool          `json:"contested,omitempty"`
	Refs      []int         `json:"refs"`
}

// BriefClaim is one claim quoted in a brief.
type BriefClaim struct {
	Actor    string `json:"actor"`
	Text     string `json:"text"`
	Claimant string `json:"claimant"`
	Mode     string `json:"mode"`
	Date     string `json:"date"` // DateText
	Refs     []int  `json:"refs"`
}

// Contest is an actor, event and issue on which claimants disagree.
type Contest struct {
	Actor   string       `json:"actor"`
	Event   claims.Event `json:"event"`
	For     []Side       `json:"for"`     // claimants who say it happens
	Against []Side       `json:"against"` // claimants who say it does not
}

// Side is one claimant in a contest.
type Side struct {
	Claimant string `json:"claimant"`
	Text     string `json:"text"`
	Refs     []int  `json:"refs"`
}

// Reference is one numbered source document.
type Reference struct {
	N      int       `json:"n"`
	Doc    string    `json:"doc"`
	Outlet string    `json:"outlet,omitempty"`
	Title  string    `json:"title,omitempty"`
	Date   time.Time `json:"date,omitzero"`
	URL    string    `json:"url,omitempty"`
}

// BriefQuery chooses what a brief covers.
type BriefQuery struct {
	Issue string // one issue (and its sub-issues); "" for every issue with claims
	AsOf  time.Time
}

// Brief assembles the brief.
func (s *Service) Brief(ctx context.Context, q BriefQuery) (*Brief, error) {
	cs, err := s.Claims(ctx, Query{Issue: q.Issue, AsOf: q.AsOf, WithIssue: true})
	if err != nil {
		return nil, err
	}
	ps, err := s.Positions(ctx, PositionQuery{Issue: q.Issue, AsOf: q.AsOf})
	if err != nil {
		return nil, err
	}
	b := &Brief{AsOf: q.AsOf, Claims: len(cs)}
	var docIDs []int64
	// References are numbered in the order the documents were published.
	refs := map[int64]int{}
	for i := range cs {
		c := &cs[i]
		if _, ok := refs[c.DocumentID]; !ok {
			refs[c.DocumentID] = 0
			b.References = append(b.References, Reference{Doc: c.DocName, Outlet: c.DocOutlet, Title: c.DocTitle, Date: c.DocDate, URL: c.DocURL})
			docIDs = append(docIDs, c.DocumentID)
		}
	}
	order := make([]int, len(b.References))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int {
		return cmp.Or(b.References[x].Date.Compare(b.References[y].Date), cmp.Compare(docIDs[x], docIDs[y]))
	})
	sorted := make([]Reference, len(order))
	for n, i := range order {
		sorted[n] = b.References[i]
		sorted[n].N = n + 1
		refs[docIDs[i]] = n + 1
	}
	b.References = sorted
	ref := func(c *Claim) int { return refs[c.DocumentID] }
	issues := map[string]*BriefIssue{}
	var issueOrder []string
	issue := func(id, label string) *BriefIssue {
		if bi, ok := issues[id]; ok {
			return bi
		}
		bi := &BriefIssue{ID: id, Label: label}
		issues[id] = bi
		issueOrder = append(issueOrder, id)
		return bi
	}
	for _, p := range ps {
		bi := issue(p.Issue.ID, p.Issue.Label)
		bp := BriefPosition{
			Actor: p.Actor.Name, Stance: p.Stance, Event: p.Event, Mode: p.Mode, Mixed: p.Mixed, Latest: DateText(&p.Decider().ClaimRow),
			Claims: p.Claims, Sources: p.Sources, Contested: p.Contested,
		}
		for i := range p.Evidence {
			bp.Refs = addRef(bp.Refs, ref(&p.Evidence[i]))
		}
		bi.Positions = append(bi.Positions, bp)
	}
	type contestKey struct {
		issue, actor string
		event        claims.Event
	}
	contests := map[contestKey]*Contest{}
	var contestOrder []contestKey
	for i := range cs {
		c := &cs[i]
		bi := issue(c.Issue.ID, c.Issue.Label)
		actor := "(not named)"
		if c.Actor != nil {
			actor = c.Actor.Name
		}
		if c.Event == claims.Agree && c.Polarity == claims.Positive && c.Mode != claims.Hypothetical {
			bi.Agreed = append(bi.Agreed, briefClaim(c, actor, ref(c)))
		}
		if c.Actor == nil {
			bi.Unattributed = append(bi.Unattributed, briefClaim(c, actor, ref(c)))
		}
		if !c.Contested() {
			continue
		}
		k := contestKey{c.Issue.ID, actor, c.Event}
		ct, ok := contests[k]
		if !ok {
			ct = &Contest{Actor: actor, Event: c.Event}
			contests[k] = ct
			contestOrder = append(contestOrder, k)
		}
		side := &ct.For
		if c.Polarity == claims.Negative {
			side = &ct.Against
		}
		n := ref(c)
		if j := slices.IndexFunc(*side, func(s Side) bool { return s.Claimant == c.Claimant.Name }); j >= 0 {
			(*side)[j].Refs = addRef((*side)[j].Refs, n)
		} else {
			*side = append(*side, Side{Claimant: c.Claimant.Name, Text: c.Text, Refs: []int{n}})
		}
	}
	for _, k := range contestOrder {
		issues[k.issue].Contested = append(issues[k.issue].Contested, *contests[k])
	}
	rank := s.issueRank()
	slices.SortStableFunc(issueOrder, func(a, b string) int { return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(a, b)) })
	for _, id := range issueOrder {
		b.Issues = append(b.Issues, *issues[id])
	}
	return b, nil
}

func briefClaim(c *Claim, actor string, ref int) BriefClaim {
	mode := string(c.Mode)
	if c.Polarity == claims.Negative && c.Mode != claims.Negated {
		mode += ", negated"
	}
	return BriefClaim{Actor: actor, Text: c.Text, Claimant: c.Claimant.Name, Mode: mode, Date: DateText(&c.ClaimRow), Refs: []int{ref}}
}

func addRef(refs []int, n int) []int {
	if slices.Contains(refs, n) {
		return refs
	}
	refs = append(refs, n)
	slices.Sort(refs)
	return refs
}

// stanceWords says a stance in words for the brief.
func stanceWords(s claims.Stance) string {
	switch s {
	case claims.StanceAgree:
		return "for"
	case claims.StanceReject:
		return "against"
	}
	return "no clear stance"
}

func refList(refs []int) string {
	var b strings.Builder
	for _, n := range refs {
		fmt.Fprintf(&b, "[%d]", n)
	}
	return b.String()
}

func dateOr(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.Format("2 January 2006")
}

// mdEscaper keeps text from breaking a Markdown table or turning into markup.
var mdEscaper = strings.NewReplacer("|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "\n", " ", "<", "&lt;")

// WriteMarkdown renders the brief as Markdown.
func (b *Brief) WriteMarkdown(w io.Writer) error {
	var o strings.Builder
	o.WriteString("# Negotiation brief\n\n")
	if !b.AsOf.IsZero() {
		fmt.Fprintf(&o, "As of %s. ", b.AsOf.Format("2 January 2006"))
	}
	fmt.Fprintf(&o, "%d claims from %d sources.\n", b.Claims, len(b.References))
	if len(b.Issues) == 0 {
		o.WriteString("\nNo claims about any issue yet.\n")
	}
	for _, is := range b.Issues {
		fmt.Fprintf(&o, "\n## %s\n", mdEscaper.Replace(is.Label))
		if len(is.Positions) > 0 {
			o.WriteString("\n**Where the parties stand**\n\n| Party | Stance | Latest | Claims | Sources | Refs |\n|---|---|---|---|---|---|\n")
			for _, p := range is.Positions {
				st := stanceWords(p.Stance) + fmt.Sprintf(" (%s, %s)", p.Event, p.Mode)
				if p.Mixed {
					st += ", mixed"
				}
				if p.Contested {
					st += ", contested"
				}
				fmt.Fprintf(&o, "| %s | %s | %s | %d | %d | %s |\n", mdEscaper.Replace(p.Actor), st, p.Latest, p.Claims, p.Sources, refList(p.Refs))
			}
		}
		if len(is.Agreed) > 0 {
			o.WriteString("\n**Claimed agreed**\n\n")
			for _, a := range is.Agreed {
				fmt.Fprintf(&o, "- %s: “%s” — according to %s, %s (%s) %s\n", mdEscaper.Replace(a.Actor), mdEscaper.Replace(a.Text),
					mdEscaper.Replace(a.Claimant), a.Date, a.Mode, refList(a.Refs))
			}
		}
		if len(is.Unattributed) > 0 {
			o.WriteString("\n**Also claimed (no party named)**\n\n")
			for _, a := range is.Unattributed {
				fmt.Fprintf(&o, "- “%s” — according to %s, %s (%s) %s\n", mdEscaper.Replace(a.Text),
					mdEscaper.Replace(a.Claimant), a.Date, a.Mode, refList(a.Refs))
			}
		}
		if len(is.Contested) > 0 {
			o.WriteString("\n**Contested**\n\n")
			for _, c := range is.Contested {
				fmt.Fprintf(&o, "- %s, %s: yes according to %s; no according to %s\n", mdEscaper.Replace(c.Actor), c.Event, sides(c.For, mdEscaper.Replace), sides(c.Against, mdEscaper.Replace))
			}
		}
	}
	if len(b.References) > 0 {
		o.WriteString("\n## References\n\n")
		for _, r := range b.References {
			fmt.Fprintf(&o, "%d. %s\n", r.N, mdEscaper.Replace(refText(r)))
		}
	}
	_, err := io.WriteString(w, o.String())
	return err
}

func sides(ss []Side, esc func(string) string) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = esc(s.Claimant) + " " + refList(s.Refs)
	}
	return strings.Join(parts, ", ")
}

// refText is a reference as one line: outlet, date, title, link.
func refText(r Reference) string {
	var parts []string
	outlet := r.Outlet
	if outlet == "" {
		outlet = r.Doc
	}
	parts = append(parts, outlet, dateOr(r.Date))
	if r.Title != "" {
		parts = append(parts, r.Title)
	}
	if r.URL != "" {
		parts = append(parts, r.URL)
	}
	return strings.Join(parts, ", ")
}

var briefHTML = template.Must(template.New("brief").Funcs(template.FuncMap{
	"stance": stanceWords,
	"refs":   refList,
	"long":   dateOr,
	"sides":  func(ss []Side) string { return sides(ss, func(s string) string { return s }) },
	"outlet": func(r Reference) string {
		if r.Outlet != "" {
			return r.Outlet
		}
		return r.Doc
	},
}).Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Negotiation brief</title>
<style>body{font-family:system-ui,sans-serif;max-width:52em;margin:2em auto;line-height:1.4}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}
.for{color:#060}.against{color:#a00}</style></head><body>
<h1>Negotiation brief</h1>
<p>{{if not .AsOf.IsZero}}As of {{long .AsOf}}. {{end}}{{.Claims}} claims from {{len .References}} sources.</p>
{{if not .Issues}}<p>No claims about any issue yet.</p>{{end}}
{{range .Issues}}<h2>{{.Label}}</h2>
{{if .Positions}}<h3>Where the parties stand</h3>
<table><tr><th>Party</th><th>Stance</th><th>Latest</th><th>Claims</th><th>Sources</th><th>Refs</th></tr>
{{range .Positions}}<tr><td>{{.Actor}}</td><td class="{{stance .Stance}}">{{stance .Stance}} ({{.Event}}, {{.Mode}}){{if .Mixed}}, mixed{{end}}{{if .Contested}}, contested{{end}}</td><td>{{.Latest}}</td><td>{{.Claims}}</td><td>{{.Sources}}</td><td>{{refs .Refs}}</td></tr>
{{end}}</table>{{end}}
{{if .Agreed}}<h3>Claimed agreed</h3><ul>
{{range .Agreed}}<li>{{.Actor}}: “{{.Text}}” — according to {{.Claimant}}, {{.Date}} ({{.Mode}}) {{refs .Refs}}</li>
{{end}}</ul>{{end}}
{{if .Unattributed}}<h3>Also claimed (no party named)</h3><ul>
{{range .Unattributed}}<li>“{{.Text}}” — according to {{.Claimant}}, {{.Date}} ({{.Mode}}) {{refs .Refs}}</li>
{{end}}</ul>{{end}}
{{if .Contested}}<h3>Contested</h3><ul>
{{range .Contested}}<li>{{.Actor}}, {{.Event}}: yes according to {{sides .For}}; no according to {{sides .Against}}</li>
{{end}}</ul>{{end}}
{{end}}
{{if .References}}<h2>References</h2><ol>
{{range .References}}<li>{{outlet .}}, {{long .Date}}{{if .Title}}, {{.Title}}{{end}}{{if .URL}}, <a href="{{.URL}}">{{.URL}}</a>{{end}}</li>
{{end}}</ol>{{end}}
</body></html>
`))

// WriteHTML renders the brief as a standalone HTML page.
func (b *Brief) WriteHTML(w io.Writer) error {
	if err := briefHTML.Execute(w, b); err != nil {
		return fmt.Errorf("render brief: %w", err)
	}
	return nil
}
