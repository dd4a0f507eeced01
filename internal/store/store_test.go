package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/store/pgtest"
	"github.com/parley-ledger/parley/internal/text"
)

func TestOpenMigrationsIdempotentOnReopen(t *testing.T) {
	ctx := context.Background()
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			first, reopen := b.open(t)
			ms, err := loadMigrations(migrationFS, first.d.migrations)
			if err != nil {
				t.Fatal(err)
			}
			if len(ms) == 0 {
				t.Fatal("no migrations embedded")
			}
			doc, stmts := seedDocument(t)
			if _, err := first.SaveDocument(ctx, doc, stmts); err != nil {
				t.Fatal(err)
			}
			for i := range 3 {
				s, err := reopen()
				if err != nil {
					t.Fatalf("open #%d: %v", i, err)
				}
				var applied int
				if err := s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations`).Scan(&applied); err != nil {
					t.Fatal(err)
				}
				if applied != len(ms) {
					t.Errorf("open #%d: %d migrations recorded, want %d", i, applied, len(ms))
				}
				st, err := s.Stats(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if st.SchemaVersion != ms[len(ms)-1].version || st.Documents != 1 || st.Statements != len(stmts) {
					t.Errorf("open #%d: stats %+v, want schema %d, 1 document, %d statements", i, st, ms[len(ms)-1].version, len(stmts))
				}
				if err := s.Close(); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

func TestOpenNewDirectories(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a", "b", "parley.db") // parents do not exist yet
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Error(err)
	}
}

func TestOpenPragmas(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	for _, c := range []struct {
		name string
		pool string
		want string
	}{
		{"journal_mode", "r", "wal"},
		{"foreign_keys", "r", "1"},
		{"foreign_keys", "w", "1"},
		{"busy_timeout", "r", "10000"},
		{"busy_timeout", "w", "10000"},
		{"synchronous", "w", "1"}, // NORMAL
		{"query_only", "r", "1"},
		{"query_only", "w", "0"},
	} {
		db := s.w
		if c.pool == "r" {
			db = s.r
		}
		var got string
		if err := db.QueryRowContext(ctx, "PRAGMA "+c.name).Scan(&got); err != nil {
			t.Fatalf("PRAGMA %s: %v", c.name, err)
		}
		if got != c.want {
			t.Errorf("%s pool: PRAGMA %s = %q, want %q", c.pool, c.name, got, c.want)
		}
	}
}

func TestOpenOddPath(t *testing.T) {
	// Characters that mean something in a URI must reach the file system as they are.
	dir := t.TempDir()
	path := filepath.Join(dir, "we ird?x=1#frag%20.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("ledger not created at %q: %v", path, err)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notDB, []byte(strings.Repeat("this is not a database\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	fileParent := filepath.Join(dir, "file")
	if err := os.WriteFile(fileParent, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, path string
	}{
		{"not a database", notDB},
		{"directory", dir},
		{"parent is a file", filepath.Join(fileParent, "parley.db")},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := Open(context.Background(), c.path)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			if !strings.Contains(err.Error(), c.path) {
				t.Errorf("error %q does not name %s", err, c.path)
			}
		})
	}
	if _, err := Open(context.Background(), ""); err == nil {
		t.Error("Open(\"\") succeeded")
	}
}

func TestOpenNewerSchema(t *testing.T) {
	ctx := context.Background()
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s, reopen := b.open(t)
			if _, err := s.w.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (99999, 'future.sql', 'x')`); err != nil {
				t.Fatal(err)
			}
			again, err := reopen()
			if err == nil {
				again.Close()
				t.Fatal("Open of a newer schema succeeded")
			}
			if !strings.Contains(err.Error(), "newer") {
				t.Errorf("error %q does not say the schema is newer", err)
			}
		})
	}
}

func TestDefaultPath(t *testing.T) {
	home := t.TempDir()
	for _, c := range []struct {
		name, xdg, want string
	}{
		{"xdg set", "/data/xdg", "/data/xdg/parley/parley.db"},
		{"xdg unset", "", filepath.Join(home, ".local", "share", "parley", "parley.db")},
		{"xdg relative is ignored", "rel/dir", filepath.Join(home, ".local", "share", "parley", "parley.db")},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("HOME", home)
			t.Setenv("XDG_DATA_HOME", c.xdg)
			got, err := DefaultPath()
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("DefaultPath() = %q, want %q", got, c.want)
			}
		})
	}
}

func TestActorKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Steve Witkoff", "steve witkoff"},
		{"  STEVE   witkoff ", "steve witkoff"},
		{"Recep Tayyip Erdoğan", "recep tayyip erdogan"},
		{"Volodymyr Zelenskyy", "volodymyr zelenskyy"},
		{"Jean-Luc Mélenchon", "jean luc melenchon"},
		{"O'Brien", "obrien"},
		{"O’Brien", "obrien"},
		{"U.S. State Department", "us state department"},
		{"Ministry of Defence (MoD)", "ministry of defence mod"},
		{"Søren Kierkegaard", "soren kierkegaard"},
		{"Straße", "strasse"},
		{"Łukasz", "lukasz"},
		{"ＦＵＬＬ width", "full width"},
		{"G7", "g7"},
		{"Владимир Путин", "владимир путин"},
		{"—", ""},
		{"", ""},
	} {
		if got := ActorKey(c.in); got != c.want {
			t.Errorf("ActorKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSaveDocumentTwiceStoresOnce(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := context.Background()
		doc, stmts := seedDocument(t)

		first, err := s.SaveDocument(ctx, doc, stmts)
		if err != nil {
			t.Fatal(err)
		}
		if !first.Created || first.DocumentID == 0 || first.Statements != len(stmts) {
			t.Fatalf("first save = %+v, want created with %d statements", first, len(stmts))
		}
		// Same text under another name, and with no statements: still the same document.
		again := *doc
		again.Name, again.Path = "copy", "elsewhere/copy.txt"
		for _, st := range [][]attrib.Statement{stmts, nil} {
			second, err := s.SaveDocument(ctx, &again, st)
			if err != nil {
				t.Fatal(err)
			}
			if second.Created || second.DocumentID != first.DocumentID || second.Statements != len(stmts) {
				t.Errorf("second save = %+v, want not created, id %d, %d statements", second, first.DocumentID, len(stmts))
			}
		}
		// An empty hash is computed from the text, so it too is recognised.
		noHash := *doc
		noHash.Hash = ""
		third, err := s.SaveDocument(ctx, &noHash, stmts)
		if err != nil {
			t.Fatal(err)
		}
		if third.Created || third.DocumentID != first.DocumentID {
			t.Errorf("save without hash = %+v, want the stored document %d", third, first.DocumentID)
		}

		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Documents != 1 || st.Statements != len(stmts) {
			t.Errorf("stats = %+v, want 1 document and %d statements", st, len(stmts))
		}
	})
}

func TestSaveDocumentStoresStatementsAndActors(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := context.Background()
		doc, stmts := seedDocument(t)
		res, err := s.SaveDocument(ctx, doc, stmts)
		if err != nil {
			t.Fatal(err)
		}

		rows, err := s.Statements(ctx, StatementQuery{DocumentID: res.DocumentID})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != len(stmts) {
			t.Fatalf("%d rows, want %d", len(rows), len(stmts))
		}
		for i, r := range rows {
			want := stmts[i]
			if r.Seq != i || r.DocumentID != res.DocumentID {
				t.Errorf("row %d: seq %d document %d", i, r.Seq, r.DocumentID)
			}
			if r.Kind != want.Kind || r.Content != want.Content || r.Speaker != want.Speaker || r.Medium != want.Medium ||
				r.SpeakerType != want.SpeakerType || r.Rule != want.Rule {
				t.Errorf("row %d: got %+v, want %+v", i, r.Statement, want)
			}
			if r.ContentText != doc.Raw[want.Content.Start:want.Content.End] {
				t.Errorf("row %d: content text %q", i, r.ContentText)
			}
			if !sameSpan(r.Source, want.Source) || !sameSpan(r.Cue, want.Cue) {
				t.Errorf("row %d: source %v cue %v, want %v %v", i, r.Source, r.Cue, want.Source, want.Cue)
			}
			if want.Source != nil && r.SourceText != doc.Raw[want.Source.Start:want.Source.End] {
				t.Errorf("row %d: source text %q", i, r.SourceText)
			}
			if want.Cue == nil && r.CueText != "" {
				t.Errorf("row %d: cue text %q without a cue", i, r.CueText)
			}
			if r.ActorID == 0 {
				t.Errorf("row %d: no actor for speaker %q", i, r.Speaker)
			}
			if r.DocName != doc.Name || r.DocTitle != doc.Title || r.DocOutlet != doc.Outlet || r.DocURL != doc.URL ||
				!r.DocPublished.Equal(doc.Published) {
				t.Errorf("row %d: document fields %q %q %q %q %v", i, r.DocName, r.DocTitle, r.DocOutlet, r.DocURL, r.DocPublished)
			}
			if r.Snippet != "" {
				t.Errorf("row %d: snippet %q without a search", i, r.Snippet)
			}
		}

		// Actors: one per speaker, with counts from the gold file.
		wantCounts := map[string]int{}
		for _, st := range stmts {
			wantCounts[st.Speaker]++
		}
		actors, err := s.Actors(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(actors) != len(wantCounts) {
			t.Fatalf("%d actors, want %d: %+v", len(actors), len(wantCounts), actors)
		}
		for i, a := range actors {
			if a.Statements != wantCounts[a.Name] || a.Documents != 1 {
				t.Errorf("actor %q: %d statements in %d documents, want %d in 1", a.Name, a.Statements, a.Documents, wantCounts[a.Name])
			}
			if a.Key != ActorKey(a.Name) {
				t.Errorf("actor %q has key %q", a.Name, a.Key)
			}
			if !a.FirstSeen.Equal(doc.Published) || !a.LastSeen.Equal(doc.Published) {
				t.Errorf("actor %q seen %v..%v, want %v", a.Name, a.FirstSeen, a.LastSeen, doc.Published)
			}
			if i > 0 && a.Statements > actors[i-1].Statements {
				t.Errorf("actors not ordered by statement count: %q after %q", a.Name, actors[i-1].Name)
			}
			wantType := ActorPerson
			if strings.Contains(a.Name, "Ministry") || strings.Contains(a.Name, "Government") {
				wantType = ActorOrganisation
			}
			if a.Type != wantType {
				t.Errorf("actor %q type %q, want %q", a.Name, a.Type, wantType)
			}
		}

		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Actors != len(wantCounts) || st.Unresolved != 0 {
			t.Errorf("stats = %+v, want %d actors, 0 unresolved", st, len(wantCounts))
		}
	})
}

