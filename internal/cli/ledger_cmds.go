package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/parley-ledger/parley/internal/analyze"
	"github.com/parley-ledger/parley/internal/api"
	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/claims"
	"github.com/parley-ledger/parley/internal/codebook"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/positions"
	"github.com/parley-ledger/parley/internal/progress"
	"github.com/parley-ledger/parley/internal/store"
	"github.com/parley-ledger/parley/internal/text"
)

// ledgerCommands are the commands for the negotiation ledger: claims, positions, timeline, brief, export, codebook.
func ledgerCommands() map[string]command {
	return map[string]command{
		"claims":    {"list claims (who does or stands for what on which issue, says whom) from the ledger or from files", runClaims},
		"positions": {"the actor × issue matrix: each party's latest stance and the evidence behind it", runPositions},
		"timeline":  {"claims about one issue in time order", runTimeline},
		"brief":     {"a one-page digest of where the parties stand, what is agreed and what is contested", runBrief},
		"export":    {"export claims as PLOVER-style JSON Lines", runExport},
		"codebook":  {"check a codebook file, or suggest additions from the ledger: parley codebook check|suggest", runCodebook},
		"rederive":  {"re-derive the claims of every stored document (after a codebook change)", runRederive},
	}
}

// codebookNone is the --codebook value for working without a codebook.
const codebookNone = "none"

// codebookFlag adds --codebook to a command.
func codebookFlag(fs *flag.FlagSet) *string {
	return fs.String("codebook", "", "codebook YAML of actors and issues, or \"none\" (default $PARLEY_CODEBOOK, else the built-in Russia–Ukraine codebook)")
}

// loadCodebook reads the codebook --codebook (or $PARLEY_CODEBOOK) names: a file, "none" (nil), or the
// built-in one when both are empty. The name returned is recorded with the claims.
func loadCodebook(env Env, v string) (*codebook.Codebook, string, error) {
	if v == "" && env.Getenv != nil {
		v = env.Getenv("PARLEY_CODEBOOK")
	}
	switch v {
	case "":
		cb := codebook.Default()
		return cb, cb.Name, nil
	case codebookNone:
		return nil, "", nil
	}
	cb, err := codebook.Load(v)
	if err != nil {
		return nil, "", err
	}
	return cb, cb.Name, nil
}

// claimsPipeline builds the analysis pipeline with the claims stage, against the codebook v names.
func claimsPipeline(env Env, v string, opt attrib.Options) (*analyze.Pipeline, string, error) {
	cb, name, err := loadCodebook(env, v)
	if err != nil {
		return nil, "", err
	}
	return analyze.NewWith(analyze.Config{Attrib: opt, Claims: claims.New(cb)}), name, nil
}

// claimLedger opens the ledger named by --db and its claims side.
func claimLedger(ctx context.Context, env Env, db string) (store.Ledger, store.ClaimLedger, error) {
	st, _, err := openStore(ctx, env, db)
	if err != nil {
		return nil, nil, err
	}
	cl, ok := store.Claims(st)
	if !ok {
		st.Close()
		return nil, nil, fmt.Errorf("ledger %T keeps no claims", st)
	}
	return st, cl, nil
}

// claimsAPI is the claims layer the JSON API and the web UI read (api.Options.Claims), or nil when the
// ledger keeps no claims.
func claimsAPI(st store.Ledger, cb *codebook.Codebook) api.Claims {
	cl, ok := store.Claims(st)
	if !ok {
		return nil
	}
	if cb == nil {
		cb = codebook.Default()
	}
	return positions.ForAPI(positions.New(cl, cb))
}

// asOfFlag adds --as-of.
func asOfFlag(fs *flag.FlagSet) *string {
	return fs.String("as-of", "", "only what had been published by the end of this day (YYYY-MM-DD)")
}

func parseAsOf(v string) (time.Time, error) { return parseDate("as-of", v) }

