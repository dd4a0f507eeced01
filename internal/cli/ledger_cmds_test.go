package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// contestedDir holds two short articles: a US envoy says Russia agreed to a ceasefire, the Kremlin's
// spokesman denies it.
const contestedDir = "../claims/testdata/contested"

// runEnv runs a command line with the given environment variables.
func runEnv(t *testing.T, vars map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string { return vars[k] }, IsTerminal: func(io.Writer) bool { return false }}
	code := Run(context.Background(), env, args)
	return code, out.String(), errb.String()
}

// jsonLines decodes JSON Lines into maps.
func jsonLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var rows []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("%v in %q", err, l)
		}
		rows = append(rows, m)
	}
	return rows
}

func ingestContested(t *testing.T, extra ...string) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "ledger.db")
	args := append([]string{"ingest", "--db", db, "--quiet"}, extra...)
	args = append(args, filepath.Join(contestedDir, "envoy.txt"), filepath.Join(contestedDir, "kremlin.txt"))
	if code, out, errs := runCLI(t, "", args...); code != 0 {
		t.Fatalf("ingest exit %d: %s %s", code, out, errs)
	}
	return db
}

func str(m map[string]any, path ...string) string {
	var v any = m
	for _, k := range path {
		mm, ok := v.(map[string]any)
		if !ok {
			return ""
		}
		v = mm[k]
	}
	s, _ := v.(string)
	return s
}

// TestClaimsContested is the contradiction acceptance: `parley claims --contested` lists the envoy's claim
// and the spokesman's denial, each linked to the other.
func TestClaimsContested(t *testing.T) {
	db := ingestContested(t)
	code, out, errs := runCLI(t, "", "claims", "--db", db, "--contested", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("claims exit %d: %s", code, errs)
	}
	rows := jsonLines(t, out)
	ids := map[float64]map[string]any{}
	var witkoff, peskov []float64
	for _, r := range rows {
		id := r["id"].(float64)
		ids[id] = r
		switch str(r, "claimant", "name") {
		case "Steve Witkoff":
			witkoff = append(witkoff, id)
		case "Dmitry Peskov":
			peskov = append(peskov, id)
		}
		if str(r, "actor", "id") != "russia" || r["event"] != "AGREE" || str(r, "issue", "id") != "ceasefire" {
			t.Errorf("contested claim %v", r)
		}
	}
	if len(witkoff) != 1 || len(peskov) == 0 || len(rows) != len(witkoff)+len(peskov) {
		t.Fatalf("contested claims: Witkoff %v, Peskov %v, all %d:\n%s", witkoff, peskov, len(rows), out)
	}
	links := func(id float64) []float64 {
		var out []float64
		for _, v := range ids[id]["contradicts"].([]any) {
			out = append(out, v.(float64))
		}
		return out
	}
	for _, p := range peskov {
		if !slices.Contains(links(witkoff[0]), p) || !slices.Contains(links(p), witkoff[0]) {
			t.Errorf("Witkoff's claim %v and Peskov's %v are not linked both ways", witkoff[0], p)
		}
		if ids[p]["polarity"] != "-" {
			t.Errorf("Peskov's claim %v has polarity %v", p, ids[p]["polarity"])
		}
	}
	if ids[witkoff[0]]["polarity"] != "+" {
		t.Errorf("Witkoff's claim has polarity %v", ids[witkoff[0]]["polarity"])
	}

	// The table shows the link too, and so does reading the files without a ledger.
	_, table, _ := runCLI(t, "", "claims", "--db", db, "--contested", "--format", "table")
	if !strings.Contains(table, "contradicted by") || !strings.Contains(table, "Dmitry Peskov") || !strings.Contains(table, "Steve Witkoff") {
		t.Errorf("table:\n%s", table)
	}
	code, files, errs := runCLI(t, "", "claims", "--contested", "--format", "jsonl", contestedDir)
	if code != 0 || len(jsonLines(t, files)) != len(rows) {
		t.Errorf("claims of files: exit %d, %d rows, want %d: %s %s", code, len(jsonLines(t, files)), len(rows), files, errs)
	}
	// As of the envoy's day the denial is not yet published.
	_, out, _ = runCLI(t, "", "claims", "--db", db, "--contested", "--as-of", "2025-08-20", "--format", "jsonl")
	if strings.TrimSpace(out) != "" {
		t.Errorf("contested as of 2025-08-20:\n%s", out)
	}
}

