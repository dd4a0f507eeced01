package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-ledger/parley/internal/eval"
)

const seedPath = "../../../shared/seed/000_ede8f8dea4cc4353.txt"

// runCLI runs a command line with buffers for I/O and returns its exit status, stdout and stderr.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Getenv: func(string) string { return "" }, IsTerminal: func(io.Writer) bool { return false }}
	code := Run(context.Background(), env, args)
	return code, out.String(), errb.String()
}

func needSeed(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(seedPath); err != nil {
		t.Skipf("seed article not found beside the repo: %v", err)
	}
}

// TestSeedAcceptance is issue 2's acceptance on the seed: extraction scored with the shared scorer's rules,
// and the ledger after ingesting the seed twice.
func TestSeedAcceptance(t *testing.T) {
	needSeed(t)
	code, out, errs := runCLI(t, "", "extract", "--format", "jsonl", seedPath)
	if code != 0 {
		t.Fatalf("extract exit %d: %s", code, errs)
	}
	gold, err := eval.LoadGold([]string{seedPath})
	if err != nil {
		t.Fatal(err)
	}
	preds, err := eval.ReadPredictions(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	res, err := eval.Score(gold, preds)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(res.Summary())
	for _, r := range res.Roles {
		if r.Role == "content" && r.Exact.F1 < 0.90 {
			t.Errorf("seed content exact F1 = %.3f, want >= 0.90", r.Exact.F1)
		}
	}
	if acc, ok := res.SpeakerAccuracy(); !ok || acc != 1 {
		t.Errorf("seed speaker accuracy = %.3f (found %v), want 1.00", acc, ok)
	}

	db := filepath.Join(t.TempDir(), "ledger.db")
	for i := 0; i < 2; i++ {
		if code, out, errs := runCLI(t, "", "ingest", "--db", db, seedPath); code != 0 {
			t.Fatalf("ingest #%d exit %d: %s %s", i+1, code, out, errs)
		}
	}
	code, out, _ = runCLI(t, "", "statements", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("statements exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 12 || len(lines) > 16 {
		t.Errorf("seed ingested twice stores %d statements, want 12-16", len(lines))
	}
	witkoff := 0
	for _, l := range lines {
		var r record
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		if r.Speaker != nil && strings.Contains(r.Speaker.Name, "Witkoff") {
			witkoff++
		}
	}
	if witkoff < 5 || witkoff > 7 {
		t.Errorf("Witkoff statements = %d, want 5-7", witkoff)
	}
	_, out, _ = runCLI(t, "", "statements", "--db", db, "--speaker", "Witkoff", "--format", "jsonl")
	if n := strings.Count(out, "\n"); n != witkoff {
		t.Errorf("statements --speaker Witkoff = %d rows, want %d", n, witkoff)
	}
	_, out, _ = runCLI(t, "", "statements", "--db", db, "--search", "Article 5-like", "--format", "jsonl")
	if !strings.Contains(out, "Witkoff") {
		t.Errorf("full-text search for 'Article 5-like' did not find Witkoff's statement: %s", out)
	}
	_, out, _ = runCLI(t, "", "actors", "--db", db, "--format", "table")
	for _, name := range []string{"Steve Witkoff", "Ministry of Defence", "Volodymyr Zelenskyy"} {
		if !strings.Contains(out, name) {
			t.Errorf("actors table lacks %q:\n%s", name, out)
		}
	}
	// The statements table names speakers as the actors list does (the codebook's names), not as the
	// article did ("Trump", "the Ministry of Defence"); the JSON keeps both.
	_, out, _ = runCLI(t, "", "statements", "--db", db, "--format", "table")
	for _, name := range []string{"Donald Trump ", "UK Ministry of Defe"} {
		if !strings.Contains(out, name) {
			t.Errorf("statements table lacks %q:\n%s", name, out)
		}
	}
	_, out, _ = runCLI(t, "", "statements", "--db", db, "--speaker", "Trump", "--format", "jsonl")
	if !strings.Contains(out, `"speaker":{"name":"Trump"`) || !strings.Contains(out, `"actor":{"id":"donald trump","name":"Donald Trump"}`) {
		t.Errorf("statements JSON lacks the speaker as written or the actor:\n%.400s", out)
	}
	if code, out, errs := runCLI(t, "", "check", "--db", db); code != 0 || !strings.HasPrefix(out, "ok:") {
		t.Errorf("check: exit %d %s %s", code, out, errs)
	}
}

// TestIngestRefusesBadFilesButKeepsGoing: a bad file is named, the good ones still go in, the exit says so.
func TestIngestRefusesBadFilesButKeepsGoing(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte("The union said it would strike on Monday.\n"))
	bin := write("binary.txt", []byte("\x00\x01\x02\x03binary\x00\x00"))
	empty := write("empty.txt", nil)
	bad := write("latin1.txt", []byte("Caf\xe9 owners said prices rose.\n"))
	db := filepath.Join(dir, "l.db")
	code, out, errs := runCLI(t, "", "ingest", "--db", db, good, bin, empty, bad, filepath.Join(dir, "missing.txt"))
	if code != 1 {
		t.Errorf("exit %d, want 1 when inputs were refused", code)
	}
	for _, name := range []string{"binary.txt", "empty.txt", "latin1.txt", "missing.txt"} {
		if !strings.Contains(errs, name) {
			t.Errorf("stderr does not name %s:\n%s", name, errs)
		}
	}
	if !strings.Contains(out, "1 new") {
		t.Errorf("the good file was not stored: %s", out)
	}
	_, out, _ = runCLI(t, "", "statements", "--db", db, "--format", "jsonl")
	if !strings.Contains(out, "would strike on Monday") {
		t.Errorf("statement of the good file missing: %s", out)
	}
}

func TestIngestStdinAndSizeLimit(t *testing.T) {
	db := filepath.Join(t.TempDir(), "l.db")
	code, _, errs := runCLI(t, "Officials said the talks had stalled.\n", "ingest", "--db", db, "-")
	if code != 0 {
		t.Fatalf("stdin ingest exit %d: %s", code, errs)
	}
	code, _, errs = runCLI(t, strings.Repeat("word ", 100), "ingest", "--db", db, "--max-bytes", "50", "-")
	if code != 1 || !strings.Contains(errs, "--max-bytes") {
		t.Errorf("over-limit stdin: exit %d, stderr %q", code, errs)
	}
}

func TestExtractFormats(t *testing.T) {
	needSeed(t)
	code, out, _ := runCLI(t, "", "extract", "--format", "table", "--explain", seedPath)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if n := len([]rune(line)); n > 100 {
			t.Errorf("table line is %d columns wide: %q", n, line)
		}
	}
	if !strings.Contains(out, "rule leading:say") {
		t.Errorf("--explain shows no rule:\n%s", out)
	}
	code, out, _ = runCLI(t, "", "extract", "--format", "csv", seedPath)
	if code != 0 || !strings.HasPrefix(out, "doc,published,kind,speaker") {
		t.Errorf("csv: exit %d, %q", code, out[:min(len(out), 80)])
	}
	if code, _, errs := runCLI(t, "", "extract", "--format", "xml", seedPath); code == 0 || !strings.Contains(errs, "xml") {
		t.Errorf("bad format accepted: %d %s", code, errs)
	}
}

func TestUnknownCommand(t *testing.T) {
	if code, _, errs := runCLI(t, "", "frobnicate"); code != 2 || !strings.Contains(errs, "frobnicate") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestCheckRefusesMissingLedger(t *testing.T) {
	db := filepath.Join(t.TempDir(), "missing.db")
	code, _, errs := runCLI(t, "", "check", "--db", db)
	if code != 1 || !strings.Contains(errs, "no ledger at") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("check created the ledger it was asked to verify")
	}
}