// claimJSON is one claim as `parley claims --format jsonl` prints it.
type claimJSON struct {
	ID          int64            `json:"id,omitempty"`
	Doc         string           `json:"doc"`
	DocumentID  int64            `json:"document_id,omitempty"`
	StatementID int64            `json:"statement_id,omitempty"`
	Actor       *actorJSON       `json:"actor"`
	Target      *actorJSON       `json:"target,omitempty"`
	Event       claims.Event     `json:"event"`
	Issue       *claims.IssueRef `json:"issue"`
	Polarity    claims.Polarity  `json:"polarity"`
	Mode        claims.Mode      `json:"mode"`
	Claimant    claimantJSON     `json:"claimant"`
	When        any              `json:"when"`
	Where       string           `json:"where,omitempty"`
	Text        string           `json:"text"`
	Start       int              `json:"start"`
	End         int              `json:"end"`
	Stance      claims.Stance    `json:"stance"`
	Sources     int              `json:"sources"`
	// Contradicts and Corroborates list the ids of the claims that contradict and corroborate this one.
	Contradicts  []int64 `json:"contradicts,omitempty"`
	Corroborates []int64 `json:"corroborates,omitempty"`
	Published    string  `json:"published,omitempty"`
	Rule         string  `json:"rule,omitempty"`
	Explain      string  `json:"explain,omitempty"`
}

type actorJSON struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type claimantJSON struct {
	Name  string     `json:"name"`
	Kind  string     `json:"kind"`
	Actor *actorJSON `json:"actor,omitempty"`
}

func actorOf(r *claims.ActorRef) *actorJSON {
	if r == nil {
		return nil
	}
	return &actorJSON{ID: r.ID, Name: r.Name}
}

func newClaimJSON(c *positions.Claim, explain bool) claimJSON {
	r := claimJSON{
		ID: c.ID, Doc: c.DocName, DocumentID: c.DocumentID, StatementID: c.StatementID, Actor: actorOf(c.Actor),
		Target: actorOf(c.Target), Event: c.Event, Issue: c.Issue, Polarity: c.Polarity, Mode: c.Mode,
		Claimant: claimantJSON{Name: c.Claimant.Name, Kind: c.Claimant.Kind, Actor: actorOf(c.Claimant.Actor)},
		When:     positions.WhenValue(&c.ClaimRow), Where: c.Place, Text: c.Text, Start: c.Evidence.Start, End: c.Evidence.End,
		Stance: c.Stance, Sources: c.Sources, Contradicts: c.Contradictions, Corroborates: c.Corroborations,
		Published: fmtDate(c.DocPublished),
	}
	if explain {
		r.Rule, r.Explain = c.Rule, c.Explain
	}
	return r
}

func runClaims(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "claims", "[FILE...|DIR|URL|-]")
	db := dbFlag(fs)
	cbFlag := codebookFlag(fs)
	format := formatFlag(fs, "table", "jsonl", "csv")
	contested := fs.Bool("contested", false, "only claims that another claimant contradicts, with what contradicts them")
	var q positions.Query
	fs.StringVar(&q.Actor, "actor", "", "only claims about this actor (codebook id such as putin, or auto-... id)")
	fs.StringVar(&q.Issue, "issue", "", "only claims about this issue (codebook id; sub-issues included)")
	fs.StringVar(&q.Claimant, "claimant", "", "only claims made by this actor")
	event := fs.String("event", "", "only claims of this event: AGREE, REJECT, CONSULT, REQUEST, CONCEDE, ASSURE, SUPPORT, ACCUSE, THREATEN, COOPERATE")
	asOf := asOfFlag(fs)
	fs.IntVar(&q.Limit, "limit", 0, "print at most this many (0: all)")
	explain := fs.Bool("explain", false, "show the rules behind each claim")
	src := addSourceFlags(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	f, err := resolveFormat(env, *format, "table", "jsonl", "csv")
	if err != nil {
		return err
	}
	q.Contested = *contested
	if *event != "" {
		if q.Event, err = claims.ParseEvent(*event); err != nil {
			return fmt.Errorf("--event: %w", err)
		}
	}
	if q.AsOf, err = parseAsOf(*asOf); err != nil {
		return err
	}
	var cs []positions.Claim
	if len(pos) > 0 {
		// Claims of files, read but not stored: related among themselves.
		if cs, err = fileClaims(ctx, env, pos, *cbFlag, src, q); err != nil {
			return err
		}
	} else {
		st, cl, err := claimLedger(ctx, env, *db)
		if err != nil {
			return err
		}
		defer st.Close()
		cb, _, err := loadCodebook(env, *cbFlag)
		if err != nil {
			return err
		}
		if cs, err = positions.New(cl, cb).Claims(ctx, q); err != nil {
			return err
		}
	}
	return writeClaims(env.Stdout, f, cs, *explain)
}

