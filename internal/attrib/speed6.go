package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// The tables looked up most often while extracting the dev split (callgrind, in that order of cost).
var (
	gLoneDets             = wordset.NewGate(loneDets)
	gApproximators        = wordset.NewGate(approximators)
	gAfterCueAdverbs      = wordset.NewGate(afterCueAdverbs)
	gDoAux                = wordset.NewGate(doAux)
	gCuePreps             = wordset.NewGate(cuePreps)
	gSettingWords         = wordset.NewGate(settingWords)
	gFindingLemmas        = wordset.NewGate(findingLemmas)
	gThatPreps            = wordset.NewGate(thatPreps)
	gRaisingLemmas        = wordset.NewGate(raisingLemmas)
	gPublishVerbs         = wordset.NewGate(publishVerbs)
	gLightVerbs           = wordset.NewGate(lightVerbs)
	gDegreeWords          = wordset.NewGate(degreeWords)
	gNegatedBe            = wordset.NewGate(negatedBe)
	gIdleParticles        = wordset.NewGate(idleParticles)
	gMediaNames           = wordset.NewGate(mediaNames)
	gTimeWords            = wordset.NewGate(timeWords)
	gTimeNouns            = wordset.NewGate(timeNouns)
	gPossessivePronouns   = wordset.NewGate(possessivePronouns)
	gArticles             = wordset.NewGate(articles)
	gTimeUnits            = wordset.NewGate(timeUnits)
	gMonthShort           = wordset.NewGate(monthShort)
	gIrregularPast        = wordset.NewGate(withMorePast(irregularPast))
	gPresentVerbs         = wordset.NewGate(presentVerbs)
	gSourceOpeners        = wordset.NewGate(sourceOpeners)
	gPublishedNouns       = wordset.NewGate(publishedNouns)
	gCopularLemmas        = wordset.NewGate(copularLemmas)
	gTrailingAdverbs      = wordset.NewGate(trailingAdverbs)
	gContentBreaks        = wordset.NewGate(contentBreaks)
	gStoryNouns           = wordset.NewGate(storyNouns)
	gParticipleAdjectives = wordset.NewGate(participleAdjectives)
	gCausatives           = wordset.NewGate(causatives)
	gPluralAux            = wordset.NewGate(pluralAux)
	gSubjectPronouns      = wordset.NewGate(subjectPronouns)
	gCatenatives          = wordset.NewGate(catenatives)
	gGoOn                 = wordset.NewGate(goOn)
	gVenueNouns           = wordset.NewGate(venueNouns)
	gSocialMedia          = wordset.NewGate(socialMedia)
	gDanglingOpeners      = wordset.NewGate(danglingOpeners)
	gResearchNouns        = wordset.NewGate(researchNouns)
	gPreVerbAdverbs       = wordset.NewGate(preVerbAdverbs)
	gLaunchVerbs          = wordset.NewGate(launchVerbs)
	gBeForms              = wordset.NewGate(beForms)
	gSingularDets         = wordset.NewGate(singularDets)
	gAppearPlaces         = wordset.NewGate(appearPlaces)
	gObjectPronouns       = wordset.NewGate(objectPronouns)
	gMediumNouns          = wordset.NewGate(mediumNouns)
	gAspectVerbs          = wordset.NewGate(aspectVerbs)
	gReflexives           = wordset.NewGate(reflexives)
	gAfterSourceAsides    = wordset.NewGate(afterSourceAsides)
	gObjectLemmas         = wordset.NewGate(objectLemmas)
	gSourceAsides         = wordset.NewGate(sourceAsides)
	gPluralNouns          = wordset.NewGate(pluralNouns)
	gPossessiveDets       = wordset.NewGate(possessiveDets)
	gGroupObjects         = wordset.NewGate(groupObjects)
	gNominativePronouns   = wordset.NewGate(nominativePronouns)
	gPairWords            = wordset.NewGate(pairWords)
	gIdleInfinitiveLemmas = wordset.NewGate(idleInfinitiveLemmas)
	gAddresseeLemmas      = wordset.NewGate(addresseeLemmas)
	gControlWords         = wordset.NewGate(controlWords)
	gLyNouns              = wordset.NewGate(lyNouns)
	gIdioms               = wordset.NewGate(idioms)
	gBareNouns            = wordset.NewGate(bareNouns)
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
