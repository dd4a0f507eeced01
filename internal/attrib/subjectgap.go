// Relative clauses with no pronoun whose reported clause lost its subject to the head noun, in the forms
// contactClause (missed4.go) leaves: "a tactic they hope will fail" (a plural pronoun with the cue's base
// form), "a move Norway fears could stall the talks" (a name, or a name's plural noun, for subject), "the
// ones the board now says are void" (an adverb before the cue), "something Labour aides argue is possible"
// (a head with no determiner), "a rule they say allowed strikers to vote" (a past verb opening the
// predicate). PolNeAR annotates the clause as a statement whose content is the head noun phrase and the
// subjectless predicate, as for contactClause. In train, of clauses with a head noun, a subject, a verb of
// saying or thinking and a finite predicate, gold marks 11 so (head in the content) and leaves 2 unmarked
// ("the heir he hopes will follow him"); contactClause found 3 of the 11, this rule finds 5 more (the rest
// have a head set off by dashes, a coordinated head, or "It's a ..." inside the content).
//
// The same with an infinitive whose object is the head: "a walkout it expects to last", "the office he has
// long wanted to hold" (want, hope, expect, like, seek, promise...). Gold marks the head and the infinitive
// as content 16 times in train and leaves 7 such clauses unmarked, 4 of them inside another content, which
// the rule skips; it finds 9 of the 16 (6 exact, 1 more with the right content) and 1 unmarked one.
package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// subjectGap finds such a clause for cue c when contactClause did not. sentence calls it only for a cue of
// saying or an infGap verb that is no gerund.
func (r *run) subjectGap(s text.Sentence, c cue) {
	if c.vf.lemma == "see" {
		return
	}
	k := c.verb + 1
	if k+1 >= s.EndTok || r.l.InQuote[k] >= 0 {
		return
	}
	// The object's gap: "the office he has long wanted to hold" (infGap); else the subject's.
	inf := r.infGap(c, k)
	if !inf && (c.vf.frames&frameSay == 0 || !r.in(k, sFiniteAux) && !r.gapPast(k)) {
		return
	}
	// Nested in another statement's content ("asked for the files, even the ones the board says are
	// void"), the clause is annotated too, unless contactClause took it; not an infinitive's: inside a
	// content, that is mostly part of it ("said the bill misses every port fee he hopes to cut").
	nested := r.claimed[c.verb]
	if nested && (inf || r.hasCueAt(s, c.verb)) {
		return
	}
	// Between subject and verb, only adverbs ("now says", "still believes"), and before an infinitive
	// auxiliaries too ("would not want").
	aux := false
	for j := c.first; j < c.verb; j++ {
		if inf && (r.is(j, cAux) || r.low(j) == "not" || r.low(j) == "n't") {
			if beForms[r.low(j)] || r.low(j) == "being" {
				return // "is expected to": a passive, its subject no head (beForms: adjectives.go)
			}
			aux = true
			continue
		}
		if !r.adverbLy(j) && !r.in(j, sSentenceAdv) && r.low(j) != "now" && r.low(j) != "still" && r.low(j) != "always" {
			return
		}
	}
	// A determiner's phrase may take the head in ("the ones State"): then the name alone is the subject.
	base := !r.inflected(c.verb) && !aux
	hs, src := -1, -1
	for _, bare := range [2]bool{false, true} {
		var plural bool
		// Before an infinitive, a bare name needs an auxiliary or adverb: "his wife Ann expected to" is a
		// subject with its title.
		if bare && inf && c.first == c.verb {
			break
		}
		if src, plural = r.gapSubject(s, c.first, bare, inf); src >= 0 && (plural || !base) {
			if hs = r.gapHead(s, src); hs >= 0 {
				break
			}
		}
	}
	// A pronoun after "including" is mostly the outer speaker again: "C, experts say, including a rule they
	// say will fail" continues that statement.
	if hs < 0 || r.is(src, cPronoun) && hs > s.FirstTok && r.low(hs-1) == "including" || inf && adjunctHeads[r.low(src-1)] {
		return
	}
	if inf && hs > s.FirstTok && (r.low(hs-1) == "about" || r.low(hs-1) == "of" || r.low(hs-1) == "on") {
		return // "speaking about the fares she wants to cut": the topic of an outer cue, found later
	}
	h := src - 1
	e := s.EndTok
	if inf {
		e = r.infGapEnd(k, e)
	}
	end := r.trimEnd(k, r.cutCoordinated(k, e))
	if end-k < 2 || nested && !r.insideContent(hs, end) || !nested && r.anyClaimed(hs, end) {
		return
	}
	st := Statement{Rule: c.vf.rules.leading, Medium: r.medium(s.FirstTok, s.EndTok), Evidence: "relative clause with no pronoun: head, source, cue, predicate"}
	r.add(st, src, c.first, c.first, c.verb+1, [][2]int{{hs, h + 1}, {k, end}})
}

