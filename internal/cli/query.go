package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/store"
)

// parseDate reads a --since/--until value: a date, or a date and time.
func parseDate(flagName, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04", "2006-01"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("--%s %q: want a date such as 2025-08-18", flagName, v)
}

func runStatements(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "statements", "")
	db := dbFlag(fs)
	format := formatFlag(fs, "table", "jsonl", "csv")
	var q store.StatementQuery
	fs.StringVar(&q.Speaker, "speaker", "", "only statements whose speaker's name contains this")
	fs.StringVar(&q.Search, "search", "", "full-text search over what was said and who said it")
	since := fs.String("since", "", "only documents published on or after this date (YYYY-MM-DD)")
	until := fs.String("until", "", "only documents published before this date")
	kind := fs.String("kind", "", "only statements of this kind: direct, indirect or mixed")
	fs.IntVar(&q.Limit, "limit", 0, "print at most this many (0: all)")
	fs.IntVar(&q.Offset, "offset", 0, "skip this many first")
	explain := fs.Bool("explain", false, "show the rule that found each statement")
	distinct := fs.Bool("distinct", false, "one row per quote however many documents printed it, with its occurrences and independent sources (story clusters)")
	minSources := fs.Int("min-sources", 0, "with --distinct: only quotes printed by at least this many independent sources")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	f, err := resolveFormat(env, *format, "table", "jsonl", "csv")
	if err != nil {
		return err
	}
	if q.Since, err = parseDate("since", *since); err != nil {
		return err
	}
	if q.Until, err = parseDate("until", *until); err != nil {
		return err
	}
	switch *kind {
	case "", "direct", "indirect", "mixed":
		q.Kind = attribKind(*kind)
	default:
		return fmt.Errorf("--kind %q: want direct, indirect or mixed", *kind)
	}
	if *distinct {
		return runDistinct(ctx, env, *db, q, f, *minSources)
	}
	st, _, err := openStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	rows, err := st.Statements(ctx, q)
	if err != nil {
		return err
	}
	out := newWriter(env.Stdout, f)
	for _, row := range rows {
		r := rowRecord(row, *explain)
		if err := out.write(r); err != nil {
			return err
		}
	}
	if err := out.flush(); err != nil {
		return err
	}
	if f == "table" {
		fmt.Fprintf(env.Stdout, "%d statements\n", len(rows))
	}
	return nil
}

// rowRecord presents a stored statement in the same shape as extract output.
func rowRecord(row store.StatementRow, explain bool) record {
	r := record{Doc: row.DocName, Kind: row.Kind, ID: row.ID, Published: fmtDate(row.DocPublished)}
	if row.Source != nil {
		r.Source = &spanJSON{Start: row.Source.Start, End: row.Source.End, Text: row.SourceText}
	}
	if row.Cue != nil {
		r.Cue = &spanJSON{Start: row.Cue.Start, End: row.Cue.End, Text: row.CueText}
	}
	r.Content = spanJSON{Start: row.Content.Start, End: row.Content.End, Text: row.ContentText}
	if row.Snippet != "" {
		r.Content.Text = row.Snippet
	}
	for _, p := range row.Pieces {
		r.Content.Spans = append(r.Content.Spans, [2]int{p.Start, p.End})
	}
	if row.Speaker != "" {
		r.Speaker = &speakerJSON{Name: row.Speaker, Type: row.SpeakerType}
	}
	if row.ActorName != "" {
		r.Actor = &actorJSON{ID: row.ActorKey, Name: row.ActorName}
	}
	if row.Medium != "" {
		m := row.Medium
		r.Medium = &m
	}
	if explain {
		r.Rule, r.Evidence = row.Rule, row.Evidence
	}
	return r
}

func runActors(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "actors", "")
	db := dbFlag(fs)
	format := formatFlag(fs, "table", "jsonl", "csv")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	f, err := resolveFormat(env, *format, "table", "jsonl", "csv")
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
	switch f {
	case "jsonl":
		enc := json.NewEncoder(env.Stdout)
		for _, a := range actors {
			if err := enc.Encode(a); err != nil {
				return err
			}
		}
	case "csv":
		w := csv.NewWriter(env.Stdout)
		_ = w.Write([]string{"id", "name", "type", "statements", "documents", "first_seen", "last_seen"})
		for _, a := range actors {
			_ = w.Write([]string{strconv.FormatInt(a.ID, 10), a.Name, a.Type, strconv.Itoa(a.Statements),
				strconv.Itoa(a.Documents), fmtDate(a.FirstSeen), fmtDate(a.LastSeen)})
		}
		w.Flush()
		return w.Error()
	default:
		fmt.Fprintf(env.Stdout, "%s %-13s %10s %9s  %-10s %-10s\n", pad("ACTOR", 30), "TYPE", "STATEMENTS", "DOCUMENTS", "FIRST", "LAST")
		for _, a := range actors {
			fmt.Fprintf(env.Stdout, "%s %-13s %10d %9d  %-10s %-10s\n", pad(cut(a.Name, 30), 30), a.Type, a.Statements,
				a.Documents, day(a.FirstSeen), day(a.LastSeen))
		}
	}
	return nil
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func runCheck(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "check", "")
	db := dbFlag(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	st, path, err := openExistingStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Check(ctx); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	s, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "ok: %s: %d documents, %d statements, %d actors, schema %d\n", path, s.Documents, s.Statements, s.Actors, s.SchemaVersion)
	return nil
}

func attribKind(k string) attrib.Kind { return attrib.Kind(k) }
