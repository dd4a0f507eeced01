package attrib

import (
	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// catenatives take a reporting verb as their infinitive and join it in the cue, as PolNeAR marks it: "went on
// to say", "continued to question", "seemed to indicate", "are quick to point out". The infinitive's own frame then
// decides the content ("seemed to confirm the report": the report). "Declined", "refused" and "wanted" stay
// cues of their own, as PolNeAR marks them: their content is the infinitive ("declined to comment").
var catenatives = map[string]bool{
	"continued": true, "continues": true, "continue": true, "continuing": true, "seemed": true, "seems": true,
	"seem": true, "appeared": true, "appears": true, "tried": true, "tries": true, "trying": true, "began": true,
	"begins": true, "started": true, "starts": true, "quick": true, "likely": true,
}

// goOn are the forms of "go" in "went on to say".
var goOn = map[string]bool{"went": true, "goes": true, "go": true, "going": true, "gone": true}

// catenate joins each cue whose verb is the infinitive of a catenative verb to it: the cue starts at the
// catenative (and its auxiliaries), and a cue of the catenative itself is dropped, so that "continued to
// question" is one cue, not "continued" with the content "to question".
func (r *run) catenate(cues []cue, s text.Sentence) []cue {
	out := cues[:0]
	for _, c := range cues {
		to := c.first - 1
		if c.first == c.verb && to-1 >= s.FirstTok && r.low(to) == "to" && r.l.InQuote[to] < 0 && r.low(c.verb) == c.vf.lemma {
			cat := to - 1
			if r.low(cat) == "on" && cat-1 >= s.FirstTok && wordset.Has(gGoOn, r.low(cat-1)) {
				cat--
			}
			if (wordset.Has(gCatenatives, r.low(cat)) || wordset.Has(gGoOn, r.low(cat)) && r.low(cat+1) == "on") && r.l.InQuote[cat] < 0 {
				c.first = r.auxStart(r.degreeStart(cat, s.FirstTok), s.FirstTok)
				for len(out) > 0 && out[len(out)-1].verb >= c.first {
					out = out[:len(out)-1] // the catenative's own cue
				}
			}
		}
		if c.first == c.verb && c.vf.gerund {
			if a := r.aspectBefore(c.verb, s.FirstTok); a >= 0 {
				c.first = r.auxStart(a, s.FirstTok) // "began talking about", "kept asking"
				for len(out) > 0 && out[len(out)-1].verb >= c.first {
					out = out[:len(out)-1]
				}
			}
		}
		out = append(out, c)
	}
	return out
}
