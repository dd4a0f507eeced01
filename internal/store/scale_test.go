package store

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/text"
)

func TestOpenDSN(t *testing.T) {
	ctx := context.Background()
	path := t.TempDir() + "/x.db"
	l, err := OpenDSN(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := l.(*SQLite); !ok {
		t.Errorf("OpenDSN(%q) = %T, want *SQLite", path, l)
	}
	l.Close()
	for _, c := range []struct {
		dsn  string
		isPG bool
	}{
		{"postgres://u:secret@h/db", true},
		{"POSTGRESQL://h/db", true},
		{"postgres.db", false},
		{"/var/postgres://x", false},
		{"", false},
	} {
		if got := IsPostgresDSN(c.dsn); got != c.isPG {
			t.Errorf("IsPostgresDSN(%q) = %v", c.dsn, got)
		}
	}
	if r := RedactDSN("postgres://u:secret@h/db"); strings.Contains(r, "secret") {
		t.Errorf("RedactDSN kept the password: %s", r)
	}
	// A server that is not there: the error names it without the password, and no ledger is returned.
	l, err = OpenDSN(ctx, "postgres://u:secret@127.0.0.1:1/db?connect_timeout=2")
	if err == nil || l != nil {
		t.Fatalf("OpenDSN of a closed port = %v, %v", l, err)
	}
	if strings.Contains(err.Error(), "secret") || !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Errorf("error %q should name the server without the password", err)
	}
}

// TestMigrateAppliesGaps: a migration numbered below one already applied (developed in parallel) is still
// applied, once, and a database newer than the program is refused.
func TestMigrateAppliesGaps(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			s, _ := b.open(t)
			base, err := loadMigrations(migrationFS, s.d.migrations)
			if err != nil {
				t.Fatal(err)
			}
			last := base[len(base)-1].version
			fsys := fstest.MapFS{}
			for _, m := range base {
				fsys["m/"+m.name] = &fstest.MapFile{Data: []byte(m.sql)}
			}
			d := *s.d
			d.migrations = "m"
			fsys["m/9003_c.sql"] = &fstest.MapFile{Data: []byte(`CREATE TABLE gap_c (x INTEGER)`)}
			if err := migrateFS(ctx, s.w, &d, fsys, s.now); err != nil {
				t.Fatal(err)
			}
			fsys["m/9002_b.sql"] = &fstest.MapFile{Data: []byte(`CREATE TABLE gap_b (x INTEGER)`)}
			for range 2 {
				if err := migrateFS(ctx, s.w, &d, fsys, s.now); err != nil {
					t.Fatal(err)
				}
			}
			var versions []int
			rows, err := s.r.QueryContext(ctx, `SELECT version FROM schema_migrations WHERE version > $1 ORDER BY version`, last)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var v int
				if err := rows.Scan(&v); err != nil {
					t.Fatal(err)
				}
				versions = append(versions, v)
			}
			rows.Close()
			if !slices.Equal(versions, []int{9002, 9003}) {
				t.Errorf("applied %v, want [9002 9003]", versions)
			}
			if _, err := s.w.ExecContext(ctx, `INSERT INTO gap_b (x) VALUES (1)`); err != nil {
				t.Errorf("gap migration not applied: %v", err)
			}
			delete(fsys, "m/9003_c.sql")
			if err := migrateFS(ctx, s.w, &d, fsys, s.now); err == nil || !strings.Contains(err.Error(), "newer") {
				t.Errorf("migrate with an unknown newer version: %v", err)
			}
		})
	}
}

