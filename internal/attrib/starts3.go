package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Where content starts after a cue, part three: asides and addressees that sit between a cue and the "that",
// the question word or the quotation that opens what was said.

// startAfterAside moves content start k of cue c, whose cue ends at cueEnd, over what stands between the cue
// and what it reports (see dashAside, addresseeQuestion, settingQuote, storyOf), or leaves both.
func (r *run) startAfterAside(c cue, k, cueEnd, end int) (int, int) {
	if k+2 >= end || r.l.InQuote[k] >= 0 {
		return k, cueEnd
	}
	if r.kind(k) == text.Punct {
		return r.dashAside(k, end), cueEnd
	}
	if r.is(k, cPrep) {
		if j := r.addresseeQuestion(c, k, end); j > k {
			return j, cueEnd
		}
	}
	if w := r.low(k); r.is(k, cPrep) && !wordset.Has(gCuePreps, w) || wordset.Has(gSettingWords, w) {
		return r.settingQuote(k, end), cueEnd
	}
	if j := r.storyOf(c, k, cueEnd, end); j > k {
		return j, j
	}
	if j := r.pseudoCleft(c, k, cueEnd, end); j > k {
		return j, j
	}
	return k, cueEnd
}

// pseudoCleft is where the content starts in "What we do know is that C", "All I am asking is that C": the
// copula after the cue joins it, as PolNeAR marks it, and what it identifies is the content. The clause
// opens with "what" or "all" and a pronoun or a one-word subject before the cue. It returns k otherwise.
func (r *run) pseudoCleft(c cue, k, cueEnd, end int) int {
	if k != cueEnd || k+1 >= end || r.l.InQuote[k] >= 0 {
		return k
	}
	if w := r.low(k); w != "is" && w != "was" {
		return k
	}
	subj := c.first - 1
	if subj < 1 || !(r.is(subj, cPronoun) || r.isCap(subj)) {
		return k
	}
	if w := r.low(subj - 1); w != "what" && w != "all" || r.l.InQuote[subj-1] >= 0 {
		return k
	}
	if w := r.low(k + 1); w == "that" || w == "whether" || w == "to" || r.quoteOpening(k+1) >= 0 {
		return k + 1
	}
	return k
}

// storyOf is where the content starts after "told the story of", "tells the tale of" right after a verb of
// telling at k: the story noun and its "of" join the cue, as PolNeAR marks them, and what the story is
// about is the content. It returns k otherwise ("told a joke" keeps its noun phrase as the content).
func (r *run) storyOf(c cue, k, cueEnd, end int) int {
	if k != cueEnd || c.vf.frames&frameTell == 0 || !r.storyObject(k, end) {
		return k
	}
	for j := k; j+2 < end && j < k+5; j++ {
		if wordset.Has(gStoryNouns, r.low(j)) {
			if r.low(j+1) == "of" && r.l.InQuote[j+1] < 0 && r.kind(j+2) == text.Word {
				return j + 2
			}
			return k
		}
	}
	return k
}

// settingWords open a clause that says when or how something was said: "said as he left the hall, ...".
var settingWords = map[string]bool{"as": true, "when": true, "while": true, "after": true, "before": true, "once": true}

