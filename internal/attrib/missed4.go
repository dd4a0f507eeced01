package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// postAdjectives take a prepositional complement and, with it, can follow a plural noun as its modifier:
// "sources close to the campaign", "people familiar with the talks", "officials loyal to the general".
var postAdjectives = map[string]bool{
	"close": true, "closer": true, "closest": true, "familiar": true, "loyal": true, "sympathetic": true,
	"friendly": true, "hostile": true, "near": true, "opposed": true, "allied": true, "aligned": true,
	"critical": true, "skeptical": true, "sceptical": true, "supportive": true,
}

// postAdjectivePhrase reports whether token p, just before a preposition, is such an adjective after a plural
// noun, so that the noun heads a subject of a bare-form verb later on: "Aides close to the mayor say": the
// adjective phrase leaves the subject plural, and "say" is a verb, not the head of a compound noun.
func (r *run) postAdjectivePhrase(p, min int) bool {
	if p-1 < min || r.l.InQuote[p] >= 0 || !postAdjectives[r.low(p)] {
		return false
	}
	w := r.low(p - 1)
	return r.nounish(p-1) && (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || wordset.Has(gPluralNouns, w))
}

// contactClause finds a speech or thought verb in a relative clause with no relative pronoun whose reported
// clause has lost its subject to the head noun: "a walkout the union said was planned", "a tactic critics
// hope will fail". The head noun phrase is what the clause is about, so the content is that phrase and the
// subjectless predicate after the cue. The subject is a pronoun or a short phrase opened by a determiner, and
// the predicate opens with a finite auxiliary, so that "the union said" before an ordinary clause is no match.
func (r *run) contactClause(s text.Sentence, c cue) {
	if c.vf.frames&frameSay == 0 || c.vf.gerund || c.first != c.verb || c.vf.lemma == "see" || !r.inflected(c.verb) {
		return // "the numbers he saw were": a perception verb's object, not a clause; "the report was": a noun
	}
	// Nested in another statement's content ("backed a tactic the unions hope will end the strike"), the
	// clause is annotated too; otherwise its words must be free.
	nested := r.claimed[c.verb]
	k := c.verb + 1
	if k+1 >= s.EndTok || r.l.InQuote[k] >= 0 || !r.in(k, sFiniteAux) && !r.pastFinite(k) {
		return
	}
	// The subject: a subject pronoun, or a determiner and at most three words of its noun phrase.
	src := -1
	if p := c.first - 1; p > s.FirstTok && wordset.Has(gSubjectPronouns, r.low(p)) && r.low(p) != "it" && r.low(p) != "you" {
		src = p
	} else {
		for j := c.first - 1; j > s.FirstTok && j >= c.first-4; j-- {
			if r.l.InQuote[j] >= 0 || r.kind(j) != text.Word {
				return
			}
			if r.is(j, cDet) {
				if j < c.first-1 && (r.low(j) == "the" || r.low(j) == "a" || r.low(j) == "an") {
					src = j
				}
				break
			}
			if r.is(j, cPrep|cAux|cPronoun|cRelative|cSubord|cCoord) {
				return
			}
		}
	}
	if src < 0 {
		return
	}
	// The head: a lower-case common noun right before the subject, after a determiner of its own.
	h := src - 1
	if h <= s.FirstTok || r.l.InQuote[h] >= 0 || r.isCap(h) || !r.nounish(h) || r.is(h, cDet|cAux|cPrep|cPronoun) {
		return
	}
	if _, verb := r.verb(h); verb || strings.HasSuffix(r.low(h), "ly") {
		return
	}
	hs := h
	for hs-1 >= s.FirstTok && hs > h-3 && r.kind(hs-1) == text.Word && !r.is(hs-1, cDet) && !r.is(hs-1, cPrep|cAux|cPronoun|cRelative) && !r.isCap(hs-1) {
		hs--
	}
	if hs-1 < s.FirstTok || !r.is(hs-1, cDet) {
		return
	}
	hs--
	end := r.trimEnd(k, r.cutCoordinated(k, s.EndTok))
	if end-k < 2 {
		return
	}
	if nested && !r.insideContent(hs, end) || !nested && r.anyClaimed(hs, end) {
		return
	}
	st := Statement{Rule: c.vf.rules.leading, Medium: r.medium(s.FirstTok, s.EndTok), Evidence: "relative clause with no pronoun: head, source, cue, predicate"}
	r.add(st, src, c.first, c.first, c.verb+1, [][2]int{{hs, h + 1}, {k, end}})
}

