package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// maxControlGap bounds, in tokens, what may stand between a clause's finite verb and the "to" of a cue
// infinitive whose subject the clause's subject is ("was quick to", "took pains to").
const maxControlGap = 7

// unsourcedSubject finds the source of a that-clause statement whose cue no leading rule gave a subject (see
// thatClause): the object of a causative before a cue infinitive ("the vote led many to wonder whether C"), the
// subject of a clause whose adjective, noun or verb takes the infinitive ("the union is right to note that C",
// "she made a point to stress that C"), or a subject set off from its verb by an aside in dashes ("Three of
// five drivers — and most of the mechanics — said that C"). It returns the source's span, or 0, 0 for none, and
// the cue's first token, which moves back to the clause's verb when its subject controls the infinitive.
func (r *run) unsourcedSubject(s text.Sentence, c cue, first int) (src, srcEnd, cueFirst int) {
	if first <= s.FirstTok || r.l.InQuote[first-1] >= 0 {
		return 0, 0, first
	}
	if r.low(first) == "to" {
		if ob := r.causativeObject(first, s.FirstTok); ob >= 0 {
			return ob, first, first
		}
		if src, end := r.controlSubject(first, s.FirstTok, false); src >= 0 {
			return src, end, end // PolNeAR's cue runs from the clause's verb: "is correct to note", "had to explain"
		}
		return 0, 0, first
	}
	if c.verb-1 > first && r.low(c.verb-1) == "to" && !r.is(first, cAux) {
		// A catenated cue ("likely to say"): its subject may stand before a degree word and a be-form ("voters
		// are far less likely to say that C").
		if src, end := r.controlSubject(first, s.FirstTok, false); src >= 0 {
			return src, end, end
		}
	}
	if w := r.low(first - 1); wordset.Has(gObjectPronouns, w) && first-2 >= s.FirstTok && bareCausatives[r.low(first-2)] && w != "reporters" {
		return first - 1, first, first // "let us simply note that C": the bare infinitive's subject
	}
	src, srcEnd = r.dashAsideSubject(s, first)
	if srcEnd == 0 && c.first == first {
		// "The drivers walked out on Monday and said that C": the first predicate's subject.
		if a, ae := r.coordPredicateSubject(s, first); a >= 0 {
			return a, ae, first
		}
	}
	return src, srcEnd, first
}

// groupObjects are quantifiers that stand alone as a causative's object ("led many to wonder").
var groupObjects = map[string]bool{"many": true, "some": true, "others": true, "few": true, "most": true, "several": true}

// causativeObject is the first token of the object between a causative verb and the "to" at token to, or -1:
// an object pronoun, a lone quantifier or a short noun phrase.
func (r *run) causativeObject(to, min int) int {
	j := to - 1
	if j <= min || r.claimed[j] || r.l.InQuote[j] >= 0 {
		return -1
	}
	if lw := r.low(j); lw == "him" || lw == "her" || lw == "them" || lw == "us" || lw == "me" || wordset.Has(gGroupObjects, lw) {
		if wordset.Has(gCausatives, r.low(j-1)) && !r.claimed[j-1] {
			return j
		}
		return -1
	}
	for q := j; q > min && q >= to-8; q-- {
		if r.claimed[q] || r.l.InQuote[q] >= 0 || (r.kind(q) != text.Word && r.kind(q) != text.Number) {
			return -1
		}
		if wordset.Has(gCausatives, r.low(q)) {
			if q == j || r.is(q+1, cPronoun) {
				return -1
			}
			return q + 1
		}
		if !(r.nounish(q) || r.is(q, cDet|cQuant) || r.adjLy(q)) {
			return -1
		}
	}
	return -1
}