// fileClaims analyses files with the claims stage and relates their claims as if they were stored.
func fileClaims(ctx context.Context, env Env, paths []string, cbFlag string, src sourceFlags, q positions.Query) ([]positions.Claim, error) {
	p, name, err := claimsPipeline(env, cbFlag, attrib.Options{})
	if err != nil {
		return nil, err
	}
	items, err := expandInputs(ctx, paths)
	if err != nil {
		return nil, err
	}
	reader := &sourceReader{stdin: env.Stdin, opt: ingest.Options{MaxBytes: *src.maxBytes}, client: src.client(), now: time.Now}
	var rows []store.ClaimRow
	var docID int64
	refused := 0
	err = forEachSource(ctx, items, reader, progress.New(io.Discard, 0, progress.Options{Quiet: true}), func(_ string, docs []*ingest.Document) error {
		for _, doc := range docs {
			docID++
			if q.AsOf.IsZero() || doc.Published.IsZero() || doc.Published.Before(store.EndOfDay(q.AsOf)) {
				rows = append(rows, claimRows(doc, docID, p.Document(doc), name, int64(len(rows)))...)
			}
		}
		return nil
	}, func(err error) {
		refused++
		fmt.Fprintf(env.Stderr, "refused: %v\n", err)
	})
	if err != nil {
		return nil, err
	}
	if refused > 0 && len(rows) == 0 {
		return nil, exitError{1}
	}
	return positions.FromRows(rows, q), nil
}

// claimRows turns the claims of one analysed document into rows as the store would return them.
func claimRows(doc *ingest.Document, docID int64, res analyze.Result, codebookName string, firstID int64) []store.ClaimRow {
	out := make([]store.ClaimRow, 0, len(res.Claims))
	for i, c := range res.Claims {
		r := store.ClaimRow{
			ID: firstID + int64(i) + 1, DocumentID: docID, Seq: i, Actor: c.Actor, Target: c.Target, Event: c.Event,
			Issue: c.Issue, Polarity: c.Polarity, Mode: c.Mode, Claimant: c.Claimant, Place: c.Where,
			Evidence: c.Evidence, Trigger: c.Trigger, Text: doc.Raw[c.Evidence.Start:c.Evidence.End], Rule: c.Rule,
			Explain: c.Explain, Codebook: codebookName, DocName: doc.Name, DocTitle: doc.Title, DocOutlet: doc.Outlet,
			DocURL: doc.URL, DocPublished: doc.Published, DocDate: doc.Published, Story: docID,
		}
		if c.Statement >= 0 {
			r.StatementID = int64(c.Statement) + 1
		}
		if !c.When.Zero() {
			r.WhenStart, r.WhenEnd, r.WhenGrain, r.WhenValue = c.When.Start, c.When.End, c.When.Grain, c.When.ISO()
			r.WhenText, r.WhenSource = c.When.Text, c.When.Source
		}
		out = append(out, r)
	}
	return out
}

