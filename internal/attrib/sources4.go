package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Sources that swallowed the phrase opening their sentence: the walk left from the cue takes a noun phrase
// of an opening adverbial for the subject's head or apposition ("By contrast, Jane Roe, a labor economist,
// predicted", "Speaking in Lagos, Okafor accused", "Inside the hall Adel Karim said"). The subject starts
// after the opening phrase.

// openerCut moves the start of a leading source [src, end) past an opening phrase of the sentence that
// starts at token min. Two shapes:
//   - the phrase ends at a comma inside the source and is an opening adverbial (a preposition's phrase, a
//     participle's, a sentence adverb: openingAdverbial), its first word opening the sentence (or the one
//     before src, a preposition the walk stopped at: "By contrast,");
//   - no comma: a preposition opens the sentence right before src and its object, a lower-case noun, runs
//     straight into a capitalised name ("Inside the mosque Adel Karim said", "At the moment Jane Roe"); the
//     name is the subject. A lower-case title ("party chairman Jane Roe") is part of the name, so the noun
//     before the name must be no title word.
//
// The subject after the cut must open with a capital or be a pronoun, so that a share after "Among voters,"
// ("Among likely voters, about half said", where the gold keeps the whole) stays as it is.
func (r *run) openerCut(src, end, min int) int {
	if src < min || end-src < 2 || r.l.InQuote[src] >= 0 {
		return src
	}
	src = r.clockCut(src, end)
	o := src
	if src-1 >= min && (r.openerWord(src-1) || r.is(src-1, cBy)) {
		o = src - 1
	}
	if o != min {
		return src
	}
	for c := src + 1; c < end-1; c++ {
		if r.l.InQuote[c] >= 0 || r.claimed[c] {
			return src
		}
		if r.kind(c) == text.Punct && !r.is(c, cComma) && !r.isPunct(c, "-") && !r.isPunct(c, ".") {
			break
		}
		if !r.is(c, cComma) {
			continue
		}
		// A lone adverb ("First,", "Finally,") opens the sentence as well as a phrase does.
		lone := c == o+1 && (r.in(o, sSubjectLeft|sSentenceAdv) || r.lyOpener(o)) || r.is(o, cBy) && c <= o+3 // "By contrast,"

		if r.subjectAfterOpener(c+1) && (lone || r.openingAdverbialAt(o, c)) {
			return c + 1
		}
		break
	}
	if o == src || !(r.is(o, cPrep|cBy) || r.in(o, sIntro)) {
		return src
	}
	for k := src + 1; k < end && k < src+6; k++ {
		if r.kind(k) != text.Word || r.l.InQuote[k] >= 0 {
			return src
		}
		if r.isCap(k) {
			p := k - 1
			if p > src && !r.isCap(p) && r.nounish(p) && !r.is(p, cDet|cPrep|cPronoun) && !r.in(p, sTitle) && r.nameLike(k, end) {
				return k
			}
			return src
		}
	}
	return src
}

// subjectAfterOpener reports whether a subject can start at token k after an opening phrase's comma: a
// capitalised word or a personal pronoun.
func (r *run) subjectAfterOpener(k int) bool {
	if k >= len(r.l.Tokens) || r.kind(k) != text.Word || r.l.InQuote[k] >= 0 {
		return false
	}
	return r.isCap(k) && !r.is(k, cDet|cQuant) || wordset.Has(gSubjectPronouns, r.low(k))
}

// openingAdverbialAt is openingAdverbial for tokens [o, c) closed by the comma at c, with the sentence's span
// only as far as it needs one.
func (r *run) openingAdverbialAt(o, c int) bool {
	return r.openingAdverbial(text.Sentence{FirstTok: o, EndTok: c + 2}, o, c)
}

// clockCut moves the start of a source [src, end) past a clock time inside it ("June 6, 2016 9:09PM Jane Roe
// Says ...": a live blog's time stamp before its headline): a time of day names when, and no noun phrase
// runs over it, so the subject is the name after it ("a.m." or "p.m." included).
func (r *run) clockCut(src, end int) int {
	for k := src; k < end-1; k++ {
		if r.kind(k) != text.Number || !strings.Contains(r.tok(k), ":") || r.l.InQuote[k] >= 0 {
			continue
		}
		n := k + 1
		if w := r.low(n); w == "a.m." || w == "p.m." || w == "am" || w == "pm" {
			n++
		}
		if n < end && r.kind(n) == text.Word && r.isCap(n) {
			src = n
		}
	}
	return src
}

