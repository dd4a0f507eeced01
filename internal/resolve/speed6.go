package resolve

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// wordGate answers m[w] for a small word table looked up once per word of a mention: most words are in no
// such table, and the gate turns them away by their length and first byte in a few instructions where Go's
// map hashes each (about 130). The map stays the table's one source; nothing writes to it after
// package initialisation.
type wordGate struct {
	lens  uint64    // bit n set: some key is n bytes long (keys of 64 bytes or more go to the map unchecked)
	first [4]uint64 // bit b set: some key starts with byte b
	m     map[string]bool
}

func newWordGate(m map[string]bool) *wordGate {
	g := &wordGate{m: m}
	for w := range m {
		if len(w) < 64 {
			g.lens |= 1 << len(w)
		}
		if w != "" {
			g.first[w[0]>>6] |= 1 << (w[0] & 63)
		}
	}
	return g
}

// has is m[w].
func (g *wordGate) has(w string) bool {
	if n := len(w); n > 0 && n < 64 && (g.lens>>n&1 == 0 || g.first[w[0]>>6]>>(w[0]&63)&1 == 0) {
		return false
	}
	return g.m[w]
}

var (
	gTitles         = newWordGate(titles)
	gAnonymousHeads = newWordGate(anonymousHeads)
	gOrgWords       = newWordGate(orgWords)
	gFemaleTitles   = newWordGate(femaleTitles)
	gMaleTitles     = newWordGate(maleTitles)
	gSpokesHeads    = newWordGate(spokesHeads)
)

// appendLower8 is appendLower eight bytes at a time: a name's bytes read as one number, its upper-case
// ASCII letters found and lowered with a few operations on all eight (see upperASCII); any byte of 0x80 or
// more sends the whole name to strings.ToLower, as appendLower does.
func appendLower8(b []byte, s string) []byte {
	const high = 0x8080808080808080
	base := len(b)
	b = slices.Grow(b, len(s))[:base+len(s)]
	d := b[base:]
	k := 0
	for ; k+8 <= len(s) && k+8 <= len(d); k += 8 {
		c := s[k : k+8]
		x := uint64(c[0]) | uint64(c[1])<<8 | uint64(c[2])<<16 | uint64(c[3])<<24 |
			uint64(c[4])<<32 | uint64(c[5])<<40 | uint64(c[6])<<48 | uint64(c[7])<<56
		if x&high != 0 {
			return append(b[:base], strings.ToLower(s)...)
		}
		x |= upperASCII(x) >> 2 // 0x80>>2 is the bit that makes a letter lower case
		e := d[k : k+8]
		e[0], e[1], e[2], e[3] = byte(x), byte(x>>8), byte(x>>16), byte(x>>24)
		e[4], e[5], e[6], e[7] = byte(x>>32), byte(x>>40), byte(x>>48), byte(x>>56)
	}
	for ; k < len(s) && k < len(d); k++ {
		c := s[k]
		if c >= utf8.RuneSelf {
			return append(b[:base], strings.ToLower(s)...)
		}
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		d[k] = c
	}
	return b
}

// upperASCII has 0x80 in every byte of x that is an upper-case ASCII letter, given that x has no byte of
// 0x80 or more: 'A' and above reach bit 7 when 0x3f is added, 'Z' and below do not when 0x25 is (no byte
// carries into the next, as none is over 0x7f).
func upperASCII(x uint64) uint64 {
	const ones = 0x0101010101010101
	return (x + 0x3f*ones) &^ (x + 0x25*ones) & (0x80 * ones)
}
