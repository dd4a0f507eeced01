package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestGoldSetIsWellFormed checks every file of testdata/gold against the annotation guide in its README.
func TestGoldSetIsWellFormed(t *testing.T) {
	texts := ourGold(t)
	if len(texts) < 40 {
		t.Errorf("gold set has %d passages, want at least 40", len(texts))
	}
	known := []string{"speaker", "mention", "cue", "kind", "medium", "content", "start", "end", "optional"}
	for _, tp := range texts {
		name := filepath.Base(tp)
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(tp)
			if err != nil {
				t.Fatal(err)
			}
			text := string(raw)
			if !utf8.ValidString(text) {
				t.Fatal("text is not valid UTF-8")
			}
			doc, err := readText(t.Context(), tp)
			if err != nil {
				t.Fatal(err)
			}
			if doc.bodyStart() != 0 {
				t.Error("text opens with a `key: value` header; gold texts are plain bodies")
			}
			src, err := os.ReadFile(strings.TrimSuffix(tp, ".txt") + ".statements.jsonl")
			if err != nil {
				t.Fatal(err)
			}
			prevStart := -1
			for n, line := range lines(string(src)) {
				if strings.TrimSpace(line) == "" {
					t.Errorf("line %d is blank", n+1)
					continue
				}
				var m map[string]json.RawMessage
				if err := json.Unmarshal([]byte(line), &m); err != nil {
					t.Errorf("line %d: %v", n+1, err)
					continue
				}
				for k := range m {
					if !slices.Contains(known, k) {
						t.Errorf("line %d: unknown field %q", n+1, k)
					}
				}
				var st struct {
					Speaker, Mention, Kind string
					Cue, Medium            *string
					Content                any
					Start, End             *int
					Optional               *bool
				}
				dec := json.NewDecoder(bytes.NewReader([]byte(line)))
				if err := dec.Decode(&st); err != nil {
					t.Errorf("line %d: %v", n+1, err)
					continue
				}
				if st.Speaker == "" || st.Mention == "" {
					t.Errorf("line %d: speaker and mention must be non-empty", n+1)
				}
				if !strings.Contains(text, st.Mention) {
					t.Errorf("line %d: mention %q is not in the text", n+1, st.Mention)
				}
				if st.Cue == nil {
					t.Errorf("line %d: no cue (use \"\" for a continued quote)", n+1)
				} else if !strings.Contains(text, *st.Cue) {
					t.Errorf("line %d: cue %q is not in the text", n+1, *st.Cue)
				}
				if st.Medium != nil && *st.Medium == "" {
					t.Errorf("line %d: empty medium; leave it out instead", n+1)
				}
				if st.Optional != nil && !*st.Optional {
					t.Errorf("line %d: optional: false; leave it out instead", n+1)
				}
				if !slices.Contains([]string{"direct", "indirect", "mixed"}, st.Kind) {
					t.Errorf("line %d: kind %q", n+1, st.Kind)
				}

				// Locate the content in byte offsets: given, or as pieces.
				var segs [][2]int
				switch c := st.Content.(type) {
				case string:
					if st.Start == nil || st.End == nil {
						t.Errorf("line %d: a single content needs start and end", n+1)
						continue
					}
					s, e := *st.Start, *st.End
					if s < 0 || e > len(text) || s >= e || !utf8.RuneStart(text[s]) || (e < len(text) && !utf8.RuneStart(text[e])) {
						t.Errorf("line %d: start %d end %d are not character boundaries inside the text", n+1, s, e)
						continue
					}
					if text[s:e] != c {
						t.Errorf("line %d: text[%d:%d] = %q, content %q", n+1, s, e, text[s:e], c)
						continue
					}
					segs = [][2]int{{s, e}}
				case []any:
					if st.Start != nil || st.End != nil {
						t.Errorf("line %d: content given as pieces must not have start and end", n+1)
					}
					if len(c) < 2 {
						t.Errorf("line %d: pieces are for interrupted content; give one string instead", n+1)
					}
					from := max(prevStart, 0)
					for _, p := range c {
						ps, ok := p.(string)
						if !ok || ps == "" {
							t.Errorf("line %d: piece %v is not a non-empty string", n+1, p)
							continue
						}
						i := strings.Index(text[from:], ps)
						if i < 0 {
							t.Errorf("line %d: piece %q is not in the text after the previous statement", n+1, ps)
							continue
						}
						segs = append(segs, [2]int{from + i, from + i + len(ps)})
						from += i + len(ps)
					}
				default:
					t.Errorf("line %d: content must be a string or a list of pieces", n+1)
					continue
				}
				if len(segs) == 0 {
					continue
				}
				if segs[0][0] < prevStart {
					t.Errorf("line %d: statements must follow the text's order", n+1)
				}
				prevStart = segs[0][0]
				checkBoundaries(t, n+1, st.Kind, text, segs)
			}

			// The scorer must place every statement where this test did.
			g, err := LoadGold([]string{tp})
			if err != nil {
				t.Fatal(err)
			}
			for i, st := range g.Docs[0].Statements {
				for _, s := range st.Content {
					if s.Start < 0 || s.End > len(doc.text) || s.Start >= s.End {
						t.Errorf("statement %d: scorer located content at %v", i+1, s)
					}
				}
				if i > 0 && st.Content[0].Start < g.Docs[0].Statements[i-1].Content[0].Start {
					t.Errorf("statement %d: the scorer located it before the previous statement", i+1)
				}
			}
		})
	}
}