// TestLedgerCommandsOnSeed runs every ledger command over the seed article.
func TestLedgerCommandsOnSeed(t *testing.T) {
	needSeed(t)
	raw, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "ledger.db")
	if code, out, errs := runCLI(t, "", "ingest", "--db", db, seedPath); code != 0 {
		t.Fatalf("ingest exit %d: %s %s", code, out, errs)
	}
	code, out, errs := runCLI(t, "", "claims", "--db", db, "--format", "jsonl", "--explain")
	if code != 0 {
		t.Fatalf("claims exit %d: %s", code, errs)
	}
	rows := jsonLines(t, out)
	if len(rows) < 10 {
		t.Fatalf("%d claims from the seed", len(rows))
	}
	found := false
	for _, r := range rows {
		for _, k := range []string{"doc", "actor", "event", "issue", "polarity", "mode", "claimant", "when", "text", "start", "end", "rule"} {
			if _, ok := r[k]; !ok {
				t.Errorf("claim lacks %q: %v", k, r)
			}
		}
		start, end := int(r["start"].(float64)), int(r["end"].(float64))
		if string(raw[start:end]) != r["text"] {
			t.Errorf("text %q is not raw[%d:%d] %q", r["text"], start, end, raw[start:end])
		}
		if str(r, "actor", "id") == "putin" && r["event"] == "AGREE" && str(r, "issue", "id") == "security-guarantees" {
			found = true
			if r["when"] != "2025-08-15" || str(r, "claimant", "name") != "Steve Witkoff" || r["polarity"] != "+" {
				t.Errorf("Putin agrees: %v", r)
			}
		}
	}
	if !found {
		t.Errorf("no claim that Putin agreed to security guarantees:\n%s", out)
	}
	_, out, _ = runCLI(t, "", "claims", "--db", db, "--actor", "putin", "--issue", "foreign-troops", "--format", "csv")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 2 || !strings.Contains(lines[1], "REJECT") || !strings.Contains(lines[1], "historical") {
		t.Errorf("csv of Putin on foreign troops:\n%s", out)
	}

	code, out, errs = runCLI(t, "", "positions", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("positions exit %d: %s", code, errs)
	}
	var zel map[string]any
	for _, p := range jsonLines(t, out) {
		if str(p, "actor", "id") == "zelenskyy" && str(p, "issue", "id") == "nato-membership" {
			zel = p
		}
	}
	if zel == nil || zel["stance"] != "agree" || zel["claims"].(float64) != 1 || zel["sources"].(float64) != 1 || len(zel["evidence"].([]any)) != 1 {
		t.Errorf("Zelenskyy on NATO membership: %v", zel)
	}
	_, out, _ = runCLI(t, "", "positions", "--db", db, "--format", "table", "--issue", "territory")
	if !strings.Contains(out, "no positions") {
		t.Errorf("positions on territory (only an agentless claim about Crimea):\n%s", out)
	}

	_, out, _ = runCLI(t, "", "timeline", "--db", db, "--issue", "security-guarantees", "--format", "jsonl")
	tl := jsonLines(t, out)
	if len(tl) < 3 || tl[0]["when"] != "2025-08-15" {
		t.Errorf("timeline of security guarantees starts %v (%d claims)", tl[0], len(tl))
	}
	_, out, _ = runCLI(t, "", "timeline", "--db", db, "--issue", "security-guarantees", "--as-of", "2025-08-17", "--format", "table")
	if !strings.Contains(out, "no claims") {
		t.Errorf("timeline as of the day before publication:\n%s", out)
	}
	if code, _, _ := runCLI(t, "", "timeline", "--db", db); code != 2 {
		t.Errorf("timeline without --issue: exit %d, want 2", code)
	}

	_, out, _ = runCLI(t, "", "brief", "--db", db)
	for _, want := range []string{"# Negotiation brief", "## Security guarantees for Ukraine", "Vladimir Putin", "## References", "1. "} {
		if !strings.Contains(out, want) {
			t.Errorf("brief lacks %q:\n%s", want, out)
		}
	}
	_, out, _ = runCLI(t, "", "brief", "--db", db, "--format", "html", "--issue", "foreign-troops")
	if !strings.Contains(out, "<h2>Foreign troops in Ukraine</h2>") || strings.Contains(out, "Security guarantees") {
		t.Errorf("html brief on foreign troops:\n%s", out)
	}

	_, out, _ = runCLI(t, "", "export", "--db", db, "--format", "plover")
	ev := jsonLines(t, out)
	if len(ev) != len(rows) {
		t.Errorf("export has %d records, claims %d", len(ev), len(rows))
	}
	for _, e := range ev {
		if e["event"] == "" || e["x_parley"] == nil || str(e, "x_parley", "claimant", "name") == "" {
			t.Errorf("PLOVER record %v", e)
		}
	}
	if code, _, _ := runCLI(t, "", "export", "--db", db, "--format", "cameo"); code != 1 {
		t.Errorf("export --format cameo: exit %d, want 1", code)
	}
}

