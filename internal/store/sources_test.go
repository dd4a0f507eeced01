package store

import (
	"context"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/ingest"
)

// wireDoc reads one story of dedup's test pairs as a document.
func wireDoc(tb testing.TB, name string) *ingest.Document {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "dedup", "testdata", "pairs", name+".txt"))
	if err != nil {
		tb.Fatal(err)
	}
	return newDoc(name, string(raw), time.Date(2025, 3, 3, 12, 0, 0, 0, time.UTC))
}

func newSources(tb testing.TB, l Ledger) *Sources {
	tb.Helper()
	src, err := NewSources(l)
	if err != nil {
		tb.Fatal(err)
	}
	return src
}

func TestSaveSourceClustersWireCopies(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := context.Background()
		src := newSources(t, s)
		// The follow-up story (b) is on the same topic but is not a copy; it comes between the copies so
		// that order cannot be what groups them.
		names := []string{"t01_port_strike_a_v2", "t01_port_strike_b", "t01_port_strike_a", "t01_port_strike_a_v3", "t01_port_strike_a_v1"}
		ids := map[string]int64{}
		for _, n := range names {
			res, err := src.SaveSource(ctx, wireDoc(t, n), nil)
			if err != nil {
				t.Fatalf("SaveSource %s: %v", n, err)
			}
			if !res.Created {
				t.Fatalf("%s not created", n)
			}
			ids[n] = res.DocumentID
		}
		first := ids["t01_port_strike_a_v2"]
		cl, err := src.Clusters(ctx, slices.Collect(maps.Values(ids)))
		if err != nil {
			t.Fatal(err)
		}
		for n, id := range ids {
			want, size := first, 4
			if n == "t01_port_strike_b" {
				want, size = id, 1
			}
			if c := cl[id]; c.ID != want || c.Size != size {
				t.Errorf("%s: cluster %+v, want id %d size %d", n, c, want, size)
			}
		}
		docs, err := src.ClusterDocuments(ctx, first)
		if err != nil || len(docs) != 4 {
			t.Fatalf("ClusterDocuments = %d docs, %v; want 4", len(docs), err)
		}
		if c, err := src.ClusterOf(ctx, ids["t01_port_strike_a_v1"]); err != nil || c != first {
			t.Errorf("ClusterOf(v1) = %d, %v; want %d", c, err, first)
		}
		if _, err := src.ClusterOf(ctx, 99999); !errors.Is(err, ErrNotFound) {
			t.Errorf("ClusterOf(missing) err = %v, want ErrNotFound", err)
		}
		if n, err := src.IndependentDocuments(ctx, slices.Collect(maps.Values(ids))); err != nil || n != 2 {
			t.Errorf("IndependentDocuments = %d, %v; want 2", n, err)
		}

		// Saving a copy again changes nothing and reports its cluster.
		res, err := src.SaveSource(ctx, wireDoc(t, "t01_port_strike_a_v3"), nil)
		if err != nil || res.Created || res.ClusterID != first || res.Copies != 3 {
			t.Errorf("re-save: %+v, %v", res, err)
		}
	})
}

// Two handles on one ledger (two processes) each keep an index; each must see what the other signed.
func TestClustersAcrossHandles(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := context.Background()
		one, two := newSources(t, s), newSources(t, s)
		a, err := one.SaveSource(ctx, wireDoc(t, "t02_steel_talks_a"), nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := two.SaveSource(ctx, wireDoc(t, "t02_steel_talks_b"), nil); err != nil {
			t.Fatal(err)
		}
		v1, err := two.SaveSource(ctx, wireDoc(t, "t02_steel_talks_a_v1"), nil)
		if err != nil {
			t.Fatal(err)
		}
		if v1.ClusterID != a.DocumentID {
			t.Errorf("copy saved through the second handle: cluster %d, want %d", v1.ClusterID, a.DocumentID)
		}
		bv1, err := one.SaveSource(ctx, wireDoc(t, "t02_steel_talks_b_v1"), nil)
		if err != nil {
			t.Fatal(err)
		}
		if bv1.ClusterID == a.DocumentID || bv1.Copies != 1 {
			t.Errorf("copy of b saved through the first handle: %+v", bv1)
		}
	})
}

