package attrib

import "github.com/parley-ledger/parley/internal/text"

// causatives make their object the doer of the infinitive after it: "the vote led party elders to warn that
// ...", "the ruling prompted the union to demand a recount", "leaving some to question whether ...". When that
// infinitive is a cue, the object is its source, as PolNeAR marks it. Verbs that report by themselves ("urged
// the drivers to strike", "asked", "encouraged") are cues of their own and stay out.
var causatives = map[string]bool{
	"led": true, "lead": true, "leads": true, "leading": true,
	"prompted": true, "prompt": true, "prompts": true, "prompting": true,
	"leaving": true, "leave": true, "leaves": true,
	"forced": true, "force": true, "forces": true, "forcing": true,
	"spurred": true, "spur": true, "spurs": true, "spurring": true,
	"drove": true, "drive": true, "drives": true, "driving": true,
	"caused": true, "cause": true, "causes": true, "causing": true,
	"inspired": true, "inspire": true, "inspires": true, "inspiring": true,
	"compelled": true, "compel": true, "compels": true, "compelling": true,
	"pressured": true, "pressuring": true,
}

// causedSource finds the object of a causative verb that does cue c, an infinitive ("led Republicans to say"):
// it returns the object's tokens [src, srcEnd) and the "to" that opens the cue, or src -1. The object must be a
// whole noun phrase between the causative and "to" ("left the base more vulnerable to attack" is not one).
// Only cues right after "to" get here, which few are: the map look-ups cost nothing elsewhere.
func (r *run) causedSource(s text.Sentence, c cue) (src, srcEnd, to int) {
	to = c.verb - 1
	if c.first != c.verb || to-2 < s.FirstTok || r.low(to) != "to" || r.l.InQuote[to] >= 0 || r.low(c.verb) != c.vf.lemma {
		return -1, -1, -1
	}
	for j := to - 2; j >= s.FirstTok && j >= to-8; j-- {
		if r.kind(j) != text.Word || r.l.InQuote[j] >= 0 {
			break
		}
		if !causatives[r.low(j)] {
			continue
		}
		if r.npRight(j+1, to) == to && !r.anyClaimed(j+1, to) {
			// "led NATO at its summit to order": a phrase of time or place after the object is not its part,
			// but "of" is ("prompted leaders of both parties to warn").
			end := j + 2
			for end < to && !(r.is(end, cPrep) && r.low(end) != "of") {
				end++
			}
			return j + 1, end, to
		}
		break
	}
	return -1, -1, -1
}