func TestReplaceStatements(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := context.Background()
		ids := corpus(t, s)
		jan := ids["jan"]
		raw := "Steve Witkoff said security guarantees were agreed. Guarantees, guarantees and more security guarantees, Witkoff added."
		replacement := []attrib.Statement{
			say(t, raw, attrib.Direct, "Guarantees, guarantees and more security guarantees", "Steve Witkoff", "person"),
			say(t, raw, attrib.Indirect, "security guarantees", "Marco Rubio", "person"),
			say(t, raw, attrib.Indirect, "were agreed", "", ""),
		}
		if err := s.ReplaceStatements(ctx, jan, replacement); err != nil {
			t.Fatal(err)
		}
		rows, err := s.Statements(ctx, StatementQuery{DocumentID: jan})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 3 {
			t.Fatalf("%d statements after replace, want 3", len(rows))
		}
		for i, r := range rows {
			if r.Seq != i || r.Content != replacement[i].Content || r.Speaker != replacement[i].Speaker {
				t.Errorf("row %d = seq %d %v %q, want %v %q", i, r.Seq, r.Content, r.Speaker, replacement[i].Content, replacement[i].Speaker)
			}
		}
		// The index follows: the new speaker is found, the statement that was removed is not.
		if got, err := s.Statements(ctx, StatementQuery{Search: "rubio"}); err != nil || len(got) != 1 {
			t.Errorf("search for the new speaker: %d rows, %v", len(got), err)
		}
		if got, err := s.Statements(ctx, StatementQuery{Search: "agreed", Speaker: "witkoff"}); err != nil || len(got) != 0 {
			t.Errorf("replaced statement still found: %q, %v", contents(got), err)
		}
		// Other documents are untouched.
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Statements != 7 || st.Unresolved != 1 {
			t.Errorf("stats %+v, want 7 statements, 1 unresolved", st)
		}
		if err := s.Check(ctx); err != nil {
			t.Error(err)
		}

		// A bad statement leaves the old ones in place.
		bad := append(slices.Clone(replacement[:1]), attrib.Statement{Kind: attrib.Direct, Content: text.Span{Start: 0, End: len(raw) + 1}})
		err = s.ReplaceStatements(ctx, jan, bad)
		if err == nil || !strings.Contains(err.Error(), "statement 1") {
			t.Errorf("replace with a bad statement: %v", err)
		}
		if rows, _ := s.Statements(ctx, StatementQuery{DocumentID: jan}); len(rows) != 3 {
			t.Errorf("%d statements after a failed replace, want the 3 before it", len(rows))
		}
		if err := s.ReplaceStatements(ctx, 424242, nil); !errors.Is(err, ErrNotFound) {
			t.Errorf("replace on a missing document: %v, want ErrNotFound", err)
		}
		// Replacing by nothing empties the document.
		if err := s.ReplaceStatements(ctx, jan, nil); err != nil {
			t.Fatal(err)
		}
		if d, err := s.Document(ctx, jan); err != nil || d.Statements != 0 {
			t.Errorf("document after replacing by nothing: %+v, %v", d, err)
		}
	})
}

// snapshot is everything Copy must carry over, without the ids that differ between ledgers.
type snapshot struct {
	docs   []DocumentRow
	stmts  []StatementRow
	actors []ActorRow
}

