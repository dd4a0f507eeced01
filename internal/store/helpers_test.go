package store

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/store/pgtest"
	"github.com/parley-ledger/parley/internal/text"
)

// backend is one database a ledger can live in, for tests that run on each.
type backend struct {
	name string
	// open opens a fresh, empty ledger that is closed when the test ends; reopen opens another handle on the
	// same ledger, which the caller closes. It skips the test when the backend is not available.
	open func(tb testing.TB) (s *sqlLedger, reopen func() (*sqlLedger, error))
}

func backends() []backend {
	return []backend{
		{"sqlite", func(tb testing.TB) (*sqlLedger, func() (*sqlLedger, error)) {
			s := openTest(tb)
			return &s.sqlLedger, func() (*sqlLedger, error) {
				s, err := Open(context.Background(), s.path)
				if err != nil {
					return nil, err
				}
				return &s.sqlLedger, nil
			}
		}},
		{"postgres", func(tb testing.TB) (*sqlLedger, func() (*sqlLedger, error)) {
			dsn := pgtest.DSN(tb)
			reopen := func() (*sqlLedger, error) {
				p, err := OpenPostgres(context.Background(), dsn)
				if err != nil {
					return nil, err
				}
				return &p.sqlLedger, nil
			}
			s, err := reopen()
			if err != nil {
				tb.Fatalf("OpenPostgres: %v", err)
			}
			tb.Cleanup(func() {
				if err := s.Close(); err != nil {
					tb.Errorf("Close: %v", err)
				}
			})
			return s, reopen
		}},
	}
}

// eachBackend runs fn as a subtest on a fresh ledger of each backend: SQLite always, PostgreSQL when
// PARLEY_TEST_PG is set (see pgtest).
func eachBackend(t *testing.T, fn func(t *testing.T, s *sqlLedger)) {
	t.Helper()
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s, _ := b.open(t)
			fn(t, s)
		})
	}
}

// openTest opens a fresh ledger in a temporary directory and closes it when the test ends.
func openTest(tb testing.TB) *SQLite {
	tb.Helper()
	s, err := Open(context.Background(), filepath.Join(tb.TempDir(), "ledger", "parley.db"))
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() {
		if err := s.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return s
}

func newDoc(name, raw string, published time.Time) *ingest.Document {
	sum := sha256.Sum256([]byte(raw))
	return &ingest.Document{
		Name:      name,
		Path:      name + ".txt",
		Hash:      hex.EncodeToString(sum[:]),
		Raw:       raw,
		Published: published,
		Title:     "Title of " + name,
		Outlet:    "Test Outlet",
		URL:       "https://example.com/" + name,
	}
}

// spanOf is the span of the first occurrence of sub in raw; the test fails if there is none.
func spanOf(tb testing.TB, raw, sub string) text.Span {
	tb.Helper()
	i := strings.Index(raw, sub)
	if i < 0 {
		tb.Fatalf("%q not in raw text", sub)
	}
	return text.Span{Start: i, End: i + len(sub)}
}

// say builds a statement whose content is the first occurrence of content in raw.
func say(tb testing.TB, raw string, kind attrib.Kind, content, speaker, speakerType string) attrib.Statement {
	tb.Helper()
	return attrib.Statement{
		Kind:        kind,
		Content:     spanOf(tb, raw, content),
		Speaker:     speaker,
		SpeakerType: speakerType,
		Rule:        "test",
	}
}

// goldStatement is one line of the shared gold file.
type goldStatement struct {
	Speaker string `json:"speaker"`
	Mention string `json:"mention"`
	Cue     string `json:"cue"`
	Kind    string `json:"kind"`
	Medium  string `json:"medium"`
	Content string `json:"content"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// seedDocument loads the shared gold article (copied into testdata) and turns its gold attributions into
// statements, placing mention and cue at their occurrence nearest the content.
func seedDocument(tb testing.TB) (*ingest.Document, []attrib.Statement) {
	tb.Helper()
	const base = "testdata/000_ede8f8dea4cc4353"
	raw, err := os.ReadFile(base + ".txt")
	if err != nil {
		tb.Fatal(err)
	}
	doc := newDoc("000_ede8f8dea4cc4353", string(raw), time.Date(2025, 8, 18, 7, 41, 0, 0, time.FixedZone("BST", 3600)))
	f, err := os.Open(base + ".statements.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var stmts []attrib.Statement
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var g goldStatement
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			tb.Fatal(err)
		}
		content := text.Span{Start: g.Start, End: g.End}
		if got := doc.Raw[g.Start:g.End]; got != g.Content {
			tb.Fatalf("gold content at [%d,%d) is %q, want %q", g.Start, g.End, got, g.Content)
		}
		typ := "person"
		if strings.Contains(g.Speaker, "Ministry") || strings.Contains(g.Speaker, "Government") {
			typ = "organisation"
		}
		stmts = append(stmts, attrib.Statement{
			Kind:        attrib.Kind(g.Kind),
			Source:      nearest(doc.Raw, g.Mention, content),
			Cue:         nearest(doc.Raw, g.Cue, content),
			Content:     content,
			Speaker:     g.Speaker,
			SpeakerType: typ,
			Medium:      g.Medium,
			Rule:        "gold",
		})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return doc, stmts
}

// nearest is the occurrence of sub outside content that is closest to it, or nil.
func nearest(raw, sub string, content text.Span) *text.Span {
	if sub == "" {
		return nil
	}
	var best *text.Span
	bestDist := len(raw) + 1
	for off := 0; ; {
		i := strings.Index(raw[off:], sub)
		if i < 0 {
			break
		}
		sp := text.Span{Start: off + i, End: off + i + len(sub)}
		off = sp.End
		if sp.Overlaps(content) {
			continue
		}
		d := content.Start - sp.End
		if sp.Start >= content.End {
			d = sp.Start - content.End
		}
		if d < bestDist {
			bestDist, best = d, &sp
		}
	}
	return best
}