// checkBoundaries enforces the guide's content boundaries.
func checkBoundaries(t *testing.T, line int, kind, text string, segs [][2]int) {
	t.Helper()
	first, last := text[segs[0][0]:segs[0][1]], text[segs[len(segs)-1][0]:segs[len(segs)-1][1]]
	before, _ := utf8.DecodeLastRuneInString(text[:segs[0][0]])
	after, _ := utf8.DecodeRuneInString(text[segs[len(segs)-1][1]:])
	for _, s := range segs {
		p := text[s[0]:s[1]]
		if strings.TrimSpace(p) != p {
			t.Errorf("line %d: content %q has spaces at its ends", line, p)
		}
	}
	const openQuotes, closeQuotes = "“‘\"'", "”’\"'"
	switch kind {
	case "direct":
		if !strings.ContainsRune(openQuotes, before) {
			t.Errorf("line %d: direct content %q must start just inside a quote mark", line, first)
		}
		if !strings.ContainsRune(closeQuotes, after) && after != '\n' {
			t.Errorf("line %d: direct content %q must end just inside a quote mark (or at a paragraph end)", line, last)
		}
	case "indirect":
		for _, s := range segs {
			if p := text[s[0]:s[1]]; strings.ContainsAny(p, "“”\"") {
				t.Errorf("line %d: indirect content %q quotes words; it is mixed", line, p)
			}
		}
		if strings.HasSuffix(last, ".") || strings.HasSuffix(last, ",") {
			t.Errorf("line %d: indirect content %q must leave out the sentence's final punctuation", line, last)
		}
	case "mixed":
		all := text[segs[0][0]:segs[len(segs)-1][1]]
		if !strings.ContainsAny(all, "“”\"") {
			t.Errorf("line %d: mixed content %q quotes nothing; it is indirect", line, all)
		}
		if strings.HasSuffix(last, ".") {
			t.Errorf("line %d: mixed content %q must leave out the sentence's final period", line, last)
		}
	}
}

// TestGoldSetScoresPerfectly scores the gold set's own content spans and speakers as predictions.
func TestGoldSetScoresPerfectly(t *testing.T) {
	g, err := LoadGold(ourGold(t))
	if err != nil {
		t.Fatal(err)
	}
	var preds []Prediction
	for _, d := range g.Docs {
		for _, st := range d.Statements {
			p := Prediction{Doc: d.Path, Speaker: st.Speaker, Content: &PredSpan{}}
			for _, s := range st.Content {
				p.Content.Spans = append(p.Content.Spans, [2]int{d.ByteOffset(s.Start), d.ByteOffset(s.End)})
			}
			preds = append(preds, p)
		}
	}
	res, err := Score(g, preds)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Roles) != 1 || res.Roles[0].Role != "content" {
		t.Fatalf("roles %+v, want content only (JSONL gold has no source or cue spans)", res.Roles)
	}
	c := res.Roles[0]
	if c.Exact.P != 1 || c.Exact.R != 1 || c.Token.F1 != 1 {
		t.Errorf("gold scored against itself: %s", res.Report())
	}
	if acc, ok := res.SpeakerAccuracy(); !ok || acc != 1 {
		t.Errorf("speaker accuracy %v %v, want 1", acc, ok)
	}
}
