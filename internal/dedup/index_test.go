package dedup

import (
	"bufio"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// corpus is the labelled evaluation set: every story under testdata/pairs with a document id, and the pairs
// from testdata/pairs.tsv.
type corpus struct {
	names []string // index i holds the file of document id i+1
	ids   map[string]int64
	sigs  map[string]Sig
	pairs []labelledPair
}

type labelledPair struct {
	a, b string
	same bool
}

func loadCorpus(t *testing.T) corpus {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "pairs", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	c := corpus{ids: map[string]int64{}, sigs: map[string]Sig{}}
	for _, f := range files {
		name := filepath.Base(f)
		c.names = append(c.names, name)
		c.ids[name] = int64(len(c.names))
		c.sigs[name] = Signature(readStory(t, name))
	}
	fh, err := os.Open(filepath.Join("testdata", "pairs.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 3 || (f[2] != "same" && f[2] != "different") {
			t.Fatalf("pairs.tsv line %d: want fileA<TAB>fileB<TAB>same|different, got %q", line, text)
		}
		for _, n := range f[:2] {
			if _, ok := c.ids[n]; !ok {
				t.Fatalf("pairs.tsv line %d: no file testdata/pairs/%s", line, n)
			}
		}
		c.pairs = append(c.pairs, labelledPair{f[0], f[1], f[2] == "same"})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return c
}

type scores struct{ tp, fp, fn, tn int }

func (s scores) precision() float64 { return float64(s.tp) / float64(max(1, s.tp+s.fp)) }
func (s scores) recall() float64    { return float64(s.tp) / float64(max(1, s.tp+s.fn)) }

// score compares a same/different decision with the labels and reports each mistake.
func score(t *testing.T, c corpus, decide func(a, b string) bool, what string) scores {
	t.Helper()
	var s scores
	for _, p := range c.pairs {
		got := decide(p.a, p.b)
		switch {
		case got && p.same:
			s.tp++
		case got && !p.same:
			s.fp++
			t.Logf("%s: false merge %s + %s (J=%.3f C=%.3f)", what, p.a, p.b,
				Similarity(c.sigs[p.a], c.sigs[p.b]), Containment(c.sigs[p.a], c.sigs[p.b]))
		case !got && p.same:
			s.fn++
			t.Logf("%s: missed copy %s + %s (J=%.3f C=%.3f)", what, p.a, p.b,
				Similarity(c.sigs[p.a], c.sigs[p.b]), Containment(c.sigs[p.a], c.sigs[p.b]))
		default:
			s.tn++
		}
	}
	return s
}

func TestLabelledPairsPrecisionRecall(t *testing.T) {
	c := loadCorpus(t)
	if len(c.names) < 24 || len(c.pairs) < 40 {
		t.Fatalf("evaluation set too small: %d stories, %d pairs", len(c.names), len(c.pairs))
	}
	ix := NewIndex()
	for _, n := range c.names {
		ix.Add(c.ids[n], c.sigs[n])
	}
	clustered := func(a, b string) bool {
		ca, _ := ix.Cluster(c.ids[a])
		cb, _ := ix.Cluster(c.ids[b])
		return ca == cb
	}
	s := score(t, c, clustered, "index")
	t.Logf("same-cluster decision over %d labelled pairs (%d stories): precision %.3f recall %.3f (tp=%d fp=%d fn=%d tn=%d)",
		len(c.pairs), len(c.names), s.precision(), s.recall(), s.tp, s.fp, s.fn, s.tn)
	if s.precision() < 0.95 || s.recall() < 0.95 {
		t.Errorf("precision %.3f, recall %.3f; both must be >= 0.95", s.precision(), s.recall())
	}

	// The pairwise rule alone, without clustering's transitivity, should do as well.
	p := score(t, c, func(a, b string) bool { return Same(c.sigs[a], c.sigs[b]) }, "pairwise")
	t.Logf("pairwise Same decision: precision %.3f recall %.3f", p.precision(), p.recall())
	if p.precision() < 0.95 || p.recall() < 0.95 {
		t.Errorf("pairwise precision %.3f, recall %.3f; both must be >= 0.95", p.precision(), p.recall())
	}
}

func TestWireCopiesFormOneCluster(t *testing.T) {
	// Three copies of the United Motor Workers story: each under its own headline, two with trimmed endings,
	// one with a byline; then an unrelated Calloway story naming the same union, company and people.
	copies := []string{"t03_auto_offer_a.txt", "t03_auto_offer_a_v1.txt", "t03_auto_offer_a_v3.txt"}
	related := "t03_auto_offer_b.txt"
	headlines := map[string]bool{}
	for _, n := range copies {
		headlines[strings.SplitN(readStory(t, n), "\n", 2)[0]] = true
	}
	if len(headlines) != len(copies) {
		t.Fatalf("test data: the copies should have different headlines")
	}

	ix := NewIndex()
	ids := []int64{40, 12, 57}
	var clusters []int64
	for i, n := range copies {
		clusters = append(clusters, ix.Add(ids[i], Signature(readStory(t, n))))
	}
	if clusters[0] != 40 || clusters[1] != 12 || clusters[2] != 12 {
		t.Errorf("Add returned clusters %v, want [40 12 12] (a new document's own id, then the lowest id)", clusters)
	}
	for _, id := range ids {
		if c, ok := ix.Cluster(id); !ok || c != 12 {
			t.Errorf("Cluster(%d) = %d, %v; want 12, true", id, c, ok)
		}
	}
	if got := ix.Members(12); !slices.Equal(got, []int64{12, 40, 57}) {
		t.Errorf("Members(12) = %v, want [12 40 57]", got)
	}
	if got := ix.Add(3, Signature(readStory(t, related))); got != 3 {
		t.Errorf("unrelated story on the same topic joined cluster %d, want its own (3)", got)
	}
	if got := ix.Members(12); len(got) != 3 {
		t.Errorf("Members(12) = %v after adding the unrelated story, want 3 members", got)
	}
}

func TestIndexMergesBridgedClusters(t *testing.T) {
	paras := strings.Split(readStory(t, "t01_port_strike_a.txt"), "\n\n")
	n := len(paras)
	head := strings.Join(paras[:n*6/10], "\n\n")
	tail := strings.Join(paras[n-n*6/10:], "\n\n")
	full := strings.Join(paras, "\n\n")
	hs, ts := Signature(head), Signature(tail)
	if Same(hs, ts) {
		t.Fatalf("test data: the head and tail of a story should not match each other (J=%.3f)", Similarity(hs, ts))
	}

	ix := NewIndex()
	if got := ix.Add(5, hs); got != 5 {
		t.Errorf("Add(5) = %d, want 5", got)
	}
	if got := ix.Add(3, ts); got != 3 {
		t.Errorf("Add(3) = %d, want 3", got)
	}
	if got := ix.Add(9, Signature(full)); got != 3 {
		t.Errorf("full story bridging both clusters: Add(9) = %d, want 3", got)
	}
	if got := ix.Members(3); !slices.Equal(got, []int64{3, 5, 9}) {
		t.Errorf("Members(3) = %v, want [3 5 9]", got)
	}
	if got := ix.Members(5); got != nil {
		t.Errorf("Members(5) = %v after the merge, want nil", got)
	}
	if c, _ := ix.Cluster(5); c != 3 {
		t.Errorf("Cluster(5) = %d after the merge, want 3", c)
	}
}

func TestIndexEdgeCases(t *testing.T) {
	var ix Index // the zero value is usable
	story := Signature(readStory(t, "t05_nurses_strike_a.txt"))
	if got := ix.Add(7, story); got != 7 {
		t.Errorf("Add(7) = %d, want 7", got)
	}
	if got := ix.Add(7, Signature("a different text entirely, added under the same id")); got != 7 {
		t.Errorf("re-adding id 7 = %d, want 7", got)
	}
	if got := ix.Add(2, Sig{}); got != 2 {
		t.Errorf("empty signature joined cluster %d, want its own", got)
	}
	if got := ix.Add(4, Sig{}); got != 4 {
		t.Errorf("second empty signature joined cluster %d; empty texts must not cluster", got)
	}
	if got := ix.Add(8, story); got != 7 {
		t.Errorf("exact copy joined %d, want 7", got)
	}
	if _, ok := ix.Cluster(99); ok {
		t.Errorf("Cluster(99) found a document that was never added")
	}
	if got := ix.Members(99); got != nil {
		t.Errorf("Members(99) = %v, want nil", got)
	}
	if ix.Len() != 4 {
		t.Errorf("Len() = %d, want 4", ix.Len())
	}
	m := ix.Members(7)
	m[0] = -1 // callers own the returned slice
	if ix.Members(7)[0] != 7 {
		t.Errorf("Members returned the index's own slice")
	}
}

// TestLoadIsOrderIndependent rebuilds the index from serialised signatures in shuffled orders and expects
// the clustering built incrementally.
func TestLoadIsOrderIndependent(t *testing.T) {
	c := loadCorpus(t)
	want := NewIndex()
	var entries []Entry
	for _, n := range c.names {
		want.Add(c.ids[n], c.sigs[n])
		data, err := c.sigs[n].MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var s Sig
		if err := s.UnmarshalBinary(data); err != nil {
			t.Fatal(err)
		}
		entries = append(entries, Entry{DocID: c.ids[n], Sig: s})
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 3 {
		rng.Shuffle(len(entries), func(i, j int) { entries[i], entries[j] = entries[j], entries[i] })
		got, err := Load(entries)
		if err != nil {
			t.Fatal(err)
		}
		// Adding in reverse order must give the same clusters too, since clusters are connected components.
		rev := NewIndex()
		for i := len(entries) - 1; i >= 0; i-- {
			rev.Add(entries[i].DocID, entries[i].Sig)
		}
		for _, n := range c.names {
			id := c.ids[n]
			w, _ := want.Cluster(id)
			if g, _ := got.Cluster(id); g != w {
				t.Errorf("round %d: Load put %s in cluster %d, incremental Add put it in %d", round, n, g, w)
			}
			if g, _ := rev.Cluster(id); g != w {
				t.Errorf("round %d: shuffled Add put %s in cluster %d, ordered Add put it in %d", round, n, g, w)
			}
		}
	}
}

func TestLoadRejectsDuplicateIDs(t *testing.T) {
	s := Signature("the union rejected the offer on Monday")
	_, err := Load([]Entry{{DocID: 3, Sig: s}, {DocID: 1, Sig: s}, {DocID: 3, Sig: s}})
	if err == nil || !strings.Contains(err.Error(), "document 3") {
		t.Errorf("Load with a repeated id: err = %v, want one naming document 3", err)
	}
}
