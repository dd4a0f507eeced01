package resolve

import "github.com/parley-ledger/parley/internal/wordset"

// functionWordAt is functionWord(s[start:end]) for a token of the document's text s. When 8 bytes of s follow
// start, a word of at most 8 ASCII bytes is read as one number and lower-cased at once, rather than a byte at a
// time: scanNames asks of every capitalised word.
func functionWordAt(s string, start, end int) bool {
	n := end - start
	if n < 1 || n > 8 || start+8 > len(s) {
		return functionWord(s[start:end])
	}
	sh := (64 - 8*uint(n)) & 63 // the bytes past the word shifted out; n >= 1 keeps the shift below 64
	x := wordset.Load8(s[start:start+8]) << sh >> sh
	if x&0x8080808080808080 != 0 {
		return functionWordSlow(s[start:end])
	}
	x |= wordset.UpperASCII(x) >> 2  // 0x80>>2 is the bit that makes a letter lower case
	x |= 1 << ((8*uint(n) - 1) & 63) // the length's bit, as functionWord sets it
	for k := fwSlot(x); ; k = (k + 1) % uint32(len(fwTable)) {
		switch fwTable[k] {
		case x:
			return true
		case 0:
			return false
		}
	}
}
