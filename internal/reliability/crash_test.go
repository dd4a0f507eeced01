package reliability

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/store"
)

// crashPlan is how big a crash run is.
type crashPlan struct {
	docs, kills int
	seed        uint64
}

func crashPlanFor() crashPlan {
	p := crashPlan{docs: 200, kills: 3, seed: 20251128}
	if longMode() {
		p.docs, p.kills = 1000, 20
	}
	if s := os.Getenv("PARLEY_CRASH_SEED"); s != "" {
		if n, err := strconv.ParseUint(s, 10, 64); err == nil {
			p.seed = n
		}
	}
	return p
}

// killPoint says when to kill one ingest: after a delay from its start, or once it has stored a number of new
// documents and then a delay.
type killPoint struct {
	newDocs int // documents the ingest must be seen to have stored before the delay starts; 0 for none
	delay   time.Duration
}

func (k killPoint) String() string {
	if k.newDocs > 0 {
		return fmt.Sprintf("%d new documents + %s", k.newDocs, k.delay)
	}
	return fmt.Sprintf("%s after start", k.delay)
}

// killPoints draws n kill points from seed. Half fall 0 to 1 ms per document after the start, which covers
// starting up, opening the ledger, running migrations and skipping the documents stored before; the others wait
// for 1 to docs/n new documents and then up to 100 ms, so that they land while new documents are written
// (analysis, insert, commit, clustering) ever deeper into the set, which the kills should not complete.
func killPoints(n, docs int, seed uint64) []killPoint {
	rng := newRand(seed, "kill points")
	pts := make([]killPoint, n)
	for i := range pts {
		if rng.IntN(2) == 0 {
			pts[i] = killPoint{newDocs: 1 + rng.IntN(max(1, docs/n)), delay: time.Duration(rng.IntN(100)) * time.Millisecond}
		} else {
			pts[i] = killPoint{delay: time.Duration(rng.IntN(1+docs)) * time.Millisecond}
		}
	}
	return pts
}

// killed is what happened to one ingest run by ingestAndKill.
type killed struct {
	killed bool // false when it finished before its kill point, which must then be a success
	seen   int  // documents in the ledger just before the kill: committed, so they must survive it
	logged int  // documents its last progress line reported done
}

// ingestAndKill starts `parley ingest` with args on the ledger at db and kills it with SIGKILL at k.
func ingestAndKill(t *testing.T, bin, db string, k killPoint, args ...string) killed {
	t.Helper()
	ledger := openLedgerDB(t, db)
	defer ledger.Close()
	count := func() int {
		var n int
		// Before the first ingest creates the schema there is nothing to count.
		if err := ledger.QueryRowContext(t.Context(), `SELECT COUNT(*) FROM documents`).Scan(&n); err != nil {
			return 0
		}
		return n
	}
	before := count()

	ctx, cancel := context.WithTimeout(t.Context(), hangTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = parleyEnv()
	cmd.Stdout = io.Discard
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start parley ingest: %v", err)
	}
	start := time.Now()
	// Read stderr to the end, then reap the process.
	type exit struct {
		lines []string
		err   error
	}
	exited := make(chan exit, 1)
	go func() {
		var lines []string
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		exited <- exit{lines, cmd.Wait()}
	}()

	for k.newDocs > 0 && count() < before+k.newDocs {
		select {
		case e := <-exited:
			return finishedFirst(t, e.err, e.lines, time.Since(start), count())
		case <-time.After(5 * time.Millisecond):
		}
	}
	select {
	case <-time.After(k.delay):
	case e := <-exited:
		return finishedFirst(t, e.err, e.lines, time.Since(start), count())
	}
	seen := count()
	if err := cmd.Process.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
		t.Fatalf("kill parley ingest: %v", err)
	}
	e := <-exited
	if e.err == nil {
		// It finished between the timer and the kill.
		return killed{seen: seen, logged: progressDone(e.lines)}
	}
	var ee *exec.ExitError
	if !errors.As(e.err, &ee) || ee.ExitCode() != -1 {
		t.Fatalf("parley ingest failed before it was killed: %v\n%s", e.err, strings.Join(e.lines, "\n"))
	}
	return killed{killed: true, seen: seen, logged: progressDone(e.lines)}
}

// noLedgerYet reports whether dsn names a SQLite file that does not exist yet.
func noLedgerYet(dsn string) bool {
	if store.IsPostgresDSN(dsn) {
		return false
	}
	_, err := os.Stat(dsn)
	return errors.Is(err, fs.ErrNotExist)
}

// finishedFirst handles an ingest that ended before its kill point: it must have succeeded.
func finishedFirst(t *testing.T, err error, lines []string, took time.Duration, stored int) killed {
	t.Helper()
	if err != nil {
		t.Fatalf("parley ingest failed after %s, before it was killed: %v\n%s", took, err, strings.Join(lines, "\n"))
	}
	return killed{seen: stored, logged: progressDone(lines)}
}

// progressDone is the done= count of the last progress line.
func progressDone(lines []string) int {
	for _, l := range slices.Backward(lines) {
		if _, rest, ok := strings.Cut(l, " done="); ok {
			n, _ := strconv.Atoi(strings.Fields(rest)[0])
			return n
		}
	}
	return 0
}

