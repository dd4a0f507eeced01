package attrib

import (
	"encoding/binary"
	"slices"

	"github.com/parley-ledger/parley/internal/wordset"
)

// growFold gives tokens' fold buffer room for one 8-byte store past its length. tokens appends a short
// capitalised word's lower case to fold with one such store instead of one append per byte; the bytes it writes
// past the word lie beyond the slice's new length, where the next word overwrites them. Kept out of line, as
// the rare path, so that the hot loop stays small.
//
//go:noinline
func growFold(fold []byte) []byte {
	return append(fold, make([]byte, 8)...)[:len(fold)]
}

// wordCase reports whether w has a byte of 0x80 or more and whether it has an upper-case ASCII letter: the
// test tokens makes of each long word in no table, eight bytes at a time while they are ASCII (upperASCII
// needs that) and one at a time after.
func wordCase(w string) (high, upper bool) {
	var up uint64
	j := 0
	for ; j+8 <= len(w); j += 8 {
		x := wordset.Load8(w[j : j+8])
		if x&0x8080808080808080 != 0 {
			break
		}
		up |= wordset.UpperASCII(x)
	}
	upper = up != 0
	for ; j < len(w); j++ {
		c := w[j]
		if c >= 0x80 {
			high = true
		} else if c-'A' < 26 {
			upper = true
		}
	}
	return high, upper
}

// appendFoldASCII appends w with its ASCII upper-case letters lowered, as tokens folds a long capitalised word
// in no table: eight bytes at a time where they are all ASCII (upperASCII needs that), one at a time elsewhere.
func appendFoldASCII(fold []byte, w string) []byte {
	fold = slices.Grow(fold, len(w))
	j := 0
	for ; j+8 <= len(w); j += 8 {
		x := wordset.Load8(w[j : j+8])
		if x&0x8080808080808080 != 0 {
			break
		}
		fold = binary.LittleEndian.AppendUint64(fold, x|wordset.UpperASCII(x)>>2)
	}
	for ; j < len(w); j++ {
		c := w[j]
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		fold = append(fold, c)
	}
	return fold
}

// capBits64 is capWords' bitmap word for 64 tokens, four a step: each token's cCap moved straight to its bit
// (a division by a constant power of two is a shift), with a quarter of the loop's shifts of the word.
func capBits64(p *[64]tokInfo) uint64 {
	const c = uint64(cCap)
	var w uint64
	for j := 60; j >= 0; j -= 4 {
		w = w<<4 | uint64(p[j+3])&c/(c>>3) | uint64(p[j+2])&c/(c>>2) | uint64(p[j+1])&c/(c>>1) | uint64(p[j])&c/c
	}
	return w
}

// opensQuoteIn reports whether a quotation opens at a token from from to to, both included: a gate for rules
// that look for one after each comma or colon of a sentence.
func (r *run) opensQuoteIn(from, to int) bool {
	q := r.quoteFrom(from)
	return q < len(r.l.Quotes) && r.l.Quotes[q].Open <= to
}

// quoteFrom is the first quotation that opens at token from or after it, or len(r.l.Quotes). The layer's
// quotations are in the order of their openings (text.Layer.quotes appends them as it meets them), so that a
// binary search finds it.
func (r *run) quoteFrom(from int) int {
	qs := r.l.Quotes
	lo, hi := 0, len(qs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if qs[m].Open < from {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
