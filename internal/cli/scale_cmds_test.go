package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/parley-ledger/parley/internal/store"
	"github.com/parley-ledger/parley/internal/store/pgtest"
)

// scaleArticles writes n small articles with attributions into a new directory.
func scaleArticles(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		body := fmt.Sprintf("Title: Talks, day %d\n\n\"We are making progress on item %d,\" Steve Witkoff told reporters on day %d.\n\n"+
			"Dmitry Peskov said the Kremlin would study proposal %d before the next round.\n", i, i, i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%02d.txt", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func ledgerStats(t *testing.T, dsn string) store.Stats {
	t.Helper()
	l, err := store.OpenDSN(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	st, err := l.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestEnqueueOnSQLiteWorksInProcess(t *testing.T) {
	dir := scaleArticles(t, 8)
	db := filepath.Join(t.TempDir(), "q.db")
	code, out, errs := runCLI(t, "", "enqueue", "--db", db, "--concurrency", "3", dir)
	if code != 0 || !strings.Contains(out, "queued 8 jobs") || !strings.Contains(out, "8 completed, 0 failed") {
		t.Fatalf("enqueue: exit %d\n%s%s", code, out, errs)
	}
	// The same as a plain ingest of the folder.
	ref := filepath.Join(t.TempDir(), "ref.db")
	if code, _, errs := runCLI(t, "", "ingest", "--db", ref, "--quiet", dir); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	got, want := ledgerStats(t, db), ledgerStats(t, ref)
	if got.Documents != 8 || got.Statements != want.Statements || got.Statements < 16 {
		t.Errorf("enqueue stored %+v, ingest %+v", got, want)
	}
	code, out, errs = runCLI(t, "", "enqueue", "--db", db, "--rederive", "all", "--rederive", "1")
	if code != 0 || !strings.Contains(out, "queued 8 jobs") || !strings.Contains(out, "(1 already queued)") {
		t.Errorf("rederive: exit %d\n%s%s", code, out, errs)
	}
	if st := ledgerStats(t, db); st.Statements != want.Statements {
		t.Errorf("after rederive %+v, want %d statements", st, want.Statements)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"enqueue", "--db", db, "--rederive", "x"}, "want a document id"},
		{[]string{"enqueue", "--db", db, "--rederive", "999"}, "not found"},
		{[]string{"worker", "--db", db}, "SQLite ledger"},
		{[]string{"copy", "--from", db, "--to", db}, "same ledger"},
	} {
		code, _, errs := runCLI(t, "", c.args...)
		if code == 0 || !strings.Contains(errs, c.want) {
			t.Errorf("%q: exit %d, stderr %q; want an error with %q", c.args, code, errs, c.want)
		}
	}
	// A file that is not text is refused by its job and the exit status says so.
	bin := filepath.Join(t.TempDir(), "bin.txt")
	os.WriteFile(bin, []byte{0, 1, 2, 3}, 0o644)
	if code, out, _ := runCLI(t, "", "enqueue", "--db", db, bin); code != 1 || !strings.Contains(out, "1 failed") {
		t.Errorf("enqueue of a binary file: exit %d, %s", code, out)
	}
}

func TestCopyCommand(t *testing.T) {
	dir := scaleArticles(t, 5)
	src := filepath.Join(t.TempDir(), "src.db")
	if code, _, errs := runCLI(t, "", "ingest", "--db", src, "--quiet", dir); code != 0 {
		t.Fatal(errs)
	}
	dsts := []string{filepath.Join(t.TempDir(), "dst.db")}
	if os.Getenv(pgtest.EnvVar) != "" {
		dsts = append(dsts, pgtest.DSN(t))
	}
	want := ledgerStats(t, src)
	for _, dst := range dsts {
		code, out, errs := runCLI(t, "", "copy", "--from", src, "--to", dst)
		if code != 0 || !strings.Contains(out, "5 documents (5 new") {
			t.Fatalf("copy to %s: exit %d\n%s%s", store.RedactDSN(dst), code, out, errs)
		}
		code, out, _ = runCLI(t, "", "copy", "--from", src, "--to", dst)
		if code != 0 || !strings.Contains(out, "(0 new, with 0 statements), 0 new actors") {
			t.Errorf("second copy: exit %d, %s", code, out)
		}
		if got := ledgerStats(t, dst); got.Documents != want.Documents || got.Statements != want.Statements || got.Actors != want.Actors {
			t.Errorf("copy holds %+v, source %+v", got, want)
		}
		// And back.
		back := filepath.Join(t.TempDir(), "back.db")
		if code, _, errs := runCLI(t, "", "copy", "--from", dst, "--to", back); code != 0 {
			t.Fatal(errs)
		}
		if got := ledgerStats(t, back); got.Documents != want.Documents || got.Statements != want.Statements {
			t.Errorf("copy back holds %+v, source %+v", got, want)
		}
	}
}

// lockedWriter is a bytes.Buffer safe for a worker goroutine to write while the test reads.
type lockedWriter struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (w *lockedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.Write(p)
}

func (w *lockedWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

func TestWorkerOnPostgres(t *testing.T) {
	dsn := pgtest.DSN(t)
	code, out, errs := runCLI(t, "", "migrate", "--db", dsn)
	if code != 0 || !strings.Contains(out, "schema version") || !strings.Contains(out, "job queue") {
		t.Fatalf("migrate: exit %d\n%s%s", code, out, errs)
	}
	if !strings.Contains(out, "parley_test_") {
		t.Errorf("migrate does not name the ledger: %s", out)
	}
	dir := scaleArticles(t, 6)
	code, out, errs = runCLI(t, "", "enqueue", "--db", dsn, dir)
	if code != 0 || !strings.Contains(out, "queued 6 jobs") {
		t.Fatalf("enqueue: exit %d\n%s%s", code, out, errs)
	}
	if st := ledgerStats(t, dsn); st.Documents != 0 {
		t.Errorf("documents stored before any worker ran: %+v", st)
	}

	ctx, cancel := context.WithCancel(context.Background())
	logs := &lockedWriter{}
	done := make(chan int)
	go func() {
		env := Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: logs,
			Getenv: func(string) string { return "" }, IsTerminal: func(io.Writer) bool { return false }}
		done <- Run(ctx, env, []string{"worker", "--db", dsn, "--concurrency", "2", "--grace", "5s"})
	}()
	// The worker may finish a queued file before this second enqueue, which then queues it again (jobs are
	// unique only while unfinished): 6 or more jobs complete, and the ledger still holds each document once.
	code, out, errs = runCLI(t, "", "enqueue", "--db", dsn, "--wait", dir)
	if code != 0 || !strings.Contains(out, " completed, 0 failed") || strings.Contains(out, "jobs: 0 completed") {
		t.Errorf("enqueue --wait: exit %d\n%s%s", code, out, errs)
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("worker exit %d: %s", code, logs.String())
	}
	if st := ledgerStats(t, dsn); st.Documents != 6 || st.Statements < 12 {
		t.Errorf("after the worker: %+v", st)
	}
}
