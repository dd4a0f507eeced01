package reliability

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver, to read a PostgreSQL ledger
	_ "modernc.org/sqlite"             // the "sqlite" driver, to read a SQLite ledger

	"github.com/parley-ledger/parley/internal/store"
	"github.com/parley-ledger/parley/internal/store/pgtest"
)

// longMode reports whether the full-size runs were asked for: PARLEY_LONG=1 and not -short.
func longMode() bool { return !testing.Short() && os.Getenv("PARLEY_LONG") == "1" }

// hangTimeout bounds one parley command: reaching it means a hang, not slowness.
const hangTimeout = 5 * time.Minute

// buildParley builds the parley command into a temporary directory and returns the binary's path. Without
// symbol tables and debug information it links in a few seconds.
func buildParley(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "parley")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	ctx, cancel := context.WithTimeout(t.Context(), hangTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "build", "-ldflags=-s -w", "-o", bin, "github.com/parley-ledger/parley/cmd/parley")
	cmd.Dir = filepath.Join("..", "..")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build parley: %v\n%s", err, out)
	}
	return bin
}

// result is what one finished parley command printed.
type result struct {
	stdout, stderr string
	took           time.Duration
	err            error
}

// run runs the parley binary with args to the end.
func run(t *testing.T, bin string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), hangTimeout)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Env = parleyEnv()
	start := time.Now()
	err := cmd.Run()
	return result{stdout: stdout.String(), stderr: stderr.String(), took: time.Since(start), err: err}
}

// mustRun runs the parley binary with args and fails the test unless it exits 0.
func mustRun(t *testing.T, bin string, args ...string) result {
	t.Helper()
	r := run(t, bin, args...)
	if r.err != nil {
		t.Fatalf("parley %s: %v\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), r.err, r.stdout, r.stderr)
	}
	return r
}

// parleyEnv is the environment of parley subprocesses: the test's, without settings that would point them
// at another ledger or codebook or give the server a token.
func parleyEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		switch k, _, _ := strings.Cut(kv, "="); k {
		case "PARLEY_DB", "PARLEY_CODEBOOK", "PARLEY_TOKEN":
			continue
		}
		env = append(env, kv)
	}
	return env
}

// backend is a database a test ledger can live in.
type backend struct {
	name string
	// dsn returns the --db of a fresh, empty ledger; it skips the test when the backend is unavailable.
	dsn func(t *testing.T) string
}

func backends() []backend {
	return []backend{
		{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "parley.db") }},
		{"postgres", func(t *testing.T) string { return pgtest.DSN(t) }},
	}
}

// storedDoc is what the ledger holds of one document, read with plain SQL so that nothing in Parley's own
// code stands between the test and the rows.
type storedDoc struct {
	id         int64
	name       string
	statements int
	claims     int
	cluster    sql.NullInt64
	signed     bool
}

// openLedgerDB opens the database of the ledger at dsn with plain database/sql, read-only for SQLite.
func openLedgerDB(t *testing.T, dsn string) *sql.DB {
	t.Helper()
	driver, source := "sqlite", "file:"+dsn+"?mode=ro&_pragma=busy_timeout(10000)"
	if store.IsPostgresDSN(dsn) {
		driver, source = "pgx", dsn
	}
	db, err := sql.Open(driver, source)
	if err != nil {
		t.Fatalf("open %s: %v", store.RedactDSN(dsn), err)
	}
	return db
}

// ledgerState reads every stored document by hash.
func ledgerState(t *testing.T, dsn string) map[string]storedDoc {
	t.Helper()
	db := openLedgerDB(t, dsn)
	defer db.Close()
	ctx, cancel := context.WithTimeout(t.Context(), hangTimeout)
	defer cancel()
	rows, err := db.QueryContext(ctx, `SELECT d.hash, d.id, d.name, d.cluster_id, d.signature IS NOT NULL,
		(SELECT COUNT(*) FROM statements s WHERE s.document_id = d.id),
		(SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id)
		FROM documents d`)
	if err != nil {
		t.Fatalf("read documents of %s: %v", store.RedactDSN(dsn), err)
	}
	defer rows.Close()
	docs := map[string]storedDoc{}
	for rows.Next() {
		var hash string
		var d storedDoc
		if err := rows.Scan(&hash, &d.id, &d.name, &d.cluster, &d.signed, &d.statements, &d.claims); err != nil {
			t.Fatalf("read documents of %s: %v", store.RedactDSN(dsn), err)
		}
		docs[hash] = d
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("read documents of %s: %v", store.RedactDSN(dsn), err)
	}
	return docs
}

// totals sums statements and claims over docs.
func totals(docs map[string]storedDoc) (statements, claims int) {
	for _, d := range docs {
		statements += d.statements
		claims += d.claims
	}
	return statements, claims
}

// clusters describes how docs are grouped into story clusters, by hash rather than by id (ids differ from
// one ledger to another): one sorted line per cluster of two or more documents.
func clusters(docs map[string]storedDoc) []string {
	byID := map[int64][]string{}
	for h, d := range docs {
		if d.cluster.Valid {
			byID[d.cluster.Int64] = append(byID[d.cluster.Int64], h[:12])
		}
	}
	var out []string
	for _, hs := range byID {
		if len(hs) > 1 {
			slices.Sort(hs)
			out = append(out, strings.Join(hs, " "))
		}
	}
	slices.Sort(out)
	return out
}

// sameDocuments compares a recovered ledger with a reference one: the same documents, each with the same
// numbers of statements and claims. It returns the differences, at most a few of each kind.
func sameDocuments(got, want map[string]storedDoc) []string {
	var diffs []string
	add := func(format string, a ...any) {
		if len(diffs) < 10 {
			diffs = append(diffs, fmt.Sprintf(format, a...))
		}
	}
	for h, w := range want {
		g, ok := got[h]
		switch {
		case !ok:
			add("%s (%s) missing", w.name, h[:12])
		case g.statements != w.statements || g.claims != w.claims:
			add("%s has %d statements and %d claims, a clean ingest %d and %d", w.name, g.statements, g.claims, w.statements, w.claims)
		}
	}
	for h, g := range got {
		if _, ok := want[h]; !ok {
			add("%s (%s) is not in the input", g.name, h[:12])
		}
	}
	return diffs
}
