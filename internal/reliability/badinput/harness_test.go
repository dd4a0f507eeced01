package badinput

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver, to read a PostgreSQL ledger
	_ "modernc.org/sqlite"             // the "sqlite" driver, to read a SQLite ledger

	"github.com/parley-ledger/parley/internal/cli"
	"github.com/parley-ledger/parley/internal/store"
	"github.com/parley-ledger/parley/internal/store/pgtest"
)

// childEnv, set to "1", makes the test binary run as `parley` with its arguments: the tests start it as a
// subprocess so that a hang can be stopped and its peak memory read from the kernel.
const childEnv = "PARLEY_BADINPUT_CHILD"

// rssEnv names the file where a child writes its peak resident set ("VmHWM:  123456 kB", Linux only) as it
// exits. The kernel's own account of a child (wait4's ru_maxrss) cannot be used: a child started from a
// large test process inherits that process's high-water mark at exec.
const rssEnv = "PARLEY_BADINPUT_RSS_FILE"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		code := cli.Run(ctx, cli.OSEnv(), os.Args[1:])
		stop()
		if p := os.Getenv(rssEnv); p != "" {
			writePeakRSS(p)
		}
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// writePeakRSS copies the VmHWM line of /proc/self/status to path; elsewhere than on Linux it writes nothing.
func writePeakRSS(path string) {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return
	}
	for l := range strings.Lines(string(status)) {
		if strings.HasPrefix(l, "VmHWM:") {
			os.WriteFile(path, []byte(l), 0o644)
		}
	}
}

// readPeakRSS reads what writePeakRSS wrote, in bytes; 0 when nothing was.
func readPeakRSS(path string) int64 {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	f := strings.Fields(strings.TrimPrefix(string(b), "VmHWM:"))
	if len(f) != 2 || f[1] != "kB" {
		return 0
	}
	kb, err := strconv.ParseInt(f[0], 10, 64)
	if err != nil {
		return 0
	}
	return kb << 10
}

// longMode reports whether the full-size runs were asked for: PARLEY_LONG=1 and not -short.
func longMode() bool { return !testing.Short() && os.Getenv("PARLEY_LONG") == "1" }

// seedPath is the seed article every test ledger starts with.
var seedPath = filepath.Join("..", "..", "..", "..", "shared", "seed", "000_ede8f8dea4cc4353.txt")

// corpus is testdata/bad at the repository root.
var corpus = filepath.Join("..", "..", "..", "testdata", "bad")

// Bounds of one parley run. Reaching a timeout means a hang, not slowness: the runs measured take a fraction
// of it (docs/RELIABILITY.md, "Bad input").
const (
	hangTimeout = 60 * time.Second
	// smallRSS bounds the peak resident memory of a run over an input of at most a few MB; the process
	// itself (runtime, codebook, SQLite) takes about 40 MB.
	smallRSS = 256 << 20
)

// run is one finished parley subprocess.
type run struct {
	code           int
	stdout, stderr string
	took           time.Duration
	maxRSS         int64 // peak resident set in bytes, 0 where the platform does not say (not Linux)
}

// parley runs the test binary as `parley args...` with timeout as the hang bound, and fails the test on a
// hang. The environment is the test's without settings that would point parley elsewhere.
func parley(t *testing.T, timeout time.Duration, args ...string) run {
	t.Helper()
	return parleyStdin(t, timeout, nil, args...)
}

// parleyStdin is parley with stdin as the subprocess's standard input.
func parleyStdin(t *testing.T, timeout time.Duration, stdin io.Reader, args ...string) run {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], args...)
	cmd.Stdin = stdin
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	rssFile := filepath.Join(t.TempDir(), "rss")
	cmd.Env = append(parleyEnv(), childEnv+"=1", rssEnv+"="+rssFile)
	start := time.Now()
	err := cmd.Run()
	r := run{stdout: stdout.String(), stderr: stderr.String(), took: time.Since(start)}
	if ctx.Err() != nil {
		t.Fatalf("parley %s: no answer after %v (hang)\nstderr:\n%s", shortArgs(args), timeout, clip(r.stderr))
	}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	default:
		t.Fatalf("parley %s: %v", shortArgs(args), err)
	}
	r.maxRSS = readPeakRSS(rssFile)
	return r
}

// parleyEnv is the environment of parley subprocesses: the test's, without settings that would point them
// at another ledger or codebook.
func parleyEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		switch k, _, _ := strings.Cut(kv, "="); k {
		case "PARLEY_DB", "PARLEY_CODEBOOK", "PARLEY_TOKEN", childEnv, rssEnv:
			continue
		}
		env = append(env, kv)
	}
	return env
}

// inProcess runs a parley command in this process, for setting up and checking ledgers.
func inProcess(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Getenv: func(string) string { return "" }, IsTerminal: func(io.Writer) bool { return false }}
	code := cli.Run(t.Context(), env, args)
	return code, out.String(), errb.String()
}

func shortArgs(args []string) string { return clip(strings.Join(args, " ")) }

// clip keeps messages readable when a test fails on a huge output.
func clip(s string) string {
	if len(s) > 2000 {
		return s[:2000] + fmt.Sprintf("... (%d bytes)", len(s))
	}
	return s
}