func sameSpan(a, b *text.Span) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func TestActorsMergeAcrossDocuments(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := context.Background()
		jan := time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)
		mar := time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)
		raw1 := `Erdoğan said talks would resume. An official said nothing was agreed.`
		raw2 := `ERDOGAN, speaking later, said the talks had resumed.`
		d1, d2 := newDoc("one", raw1, mar), newDoc("two", raw2, jan)
		if _, err := s.SaveDocument(ctx, d1, []attrib.Statement{
			say(t, raw1, attrib.Indirect, "talks would resume", "Recep Tayyip Erdoğan", ""),
			say(t, raw1, attrib.Indirect, "nothing was agreed", "an official", "anonymous"),
			say(t, raw1, attrib.Indirect, "resume", "", ""), // unresolved speaker: no actor
		}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.SaveDocument(ctx, d2, []attrib.Statement{
			say(t, raw2, attrib.Indirect, "the talks had resumed", "Recep Tayyip ERDOGAN", "person"),
		}); err != nil {
			t.Fatal(err)
		}
		actors, err := s.Actors(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(actors) != 2 {
			t.Fatalf("actors = %+v, want 2", actors)
		}
		a := actors[0]
		// First name written is kept; the type is filled in when a later statement knows it.
		if a.Name != "Recep Tayyip Erdoğan" || a.Type != ActorPerson || a.Statements != 2 || a.Documents != 2 ||
			!a.FirstSeen.Equal(jan) || !a.LastSeen.Equal(mar) {
			t.Errorf("merged actor = %+v", a)
		}
		if actors[1].Type != ActorAnonymous {
			t.Errorf("anonymous actor = %+v", actors[1])
		}
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Unresolved != 1 || st.Actors != 2 || st.Statements != 4 {
			t.Errorf("stats = %+v, want 4 statements, 2 actors, 1 unresolved", st)
		}
	})
}

