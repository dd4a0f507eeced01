package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
)

// agentNouns name a person by the stance they hold towards what follows "of": "is a fierce critic of the
// mayor", "has been an early backer of the strike", "were supporters of the deal". After a copula the noun
// phrase states the subject's stance, and PolNeAR marks it as a statement: the subject is the source, the
// copula with its auxiliaries, the determiner, the modifiers, the noun and "of" are the cue, and the noun phrase
// after "of" is the content. Nouns of kinship or office ("ally", "friend", "member") state no stance.
var agentNouns = map[string]bool{
	"supporter": true, "supporters": true, "backer": true, "backers": true, "critic": true, "critics": true,
	"opponent": true, "opponents": true, "proponent": true, "proponents": true, "advocate": true,
	"advocates": true, "defender": true, "defenders": true, "champion": true, "champions": true, "fan": true,
	"fans": true, "admirer": true, "admirers": true, "foe": true, "foes": true, "detractor": true, "detractors": true,
}

// linkingVerbs join a subject to an agent noun as a copula does: "became a backer of" (beForms has "remain").
var linkingVerbs = map[string]bool{"become": true, "becomes": true, "became": true}

// agentNounCue handles a copula and an agentNouns noun with "of" ("Okafor is a vocal critic of the port
// deal"; see agentNouns). The "of" is found first by its preposition bit, so most tokens cost one bit test.
func (r *run) agentNounCue(s text.Sentence) {
	for i := s.FirstTok + 3; i+1 < s.EndTok; i++ {
		if !r.is(i, cPrep) || r.low(i) != "of" || !agentNouns[r.low(i-1)] {
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
		if src < 0 || src > s.FirstTok && r.gerundWord(src-1) || (src > s.FirstTok && !r.subjectStart(src, s.FirstTok) && !r.afterIntro(src, s)) || r.low(src) == "it" ||
			!r.onlySources(s, src, first) { // a subject may be another statement's source too
			continue
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
	if w := r.low(j); beForms[w] || linkingVerbs[w] {
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