// adverbSource replaces a leading source [src, end) that holds only adverbs standing between the subject and
// its verb ("He soon learned", "I cannot see why", "Reyes, whose union led the walkout, seldom speaks of",
// "Jane Roe, the chairman, this past week announced") with the noun phrase before them. An adverb names no
// one; the walk from the cue stopped at the first word that could not sit in a noun phrase.
func (r *run) adverbSource(src, end, min int) (int, int) {
	if src <= min || end-src > 3 {
		return src, end
	}
	for k := src; k < end; k++ {
		if r.kind(k) != text.Word || r.isCap(k) || r.l.InQuote[k] >= 0 || !(wordset.Has(gPreVerbAdverbs, r.low(k)) || r.adverbLy(k)) {
			return src, end
		}
	}
	if ns := r.npLeft(src, min); ns >= 0 && ns < src && !r.anyClaimed(ns, src) {
		e := src
		if r.is(e-1, cComma) {
			e--
		}
		return ns, e
	}
	return src, end
}

// preVerbAdverbs are the adverbs (and a time phrase's words) that stand between a subject and its verb.
var preVerbAdverbs = map[string]bool{
	"soon": true, "seldom": true, "rarely": true, "never": true, "often": true, "always": true, "cannot": true,
	"can't": true, "can’t": true, "this": true, "past": true, "last": true, "more": true, "already": true,
	"once": true, "again": true, "ever": true, "almost": true, "later": true,
}

// summaryApposition reports whether the noun phrase at token subj, after a comma, opens with a lower-case
// article: an apposition that sums up the clause before it ("The port stopped publishing the data, a practice
// criticized by the union"). A reduced passive after it names its agent as a subject's would.
func (r *run) summaryApposition(subj, min int) bool {
	if subj <= min || !r.is(subj-1, cComma) || r.isCap(subj) {
		return false
	}
	w := r.low(subj)
	return w == "a" || w == "an"
}

// laterClauseSubject finds, between token from and the gerund cue at token i, the subject of a later clause
// that the gerund's comma phrase attaches to: the last comma (or comma and "and"/"but") before i that a
// subject and a finite verb follow ("While rivals called for talks, Okafor took a harder line, warning ...",
// "The mayor asked the union to return, and it refused, citing ..."). A participial phrase after a clause
// modifies that clause's subject, not the sentence's first one. It returns the subject [f, ne), or -1, -1.
func (r *run) laterClauseSubject(src, from, i int) (int, int) {
	// A subordinate clause's subject takes the gerund only from a main subject that is no one in particular: "it"
	// or a common noun phrase ("The row began after the mayor cut the fares, saying"); a name or a personal
	// pronoun stays the gerund's source ("Okafor left after the vote was called, saying").
	weak := r.low(src) == "it" || r.is(src, cDet) && !r.capIn(src+1, from)
	for j := i - 2; j > from; j-- {
		if r.l.InQuote[j] >= 0 || r.claimed[j] {
			return -1, -1
		}
		if !r.is(j, cComma) && !(weak && gerundClauseLinks[r.low(j)]) {
			continue
		}
		link := !r.is(j, cComma)
		f := j + 1
		if w := r.low(f); w == "and" || w == "but" {
			f++
		}
		if f >= i-1 || r.kind(f) != text.Word || r.l.InQuote[f] >= 0 || r.is(f, cRelative) {
			continue
		}
		if !(r.isCap(f) && !r.is(f, cPrep|cSubord) || wordset.Has(gSubjectPronouns, r.low(f)) || r.is(f, cDet) && !r.is(f, cQuant)) {
			continue
		}
		ne := r.subjectNP(f, i)
		if ne <= f || ne >= i-1 || !(r.capIn(f, ne) || r.is(f, cPronoun|cDet)) || r.is(f, cDet) && ne-f < 2 {
			continue
		}
		if link {
			// After a link word a plural noun in -s ("after the port strikes, ...") is no verb: a past form or an
			// auxiliary only.
			if r.pastVerbAt(ne) || r.auxVerb(ne) || r.verbPastAt(ne) {
				return f, ne
			}
			continue
		}
		if r.finiteVerbAt(ne) || r.pastVerbAt(ne) || r.presentVerbAt(ne) {
			return f, ne
		}
	}
	return -1, -1
}

