// Precision8 vetoes cues read in a sense that reports nothing: PolNeAR marks what someone says, believes or
// wants, and these words here name an event, an act or a thing (a sight, a call, an appearance, an attack), so
// it leaves them unmarked. Train counts: of the statements we found, how many gold leaves unmarked, and in
// brackets how many of all the text's instances of the construction gold marks:
//   - a view in a "what" clause, "what he sees as a rigged process": 5 of 5 unmarked (gold marks 1 of 15);
//   - seeing what happens, "we will see whether the talks hold": 3 of 3 (gold marks 6 of 61, mostly "I don't
//     see how", which stays);
//   - seeing an amount, "nurses would see a 12 percent raise", "the board saw 40 bids": 3 of 3;
//   - "seeing as" (since), and seeing or voting as an event after "before" or "after": 8 of 8;
//   - the noun "attacks", "the Paris attacks wore off": 10 of 10 (gold marks 1 of 57 such nouns);
//   - "charged" as an adjective ("politically charged") or a price ("charged a $10 fee"): 7 of 7;
//   - a phrasal verb with "up" or "off", "who showed up", "backing up their pledges": 5 of 5 (gold marks 3 of
//     the 13 we find);
//   - an offer of a glimpse, a chance or benefits, "the speech offered a preview of ...": 15 of 17 unmarked;
//   - seeking an office, "as she seeks reelection", "not seeking a fifth term": 7 of 8 (gold marks 2 of 17);
//   - the filler "you know" before a comma, a stop or "what": 4 of 4 (gold marks 2 of 71, neither found);
//   - a telephone call: "conference call", "call centers", "made calls", or calling someone and then a time,
//     "shortly" or a stop ("the mayor called both union leaders Tuesday night"): 9 of 9 (gold marks 2 of 60 such
//     nouns, none of the calls to someone with a time or a stop);
//   - an appearance, "appeared on Sunday shows", "appearing by video": 4 of 5 (gold marks 4 of 50 such).
package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// vetoed8 reports whether the cue [cueFirst, cueEnd) of rule is one of the senses above, and then claims it so
// that no other rule reads the same words.
func (r *run) vetoed8(rule string, cueFirst, cueEnd int) bool {
	if cueEnd <= cueFirst || cueEnd > len(r.lower) {
		return false
	}
	if !r.is(cueEnd-1, cVeto8) {
		return false // the class bit answers what gVeto8 would: no sense to test
	}
	last := r.low(cueEnd - 1)
	var veto bool
	// One gated look-up of the cue's last word: most statements' cues are none of these words, and vetoed8 runs
	// for every statement a rule proposes.
	switch gVeto8.Get(last) {
	case v8See:
		veto = r.seeNotSpeech(rule, cueFirst, cueEnd)
	case v8As:
		veto = cueEnd-cueFirst >= 2 && seeAsForms[r.low(cueEnd-2)] && r.whatAs(cueFirst) // "saw as"
	case v8View:
		veto = r.next(cueEnd) == "as" && r.whatAs(cueFirst)
	case v8Voting:
		veto = r.afterBefore(rule, cueFirst)
	case v8Attacks:
		veto = cueEnd-cueFirst == 1 && (cueFirst == 0 || !r.is(cueFirst-1, cPronoun)) && r.attacksNoun(cueEnd)
	case v8Charged:
		veto = r.chargedNotSpeech(cueFirst, cueEnd)
	case v8Offer:
		veto = r.objectIn(cueEnd, offerObjects) // "the speech offered a glimpse of ..."
	case v8Seek:
		veto = r.objectIn(cueEnd, officeObjects) // "she seeks reelection"
	case v8Know:
		veto = r.youKnow(cueFirst, cueEnd)
	case v8Call:
		veto = r.callNotSpeech(cueFirst, cueEnd)
	case v8Appear:
		switch r.next(cueEnd) {
		case "on", "at", "by", "in", "before", "with", "alongside", "onstage":
			veto = true // an appearance: "appeared on Sunday shows", "appeared by video"
		}
	case v8Particle:
		w := r.next(cueEnd)
		veto = w == "up" || w == "off"
	}
	if veto {
		r.claim(cueFirst, cueEnd)
	}
	return veto
}

