package cli

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/text"
)

// spanJSON is a span as the extract contract prints it: byte offsets into the input file and the text.
type spanJSON struct {
	Start int      `json:"start"`
	End   int      `json:"end"`
	Text  string   `json:"text"`
	Spans [][2]int `json:"spans,omitempty"`
}

type speakerJSON struct {
	Name string `json:"name"`
	Type string `json:"type,omitempty"`
}

// record is one statement in the extract contract (read by score-attributions), plus optional fields.
type record struct {
	Doc       string       `json:"doc"`
	Kind      attrib.Kind  `json:"kind"`
	Source    *spanJSON    `json:"source"`
	Cue       *spanJSON    `json:"cue"`
	Content   spanJSON     `json:"content"`
	Speaker   *speakerJSON `json:"speaker"`
	Medium    *string      `json:"medium"`
	Published string       `json:"published,omitempty"`
	ID        int64        `json:"id,omitempty"`
	Actor     *actorJSON   `json:"actor,omitempty"` // the speaker resolved to a codebook or automatic actor
	Rule      string       `json:"rule,omitempty"`
	Evidence  string       `json:"evidence,omitempty"`
}

func spanOf(raw string, sp *text.Span) *spanJSON {
	if sp == nil {
		return nil
	}
	return &spanJSON{Start: sp.Start, End: sp.End, Text: raw[sp.Start:sp.End]}
}

// newRecord builds the contract record of statement st of a document whose raw text is raw.
func newRecord(doc, raw string, st attrib.Statement, explain bool) record {
	r := record{Doc: doc, Kind: st.Kind, Source: spanOf(raw, st.Source), Cue: spanOf(raw, st.Cue)}
	r.Content = *spanOf(raw, &st.Content)
	if len(st.Pieces) > 1 {
		for _, p := range st.Pieces {
			r.Content.Spans = append(r.Content.Spans, [2]int{p.Start, p.End})
		}
	}
	if st.Speaker != "" {
		r.Speaker = &speakerJSON{Name: st.Speaker, Type: st.SpeakerType}
	}
	if st.Medium != "" {
		m := st.Medium
		r.Medium = &m
	}
	if explain {
		r.Rule, r.Evidence = st.Rule, st.Evidence
	}
	return r
}

// writer prints records in one of the formats.
type writer struct {
	format string
	w      io.Writer
	enc    *json.Encoder
	csv    *csv.Writer
	rows   int
	width  int
}

func newWriter(w io.Writer, format string) *writer {
	wr := &writer{format: format, w: w, width: 100}
	switch format {
	case "jsonl":
		wr.enc = json.NewEncoder(w)
		wr.enc.SetEscapeHTML(false)
	case "csv":
		wr.csv = csv.NewWriter(w)
		_ = wr.csv.Write([]string{"doc", "published", "kind", "speaker", "speaker_type", "source", "cue", "content", "content_start", "content_end", "medium", "rule"})
	}
	return wr
}

func (wr *writer) write(r record) error {
	defer func() { wr.rows++ }()
	switch wr.format {
	case "jsonl":
		return wr.enc.Encode(r)
	case "csv":
		name, typ, src, cue, med := "", "", "", "", ""
		if r.Speaker != nil {
			name, typ = r.Speaker.Name, r.Speaker.Type
		}
		if r.Source != nil {
			src = r.Source.Text
		}
		if r.Cue != nil {
			cue = r.Cue.Text
		}
		if r.Medium != nil {
			med = *r.Medium
		}
		return wr.csv.Write([]string{r.Doc, r.Published, string(r.Kind), name, typ, src, cue, r.Content.Text,
			strconv.Itoa(r.Content.Start), strconv.Itoa(r.Content.End), med, r.Rule})
	default:
		if wr.rows == 0 {
			fmt.Fprintf(wr.w, "%-20s %-8s %-10s %-43s %s\n", "SPEAKER", "KIND", "DATE", "CONTENT", "DOCUMENT")
		}
		name := "?"
		switch {
		case r.Actor != nil: // the codebook's name, as actors, claims and the web UI show it
			name = r.Actor.Name
		case r.Speaker != nil:
			name = r.Speaker.Name
		}
		date := ""
		if len(r.Published) >= 10 {
			date = r.Published[:10]
		}
		_, err := fmt.Fprintf(wr.w, "%s %-8s %-10s %s %s\n", pad(cut(name, 20), 20), r.Kind, date, pad(cut(r.Content.Text, 43), 43), cut(r.Doc, 14))
		if err == nil && r.Rule != "" {
			_, err = fmt.Fprintf(wr.w, "    rule %s: %s\n", r.Rule, r.Evidence)
		}
		return err
	}
}

func (wr *writer) flush() error {
	if wr.csv != nil {
		wr.csv.Flush()
		return wr.csv.Error()
	}
	return nil
}

// cut shortens s to at most n runes on one line, ending with an ellipsis when cut, and pads nothing.
func cut(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)
	return strings.TrimRight(string(rs[:n-1]), " ") + "…"
}

// pad fills s with spaces to n runes, so that columns line up whatever the script.
func pad(s string, n int) string {
	if k := utf8.RuneCountInString(s); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s
}

func fmtDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}
