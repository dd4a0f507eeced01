package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// These tests run the reference script and require the Go port to print the same thing.

func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
}

func sharedDir(t testing.TB) string { return filepath.Join(repoRoot(t), "..", "shared") }

// seedGold is the shared seed article, or a skip when this checkout has no ../shared.
func seedGold(t testing.TB) string {
	p := filepath.Join(sharedDir(t), "seed", "000_ede8f8dea4cc4353.txt")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("seed gold absent: %v", err)
	}
	return p
}

// script returns the command that runs the reference scorer, or skips.
func script(t testing.TB) []string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed: cannot compare with score-attributions")
	}
	s := filepath.Join(sharedDir(t), "tools", "score-attributions")
	if _, err := os.Stat(s); err != nil {
		t.Skipf("reference script absent: %v", err)
	}
	return []string{py, s}
}

func runScript(t *testing.T, gold []string, pred string, asJSON bool) string {
	t.Helper()
	args := append(script(t)[1:], gold...)
	args = append(args, "--pred", pred)
	if asJSON {
		args = append(args, "--json")
	}
	cmd := exec.Command(script(t)[0], args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score-attributions %v: %v\n%s", args, err, stderr.String())
	}
	return string(out)
}

func runGo(t *testing.T, gold []string, pred string) Result {
	t.Helper()
	g, err := LoadGold(gold)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(pred)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	preds, err := ReadPredictions(f)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Score(g, preds)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// compare checks the text report (whose last line is the summary) and the --json output.
func compare(t *testing.T, gold []string, pred string) {
	t.Helper()
	res := runGo(t, gold, pred)
	want := runScript(t, gold, pred, false)
	t.Logf("script:\n%s", want)
	if got := res.Report(); got != want {
		t.Errorf("report differs from the script's\n got:\n%s\nwant:\n%s", got, want)
	}
	lines := strings.Split(strings.TrimSuffix(want, "\n"), "\n")
	if got := res.Summary(); got != lines[len(lines)-1] {
		t.Errorf("summary %q, script %q", got, lines[len(lines)-1])
	}
	if got, want := res.JSON()+"\n", runScript(t, gold, pred, true); got != want {
		t.Errorf("JSON differs from the script's\n got: %s\nwant: %s", got, want)
	}
}

func TestMatchesScriptOnSeed(t *testing.T) {
	gold := []string{seedGold(t)}
	for _, name := range []string{"seed_perfect", "seed_missing", "seed_offsets", "seed_optional", "seed_interrupted"} {
		t.Run(name, func(t *testing.T) { compare(t, gold, filepath.Join("testdata", name+".jsonl")) })
	}
}

func TestMatchesScriptOnBrat(t *testing.T) {
	for _, name := range []string{"brat_perfect", "brat_mixed"} {
		t.Run(name, func(t *testing.T) {
			compare(t, []string{filepath.Join("testdata", "brat")}, filepath.Join("testdata", name+".jsonl"))
		})
	}
}

// ourGold lists the .txt files of the repository's gold set.
func ourGold(t testing.TB) []string {
	paths, err := filepath.Glob(filepath.Join(repoRoot(t), "testdata", "gold", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no gold texts under testdata/gold: %v", err)
	}
	return paths
}

func TestMatchesScriptOnOurGold(t *testing.T) {
	gold := ourGold(t)
	g, err := LoadGold(gold)
	if err != nil {
		t.Fatal(err)
	}
	for seed := range uint64(3) {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			compare(t, gold, writePerturbed(t, g, seed))
		})
	}
}