func takeSnapshot(t *testing.T, s *sqlLedger) snapshot {
	t.Helper()
	ctx := context.Background()
	var snap snapshot
	docs, err := s.Documents(ctx, DocumentQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		full, err := s.Document(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		full.ID = 0
		snap.docs = append(snap.docs, *full)
	}
	if snap.stmts, err = s.Statements(ctx, StatementQuery{}); err != nil {
		t.Fatal(err)
	}
	for i := range snap.stmts {
		snap.stmts[i].ID, snap.stmts[i].DocumentID, snap.stmts[i].ActorID = 0, 0, 0
	}
	if snap.actors, err = s.Actors(ctx); err != nil {
		t.Fatal(err)
	}
	for i := range snap.actors {
		snap.actors[i].ID = 0
	}
	return snap
}

func sameSnapshot(t *testing.T, got, want snapshot) {
	t.Helper()
	if len(got.docs) != len(want.docs) || len(got.stmts) != len(want.stmts) || len(got.actors) != len(want.actors) {
		t.Fatalf("copy has %d documents, %d statements, %d actors; source %d, %d, %d",
			len(got.docs), len(got.stmts), len(got.actors), len(want.docs), len(want.stmts), len(want.actors))
	}
	for i := range want.docs {
		g, w := got.docs[i], want.docs[i]
		if g.Hash != w.Hash || g.Raw != w.Raw || g.Name != w.Name || g.Path != w.Path || g.URL != w.URL ||
			g.Title != w.Title || g.Author != w.Author || g.Outlet != w.Outlet || g.BodyStart != w.BodyStart ||
			!g.Published.Equal(w.Published) || !g.IngestedAt.Equal(w.IngestedAt) || len(g.Meta) != len(w.Meta) ||
			g.Statements != w.Statements {
			t.Errorf("document %d:\n got %+v\nwant %+v", i, g, w)
		}
		for k, v := range w.Meta {
			if g.Meta[k] != v {
				t.Errorf("document %d: meta %q = %q, want %q", i, k, g.Meta[k], v)
			}
		}
	}
	for i := range want.stmts {
		g, w := got.stmts[i], want.stmts[i]
		if g.Seq != w.Seq || g.Kind != w.Kind || !sameSpan(g.Source, w.Source) || !sameSpan(g.Cue, w.Cue) ||
			g.Content != w.Content || !slices.Equal(g.Pieces, w.Pieces) || g.Speaker != w.Speaker ||
			g.SpeakerType != w.SpeakerType || g.Medium != w.Medium || g.Rule != w.Rule || g.Evidence != w.Evidence ||
			g.SourceText != w.SourceText || g.CueText != w.CueText || g.ContentText != w.ContentText || g.DocName != w.DocName {
			t.Errorf("statement %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
	for i := range want.actors {
		g, w := got.actors[i], want.actors[i]
		if g.Key != w.Key || g.Name != w.Name || g.Type != w.Type || g.Statements != w.Statements ||
			g.Documents != w.Documents || !g.FirstSeen.Equal(w.FirstSeen) || !g.LastSeen.Equal(w.LastSeen) {
			t.Errorf("actor %d: got %+v, want %+v", i, g, w)
		}
	}
}

func TestCopy(t *testing.T) {
	bs := backends()
	for _, from := range bs {
		for _, to := range bs {
			t.Run(from.name+"_to_"+to.name, func(t *testing.T) {
				ctx := context.Background()
				src, _ := from.open(t)
				dst, _ := to.open(t)
				doc, stmts := seedDocument(t)
				doc.Meta = map[string]string{"section": "world", "lang": "en"}
				if _, err := src.SaveDocument(ctx, doc, stmts); err != nil {
					t.Fatal(err)
				}
				corpus(t, src)
				raw := `"We are close," he said, "but not there yet."`
				first, second := spanOf(t, raw, "We are close,"), spanOf(t, raw, "but not there yet.")
				if _, err := src.SaveDocument(ctx, newDoc("pieces", raw, time.Time{}), []attrib.Statement{{
					Kind: attrib.Direct, Content: text.Span{Start: first.Start, End: second.End},
					Pieces: []text.Span{first, second}, Cue: ptr(spanOf(t, raw, "said")), Source: ptr(spanOf(t, raw, "he")),
					Speaker: "Him", Medium: "TV", Rule: "r", Evidence: "e",
				}}); err != nil {
					t.Fatal(err)
				}
				want := takeSnapshot(t, src)
				wantStats, _ := src.Stats(ctx)

				var calls int
				res, err := Copy(ctx, dst, src, func(done, total int) {
					calls++
					if done != calls || total != wantStats.Documents {
						t.Errorf("progress(%d, %d) on call %d", done, total, calls)
					}
				})
				if err != nil {
					t.Fatal(err)
				}
				if res.Documents != wantStats.Documents || res.Created != wantStats.Documents ||
					res.Statements != wantStats.Statements || res.Actors != wantStats.Actors {
					t.Errorf("Copy = %+v, source stats %+v", res, wantStats)
				}
				sameSnapshot(t, takeSnapshot(t, dst), want)
				if err := dst.Check(ctx); err != nil {
					t.Error(err)
				}

				// Again: nothing new, nothing doubled.
				res, err = Copy(ctx, dst, src, nil)
				if err != nil {
					t.Fatal(err)
				}
				if res.Created != 0 || res.Statements != 0 || res.Actors != 0 || res.Documents != wantStats.Documents {
					t.Errorf("second Copy = %+v, want nothing created", res)
				}
				sameSnapshot(t, takeSnapshot(t, dst), want)
			})
		}
	}
}

func ptr[T any](v T) *T { return &v }