// Documents stored by plain SaveDocument (another path, or a ledger from before migration 0003) are signed
// and clustered by the next pass, and their statements keyed.
func TestReclusterSignsEarlierDocuments(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := context.Background()
		var ids []int64
		for _, n := range []string{"t03_auto_offer_a", "t03_auto_offer_a_v1", "t03_auto_offer_b"} {
			doc := wireDoc(t, n)
			res, err := s.SaveDocument(ctx, doc, []attrib.Statement{say(t, doc.Raw, attrib.Indirect, doc.Raw[:40], "Someone", "person")})
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, res.DocumentID)
		}
		src := newSources(t, s)
		if n, err := src.IndependentDocuments(ctx, ids); err != nil || n != 3 {
			t.Errorf("before clustering: %d independent, %v; want 3 (each its own story)", n, err)
		}
		n, err := src.Recluster(ctx)
		if err != nil || n != 3 {
			t.Fatalf("Recluster = %d, %v; want 3", n, err)
		}
		if n, err := src.Recluster(ctx); err != nil || n != 0 {
			t.Errorf("second Recluster = %d, %v; want 0", n, err)
		}
		if n, err := src.IndependentDocuments(ctx, ids); err != nil || n != 2 {
			t.Errorf("after clustering: %d independent, %v; want 2", n, err)
		}
		var unkeyed int
		if err := s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM statements WHERE statement_key IS NULL`).Scan(&unkeyed); err != nil || unkeyed != 0 {
			t.Errorf("%d statements without a key, %v", unkeyed, err)
		}
	})
}

func TestStatementOccurrences(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := context.Background()
		src := newSources(t, s)
		quote := func(doc *ingest.Document, content, speaker string) attrib.Statement {
			return say(t, doc.Raw, attrib.Direct, content, speaker, "person")
		}
		// Two wire copies and an independent report print Kessler's quote, each in its own quote style; a
		// fourth document has someone else saying the same words.
		a := wireDoc(t, "t01_port_strike_a")
		a.Raw += "\n“We will not go back without a fair deal,” Marta Kessler said.\n"
		a.Hash = ""
		v1 := wireDoc(t, "t01_port_strike_a_v1")
		v1.Raw += "\n\"We will not go back without a fair deal\", Marta Kessler said.\n"
		v1.Hash = ""
		other := newDoc("radio", "Marta Kessler told the radio: 'We will NOT go back without a fair deal.'\n", time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC))
		echo := newDoc("echo", "A picket said: “We will not go back without a fair deal.”\n", time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC))
		saved := map[string]int64{}
		for name, d := range map[string]struct {
			doc     *ingest.Document
			content string
			speaker string
		}{
			"a":     {a, "“We will not go back without a fair deal,”", "Marta Kessler"},
			"v1":    {v1, "\"We will not go back without a fair deal\"", "Marta Kessler"},
			"radio": {other, "'We will NOT go back without a fair deal.'", "Marta  Kessler"},
			"echo":  {echo, "“We will not go back without a fair deal.”", "a picket"},
		} {
			res, err := src.SaveSource(ctx, d.doc, []attrib.Statement{quote(d.doc, d.content, d.speaker)})
			if err != nil {
				t.Fatalf("save %s: %v", name, err)
			}
			saved[name] = res.DocumentID
		}
		rows, err := s.Statements(ctx, StatementQuery{})
		if err != nil {
			t.Fatal(err)
		}
		byDoc := map[int64]int64{}
		var ids []int64
		for _, r := range rows {
			byDoc[r.DocumentID] = r.ID
			ids = append(ids, r.ID)
		}
		occ, err := src.StatementOccurrences(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"a", "v1", "radio"} {
			o := occ[byDoc[saved[name]]]
			if o.Statements != 3 || o.Documents != 3 || o.Sources != 2 {
				t.Errorf("%s: occurrences %+v, want 3 statements in 3 documents from 2 sources", name, o)
			}
		}
		if o := occ[byDoc[saved["echo"]]]; o.Statements != 1 || o.Sources != 1 {
			t.Errorf("echo: %+v, want a quote of its own", o)
		}
		kessler := []int64{byDoc[saved["a"]], byDoc[saved["v1"]], byDoc[saved["radio"]]}
		if n, err := src.IndependentSources(ctx, kessler); err != nil || n != 2 {
			t.Errorf("IndependentSources = %d, %v; want 2", n, err)
		}

		distinct, err := src.DistinctStatements(ctx, StatementQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if len(distinct) != 2 {
			t.Fatalf("DistinctStatements = %d rows, want 2: %+v", len(distinct), distinct)
		}
		for _, d := range distinct {
			switch len(d.StatementIDs) {
			case 3:
				if d.Statements != 3 || d.Sources != 2 || d.StatementIDs[0] != d.ID {
					t.Errorf("Kessler row %+v", d.Occurrences)
				}
			case 1:
				if d.Speaker != "a picket" {
					t.Errorf("single row is %q's", d.Speaker)
				}
			default:
				t.Errorf("row with %d statements", len(d.StatementIDs))
			}
		}
		if page, err := src.DistinctStatements(ctx, StatementQuery{Limit: 1, Offset: 1}); err != nil || len(page) != 1 || page[0].ID != distinct[1].ID {
			t.Errorf("second page = %+v, %v", page, err)
		}
		if only, err := src.DistinctStatements(ctx, StatementQuery{Speaker: "kessler"}); err != nil || len(only) != 1 || only[0].Statements != 3 {
			t.Errorf("speaker filter = %+v, %v", only, err)
		}
	})
}

func TestFeeds(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *sqlLedger) {
		ctx := context.Background()
		src := newSources(t, s)
		now := time.Date(2025, 8, 18, 9, 0, 0, 0, time.UTC)
		s.now = func() time.Time { return now }
		for _, bad := range []string{"ftp://example.com/feed", "/feed.xml", "http://", "not a url"} {
			if _, _, err := src.AddFeed(ctx, bad, time.Hour); err == nil {
				t.Errorf("AddFeed(%q) accepted", bad)
			}
		}
		if _, _, err := src.AddFeed(ctx, "https://example.com/rss", time.Second); err == nil {
			t.Error("a one-second interval was accepted")
		}
		f, created, err := src.AddFeed(ctx, "https://example.com/rss", 15*time.Minute)
		if err != nil || !created || f.Interval != 15*time.Minute || !f.NextPoll.Equal(now) {
			t.Fatalf("AddFeed = %+v, %v, %v", f, created, err)
		}
		if f, created, err = src.AddFeed(ctx, "https://example.com/rss", time.Hour); err != nil || created || f.Interval != time.Hour {
			t.Errorf("re-add = %+v, %v, %v; want the interval changed", f, created, err)
		}
		if _, _, err := src.AddFeed(ctx, "https://example.org/atom", time.Hour); err != nil {
			t.Fatal(err)
		}
		due, err := src.DueFeeds(ctx, now)
		if err != nil || len(due) != 2 {
			t.Fatalf("DueFeeds = %d, %v; want 2", len(due), err)
		}
		st := due[0]
		st.Title, st.ETag, st.LastModified = "Example News", `"v1"`, "Mon, 18 Aug 2025 08:00:00 GMT"
		st.LastPolled, st.NextPoll = now, now.Add(time.Hour)
		st.Seen = []string{"guid-1", "guid-2@2025-08-18T08:00:00Z"}
		st.Interval = time.Minute // the poller's copy must not change the user's setting
		if err := src.SaveFeedState(ctx, st); err != nil {
			t.Fatal(err)
		}
		due, err = src.DueFeeds(ctx, now.Add(time.Minute))
		if err != nil || len(due) != 1 || due[0].URL != "https://example.org/atom" {
			t.Errorf("due after polling one: %+v, %v", due, err)
		}
		all, err := src.Feeds(ctx)
		if err != nil || len(all) != 2 {
			t.Fatalf("Feeds = %d, %v", len(all), err)
		}
		got := all[0]
		if got.Title != "Example News" || got.ETag != `"v1"` || !got.LastPolled.Equal(now) || !got.NextPoll.Equal(now.Add(time.Hour)) ||
			!slices.Equal(got.Seen, st.Seen) || got.Interval != time.Hour || got.Failures != 0 {
			t.Errorf("stored state %+v", got)
		}
		got.Failures, got.LastError = 2, "fetch https://example.com/rss: 503"
		if err := src.SaveFeedState(ctx, got); err != nil {
			t.Fatal(err)
		}
		if all, _ = src.Feeds(ctx); all[0].Failures != 2 || all[0].LastError != got.LastError {
			t.Errorf("failure not stored: %+v", all[0])
		}

		if err := src.RemoveFeed(ctx, "https://example.com/rss"); err != nil {
			t.Fatal(err)
		}
		if err := src.RemoveFeed(ctx, "https://example.com/rss"); !errors.Is(err, ErrNotFound) {
			t.Errorf("second remove: %v, want ErrNotFound", err)
		}
		// A poll finishing after the feed was removed must not bring it back.
		if err := src.SaveFeedState(ctx, got); err != nil {
			t.Fatal(err)
		}
		if all, _ = src.Feeds(ctx); len(all) != 1 {
			t.Errorf("%d feeds after remove, want 1", len(all))
		}
	})
}

// BenchmarkSaveSource saves small distinct documents one by one, as ingest does, with clustering.
func BenchmarkSaveSource(b *testing.B) {
	s := openTest(b)
	src := newSources(b, s)
	ctx := context.Background()
	words := []string{"port", "rail", "steel", "nurses", "pilots", "wages", "pensions", "hours", "safety", "talks", "strike", "offer"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		raw := ""
		for k := 0; k < 40; k++ {
			raw += words[(i*7+k*k*3+i/len(words)*k)%len(words)] + " "
		}
		raw += strconv.Itoa(i) + "\n"
		if _, err := src.SaveSource(ctx, newDoc("b"+strconv.Itoa(i), raw, time.Time{}), nil); err != nil {
			b.Fatal(err)
		}
	}
}