// settingQuote is where a quotation starts after a phrase that sets the scene of the saying and a comma or a
// colon: "declared at a press conference, "The strike is over."", "said as he left the hall, "We won."",
// "said on the radio on Monday, in reply to a caller, "..."". The phrase says where, when or how it was
// said, so the quotation alone is the content. A quotation that opens in lower case goes on with the phrase
// before it, another verb of saying in the phrase has the quotation for its own, and a title in quotation
// marks ("in an interview on "Morning Radio," broadcast ...") does not end the sentence; all leave k. A
// topic ("said of the plan: ...") and an infinitive ("seemed to be ready, ...") are no such phrase.
func (r *run) settingQuote(k, end int) int {
	if r.low(k) == "to" {
		if _, verb := r.verb(k + 1); verb || r.is(k+1, cAux) {
			return k
		}
	}
	prep := !wordset.Has(gSettingWords, r.low(k)) // a clause after "as" or "when" has an object of its own
	for j := k + 1; j < end && j < k+30; j++ {
		if r.l.InQuote[j] >= 0 {
			if r.quoteOpening(j) >= 0 && r.is(j-1, cComma|cColon) && j-1 > k+1 && j+1 < end && r.isCap(j+1) {
				if qe := r.quoteEnd(j); (qe >= end || r.onlyPunct(qe, end)) && !r.capitalisedRun(j+1, qe) {
					return j
				}
			}
			return k
		}
		if r.isPunct(j, ".") || r.is(j, cSemicolon) {
			return k
		}
		if vf, ok := r.verb(j); ok && (vf.frames&(frameSay|frameTell) != 0 || vf.gerund) {
			return k // "..., telling the crowd, "...": the quotation is the other verb's
		}
		if prep && r.is(j, cDet) && r.nounish(j-1) && !r.is(j-1, cPrep|cDet) {
			return k // "noted on Twitter the change ...": an object follows the phrase
		}
	}
	return k
}

// isDash reports whether token i is a dash that sets off an aside ("—", "–", "--", or "-" standing alone).
func (r *run) isDash(i int) bool {
	if r.kind(i) != text.Punct {
		return false
	}
	switch r.tok(i) {
	case "—", "–", "--", "-":
		return true
	}
	return false
}

// dashAside is where the content starts when an aside in dashes or brackets follows the cue and the clause
// comes after it: "said — in a rare interview — that the strike was over", "argued (to no one's surprise)
// that the deal was fair". The aside says how or where it was said, not what; the "that" or the quotation
// after it opens the content. It returns k when no such aside is there.
func (r *run) dashAside(k, end int) int {
	paren := r.isPunct(k, "(")
	if !paren && !r.isDash(k) {
		return k
	}
	for j := k + 1; j < end && j < k+16; j++ {
		if r.l.InQuote[j] >= 0 {
			return k
		}
		closes := paren && r.isPunct(j, ")") || !paren && r.isDash(j)
		if !closes {
			if r.kind(j) == text.Punct && (r.is(j, cColon|cSemicolon) || r.isPunct(j, ".")) {
				return k
			}
			continue
		}
		n := j + 1
		if n >= end || j == k+1 {
			return k
		}
		if r.quoteOpening(n) >= 0 {
			return n
		}
		if w := r.low(n); (w == "that" || w == "whether") && n+1 < end && r.kind(n+1) == text.Word && !r.is(n+1, cAux) {
			return n
		}
		return k
	}
	return k
}

// addresseeQuestion is where an indirect question starts after the addressee of cue c ("explained to
// reporters why the talks stalled", "wrote to the board how the fund had lost money"): the question word
// opens the content, as "that" does after an addressee (skipAddressee). It returns k otherwise.
func (r *run) addresseeQuestion(c cue, k, end int) int {
	if w := r.low(k); (w != "to" && w != "with") || !wordset.Has(gAddresseeLemmas, c.vf.lemma) {
		return k
	}
	if _, verb := r.verb(k + 1); verb && !r.isCap(k+1) {
		return k // "wrote to ask why": an infinitive
	}
	for j := k + 1; j < end && j < k+7; j++ {
		if r.l.InQuote[j] >= 0 {
			return k
		}
		if j > k+1 && r.in(j, sWh) && r.low(j) != "if" && j+1 < end && r.kind(j+1) == text.Word {
			return j
		}
		if !(r.is(j, cDet|cPronoun) || r.nounish(j) || r.possessiveMark(j)) {
			return k
		}
	}
	return k
}

// nounBeforeAux reports whether the word at n, which can read as a verb, is a plural noun that is the subject
// of the auxiliary after it: "said ... that cities can pass such rules", "that costs will rise". A verb after
// "that" would make it a relative clause ("the report that says ..."); a verb does not take an auxiliary next.
func (r *run) nounBeforeAux(n, end int) bool {
	a, w := n+1, r.low(n)
	return a < end && r.in(a, sFiniteAux) && r.l.InQuote[a] < 0 && !r.isCap(a) && len(w) > 3 && w[len(w)-1] == 's'
}