// gerundClauseLinks open a subordinate clause whose subject a gerund after it may share ("The row began after the
// mayor cut the fares, saying ...").
var gerundClauseLinks = map[string]bool{
	"when": true, "as": true, "after": true, "where": true, "because": true, "though": true, "although": true,
	"while": true, "that": true, "why": true, "which": true,
}

// verbPastAt reports whether token k is a lexicon verb's past form ("continued"), which pastVerbAt, for words
// the lexicon does not know, leaves out.
func (r *run) verbPastAt(k int) bool {
	vf, ok := r.verb(k)
	return ok && !vf.gerund && !r.isCap(k) && strings.HasSuffix(r.low(k), "ed")
}

// lowerList is coordLeft's fallback: a pair after an opening phrase that afterIntroAt does not know (one
// with a comma, or a longer one), and the reading of a list of common nouns before "and" at token and ("the drivers,
// cleaners and depot officials said", "But dock unions, port groups, and many lawmakers claim"): coordLeft
// walks over list items only when they hold a capital, so that an object list after a verb ("raised fares,
// fees and tolls") stays out; here the list must reach where a subject starts, which no object does. It
// returns the list's start, or -1.
func (r *run) lowerList(and, min int) int {
	end := r.serialComma(and, min)
	left := r.conjunctLeft(end, min)
	if left < 0 || !r.nameLike(left, end) {
		return -1
	}
	if end == and && left-1 > min && r.is(left-1, cComma) && r.openingAdverbialAt(min, left-1) {
		return left // "Over the past few days, Reyes and her aides signaled": a pair after an opening phrase
	}
	if r.is(left, cPronoun) {
		return -1
	}
	listed := 0
	for ; listed < 8 && left-2 >= min && r.is(left-1, cComma); listed++ {
		l2 := r.conjunctLeft(left-1, min)
		if l2 < 0 || !r.nameLike(l2, left-1) || r.is(l2, cPronoun) || r.is(left-2, cTime) || r.afterIntroAt(left, min) {
			break
		}
		left = l2
	}
	if listed == 0 || !r.subjectStart(left, min) && !r.afterIntroAt(left, min) || left > min && r.kind(left-1) == text.Word && !r.in(left-1, sSubjectLeft) {
		return -1 // "Over the past few days, Reyes and her aides": a word other than a conjunction opens no list
	}
	return left
}

// adverbialAside ends a leading source [src, end) before a last comma- or dash-set segment that is an adverbial
// aside between the subject and its verb, not an apposition: "Okafor, of course, said", "The union, it turned
// out, had agreed", "Reyes, only two months later, announced", "Okafor, without naming him, accused". The
// segment holds no capital; it opens with an -ly adverb, a sentence adverb, "of course", "it turned out",
// "without", or it ends in a time word ("later", "ago", "earlier").
func (r *run) adverbialAside(src, end int) int {
	if end-src < 3 {
		return end
	}
	c := -1
	for j := end - 1; j > src; j-- {
		if r.l.InQuote[j] >= 0 {
			return end
		}
		if r.is(j, cComma) || r.isPunct(j, "—") || r.isPunct(j, "–") {
			c = j
			break
		}
		if r.kind(j) != text.Word || r.isCap(j) {
			return end
		}
	}
	if c < 0 || c+1 >= end || end-c > 7 {
		return end
	}
	f := c + 1
	w := r.low(f)
	last := r.low(end - 1)
	aside := r.adverbLy(f) || r.in(f, sSentenceAdv) || w == "without" ||
		w == "of" && f+1 < end && r.low(f+1) == "course" && end == f+2 ||
		w == "it" && f+1 < end && (r.low(f+1) == "turned" || r.low(f+1) == "seems" || r.low(f+1) == "seemed") ||
		last == "later" || last == "ago" || last == "earlier"
	if !aside {
		return end
	}
	return r.trimEnd(src, c)
}
