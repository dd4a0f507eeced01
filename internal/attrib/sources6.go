package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
)

// Sources that took in the head noun of a relative clause with no pronoun: "a tactic Democrats hope will
// work", "the photo Okafor posted", "the reason Mayor Reyes is seeking". The cue is the clause's verb and
// its subject is the name; the noun phrase before the name is what the clause is about. In PolNeAR train,
// gold marks the name alone (about 35 times) far more often than the whole phrase with such a head (none);
// a head that names a person or an outlet ("the host Jane Roe", "the site Port News") is an apposition,
// which gold keeps whole, so only the nouns of contactHeads count.

// contactHeadCut moves the start of a leading source [src, end) past "a"/"an"/"the", at most two lower-case
// modifiers and a contactHeads noun to the name after it. The name is capitalised words and full stops,
// a possessive's noun allowed after "'s" ("Clinton's aides"), five tokens at most.
func (r *run) contactHeadCut(src, end int) int {
	if end-src < 3 || end-src > 9 || r.l.InQuote[src] >= 0 || !r.is(src, cDet) {
		return src
	}
	if w := r.low(src); w != "the" && w != "a" && w != "an" {
		return src
	}
	for h := src + 1; h < end-1 && h <= src+3; h++ {
		if r.kind(h) != text.Word || r.isCap(h) || r.l.InQuote[h] >= 0 || r.is(h, cDet|cPrep|cPronoun|cAux|cRelative) {
			return src
		}
		if !contactHeads[r.low(h)] {
			continue
		}
		if r.contactName(h+1, end) {
			return h + 1
		}
		return src
	}
	return src
}

// contactName reports whether tokens [n, end) are a name, or a name's possessive and its noun.
func (r *run) contactName(n, end int) bool {
	if end-n > 5 || !r.isCap(n) || r.kind(n) != text.Word || r.is(n, cDet|cPronoun|cQuant) {
		return false
	}
	poss := false
	for k := n; k < end; k++ {
		if r.l.InQuote[k] >= 0 {
			return false
		}
		t := r.tok(k)
		switch {
		case r.isPunct(k, "."):
		case t == "'s" || t == "’s" || strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s"):
			poss = true
		case r.kind(k) == text.Word && r.isCap(k) && !poss:
		case r.kind(k) == text.Word && poss && !r.is(k, cDet|cPrep|cAux|cVerbLike):
		case k > n && k+2 >= end && r.kind(k) == text.Word && r.isCap(k-1) && strings.HasSuffix(r.low(end-1), "s") && r.nounish(k) && !r.is(k, cVerbLike):
			// "Pentagon officials": a name's plural noun at the end
			poss = true
		default:
			return false
		}
	}
	return true
}

// contactHeads are nouns of things, not of people or outlets, that head a relative clause with no pronoun
// ("the deadline the council imposed"). None of them stands before a name as its title.
var contactHeads = map[string]bool{
	"reason": true, "reasons": true, "tactic": true, "tactics": true, "place": true, "point": true,
	"photo": true, "photos": true, "picture": true, "word": true, "words": true, "wording": true,
	"defeat": true, "message": true, "comment": true, "comments": true, "thing": true, "things": true,
	"deadline": true, "incident": true, "recommendation": true, "moment": true, "kind": true,
	"narrative": true, "time": true, "ones": true, "way": true, "argument": true, "idea": true, "line": true,
	"plan": true, "proposal": true, "story": true, "claim": true, "charge": true, "promise": true,
	"question": true, "problem": true, "remarks": true, "image": true, "trends": true, "connection": true,
	"primary": true, "dynamic": true, "honor": true, "approach": true, "strategy": true, "mistake": true,
	"threat": true, "number": true, "figure": true, "figures": true, "numbers": true, "issue": true,
	"issues": true, "measures": true, "steps": true, "changes": true, "policy": true, "policies": true,
}
