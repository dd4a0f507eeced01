// Content that starts before its source: a relative pronoun that stands for the object of the cue verb.
//
// In "the tariff, which the minister has long opposed, ..." or "a walkout is what the drivers want" the verb's
// object is the pronoun before the clause's subject, and nothing of the object follows the verb. PolNeAR marks
// the pronoun alone as the content (it is what was opposed or wanted); a phrase of time or place after the
// verb ("opposed in 2019", "conceded when the polls closed") stays out. leading finds no content after such a
// verb, or takes the adjunct for it.
//
// Train gold has 125 statements whose content is a lone relative pronoun; we found 8. Where "which", "who" or
// "whom" after a noun or a mark opens a clause with a subject and a cue, gold marks the pronoun in the content
// 86 times and leaves it out 8 times (a finite verb follows those cues; this rule needs no object at all).
// The rule fires 23 times in train: 19 contents become exact (17 with source and cue), 1 gold gives the head
// noun instead ("the war, which most of them opposed" -> "the war"), 3 have no gold statement. Dev: 3
// contents become exact, 1 has no gold statement.
package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
)

// objectRelative finds a statement whose cue verb closes a relative clause opened by its object: the
// relative pronoun, a short subject (the source), the cue, then no object (a mark, a subordinate clause, a
// phrase of time or place). The content is the pronoun alone. sentence calls it only when the sentence holds
// one of objectRelatives.
func (r *run) objectRelative(s text.Sentence, c cue) {
	if c.vf.gerund || c.vf.frames&(frameSay|frameObj) == 0 || r.l.InQuote[c.verb] >= 0 || c.first <= s.FirstTok+1 {
		return
	}
	// The pronoun, then the subject: one to eight words, no mark (but a title's dot) and no clause word.
	rel := -1
	for j := c.first - 1; j >= s.FirstTok && j >= c.first-9; j-- {
		if r.l.InQuote[j] >= 0 {
			return
		}
		if r.kind(j) != text.Word {
			if r.titleDot(j) {
				continue
			}
			return
		}
		if r.in(j, sObjectRel) {
			rel = j
			break
		}
		if r.is(j, cRelative|cSubord|cAux|cComma) || r.low(j) == "and" || r.low(j) == "but" || r.low(j) == "or" {
			return
		}
	}
	// In a headline every word is capitalised, a verb before "Who" as well.
	if rel < 0 || rel+1 >= c.first || !r.subjectOpening(rel+1) || !r.antecedentBefore(s, rel) || r.sentenceHeadline(s) {
		return
	}
	k, cueEnd := r.cueTail(c, c.verb+1, s.EndTok)
	if !r.noObjectAt(k, s.EndTok) {
		return
	}
	if nested := r.claimed[c.verb]; nested && !r.insideContent(rel, cueEnd) || !nested && r.anyClaimed(rel, cueEnd) {
		return
	}
	st := Statement{Rule: c.vf.rules.leading, Medium: r.medium(s.FirstTok, s.EndTok), Evidence: "object relative pronoun, source, cue"}
	r.add(st, rel+1, c.first, c.first, cueEnd, [][2]int{{rel, rel + 1}})
}

// objectRelatives are the pronouns that may open such a clause.
var objectRelatives = map[string]bool{"which": true, "who": true, "whom": true, "what": true}

// antecedentBefore reports whether the relative pronoun at rel follows what it stands for: "the tariff, which",
// "the envoy whom"; not "in which" or "knew who". A free "what" must follow a form of "be" ("that's what the
// union wants", "this was what she said"), or open the sentence: after other verbs and prepositions ("asked
// what he wants", "based on what he saw") it belongs to their clause, and train gold has 4 such statements
// against 17 it does not mark. "that" is left alone: it is as often a conjunction ("told aides that he
// called"), and gold marks a head noun before it ("positions that she has since dropped") as often as the
// pronoun.
func (r *run) antecedentBefore(s text.Sentence, rel int) bool {
	p := rel - 1
	if r.low(rel) == "what" {
		if rel == s.FirstTok || p == s.FirstTok && (r.low(p) == "and" || r.low(p) == "but") {
			return true
		}
		w := r.low(p)
		return w == "is" || w == "was" || w == "are" || w == "were" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
	}
	if rel == s.FirstTok || r.is(p, cPrep) {
		return false
	}
	return r.is(p, cComma) || r.isPunct(p, "—") || r.isPunct(p, "–") || r.isPunct(p, "-") || r.isPunct(p, "(") || r.nounish(p)
}

// subjectOpening reports whether token i may open a relative clause's subject: a subject pronoun, a name, a
// determiner or a quantifier ("which he", "whom Ms. Roe", "that the union", "who many").
func (r *run) subjectOpening(i int) bool {
	if r.kind(i) != text.Word {
		return false
	}
	w := r.low(i)
	switch w {
	case "he", "she", "they", "we", "i", "you", "it", "even":
		return true
	}
	return r.isCap(i) || r.is(i, cDet|cQuant)
}

// noObjectAt reports whether nothing of a verb's object starts at token k: the clause ends, or a subordinate
// clause, a coordinated verb or a phrase of time or place follows. "to", "as", "of" and "about" would open a
// complement, and a preposition before a mark is stranded ("which he talked about").
func (r *run) noObjectAt(k, end int) bool {
	if k >= end {
		return true
	}
	if r.l.InQuote[k] >= 0 || r.quoteOpening(k) >= 0 {
		return false
	}
	if r.kind(k) == text.Punct {
		// An aside may come before the object ("which she thought (wrongly) that ..."), a quotation after a
		// comma or colon.
		return !r.isPunct(k, "(") && !r.isPunct(k, ":") && !(k+1 < end && (r.quoteOpening(k+1) >= 0 || r.low(k+1) == "that"))
	}
	switch r.low(k) {
	case "when", "while", "after", "before", "since", "until", "because", "but", "and", "in", "at", "during",
		"under", "for", "last", "this", "earlier", "later":
		return k+1 < end && r.kind(k+1) == text.Word
	}
	return r.timeAt(k, end)
}
