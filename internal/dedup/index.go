package dedup

import (
	"cmp"
	"fmt"
	"slices"
	"sync"
)

const (
	// Two rows per band: a pair at MinContainJaccard (0.2) still shares a band with probability 0.995, and
	// the check in Same throws out the extra candidates this lets in.
	bandRows = 2
	numBands = NumHashes / bandRows

	// SameJaccard is the estimated Jaccard similarity at or above which two documents are copies.
	SameJaccard = 0.5
	// SameContainment is the estimated containment at or above which a shorter document counts as a trimmed
	// or lightly edited copy of a longer one, provided their Jaccard similarity reaches MinContainJaccard. It
	// sits well below the containment of real copies (0.6–1 on testdata/pairs, where a copy's own headline,
	// byline and edits are not shared) and well above that of follow-up stories that reuse a background
	// paragraph or two (under 0.35).
	SameContainment = 0.5
	// MinContainJaccard keeps the containment rule away from pairs whose sizes are so unequal that a couple of
	// chance MinHash matches would inflate the estimate; it admits a copy holding a fifth of the original.
	MinContainJaccard = 0.2
	// MinContainShingles is the size below which a document is too short for the containment rule: a
	// one-sentence text is "contained" in every story that quotes it.
	MinContainShingles = 12
)

// Same reports whether two signatures are copies of one story: nearly the same text, or one a trimmed or
// lightly edited version of the other.
func Same(a, b Sig) bool {
	if a.n == 0 || b.n == 0 {
		return false
	}
	j := Similarity(a, b)
	if j >= SameJaccard {
		return true
	}
	return j >= MinContainJaccard && min(a.n, b.n) >= MinContainShingles && Containment(a, b) >= SameContainment
}

// Entry is one stored document signature, as Load takes them.
type Entry struct {
	DocID int64
	Sig   Sig
}

// Index groups documents into story clusters as they are added. A cluster's id is the lowest document id in
// it. Clusters are the connected components of the Same relation over LSH candidates, so the result does not
// depend on the order documents are added in. The zero Index is ready to use and it is safe for concurrent use.
type Index struct {
	mu      sync.Mutex
	sigs    map[int64]Sig
	cluster map[int64]int64   // document → cluster id
	members map[int64][]int64 // cluster id → sorted document ids
	bands   [numBands]map[uint64][]int64
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	ix := &Index{}
	ix.init()
	return ix
}

func (ix *Index) init() {
	if ix.sigs != nil {
		return
	}
	ix.sigs = make(map[int64]Sig)
	ix.cluster = make(map[int64]int64)
	ix.members = make(map[int64][]int64)
	for i := range ix.bands {
		ix.bands[i] = make(map[uint64][]int64)
	}
}

// Load rebuilds an index from stored signatures, in any order.
func Load(entries []Entry) (*Index, error) {
	sorted := slices.Clone(entries)
	slices.SortFunc(sorted, func(a, b Entry) int { return cmp.Compare(a.DocID, b.DocID) })
	ix := NewIndex()
	for i, e := range sorted {
		if i > 0 && sorted[i-1].DocID == e.DocID {
			return nil, fmt.Errorf("load dedup index: document %d appears twice", e.DocID)
		}
		ix.Add(e.DocID, e.Sig)
	}
	return ix, nil
}

// Add puts a document into the index and returns the id of the cluster it joins: the lowest document id of
// the cluster of copies it matches, or its own id when it matches none. A document that matches several
// clusters merges them, so earlier members may move to the returned cluster; Members(clusterID) lists every
// document now in it. Adding a document id a second time changes nothing and returns its current cluster.
func (ix *Index) Add(docID int64, sig Sig) int64 {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.init()
	if c, ok := ix.cluster[docID]; ok {
		return c
	}
	ix.sigs[docID] = sig
	ix.cluster[docID] = docID
	ix.members[docID] = []int64{docID}
	if sig.Empty() {
		return docID
	}

	keys := bandKeys(sig)
	seen := make(map[int64]bool)
	root := docID
	for b, k := range keys {
		for _, cand := range ix.bands[b][k] {
			if seen[cand] {
				continue
			}
			seen[cand] = true
			if ix.cluster[cand] == ix.cluster[docID] || !Same(sig, ix.sigs[cand]) {
				continue
			}
			root = ix.merge(ix.cluster[cand], ix.cluster[docID])
		}
	}
	for b, k := range keys {
		ix.bands[b][k] = append(ix.bands[b][k], docID)
	}
	return root
}

// merge joins two clusters under the lower id and returns it.
func (ix *Index) merge(a, b int64) int64 {
	if a == b {
		return a
	}
	keep, drop := min(a, b), max(a, b)
	for _, d := range ix.members[drop] {
		ix.cluster[d] = keep
	}
	merged := append(ix.members[keep], ix.members[drop]...)
	slices.Sort(merged)
	ix.members[keep] = merged
	delete(ix.members, drop)
	return keep
}

// Cluster returns the cluster id of a document, and false if the document is not in the index.
func (ix *Index) Cluster(docID int64) (int64, bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	c, ok := ix.cluster[docID]
	return c, ok
}

// Members returns the sorted document ids of a cluster, or nil if no cluster has that id.
func (ix *Index) Members(clusterID int64) []int64 {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return slices.Clone(ix.members[clusterID])
}

// Len is the number of documents in the index.
func (ix *Index) Len() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return len(ix.sigs)
}

// bandKeys hashes each band of rows of the signature into one bucket key.
func bandKeys(sig Sig) [numBands]uint64 {
	var keys [numBands]uint64
	for b := range keys {
		h := uint64(b) * 0x9e3779b97f4a7c15
		for _, v := range sig.mins[b*bandRows : (b+1)*bandRows] {
			h = mix64(h ^ v)
		}
		keys[b] = h
	}
	return keys
}
