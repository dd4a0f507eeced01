package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
)

// idiom is a light verb and a noun or adjective that together report a statement or a stance: "made it clear
// that C", "made the case for C", "took issue with C". Neither word is a cue alone ("made a deal", "a clear
// lead", "the issue"), so each idiom is found from its second word, its anchor, rather than in the lexicon.
type idiom struct {
	light    map[string]bool // the forms of the light verb
	it       bool            // "it" may stand between the verb and the anchor ("made it clear")
	det      bool            // a determiner and at most two modifiers come before the anchor ("an impassioned case")
	particle string          // the preposition after the anchor that belongs to the cue ("took issue with")
	optional bool            // whether the particle may be missing ("made the case that")
	form     verbForm
}

var (
	makeForms = map[string]bool{"make": true, "makes": true, "made": true, "making": true}
	takeForms = map[string]bool{"take": true, "takes": true, "took": true, "taken": true, "taking": true}
)

// idioms are keyed by their anchor; cIdiom marks the anchors in the word index.
var idioms = map[string]idiom{
	"clear":  {light: makeForms, it: true, form: verbForm{lemma: "make clear", frames: frameSay | frameObj, rules: newRuleNames("make-clear")}},
	"case":   {light: makeForms, det: true, particle: "for", optional: true, form: verbForm{lemma: "make case", frames: frameSay | frameObj, rules: newRuleNames("make-case")}},
	"issue":  {light: takeForms, particle: "with", form: verbForm{lemma: "take issue", frames: frameObj, rules: newRuleNames("take-issue")}},
	"aim":    {light: takeForms, particle: "at", form: verbForm{lemma: "take aim", frames: frameObj, rules: newRuleNames("take-aim")}},
	"secret": {light: makeForms, det: true, particle: "of", form: verbForm{lemma: "make no secret", frames: frameObj, rules: newRuleNames("make-no-secret")}},
}

// lightIdioms tries the leading frame ("X made it clear that C", "X took issue with C") on each idiom of sentence s
// outside quotations, with the cue from the auxiliaries before the light verb to the anchor or its particle.
func (r *run) lightIdioms(s text.Sentence) {
	if r.sc&cIdiom == 0 {
		return
	}
	for i := s.FirstTok + 1; i < s.EndTok; i++ {
		if !r.is(i, cIdiom) || r.claimed[i] || r.l.InQuote[i] >= 0 {
			continue
		}
		id := idioms[r.low(i)]
		m := r.lightVerb(id, i, s.FirstTok)
		if m < 0 || r.claimed[m] || strings.HasSuffix(r.low(m), "ing") {
			continue // "making it clear" has no subject of its own for the leading frame
		}
		last := i
		if id.particle != "" {
			if i+1 < s.EndTok && r.low(i+1) == id.particle && r.l.InQuote[i+1] < 0 {
				last = i + 1
			} else if !id.optional {
				continue // "took the issue seriously", "their aim is"
			}
		}
		first := r.auxStart(m, s.FirstTok)
		if r.passiveAux(first, m) {
			continue // "were made clear": the passive names no one who made it clear
		}
		r.leading(s, cue{first: first, verb: last, vf: id.form})
	}
}

// lightVerb is the light verb of idiom id before its anchor at token a, or -1: "made (it) (very) clear", "made
// an impassioned case", "took issue", "made no secret".
func (r *run) lightVerb(id idiom, a, min int) int {
	m := a - 1
	if id.it {
		if w := r.low(m); degreeWords[w] || w == "abundantly" || w == "perfectly" || w == "crystal" {
			m-- // "made it very clear"
		}
		if m > min && r.low(m) == "it" {
			m--
		}
	}
	if id.det {
		for n := 0; n < 2 && m > min && !r.is(m, cDet) && r.kind(m) == text.Word && !r.isCap(m); n++ {
			if _, verb := r.verb(m); verb {
				return -1
			}
			m-- // "an impassioned case", "the conservative political case"
		}
		if !r.is(m, cDet) && !possessivePronouns[r.low(m)] {
			return -1
		}
		m--
	}
	if m < min || !id.light[r.low(m)] || r.l.InQuote[m] >= 0 {
		return -1
	}
	return m
}

// idiomAnchors are the keys of idioms, as a word table.
func idiomAnchors() map[string]bool {
	m := make(map[string]bool, len(idioms))
	for w := range idioms {
		m[w] = true
	}
	return m
}
