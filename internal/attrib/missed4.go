package attrib

import "strings"

// postAdjectives take a prepositional complement and, with it, can follow a plural noun as its modifier:
// "sources close to the campaign", "people familiar with the talks", "officials loyal to the general".
var postAdjectives = map[string]bool{
	"close": true, "closer": true, "closest": true, "familiar": true, "loyal": true, "sympathetic": true,
	"friendly": true, "hostile": true, "near": true, "opposed": true, "allied": true, "aligned": true,
	"critical": true, "skeptical": true, "sceptical": true, "supportive": true,
}

// postAdjectivePhrase reports whether token p, just before a preposition, is such an adjective after a plural
// noun, so that the noun heads a subject of a bare-form verb later on: "Aides close to the mayor say": the
// adjective phrase leaves the subject plural, and "say" is a verb, not the head of a compound noun.
func (r *run) postAdjectivePhrase(p, min int) bool {
	if p-1 < min || r.l.InQuote[p] >= 0 || !postAdjectives[r.low(p)] {
		return false
	}
	w := r.low(p - 1)
	return r.nounish(p-1) && (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || pluralNouns[w])
}
