package analyze

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/eval"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/text"
)

// scoreGold runs the pipeline over gold .txt files and scores it as score-attributions does.
func scoreGold(t *testing.T, paths []string, opt attrib.Options) eval.Result {
	t.Helper()
	return score(t, paths, opt, false)
}

// scoreGoldRoles scores source and cue spans too, for brat gold that has them.
func scoreGoldRoles(t *testing.T, paths []string, opt attrib.Options) eval.Result {
	t.Helper()
	return score(t, paths, opt, true)
}

func predSpan(sp *text.Span) *eval.PredSpan {
	if sp == nil {
		return nil
	}
	return &eval.PredSpan{Start: sp.Start, End: sp.End}
}

func score(t *testing.T, paths []string, opt attrib.Options, roles bool) eval.Result {
	t.Helper()
	gold, err := eval.LoadGold(paths)
	if err != nil {
		t.Fatal(err)
	}
	p := New(opt)
	var preds []eval.Prediction
	for _, gd := range gold.Docs {
		doc, err := ingest.Parse(gd.Name, gd.Path, []byte(gd.Text()))
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range p.Document(doc).Statements {
			pr := eval.Prediction{Doc: gd.Name, Speaker: st.Speaker, Kind: string(st.Kind),
				Content: &eval.PredSpan{Start: st.Content.Start, End: st.Content.End}}
			if roles {
				pr.Source, pr.Cue = predSpan(st.Source), predSpan(st.Cue)
			}
			for _, pc := range st.Pieces {
				pr.Content.Spans = append(pr.Content.Spans, [2]int{pc.Start, pc.End})
			}
			preds = append(preds, pr)
		}
	}
	res, err := eval.Score(gold, preds)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestOwnGoldSet holds extraction to its figures on our annotated passages (testdata/gold): content found at
// exact boundaries and speakers resolved. The floors are the figures reached, less a small margin.
func TestOwnGoldSet(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/gold/*.txt")
	if len(paths) < 30 {
		t.Fatalf("gold set has %d passages, want at least 30", len(paths))
	}
	res := scoreGold(t, paths, attrib.Options{})
	t.Log(res.Summary())
	content := res.Roles[len(res.Roles)-1]
	if content.Role != "content" || content.Exact.F1 < 0.85 || content.Token.F1 < 0.92 {
		t.Errorf("content exact F1 %.3f token F1 %.3f, want >= 0.85 and >= 0.92", content.Exact.F1, content.Token.F1)
	}
	if acc, ok := res.SpeakerAccuracy(); !ok || acc < 0.90 {
		t.Errorf("speaker accuracy %.3f, want >= 0.90", acc)
	}
}

func TestSeedGold(t *testing.T) {
	paths, _ := filepath.Glob("../../../shared/seed/*.txt")
	if len(paths) == 0 {
		t.Skip("seed not present")
	}
	res := scoreGold(t, paths, attrib.Options{})
	t.Log(res.Summary())
	if c := res.Roles[0]; c.Exact.F1 < 0.90 {
		t.Errorf("seed content exact F1 %.3f, want >= 0.90", c.Exact.F1)
	}
	if acc, _ := res.SpeakerAccuracy(); acc != 1 {
		t.Errorf("seed speaker accuracy %.3f, want 1", acc)
	}
	if !strings.Contains(res.Summary(), "speaker_acc=1.000") {
		t.Errorf("summary %q", res.Summary())
	}
}

// TestPolNeARDev scores PolNeAR dev with PolNeAR's conventions when the corpus is present (it is never
// committed; see DEVELOPERS.md) and holds each role to the figures reached, less a margin.
func TestPolNeARDev(t *testing.T) {
	dir := filepath.Join("..", "..", ".polnear", "data", "dev")
	if _, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann")); err != nil {
		t.Fatal(err)
	}
	if m, _ := filepath.Glob(filepath.Join(dir, "attributions", "*.ann")); len(m) == 0 {
		t.Skip("PolNeAR dev not present at .polnear/data/dev (see DEVELOPERS.md)")
	}
	res := scoreGoldRoles(t, []string{dir}, attrib.PolNeAR)
	t.Log(res.Summary())
	floor := map[string]float64{"source": 0.762, "cue": 0.712, "content": 0.609}
	for _, r := range res.Roles {
		if r.Exact.F1 < floor[r.Role] {
			t.Errorf("%s exact F1 %.3f fell below %.3f", r.Role, r.Exact.F1, floor[r.Role])
		}
	}
}

// TestDumpSplit writes the pipeline's predictions on a PolNeAR split as extract's JSON Lines, for error
// analysis while tuning: PARLEY_DUMP_SPLIT=train PARLEY_DUMP=/tmp/train.jsonl go test -run TestDumpSplit.
func TestDumpSplit(t *testing.T) {
	split, out := os.Getenv("PARLEY_DUMP_SPLIT"), os.Getenv("PARLEY_DUMP")
	if split == "" || out == "" || split == "test" {
		t.Skip("set PARLEY_DUMP_SPLIT (train or dev) and PARLEY_DUMP to write predictions")
	}
	paths, _ := filepath.Glob(filepath.Join("..", "..", ".polnear", "data", split, "text", "*.txt"))
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	p := New(attrib.PolNeAR)
	type span struct {
		Start int      `json:"start"`
		End   int      `json:"end"`
		Spans [][2]int `json:"spans,omitempty"`
	}
	conv := func(sp *text.Span) *span {
		if sp == nil {
			return nil
		}
		return &span{Start: sp.Start, End: sp.End}
	}
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ingest.Parse("", path, raw)
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range p.Document(doc).Statements {
			c := conv(&st.Content)
			if len(st.Pieces) > 1 {
				for _, pc := range st.Pieces {
					c.Spans = append(c.Spans, [2]int{pc.Start, pc.End})
				}
			}
			if err := enc.Encode(map[string]any{"doc": doc.Name, "source": conv(st.Source), "cue": conv(st.Cue), "content": c, "rule": st.Rule}); err != nil {
				t.Fatal(err)
			}
		}
	}
}
