package attrib

import (
	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Long subjects before a reporting verb: a noun phrase with a chain of prepositional phrases or a participle
// ("Majorities of dockers in six states heading to the polls on Friday said C", "Backers of curbs on hate speech
// here say C"). PolNeAR's source is the whole phrase, up to the verb. looseSubject (loosesubject.go) reads such
// a phrase but gave up on a word inside it that doubles as a finite verb: a plural noun after a number ("five
// states") or a noun right after a preposition or "either" ("on hate speech", "either side"), none of which
// can open a clause. Train: 7 gold statements changed (5 found that were missed, 2 given their source), all
// 7 matching gold in source and cue or content; none the other way (no statement added that gold lacks).
// Dev: no change.

// nounInSubject reports whether token i, inside a subject that opens at token b, is a noun although it reads as
// a finite verb: "in five states", "on hate speech". A finite verb follows no preposition save "to".
func (r *run) nounInSubject(i, b int) bool {
	if i <= b {
		return false
	}
	if r.countedNoun(i) {
		return true
	}
	switch r.low(i - 1) {
	case "both", "either", "neither", "each", "every":
		return true // "on both sides", "on either side"
	}
	return r.is(i-1, cPrep) && r.low(i-1) != "to"
}

// A stance verb after a counted subject with a tail: "Many diplomats on the border believe C", "Few among the
// envoys at the talks think C", "Many of the dockers polled, including two stewards, worry about C". looseSubject
// takes only verbs of saying; a subject that opens with a count is a group whose view is reported, and PolNeAR
// marks the whole phrase as its source. Train: 2 gold statements found whole (1 more missed before, 1 given
// its full source), none the other way; dev: no change. (Letting a bare verb after such a subject count as a
// cue, "Few among the envoys at the summit think", found 2 more in train but added 2 wrong ones in dev: dropped.)

// quantHeads open a counted subject.
var quantHeads = map[string]bool{"many": true, "few": true, "most": true, "none": true, "majorities": true,
	"several": true}

// gQuantHeads gates quantHeads.
var gQuantHeads = wordset.NewGate(quantHeads)

// quantSubject returns the span [start, stop) of a counted subject with a tail of at least one preposition or
// clause before stance cue c, whose subject ends at token se; or -1, -1.
func (r *run) quantSubject(s text.Sentence, c cue, se int) (int, int) {
	if se != c.first || c.vf.gerund || c.vf.participle && c.first == c.verb {
		return -1, -1
	}
	if b := r.quantSpan(s, se); b >= 0 {
		return b, se
	}
	return -1, -1
}

// quantSpan is the start of a counted subject with a tail that opens sentence s and ends at token se, or -1.
// Only the sentence's first words are looked at before looseSpan reads the phrase.
func (r *run) quantSpan(s text.Sentence, se int) int {
	if se-3 < s.FirstTok {
		return -1
	}
	b := r.openingConj(s.FirstTok, se)
	if (r.openerWord(b) || r.lyOpener(b)) && b+2 < se && r.is(b+1, cComma) {
		b += 2 // "Still, none of the lawyers thought"
	}
	if se-b > maxLooseSubject || se-b < 3 || !wordset.Has(gQuantHeads, r.low(b)) {
		return -1
	}
	tail := false
	for i := b + 1; i < se && !tail; i++ {
		tail = r.is(i, cPrep) && r.low(i) != "of" || r.is(i, cRelative) || r.is(i, cPronoun)
	}
	if !tail || !r.looseSpan(b, se, true) {
		return -1
	}
	return b
}

// A document subject with a prepositional tail before a verb of finding: "An analysis by the union of strikes
// since 1972 showed C", "An earlier report in a regional paper said C". docSubject (missedverbs.go) takes the
// shape with a participle after the noun; with a preposition, npLeft took the last noun phrase ("1972"), which
// opens no subject, and looseSubject gave up on the document noun read as a verb ("report"). Train: 2 gold
// statements found whole (both were other statements before: a noun cue, "report" as a verb cue), none the
// other way; dev: no change. Other shapes of the class (11 missed in train) fail elsewhere: a date ends the
// subject ("A poll in December found"), a finite verb reading inside it ("going back to 1972").

// docChain returns the span [start, se) of a document subject whose noun, within the first five words of the
// clause, is followed by a preposition and a tail with no clause of its own, before cue c, when it starts
// before [src, srcEnd), the subject found so far (npLeft's last noun phrase: "Policy Research"); else that
// subject. own is false when the source is shared or an aside, which stay.
func (r *run) docChain(s text.Sentence, c cue, se, src, srcEnd int, own bool) (int, int) {
	if !own || !c.vf.docVerb || c.vf.gerund || se != c.first || se-3 < s.FirstTok {
		return src, srcEnd
	}
	b := r.openingConj(s.FirstTok, se)
	if !r.is(b, cDet) || src >= 0 && src <= b {
		return src, srcEnd
	}
	h := -1
	for i := b + 1; i < se && i <= b+5; i++ {
		if wordset.Has(gDocNouns, r.low(i)) && i+1 < se && r.is(i+1, cPrep|cBy) && r.low(i+1) != "to" {
			h = i
			break
		}
	}
	if h < 0 {
		return src, srcEnd
	}
	for i := b; i < se; i++ {
		if r.l.InQuote[i] >= 0 || r.claimed[i] || r.kind(i) == text.Quote || r.is(i, cComma|cColon|cSemicolon|cRelative) ||
			r.is(i, cSubord) && !r.is(i, cPrep) { // "for" and "since" are prepositions here too
			return src, srcEnd
		}
		if i <= h || r.isCap(i) || r.nounInSubject(i, b) || r.is(i-1, cDet|cQuant) {
			continue
		}
		if vf, ok := r.verb(i); ok && !vf.gerund && !vf.participle {
			return src, srcEnd // a finite verb: the clause is another
		}
	}
	return b, se
}

// datedNoun reports whether cue word i, in its bare form, follows a year after a determiner: "A 2009 report by
// X found", "a 2010 recall of judges". A year between a determiner and a word makes a noun phrase; the verb
// reading ("report" as the cue) took the sentence from its real verb. Train: 3 such cues, none in gold (one
// became the gold statement of its real verb, with docChain); dev: none.
func (r *run) datedNoun(i int) bool {
	if i < 2 || r.kind(i-1) != text.Number || len(r.tok(i-1)) != 4 || !r.is(i-2, cDet) {
		return false
	}
	vf, ok := r.verb(i)
	return ok && r.low(i) == vf.lemma
}