var (
	seeForms  = wordsOf("see sees saw seen seeing")
	viewForms = wordsOf("view views viewed consider considers considered perceive perceives perceived regard regards " +
		"regarded")
	seeAsForms = wordsOf("see sees saw seen view views viewed consider considers considered perceive perceives " +
		"perceived regard regards regarded")
	// particleForms: verbs whose "up" or "off" makes an act, not a statement ("showed up", "show off").
	particleForms = wordsOf("show shows showed shown showing back backs backed backing push pushes pushed pushing")
	offerForms    = wordsOf("offer offers offered offering")
	offerObjects  = wordsOf("glimpse glimpses window windows preview previews opportunity opportunities contrast " +
		"contrasts chance chances reminder platform benefit benefits reach resources delegates perk perks snapshot")
	seekForms     = wordsOf("seek seeks sought seeking")
	officeObjects = wordsOf("nomination reelection re-election presidency office term seat convention")
	appearForms   = wordsOf("appear appears appeared appearing")
	// chargedAdverbs make "charged" an adjective: "a racially charged remark".
	chargedAdverbs = wordsOf("emotionally racially politically highly sexually ideologically religiously heavily")
	calledPronouns = wordsOf("him her them me us")
	gVeto8         = wordset.NewGate(veto8Kinds())
)

// The senses vetoed8 tests, by the cue's last word.
const (
	v8None uint8 = iota
	v8See
	v8As
	v8View
	v8Voting
	v8Attacks
	v8Charged
	v8Offer
	v8Seek
	v8Know
	v8Call
	v8Appear
	v8Particle
)

// veto8Kinds maps each word vetoed8 tests to its sense; a word in two tables keeps the first, as the order of
// vetoed8's cases did.
func veto8Kinds() map[string]uint8 {
	m := map[string]uint8{"as": v8As, "voting": v8Voting, "attacks": v8Attacks, "charged": v8Charged, "know": v8Know,
		"call": v8Call, "calls": v8Call, "called": v8Call, "calling": v8Call}
	for _, t := range []struct {
		words map[string]bool
		kind  uint8
	}{{seeForms, v8See}, {viewForms, v8View}, {offerForms, v8Offer}, {seekForms, v8Seek}, {appearForms, v8Appear},
		{particleForms, v8Particle}} {
		for w := range t.words {
			if m[w] == v8None {
				m[w] = t.kind
			}
		}
	}
	return m
}

// veto8Words are the words of veto8Kinds, cVeto8's table.
func veto8Words() map[string]bool {
	m := map[string]bool{}
	for w := range veto8Kinds() {
		m[w] = true
	}
	return m
}

// wordsOf makes a set of the space-separated words of s.
func wordsOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// next is the lower-case word at token i, or "" past the text.
func (r *run) next(i int) string {
	if i >= len(r.lower) {
		return ""
	}
	return r.low(i)
}

// seeNotSpeech reports whether a cue ending in a form of "see" sees an event, not a view: a "what" clause
// with "as", a wh-clause after it, an amount, "seeing as", or "before seeing".
func (r *run) seeNotSpeech(rule string, cueFirst, cueEnd int) bool {
	w := r.next(cueEnd)
	switch {
	case w == "as":
		return r.low(cueEnd-1) == "seeing" || r.whatAs(cueFirst)
	case whWords[w]:
		return !r.negated(cueFirst, cueEnd) // "I don't see why they would sign" is a view
	case r.low(cueEnd-1) == "seeing":
		return r.afterBefore(rule, cueFirst)
	}
	return r.amountAt(cueEnd)
}