// writeClaims prints claims in a format.
func writeClaims(w io.Writer, format string, cs []positions.Claim, explain bool) error {
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for i := range cs {
			if err := enc.Encode(newClaimJSON(&cs[i], explain)); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		_ = cw.Write([]string{"id", "doc", "actor_id", "actor", "event", "issue", "polarity", "mode", "claimant", "when",
			"start", "end", "text", "stance", "sources", "contradicts", "rule"})
		for i := range cs {
			c := &cs[i]
			r := newClaimJSON(c, true)
			actorID, actor, issue := "", "", ""
			if r.Actor != nil {
				actorID, actor = r.Actor.ID, r.Actor.Name
			}
			if r.Issue != nil {
				issue = r.Issue.ID
			}
			_ = cw.Write([]string{strconv.FormatInt(c.ID, 10), c.DocName, actorID, actor, string(c.Event), issue,
				string(c.Polarity), string(c.Mode), c.Claimant.Name, whenText(&c.ClaimRow), strconv.Itoa(c.Evidence.Start),
				strconv.Itoa(c.Evidence.End), c.Text, string(c.Stance), strconv.Itoa(c.Sources), idList(c.Contradictions), c.Rule})
		}
		cw.Flush()
		return cw.Error()
	}
	byID := map[int64]*positions.Claim{}
	for i := range cs {
		byID[cs[i].ID] = &cs[i]
	}
	if len(cs) == 0 {
		_, err := fmt.Fprintln(w, "no claims")
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-5s %-20s %-9s %-20s %s %-12s %-20s %-10s %s\n", "ID", "ACTOR", "EVENT", "ISSUE", "±", "MODE", "CLAIMANT", "WHEN", "EVIDENCE")
	for i := range cs {
		c := &cs[i]
		actor, issue := "(not named)", "-"
		if c.Actor != nil {
			actor = c.Actor.Name
		}
		if c.Issue != nil {
			issue = c.Issue.ID
		}
		fmt.Fprintf(&b, "%-5d %s %-9s %s %s %-12s %s %-10s %s\n", c.ID, pad(cut(actor, 20), 20), c.Event, pad(cut(issue, 20), 20),
			c.Polarity, c.Mode, pad(cut(c.Claimant.Name, 20), 20), cut(whenText(&c.ClaimRow), 10), cut(c.Text, 60))
		for _, id := range c.Contradictions {
			if o, ok := byID[id]; ok {
				fmt.Fprintf(&b, "      contradicted by #%d: %s says %s (%s)\n", id, o.Claimant.Name, o.Polarity, cut(o.Text, 50))
			} else {
				fmt.Fprintf(&b, "      contradicted by #%d\n", id)
			}
		}
		if explain {
			fmt.Fprintf(&b, "      rule %s: %s\n", c.Rule, c.Explain)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// whenText is a claim's time on one line: its ISO value, else its document's date.
func whenText(r *store.ClaimRow) string { return positions.DateText(r) }

func idList(ids []int64) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(parts, " ")
}

func runPositions(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "positions", "")
	db := dbFlag(fs)
	cbFlag := codebookFlag(fs)
	format := formatFlag(fs, "table", "jsonl")
	var q positions.PositionQuery
	fs.StringVar(&q.Issue, "issue", "", "only this issue (codebook id; sub-issues included)")
	fs.StringVar(&q.Actor, "actor", "", "only this actor (codebook id or auto-... id)")
	asOf := asOfFlag(fs)
	evidence := fs.Int("evidence", 3, "claims shown under each cell in the table (0: none)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	f, err := resolveFormat(env, *format, "table", "jsonl")
	if err != nil {
		return err
	}
	if q.AsOf, err = parseAsOf(*asOf); err != nil {
		return err
	}
	svc, closeFn, err := openPositions(ctx, env, *db, *cbFlag)
	if err != nil {
		return err
	}
	defer closeFn()
	ps, err := svc.Positions(ctx, q)
	if err != nil {
		return err
	}
	if f == "jsonl" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		for _, p := range ps {
			out := positionJSON{Actor: actorJSON{p.Actor.ID, p.Actor.Name}, Issue: p.Issue, Stance: p.Stance, Event: p.Event,
				Polarity: p.Polarity, Mode: p.Mode, Mixed: p.Mixed, Claims: p.Claims, Sources: p.Sources, Contested: p.Contested,
				Latest: whenText(&p.Decider().ClaimRow)}
			for i := range p.Evidence {
				out.Evidence = append(out.Evidence, newClaimJSON(&p.Evidence[i], false))
			}
			if err := enc.Encode(out); err != nil {
				return err
			}
		}
		return nil
	}
	return writePositionsTable(env.Stdout, ps, *evidence)
}

// positionJSON is one cell of `parley positions --format jsonl`.
type positionJSON struct {
	Actor     actorJSON       `json:"actor"`
	Issue     claims.IssueRef `json:"issue"`
	Stance    claims.Stance   `json:"stance"`
	Event     claims.Event    `json:"event"`
	Polarity  claims.Polarity `json:"polarity"`
	Mode      claims.Mode     `json:"mode"`
	Mixed     bool            `json:"mixed,omitempty"`
	Claims    int             `json:"claims"`
	Sources   int             `json:"sources"`
	Contested bool            `json:"contested,omitempty"`
	Latest    string          `json:"latest"`
	Evidence  []claimJSON     `json:"evidence"`
}

func openPositions(ctx context.Context, env Env, db, cbFlag string) (*positions.Service, func(), error) {
	st, cl, err := claimLedger(ctx, env, db)
	if err != nil {
		return nil, nil, err
	}
	cb, _, err := loadCodebook(env, cbFlag)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return positions.New(cl, cb), func() { st.Close() }, nil
}

// stanceMark is a stance in one character for the matrix: + for, − against, ? unclear; * when contested.
func stanceMark(p *positions.Position) string {
	m := "?"
	switch p.Stance {
	case claims.StanceAgree:
		m = "+"
	case claims.StanceReject:
		m = "-"
	}
	if p.Mixed || p.Contested {
		m += "*"
	}
	return m
}

// writePositionsTable prints the actor × issue matrix, then each cell with its evidence.
func writePositionsTable(w io.Writer, ps []positions.Position, evidence int) error {
	if len(ps) == 0 {
		_, err := fmt.Fprintln(w, "no positions: no stored claim names both an actor and an issue")
		return err
	}
	var issues, actors []string
	issueSeen, actorSeen := map[string]bool{}, map[string]bool{}
	actorName := map[string]string{}
	cell := map[[2]string]*positions.Position{}
	for i := range ps {
		p := &ps[i]
		if !issueSeen[p.Issue.ID] {
			issueSeen[p.Issue.ID] = true
			issues = append(issues, p.Issue.ID)
		}
		if !actorSeen[p.Actor.ID] {
			actorSeen[p.Actor.ID] = true
			actors = append(actors, p.Actor.ID)
			actorName[p.Actor.ID] = p.Actor.Name
		}
		cell[[2]string{p.Actor.ID, p.Issue.ID}] = p
	}
	var b strings.Builder
	const colW = 12
	b.WriteString(pad("", 22))
	for _, is := range issues {
		b.WriteString(" " + pad(cut(is, colW), colW))
	}
	b.WriteString("\n")
	for _, a := range actors {
		b.WriteString(pad(cut(actorName[a], 22), 22))
		for _, is := range issues {
			v := ""
			if p, ok := cell[[2]string{a, is}]; ok {
				v = fmt.Sprintf("%s %d/%d", stanceMark(p), p.Claims, p.Sources)
			}
			b.WriteString(" " + pad(v, colW))
		}
		b.WriteString("\n")
	}
	b.WriteString("\n+ for, - against, ? no clear stance, * contested or mixed; claims/independent sources\n")
	for i := range ps {
		p := &ps[i]
		flags := ""
		if p.Mixed {
			flags += ", mixed"
		}
		if p.Contested {
			flags += ", contested"
		}
		fmt.Fprintf(&b, "\n%s on %s: %s (%s %s, %s%s), latest %s; %d claims, %d sources\n", p.Actor.Name, p.Issue.Label,
			p.Stance, p.Event, p.Polarity, p.Mode, flags, whenText(&p.Decider().ClaimRow), p.Claims, p.Sources)
		for j := range min(evidence, len(p.Evidence)) {
			c := &p.Evidence[j]
			fmt.Fprintf(&b, "  #%d %s %s: %s %s — %s (%s)\n", c.ID, whenText(&c.ClaimRow), c.Claimant.Name, c.Event, c.Polarity,
				cut(c.Text, 70), c.DocName)
		}
		if n := len(p.Evidence) - evidence; n > 0 && evidence > 0 {
			fmt.Fprintf(&b, "  … and %d more\n", n)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func runTimeline(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "timeline", "--issue ID")
	db := dbFlag(fs)
	cbFlag := codebookFlag(fs)
	format := formatFlag(fs, "table", "jsonl")
	issue := fs.String("issue", "", "the issue (codebook id; sub-issues included)")
	asOf := asOfFlag(fs)
	explain := fs.Bool("explain", false, "show the rules behind each claim")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *issue == "" {
		fs.Usage()
		return exitError{2}
	}
	f, err := resolveFormat(env, *format, "table", "jsonl")
	if err != nil {
		return err
	}
	at, err := parseAsOf(*asOf)
	if err != nil {
		return err
	}
	svc, closeFn, err := openPositions(ctx, env, *db, *cbFlag)
	if err != nil {
		return err
	}
	defer closeFn()
	cs, err := svc.Timeline(ctx, *issue, at)
	if err != nil {
		return err
	}
	if f == "jsonl" {
		return writeClaims(env.Stdout, "jsonl", cs, *explain)
	}
	if len(cs) == 0 {
		_, err := fmt.Fprintf(env.Stdout, "no claims about %s\n", *issue)
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n%-10s %-20s %-9s %s %-12s %-20s %s\n", svc.IssueLabel(*issue), "WHEN", "ACTOR", "EVENT", "±", "MODE", "CLAIMANT", "EVIDENCE")
	for i := range cs {
		c := &cs[i]
		actor := "(not named)"
		if c.Actor != nil {
			actor = c.Actor.Name
		}
		mark := ""
		if c.Contested() {
			mark = " [contested]"
		}
		fmt.Fprintf(&b, "%-10s %s %-9s %s %-12s %s %s%s\n", cut(whenText(&c.ClaimRow), 10), pad(cut(actor, 20), 20), c.Event,
			c.Polarity, c.Mode, pad(cut(c.Claimant.Name, 20), 20), cut(c.Text, 60), mark)
		if *explain {
			fmt.Fprintf(&b, "           rule %s: %s\n", c.Rule, c.Explain)
		}
	}
	_, err = io.WriteString(env.Stdout, b.String())
	return err
}

func runBrief(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "brief", "")
	db := dbFlag(fs)
	cbFlag := codebookFlag(fs)
	format := fs.String("format", "md", "output format: md or html")
	var q positions.BriefQuery
	fs.StringVar(&q.Issue, "issue", "", "only this issue (codebook id; sub-issues included)")
	asOf := asOfFlag(fs)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *format != "md" && *format != "html" {
		return fmt.Errorf("unknown --format %q (want md or html)", *format)
	}
	var err error
	if q.AsOf, err = parseAsOf(*asOf); err != nil {
		return err
	}
	svc, closeFn, err := openPositions(ctx, env, *db, *cbFlag)
	if err != nil {
		return err
	}
	defer closeFn()
	b, err := svc.Brief(ctx, q)
	if err != nil {
		return err
	}
	if *format == "html" {
		return b.WriteHTML(env.Stdout)
	}
	return b.WriteMarkdown(env.Stdout)
}

func runExport(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "export", "--format plover")
	db := dbFlag(fs)
	cbFlag := codebookFlag(fs)
	format := fs.String("format", "plover", "export format: plover (PLOVER-style JSON Lines, Parley's fields under x_parley)")
	var q positions.Query
	fs.StringVar(&q.Issue, "issue", "", "only claims about this issue")
	fs.StringVar(&q.Actor, "actor", "", "only claims about this actor")
	asOf := asOfFlag(fs)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *format != "plover" {
		return fmt.Errorf("unknown --format %q (want plover)", *format)
	}
	var err error
	if q.AsOf, err = parseAsOf(*asOf); err != nil {
		return err
	}
	svc, closeFn, err := openPositions(ctx, env, *db, *cbFlag)
	if err != nil {
		return err
	}
	defer closeFn()
	cs, err := svc.Claims(ctx, q)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	for i := range cs {
		if err := enc.Encode(positions.Plover(&cs[i])); err != nil {
			return err
		}
	}
	return nil
}

func runCodebook(ctx context.Context, env Env, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(env.Stderr, "usage: parley codebook check FILE | parley codebook suggest [--db PATH] [--codebook FILE|none]")
		return exitError{2}
	}
	switch args[0] {
	case "check":
		return runCodebookCheck(env, args[1:])
	case "suggest":
		return runCodebookSuggest(ctx, env, args[1:])
	case "-h", "--help", "help":
		fmt.Fprintln(env.Stdout, "usage: parley codebook check FILE | parley codebook suggest [--db PATH] [--codebook FILE|none]")
		return nil
	}
	fmt.Fprintf(env.Stderr, "parley codebook: unknown subcommand %q (want check or suggest)\n", args[0])
	return exitError{2}
}

func runCodebookCheck(env Env, args []string) error {
	fs := newFlags(env, "codebook check", "FILE...")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fs.Usage()
		return exitError{2}
	}
	bad := false
	for _, path := range pos {
		cb, err := codebook.Load(path)
		if err != nil {
			bad = true
			var list codebook.ErrorList
			if errors.As(err, &list) {
				for _, e := range list {
					fmt.Fprintln(env.Stderr, e.Error())
				}
			} else {
				fmt.Fprintln(env.Stderr, err)
			}
			continue
		}
		fmt.Fprintf(env.Stdout, "%s: ok, %d actors and %d issues\n", path, len(cb.Actors), len(cb.Issues))
	}
	if bad {
		return exitError{1}
	}
	return nil
}

func runCodebookSuggest(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "codebook suggest", "")
	db := dbFlag(fs)
	cbFlag := codebookFlag(fs)
	format := formatFlag(fs, "table", "json")
	var opt codebook.SuggestOptions
	fs.IntVar(&opt.MinCount, "min", 2, "least number of occurrences to suggest")
	fs.IntVar(&opt.Limit, "limit", 20, "most suggestions of each sort")
	docs := fs.Int("docs", 500, "read the text of at most this many documents, newest first, for terms")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	f, err := resolveFormat(env, *format, "table", "json")
	if err != nil {
		return err
	}
	cb, _, err := loadCodebook(env, *cbFlag)
	if err != nil {
		return err
	}
	st, _, err := openStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	actors, err := st.Actors(ctx)
	if err != nil {
		return err
	}
	var speakers []codebook.SpeakerCount
	for _, a := range actors {
		if a.Statements > 0 && a.Type != store.ActorAnonymous {
			speakers = append(speakers, codebook.SpeakerCount{Name: a.Name, Count: a.Statements})
		}
	}
	rows, err := st.Documents(ctx, store.DocumentQuery{Limit: *docs})
	if err != nil {
		return err
	}
	texts := make([]string, 0, len(rows))
	for _, r := range rows {
		d, err := st.Document(ctx, r.ID)
		if err != nil {
			return err
		}
		texts = append(texts, d.Raw[d.BodyStart:])
		if len(rows) > 0 && opt.At.IsZero() {
			opt.At = d.Published
		}
	}
	sug := codebook.Suggest(cb, speakers, texts, opt)
	if f == "json" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(sug)
	}
	var b strings.Builder
	b.WriteString("Speakers the codebook does not know (add them to actors):\n")
	if len(sug.Speakers) == 0 {
		b.WriteString("  none\n")
	}
	for _, s := range sug.Speakers {
		fmt.Fprintf(&b, "  %4d  %s", s.Count, s.Text)
		if len(s.Variants) > 0 {
			fmt.Fprintf(&b, " (also %s)", strings.Join(s.Variants, ", "))
		}
		b.WriteString("\n")
	}
	b.WriteString("\nRecurring terms no issue covers (candidate issue terms):\n")
	if len(sug.Terms) == 0 {
		b.WriteString("  none\n")
	}
	for _, s := range sug.Terms {
		fmt.Fprintf(&b, "  %4d  %s [%s]\n", s.Count, s.Text, s.Kind)
	}
	_, err = io.WriteString(env.Stdout, b.String())
	return err
}