// controlSubject is the span of the subject of the clause whose finite verb comes a few words before the
// "to" at token to, with nothing but the adjective, noun or verb that takes the infinitive between them ("the
// union is right to warn", "the mayor might do well to admit", "its drivers do not hesitate to warn"), or -1, -1. An
// object pronoun there makes the object the infinitive's subject ("asked him to say"), a be-form right before
// "to" makes the infinitive a predicate ("the aim was to show"), and "it"/"there" is no one ("it is fair to say").
func (r *run) controlSubject(to, min int, strict bool) (int, int) {
	if to-1 <= min || r.beForm(to-1) {
		return -1, -1
	}
	words := 0
	for k := to - 1; k > min && k >= to-maxControlGap; k-- {
		if r.claimed[k] || r.l.InQuote[k] >= 0 || (r.kind(k) != text.Word && r.kind(k) != text.Number) {
			return -1, -1
		}
		lw := r.low(k)
		if wordset.Has(gObjectPronouns, lw) || r.is(k, cSubord) || controlStops[lw] {
			return -1, -1
		}
		if r.beForm(k) && k+1 < to && r.passiveParticiple(k+1) {
			return -1, -1 // "the report was updated to note": a passive's subject is no speaker
		}
		if lw == "not" || lw == "never" || r.adverbLy(k) {
			continue
		}
		if !r.is(k, cAux) && !r.controlVerb(k, strict) && !negatedAux(lw) {
			// In strict mode only an adjective or a participle stands between ("was reluctant to", "has begun
			// to"): a noun there is more often the head of a purpose infinitive ("a group to promote ...").
			if words++; strict && (words > 2 || r.is(k, cDet|cPronoun|cPrep) || r.isCap(k) || wordset.Has(gPossessiveDets, lw) || r.kind(k) == text.Number) {
				return -1, -1
			}
			continue
		}
		p := k - 1
		if r.claimed[p] || r.l.InQuote[p] >= 0 || !(r.is(p, cPronoun) || r.nounish(p) || r.low(p) == "who") || r.is(p, cDet) || wordset.Has(gPossessiveDets, r.low(p)) || negatedAux(r.low(p)) {
			continue // "would do": the subject is further left; "his decisions": a noun, not a verb
		}
		src := r.npLeft(k, min)
		if src < 0 || src >= k || noOneSubjects[r.low(src)] {
			return -1, -1
		}
		return src, k
	}
	return -1, -1
}

// controlVerb reports whether token k can be the finite verb of a clause whose subject controls a later
// infinitive; strict refuses the "-s" guess of finiteVerbAt, which plural nouns also fit ("rights groups").
func (r *run) controlVerb(k int, strict bool) bool {
	if !strict {
		return r.finiteVerbAt(k)
	}
	if vf, ok := r.verb(k); ok {
		return !vf.gerund
	}
	lw := r.low(k)
	return r.kind(k) == text.Word && !r.isCap(k) && len(lw) > 4 && lw[len(lw)-2:] == "ed"
}

// controlStops end the stretch before a cue infinitive in which controlSubject looks for the clause's verb: a
// coordination, a complementizer, another infinitive ("is to seek a means to"), a "for" subject ("hard for
// them to say").
var controlStops = map[string]bool{"and": true, "or": true, "but": true, "that": true, "to": true, "for": true}

// noOneSubjects are subjects that name no one: "it is fair to say", "that's not to suggest".
var noOneSubjects = map[string]bool{
	"it": true, "it's": true, "it’s": true, "there": true, "there's": true, "there’s": true, "this": true,
	"that": true, "that's": true, "that’s": true, "what": true,
}

// passiveParticiple reports whether token i after a be-form reads as a passive participle ("was meant",
// "has been updated").
func (r *run) passiveParticiple(i int) bool {
	lw := r.low(i)
	return r.kind(i) == text.Word && !r.isCap(i) && (len(lw) > 4 && lw[len(lw)-2:] == "ed" || irregularParticiples[lw])
}

// irregularParticiples are passive participles without "-ed" that come before an infinitive.
var irregularParticiples = map[string]bool{"meant": true, "made": true, "told": true, "set": true, "paid": true, "built": true, "said": true, "thought": true}

// beForm reports whether token i is a form of "be".
func (r *run) beForm(i int) bool {
	switch r.low(i) {
	case "is", "was", "are", "were", "be", "been", "'s":
		return true
	}
	return false
}

// dashAsideSubject finds a subject set off from its cue at token first by an aside in dashes: "Some economists
// — including two of the bank's own — warn that C". PolNeAR's source holds the aside (an apposition or an
// "including" list), but not a relative clause of its own ("the mayor — who had said ... — said").
func (r *run) dashAsideSubject(s text.Sentence, first int) (int, int) {
	close := first - 1
	if t := r.tok(close); t != "-" && t != "—" && t != "–" && t != "--" {
		return 0, 0
	}
	open := r.asideOpen(close, s.FirstTok)
	if open <= s.FirstTok+0 || open+1 >= close {
		return 0, 0
	}
	src := r.bareSubject(s, open, true)
	if src < 0 {
		src = r.npLeft(open, s.FirstTok)
		// "Three of five drivers across the depots — ...": a prepositional tail belongs to the subject.
		for src-2 >= s.FirstTok && (r.is(src-1, cPrep) || tailPreps[r.low(src-1)]) && !r.isCap(src-1) && r.nounish(src-2) {
			head := r.npLeft(src-1, s.FirstTok)
			if head < 0 || head >= src-1 {
				break
			}
			src = head
		}
	}
	if src < 0 || r.anyClaimed(src, open) {
		return 0, 0
	}
	if r.is(open+1, cRelative) || r.anyClaimed(open, close) {
		return src, open
	}
	return src, close + 1
}

