package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
)

// makeClearForm is the cue reading of "make (it) clear": a light verb and an adjective that together state
// something ("made it clear that C", "has made clear his aim to C"). Neither word is a cue alone ("made a
// deal", "a clear lead"), so the pair is found here rather than in the lexicon.
var makeClearForm = verbForm{lemma: "make clear", frames: frameSay | frameObj, rules: newRuleNames("make-clear")}

// makeForms are the forms of "make" before "clear".
var makeForms = map[string]bool{"make": true, "makes": true, "made": true, "making": true}

// makeClear tries the leading frame ("X made it clear that C") on each "make (it) clear" of sentence s, outside
// quotations, with the cue from the auxiliaries before "make" to "clear".
func (r *run) makeClear(s text.Sentence) {
	if r.sc&cClear == 0 {
		return
	}
	for i := s.FirstTok + 2; i < s.EndTok; i++ {
		if !r.is(i, cClear) || r.claimed[i] || r.l.InQuote[i] >= 0 {
			continue
		}
		m := i - 1
		if w := r.low(m); degreeWords[w] || w == "abundantly" || w == "perfectly" || w == "crystal" {
			m-- // "made it very clear"
		}
		if m > s.FirstTok && r.low(m) == "it" {
			m--
		}
		if m < s.FirstTok || !makeForms[r.low(m)] || r.claimed[m] || strings.HasSuffix(r.low(m), "ing") {
			continue // "making it clear" has no subject of its own for the leading frame
		}
		first := r.auxStart(m, s.FirstTok)
		if r.passiveAux(first, m) {
			continue // "were made clear": the passive names no one who made it clear
		}
		r.leading(s, cue{first: first, verb: i, vf: makeClearForm})
	}
}