// gapHead returns the start of the head noun phrase before the subject at src, or -1: a lower-case noun after
// a determiner and at most two modifiers, or a gapPronounHeads word.
func (r *run) gapHead(s text.Sentence, src int) int {
	h := src - 1
	if h <= s.FirstTok || r.l.InQuote[h] >= 0 || r.isCap(h) || r.kind(h) != text.Word {
		return -1
	}
	if gapPronounHeads[r.low(h)] {
		return h
	}
	if !r.nounish(h) || r.is(h, cDet|cAux|cPrep|cPronoun|cQuant) || strings.HasSuffix(r.low(h), "ly") {
		return -1
	}
	hs := h
	for hs-1 >= s.FirstTok && hs > h-3 && r.kind(hs-1) == text.Word && !r.is(hs-1, cDet) && !r.is(hs-1, cPrep|cAux|cPronoun|cRelative) && !r.isCap(hs-1) {
		hs--
	}
	// "the most optimistic" is the subject's own phrase, not a head.
	if hs-1 < s.FirstTok || !r.is(hs-1, cDet|cQuant) || r.is(hs-1, cQuant) && hs-2 >= s.FirstTok && r.is(hs-2, cDet) || r.l.InQuote[hs-1] >= 0 {
		return -1
	}
	if hs-2 >= s.FirstTok {
		if vf, ok := r.verb(hs - 2); ok && vf.frames&frameTell != 0 {
			return -1 // "told the crew he hoped to": the hearers, then the clause
		}
	}
	return hs - 1
}

// gapPronounHeads head such a clause with no determiner: "something critics say is overdue".
var gapPronounHeads = map[string]bool{"something": true, "anything": true}

// gapPast reports whether token k is a past-tense verb opening the predicate: pastFinite, or one before a
// lower-case word ("a rule they say allowed strikers to vote").
func (r *run) gapPast(k int) bool {
	if !strings.HasSuffix(r.low(k), "ed") {
		return false // both readings below end in "ed"
	}
	if r.pastFinite(k) {
		return true
	}
	return strings.HasSuffix(r.low(k), "ed") && !r.isCap(k) && k+1 < len(r.l.Tokens) && r.kind(k+1) == text.Word &&
		!r.isCap(k+1) && !r.is(k+1, cAux|cCoord) && r.kind(k) == text.Word && !r.is(k, cDet|cPrep|cPronoun)
}