func TestMatchesScriptOnPolNeAR(t *testing.T) {
	dir := filepath.Join(repoRoot(t), ".polnear", "data", "dev")
	if _, err := os.Stat(filepath.Join(dir, "attributions")); err != nil {
		t.Skipf("PolNeAR dev set absent: %v", err)
	}
	if testing.Short() {
		t.Skip("PolNeAR comparison is slow")
	}
	script(t)
	g, err := LoadGold([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Docs) < 10 {
		t.Fatalf("only %d PolNeAR documents loaded", len(g.Docs))
	}
	compare(t, []string{dir}, writePerturbed(t, g, 7))
}

// writePerturbed writes predictions derived from the gold set with deterministic damage: dropped statements,
// shifted and widened boundaries, pieces merged, roles missing, wrong speakers, spurious spans.
func writePerturbed(t *testing.T, g *Gold, seed uint64) string {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	span := func(d *GoldDoc, segs []Segment, pieces bool) map[string]any {
		n := len(d.text)
		clamp := func(x int) int { return min(max(x, 0), n) }
		m := map[string]any{"start": d.ByteOffset(clamp(segs[0].Start)), "end": d.ByteOffset(clamp(segs[len(segs)-1].End))}
		if pieces && len(segs) > 1 {
			var ps [][2]int
			for _, s := range segs {
				ps = append(ps, [2]int{d.ByteOffset(clamp(s.Start)), d.ByteOffset(clamp(s.End))})
			}
			m["spans"] = ps
		}
		return m
	}
	for _, d := range g.Docs {
		var speakers []string
		for _, st := range d.Statements {
			if st.Speaker != "" {
				speakers = append(speakers, st.Speaker)
			}
		}
		for _, st := range d.Statements {
			if rng.IntN(8) == 0 {
				continue
			}
			rec := map[string]any{"doc": d.Name, "kind": "indirect"}
			spans := map[string][]Segment{"source": st.Source, "cue": st.Cue, "content": st.Content}
			for _, role := range roles {
				segs := append([]Segment(nil), spans[role]...)
				if segs == nil || (role != "content" && rng.IntN(10) == 0) {
					rec[role] = nil
					continue
				}
				switch rng.IntN(6) {
				case 0:
					segs[0].Start += rng.IntN(7) - 3
				case 1:
					segs[len(segs)-1].End += rng.IntN(7) - 3
				case 2:
					segs[0].Start -= rng.IntN(3) // quote marks and spaces are trimmed away
					segs[len(segs)-1].End += rng.IntN(3)
				}
				rec[role] = span(d, segs, rng.IntN(2) == 0)
			}
			switch rng.IntN(5) {
			case 0:
				rec["speaker"] = nil
			case 1:
				if len(speakers) > 0 {
					rec["speaker"] = speakers[rng.IntN(len(speakers))]
				}
			case 2:
				rec["speaker"] = map[string]any{"name": "Mr " + st.Speaker}
			default:
				rec["speaker"] = map[string]any{"name": st.Speaker}
			}
			if err := enc.Encode(rec); err != nil {
				t.Fatal(err)
			}
		}
		for range rng.IntN(3) { // spurious predictions
			s := rng.IntN(len(d.text) + 1)
			e := min(len(d.text), s+rng.IntN(80))
			if err := enc.Encode(map[string]any{"doc": d.Name + ".txt", "content": span(d, []Segment{{s, e}}, false), "speaker": "Nobody"}); err != nil {
				t.Fatal(err)
			}
		}
	}
	p := filepath.Join(t.TempDir(), "pred.jsonl")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestHelpersMatchPython feeds awkward strings to the script's own norm_name, same_speaker and tokens.
func TestHelpersMatchPython(t *testing.T) {
	cmd := script(t)
	names := []string{"Steve Witkoff", "US envoy Steve Witkoff", "Mr. Witkoff", "the U.K. Government", "UK Government",
		"İstanbul mayor", "ΟΔΥΣΣΕΑΣ", "Οδυσσέας", "ΣΑΣ", "O'Brien", "Jean-Luc Mélenchon", "mélenchon", "", "   ",
		"The", "president", "Dr Ng\u00a0Eng Hen", "Zelenskyy", "Volodymyr Zelenskyy", "x_y", "Łukasz Źdźbło",
		"ŞAHİN", "Ahmed\u200bAli", "A\u0301B", "\u1c90\u10d0", "the\x1cunion"}
	texts := []string{"He said: “We agreed, didn’t we?” — 5-like protection… (MoD) x_y 3.5% café", "\t\u00a0naïve İS\x1c٣٤ ½ ①\x1f", "Ω≈ç√∫˜µ≤≥÷ 日本語のテキスト 한국어"}
	in, _ := json.Marshal(map[string]any{"names": names, "texts": texts})
	prog := `
import importlib.machinery, importlib.util, json, sys
loader = importlib.machinery.SourceFileLoader("sa", sys.argv[1])
spec = importlib.util.spec_from_loader("sa", loader); m = importlib.util.module_from_spec(spec); loader.exec_module(m)
d = json.load(sys.stdin)
print(json.dumps({
  "norm": [m.norm_name(n) for n in d["names"]],
  "same": [[m.same_speaker(a, b) for b in d["names"]] for a in d["names"]],
  "tokens": [[sorted(m.tokens(t, [(s, e)])) for s in range(len(t) + 1) for e in range(s, len(t) + 1, 7)] for t in d["texts"]],
  "trim": [[list(m.trim(t, s, len(t) - s)) for s in range(len(t) // 2)] for t in d["texts"]],
}))`
	c := exec.Command(cmd[0], "-c", prog, cmd[1])
	c.Stdin = bytes.NewReader(in)
	out, err := c.Output()
	if err != nil {
		t.Fatalf("python helper: %v", err)
	}
	var want struct {
		Norm   [][]string
		Same   [][]bool
		Tokens [][][]int
		Trim   [][][2]int
	}
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, n := range names {
		got := normName(n)
		if strings.Join(got, "|") != strings.Join(want.Norm[i], "|") || len(got) != len(want.Norm[i]) {
			t.Errorf("normName(%q) = %q, Python %q", n, got, want.Norm[i])
		}
		for j, m := range names {
			if got := sameSpeaker(n, m); got != want.Same[i][j] {
				t.Errorf("sameSpeaker(%q, %q) = %v, Python %v", n, m, got, want.Same[i][j])
			}
		}
	}
	for i, s := range texts {
		rs := []rune(s)
		k := 0
		for a := 0; a <= len(rs); a++ {
			for e := a; e <= len(rs); e += 7 {
				got := sortedKeys(tokens(rs, []seg{{a, e}}))
				if fmt.Sprint(got) != fmt.Sprint(want.Tokens[i][k]) && !(len(got) == 0 && len(want.Tokens[i][k]) == 0) {
					t.Errorf("tokens(%q, %d, %d) = %v, Python %v", s, a, e, got, want.Tokens[i][k])
				}
				k++
			}
		}
		for a := 0; a < len(rs)/2; a++ {
			if got := trim(rs, seg{a, len(rs) - a}); got.s != want.Trim[i][a][0] || got.e != want.Trim[i][a][1] {
				t.Errorf("trim(%q, %d, %d) = %v, Python %v", s, a, len(rs)-a, got, want.Trim[i][a])
			}
		}
	}
}
