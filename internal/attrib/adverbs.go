package attrib

import "github.com/parley-ledger/parley/internal/text"

// hearsay handles a clause whose verb carries "reportedly": the adverb is the cue, there is no source, and the
// content is the clause around it, in two pieces.
func (r *run) hearsay(s text.Sentence) {
	if r.sc&cReportedly == 0 {
		return
	}
	for i := s.FirstTok + 1; i+1 < s.EndTok; i++ {
		// "reportedly" attributes the clause to unnamed others ("allegedly" and the like are rarely annotated).
		if !r.is(i, cReportedly) || r.claimed[i] || r.l.InQuote[i] >= 0 {
			continue
		}
		// The subject, before any auxiliaries: "The Club for Growth is reportedly spending".
		aux := i
		for aux-1 > s.FirstTok && r.is(aux-1, cAux) && !r.is(aux-1, cPronoun) {
			aux--
		}
		subj := r.npLeft(aux, s.FirstTok)
		if subj < 0 || (subj > s.FirstTok && !r.subjectStart(subj, s.FirstTok) && !r.afterIntro(subj, s)) {
			continue
		}
		end := r.trimEnd(i+1, r.cutCoordinated(i+1, r.impressionEnd(i+1, s.EndTok)))
		if end-(i+1) < 2 || r.anyClaimed(subj, end) {
			continue
		}
		st := Statement{Rule: "hearsay", Evidence: "an adverb such as 'reportedly' attributes the clause to unnamed others"}
		r.add(st, 0, 0, i, i+1, [][2]int{{subj, i}, {i + 1, end}})
	}
}

// passiveCue handles a reporting verb in the passive: "Three candidates were criticized", "The movement has
// been called "strategic ambiguity" by a professor". The cue runs from the form of "be" to the participle; the
// content is the subject and any complement before "by".
func (r *run) passiveCue(s text.Sentence) {
	for _, c := range r.cues {
		reduced := r.reducedPassive(c, s) // "a measure opposed by unions"
		if c.vf.gerund || !c.vf.participle || c.first <= s.FirstTok || r.claimed[c.verb] || !(reduced || r.passiveAux(c.first, c.verb)) ||
			notPassiveCue[c.vf.lemma] && !r.seenAs(c, s.EndTok) || r.modalPassive(c) {
			continue
		}
		subj := r.npLeft(c.first, s.FirstTok)
		if subj < 0 || r.anyClaimed(subj, c.verb+1) {
			continue
		}
		if rel := r.low(subj); !(r.subjectStart(subj, s.FirstTok) || r.afterIntro(subj, s) || rel == "who" || rel == "which" || rel == "that" || r.is(subj, cPronoun) || reduced && r.summaryApposition(subj, s.FirstTok)) {
			continue
		}
		// The complement: "as Clinton fundraisers", "the “homicide detectives” of the world", up to "by" or the
		// clause's end.
		k := c.verb + 1
		end := r.clauseEnd(k, s.EndTok)
		by := -1
		for j := k; j < end; j++ {
			if r.low(j) == "by" && r.l.InQuote[j] < 0 {
				by = j
				break
			}
		}
		cend := end
		if by >= 0 {
			cend = by
		}
		cend = r.trimEnd(k, r.cutObject(k, cend))
		k = r.passiveAdjunct(k, cend) // pieces.go: "was approved last year"
		if cend > k && (r.is(k, cPrep) && r.low(k) != "as" && !r.passiveComplement(k, cend) || r.anyClaimed(k, cend)) {
			cend = k // "was announced on Friday": no complement
		}
		st := Statement{Rule: "passive-cue", Medium: r.medium(s.FirstTok, s.EndTok),
			Evidence: "a reporting verb in the passive; its subject is the content"}
		pieces := [][2]int{{subj, c.first}}
		if cend > k {
			pieces = append(pieces, [2]int{k, cend})
		}
		// The agent after "by" is the source: "has been endorsed by both unions".
		src, srcEnd := 0, 0
		if by >= 0 && by+1 < end && !r.anyClaimed(by+1, end) {
			if ne := r.npRight(by+1, end); ne > by+1 {
				src, srcEnd = by+1, r.trimEnd(by+1, r.agentEnd(ne, end))
				if reduced {
					srcEnd = r.reducedAgentEnd(src, srcEnd)
				}
				srcEnd = r.agentApposition(src, r.agentAdjunctCut(src, srcEnd), s.EndTok)
				k := srcEnd // the agent's reason is content (ends4.go)
				if i := r.agentFor(src, srcEnd); i > src {
					srcEnd, k = r.trimEnd(src, i), i
				}
				if e := r.agentReason(k, end); e > k && len(pieces) == 1 {
					pieces = append(pieces, [2]int{k, e})
				}
			}
		}
		cueEnd := r.seenAsCue(c, r.passivePrep(c.verb+1, s.EndTok), s.EndTok) // "is accused of"
		if len(pieces) > 1 && pieces[1][0] < cueEnd {
			pieces[1][0] = cueEnd
		}
		pieces = r.passivePieces(c, subj, cueEnd, s.EndTok, pieces) // "it was reported that C"
		r.add(st, src, srcEnd, c.first, cueEnd, pieces)
	}
}

// notPassiveCue are verbs whose passive rarely reports an attitude: "was seen", "is known", "was charged with".
var notPassiveCue = map[string]bool{
	"see": true, "know": true, "charge": true, "find": true, "focus": true, "publish": true, "remember": true,
	"worry": true, "identify": true, "write": true, "assure": true, "back": true, "ignore": true, "intend": true,
	"determine": true, "share": true, "issue": true, "list": true, "post": true,
}

// agentAdjuncts open a phrase after a passive's agent that is no part of it: "criticized by rivals for failing".
var agentAdjuncts = map[string]bool{
	"for": true, "during": true, "after": true, "because": true, "since": true, "when": true, "while": true,
	"amid": true, "last": true, "in": true, "at": true, "on": true, "over": true, "as": true, "to": true,
}

// agentEnd extends a passive's agent, a noun phrase ending at ne, over what the clause adds to it up to end —
// appositions, coordinated phrases, a relative clause ("by an electorate he no longer recognized") — and
// stops at an adjunct that is no part of it.
func (r *run) agentEnd(ne, end int) int {
	for i := ne; i < end; i++ {
		if r.l.InQuote[i] >= 0 || agentAdjuncts[r.low(i)] || r.isPunct(i, ";") || r.is(i, cColon) {
			return i
		}
	}
	return end
}