// gapSubject finds the subject ending before token e: a subject pronoun, a determiner and at most three words,
// a quantifier alone ("some"), or bare: a name of up to three capitalised words, or a plural noun after such
// a name or a quantifier ("union aides" is no subject: "union" may be the head's). It returns the start, or
// -1, and whether the subject is plural.
func (r *run) gapSubject(s text.Sentence, e int, bare, inf bool) (int, bool) {
	p := e - 1
	if p <= s.FirstTok || r.l.InQuote[p] >= 0 || r.kind(p) != text.Word {
		return -1, false
	}
	plural := gapPlural(r.low(p)) && !r.isCap(p) && r.nounish(p)
	if bare {
		return r.gapBare(s, p, plural)
	}
	if w := r.low(p); wordset.Has(gSubjectPronouns, w) {
		if w == "it" && !inf || w == "you" {
			return -1, false // "it" and "you" are as often objects; before an infinitive "it" is a subject
		}
		return p, w == "they" || w == "we" || w == "i"
	}
	if r.is(p, cQuant) && r.is(p, cDet) && p-1 > s.FirstTok && !r.is(p-1, cDet) {
		return p, true // "a plan some say will work"
	}
	for j := p - 1; j > s.FirstTok && j >= e-4; j-- {
		if r.l.InQuote[j] >= 0 || r.kind(j) != text.Word {
			break
		}
		if r.is(j, cDet) {
			if w := r.low(j); w == "the" || w == "a" || w == "an" || r.is(j, cQuant) || w == "his" || w == "her" || w == "their" || w == "its" {
				if r.nounish(j+1) || r.is(j+1, cQuant) {
					return j, plural || w == "many" || w == "some" || w == "most" || w == "several" || w == "few"
				}
			}
			return -1, false
		}
		if r.is(j, cPrep|cAux|cPronoun|cRelative|cSubord|cCoord) {
			break
		}
	}
	return -1, false
}

// gapBare finds a bare subject ending at token p: a name, or a name's plural noun.
func (r *run) gapBare(s text.Sentence, p int, plural bool) (int, bool) {
	n := p
	if !r.isCap(p) {
		if !plural {
			return -1, false
		}
		n = p - 1
	}
	c := n
	// Capitalised words, and the dots of initials and titles ("Donald J. Trump", "Mr. Lee").
	for c >= p-5 && c > s.FirstTok && r.l.InQuote[c] < 0 && (r.kind(c) == text.Word && r.isCap(c) && !r.is(c, cDet|cPronoun|cPrep|cAux) || c < n && r.titleDot(c)) {
		c--
	}
	if r.titleDot(c + 1) {
		return -1, false
	}
	if c == n {
		return -1, false // no name: "a tactic unions hope" is left to the head's reading
	}
	if !r.isCap(p) {
		return c + 1, true
	}
	return c + 1, gapPlural(r.low(p))
}

// gapPlural reports whether w looks like a plural noun.
func gapPlural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") && len(w) > 3
}

// hasCueAt reports whether a statement of sentence s found already has its cue end at token v. Statements
// come in sentence order: the search stops at the first cue before s.
func (r *run) hasCueAt(s text.Sentence, v int) bool {
	e := r.l.Tokens[v].End
	for i := len(r.out) - 1; i >= 0; i-- {
		c := r.out[i].Cue
		if c == nil {
			continue
		}
		if c.End == e {
			return true
		}
		if c.Start < s.Start {
			return false
		}
	}
	return false
}

// infGapLemmas take an infinitive whose object may be the head of the clause: "a walkout it expects to
// last", "the office he wanted to hold".
var infGapLemmas = map[string]bool{
	"want": true, "hope": true, "expect": true, "need": true, "like": true, "seek": true, "prefer": true,
	"promise": true, "plan": true, "believe": true, "intend": true, "wish": true,
}

// infGap reports whether cue c is such a verb with "to" and a lower-case word at k.
func (r *run) infGap(c cue, k int) bool {
	return c.vf.infGap && r.low(k) == "to" && r.kind(k+1) == text.Word && !r.isCap(k+1) && r.l.InQuote[k+1] < 0
}

// infGapEnd ends an infinitive at k at the first comma or semicolon before end, or at an auxiliary, which
// resumes the clause the head began ("the rifts he vowed to heal have grown").
func (r *run) infGapEnd(k, end int) int {
	for j := k + 1; j < end; j++ {
		if r.is(j, cComma|cSemicolon) || r.l.InQuote[j] >= 0 || j > k+1 && r.is(j, cAux) {
			return j
		}
	}
	return end
}

// adjunctHeads stand for a time, place, manner or reason, not the infinitive's object: "the ways the
// campaign hopes to win".
var adjunctHeads = map[string]bool{
	"way": true, "ways": true, "time": true, "times": true, "place": true, "places": true, "reason": true,
	"reasons": true, "day": true, "days": true, "night": true, "moment": true, "year": true, "week": true,
}