// timeAfterParticle reports whether the preposition at k, which could be its verb's particle, opens a time
// phrase instead: "commented on Monday that C", "agreed on Tuesday to end the strike". The day says when, and
// the content comes after it; "commented on Monday's vote" keeps the particle, the day owning the noun.
func (r *run) timeAfterParticle(k, end int) bool {
	n := k + 1
	if n >= end || !r.timeAt(n, end) {
		return false
	}
	for j := n; j < end && j <= n+1; j++ {
		if w := r.low(j); strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || r.possessiveMark(j) {
			return false
		}
	}
	return true
}

// capitalisedRun reports whether the words in [i, e) are a few capitalised words, as a title is ("So, That
// Happened", "Morning Radio"), rather than a sentence.
func (r *run) capitalisedRun(i, e int) bool {
	words := 0
	for j := i; j < e; j++ {
		if r.kind(j) != text.Word {
			continue
		}
		if words++; words > 6 || !r.isCap(j) && !smallTitleWords[r.low(j)] {
			return false
		}
	}
	return words > 0
}

// narratorLeadIn reports whether [cs, colon) is the narrator's sentence that a colon closes before a quotation
// whose speaker the sentence names after it ("The chairman ran through the rules of the house: "Be polite,"
// an aide said."): the lead-in says what the quotation is about, and the quotation alone is the content.
// A verb of saying before the colon ("Trump said: "...") makes the lead-in a statement of its own.
func (r *run) narratorLeadIn(cs, colon int) bool {
	if colon-1 <= cs {
		return false
	}
	for i := cs; i < colon; i++ {
		if r.l.InQuote[i] >= 0 {
			return false
		}
	}
	vf, ok := r.verb(colon - 1)
	return !ok || vf.frames&(frameSay|frameTell) == 0
}

// storyNouns name what is told rather than whom it is told to: "told a joke", "tells the story of ...".
var storyNouns = map[string]bool{
	"story": true, "stories": true, "tale": true, "tales": true, "joke": true, "jokes": true, "anecdote": true,
	"anecdotes": true, "parable": true, "fable": true,
}

// storyObject reports whether the noun phrase at k after a verb of telling is headed by one of storyNouns
// ("told a slightly different tale", "tells one joke about the mayor"): that phrase is the content, where
// "told reporters ..." names the addressee.
func (r *run) storyObject(k, end int) bool {
	for j := k; j < end && j < k+5; j++ {
		if r.kind(j) != text.Word || r.l.InQuote[j] >= 0 {
			return false
		}
		if wordset.Has(gStoryNouns, r.low(j)) {
			return j == k || !r.is(j-1, cPrep)
		}
		if r.is(j, cPrep|cAux) {
			return false
		}
	}
	return false
}

// copularNouns name a view, a question or an aim that a copula can identify with a clause ("The question is
// whether ...", "His goal is to ..."), beyond the cue and attitude nouns.
var copularNouns = map[string]bool{
	"question": true, "answer": true, "response": true, "refrain": true, "impression": true, "point": true,
	"goal": true, "strategy": true, "advice": true, "takeaway": true, "lesson": true, "worry": true,
	"assumption": true, "theory": true, "slogan": true, "mantra": true, "hope": true, "fear": true,
}

