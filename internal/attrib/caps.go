package attrib

import "github.com/parley-ledger/parley/internal/text"

// ExtractCaps is Extract, and also returns in caps (reused when large enough) which tokens of l are words that
// start with an upper-case letter: bit i%64 of caps[i/64] for token i. The per-token set-up reads every
// token's first letter anyway, and speaker resolution looks for names among these words only, so that it
// need not read every token again.
func (x *Extractor) ExtractCaps(l *text.Layer, caps []uint64) ([]Statement, []uint64) {
	stmts := x.extract(l, &caps)
	return stmts, caps
}

// capWords is the bitmap ExtractCaps returns, made from the tokens' index information: cCap is set on the
// words and numbers that start with an upper-case letter (see wordIndex.tokens), and no number does (a
// number starts with a digit, and no digit is an upper-case letter).
func capWords(info []tokInfo, caps []uint64) []uint64 {
	n := (len(info) + 63) / 64
	if cap(caps) < n {
		caps = make([]uint64, n)
	}
	caps = caps[:n]
	for k := range caps {
		// From the last token of the word down, each shifting in its bit: no branch and no variable shift.
		// (cCap is one bit, so that dividing by it is a constant shift to bit 0.)
		var w uint64
		part := info[k*64 : min(k*64+64, len(info))]
		if len(part) == 64 {
			caps[k] = capBits64((*[64]tokInfo)(part)) // speed7.go
			continue
		}
		for j := len(part) - 1; j >= 0; j-- {
			w = w<<1 | uint64(part[j].class()&cCap)/uint64(cCap)
		}
		caps[k] = w
	}
	return caps
}

// sortedFew sorts st as sortStatements does (stably, by content start) when it holds few statements, and
// reports whether it did. The rules leave most statements in order already, and slices.SortStableFunc's
// comparison takes copies of two whole statements; an insertion sort that compares their starts moves few.
func sortedFew(st []Statement) bool {
	if len(st) > 64 {
		return false // an insertion sort's worst case grows with the square of the number
	}
	for i := 1; i < len(st); i++ {
		at := st[i].Content.Start
		if at >= st[i-1].Content.Start {
			continue
		}
		v := st[i]
		j := i
		for j > 0 && st[j-1].Content.Start > at { // strictly: equal starts keep their order
			st[j] = st[j-1]
			j--
		}
		st[j] = v
	}
	return true
}
