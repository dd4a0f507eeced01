package eval

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden reports under testdata/")

func TestScoreByHand(t *testing.T) {
	// Text: `Ana said “sí”, no.`; gold content “sí” (characters 9..13, bytes 9..18) spoken by Ana, and "no"
	// (characters 15..17, bytes 20..22) optional.
	g := &Gold{}
	g.add(testDoc())
	span := func(s, e int) *PredSpan { return &PredSpan{Start: s, End: e} }
	for _, tc := range []struct {
		name  string
		preds []Prediction
		want  string
	}{
		{"exact with quote marks trimmed", []Prediction{{Doc: "d", Content: span(9, 18), Speaker: "Ms Ana"}},
			"content   exact P 1.000 R 1.000 F1 1.000   token P 1.000 R 1.000 F1 1.000   (gold 1, pred 1)\n" +
				"speaker   accuracy on found statements 1.000\n" +
				"summary: content_exact_f1=1.000 content_token_f1=1.000 speaker_acc=1.000\n"},
		{"optional prediction counts neither way", []Prediction{{Doc: "d.txt", Content: span(20, 22)}, {Doc: "x/d", Content: span(12, 15), Speaker: "Bob"}},
			// "sí" matched, the optional "no" is not a prediction; the wrong speaker is found but wrong.
			"content   exact P 1.000 R 1.000 F1 1.000   token P 1.000 R 1.000 F1 1.000   (gold 1, pred 1)\n" +
				"speaker   accuracy on found statements 0.000\n" +
				"summary: content_exact_f1=1.000 content_token_f1=1.000 speaker_acc=0.000\n"},
		{"wide span and spurious", []Prediction{{Doc: "d", Content: span(0, 23)}, {Doc: "d", Content: span(0, 3)}},
			// Two predictions, no exact match; tokens Ana said sí no (the optional "no" not counted) + Ana again.
			"content   exact P 0.000 R 0.000 F1 0.000   token P 0.333 R 1.000 F1 0.500   (gold 1, pred 2)\n" +
				"speaker   accuracy on found statements 0.000\n" +
				"summary: content_exact_f1=0.000 content_token_f1=0.500 speaker_acc=0.000\n"},
		{"other documents ignored", []Prediction{{Doc: "e", Content: span(9, 18)}, {Doc: "d", Source: span(0, 3)}},
			"content   exact P 0.000 R 0.000 F1 0.000   token P 0.000 R 0.000 F1 0.000   (gold 1, pred 0)\n" +
				"summary: content_exact_f1=0.000 content_token_f1=0.000\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Score(g, tc.preds)
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Report(); got != tc.want {
				t.Errorf("report\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestScoreRejectsOffsetsInsideCharacters(t *testing.T) {
	g := &Gold{}
	g.add(testDoc())
	for _, p := range []Prediction{
		{Doc: "d", Content: &PredSpan{Start: 10, End: 14}, Line: 3},                          // inside “
		{Doc: "d", Content: &PredSpan{Start: 9, End: 17, Spans: [][2]int{{9, 99}}}, Line: 3}, // past the end
		{Doc: "d", Cue: &PredSpan{Start: -1, End: 2}, Content: &PredSpan{Start: 9, End: 17}, Line: 3},
	} {
		_, err := Score(g, []Prediction{p})
		if err == nil || !strings.Contains(err.Error(), "line 3") || !strings.Contains(err.Error(), "not on UTF-8 character boundaries of d") {
			t.Errorf("Score(%+v): %v", p, err)
		}
	}
	ps, err := ReadPredictions(strings.NewReader(`{"doc": "d", "content": {"start": "9", "end": 17}}` + "\n" + `{"doc": "e", "content": {"start": "9", "end": 17}}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Score(g, ps[1:]); err != nil {
		t.Errorf("a bad line for a document outside the gold set: %v", err)
	}
	if _, err := Score(g, ps); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("a bad line for a gold document: %v", err)
	}
}

func TestEmptyResult(t *testing.T) {
	var r Result
	if got := r.Report(); got != "summary: \n" {
		t.Errorf("empty report %q", got)
	}
	if got := r.JSON(); got != "{}" {
		t.Errorf("empty JSON %q", got)
	}
}

// TestReportsGolden keeps the reports on the hand-written predictions, so that a change shows even where the
// reference script cannot run. TestMatchesScriptOn* check the same reports against the script.
func TestReportsGolden(t *testing.T) {
	type tc struct {
		name string
		gold func(t *testing.T) []string
	}
	seed := func(t *testing.T) []string { return []string{seedGold(t)} }
	brat := func(*testing.T) []string { return []string{filepath.Join("testdata", "brat")} }
	for _, c := range []tc{
		{"seed_perfect", seed}, {"seed_missing", seed}, {"seed_offsets", seed}, {"seed_optional", seed},
		{"seed_interrupted", seed}, {"brat_perfect", brat}, {"brat_mixed", brat},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := runGo(t, c.gold(t), filepath.Join("testdata", c.name+".jsonl"))
			got := res.Report() + res.JSON() + "\n"
			golden := filepath.Join("testdata", c.name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("report\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func BenchmarkScorePolNeAR(b *testing.B) {
	dir := filepath.Join(repoRoot(b), ".polnear", "data", "dev")
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("PolNeAR dev set absent: %v", err)
	}
	g, err := LoadGold([]string{dir})
	if err != nil {
		b.Fatal(err)
	}
	var preds []Prediction
	for _, d := range g.Docs {
		for _, st := range d.Statements {
			preds = append(preds, Prediction{Doc: d.Name, Content: &PredSpan{Start: d.ByteOffset(st.Content[0].Start), End: d.ByteOffset(st.Content[0].End)}})
		}
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := Score(g, preds); err != nil {
			b.Fatal(err)
		}
	}
}
