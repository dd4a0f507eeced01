package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/text"
)

// wordGate answers m[w] for a small word table that rules consult inside their per-cue and per-token steps.
// Most words looked up are in no such table; a Go map hashes each of them (about 130 instructions), while
// the gate turns most away by their length and first byte in a few. The map stays the table's one source:
// the gate is built from it once, and no code writes to these tables after package initialisation.
type wordGate[V any] struct {
	lens  uint64    // bit n set: some key is n bytes long (keys of 64 bytes or more go to the map unchecked)
	first [4]uint64 // bit b set: some key starts with byte b
	m     map[string]V
}

func newWordGate[V any](m map[string]V) *wordGate[V] {
	g := &wordGate[V]{m: m}
	for w := range m {
		if len(w) < 64 {
			g.lens |= 1 << len(w)
		}
		if w != "" {
			g.first[w[0]>>6] |= 1 << (w[0] & 63)
		}
	}
	return g
}

// get is m[w].
func (g *wordGate[V]) get(w string) V {
	if n := len(w); n > 0 && n < 64 && (g.lens>>n&1 == 0 || g.first[w[0]>>6]>>(w[0]&63)&1 == 0) {
		var zero V
		return zero
	}
	return g.m[w]
}

// lookup is m[w] with its second result, whether w is a key.
func (g *wordGate[V]) lookup(w string) (V, bool) {
	if n := len(w); n > 0 && n < 64 && (g.lens>>n&1 == 0 || g.first[w[0]>>6]>>(w[0]&63)&1 == 0) {
		var zero V
		return zero, false
	}
	v, ok := g.m[w]
	return v, ok
}

// has is m[w] for the tables of booleans.
func has(g *wordGate[bool], w string) bool {
	if n := len(w); n > 0 && n < 64 && (g.lens>>n&1 == 0 || g.first[w[0]>>6]>>(w[0]&63)&1 == 0) {
		return false
	}
	return g.m[w]
}

// The tables looked up most often while extracting the dev split (callgrind, in that order of cost).
var (
	gLoneDets             = newWordGate(loneDets)
	gApproximators        = newWordGate(approximators)
	gAfterCueAdverbs      = newWordGate(afterCueAdverbs)
	gDoAux                = newWordGate(doAux)
	gCuePreps             = newWordGate(cuePreps)
	gSettingWords         = newWordGate(settingWords)
	gFindingLemmas        = newWordGate(findingLemmas)
	gThatPreps            = newWordGate(thatPreps)
	gRaisingLemmas        = newWordGate(raisingLemmas)
	gPublishVerbs         = newWordGate(publishVerbs)
	gLightVerbs           = newWordGate(lightVerbs)
	gDegreeWords          = newWordGate(degreeWords)
	gNegatedBe            = newWordGate(negatedBe)
	gIdleParticles        = newWordGate(idleParticles)
	gMediaNames           = newWordGate(mediaNames)
	gTimeWords            = newWordGate(timeWords)
	gTimeNouns            = newWordGate(timeNouns)
	gPossessivePronouns   = newWordGate(possessivePronouns)
	gArticles             = newWordGate(articles)
	gTimeUnits            = newWordGate(timeUnits)
	gMonthShort           = newWordGate(monthShort)
	gIrregularPast        = newWordGate(irregularPast)
	gPresentVerbs         = newWordGate(presentVerbs)
	gSourceOpeners        = newWordGate(sourceOpeners)
	gPublishedNouns       = newWordGate(publishedNouns)
	gCopularLemmas        = newWordGate(copularLemmas)
	gTrailingAdverbs      = newWordGate(trailingAdverbs)
	gContentBreaks        = newWordGate(contentBreaks)
	gStoryNouns           = newWordGate(storyNouns)
	gCopularNouns         = newWordGate(copularNouns)
	gParticipleAdjectives = newWordGate(participleAdjectives)
	gCausatives           = newWordGate(causatives)
	gPluralAux            = newWordGate(pluralAux)
	gSubjectPronouns      = newWordGate(subjectPronouns)
	gCatenatives          = newWordGate(catenatives)
	gGoOn                 = newWordGate(goOn)
	gVenueNouns           = newWordGate(venueNouns)
	gSocialMedia          = newWordGate(socialMedia)
	gDanglingOpeners      = newWordGate(danglingOpeners)
	gResearchNouns        = newWordGate(researchNouns)
	gPreVerbAdverbs       = newWordGate(preVerbAdverbs)
	gLaunchVerbs          = newWordGate(launchVerbs)
	gBeForms              = newWordGate(beForms)
	gSingularDets         = newWordGate(singularDets)
	gAppearPlaces         = newWordGate(appearPlaces)
	gObjectPronouns       = newWordGate(objectPronouns)
	gMediumNouns          = newWordGate(mediumNouns)
	gAspectVerbs          = newWordGate(aspectVerbs)
	gReflexives           = newWordGate(reflexives)
	gAfterSourceAsides    = newWordGate(afterSourceAsides)
	gObjectLemmas         = newWordGate(objectLemmas)
	gSourceAsides         = newWordGate(sourceAsides)
	gPluralNouns          = newWordGate(pluralNouns)
	gPossessiveDets       = newWordGate(possessiveDets)
	gGroupObjects         = newWordGate(groupObjects)
	gNominativePronouns   = newWordGate(nominativePronouns)
	gPairWords            = newWordGate(pairWords)
	gIdleInfinitiveLemmas = newWordGate(idleInfinitiveLemmas)
	gAddresseeLemmas      = newWordGate(addresseeLemmas)
	gControlWords         = newWordGate(controlWords)
	gLyNouns              = newWordGate(lyNouns)
	gIdioms               = newWordGate(idioms)
	gBareNouns            = newWordGate(bareNouns)
)

// contentStart is contentStartOf(s), kept for the sentence last asked about: trailing asks it again for each
// cue of a sentence, and the answer depends on the sentence's tokens alone (no rule changes them), not on
// what statements have claimed.
func (r *run) contentStart(s text.Sentence) int {
	if m := &r.contentMemo; m[0] == s.FirstTok+1 && m[1] == s.EndTok {
		return m[2]
	}
	cs := r.contentStartOf(s)
	r.contentMemo = [3]int{s.FirstTok + 1, s.EndTok, cs}
	return cs
}

// hasLower is strings.ContainsFunc(w, unicode.IsLower), ASCII bytes tested as they are: most words are
// ASCII, and calling unicode.IsLower through a function value for each byte cost most of dateline's time.
func hasLower(w string) bool {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return strings.ContainsFunc(w[k:], unicode.IsLower)
		}
		if c-'a' < 26 {
			return true
		}
	}
	return false
}

// lowerIsASCIIFold reports whether strings.ToLower(w) is w with only its ASCII letters lowered: each of its
// other runes is valid UTF-8 that unicode.ToLower leaves as it is ("don’t", "Trump’s", "café"). Then the
// word needs neither strings.ToLower, which allocated for each, nor a second look-up in the index (its
// lower case hashes and compares as w did). A byte that is no UTF-8 says no: strings.ToLower replaces it.
func lowerIsASCIIFold(w string) bool {
	for k := 0; k < len(w); {
		if w[k] < utf8.RuneSelf {
			k++
			continue
		}
		c, n := utf8.DecodeRuneInString(w[k:])
		if c == utf8.RuneError || unicode.ToLower(c) != c {
			return false
		}
		k += n
	}
	return true
}
