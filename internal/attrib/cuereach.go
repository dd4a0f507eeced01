package attrib

import (
	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// A light verb of giving or showing with a noun of speech or attitude ("offered his thoughts on C", "sounded a
// cautious note about C", "has shown no interest in C", "pledged his support to C", "voiced displeasure with C"):
// the verb says little alone, and PolNeAR keeps the noun and its preposition in the cue, what follows being the
// content. bounds.go's prepInCue does this for express/voice/raise/share before about/of/for/at/over; this adds
// offer/sound/show/pledge, and "with"/"in" after an attitude noun. Nouns of wanting ("shows little inclination to
// C") end the cue before "to". Train gold, statements found with the cue starting at such a verb and such a
// noun phrase after it: 20 keep the noun and preposition in the cue, 3 end it at "inclination" before "to", 5
// end it at the verb; the nouns ("defense", "assessment", "stance") or prepositions ("note of", "support on")
// of those 5 are left out of the tables.

// giveLights are the lemmas of verbs that give or show an attitude named by their object.
var giveLights = map[string]bool{"offer": true, "sound": true, "show": true, "pledge": true}

// attitudeObjects name what is said or felt about the content, with the prepositions that introduce it.
var attitudeObjects = map[string]string{
	"thoughts": "on about", "opinion": "on about", "opinions": "on about", "views": "on about",
	"congratulations": "to", "condolences": "for to", "testimony": "about on", "words": "about for",
	"note": "about for on", "interest": "in", "enthusiasm": "for about", "respect": "for",
	"support": "to for behind", "praise": "for", "criticism": "of", "sympathy": "for with",
	"discomfort": "with", "displeasure": "with", "dissatisfaction": "with", "unhappiness": "with",
	"confidence": "in", "gratitude": "to for", "admiration": "for", "contempt": "for", "disdain": "for",
	// Added later (train: 6 found statements with, 1 without: "has offered few ideas for"):
	"ideas": "for about on", "language": "about", "messages": "about", "signs": "of", "glimpses": "of",
	"understanding": "of", "attention": "to on", "allegiance": "to", "questions": "about",
	"inclination": "", "willingness": "", "eagerness": "", // "shows little inclination" + "to C"
}

// pairLights are verbs that make a cue with one noun only: "called attention to C", "claiming allegiance to
// C", "asked questions about C", "focusing her attention on C" (train: 6 found statements, none the other way).
var pairLights = map[string]string{"call": "attention", "claim": "allegiance", "ask": "questions", "focus": "attention"}

// wantNouns take a to-infinitive as their content, which stays out of the cue.
var wantNouns = map[string]bool{"inclination": true, "willingness": true, "eagerness": true}

var (
	gGiveLights      = wordset.NewGate(giveLights)
	gAttitudeObjects = wordset.NewGate(attitudeObjects)
	gPairLights      = wordset.NewGate(pairLights)
)

// attitudeTail returns where the cue of light verb c ends and the content starts when an attitude noun phrase
// of at most three words starts at k ("his own condolences for"), and whether it found one.
func (r *run) attitudeTail(c cue, k, end int) (int, bool) {
	if a := r.amountAbout(k, end); a > k {
		return a, true
	}
	if !c.vf.attitude {
		return k, false // no light, give or pair verb: the look-ups below find nothing
	}
	pair := gPairLights.Get(c.vf.lemma)
	if pair == "questions" && c.vf.gerund {
		pair = "" // "walked out, asking questions about C": the questions are what the gerund reports (gerund3_test)
	}
	give := pair != "" || wordset.Has(gGiveLights, c.vf.lemma)
	if !give && !wordset.Has(gLightVerbs, c.vf.lemma) {
		return k, false
	}
	for j := k; j < end && j < k+3; j++ {
		if r.kind(j) != text.Word || r.isCap(j) || r.l.InQuote[j] >= 0 || r.is(j, cPrep) {
			return k, false
		}
		w := r.low(j)
		preps, ok := gAttitudeObjects.Lookup(w)
		if !ok {
			continue // an article, a possessive or a modifier: "his own", "a cautious", "little personal"
		}
		if j+1 >= end || r.l.InQuote[j+1] >= 0 || pair != "" && w != pair {
			return k, false
		}
		if wantNouns[w] {
			// A bare "to change." is too short a content to stand alone; the noun phrase keeps it.
			if give && r.low(j+1) == "to" && j+3 < end && r.kind(j+3) == text.Word {
				return j + 1, true
			}
			return k, false
		}
		p := r.low(j + 1)
		if !give && p != "with" && p != "in" {
			return k, false // the other prepositions are prepInCue's
		}
		if hasWord(preps, p) {
			return j + 2, true
		}
		return k, false
	}
	return k, false
}

// hasWord reports whether space-separated list holds w.
func hasWord(list, w string) bool {
	for len(list) > 0 {
		i := 0
		for i < len(list) && list[i] != ' ' {
			i++
		}
		if list[:i] == w {
			return true
		}
		if i == len(list) {
			return false
		}
		list = list[i+1:]
	}
	return false
}

// amounts tell how much or how often someone spoke or thought of something: "said little about C", "talked more
// about C", "thinks often about C". PolNeAR keeps them and "about" in the cue (train: 7 found statements, none
// the other way). "much about" is split (train 2 with, dev 1 each way) and left out.
var amounts = map[string]bool{
	"little": true, "nothing": true, "more": true, "less": true, "often": true,
}

// amountAbout returns the end of "(so|very|almost|too) <amount> about" starting at k, or k.
func (r *run) amountAbout(k, end int) int {
	j := k
	if w := r.low(j); j < end && (w == "so" || w == "very" || w == "almost" || w == "too") {
		j++
	}
	if j+2 >= end || r.low(j+1) != "about" || !amounts[r.low(j)] || r.l.InQuote[j+1] >= 0 {
		return k
	}
	return j + 2
}
