package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// agentNouns name a person by the stance they hold towards what follows "of": "is a fierce critic of the
// mayor", "has been an early backer of the strike", "were supporters of the deal". After a copula the noun
// phrase states the subject's stance, and PolNeAR marks it as a statement: the subject is the source, the
// copula with its auxiliaries, the determiner, the modifiers, the noun and "of" are the cue, and the noun phrase
// after "of" is the content. Nouns of kinship or office ("ally", "friend", "member") state no stance. Tokens
// carry the table as the set bit sAgentNoun.
var agentNouns = map[string]bool{
	"supporter": true, "supporters": true, "backer": true, "backers": true, "critic": true, "critics": true,
	"opponent": true, "opponents": true, "proponent": true, "proponents": true, "advocate": true,
	"advocates": true, "defender": true, "defenders": true, "champion": true, "champions": true, "fan": true,
	"fans": true, "admirer": true, "admirers": true, "foe": true, "foes": true, "detractor": true, "detractors": true,
}

// linkingVerbs join a subject to an agent noun as a copula does: "became a backer of" (beForms has "remain").
var linkingVerbs = map[string]bool{"become": true, "becomes": true, "became": true}

// agentNounCue handles a copula and an agentNouns noun with "of" ("Okafor is a vocal critic of the port
// deal"; see agentNouns). Sentences without such a noun cost one bit test.
func (r *run) agentNounCue(s text.Sentence) {
	if r.ss&sAgentNoun == 0 {
		return
	}
	for i := s.FirstTok + 3; i+1 < s.EndTok; i++ {
		if !r.is(i, cPrep) || r.low(i) != "of" || !r.in(i-1, sAgentNoun) {
			continue
		}
		n := i - 1
		if r.l.InQuote[n] >= 0 || r.anyClaimed(n, i+2) || r.kind(i+1) != text.Word && !r.isCap(i+1) {
			continue
		}
		b := r.agentCopula(n, s.FirstTok)
		if b < 0 {
			continue
		}
		first := r.auxStart(b, s.FirstTok)
		if r.anyClaimed(first, n) {
			continue
		}
		k := i + 1
		end := r.clauseEnd(k, s.EndTok)
		end = r.trimEnd(k, r.agentObjectEnd(k, r.coordinatedPredicate(k, r.cutObject(k, end))))
		if end <= k || r.anyClaimed(k, end) {
			continue
		}
		st := Statement{Rule: "agent-noun", Medium: r.medium(s.FirstTok, s.EndTok),
			Evidence: "a copula and a noun of stance ('a critic of') with what it is about"}
		src := r.npLeft(first, s.FirstTok)
		if src < 0 || r.low(src) == "it" {
			continue
		}
		if src > s.FirstTok && (r.gerundWord(src-1) || !r.subjectStart(src, s.FirstTok) && !r.afterIntro(src, s)) {
			continue // "Leading the effort are backers of X": no subject before the copula
		}
		if !r.onlySources(s, src, first) {
			continue // a subject may be another statement's source too, but no more
		}
		if src == first-1 && r.contractedPronoun(src) >= 0 {
			// "He's been a critic of": PolNeAR splits the token, the pronoun the source and "'s" the cue's start.
			m := len(r.out)
			r.add(st, src, first, src, i+1, [][2]int{{k, end}})
			r.splitContraction(m, src)
			i = end
			continue
		}
		r.add(st, src, first, first, i+1, [][2]int{{k, end}})
		i = end
	}
}

