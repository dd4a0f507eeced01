package store

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/attrib"
)

// TestConcurrentSaveAndQuery saves documents from many goroutines through two handles on one ledger (as two
// processes would) while others search and list, and expects no error at all, "database is locked" in
// particular. Each round ends with Check on both handles, whose read connections have just been searching
// while the other handle wrote (see the FTS5 note in Check).
func TestConcurrentSaveAndQuery(t *testing.T) {
	for _, be := range backends() {
		t.Run(be.name, func(t *testing.T) { testConcurrentSaveAndQuery(t, be) })
	}
}

func testConcurrentSaveAndQuery(t *testing.T, be backend) {
	ctx := context.Background()
	a, reopen := be.open(t)
	b, err := reopen()
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	handles := []*sqlLedger{a, b}

	const rounds, writers, docsEach, readers = 3, 6, 8, 4
	mkDoc := func(n int) ([]attrib.Statement, string) {
		raw := fmt.Sprintf("Speaker %d said the talks on item %d were going well. Another source said item %d was stuck.", n%5, n, n)
		return []attrib.Statement{
			say(t, raw, attrib.Indirect, fmt.Sprintf("the talks on item %d were going well", n), fmt.Sprintf("Speaker %d", n%5), "person"),
			say(t, raw, attrib.Indirect, fmt.Sprintf("item %d was stuck", n), "another source", "anonymous"),
		}, raw
	}
	var (
		mu   sync.Mutex
		errs []error
	)
	report := func(err error) {
		mu.Lock()
		errs = append(errs, err)
		mu.Unlock()
	}

	for round := range rounds {
		done := make(chan struct{})
		var wg, rg sync.WaitGroup
		for w := range writers {
			wg.Go(func() {
				s := handles[w%2]
				for i := range docsEach {
					// Writers overlap in pairs, so each document is saved concurrently through both handles.
					n := round*1000 + (w/2)*docsEach + i
					stmts, raw := mkDoc(n)
					if _, err := s.SaveDocument(ctx, newDoc(fmt.Sprintf("doc%d", n), raw, time.Time{}), stmts); err != nil {
						report(fmt.Errorf("round %d writer %d: %w", round, w, err))
					}
				}
			})
		}
		for r := range readers {
			rg.Go(func() {
				s := handles[r%2]
				for {
					select {
					case <-done:
						return
					default:
					}
					if _, err := s.Statements(ctx, StatementQuery{Search: "talks going", Limit: 20}); err != nil {
						report(fmt.Errorf("reader %d search: %w", r, err))
					}
					if _, err := s.Statements(ctx, StatementQuery{Speaker: "speaker 3"}); err != nil {
						report(fmt.Errorf("reader %d speaker: %w", r, err))
					}
					if _, err := s.Actors(ctx); err != nil {
						report(fmt.Errorf("reader %d actors: %w", r, err))
					}
					if _, err := s.Stats(ctx); err != nil {
						report(fmt.Errorf("reader %d stats: %w", r, err))
					}
				}
			})
		}
		wg.Wait()
		close(done)
		rg.Wait()
		for i, s := range handles {
			if err := s.Check(ctx); err != nil {
				report(fmt.Errorf("round %d: check through handle %d: %w", round, i, err))
			}
		}
	}

	for _, err := range errs {
		if strings.Contains(err.Error(), "locked") || strings.Contains(err.Error(), "busy") {
			t.Errorf("lock error: %v", err)
		} else {
			t.Errorf("error: %v", err)
		}
	}
	st, err := a.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	unique := rounds * writers / 2 * docsEach
	if st.Documents != unique || st.Statements != 2*unique || st.Actors != 6 {
		t.Errorf("stats = %+v, want %d documents, %d statements, 6 actors", st, unique, 2*unique)
	}
}

func BenchmarkSaveDocument(b *testing.B) {
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			s, _ := be.open(b)
			benchmarkSaveDocument(b, s)
		})
	}
}

func benchmarkSaveDocument(b *testing.B, s *sqlLedger) {
	ctx := context.Background()
	doc, stmts := seedDocument(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(doc.Raw)))
	n := 0
	for b.Loop() {
		// A distinct text (so a new document) with the same offsets: append a suffix after the body.
		d := *doc
		d.Raw = fmt.Sprintf("%s\n%d", doc.Raw, n)
		d.Hash = ""
		n++
		res, err := s.SaveDocument(ctx, &d, stmts)
		if err != nil || !res.Created {
			b.Fatalf("save %d: %+v, %v", n, res, err)
		}
	}
}