func runRederive(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "rederive", "")
	db := dbFlag(fs)
	cbFlag := codebookFlag(fs)
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	cb, name, err := loadCodebook(env, *cbFlag)
	if err != nil {
		return err
	}
	x := claims.New(cb)
	st, cl, err := claimLedger(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	rep := newProgress(env, "rederive", stats.Documents, *quiet)
	docs, total := 0, 0
	const page = 200
	for offset := 0; ; offset += page {
		rows, err := st.Documents(ctx, store.DocumentQuery{Limit: page, Offset: offset})
		if err != nil {
			return err
		}
		for _, r := range rows {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			n, err := rederiveDocument(ctx, st, cl, x, name, r.ID)
			if err != nil {
				return err
			}
			docs++
			total += n
			rep.Add(1)
		}
		if len(rows) < page {
			break
		}
	}
	rep.Finish()
	if !*quiet {
		fmt.Fprintf(env.Stdout, "re-derived %d claims from %d documents\n", total, docs)
	}
	return nil
}

// rederiveDocument re-runs the claims stage on a stored document and its stored statements.
func rederiveDocument(ctx context.Context, st store.Ledger, cl store.ClaimLedger, x *claims.Extractor, codebookName string, id int64) (int, error) {
	d, err := st.Document(ctx, id)
	if err != nil {
		return 0, err
	}
	rows, err := st.Statements(ctx, store.StatementQuery{DocumentID: id})
	if err != nil {
		return 0, err
	}
	stmts := make([]attrib.Statement, len(rows))
	for i, r := range rows {
		stmts[i] = r.Statement
	}
	doc := d.IngestDocument()
	res := x.Extract(doc, text.Analyze(doc.Raw, doc.BodyStart), stmts)
	if err := cl.ReplaceClaims(ctx, id, &store.Derived{Speakers: res.Speakers, Claims: res.Claims, Codebook: codebookName}); err != nil {
		return 0, err
	}
	return len(res.Claims), nil
}