// agentCopula walks left from agent noun n over at most three modifiers ("an early and vocal", "a fierce")
// and one determiner ("a", "an", "no", "the"; a plural needs none) to a form of "be" or a linking verb, and
// returns that verb's token, or -1. A possessive ("his critics") or a name ("a Clinton supporter of") is no
// such phrase.
func (r *run) agentCopula(n, min int) int {
	j := n - 1
	for mods := 0; j >= min && mods < 3; j-- {
		if r.kind(j) != text.Word || r.l.InQuote[j] >= 0 || r.is(j, cDet|cPrep|cAux|cPronoun|cCap) {
			break
		}
		mods++
	}
	if j < min || r.l.InQuote[j] >= 0 {
		return -1
	}
	switch r.low(j) {
	case "a", "an", "no", "the":
		j--
	}
	if j < min || r.l.InQuote[j] >= 0 || r.kind(j) != text.Word {
		return -1
	}
	if w := r.low(j); wordset.Has(gBeForms, w) || linkingVerbs[w] {
		return j
	}
	return -1
}

// agentObjectEnd ends the content [k, end) of an agent noun, a plain noun phrase, before "and" or "but" and a
// verb the lexicon knows or a past-tense form ("a critic of the deal and wrote a bill against it"): the
// subject's next predicate, which the narrator reports.
func (r *run) agentObjectEnd(k, end int) int {
	for j := k + 1; j+1 < end; j++ {
		if w := r.low(j); (w != "and" && w != "but") || r.l.InQuote[j] >= 0 {
			continue
		}
		v := j + 1
		if r.kind(v) != text.Word || r.isCap(v) || r.l.InQuote[v] >= 0 {
			continue
		}
		if vf, ok := r.verb(v); ok && !vf.gerund || strings.HasSuffix(r.low(v), "ed") {
			return j
		}
	}
	return end
}

// gerundWord reports whether token i is a lower-case -ing word: "Leading the effort are backers of X" puts
// the subject after the copula, so the noun phrase before it is no subject.
func (r *run) gerundWord(i int) bool {
	return r.kind(i) == text.Word && strings.HasSuffix(r.low(i), "ing")
}

// bareNouns name talk that no one in the sentence owns when they stand bare, plural or mass, before a
// that-clause: "despite complaints that the fares are too high", "amid speculation that the port will close",
// "drew criticism that the plan was rushed". PolNeAR marks the noun alone as the cue and the clause as the
// content, with no source. Those that are also verbs (false here: "the union fears that") count only after
// a preposition.
var bareNouns = map[string]bool{
	"complaints": true, "allegations": true, "criticism": true, "speculation": true, "rumors": true,
	"rumours": true, "concerns": true,
	"fears": false, "doubts": false, "claims": false, "warnings": false, "reports": false, "worries": false,
}

// barePreps are prepositions before a bare noun that npPreps lacks: "despite complaints", "amid rumors".
var barePreps = map[string]bool{
	"despite": true, "amid": true, "about": true, "among": true, "against": true, "over": true, "after": true,
	"before": true, "by": true,
}

// bareNounCue handles a bareNouns noun with a that-clause and no determiner or possessor (see bareNouns). It
// looks at each "that" (a relative-class bit) and the word before it.
func (r *run) bareNounCue(s text.Sentence) {
	if r.sc&cRelative == 0 {
		return
	}
	for t := s.FirstTok + 1; t+1 < s.EndTok; t++ {
		if !r.is(t, cRelative) || r.low(t) != "that" || r.l.InQuote[t] >= 0 {
			continue
		}
		i := t - 1
		nounOnly, ok := gBareNouns.Lookup(r.low(i))
		if !ok || r.claimed[i] || r.claimed[t] || !r.bareBefore(i, s.FirstTok, nounOnly) {
			continue
		}
		cs := t + 1
		if r.is(cs, cAux) || r.kind(cs) != text.Word && r.quoteOpening(cs) < 0 {
			continue // "complaints that were filed": a relative clause
		}
		if r.x.opt.KeepComplementizer {
			cs = t
		}
		ce := r.openingPhraseEnd(s, i, cs, r.contentEndClause(cs, s.EndTok))
		if ce <= cs || r.anyClaimed(cs, ce) {
			continue
		}
		st := Statement{Rule: "bare-noun-cue", Evidence: "a bare noun of talk and a that-clause", Medium: r.medium(s.FirstTok, s.EndTok)}
		r.add(st, 0, 0, i, i+1, [][2]int{{cs, ce}})
		t = ce
	}
}

