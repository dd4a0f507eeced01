package ui

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"time"

	"github.com/parley-ledger/parley/internal/api"
	"github.com/parley-ledger/parley/internal/codebook"
	"github.com/parley-ledger/parley/internal/store"
	"github.com/parley-ledger/parley/internal/text"
)

// stmtView is a statement as a card shows it: its content as segments (with search matches or issue
// mentions marked) and a link into its document.
type stmtView struct {
	store.StatementRow
	Content []Segment
	Href    string
}

func newStmtView(r store.StatementRow, marks []Mark) stmtView {
	return stmtView{StatementRow: r, Content: Segments(r.ContentText, 0, len(r.ContentText), marks), Href: stmtHref(r.DocumentID, r.ID)}
}

// pager links to the pages before and after a list's page.
type pager struct {
	From, To, Total int // 1-based positions shown; Total is -1 when unknown
	Prev, Next      string
}

func newPager(r *http.Request, offset, limit, shown int, more bool, total int) pager {
	p := pager{From: offset + 1, To: offset + shown, Total: total}
	if shown == 0 {
		p.From = 0
	}
	link := func(off int) string {
		q := r.URL.Query()
		if off <= 0 {
			q.Del("offset")
		} else {
			q.Set("offset", strconv.Itoa(off))
		}
		if len(q) == 0 {
			return r.URL.Path
		}
		return r.URL.Path + "?" + q.Encode()
	}
	if offset > 0 {
		p.Prev = link(max(0, offset-limit))
	}
	if more {
		p.Next = link(offset + limit)
	}
	return p
}

