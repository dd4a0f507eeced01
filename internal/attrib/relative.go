package attrib

import (
	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// relative handles cues in relative clauses and participial modifiers, whose source is the relative pronoun
// or the modified noun phrase: "Chris Christie, who endorsed him last week, said", "a super PAC that backed
// Mr. Rubio", "groups supporting her campaign". PolNeAR annotates these inside the source of another statement,
// so the clause may lie in a source already taken, but never in a content or cue.
func (r *run) relative(s text.Sentence) {
	for _, c := range r.cues {
		if c.first <= s.FirstTok || c.vf.frames&(frameSay|frameObj|frameTo|frameTell) == 0 || r.thatStance(c) { // precision6.go
			continue
		}
		rel := c.first - 1
		src, srcEnd := rel, rel+1
		modifier := false // "groups supporting her": the noun phrase is the source
		switch r.low(rel) {
		case "who":
			if rel == s.FirstTok {
				continue // "Who said it?" asks
			}
		case "whom", "which":
			if src = r.partitiveRelative(rel, s.FirstTok); src < 0 {
				continue // relatives3.go
			}
		case "that":
			// "a poll that showed", not "said that": the pronoun follows a noun, and no cue governs it.
			if rel-1 < s.FirstTok || !r.nounish(rel-1) {
				continue
			}
		default:
			// "groups supporting her campaign": a gerund right after the noun phrase it modifies.
			if !c.vf.gerund || c.first != c.verb || !r.nounish(rel) || r.isCap(c.verb) {
				continue
			}
			src = r.npLeft(c.verb, s.FirstTok)
			if src < 0 || r.is(src, cPronoun) {
				continue
			}
			src = r.modifiedNoun(src, c.verb)
			// "with 30 percent of voters saying they ...": a poll's share and what it said.
			withSay := src > s.FirstTok && r.low(src-1) == "with" && c.vf.frames&frameSay != 0
			if doc := !stanceVerbs[c.vf.lemma] && !withSay; doc && !r.documentGerund(c, rel) {
				continue
			} else if doc {
				if src = r.documentSource(rel, s.FirstTok); src < 0 { // "a petition calling on the envoy to resign"
					continue
				}
			}
			modifier = true
		}
		if c.vf.gerund && !modifier {
			continue // "who, speaking ..." is no finite verb
		}
		if c.vf.participle && !c.vf.gerund && r.passiveAux(c.first, c.verb) {
			continue // "which was first reported by": the source follows "by"
		}
		k, cueEnd := r.cueTail(c, c.verb+1, s.EndTok)
		k = r.relCommaQuote(c, k, s.EndTok) // relatives3.go
		if c.vf.frames&frameTell != 0 && k < s.EndTok && r.l.InQuote[k] < 0 {
			if wordset.Has(gObjectPronouns, r.low(k)) {
				k++
			} else if ne := r.npRight(k, s.EndTok); ne > k && ne < s.EndTok && (r.low(ne) == "that" || r.low(ne) == "to") {
				k = ne
			}
		}
		introduced := k < s.EndTok && r.l.InQuote[k] < 0 &&
			(r.low(k) == "that" || (r.low(k) == "to" && c.vf.frames&frameTo != 0) || r.is(k, cColon))
		if k < s.EndTok && r.is(k, cColon) {
			k++
		}
		if k < s.EndTok && !r.x.opt.KeepComplementizer && (r.low(k) == "that" || r.low(k) == "to") && introduced {
			k++
		}
		if k >= s.EndTok {
			continue
		}
		quoted := r.quoteOpening(k) >= 0
		if r.relIdleInfinitive(c, k) {
			continue // relatives3.go
		}
		// A verb with other senses ("who found the tunnels") reports only with "that", a quotation or its
		// particle ("who voted for Edwards", as in the leading frame); a stance verb with an object ("which
		// backed Mr. Rubio") needs none.
		particle := cueEnd > c.verb+1 && r.phrasalAt(c.vf.lemma, c.verb+1)
		if c.vf.frames&frameIntro != 0 && !introduced && !quoted && !particle && c.vf.frames&frameObj == 0 {
			continue
		}
		if !introduced && !quoted && !particle && !stanceVerbs[c.vf.lemma] && (c.vf.frames&frameSay == 0 || c.vf.frames&frameIntro != 0) {
			continue // "who reports to the president", "who spoke at the rally"
		}
		if r.is(k, cPrep) && !introduced {
			continue // "who spoke at the rally"
		}
		end := r.relQuoteEnd(k, r.clauseEnd(k, s.EndTok)) // relatives3.go
		if modifier && !quoted && c.vf.frames&frameSay == 0 {
			// The modified noun phrase is a subject or object of the sentence's own verb, which ends the object.
			if wordset.Has(gObjectLemmas, c.vf.lemma) {
				// "ads calling the plan a disaster": the object's complement too, up to the sentence's own verb
				// when the phrase is its subject ("ads calling the plan a disaster have run").
				end = r.mainVerbEnd(k, r.adjunctEnd(c, k, r.cutObject(k, end)))
			} else if ne := r.npRightOpt(k, end, false); ne > k {
				end = r.verbTail(k, ne) // "groups supporting the mayor raised": the sentence's verb
			}
		} else if c.vf.frames&frameObj != 0 && !introduced && !quoted {
			end = r.participleTail(k, r.auxPredicate(k, r.coordinatedPredicate(k, r.adjunctEnd(c, k, r.cutObject(k, end)))))
			if c.vf.frames&frameSay == 0 {
				end = r.mainVerbEnd(k, end)
			}
		}
		end = r.contentEndSubject(s, c, k, end, introduced, quoted, particle) // contentend.go
		end = r.trimEnd(k, end)
		end = r.relClauseEnd(c, src, k, r.pronounObjectEnd(k, end)) // relatives3.go
		if end <= k || !r.onlySources(s, src, end) || r.sourceAside(c, src, end) {
			continue
		}
		if r.low(rel) == "that" || r.low(rel) == "which" {
			if f, a, ae := r.publishedRelative(rel, s); f >= 0 { // cues4.go: "released a video that accuses"
				src, srcEnd, c.first = a, ae, f
			}
		}
		st := Statement{Rule: "relative", Medium: r.medium(s.FirstTok, s.EndTok),
			Evidence: "a cue in a relative clause or participial modifier; the pronoun or the noun is the source"}
		r.add(st, src, srcEnd, c.first, cueEnd, [][2]int{{k, end}})
	}
}

// clauseEnd is where a relative clause whose content starts at k ends: at a quotation's close, or at the first
// comma, dash, semicolon or parenthesis outside quotation marks.
func (r *run) clauseEnd(k, end int) int {
	if r.quoteOpening(k) >= 0 {
		return min(r.quoteEnd(k), end)
	}
	for i := k; i < end && i < k+maxClause; i++ {
		if i > k && r.quoteOpening(i) >= 0 && r.quoteOpening(k) < 0 && r.l.Tokens[i-1].End < r.l.Tokens[i].Start &&
			r.kind(i-1) == text.Punct {
			return i // a quotation after the clause's stop belongs to someone else
		}
		if r.l.InQuote[i] >= 0 {
			continue
		}
		if r.kind(i) == text.Punct {
			switch r.tok(i) {
			case ",", "—", "–", ";", "(", ")", ":":
				return i
			case "-":
				if i > k && r.l.Tokens[i-1].End < r.l.Tokens[i].Start {
					return i // a spaced hyphen is a dash
				}
			}
		}
	}
	return min(end, k+maxClause)
}

// maxClause bounds the clauses and phrases scanned token by token (a relative clause, a source's description):
// no news sentence needs more, and a bound keeps a paragraph with no stops linear.
const maxClause = 80

// passiveAux reports whether a form of "be" stands among the auxiliaries [first, verb) of a participle.
func (r *run) passiveAux(first, verb int) bool {
	for i := first; i < verb; i++ {
		switch r.low(i) {
		case "is", "are", "was", "were", "be", "been", "being":
			return true
		}
	}
	return false
}

// onlySources reports whether tokens [first, end) of sentence s are free or belong only to the sources of
// statements made in s, where PolNeAR nests relative clauses.
func (r *run) onlySources(s text.Sentence, first, end int) bool {
	if !r.anyClaimed(first, end) {
		return true
	}
	a, b := r.l.Tokens[first].Start, r.l.Tokens[end-1].End
	for k := len(r.out) - 1; k >= 0; k-- {
		st := r.out[k]
		if st.Cue == nil || st.Cue.Start < s.Start {
			break
		}
		if st.Cue.Start < b && a < st.Cue.End {
			return false
		}
		for _, p := range piecesOf(st) {
			if p.Start < b && a < p.End {
				return false
			}
		}
	}
	for i := first; i < end; i++ {
		if r.claimed[i] && !r.inSourceOf(s, i) {
			return false
		}
	}
	return true
}

// inSourceOf reports whether token i lies in the source of a statement made in sentence s.
func (r *run) inSourceOf(s text.Sentence, i int) bool {
	off := r.l.Tokens[i].Start
	for k := len(r.out) - 1; k >= 0; k-- {
		st := r.out[k]
		if st.Cue == nil || st.Cue.Start < s.Start {
			break
		}
		if st.Source != nil && st.Source.Start <= off && off < st.Source.End {
			return true
		}
	}
	return false
}

// nested gives a cue inside another statement's content its own statement: "Officials said the plan failed,
// and other Republicans said they supported charter schools". PolNeAR annotates the inner statement on its
// own, so the outer content is released for the inner one's look-up and taken back afterwards.
func (r *run) nested(s text.Sentence) {
	const maxNestedSentence, maxNestedAttempts = 1000, 8
	first := len(r.out)
	for first > 0 && r.out[first-1].Cue != nil && r.out[first-1].Cue.Start >= s.Start {
		first--
	}
	last := len(r.out) // statements [first, last) were made in s before this pass
	// Each attempt copies the sentence's claims: bound the attempts and the sentence so that a pathological
	// paragraph with no full stop stays linear.
	if s.EndTok-s.FirstTok > maxNestedSentence {
		return
	}
	attempts := 0
	for _, c := range r.cues {
		// Speech verbs only: "believes", "thought" or "see" inside a content are mostly the narrator's reading.
		if c.vf.gerund || c.vf.frames&frameInv == 0 {
			continue
		}
		// The cue must lie in a content, not a source or cue, of a statement of this sentence.
		off := r.l.Tokens[c.verb].Start
		cs, ce := -1, -1
		for _, st := range r.out[first:last] {
			if st.Cue != nil && st.Cue.Start <= off && off < st.Cue.End {
				cs = -1
				break
			}
			if st.Content.Start <= off && off < st.Content.End {
				cs, ce = r.tokenAt(st.Content.Start), r.tokenAt(st.Content.End-1)+1
				cs = r.pollFinding(st, cs)
				break
			}
		}
		if cs < 0 || attempts == maxNestedAttempts || r.hasCueAt(s, c.verb) { // hasCueAt: subjectgap.go
			continue
		}
		attempts++
		cs = max(cs, s.FirstTok)
		ce = min(ce, s.EndTok)
		saved := append([]bool(nil), r.claimed[s.FirstTok:s.EndTok]...)
		for i := cs; i < ce; i++ {
			r.claimed[i] = false
		}
		n := len(r.out)
		r.leading(s, c)
		if len(r.out) > n && !r.ownClause(r.out[n], c) {
			// "said that Trump said": a report inside a report, which PolNeAR leaves whole. (Past the length the
			// array stays zero, for release.)
			clear(r.out[n:])
			r.out = r.out[:n]
		}
		if len(r.out) == n {
			copy(r.claimed[s.FirstTok:s.EndTok], saved)
			continue
		}
		for i := s.FirstTok; i < s.EndTok; i++ {
			r.claimed[i] = r.claimed[i] || saved[i-s.FirstTok]
		}
	}
}

// ownClause reports whether statement st, found inside another's content, opens a clause of its own: its
// source (or cue) follows a comma, dash or coordinating word rather than a complementizer ("that", "if").
func (r *run) ownClause(st Statement, c cue) bool {
	a := c.first
	if st.Source != nil && st.Source.Start < r.l.Tokens[c.first].Start {
		a = r.tokenAt(st.Source.Start)
	}
	if a == 0 {
		return true
	}
	switch r.low(a - 1) {
	case "that", "if", "whether", "who", "which", "while", "because", "what", "how", "why":
		return false
	}
	return true
}
