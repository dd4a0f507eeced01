package resolve

import (
	"math/bits"
	"slices"
	"strings"
)

// factsTable is facts as an open-addressing table keyed by a hash of a word's length and three of its bytes:
// classify looks up every word of every new capitalised run, and a Go map look-up (a full hash of the string
// and its probing) cost more than the rest of classifying. It is read-only once built.
type factsTable struct {
	slots []uint16 // 1 + the index in keys and vals; 0 is an empty slot
	keys  []string
	vals  []wordFacts
	shift uint32
	mask  uint32
}

// factsIx is facts, for factsTable.get.
var factsIx = newFactsTable(facts)

func newFactsTable(m map[string]wordFacts) *factsTable {
	size, bits := 256, uint32(8)
	for size < 4*len(m) { // at most a quarter full, so that most misses stop at their first slot
		size, bits = 2*size, bits+1
	}
	t := &factsTable{slots: make([]uint16, size), shift: 32 - bits, mask: uint32(size - 1)}
	keys := make([]string, 0, len(m))
	for k := range m {
		if k != "" {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys) // the same table from one run to the next
	for _, k := range keys {
		t.keys = append(t.keys, k)
		t.vals = append(t.vals, m[k])
		s := factsHash(k) >> t.shift
		for t.slots[s] != 0 {
			s = (s + 1) & t.mask
		}
		t.slots[s] = uint16(len(t.keys))
	}
	return t
}

// factsHash mixes w's length with its first, second, middle and last bytes; w must not be empty.
func factsHash(w string) uint32 {
	n := len(w)
	x := uint64(w[0]) | uint64(w[min(1, n-1)])<<8 | uint64(w[n>>1])<<16 | uint64(w[n-1])<<24 | uint64(n)<<32
	return uint32(x * 0x9E3779B97F4A7C15 >> 32)
}

// get is facts[w].
func (t *factsTable) get(w string) wordFacts {
	if w == "" {
		return wordFacts{}
	}
	for s := factsHash(w) >> t.shift; ; s = (s + 1) & t.mask {
		k := t.slots[s]
		if k == 0 {
			return wordFacts{}
		}
		if t.keys[k-1] == w {
			return t.vals[k-1]
		}
	}
}

// setCaps makes caps the capitalised words of st.l, or finds them when caps cannot be (too short for l).
func (st *state) setCaps(caps []uint64) {
	n := (len(st.l.Tokens) + 63) / 64
	if len(caps) >= n {
		st.caps = caps
		return
	}
	if cap(st.ownCaps) < n {
		st.ownCaps = make([]uint64, n)
	}
	if n > maxKept {
		defer func() { st.ownCaps = nil }() // a huge document's bitmap is not kept for the next
	}
	caps = st.ownCaps[:n]
	clear(caps)
	for i := range st.l.Tokens {
		if capWord(st.l.Text, &st.l.Tokens[i]) {
			caps[i>>6] |= 1 << (i & 63)
		}
	}
	st.caps = caps
}

// isCap reports whether token i of st.l is a capitalised word (isCapWord, from the bitmap).
func (st *state) isCap(i int) bool { return st.caps[i>>6]>>(i&63)&1 != 0 }

// nextCap is the first capitalised word of st.l from token i on, or end when there is none before end.
func (st *state) nextCap(i, end int) int {
	for i < end {
		if w := st.caps[i>>6] >> (i & 63); w != 0 {
			return min(i+bits.TrailingZeros64(w), end)
		}
		i = (i | 63) + 1
	}
	return end
}

// functionWord reports whether the lower case of w is one of functionWords. Every capitalised word that could
// start a name asks: an ASCII word of at most 8 bytes is one number, lower-cased at once and looked up in a
// small table.
func functionWord(w string) bool {
	n := len(w)
	if n > 8 || n == 0 {
		return n == 9 && lowerIs(w, "following") // the one function word longer than 8 bytes
	}
	var x uint64
	for k := n - 1; k >= 0; k-- {
		c := w[k]
		if c >= 0x80 {
			return functionWordSlow(w)
		}
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		x = x<<8 | uint64(c)
	}
	x |= 1 << (8*n - 1) // the length, in the last byte's top bit, which no ASCII byte sets
	for s := fwSlot(x); ; s = (s + 1) % uint32(len(fwTable)) {
		switch fwTable[s] {
		case x:
			return true
		case 0:
			return false
		}
	}
}

// fwTable holds functionWords of at most 8 bytes as little-endian numbers with their length's bit (see
// functionWord), by fwSlot; 0 is an empty slot.
var fwTable = func() (t [128]uint64) {
	for _, w := range functionWords {
		if len(w) > 8 {
			continue
		}
		var x uint64
		for k := len(w) - 1; k >= 0; k-- {
			x = x<<8 | uint64(w[k])
		}
		x |= 1 << (8*len(w) - 1)
		s := fwSlot(x)
		for t[s] != 0 {
			s = (s + 1) % uint32(len(t))
		}
		t[s] = x
	}
	return t
}()

func fwSlot(x uint64) uint32 { return uint32(x * 0x9E3779B97F4A7C15 >> 57) }

// trimASCII is strings.Trim(s, cutset) for a cutset of ASCII bytes, without building the cutset's set at each
// call.
func trimASCII(s, cutset string) string {
	for len(s) > 0 && strings.IndexByte(cutset, s[0]) >= 0 {
		s = s[1:]
	}
	for len(s) > 0 && strings.IndexByte(cutset, s[len(s)-1]) >= 0 {
		s = s[:len(s)-1]
	}
	return s
}