// TestIngestSurvivesSIGKILL kills `parley ingest` with SIGKILL at seeded random points and checks after each
// kill that the ledger is sound (`parley check`) and holds only whole documents: every document present has
// exactly the statements and claims a clean ingest of the same file stores. A final ingest must then complete
// the set: each input stored exactly once, with the statements, claims and story clusters of a clean ingest of
// the same folder into a fresh ledger, and every document signed for clustering. PARLEY_LONG=1 runs 20 kills
// of 1,000 files per backend; PARLEY_CRASH_SEED reruns another sequence of kill points.
func TestIngestSurvivesSIGKILL(t *testing.T) {
	plan := crashPlanFor()
	bin := buildParley(t)
	arts := genCorpus(plan.docs, plan.seed)
	dir := writeCorpus(t, arts)
	t.Logf("%d articles, %d kills per backend, seed %d (PARLEY_CRASH_SEED to change it)", plan.docs, plan.kills, plan.seed)
	for _, be := range backends() {
		t.Run(be.name, func(t *testing.T) { testIngestSurvivesSIGKILL(t, be, bin, dir, plan) })
	}
}

func testIngestSurvivesSIGKILL(t *testing.T, be backend, bin, dir string, plan crashPlan) {
	// The reference: one clean ingest of the folder into a fresh ledger.
	refDB := be.dsn(t)
	clean := mustRun(t, bin, "ingest", "--quiet", "--db", refDB, dir)
	want := ledgerState(t, refDB)
	if len(want) != plan.docs {
		t.Fatalf("clean ingest stored %d documents of %d", len(want), plan.docs)
	}
	wantStmts, wantClaims := totals(want)
	t.Logf("clean ingest: %d documents, %d statements, %d claims in %s", len(want), wantStmts, wantClaims, clean.took.Round(time.Millisecond))

	db := be.dsn(t)
	ingest := []string{"ingest", "--db", db, dir}
	t.Logf("kill | kill point | killed | stored before kill | logged done | documents after kill | not yet clustered | check time")
	for i, k := range killPoints(plan.kills, plan.docs, plan.seed) {
		r := ingestAndKill(t, bin, db, k, ingest...)
		if noLedgerYet(db) {
			// Killed before it created its ledger (a slow start on a loaded machine): nothing can have been
			// stored, and nothing may have been reported done.
			if r.seen > 0 || r.logged > 0 {
				t.Fatalf("kill %d (%s): no ledger at %s, but %d documents were seen and %d logged done", i+1, k, db, r.seen, r.logged)
			}
			t.Logf("%d | %s | %t | no ledger yet", i+1, k, r.killed)
			continue
		}
		check := mustRun(t, bin, "check", "--db", db)
		got := ledgerState(t, db)
		unclustered := 0
		for _, g := range got {
			if !g.signed {
				unclustered++
			}
		}
		t.Logf("%d | %s | %t | %d | %d | %d | %d | %s", i+1, k, r.killed, r.seen, r.logged, len(got), unclustered, check.took.Round(time.Millisecond))
		// Every document present is whole: all its statements and claims, as a clean ingest stores them.
		for h, g := range got {
			w, ok := want[h]
			switch {
			case !ok:
				t.Fatalf("kill %d (%s): document %s (%s) is not in the input", i+1, k, g.name, h[:12])
			case g.statements != w.statements || g.claims != w.claims:
				t.Fatalf("kill %d (%s): document %s holds %d statements and %d claims, a clean ingest %d and %d",
					i+1, k, g.name, g.statements, g.claims, w.statements, w.claims)
			}
		}
		// What was committed before the kill (seen in the ledger, or logged as done) survives it.
		if len(got) < max(r.seen, r.logged) {
			t.Fatalf("kill %d (%s): %d documents after the kill, but %d were seen and %d logged done before it",
				i+1, k, len(got), r.seen, r.logged)
		}
	}

	final := mustRun(t, bin, "ingest", "--db", db, dir)
	mustRun(t, bin, "check", "--db", db)
	got := ledgerState(t, db)
	if diffs := sameDocuments(got, want); len(diffs) > 0 {
		t.Fatalf("after the final ingest the ledger differs from a clean ingest:\n%s", strings.Join(diffs, "\n"))
	}
	names := map[string]bool{}
	for _, g := range got {
		if names[g.name] {
			t.Errorf("document %s stored twice", g.name)
		}
		names[g.name] = true
		if !g.signed || !g.cluster.Valid {
			t.Errorf("document %s was never clustered (signed %t, cluster %v)", g.name, g.signed, g.cluster)
		}
	}
	if gs, gc := totals(got); gs != wantStmts || gc != wantClaims {
		t.Errorf("%d statements and %d claims, a clean ingest %d and %d", gs, gc, wantStmts, wantClaims)
	}
	if g, w := clusters(got), clusters(want); !slices.Equal(g, w) {
		t.Errorf("story clusters differ from a clean ingest: %d clusters of copies, want %d", len(g), len(w))
	}
	t.Logf("final ingest completed the set in %s: %s", final.took.Round(time.Millisecond), strings.TrimSpace(final.stdout))
}