func TestSaveDocumentRollsBackOnBadStatement(t *testing.T) {
	raw := "Ministers said the talks were “très difficiles” and would go on."
	good := func(t *testing.T) []attrib.Statement {
		return []attrib.Statement{
			say(t, raw, attrib.Mixed, "the talks were “très difficiles”", "Ministers", "organisation"),
			say(t, raw, attrib.Indirect, "would go on", "Another Speaker", "person"),
		}
	}
	e := strings.Index(raw, "è")
	for _, c := range []struct {
		name string
		bad  func(attrib.Statement) attrib.Statement
		want string
	}{
		{"content past end", func(s attrib.Statement) attrib.Statement {
			s.Content = text.Span{Start: 10, End: len(raw) + 1}
			return s
		}, "outside raw text"},
		{"negative start", func(s attrib.Statement) attrib.Statement {
			s.Content = text.Span{Start: -1, End: 3}
			return s
		}, "outside raw text"},
		{"end before start", func(s attrib.Statement) attrib.Statement {
			s.Content = text.Span{Start: 8, End: 3}
			return s
		}, "outside raw text"},
		{"source out of range", func(s attrib.Statement) attrib.Statement {
			s.Source = &text.Span{Start: len(raw), End: len(raw) + 5}
			return s
		}, "source span"},
		{"cue splits a character", func(s attrib.Statement) attrib.Statement {
			s.Cue = &text.Span{Start: e + 1, End: e + 4}
			return s
		}, "splits a UTF-8 character"},
		{"piece outside content", func(s attrib.Statement) attrib.Statement {
			s.Content = text.Span{Start: 0, End: 9}
			s.Pieces = []text.Span{{Start: 0, End: 4}, {Start: 5, End: 20}}
			return s
		}, "piece 1"},
		{"pieces out of order", func(s attrib.Statement) attrib.Statement {
			s.Content = text.Span{Start: 0, End: 20}
			s.Pieces = []text.Span{{Start: 10, End: 20}, {Start: 0, End: 4}}
			return s
		}, "piece 1"},
		{"unknown kind", func(s attrib.Statement) attrib.Statement {
			s.Kind = "rumoured"
			return s
		}, "unknown kind"},
		{"unknown speaker type", func(s attrib.Statement) attrib.Statement {
			s.SpeakerType = "robot"
			return s
		}, "speaker type"},
	} {
		for _, b := range backends() {
			t.Run(b.name+"/"+c.name, func(t *testing.T) {
				s, _ := b.open(t)
				ctx := context.Background()
				doc := newDoc("bad", raw, time.Time{})
				stmts := good(t)
				// The bad statement comes last, after good ones, and is found after the document row was inserted.
				stmts = append(stmts, c.bad(say(t, raw, attrib.Indirect, "would go on", "Third Speaker", "person")))
				_, err := s.SaveDocument(ctx, doc, stmts)
				if err == nil {
					t.Fatal("SaveDocument succeeded")
				}
				if !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "bad") ||
					!strings.Contains(err.Error(), "statement 2") {
					t.Errorf("error %q should name the document, statement 2 and %q", err, c.want)
				}
				st, err := s.Stats(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if st.Documents != 0 || st.Statements != 0 || st.Actors != 0 {
					t.Errorf("after failed save: %+v, want nothing stored", st)
				}
				if err := s.Check(ctx); err != nil {
					t.Errorf("Check after failed save: %v", err)
				}
				// The same document saves once its statements are fixed.
				res, err := s.SaveDocument(ctx, doc, good(t))
				if err != nil || !res.Created || res.Statements != 2 {
					t.Errorf("save after rollback = %+v, %v", res, err)
				}
			})
		}
	}
}

func TestSaveDocumentRejectsBadDocument(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := context.Background()
		for _, c := range []struct {
			name string
			raw  string
			body int
			want string
		}{
			{"invalid UTF-8", "caf\xe9 au lait", 0, "UTF-8"},
			{"body start past end", "short", 6, "body start"},
			{"negative body start", "short", -1, "body start"},
		} {
			t.Run(c.name, func(t *testing.T) {
				doc := newDoc("doc-"+strings.ReplaceAll(c.name, " ", "-"), c.raw, time.Time{})
				doc.BodyStart = c.body
				_, err := s.SaveDocument(ctx, doc, nil)
				if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), doc.Name) {
					t.Errorf("SaveDocument error = %v, want one naming %s and %q", err, doc.Name, c.want)
				}
			})
		}
		if _, err := s.SaveDocument(ctx, nil, nil); err == nil {
			t.Error("SaveDocument(nil) succeeded")
		}
	})
}