// negated reports whether the cue [first, end), or up to two words before it, holds a negation: "don't see",
// "never saw", "cannot really see".
func (r *run) negated(first, end int) bool {
	for i := max(first-2, 0); i < end; i++ {
		w := r.low(i)
		if w == "not" || w == "never" || w == "cannot" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return false
}

// whatAs reports whether "what" stands at most four tokens before the cue at first: "what he sees as".
func (r *run) whatAs(first int) bool {
	for i := first - 1; i >= 0 && i >= first-4; i-- {
		if r.low(i) == "what" {
			return true
		}
	}
	return false
}

// amountAt reports whether an amount starts at token i: "30 applicants", "$5 million", "a 2 percent rise".
func (r *run) amountAt(i int) bool {
	if i >= len(r.lower) {
		return false
	}
	if w := r.low(i); (w == "a" || w == "an") && i+1 < len(r.lower) {
		i++
	}
	return r.kind(i) == text.Number || r.low(i) == "$"
}

// objectIn reports whether one of the words in nouns heads the object after a cue ending at token end, at most
// three words on and before any punctuation: "offered a striking contrast", "seeks a fifth term".
func (r *run) objectIn(end int, nouns map[string]bool) bool {
	for i := end; i < end+3 && i < len(r.lower); i++ {
		if r.kind(i) != text.Word || (i == end && r.low(i) == "to") {
			return false
		}
		if nouns[r.low(i)] {
			return true
		}
	}
	return false
}

// youKnow reports whether the cue "know" is the filler "you know" ("You know, the port was ours"): a
// comma, a stop or "what" comes after it.
func (r *run) youKnow(first, end int) bool {
	if end-first != 1 || first == 0 || r.low(first-1) != "you" || end >= len(r.lower) {
		return false
	}
	return r.kind(end) == text.Punct && r.low(end) != ":" || r.low(end) == "what"
}

// callNotSpeech reports whether the cue [first, end) ending in a form of "call" is a telephone call: a noun
// in a compound ("the conference call", "call centers", "made calls") or a call to someone and then a time, an
// adverb of time or the end of the sentence ("the mayor called the strikers Tuesday night").
func (r *run) callNotSpeech(first, end int) bool {
	if end-first == 1 && first > 0 {
		switch r.low(first - 1) {
		case "conference", "phone", "roll", "roll-", "press", "judgment", "wake-up", "make", "made", "making":
			return true
		}
	}
	switch r.next(end) {
	case "sheets", "centers", "center", "centres", "logs", "vote":
		return end-first == 1
	}
	if r.low(end-1) != "called" && r.low(end-1) != "calls" {
		return false
	}
	i := end
	switch {
	case i < len(r.lower) && calledPronouns[r.low(i)]:
		i++
	case r.low(i) == "both": // "both candidates", "both union leaders"
		for i++; i < len(r.lower) && i < end+4 && r.kind(i) == text.Word && !r.is(i, cTime); i++ {
		}
	default:
		for i < len(r.lower) && i < end+3 && r.kind(i) == text.Word && r.isCap(i) && !r.is(i, cTime) {
			i++
		}
	}
	if i == end || i >= len(r.lower) {
		return false
	}
	switch w := r.low(i); {
	case w == "shortly" || r.is(i, cTime):
		return true
	case w == ".": // a stop after a name, not after "Mr" or an initial
		return len(r.low(i-1)) > 3 && (i+1 == len(r.lower) || r.kind(i+1) != text.Word || r.isCap(i+1))
	}
	return false
}

// afterBefore reports whether a gerund cue at first follows "before" or "after": "before voting begins".
func (r *run) afterBefore(rule string, first int) bool {
	if len(rule) < 7 || rule[:7] != "gerund:" || first == 0 {
		return false
	}
	switch r.low(first - 1) {
	case "before", "after", "upon", "until":
		return true
	}
	return false
}

// attacksNoun reports whether "attacks", not after a pronoun ("she attacks"), is a noun: a verb takes an
// object ("attacks the mayor", "attacks him"), the noun goes on with a verb or a preposition ("the port
// attacks wore off").
func (r *run) attacksNoun(end int) bool {
	if end >= len(r.lower) || r.kind(end) != text.Word || r.isCap(end) {
		return false
	}
	if r.is(end, cDet|cPronoun) {
		return false
	}
	switch r.low(end) {
	case "both", "all", "any", "those", "what", "it", "them", "him", "her", "us", "me", "you":
		return false
	}
	return true
}

// chargedNotSpeech reports whether "charged" ending the cue [first, end) is an adjective ("politically
// charged") or a price or a rush ("charged a $10 fee", "charged into the hall").
func (r *run) chargedNotSpeech(first, end int) bool {
	if end-2 >= 0 && end-2 >= first-1 && chargedAdverbs[r.low(end-2)] {
		return true
	}
	if end >= len(r.lower) {
		return false
	}
	if r.low(end) == "into" {
		return true
	}
	if r.low(end) == "$" {
		return true
	}
	w := r.low(end)
	return (w == "a" || w == "an") && end+1 < len(r.lower) && r.low(end+1) == "$"
}
