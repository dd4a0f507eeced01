package attrib

import "github.com/parley-ledger/parley/internal/text"

// stateNoun reports whether "state(s)", "rule(s)" or bare "report" at i is the noun ("his home state", "GOP rules
// require", "a police report indicates"), not the cue. In train "state(s)" and "rule(s)" occur about 1,600 times and
// PolNeAR marks 8 of them as cues; our rules took 25 noun uses as cues against 6 right ones, and 4 of "report".
// The verb keeps a subject it agrees with:
//   - a bare form follows a plural subject, a pronoun, an auxiliary or "to" ("the unions state", "they state");
//   - an -s form follows a pronoun ("It states") or a determiner and its noun ("the document states"), never a
//     capitalised modifier ("Western states", "Federal rules") nor an adjective after no determiner.
//
// A dash before the word leaves the subject earlier ("The memo – posted in the hall – states that C").
func (r *run) stateNoun(i int, vf verbForm, s text.Sentence) bool {
	if vf.lemma != "state" && vf.lemma != "rule" && vf.lemma != "report" || vf.participle || vf.gerund || i == s.FirstTok {
		return false
	}
	p := i - 1
	if r.kind(p) != text.Word {
		return false // "— states that C", `"C," the ad states`: the subject is elsewhere
	}
	if r.is(p, cPronoun|cAux) || r.sentenceHeadline(s) || i+1 < s.EndTok && r.isPunct(i+1, ":") {
		return false // "IG report: C" is a headline's attribution
	}
	w, v := r.low(p), r.low(i)
	if v != vf.lemma && (v != vf.lemma+"s" || vf.lemma == "report") {
		return false // "stated", "ruled": past forms agree with any subject
	}
	if v == vf.lemma { // bare: needs a plural subject ("the Saudis state") or "to"
		return w != "to" && !(len(w) > 2 && w[len(w)-1] == 's' && w[len(w)-2] != 's')
	}
	if i+1 < s.EndTok {
		if n := r.low(i + 1); n == "against" || n == "on" || n == "in" {
			return false // "Federal court rules against the port": a ruling's preposition
		}
	}
	if r.isCap(p) {
		return true // "Southern states", "GOP rules", "Democratic Party rules"
	}
	// "the document states", "the union's website states", but "existing party rules", "coastal states"
	return p == s.FirstTok || !r.is(p-1, cDet) && !possessiveWord(r.tok(p-1))
}