func TestPieces(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := context.Background()
		raw := `"We are close," he said, "but not there yet."`
		first, second := spanOf(t, raw, "We are close,"), spanOf(t, raw, "but not there yet.")
		whole := text.Span{Start: first.Start, End: second.End}
		one := spanOf(t, raw, "he said")
		doc := newDoc("pieces", raw, time.Time{})
		if _, err := s.SaveDocument(ctx, doc, []attrib.Statement{
			{Kind: attrib.Direct, Content: whole, Pieces: []text.Span{first, second}, Speaker: "Him", Rule: "r"},
			{Kind: attrib.Direct, Content: one, Pieces: []text.Span{one}, Speaker: "Him", Rule: "r"},
		}); err != nil {
			t.Fatal(err)
		}
		rows, err := s.Statements(ctx, StatementQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 2 {
			t.Fatalf("%d rows", len(rows))
		}
		if rows[0].ContentText != "We are close, but not there yet." || !slices.Equal(rows[0].Pieces, []text.Span{first, second}) ||
			rows[0].Content != whole {
			t.Errorf("interrupted statement: %q %v %v", rows[0].ContentText, rows[0].Content, rows[0].Pieces)
		}
		if rows[1].Pieces != nil || rows[1].ContentText != "he said" {
			t.Errorf("one-piece statement: %q %v", rows[1].ContentText, rows[1].Pieces)
		}
		// The index holds the joined text: the interruption is not searchable as content.
		got, err := s.Statements(ctx, StatementQuery{Search: "close but"})
		if err != nil || len(got) != 1 {
			t.Errorf("search joined pieces: %d rows, %v", len(got), err)
		}
	})
}

// corpus saves a few short documents for the query tests.
func corpus(t *testing.T, s *sqlLedger) map[string]int64 {
	t.Helper()
	ctx := context.Background()
	s.now = func() time.Time { return time.Date(2025, 2, 15, 12, 0, 0, 0, time.UTC) }
	ids := map[string]int64{}
	for _, d := range []struct {
		name      string
		published time.Time
		raw       string
		says      [][4]string // kind, content, speaker, type
	}{
		{"jan", time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC),
			"Steve Witkoff said security guarantees were agreed. Guarantees, guarantees and more security guarantees, Witkoff added.",
			[][4]string{
				{"indirect", "security guarantees were agreed", "Steve Witkoff", "person"},
				{"direct", "Guarantees, guarantees and more security guarantees", "Steve Witkoff", "person"},
			}},
		{"feb", time.Date(2025, 2, 1, 1, 0, 0, 0, time.FixedZone("EET", 2*3600)), // 2025-01-31T23:00Z
			"The Kremlin said negotiations on Crimea were closed. Witkoff's deputy, Ana Díaz, said negotiators met in Alaska.",
			[][4]string{
				{"indirect", "negotiations on Crimea were closed", "The Kremlin", "organisation"},
				{"indirect", "negotiators met in Alaska", "Ana Díaz", "person"},
			}},
		{"undated", time.Time{}, // falls back to ingest time, 2025-02-15
			"A senior official said the summit in Alaska changed nothing.",
			[][4]string{{"indirect", "the summit in Alaska changed nothing", "a senior official", "anonymous"}}},
		{"mar", time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC),
			`Zelenskyy said: "Ukraine will not give up Crimea."`,
			[][4]string{{"direct", "Ukraine will not give up Crimea.", "Volodymyr Zelenskyy", "person"}}},
	} {
		var stmts []attrib.Statement
		for _, x := range d.says {
			stmts = append(stmts, say(t, d.raw, attrib.Kind(x[0]), x[1], x[2], x[3]))
		}
		res, err := s.SaveDocument(ctx, newDoc(d.name, d.raw, d.published), stmts)
		if err != nil {
			t.Fatal(err)
		}
		ids[d.name] = res.DocumentID
	}
	return ids
}

func contents(rows []StatementRow) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r.ContentText)
	}
	return out
}

