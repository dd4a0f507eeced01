package attrib

import (
	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// whichObject reports whether "which" at i, right after a comma or a noun and before a source, is the object
// left out of the clause at k that the source reported: "a wall, which he said Mexico should pay for". Only a
// clause that opens with its own subject qualifies; "in which he said" has a preposition and is no such
// object, and "which she stressed the need for" has no clause.
func (r *run) whichObject(i, k int) bool {
	if r.low(i) != "which" || i == 0 || r.is(i-1, cPrep) || !(r.is(i-1, cComma) || r.nounish(i-1)) {
		return false
	}
	if k >= len(r.l.Tokens) || r.l.InQuote[k] >= 0 || r.kind(k) != text.Word {
		return false
	}
	// "which Beijing has vowed to ignore": the infinitive lacks its object as the clause does.
	return wordset.Has(gSubjectPronouns, r.low(k)) || r.is(k, cDet) || r.isCap(k) || r.low(k) == "to"
}