// TestCodebookOptions: without a codebook actors are automatic; rederive with one resolves them; the
// environment names the codebook too.
func TestCodebookOptions(t *testing.T) {
	db := ingestContested(t, "--codebook", "none")
	_, out, _ := runCLI(t, "", "claims", "--db", db, "--format", "jsonl")
	for _, r := range jsonLines(t, out) {
		if id := str(r, "actor", "id"); id != "" && !strings.HasPrefix(id, "auto-") {
			t.Errorf("actor %q without a codebook", id)
		}
		if r["issue"] != nil {
			t.Errorf("issue %v without a codebook", r["issue"])
		}
	}
	code, out, errs := runCLI(t, "", "rederive", "--db", db)
	if code != 0 || !strings.Contains(out, "re-derived") {
		t.Fatalf("rederive exit %d: %s %s", code, out, errs)
	}
	_, out, _ = runCLI(t, "", "claims", "--db", db, "--contested", "--format", "jsonl")
	if len(jsonLines(t, out)) < 2 {
		t.Errorf("after rederive with the built-in codebook, contested claims:\n%s", out)
	}

	// PARLEY_CODEBOOK=none takes the codebook away again.
	code, _, errs = runEnv(t, map[string]string{"PARLEY_CODEBOOK": "none"}, "rederive", "--db", db, "--quiet")
	if code != 0 {
		t.Fatalf("rederive with PARLEY_CODEBOOK=none: exit %d %s", code, errs)
	}
	_, out, _ = runCLI(t, "", "claims", "--db", db, "--contested", "--format", "jsonl")
	if strings.TrimSpace(out) != "" {
		// Without issues the two claims still share actor and event, so they still contradict.
		for _, r := range jsonLines(t, out) {
			if r["issue"] != nil || !strings.HasPrefix(str(r, "actor", "id"), "auto-") {
				t.Errorf("after rederive without a codebook: %v", r)
			}
		}
	}
	if code, _, errs := runCLI(t, "", "claims", "--db", db, "--codebook", "/does/not/exist.yaml"); code != 1 || !strings.Contains(errs, "exist.yaml") {
		t.Errorf("missing codebook: exit %d, %s", code, errs)
	}
}

func TestCodebookCheckAndSuggest(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("name: bad\nactors:\n  - id: Putin\n    name: Vladimir Putin\n    kind: person\nissues: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", "codebook", "check", "../codebook/default.yaml", bad)
	if code != 1 {
		t.Errorf("check of a bad codebook: exit %d", code)
	}
	if !strings.Contains(out, "default.yaml: ok") {
		t.Errorf("good codebook not reported ok: %s", out)
	}
	if !strings.Contains(errs, "bad.yaml:3:") {
		t.Errorf("errors are not line-numbered: %s", errs)
	}
	if code, _, _ := runCLI(t, "", "codebook", "frobnicate"); code != 2 {
		t.Errorf("unknown subcommand: exit %d, want 2", code)
	}

	// Erdogan is quoted twice and not in the codebook.
	doc := filepath.Join(dir, "erdogan.txt")
	body := "published: 2025-08-20T09:00:00Z\n\nTurkey is ready to host talks, Recep Tayyip Erdogan said.\n" +
		"\"We offer Istanbul as a venue,\" Erdogan said. The grain corridor deal was discussed.\n" +
		"Officials said the grain corridor could reopen.\n"
	if err := os.WriteFile(doc, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "l.db")
	if code, out, errs := runCLI(t, "", "ingest", "--db", db, "--quiet", doc); code != 0 {
		t.Fatalf("ingest: %d %s %s", code, out, errs)
	}
	code, out, errs = runCLI(t, "", "codebook", "suggest", "--db", db, "--format", "json")
	if code != 0 {
		t.Fatalf("suggest exit %d: %s", code, errs)
	}
	var sug struct {
		Speakers []struct {
			Text  string
			Count int
		}
		Terms []struct{ Text string }
	}
	if err := json.Unmarshal([]byte(out), &sug); err != nil {
		t.Fatal(err)
	}
	if len(sug.Speakers) != 1 || !strings.Contains(sug.Speakers[0].Text, "Erdogan") || sug.Speakers[0].Count != 2 {
		t.Errorf("speaker suggestions %+v", sug.Speakers)
	}
	if !slices.ContainsFunc(sug.Terms, func(s struct{ Text string }) bool { return s.Text == "grain corridor" }) {
		t.Errorf("term suggestions %+v lack the grain corridor", sug.Terms)
	}
	if code, out, _ := runCLI(t, "", "codebook", "suggest", "--db", db, "--codebook", "none", "--format", "table"); code != 0 || !strings.Contains(out, "Erdogan") {
		t.Errorf("suggest without a codebook: exit %d\n%s", code, out)
	}
}
