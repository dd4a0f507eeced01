package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Content bounds, fourth set: where the content of a statement that does not open with its cue ("C, X said",
// "C, according to X") starts. The narrator's words that open the sentence are not the source's.

// datelineStart moves a content start cs past a dateline that opens the story's first sentence
// ("OSLO, May 3 (UPI) — The truce held"): place, date and agency are the wire's, not the source's.
func (r *run) datelineStart(cs, end int) int {
	if cs < end && r.isCap(cs) && r.l.InQuote[cs] < 0 {
		if d := r.dateline(cs, end); d > cs && d < end {
			return d
		}
	}
	return cs
}

// phraseConnectives are the words of a connective phrase that opens a sentence, set off by a comma, to link it
// to the one before ("Even so, the strike went on"); the comma follows the last word.
var phraseConnectives = [][]string{
	{"in", "contrast"}, {"by", "contrast"}, {"even", "so"}, {"at", "the", "same", "time"}, {"by", "the", "way"},
	{"on", "the", "other", "hand"},
}

// skipPhraseConnective moves a content start cs past a connective phrase and its comma (see skipConnective for
// one-word connectives): "In contrast, the union said the offer fell short".
func (r *run) skipPhraseConnective(cs, end int) int {
	if cs >= end || r.kind(cs) != text.Word || r.l.InQuote[cs] >= 0 || !r.isCap(cs) {
		return cs
	}
	w := r.low(cs)
	for _, p := range phraseConnectives {
		if p[0] != w || cs+len(p)+1 >= end || !r.is(cs+len(p), cComma) {
			continue
		}
		ok := true
		for j := 1; j < len(p) && ok; j++ {
			ok = r.low(cs+j) == p[j]
		}
		if ok {
			return cs + len(p) + 1
		}
	}
	return cs
}

// agentReason is the end of the charge or reason that follows a passive cue's agent ("was criticized by the
// union for the delay", "was accused by rivals of lying"): like the same phrase right after the cue (see
// passiveComplement), it says what the agent said. From the agent's end k up to the clause's end; k when no
// such phrase follows.
func (r *run) agentReason(k, end int) int {
	if k+1 >= end || r.l.InQuote[k] >= 0 || (r.low(k) != "for" && r.low(k) != "of") || r.anyClaimed(k, end) {
		return k
	}
	return r.trimEnd(k, r.cutObject(k, end))
}

// agentFor is the "for" inside a passive cue's agent [src, end) that opens the reason the agent gave ("was
// rebuked by opponents for his plan", "for failing to act"), or an "of" before a gerund that opens the charge
// ("was accused by rivals of lying"), or -1. Another "for" is the agent's own ("a spokesperson for the
// ministry", "who covered the talks for years").
func (r *run) agentFor(src, end int) int {
	for i := src + 1; i+1 < end; i++ {
		if r.l.InQuote[i] >= 0 || r.kind(i+1) != text.Word || r.isCap(i+1) {
			continue
		}
		n := r.low(i + 1)
		gerund := len(n) > 5 && strings.HasSuffix(n, "ing")
		if w := r.low(i); w == "for" && (gerund || n == "not" || wordset.Has(gPossessiveDets, n)) || w == "of" && gerund {
			return i
		}
	}
	return -1
}

// narratorAddition reports whether the words at tail, after an aside such as "according to X," open what the
// narrator adds to the sentence before it rather than the rest of the sentence the aside interrupts: a place
// relative (", where the strike began"), a participle (", taking a step toward a deal"), or a list or
// comparison attached to the last noun (", including two ports", ", compared with 4 percent last year").
func (r *run) narratorAddition(tail, end int) bool {
	if tail+1 >= end || r.l.InQuote[tail] >= 0 || r.kind(tail) != text.Word || r.isCap(tail) {
		return false
	}
	switch w := r.low(tail); {
	case w == "where" || w == "including" || w == "compared":
		return true
	case len(w) > 5 && strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "thing") && !r.is(tail, cPrep|cPronoun|cTime) && !ingPreps[w]:
		return r.kind(tail+1) == text.Word && !r.is(tail+1, cAux) // "taking a step", not "during the talks"
	}
	return false
}

// ingPreps end in -ing but are prepositions, not participles: ", during the talks", ", following the vote".
var ingPreps = map[string]bool{
	"during": true, "following": true, "regarding": true, "concerning": true, "pending": true, "considering": true,
	"excluding": true, "according": true, "notwithstanding": true,
}

// questionRelative reports whether token j, after a comma inside an indirect question opening at k ("asked
// whether the plan, which costs $2 billion, would pass", "asked if it would close the border, where the
// strike began"), opens a relative clause on the noun before it: the question goes on.
func (r *run) questionRelative(k, j int) bool {
	if w := r.low(k); w != "whether" && w != "if" && w != "why" && w != "how" || !r.is(j-1, cComma) {
		return false
	}
	switch r.low(j) {
	case "which", "who", "whom", "whose", "where":
		return true
	}
	return false
}