// pastFinite reports whether token k is a past-tense verb that can open a predicate ("allowed", "cost"), not a
// noun, an adjective in -ed before a noun, or a gerund.
func (r *run) pastFinite(k int) bool {
	if r.kind(k) != text.Word || r.isCap(k) || !strings.HasSuffix(r.low(k), "ed") || r.is(k, cDet|cPrep|cPronoun) {
		return false
	}
	return k+1 < len(r.l.Tokens) && (r.is(k+1, cDet|cPronoun|cPrep) || r.kind(k+1) == text.Number)
}

// insideContent reports whether tokens [a, end) lie within the content of a statement already found whose cue
// comes before them.
func (r *run) insideContent(a, end int) bool {
	as, ae := r.l.Tokens[a].Start, r.l.Tokens[end-1].End
	for i := len(r.out) - 1; i >= 0; i-- {
		st := &r.out[i]
		if st.Cue != nil && st.Cue.End <= as && st.Content.Start <= as && ae <= st.Content.End {
			return true
		}
	}
	return false
}

// spacedHyphen reports whether token i is a hyphen or double hyphen standing alone between spaces: many papers
// type a dash so ("the group - which was founded in 2004 - said"), and it sets off an aside as a dash does.
// (leading asks, with it, for an inflected cue: "an aggressive - some say rash - pledge" is a noun phrase.)
func (r *run) spacedHyphen(i int) bool {
	if i <= 0 || i+1 >= len(r.l.Tokens) || r.kind(i) != text.Punct {
		return false
	}
	if t := r.tok(i); t != "-" && t != "--" {
		return false
	}
	return r.l.Tokens[i-1].End < r.l.Tokens[i].Start && r.l.Tokens[i].End < r.l.Tokens[i+1].Start
}

// negatedPostmodifier extends a subject noun phrase that ends at token ne over a negated prepositional phrase
// that describes it, up to the comma before an apposition: "One delegate not on the slate, Ann Roe, said". It
// returns the new end, or ne.
func (r *run) negatedPostmodifier(ne, end int) int {
	if ne+2 >= end || r.low(ne) != "not" || !r.is(ne+1, cPrep) || r.l.InQuote[ne] >= 0 {
		return ne
	}
	for j := ne + 2; j < end && j <= ne+8; j++ {
		if r.is(j, cComma) {
			return j
		}
		if r.kind(j) != text.Word && r.kind(j) != text.Number || r.l.InQuote[j] >= 0 || r.is(j, cAux|cPronoun|cRelative|cSubord) {
			return ne
		}
	}
	return ne
}

// textSaying handles a gerund of saying after a noun for a thing that carries words (documentNouns, recall3.go):
// "She held up a sign saying C", "Police took calls saying C". The participle describes the noun, which is the
// source, not the clause's subject; the content follows the gerund (a quotation or a clause).
func (r *run) textSaying(s text.Sentence) {
	for _, at := range r.gerundAt {
		i := int(at)
		vf, ok := r.verb(i)
		if !ok || vf.lemma != "say" || r.claimed[i] || r.l.InQuote[i] >= 0 || i-1 <= s.FirstTok || i+2 >= s.EndTok {
			continue
		}
		h := i - 1
		if !documentNouns[r.low(h)] || r.claimed[h] || r.l.InQuote[h] >= 0 {
			continue
		}
		src := r.npLeft(i, s.FirstTok)
		if src < 0 || src > h || r.anyClaimed(src, i) {
			continue
		}
		for j := h - 1; j >= src; j-- {
			if r.kind(j) != text.Word || !r.isCap(j) && (strings.HasSuffix(r.low(j), "ing") || r.pastVerbAt(j)) {
				src = j + 1 // "carrying signs saying C": the verb before the noun is not part of it
				break
			}
		}
		k := i + 1
		if r.is(k, cColon) || r.is(k, cComma) && r.quoteOpening(k+1) >= 0 {
			k++
		}
		end := s.EndTok
		if q := r.quoteOpening(k); q >= 0 {
			end = r.quoteEnd(k)
		} else if r.low(k) == "that" && !r.x.opt.KeepComplementizer {
			k++
		}
		end = r.trimEnd(k, end)
		if end-k < 2 || r.anyClaimed(k, end) {
			continue
		}
		st := Statement{Rule: vf.rules.gerund, Medium: r.medium(s.FirstTok, s.EndTok), Evidence: "a thing that carries words, then saying, then content"}
		r.add(st, src, i, i, i+1, [][2]int{{k, end}})
	}
}
