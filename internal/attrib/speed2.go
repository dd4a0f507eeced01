package attrib

// wordSet is a second word of class bits, kept in tokInfo's top 20 bits (the verb reading's index needs only
// the 12 above the classes): the small tables that rules look tokens up in inside their loops, so that
// r.in(i, s) reads the token's bits where table[r.low(i)] hashed its text on every visit. A sentence's sets
// (run.ss) let a rule whose trigger words are a set skip sentences without one.
type wordSet uint32

const (
	sWeekday     wordSet = 1 << iota // weekdays
	sDayPart                         // dayParts
	sApprox                          // approximators
	sFraction                        // fractionWords
	sNumberWord                      // numberWords
	sPassiveAdv                      // passiveAdverbs
	sPartOnly                        // participleOnly
	sSubjectLeft                     // subjectLeft
	sSentenceAdv                     // sentenceAdverbs
	sTitle                           // titleWords
	sLeadNumber                      // leadNumbers
	sMediumNoun                      // mediumNouns
	sWh                              // whWords
	sIntro                           // introWords
	sCueAdverb                       // cueAdverbs
	sFiniteAux                       // finiteAux
	sAgentNoun                       // agentNouns
	sCopularNoun                     // copularNouns (speed6: copularCue skips sentences without one)
	sObjectRel                       // objectRelatives (speed8: objectRelative skips sentences without one)
	sThatPrep                        // thatPreps (speed8; the last of the 20 bits)
)

// setTables are the tables behind the set bits. Like classTables, they hold words only (no digits, each with
// a letter: TestClassTablesHoldWords), which is what lets a bit stand for its table on any token.
var setTables = []struct {
	set   wordSet
	words map[string]bool
}{
	{sWeekday, weekdays}, {sDayPart, dayParts}, {sApprox, approximators}, {sFraction, fractionWords},
	{sNumberWord, numberWords}, {sPassiveAdv, passiveAdverbs}, {sPartOnly, participleOnly},
	{sSubjectLeft, subjectLeft}, {sSentenceAdv, sentenceAdverbs}, {sTitle, titleWords},
	{sLeadNumber, leadNumbers}, {sMediumNoun, mediumNouns}, {sWh, whWords}, {sIntro, introWords},
	{sCueAdverb, cueAdverbs}, {sFiniteAux, finiteAux}, {sAgentNoun, agentNouns}, {sCopularNoun, copularNouns},
	{sObjectRel, objectRelatives}, {sThatPrep, thatPreps},
}

func setOf(lw string) wordSet {
	var s wordSet
	for _, t := range setTables {
		if t.words[lw] {
			s |= t.set
		}
	}
	return s
}

// set is the token's set bits.
func (t tokInfo) set() wordSet { return wordSet(t >> 44) }

// in reports whether token i is in one of the tables of s.
func (r *run) in(i int, s wordSet) bool { return r.info[i].set()&s != 0 }

// packInfo is what the index stores of a word: its classes, its verb reading's index and its sets, as tokInfo
// packs them, so that the per-token pass copies one number.
func packInfo(class wordClass, form uint32, set wordSet) tokInfo {
	return tokInfo(set)<<44 | tokInfo(form)<<32 | tokInfo(class)
}

// particleWords are the particles of every verb of phrasal and particleVerbs, the words cParticle marks.
func particleWords() map[string]bool {
	m := map[string]bool{}
	for _, t := range []map[string]map[string]bool{phrasal, particleVerbs} {
		for _, ps := range t {
			for p := range ps {
				m[p] = true
			}
		}
	}
	return m
}

// phrasalAt is phrasal[lemma][r.low(k)], the token's bit tested first: most tokens are no particle, and the
// bit costs no hashing of the lemma and the word.
func (r *run) phrasalAt(lemma string, k int) bool {
	return r.is(k, cParticle) && phrasal[lemma][r.low(k)]
}

// particleAt is particleVerbs[lemma][r.low(k)], the particle bit tested first as in phrasalAt.
func (r *run) particleAt(lemma string, k int) bool {
	return r.is(k, cParticle) && particleVerbs[lemma][r.low(k)]
}
