package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// possessivePronouns own an attitude noun: "his attacks on", "her decision to".
var possessivePronouns = map[string]bool{"his": true, "her": true, "their": true, "our": true, "my": true}

// attitudeNouns name an attitude or a speech act held by their possessor, beyond cueNouns.
var attitudeNouns = map[string]bool{
	"attacks": true, "attack": true, "support": true, "refusal": true, "calls": true, "push": true,
	"suggestions": true, "insistence": true, "plea": true, "vow": true, "criticisms": true, "defense": true,
	"endorsements": true, "praise": true, "questions": true, "claims": true, "attempt": true, "pledge": true,
}

// possessedCue handles an attitude noun owned by a person with a clause or an infinitive: "her decision to
// open the borders", "his stern warning that C". ("His attacks on X" is too often not annotated to be worth it.) The possessor is
// the source; an adjective before the noun belongs to the cue, as PolNeAR marks it.
func (r *run) possessedCue(s text.Sentence) {
	if r.sc&(cCueNoun|cAttitude) == 0 {
		return
	}
	for i := s.FirstTok; i+2 < s.EndTok; i++ {
		if (r.info[i+1]|r.info[i+2])&tokInfo(cCueNoun|cAttitude) == 0 { // speed7: the noun n below is one of them
			continue
		}
		if r.claimed[i] || r.l.InQuote[i] >= 0 || r.kind(i) != text.Word {
			continue
		}
		src, srcEnd := -1, -1
		switch {
		case r.is(i, cDet) && wordset.Has(gPossessivePronouns, r.low(i)): // the possessive pronouns are determiners: test the bit first
			src, srcEnd = i, i+1
		case r.isCap(i) && (strings.HasSuffix(r.tok(i), "'s") || strings.HasSuffix(r.tok(i), "’s")): // speed7: the bit first
			src, srcEnd = r.npLeft(i+1, s.FirstTok), i+1
			if src >= 0 {
				src = r.possessorStart(src, i+1) // "a result of Turkey's refusal"
			}
		}
		if src < 0 {
			continue
		}
		// At most one adjective between the possessor and the noun: "his stern warning".
		n := i + 1
		if n+1 < s.EndTok && !r.is(n, cCueNoun|cAttitude) && r.nounish(n) && !r.isCap(n) && r.is(n+1, cCueNoun|cAttitude) {
			n++
		}
		if n+1 >= s.EndTok || !r.is(n, cCueNoun|cAttitude) || r.anyClaimed(i+1, n+2) {
			continue
		}
		k := n + 1
		var end int
		switch next := r.low(k); {
		case next == "that":
			cs := k
			if !r.x.opt.KeepComplementizer {
				cs++
			}
			k, end = cs, r.contentEndClause(cs, s.EndTok)
		case next == "to" && k+1 < s.EndTok && r.kind(k+1) == text.Word && !r.is(k+1, cDet) && !r.isCap(k+1) && !r.nounishObject(k+1):
			// "her decision to open the borders": the infinitive is the content.
			if !r.x.opt.KeepComplementizer {
				k++
			}
			end = r.trimEnd(k, r.mainVerb(k+2, r.clauseEnd(k, s.EndTok)))
			end = r.subjectVerbEnd(k, k+2, end) // contentend.go
		default:
			if e := r.possessedPrep(s, src, srcEnd, i+1, n, k); e > k {
				i = e // "her criticism of the deal": see possessedPrep
			}
			continue
		}
		if end <= k || r.anyClaimed(k, end) {
			continue
		}
		st := Statement{Rule: "noun-cue", Medium: r.medium(s.FirstTok, s.EndTok),
			Evidence: "a possessor and an attitude noun with what it is about"}
		r.add(st, src, srcEnd, i+1, n+1, [][2]int{{k, end}})
		i = end
	}
}

// nounishObject reports whether token i after "to" starts a noun phrase rather than an infinitive: a word the
// lexicon does not know as a verb and that does not look like one is taken as a noun ("opposition to trade").
func (r *run) nounishObject(i int) bool {
	_, verb := r.verb(i)
	return !verb && r.nounish(i) && (strings.HasSuffix(r.low(i), "s") || strings.HasSuffix(r.low(i), "ion"))
}

// mainVerb is where, in tokens [from, end) of a noun phrase's complement, the sentence's own verb starts: a
// past-tense form after a noun ("her decision to close the depot angered drivers"), or end.
func (r *run) mainVerb(from, end int) int {
	for j := from; j < end; j++ {
		if r.kind(j) == text.Word && !r.isCap(j) && strings.HasSuffix(r.low(j), "ed") && r.nounish(j-1) && r.l.InQuote[j] < 0 {
			return j
		}
	}
	return end
}
