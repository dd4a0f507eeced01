package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// idiom is a light verb and a noun or adjective that together report a statement or a stance: "made it clear
// that C", "made the case for C", "took issue with C". Neither word is a cue alone ("made a deal", "a clear
// lead", "the issue"), so each idiom is found from its second word, its anchor, rather than in the lexicon.
type idiom struct {
	light    map[string]bool // the forms of the light verb
	it       bool            // "it" may stand between the verb and the anchor ("made it clear")
	self     bool            // a reflexive pronoun stands between them ("distanced himself from")
	det      bool            // a determiner and at most two modifiers come before the anchor ("an impassioned case")
	bare     bool            // with det, the determiner may be missing ("unleashed withering attacks on")
	particle string          // the preposition after the anchor that belongs to the cue ("took issue with")
	or       string          // another preposition that may stand for particle ("came out for", "came out against")
	optional bool            // whether the particle may be missing ("made the case that")
	form     verbForm
}

var (
	makeForms     = map[string]bool{"make": true, "makes": true, "made": true, "making": true}
	takeForms     = map[string]bool{"take": true, "takes": true, "took": true, "taken": true, "taking": true}
	distanceForms = map[string]bool{"distance": true, "distances": true, "distanced": true, "distancing": true}
	openForms     = map[string]bool{"open": true, "opens": true, "opened": true, "opening": true}
	comeForms     = map[string]bool{"come": true, "comes": true, "came": true, "coming": true}
)

// reflexives stand between "distanced" and "from".
var reflexives = map[string]bool{
	"himself": true, "herself": true, "themselves": true, "itself": true, "myself": true, "ourselves": true,
	"yourself": true,
}

// idioms are keyed by their anchor; cIdiom marks the anchors in the word index. A phrasal verb whose verb is
// too common to be a cue alone and that needs a second word after its particle ("opened up about", "came out
// against") is one too, its particle the anchor; one with a single particle ("played down") is in particleVerbs.
var idioms = map[string][]idiom{
	"clear":  {{light: makeForms, it: true, form: idiomForm("make clear", frameSay|frameObj)}},
	"case":   {{light: makeForms, det: true, particle: "for", optional: true, form: idiomForm("make case", frameSay|frameObj)}},
	"issue":  {{light: takeForms, particle: "with", form: idiomForm("take issue", frameObj)}},
	"aim":    {{light: takeForms, particle: "at", form: idiomForm("take aim", frameObj)}},
	"secret": {{light: makeForms, det: true, particle: "of", form: idiomForm("make no secret", frameObj)}},
	"from":   {{light: distanceForms, self: true, form: idiomForm("distance from", frameObj)}},
	"up":     {{light: openForms, particle: "about", form: idiomForm("open up", frameObj)}},
	"out":    {{light: comeForms, particle: "against", or: "for", form: idiomForm("come out", frameObj)}},
	// "took a shot at", "has taken some swipes at": an attack in words on the particle's object.
	"shot": {shotAt}, "shots": {shotAt}, "swipe": {shotAt}, "swipes": {shotAt}, "jab": {shotAt}, "jabs": {shotAt},
	// "made no mention of", "made a reference to": what the subject spoke (or would not speak) of.
	"mention":   {{light: makeForms, det: true, particle: "of", form: idiomForm("make mention", frameObj)}},
	"reference": {{light: makeForms, det: true, particle: "to", form: idiomForm("make reference", frameObj)}},
	"attack":    {attackOn}, "attacks": {attackOn}, "assault": {attackOn},
	"questions": {questionsAbout},
	"support":   {supportBehind}, "stance": {stanceOn}, "apologies": {apologiesFor}, "water": {coldWaterOn},
	"credit": {creditFor}, "vote": {castFor}, "votes": {castFor}, "ballot": {castFor}, "ballots": {castFor},
}

// shotAt is "take a shot at" and its kin, keyed by each noun.
var shotAt = idiom{light: takeForms, det: true, particle: "at", form: idiomForm("take shot", frameObj)}

// idiomForm is the cue reading of an idiom, its rule names built once.
func idiomForm(lemma string, frames frame) verbForm {
	return newVerbForm(lemma, frames, newRuleNames(strings.ReplaceAll(lemma, " ", "-")))
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
		var id idiom
		m := -1
		for _, d := range gIdioms.Get(r.low(i)) {
			if m = r.lightVerb(d, i, s.FirstTok); m >= 0 {
				id = d
				break
			}
		}
		if m < 0 || r.claimed[m] || strings.HasSuffix(r.low(m), "ing") {
			continue // "making it clear" has no subject of its own for the leading frame
		}
		last := i
		if id.particle != "" {
			if p := r.low(min(i+1, s.EndTok-1)); i+1 < s.EndTok && (p == id.particle || p == id.or && p != "") && r.l.InQuote[i+1] < 0 {
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
	if m < min {
		return -1 // the anchor opens the sentence: no verb before it (found by FuzzCapsFromExtraction)
	}
	if id.self && m > min && wordset.Has(gReflexives, r.low(m)) {
		m--
	} else if id.self {
		return -1
	}
	if id.it {
		if w := r.low(m); wordset.Has(gDegreeWords, w) || w == "abundantly" || w == "perfectly" || w == "crystal" {
			m-- // "made it very clear"
		}
		if m > min && r.low(m) == "it" {
			m--
		}
	}
	if id.det {
		for n := 0; n < 2 && m > min && !r.is(m, cDet) && r.kind(m) == text.Word && !r.isCap(m) && !(id.bare && id.light[r.low(m)]); n++ {
			if _, verb := r.verb(m); verb {
				return -1
			}
			m-- // "an impassioned case", "the conservative political case"
		}
		if r.is(m, cDet) || wordset.Has(gPossessivePronouns, r.low(m)) {
			m--
		} else if !id.bare || !id.light[r.low(m)] {
			return -1
		}
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
