// Package wordset owns what attribution and speaker resolution both need of their small, fixed word tables: a
// gate that turns most words away before a map hashes them, and ASCII case folding eight bytes at a time.
package wordset

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Gate answers m[w] for a small word table consulted once per token or per cue. Most words looked up are in
// no such table; a Go map hashes each of them (about 130 instructions), while the gate turns most away by
// their length and first byte in a few. The map stays the table's one source: the gate is built from it
// once, and nothing may write to the map after that.
type Gate[V any] struct {
	lens  uint64    // bit n set: some key is n bytes long (keys of 64 bytes or more go to the map unchecked)
	first [4]uint64 // bit b set: some key starts with byte b
	m     map[string]V
}

// NewGate builds the gate of m.
func NewGate[V any](m map[string]V) *Gate[V] {
	g := &Gate[V]{m: m}
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

// out reports whether w is surely no key.
func (g *Gate[V]) out(w string) bool {
	n := len(w)
	return n > 0 && n < 64 && (g.lens>>n&1 == 0 || g.first[w[0]>>6]>>(w[0]&63)&1 == 0)
}

// Get is m[w].
func (g *Gate[V]) Get(w string) V {
	if g.out(w) {
		var zero V
		return zero
	}
	return g.m[w]
}

// Lookup is m[w] with its second result, whether w is a key.
func (g *Gate[V]) Lookup(w string) (V, bool) {
	if g.out(w) {
		var zero V
		return zero, false
	}
	v, ok := g.m[w]
	return v, ok
}

// Has is m[w] for a table of booleans.
func Has(g *Gate[bool], w string) bool { return !g.out(w) && g.m[w] }

// Load8 is the first eight bytes of s as a little-endian number; s holds at least eight. The compiler makes it
// one load.
func Load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// UpperASCII has 0x80 in every byte of x that is an upper-case ASCII letter, given that x has no byte of 0x80
// or more: 'A' and above reach bit 7 when 0x3f is added, 'Z' and below do not when 0x25 is (no byte carries
// into the next, as none is over 0x7f).
func UpperASCII(x uint64) uint64 {
	const ones = 0x0101010101010101
	return (x + 0x3f*ones) &^ (x + 0x25*ones) & (0x80 * ones)
}

// AppendLower appends strings.ToLower(s) to b, eight bytes at a time: their upper-case ASCII letters found
// and lowered with a few operations on all eight (see UpperASCII). Any byte of 0x80 or more sends the whole
// of s to strings.ToLower.
func AppendLower(b []byte, s string) []byte {
	const high = 0x8080808080808080
	base := len(b)
	b = slices.Grow(b, len(s))[:base+len(s)]
	d := b[base:]
	k := 0
	for ; k+8 <= len(s) && k+8 <= len(d); k += 8 {
		x := Load8(s[k : k+8])
		if x&high != 0 {
			return append(b[:base], strings.ToLower(s)...)
		}
		x |= UpperASCII(x) >> 2 // 0x80>>2 is the bit that makes a letter lower case
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