// tailPreps open a prepositional tail of a subject beyond npPreps: "drivers across the depots".
var tailPreps = map[string]bool{"across": true, "among": true, "around": true, "within": true, "inside": true, "outside": true, "near": true}

// infinitiveSource finds the source of a leading cue that is an infinitive no subject stands before: the
// subject of a catenated cue past a degree word ("are far less likely to say") or of a control adjective ("was
// reluctant to endorse": the cue opens at the clause's verb). ok says whether a source was found. (A causative's
// object is causedSource's, recall3.go.)
func (r *run) infinitiveSource(s text.Sentence, c *cue) (src, end int, ok bool) {
	if c.verb-1 > c.first && c.first > s.FirstTok && r.low(c.verb-1) == "to" && !r.is(c.first, cAux) {
		// A catenated cue ("likely to say", "continued to criticize") whose subject stands before a degree word
		// or an adverbial: "drivers are far less likely to say", "they have all along continued to".
		if src, end := r.controlSubject(c.first, s.FirstTok, false); src >= 0 {
			c.first = end
			return src, end, true
		}
		return -1, -1, false
	}
	to := c.first - 1
	if c.first != c.verb || to <= s.FirstTok || r.low(to) != "to" || r.l.InQuote[to] >= 0 || r.claimed[to] {
		return -1, -1, false
	}
	if wordset.Has(gControlWords, r.low(to-1)) {
		if src, end := r.controlSubject(to, s.FirstTok, true); src >= 0 {
			c.first = end
			return src, end, true
		}
	}
	return -1, -1, false
}

// controlWords are adjectives whose subject is the subject of the infinitive after them: "was reluctant to
// endorse", "is right to note".
var controlWords = map[string]bool{
	"reluctant": true, "right": true, "correct": true, "wrong": true, "careful": true, "eager": true, "able": true,
	"unable": true, "ready": true, "first": true, "last": true, "loath": true, "keen": true, "anxious": true,
	"hesitant": true, "unwilling": true, "willing": true, "prepared": true, "happy": true, "glad": true, "proud": true,
}

// coordPredicateSubject is the subject of a clause whose second predicate is the cue at token first: "The
// drivers walked out on Monday and said that C", "The mayor has backed the plan but on Friday argued that C".
// The subject opens the sentence (after an opening phrase and its comma) and is followed by its own verb; or -1,
// -1.
func (r *run) coordPredicateSubject(s text.Sentence, first int) (int, int) {
	j := first - 1
	for j > s.FirstTok && (r.is(j, cTime) || r.in(j, sWeekday|sDayPart) || r.low(j) == "on" || r.adverbLy(j)) && first-j < 4 {
		j-- // "but on Friday argued", "and generally agree"
	}
	if w := r.low(j); w != "and" && w != "but" || r.l.InQuote[j] >= 0 {
		return -1, -1
	}
	st := r.openingConj(s.FirstTok, j)
	if r.clauseOpener(st) || r.lyOpener(st) {
		k := r.afterOpenerComma(st, j, 16)
		if k < 0 {
			return -1, -1
		}
		st = k
	}
	if st >= j || r.anyClaimed(st, j) || !(r.isCap(st) || r.is(st, cDet|cPronoun|cQuant)) || r.is(st, cPrep|cSubord) {
		return -1, -1
	}
	ne := st + 1
	if !r.is(st, cPronoun) {
		ne = r.subjectNP(st, j)
	}
	if ne <= st || ne >= j || !(r.is(ne, cAux) || r.finiteVerbAt(ne)) {
		return -1, -1
	}
	for i := ne; i < j; i++ {
		if r.is(i, cComma|cSemicolon|cColon) || r.is(i, cSubord) || r.l.InQuote[i] >= 0 {
			return -1, -1 // one plain predicate before the conjunction, no clause of its own
		}
	}
	return st, ne
}

// bareCausatives take an object and a bare infinitive: "let me say", "made him admit", "heard her say".
var bareCausatives = map[string]bool{"let": true, "lets": true, "make": true, "made": true, "makes": true, "heard": true, "hear": true}

// negatedAux reports whether w is a contracted negative auxiliary ("won't", "didn’t"), one token here.
func negatedAux(w string) bool { return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") }

// relativeQuoteComma reports whether the cue at token end follows a quotation's closing mark with the comma
// inside it, the end of a relative aside that quotes: `Reyes, who called the deal "a sham," said C`.
func (r *run) relativeQuoteComma(s text.Sentence, end int) bool {
	return end-2 > s.FirstTok && r.quoteClosing(end-1) && r.is(end-2, cComma)
}