// copularCue handles a noun of saying or thinking identified by "is" or "was" with what it holds: "The idea is
// that the depot stays open", "Her answer was that fares must rise", "The question is whether the truce holds",
// "His goal is to end the strike". PolNeAR's cue is the noun phrase and the copula (a possessor is the
// source; with none, the determiner joins the cue), and the content is the clause after it.
func (r *run) copularCue(s text.Sentence) {
	if r.ss&sFiniteAux == 0 || r.sc&(cCueNoun|cAttitude) == 0 && r.ss&sCopularNoun == 0 {
		return // no "is" or "was", or no noun before one for it to identify (speed6)
	}
	for v := s.FirstTok + 1; v+1 < s.EndTok; v++ {
		if !r.in(v, sFiniteAux) || r.l.InQuote[v] >= 0 || r.claimed[v] {
			continue
		}
		if w := r.low(v); w != "is" && w != "was" {
			continue
		}
		n := v - 1
		if r.kind(n) != text.Word || r.l.InQuote[n] >= 0 || !(r.is(n, cCueNoun|cAttitude) || r.in(n, sCopularNoun)) {
			continue
		}
		// Back over at most two adjectives to a determiner or a possessor, which must open the clause.
		first := n
		for first-1 >= s.FirstTok && first > n-3 && r.kind(first-1) == text.Word && !r.is(first-1, cDet|cPrep|cAux) &&
			!r.isCap(first-1) && !r.possessor(first-1) && r.l.InQuote[first-1] < 0 {
			first--
		}
		d := first - 1
		if d < s.FirstTok || r.l.InQuote[d] >= 0 {
			continue
		}
		src, srcEnd, cueFirst := -1, -1, first
		switch {
		case r.possessor(d):
			src, srcEnd = d, d+1
			if !r.is(d, cDet) {
				src = r.npLeft(d+1, s.FirstTok)
			}
		case r.is(d, cDet) || r.low(d) == "one":
			cueFirst = d
		default:
			continue
		}
		open := cueFirst
		if src >= 0 && src < open {
			open = src
		}
		if b := open - 1; b >= s.FirstTok && !r.is(b, cComma) && r.low(b) != "but" && r.low(b) != "and" {
			continue // "a campaign whose message was ...": not the subject of the sentence
		}
		k, cueEnd := v+1, v+1
		if k+2 < s.EndTok && r.low(k) == "to" {
			// "his answer was to say he would ...": the verb of saying joins the cue. (k+2 first: the copula may
			// end the text, and r.verb reads the token.)
			if vf, ok := r.verb(k + 1); ok && vf.frames&(frameSay|frameTell) != 0 && !vf.gerund {
				k, cueEnd = k+2, k+2
			}
		}
		var end int
		switch w := r.low(k); {
		case (w == "that" || w == "whether") && r.l.InQuote[k] < 0 && k+1 < s.EndTok && !r.is(k+1, cAux|cComma):
			end = r.contentEndClause(k, s.EndTok)
		case w == "to" && k+1 < s.EndTok && r.kind(k+1) == text.Word && !r.is(k+1, cDet) && !r.isCap(k+1):
			end = r.trimEnd(k, r.clauseEnd(k, s.EndTok))
		case r.quoteOpening(k) >= 0:
			end = r.quoteEnd(k)
		case cueEnd > v+1:
			end = r.contentEndClause(k, s.EndTok)
		default:
			continue
		}
		if end <= k+1 || end > s.EndTok || r.anyClaimed(k, end) || src >= 0 && r.anyClaimed(src, srcEnd) || r.anyClaimed(cueFirst, cueEnd) {
			continue
		}
		if w := r.low(k); (w == "that" || w == "to") && !r.x.opt.KeepComplementizer {
			k++ // the seed leaves "that" and an infinitive's "to" out, as after a verb
		}
		if src < 0 {
			src, srcEnd = 0, 0
		}
		st := Statement{Rule: "copular-cue", Medium: r.medium(s.FirstTok, s.EndTok),
			Evidence: "a noun of saying or thinking, a copula and the clause it names"}
		r.add(st, src, srcEnd, cueFirst, cueEnd, [][2]int{{k, end}})
		v = end
	}
}

// possessor reports whether token i owns the noun after it: a possessive pronoun or a name with "'s".
func (r *run) possessor(i int) bool {
	if r.is(i, cDet) && wordset.Has(gPossessivePronouns, r.low(i)) {
		return true
	}
	w := r.tok(i)
	return (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) && r.kind(i) == text.Word
}

// infinitiveAt reports whether "to" at k opens an infinitive ("declined to say whether C"), which is the
// content itself rather than a phrase before its "that" or "whether".
func (r *run) infinitiveAt(k int) bool {
	if r.low(k) != "to" || k+1 >= len(r.l.Tokens) || r.isCap(k+1) {
		return false
	}
	_, verb := r.verb(k + 1)
	return verb
}
