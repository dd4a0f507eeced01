package analyze

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/eval"
	"github.com/parley-ledger/parley/internal/ingest"
)

// scoreGold runs the pipeline over gold .txt files and scores it as score-attributions does.
func scoreGold(t *testing.T, paths []string, opt attrib.Options) eval.Result {
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
