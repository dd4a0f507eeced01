package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeGold writes NAME.txt and NAME.statements.jsonl into dir and returns the .txt path.
func writeGold(t *testing.T, dir, name, text, jsonl string) string {
	t.Helper()
	p := filepath.Join(dir, name+".txt")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".statements.jsonl"), []byte(jsonl), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadBrat(t *testing.T) {
	g, err := LoadGold([]string{filepath.Join("testdata", "brat")})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range g.Docs {
		names = append(names, d.Name)
	}
	if got := strings.Join(names, " "); got != "port_strike tariff_talks vote_count" {
		t.Fatalf("documents %q; want the three with .ann files, sorted", got)
	}
	seg := func(d *GoldDoc, ss []Segment) []string {
		var out []string
		for _, s := range ss {
			out = append(out, string(d.text[s.Start:s.End]))
		}
		return out
	}
	ps := g.Doc("port_strike")
	if got := seg(ps, ps.Statements[0].Content); len(got) != 2 || got[0] != "We will not return" || !strings.HasPrefix(got[1], "until the port") {
		t.Errorf("interrupted content read as %q", got)
	}
	if got := seg(ps, ps.Statements[0].Source); len(got) != 1 || got[0] != "Marieke de Vries, the union’s chief negotiator" {
		t.Errorf("source read as %q (character offsets past a curly quote)", got)
	}
	tt := g.Doc("tariff_talks")
	if len(tt.Statements) != 3 {
		t.Errorf("tariff_talks has %d statements; the first .ann in sorted order has 3", len(tt.Statements))
	}
	if got := seg(tt, tt.Statements[1].Source); len(got) != 2 || got[1] != "Kenji Mori" {
		t.Errorf("two-piece source read as %q", got)
	}
	vc := g.Doc("vote_count")
	if len(vc.Statements) != 3 {
		t.Fatalf("vote_count has %d statements; relations without content are dropped", len(vc.Statements))
	}
	if vc.Statements[2].Source != nil {
		t.Errorf("a relation without Source has source %v", vc.Statements[2].Source)
	}
}

func TestLoadJSONLGold(t *testing.T) {
	dir := t.TempDir()
	text := "title: No deal, they say\nurl: x\n\n“No deal,” said Ana. No deal yet, she said later. Ña said “sí”.\n"
	p := writeGold(t, dir, "doc", text,
		`{"speaker": "Ana", "content": ["No deal,"]}`+"\n\n"+
			`{"speaker": "Ana", "content": "No deal yet", "optional": 1}`+"\r\n"+
			`{"speaker": null, "content": "x", "start": 96, "end": 105}`+"\n")
	g, err := LoadGold([]string{p})
	if err != nil {
		t.Fatal(err)
	}
	d := g.Doc("doc")
	if d == nil || len(d.Statements) != 3 {
		t.Fatalf("loaded %+v", g.Docs)
	}
	sts := d.Statements
	// The header is skipped when locating pieces, then each search starts at the previous located statement.
	if got := string(d.text[sts[0].Content[0].Start:sts[0].Content[0].End]); got != "No deal," || sts[0].Content[0].Start != 34 {
		t.Errorf("first content at %v (%q)", sts[0].Content, got)
	}
	if !sts[1].Optional || sts[0].Optional {
		t.Errorf("optional flags %v %v", sts[0].Optional, sts[1].Optional)
	}
	if got := string(d.text[sts[2].Content[0].Start:sts[2].Content[0].End]); got != "“sí”" {
		t.Errorf("byte offsets 96..105 converted to %v (%q)", sts[2].Content, got)
	}
	if sts[2].Speaker != "" {
		t.Errorf("null speaker read as %q", sts[2].Speaker)
	}
}

func TestLoadGoldErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, text, jsonl, want string
	}{
		{"latin1", "caf\xe9 said\n", `{"content": "said"}`, "not valid UTF-8"},
		{"binary", "a\x00b\n", `{"content": "a"}`, "binary"},
		{"notfound", "He said yes.\n", `{"content": "no"}`, `content "no" is not in`},
		{"midrune", "é said\n", `{"content": "x", "start": 1, "end": 3}`, "not on a UTF-8 character boundary"},
		{"past", "short\n", `{"content": "x", "start": 0, "end": 99}`, "offset 99"},
		{"fraction", "short\n", `{"content": "x", "start": 0.5, "end": 2}`, "not an integer"},
		{"noend", "short\n", `{"content": "x", "start": 0}`, "offset missing"},
		{"badjson", "short\n", `{"content": "x"`, "line 1"},
		{"array", "short\n", `[1, 2]`, "want a JSON object"},
		{"emptylist", "short\n", `{"content": []}`, "non-empty list"},
		{"speaker", "short\n", `{"content": "short", "speaker": 3}`, "speaker"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := writeGold(t, dir, tc.name, tc.text, tc.jsonl)
			_, err := LoadGold([]string{p})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one containing %q", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.name) {
				t.Errorf("error %q does not name the input", err)
			}
		})
	}
	if _, err := LoadGold([]string{filepath.Join(dir, "missing.txt")}); err == nil {
		t.Error("a missing gold file loaded")
	}
	if _, err := LoadGold([]string{filepath.Join(dir, "notes.md")}); err == nil || !strings.Contains(err.Error(), "notes.md") {
		t.Errorf("a non-.txt path: %v", err)
	}
	if _, err := LoadGold([]string{t.TempDir()}); err == nil || !strings.Contains(err.Error(), "load brat corpus") {
		t.Errorf("a folder that is not a brat corpus: %v", err)
	}
	empty := t.TempDir()
	for _, sub := range []string{"text", "attributions"} {
		if err := os.Mkdir(filepath.Join(empty, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := LoadGold([]string{empty}); err == nil || !strings.Contains(err.Error(), "no annotated documents") {
		t.Errorf("a brat corpus without documents: %v", err)
	}
	if _, err := LoadGold(nil); err == nil {
		t.Error("no paths loaded")
	}
}

func TestLoadGoldReplacesRepeatedName(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	pa := writeGold(t, a, "doc", "Ana said yes.\n", `{"content": "yes"}`)
	pb := writeGold(t, b, "doc", "Bob said no, twice.\n", `{"content": "no"}`+"\n"+`{"content": "twice"}`)
	g, err := LoadGold([]string{pa, pb})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Docs) != 1 || g.Docs[0].Path != pb || len(g.Docs[0].Statements) != 2 {
		t.Errorf("repeated name: %d docs, first from %s", len(g.Docs), g.Docs[0].Path)
	}
}

func TestParseAnnErrors(t *testing.T) {
	for _, tc := range []struct{ ann, want string }{
		{"T1\tSource 1\tx\n", "not two offsets"},
		{"T1\tSource\tx\n", "not two offsets"},
		{"T1\tSource a b\tx\n", "invalid syntax"},
		{"T1\tSource 5 50\tx\n", "outside the text"},
		{"T1\tSource -1 3\tx\n", "outside the text"},
		{"E1\tAttribution:T1 Content\n", "has no role"},
	} {
		if _, err := parseAnn(tc.ann, 10); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("parseAnn(%q): %v, want %q", tc.ann, err, tc.want)
		}
	}
	// Lines that are neither T nor E, or have no tab, are ignored; "\r" ends a line as in Python.
	sts, err := parseAnn("#1\tAnnotatorNotes T1\tnote\rT1\tContent 0 4;5 9\tx\r\nE1\tContent:T1 Content:T1\nA1\tX E1\nnoise", 10)
	if err != nil || len(sts) != 1 || len(sts[0].Content) != 2 {
		t.Errorf("parseAnn: %+v, %v", sts, err)
	}
}

func FuzzParseAnn(f *testing.F) {
	f.Add("T1\tSource 0 4\tx\nT2\tContent 5 9;10 12\ty\nE1\tAttribution:T1 Source:T1 Content:T2\n", 20)
	f.Add("T1\tCue 1 2\r\nE1\tCue:T1", 2)
	f.Fuzz(func(t *testing.T, ann string, n int) {
		n = abs(n) % 1000
		sts, err := parseAnn(ann, n)
		if err != nil {
			return
		}
		for _, st := range sts {
			if st.Content == nil {
				t.Fatalf("statement without content: %+v", st)
			}
			for _, ss := range [][]Segment{st.Source, st.Cue, st.Content} {
				for _, s := range ss {
					if s.Start < 0 || s.End < 0 || s.Start > n || s.End > n {
						t.Fatalf("segment %v outside [0, %d]", s, n)
					}
				}
			}
		}
	})
}

func FuzzGoldLines(f *testing.F) {
	f.Add("He said “yes”, she said no.", `{"content": ["yes", "no"]}`+"\n"+`{"content": "x", "start": 0, "end": 2}`)
	f.Add("k: v\n\nbody", `{"content": "body", "optional": "y"}`)
	f.Fuzz(func(t *testing.T, text, jsonl string) {
		dir := t.TempDir()
		p := filepath.Join(dir, "d.txt")
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "d.statements.jsonl"), []byte(jsonl), 0o644); err != nil {
			t.Fatal(err)
		}
		g, err := LoadGold([]string{p})
		if err != nil {
			return
		}
		d := g.Docs[0]
		for _, st := range d.Statements {
			for _, s := range st.Content {
				if s.Start < 0 || s.End > len(d.text) {
					t.Fatalf("segment %v outside the text's %d characters", s, len(d.text))
				}
			}
		}
	})
}