// backend is a database a test ledger can live in.
type backend struct {
	name string
	// dsn returns the --db of a fresh ledger that holds the seed article; it skips the test when the backend
	// is unavailable.
	dsn func(t *testing.T) string
}

func backends() []backend {
	return []backend{
		{"sqlite", func(t *testing.T) string { return seededLedger(t, filepath.Join(t.TempDir(), "parley.db")) }},
		{"postgres", func(t *testing.T) string { return seededLedger(t, pgtest.DSN(t)) }},
	}
}

// seededLedger ingests the seed article into the empty ledger dsn.
func seededLedger(t *testing.T, dsn string) string {
	t.Helper()
	if _, err := os.Stat(seedPath); err != nil {
		t.Skipf("seed article not found beside the repository: %v", err)
	}
	if code, out, errs := inProcess(t, "ingest", "--quiet", "--db", dsn, seedPath); code != 0 {
		t.Fatalf("ingest the seed: exit %d\n%s%s", code, out, errs)
	}
	return dsn
}

// snapshot is what a ledger holds, read with plain SQL so that nothing of Parley's own code stands between
// the test and the rows: every row of the tables that keep documents, by table and id, as a digest of all
// its columns, plus the counts store.Stats reports.
type snapshot struct {
	stats store.Stats
	rows  map[string]string // "table/id" → digest of the row
	cols  map[string]map[string]string
}

// stableActorCols are the columns of an actor row that ingesting other documents must not change (a new
// document may add an alias or a better name to a known actor).
var stableActorCols = []string{"id", "key", "type", "codebook_id"}

func takeSnapshot(t *testing.T, dsn string) snapshot {
	t.Helper()
	ctx := t.Context()
	l, err := store.OpenDSN(ctx, dsn)
	if err != nil {
		t.Fatalf("open %s: %v", store.RedactDSN(dsn), err)
	}
	st, err := l.Stats(ctx)
	l.Close()
	if err != nil {
		t.Fatalf("stats of %s: %v", store.RedactDSN(dsn), err)
	}
	driver, source := "sqlite", "file:"+dsn+"?mode=ro&_pragma=busy_timeout(10000)"
	if store.IsPostgresDSN(dsn) {
		driver, source = "pgx", dsn
	}
	db, err := sql.Open(driver, source)
	if err != nil {
		t.Fatalf("open %s: %v", store.RedactDSN(dsn), err)
	}
	defer db.Close()
	s := snapshot{stats: st, rows: map[string]string{}, cols: map[string]map[string]string{}}
	for _, table := range []string{"documents", "statements", "claims", "actors"} {
		rows, err := db.QueryContext(ctx, "SELECT * FROM "+table+" ORDER BY id")
		if err != nil {
			t.Fatalf("read %s: %v", table, err)
		}
		names, err := rows.Columns()
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			vals := make([]any, len(names))
			ptrs := make([]any, len(names))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatalf("read %s: %v", table, err)
			}
			h := sha256.New()
			cols := map[string]string{}
			for i, v := range vals {
				if b, ok := v.([]byte); ok {
					v = hex.EncodeToString(b)
				}
				c := fmt.Sprint(v)
				cols[names[i]] = c
				fmt.Fprintf(h, "%s=%d:%s;", names[i], len(c), c)
			}
			key := table + "/" + cols["id"]
			s.rows[key] = hex.EncodeToString(h.Sum(nil))
			s.cols[key] = cols
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			t.Fatalf("read %s: %v", table, err)
		}
	}
	return s
}

// checkUnchanged fails unless every row of before is still in after, byte for byte (actors: their stable
// columns), and, when nothing was to be added, after holds nothing more.
func checkUnchanged(t *testing.T, before, after snapshot, added bool) {
	t.Helper()
	var diffs []string
	for key, digest := range before.rows {
		got, ok := after.rows[key]
		switch {
		case !ok:
			diffs = append(diffs, key+" is gone")
		case got == digest:
		case strings.HasPrefix(key, "actors/") && added:
			for _, c := range stableActorCols {
				if before.cols[key][c] != after.cols[key][c] {
					diffs = append(diffs, fmt.Sprintf("%s: %s %q is now %q", key, c, before.cols[key][c], after.cols[key][c]))
				}
			}
		default:
			diffs = append(diffs, key+" changed")
		}
	}
	if !added {
		if before.stats != after.stats {
			diffs = append(diffs, fmt.Sprintf("stats %+v are now %+v", before.stats, after.stats))
		}
		for key := range after.rows {
			if _, ok := before.rows[key]; !ok {
				diffs = append(diffs, key+" was added")
			}
		}
	}
	slices.Sort(diffs)
	if len(diffs) > 10 {
		diffs = append(diffs[:10], fmt.Sprintf("... %d differences", len(diffs)))
	}
	if len(diffs) > 0 {
		t.Errorf("the ledger's earlier content changed:\n%s", strings.Join(diffs, "\n"))
	}
}

// mustCheck runs `parley check` on the ledger.
func mustCheck(t *testing.T, dsn string) {
	t.Helper()
	if code, out, errs := inProcess(t, "check", "--db", dsn); code != 0 || !strings.HasPrefix(out, "ok:") {
		t.Errorf("parley check: exit %d\n%s%s", code, out, errs)
	}
}
