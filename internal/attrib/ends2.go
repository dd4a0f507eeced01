package attrib

import "github.com/parley-ledger/parley/internal/text"

// More content ends (see ends.go): constructions PolNeAR keeps inside a content.

// passiveComplement reports whether the preposition at k after a passive cue opens its complement, which is part
// of what is reported: an infinitive ("is expected to win", "was told to leave"), or the charge or reason of
// verbs of blame and praise ("is accused of lying", "was criticized for the delay"). A time or place ("was
// announced on Friday") is no complement.
func (r *run) passiveComplement(k, end int) bool {
	if k+1 >= end || r.l.InQuote[k] >= 0 {
		return false
	}
	switch r.low(k) {
	case "to":
		n := k + 1
		return r.kind(n) == text.Word && !r.isCap(n) && !r.is(n, cDet|cPronoun|cTime) && !objectPronouns[r.low(n)]
	case "of", "for":
		return true
	}
	return false
}