func TestStatementsFilters(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := context.Background()
		ids := corpus(t, s)
		all := []string{
			"security guarantees were agreed",
			"Guarantees, guarantees and more security guarantees",
			"negotiations on Crimea were closed",
			"negotiators met in Alaska",
			"the summit in Alaska changed nothing",
			"Ukraine will not give up Crimea.",
		}
		for _, c := range []struct {
			name string
			q    StatementQuery
			want []string
		}{
			{"all, by date then order", StatementQuery{}, all},
			{"speaker surname", StatementQuery{Speaker: "Witkoff"}, all[:2]},
			{"speaker lower case", StatementQuery{Speaker: "witkoff"}, all[:2]},
			{"speaker substring across words", StatementQuery{Speaker: "steve wit"}, all[:2]},
			{"speaker without accent", StatementQuery{Speaker: "diaz"}, all[3:4]},
			{"speaker organisation", StatementQuery{Speaker: "KREMLIN"}, all[2:3]},
			{"speaker nobody", StatementQuery{Speaker: "Putin"}, nil},
			{"speaker LIKE wildcard is literal", StatementQuery{Speaker: "%"}, nil},
			{"speaker underscore is literal", StatementQuery{Speaker: "_"}, nil},
			{"since inclusive", StatementQuery{Since: time.Date(2025, 1, 31, 23, 0, 0, 0, time.UTC)}, all[2:]},
			{"since falls back to ingest time", StatementQuery{Since: time.Date(2025, 2, 10, 0, 0, 0, 0, time.UTC)}, all[4:]},
			{"since in another zone", StatementQuery{Since: time.Date(2025, 2, 1, 0, 0, 0, 0, time.FixedZone("X", 3600))}, all[2:]},
			{"until exclusive", StatementQuery{Until: time.Date(2025, 1, 31, 23, 0, 0, 0, time.UTC)}, all[:2]},
			{"since and until", StatementQuery{Since: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC), Until: time.Date(2025, 2, 20, 0, 0, 0, 0, time.UTC)}, all[2:5]},
			{"kind", StatementQuery{Kind: attrib.Direct}, []string{all[1], all[5]}},
			{"document", StatementQuery{DocumentID: ids["feb"]}, all[2:4]},
			{"limit", StatementQuery{Limit: 2}, all[:2]},
			{"limit and offset", StatementQuery{Limit: 2, Offset: 3}, all[3:5]},
			{"offset only", StatementQuery{Offset: 4}, all[4:]},
			{"speaker and search", StatementQuery{Speaker: "witkoff", Search: "agreed"}, all[:1]},
		} {
			t.Run(c.name, func(t *testing.T) {
				rows, err := s.Statements(ctx, c.q)
				if err != nil {
					t.Fatal(err)
				}
				if got := contents(rows); !slices.Equal(got, c.want) {
					t.Errorf("got %q\nwant %q", got, c.want)
				}
			})
		}
		if _, err := s.Statements(ctx, StatementQuery{Limit: -1}); err == nil {
			t.Error("negative limit accepted")
		}
	})
}

func TestSearch(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := context.Background()
		corpus(t, s)
		for _, c := range []struct {
			name, search string
			want         []string // best first
			snippetHas   string   // in the first row's snippet
		}{
			{"word, ranked by frequency", "guarantees",
				[]string{"Guarantees, guarantees and more security guarantees", "security guarantees were agreed"}, "[guarantees]"},
			{"prefix finds plural", "guarantee*", []string{"Guarantees, guarantees and more security guarantees", "security guarantees were agreed"}, "[Guarantees]"},
			{"all words must match", "security agreed", []string{"security guarantees were agreed"}, "[security]"},
			{"case and accents folded", "ALASKA", []string{"negotiators met in Alaska", "the summit in Alaska changed nothing"}, "[Alaska]"},
			{"prefix", "negotiat*", []string{"negotiations on Crimea were closed", "negotiators met in Alaska"}, "[negotiat"},
			{"speaker column", "zelenskyy", []string{"Ukraine will not give up Crimea."}, ""},
			{"no stemming", "guarantee", nil, ""},
			{"no match", "pineapple", nil, ""},
		} {
			t.Run(c.name, func(t *testing.T) {
				rows, err := s.Statements(ctx, StatementQuery{Search: c.search})
				if err != nil {
					t.Fatal(err)
				}
				got := contents(rows)
				if c.name == "case and accents folded" || c.name == "prefix" {
					slices.Sort(got) // equal ranks: compare as a set
				}
				if !slices.Equal(got, c.want) {
					t.Fatalf("got %q\nwant %q", got, c.want)
				}
				for i, r := range rows {
					if i > 0 && r.Rank < rows[i-1].Rank {
						t.Errorf("row %d rank %v better than row %d rank %v", i, r.Rank, i-1, rows[i-1].Rank)
					}
					if r.Rank >= 0 {
						t.Errorf("row %d: bm25 rank %v, want negative", i, r.Rank)
					}
					if r.Snippet == "" {
						t.Errorf("row %d: no snippet", i)
					}
				}
				if len(rows) > 0 && !strings.Contains(rows[0].Snippet, c.snippetHas) {
					t.Errorf("snippet %q lacks %q", rows[0].Snippet, c.snippetHas)
				}
			})
		}
	})
}