// offsetParam reads ?offset= for pages; bad values start from the top.
func offsetParam(q url.Values) int {
	n, err := strconv.Atoi(q.Get("offset"))
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// latestStatements returns the n statements of the most recent documents, newest first.
func (u *UI) latestStatements(r *http.Request, n int) ([]stmtView, error) {
	rows, err := u.api.Ledger().Statements(r.Context(), store.StatementQuery{Limit: n, Newest: true})
	if err != nil {
		return nil, err
	}
	out := make([]stmtView, 0, len(rows))
	for _, row := range rows {
		out = append(out, newStmtView(row, nil))
	}
	return out, nil
}

// latestDocuments returns the n most recent documents, newest first.
func (u *UI) latestDocuments(r *http.Request, total, offset, n int) ([]store.DocumentRow, error) {
	hi := total - offset
	lo := max(0, hi-n)
	if hi <= 0 {
		return nil, nil
	}
	docs, err := u.api.Ledger().Documents(r.Context(), store.DocumentQuery{Limit: hi - lo, Offset: lo})
	if err != nil {
		return nil, err
	}
	slices.Reverse(docs)
	return docs, nil
}

// actorBar is an actor with the width of their bar on a chart of statement counts.
type actorBar struct {
	store.ActorRow
	Pct int
}

func bars(actors []store.ActorRow) []actorBar {
	most := 0
	for _, a := range actors {
		most = max(most, a.Statements)
	}
	out := make([]actorBar, 0, len(actors))
	for _, a := range actors {
		out = append(out, actorBar{ActorRow: a, Pct: max(1, pct(a.Statements, most))})
	}
	return out
}

type overviewData struct {
	Matrix    *Matrix
	Contested []api.Claim
	Actors    []actorBar
	Latest    []stmtView
	Documents []store.DocumentRow
}

func (u *UI) overview(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	st, err := u.api.Ledger().Stats(ctx)
	if err != nil {
		return err
	}
	var d overviewData
	if c := u.api.Claims(); c != nil {
		ps, err := c.Positions(ctx, api.PositionQuery{})
		if err != nil {
			return err
		}
		d.Matrix = BuildMatrix(ps, u.api.Codebook(), refHref, issueHref)
		if d.Contested, err = c.Claims(ctx, api.ClaimQuery{Contested: true, Limit: 8}); err != nil {
			return err
		}
	}
	actors, err := u.api.Actors(ctx)
	if err != nil {
		return err
	}
	// Actors only claims name (never quoted) have no bar here.
	actors = slices.DeleteFunc(actors, func(a store.ActorRow) bool { return a.Statements == 0 })
	d.Actors = bars(actors[:min(len(actors), 12)])
	if d.Latest, err = u.latestStatements(r, 8); err != nil {
		return err
	}
	if d.Documents, err = u.latestDocuments(r, st.Documents, 0, 8); err != nil {
		return err
	}
	u.render(w, r, http.StatusOK, "overview", "Overview", "overview", d)
	return nil
}

type issueRow struct {
	api.IssueSummary
	Depth int
	Terms []string
}

func (u *UI) issueList(w http.ResponseWriter, r *http.Request) error {
	sums, err := u.api.Issues(r.Context())
	if err != nil {
		return err
	}
	cb := u.api.Codebook()
	byID := map[string]api.IssueSummary{}
	for _, s := range sums {
		byID[s.ID] = s
	}
	var rows []issueRow
	for _, is := range cb.Issues {
		s, ok := byID[is.ID]
		if !ok {
			s = api.IssueSummary{ID: is.ID, Label: is.Label, Parent: is.Parent}
		}
		rows = append(rows, issueRow{IssueSummary: s, Depth: len(cb.IssuePath(is.ID)) - 1, Terms: is.Terms})
	}
	u.render(w, r, http.StatusOK, "issues", "Issues", "issues", rows)
	return nil
}

type issueData struct {
	Issue      *codebook.Issue
	Parent     *codebook.Issue
	Children   []*codebook.Issue
	Chart      *Chart
	Claims     []api.Claim
	Statements []stmtView
	Pager      pager
}

// issuePageSize is how many claims or statements an issue page lists.
const issuePageSize = 30

func (u *UI) issue(w http.ResponseWriter, r *http.Request) error {
	cb := u.api.Codebook()
	id := r.PathValue("id")
	is, ok := cb.Issue(id)
	if !ok {
		return &api.Error{Status: http.StatusNotFound, Msg: "The codebook has no issue " + strconv.Quote(id) + "."}
	}
	d := issueData{Issue: is}
	if is.Parent != "" {
		d.Parent, _ = cb.Issue(is.Parent)
	}
	for _, c := range cb.Issues {
		if c.Parent == id {
			d.Children = append(d.Children, c)
		}
	}
	ctx := r.Context()
	offset := offsetParam(r.URL.Query())
	if c := u.api.Claims(); c != nil {
		pts, err := c.Timeline(ctx, id, time.Time{})
		if err != nil {
			return err
		}
		d.Chart = TimelineChart(pts, refHref, nil)
		claims, err := c.Claims(ctx, api.ClaimQuery{Issue: id, Limit: issuePageSize + 1, Offset: offset})
		if err != nil {
			return err
		}
		more := len(claims) > issuePageSize
		d.Claims = claims[:min(len(claims), issuePageSize)]
		d.Pager = newPager(r, offset, issuePageSize, len(d.Claims), more, -1)
	} else {
		// Without claims, the chart shows who mentioned the issue when, without stances.
		found, err := u.api.FindStatements(ctx, api.StatementFilter{Issue: id}, chartStatements, 0)
		if err != nil {
			return err
		}
		var pts []api.TimelinePoint
		for _, s := range found.Rows {
			if s.ActorID != 0 && !s.DocPublished.IsZero() {
				pts = append(pts, api.TimelinePoint{Date: s.DocPublished, Actor: api.ActorRef{ID: strconv.FormatInt(s.ActorID, 10), Name: s.Speaker}})
			}
		}
		d.Chart = TimelineChart(pts, refHref, nil)
		rows := slices.Clone(found.Rows)
		slices.Reverse(rows) // newest first
		lo, hi := min(offset, len(rows)), min(offset+issuePageSize, len(rows))
		for _, s := range rows[lo:hi] {
			d.Statements = append(d.Statements, newStmtView(s, u.issueMarks(s.ContentText, id)))
		}
		d.Pager = newPager(r, offset, issuePageSize, hi-lo, hi < len(rows) || found.More, found.Total)
	}
	u.render(w, r, http.StatusOK, "issue", is.Label, "issues", d)
	return nil
}

// chartStatements bounds the statements drawn on an issue's chart before claims exist.
const chartStatements = 5000

// issueMarks marks where s mentions issue or its sub-issues.
func (u *UI) issueMarks(s, issue string) []Mark {
	cb := u.api.Codebook()
	var out []Mark
	for _, m := range cb.FindIssues(s, 0) {
		if slices.Contains(cb.IssuePath(m.IssueID), issue) {
			out = append(out, Mark{Span: m.Span, Class: "issue"})
		}
	}
	return out
}

func (u *UI) actorList(w http.ResponseWriter, r *http.Request) error {
	actors, err := u.api.Actors(r.Context())
	if err != nil {
		return err
	}
	u.render(w, r, http.StatusOK, "actors", "Actors", "actors", bars(actors))
	return nil
}

type actorData struct {
	Name      string
	Kind      string
	Row       *store.ActorRow // the actor as quoted in the ledger; nil for one only claims name
	Ref       string          // the claims layer's id for the actor; "" when not in the codebook
	Said      []stmtView
	Pager     pager
	About     []api.Claim
	Positions []api.Position
}

const actorPageSize = 25

// actor shows one actor: /actors/12 is an actor of the ledger (a speaker), /actors/putin one of the claims
// layer (a codebook id). Each finds the other where the codebook links them.
func (u *UI) actor(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	cb := u.api.Codebook()
	key := r.PathValue("id")
	actors, err := u.api.Actors(ctx)
	if err != nil {
		return err
	}
	var d actorData
	if id, err := strconv.ParseInt(key, 10, 64); err == nil {
		for i := range actors {
			if actors[i].ID == id {
				d.Row = &actors[i]
			}
		}
		if d.Row == nil {
			return &api.Error{Status: http.StatusNotFound, Msg: "There is no actor " + key + "."}
		}
		if ca, ok := cb.ResolveActor(d.Row.Name, time.Time{}); ok {
			d.Ref = ca.ID
		}
	} else {
		d.Ref, d.Name = key, key
		if ca, ok := cb.Actor(key); ok {
			d.Name, d.Kind = ca.Name, string(ca.Kind)
			for i := range actors {
				if ra, ok := cb.ResolveActor(actors[i].Name, time.Time{}); ok && ra.ID == key {
					d.Row = &actors[i]
					break
				}
			}
		} else if u.api.Claims() == nil {
			return &api.Error{Status: http.StatusNotFound, Msg: "There is no actor " + strconv.Quote(key) + "."}
		}
	}
	if d.Row != nil {
		d.Name, d.Kind = d.Row.Name, d.Row.Type
		offset := offsetParam(r.URL.Query())
		found, err := u.api.FindStatements(ctx, api.StatementFilter{ActorID: d.Row.ID}, actorPageSize, offset)
		if err != nil {
			return err
		}
		for _, s := range found.Rows {
			d.Said = append(d.Said, newStmtView(s, nil))
		}
		d.Pager = newPager(r, offset, actorPageSize, len(found.Rows), found.More, found.Total)
	}
	if c := u.api.Claims(); c != nil && d.Ref != "" {
		about, err := c.Claims(ctx, api.ClaimQuery{Actor: d.Ref, Limit: 50})
		if err != nil {
			return err
		}
		// What others claim: the actor's own words are in the other column.
		d.About = slices.DeleteFunc(about, func(c api.Claim) bool { return c.Claimant.Actor != nil && c.Claimant.Actor.ID == d.Ref })
		if d.Positions, err = c.Positions(ctx, api.PositionQuery{Actor: d.Ref}); err != nil {
			return err
		}
	}
	u.render(w, r, http.StatusOK, "actor", d.Name, "actors", d)
	return nil
}

type documentsData struct {
	Documents []store.DocumentRow
	Pager     pager
}

const documentPageSize = 50

func (u *UI) documentList(w http.ResponseWriter, r *http.Request) error {
	st, err := u.api.Ledger().Stats(r.Context())
	if err != nil {
		return err
	}
	offset := offsetParam(r.URL.Query())
	docs, err := u.latestDocuments(r, st.Documents, offset, documentPageSize)
	if err != nil {
		return err
	}
	d := documentsData{Documents: docs, Pager: newPager(r, offset, documentPageSize, len(docs), offset+len(docs) < st.Documents, st.Documents)}
	u.render(w, r, http.StatusOK, "documents", "Documents", "documents", d)
	return nil
}

type documentData struct {
	Doc        *store.DocumentRow
	Paragraphs []Paragraph
	Statements []stmtView
	Focus      *store.StatementRow
	Claims     []api.Claim
	Copies     []store.DocumentRow
}

func (u *UI) document(w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id < 1 {
		return &api.Error{Status: http.StatusNotFound, Msg: "There is no document " + strconv.Quote(r.PathValue("id")) + "."}
	}
	detail, err := u.api.Document(r.Context(), id)
	if err != nil {
		return err
	}
	d := documentData{Doc: detail.Document}
	var focusID int64
	if v := r.URL.Query().Get("s"); v != "" {
		if focusID, err = strconv.ParseInt(v, 10, 64); err != nil {
			return &api.Error{Status: http.StatusBadRequest, Msg: "Bad statement id " + strconv.Quote(v) + "."}
		}
	}
	for i := range detail.Statements {
		s := &detail.Statements[i]
		d.Statements = append(d.Statements, newStmtView(*s, nil))
		if s.ID == focusID {
			d.Focus = s
		}
	}
	if focusID != 0 && d.Focus == nil {
		return &api.Error{Status: http.StatusNotFound, Msg: "Document " + strconv.FormatInt(id, 10) + " has no statement " + strconv.FormatInt(focusID, 10) + "."}
	}
	raw := d.Doc.Raw
	d.Paragraphs = Paragraphs(Segments(raw, d.Doc.BodyStart, len(raw), statementMarks(detail.Statements, d.Focus)))
	ctx := r.Context()
	if c := u.api.Claims(); c != nil {
		q := api.ClaimQuery{DocumentID: id, Limit: 100}
		if d.Focus != nil {
			q.StatementID = d.Focus.ID
		}
		if d.Claims, err = c.Claims(ctx, q); err != nil {
			return err
		}
	}
	d.Copies = detail.Copies
	title := d.Doc.Title
	if title == "" {
		title = d.Doc.Name
	}
	u.render(w, r, http.StatusOK, "document", title, "documents", d)
	return nil
}

// statementMarks highlights a document's statements: with a focus, the focused statement's source, cue
// and content, and the others' content faintly as links; without, every statement's parts as links.
func statementMarks(stmts []store.StatementRow, focus *store.StatementRow) []Mark {
	var out []Mark
	add := func(s *store.StatementRow, href string) {
		if s.Source != nil {
			out = append(out, Mark{Span: *s.Source, Class: "source", Href: href})
		}
		if s.Cue != nil {
			out = append(out, Mark{Span: *s.Cue, Class: "cue", Href: href})
		}
		pieces := s.Pieces
		if len(pieces) == 0 {
			pieces = []text.Span{s.Content}
		}
		for _, p := range pieces {
			out = append(out, Mark{Span: p, Class: "content", Href: href})
		}
	}
	for i := range stmts {
		s := &stmts[i]
		href := stmtHref(s.DocumentID, s.ID)
		switch {
		case focus == nil:
			add(s, href)
		case s.ID == focus.ID:
			add(s, "")
		default:
			out = append(out, Mark{Span: s.Content, Class: "other", Href: href})
		}
	}
	return out
}

type searchData struct {
	Q, Speaker, Kind, Since, Until, Issue string
	Issues                                []api.IssueSummary
	Searched                              bool
	Error                                 string
	Results                               []stmtView
	Pager                                 pager
}

const searchPageSize = 30

func (u *UI) search(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	d := searchData{Q: q.Get("q"), Speaker: q.Get("speaker"), Kind: q.Get("kind"), Since: q.Get("since"), Until: q.Get("until"), Issue: q.Get("issue")}
	var err error
	if d.Issues, err = u.api.Issues(r.Context()); err != nil {
		return err
	}
	status := http.StatusOK
	for _, k := range []string{"q", "speaker", "kind", "since", "until", "issue", "actor"} {
		d.Searched = d.Searched || q.Get(k) != ""
	}
	if d.Searched {
		offset := offsetParam(q)
		f, err := u.api.ParseStatementFilter(q)
		var found api.Found
		if err == nil {
			found, err = u.api.FindStatements(r.Context(), f, searchPageSize, offset)
		}
		if err != nil {
			st, msg := api.StatusOf(err)
			if st >= 500 {
				return err
			}
			status, d.Error = st, msg
		} else {
			terms := SearchTerms(d.Q)
			for _, s := range found.Rows {
				marks := MatchMarks(s.ContentText, terms)
				if d.Issue != "" {
					marks = append(marks, u.issueMarks(s.ContentText, d.Issue)...)
				}
				d.Results = append(d.Results, newStmtView(s, marks))
			}
			d.Pager = newPager(r, offset, searchPageSize, len(found.Rows), found.More, found.Total)
		}
	}
	title := "Search"
	if d.Q != "" {
		title = d.Q + " · Search"
	}
	u.render(w, r, status, "search", title, "search", d)
	return nil
}