// bareBefore reports whether noun i stands bare: after a preposition, or, for a word that is no verb, after
// a conjunction, a comma or a verb's -ing or -ed form, or opening the sentence.
func (r *run) bareBefore(i, min int, nounOnly bool) bool {
	if i == min {
		return nounOnly
	}
	p := i - 1
	if r.l.InQuote[p] >= 0 {
		return false
	}
	w := r.low(p)
	if r.is(p, cPrep) || barePreps[w] {
		return true
	}
	if !nounOnly {
		return false
	}
	if r.is(p, cComma|cCoord) {
		return true
	}
	return r.kind(p) == text.Word && !r.isCap(p) && len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// openingPhraseEnd ends the that-clause [cs, end) of a noun at token n at the comma that closes the sentence's
// opening phrase, when the noun stands in one ("Despite complaints that fares are high, the union ...", "On
// Monday, hours before reports that the port had closed, the mayor ..."): the sentence opens with a
// preposition or an adverb, no comma before the noun has closed that phrase already, and a subject-like word
// (a determiner, a pronoun, a name) follows the comma.
func (r *run) openingPhraseEnd(s text.Sentence, n, cs, end int) int {
	if !r.clauseOpener(s.FirstTok) {
		return end
	}
	for k := s.FirstTok + 1; k < n; k++ {
		if r.is(k, cComma) && r.subjectLike(k+1) {
			return end // "In July, the board began investigating complaints that ...": the main clause
		}
	}
	for c := cs + 1; c+1 < end; c++ {
		if r.l.InQuote[c] < 0 && r.is(c, cComma) && r.subjectLike(c+1) {
			return c
		}
	}
	return end
}

// subjectLike reports whether token i can open a clause's subject: a determiner, a pronoun or a name.
func (r *run) subjectLike(i int) bool {
	return r.is(i, cDet|cPronoun) || r.isCap(i) && r.kind(i) == text.Word
}

// openedCoord gives a cue that is the second predicate of its clause the clause's subject, shared, when the
// sentence opens with a phrase before that subject: "On Thursday, Reed walked out and endorsed Okafor".
// leading takes the sentence's first words for that subject only when no such phrase stands there;
// coordPredicateSubject steps over it. It does nothing when leading has a source already.
func (r *run) openedCoord(s text.Sentence, c cue, src, srcEnd *int, shared **text.Span) {
	if *src >= 0 || *shared != nil || c.first-1 <= s.FirstTok || !r.verbObjectStart(c.verb+1, s.EndTok) {
		return // after the cue, "an able and determined opponent": an adjective, no second predicate
	}
	a, ae := -1, -1
	st := s.FirstTok
	if r.clauseOpener(st) || r.lyOpener(st) {
		if a, ae = r.coordPredicateSubject(s, c.first); a < 0 {
			st = r.afterOpenerComma(st, c.first-1, 16)
		}
	}
	if a < 0 && st >= 0 {
		a, ae = r.appositiveCoordSubject(st, c.first)
	}
	if a < 0 || ae == a+1 && r.is(a, cDet) {
		return // "the brief order gave ...": a lone article is a phrase cut short
	}
	sp := r.span(a, ae-1)
	*shared = &sp
	*src, *srcEnd = 0, 0
}

// appositiveCoordSubject is the subject, with its apposition, of a clause whose second predicate is the cue at
// token first: "Dan Reed, a sponsor of the bill, reversed himself and opposed it". The name opens the clause
// at token st, the apposition between commas holds no finite verb unless it is a relative clause, and one
// plain predicate follows it before "and" or "but". It returns the span [start, stop) up to the apposition's closing comma, or -1, -1.
func (r *run) appositiveCoordSubject(st, first int) (int, int) {
	j := first - 1
	if w := r.low(j); w != "and" && w != "but" || r.l.InQuote[j] >= 0 || st >= j {
		return -1, -1
	}
	if !r.isCap(st) || r.kind(st) != text.Word || r.is(st, cPrep|cSubord|cDet|cPronoun) {
		return -1, -1
	}
	head := r.npRightOpt(st, j, false)
	if head <= st || head >= j || head-st > 8 || !r.is(head, cComma) || r.anyClaimed(st, j) {
		return -1, -1
	}
	k := head + 1
	relative := r.is(k, cRelative) // "Harbor politicians, who granted the firm tax breaks, are ..."
	for ; k < j && k < head+maxAside && !r.is(k, cComma); k++ {
		if r.l.InQuote[k] >= 0 || r.kind(k) == text.Quote || r.is(k, cColon|cSemicolon) || r.finiteVerbAt(k) && !relative {
			return -1, -1 // a quotation, or a clause of its own: no apposition
		}
	}
	v := k + 1
	if k >= j || v >= j || k == head+1 || !(r.is(v, cAux) || r.finiteVerbAt(v) || r.adverbLy(v) && r.finiteVerbAt(v+1)) {
		return -1, -1
	}
	for i := v; i < j; i++ {
		if r.is(i, cComma|cSemicolon|cColon|cSubord) || r.l.InQuote[i] >= 0 {
			return -1, -1 // one plain predicate before the conjunction
		}
	}
	return st, k
}

// verbObjectStart reports whether token k, right after a verb, opens what a verb takes: a noun phrase with a
// determiner, a pronoun or a name, an infinitive, a that-clause, a question word or a quotation. A bare noun
// there ("determined opponent") makes the word before it an adjective.
func (r *run) verbObjectStart(k, end int) bool {
	if k >= end {
		return false
	}
	if r.quoteOpening(k) >= 0 || r.objectStart(k) || r.in(k, sWh) {
		return true
	}
	w := r.low(k)
	return w == "to" || w == "that" || strings.HasSuffix(w, "self") || strings.HasSuffix(w, "selves") // "defended himself"
}

// thoseGerund handles "those" and a stance gerund ("those supporting the strike", "those backing the mayor"):
// the demonstrative stands for the people who hold the stance, and PolNeAR marks it as the source, the gerund
// as the cue and its object as the content. relative takes a gerund after a noun, not after "those".
func (r *run) thoseGerund(s text.Sentence) {
	for _, at := range r.gerundAt {
		g := int(at)
		if g <= s.FirstTok || g+1 >= s.EndTok || r.low(g-1) != "those" || !r.onlySources(s, g-1, g+1) {
			continue // the phrase may lie in another statement's source: "Those backing the mayor have said"
		}
		vf, _ := r.verb(g)
		if !stanceVerbs[vf.lemma] || r.l.InQuote[g] >= 0 {
			continue
		}
		k, cueEnd := r.cueTail(cue{first: g, verb: g, vf: vf}, g+1, s.EndTok)
		if k >= s.EndTok || !r.objectStart(k) && !r.nounish(k) {
			continue
		}
		end := r.mainVerbEnd(k, r.cutObject(k, r.clauseEnd(k, s.EndTok)))
		for j := k + 1; j < end; j++ {
			if r.pastVerbAt(j) || r.is(j, cAux) && r.l.InQuote[j] < 0 ||
				strings.HasSuffix(r.low(j), "ed") && !r.isCap(j) && !r.is(j-1, cDet|cPrep) && !r.adverbLy(j-1) {
				end = j // "those backing the levy marched to the port": the sentence's own verb
			}
		}
		end = r.trimEnd(k, end)
		if end <= k || !r.onlySources(s, k, end) {
			continue
		}
		st := Statement{Rule: "those-gerund", Medium: r.medium(s.FirstTok, s.EndTok),
			Evidence: "'those' and a stance gerund with its object"}
		r.add(st, g-1, g, g, cueEnd, [][2]int{{k, end}})
	}
}