func TestSearchHostileQueries(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := context.Background()
		corpus(t, s)
		for _, c := range []struct {
			q       string
			noWords bool // nothing searchable: ErrBadQuery rather than results
			want    int  // rows expected when there are words (-1: don't care)
		}{
			{q: `"`, noWords: true},
			{q: `""`, noWords: true},
			{q: `*`, noWords: true},
			{q: `(`, noWords: true},
			{q: `) ( " * : ^ - +`, noWords: true},
			{q: `AND OR`, want: 0},
			{q: `AND`, want: 1},              // the word "and"
			{q: `NOT Crimea`, want: 1},       // NOT is a word too: "will not give up Crimea"
			{q: `Crimea OR Alaska`, want: 0}, // OR is a word to find, not an operator
			{q: `NEAR(`, want: 0},
			{q: `NEAR(Crimea Ukraine, 2)`, want: 0},
			{q: `col:x`, want: 0},
			{q: `content_text:Crimea`, want: 0},
			{q: `speaker:zelenskyy`, want: 0},
			{q: `(Crimea`, want: 2},
			{q: `Crimea)`, want: 2},
			{q: `"Crimea`, want: 2},
			{q: `Cri"mea`, want: 0},
			{q: `^Crimea`, want: 2},
			{q: `-Crimea`, want: 2},
			{q: `Crimea*`, want: 2},
			{q: `Crim**`, want: 2},
			{q: `*Crimea`, want: 2},
			{q: `{content_text speaker}: x`, want: 0},
			{q: "Crimea\x00", want: 2},
			{q: "Crimea'; DROP TABLE statements; --", want: 0},
			{q: `Ukraine.`, want: 1},
			{q: "\U0001E900", want: 0},         // a letter newer than the tokenizer's Unicode tables
			{q: "Crimea \U0001E900", want: -1}, // may or may not narrow the search, but must not fail
			{q: "\xff\xfe Crimea", want: 2},    // invalid UTF-8
			{q: strings.Repeat("Crimea ", 500), want: 2},
		} {
			rows, err := s.Statements(ctx, StatementQuery{Search: c.q})
			if c.noWords {
				if !errors.Is(err, ErrBadQuery) {
					t.Errorf("Search(%q): err = %v, want ErrBadQuery", c.q, err)
				}
				continue
			}
			if err != nil {
				t.Errorf("Search(%q): %v", c.q, err)
				continue
			}
			if c.want >= 0 && len(rows) != c.want {
				t.Errorf("Search(%q): %d rows %q, want %d", c.q, len(rows), contents(rows), c.want)
			}
		}
		// The table is still there after the injection attempt.
		if err := s.Check(ctx); err != nil {
			t.Error(err)
		}
	})
}

func FuzzSearch(f *testing.F) {
	ctx := context.Background()
	raw := `Steve Witkoff said: "Security guarantees (Article 5-like) were agreed", adding NEAR-total "consensus".`
	var ledgers []*sqlLedger
	for _, b := range backends() {
		if b.name == "postgres" && os.Getenv(pgtest.EnvVar) == "" {
			continue
		}
		s, _ := b.open(f)
		if _, err := s.SaveDocument(ctx, newDoc("fuzz", raw, time.Time{}), []attrib.Statement{
			say(f, raw, attrib.Direct, "Security guarantees (Article 5-like) were agreed", "Steve Witkoff", "person"),
		}); err != nil {
			f.Fatal(err)
		}
		ledgers = append(ledgers, s)
	}
	for _, seed := range []string{"", `"`, "AND OR", "NEAR(", "*", "col:x", "((", "a OR b", `"a" NOT b*`, "é", "\x00", "guarantees",
		`'a':* & !b`, `\'`, "x:*", "<->"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, q string) {
		for _, s := range ledgers {
			_, err := s.Statements(ctx, StatementQuery{Search: q, Limit: 5})
			if err != nil && !errors.Is(err, ErrBadQuery) {
				t.Fatalf("%s: Search(%q): %v", s.d.name, q, err)
			}
			if err != nil && strings.ContainsFunc(q, isTokenChar) {
				t.Fatalf("%s: Search(%q) has words but failed: %v", s.d.name, q, err)
			}
		}
	})
}

func TestDocuments(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := context.Background()
		ids := corpus(t, s)
		docs, err := s.Documents(ctx, DocumentQuery{})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, d := range docs {
			names = append(names, d.Name)
			if d.Raw != "" {
				t.Errorf("Documents returned raw text for %s", d.Name)
			}
		}
		if want := []string{"jan", "feb", "undated", "mar"}; !slices.Equal(names, want) {
			t.Errorf("documents %q, want %q", names, want)
		}
		page, err := s.Documents(ctx, DocumentQuery{Limit: 1, Offset: 1})
		if err != nil || len(page) != 1 || page[0].Name != "feb" || page[0].Statements != 2 {
			t.Errorf("page = %+v, %v", page, err)
		}

		doc := newDoc("meta", "Header: x\n\nBody text.", time.Date(2024, 5, 6, 7, 8, 9, 0, time.FixedZone("", -5*3600)))
		doc.BodyStart = strings.Index(doc.Raw, "Body")
		doc.Author, doc.Meta = "A. Writer", map[string]string{"header": "x", "lang": "en"}
		res, err := s.SaveDocument(ctx, doc, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Document(ctx, res.DocumentID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Raw != doc.Raw || got.Hash != doc.Hash || got.Name != doc.Name || got.Path != doc.Path || got.URL != doc.URL ||
			got.Outlet != doc.Outlet || got.Title != doc.Title || got.Author != doc.Author || got.BodyStart != doc.BodyStart ||
			!got.Published.Equal(doc.Published) || got.Statements != 0 || got.IngestedAt.IsZero() {
			t.Errorf("Document = %+v\nsaved %+v", got, doc)
		}
		if len(got.Meta) != 2 || got.Meta["lang"] != "en" {
			t.Errorf("meta = %v", got.Meta)
		}
		undated, err := s.Document(ctx, ids["undated"])
		if err != nil || !undated.Published.IsZero() || undated.Meta != nil {
			t.Errorf("undated document = %+v, %v", undated, err)
		}
		if _, err := s.Document(ctx, 424242); !errors.Is(err, ErrNotFound) {
			t.Errorf("missing document: err = %v, want ErrNotFound", err)
		}
	})
}

func TestCheck(t *testing.T) {
	// breakIndex makes the search index disagree with the statements, each backend its own way.
	breakIndex := map[string][]string{
		"sqlite": {`DROP TRIGGER statements_fts_delete`, `DELETE FROM statements WHERE seq = 0`},
		"postgres": {`ALTER TABLE statements ALTER COLUMN search DROP EXPRESSION`,
			`UPDATE statements SET content_text = 'rewritten' WHERE seq = 0`},
	}
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := context.Background()
		doc, stmts := seedDocument(t)
		res, err := s.SaveDocument(ctx, doc, stmts)
		if err != nil {
			t.Fatal(err)
		}
		corpus(t, s)
		if err := s.Check(ctx); err != nil {
			t.Fatalf("Check on a good ledger: %v", err)
		}

		// Deleting a document cascades to its statements and to the index.
		if _, err := s.w.ExecContext(ctx, `DELETE FROM documents WHERE id = $1`, res.DocumentID); err != nil {
			t.Fatal(err)
		}
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Statements != 6 {
			t.Errorf("%d statements after delete, want the corpus's 6", st.Statements)
		}
		if err := s.Check(ctx); err != nil {
			t.Fatalf("Check after cascaded delete: %v", err)
		}
		if rows, err := s.Statements(ctx, StatementQuery{Search: "concession"}); err != nil || len(rows) != 0 {
			t.Errorf("deleted statement still found: %d rows, %v", len(rows), err)
		}

		// A statement missing from the middle of a document is caught.
		if _, err := s.w.ExecContext(ctx, `DELETE FROM statements WHERE seq = 0 AND document_id = (SELECT MIN(document_id) FROM statements)`); err != nil {
			t.Fatal(err)
		}
		err = s.Check(ctx)
		if err == nil || !strings.Contains(err.Error(), "half-stored") {
			t.Errorf("Check with a statement missing: %v", err)
		}
		if _, err := s.w.ExecContext(ctx, `DELETE FROM documents WHERE id = (SELECT MIN(document_id) FROM statements)`); err != nil {
			t.Fatal(err)
		}
		if err := s.Check(ctx); err != nil {
			t.Fatalf("Check after removing the half document: %v", err)
		}

		// An index out of step with the statements is caught.
		for _, q := range breakIndex[s.d.name] {
			if _, err := s.w.ExecContext(ctx, q); err != nil {
				t.Fatal(err)
			}
		}
		err = s.Check(ctx)
		if err == nil || !strings.Contains(err.Error(), "search index") {
			t.Errorf("Check with a stale index: %v", err)
		}
	})
}
