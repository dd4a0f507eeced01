package attrib

import "github.com/parley-ledger/parley/internal/text"

// asReported handles a report cited in an "as" clause: "As The Post reported, C", "As reported by X, C" and
// "C, as the senator noted." The clause's subject is the source and the main clause is the content. It
// reports whether it took the sentence.
func (r *run) asReported(s text.Sentence) bool {
	if r.sc&cAs == 0 {
		return false
	}
	first := s.FirstTok
	if w := r.low(first); (w == "and" || w == "but" || w == "so" || w == "or") && first+1 < s.EndTok {
		first++
		if r.is(first, cComma) && first+1 < s.EndTok {
			first++ // "Or, as one diplomat put it, C"
		}
	}
	if r.low(first) == "as" {
		return r.asOpening(s, first)
	}
	// C, as X noted.
	for i := s.FirstTok + 3; i+2 < s.EndTok; i++ {
		if !r.is(i, cAs) || !r.is(i-1, cComma) || r.l.InQuote[i] >= 0 {
			continue
		}
		src, srcEnd, cueFirst, cueEnd, ok := r.asCitation(i+1, s.EndTok)
		if !ok || !r.onlyPunct(max(cueEnd, srcEnd), s.EndTok) {
			continue
		}
		cs := r.contentStart(s)
		ce := r.trimEnd(cs, i)
		if ce-cs < 3 || r.anyClaimed(cs, s.EndTok) {
			return false
		}
		st := Statement{Rule: "as-reported", Evidence: "an 'as' clause cites who reported the sentence"}
		r.add(st, src, srcEnd, cueFirst, cueEnd, [][2]int{{cs, ce}})
		return true
	}
	return false
}

// asOpening handles "As X reported, C" with "as" at token first.
func (r *run) asOpening(s text.Sentence, first int) bool {
	src, srcEnd, cueFirst, cueEnd, ok := r.asCitation(first+1, s.EndTok)
	clause := max(cueEnd, srcEnd) // "As reported by X," ends after its source
	if ok && clause < s.EndTok && !r.is(clause, cComma|cColon) {
		if q := r.settingQuote(clause, s.EndTok); q > clause {
			clause = q - 1 // "As the mayor put it in a memo to staff, "C"": where it was put, then the quotation
		}
	}
	if !ok || clause >= s.EndTok || !r.is(clause, cComma|cColon) {
		return false
	}
	if r.is(clause, cColon) && r.x.opt.ColonInCue && cueEnd == clause {
		cueEnd++ // "As Professor Foner put it: "C""
	}
	cs := clause + 1
	ce := r.trimEnd(cs, s.EndTok)
	if ce-cs < 3 || r.anyClaimed(first, ce) {
		return false
	}
	st := Statement{Rule: "as-reported", Evidence: "an opening 'as' clause cites who reported the sentence"}
	r.add(st, src, srcEnd, cueFirst, cueEnd, [][2]int{{cs, ce}})
	return true
}

// asCitation reads the clause after "as" from token k: a noun phrase and a say-verb ("The Post previously
// reported"), or a participle and "by" ("reported by The Post"). It returns the source and cue token ranges.
func (r *run) asCitation(k, end int) (src, srcEnd, cueFirst, cueEnd int, ok bool) {
	if k >= end {
		return 0, 0, 0, 0, false
	}
	// as reported by X
	if vf, isCue := r.verb(k); isCue && vf.participle && vf.frames&frameSay != 0 && k+2 < end && r.low(k+1) == "by" {
		ne := r.npRightOpt(k+2, end, false)
		if ne == k+2 {
			return 0, 0, 0, 0, false
		}
		return k + 2, ne, k, k + 1, true
	}
	ne := r.npRightOpt(k, end, false)
	if p := r.putItIn(k, ne, end); p > k {
		return k, p, p, p + 2, true // "As one diplomat put it, C"
	}
	if ne == k || ne >= end {
		return 0, 0, 0, 0, false
	}
	v := ne
	for v < end && v < ne+3 && r.is(v, cAux) {
		v++ // "previously", "has"
	}
	if v >= end {
		return 0, 0, 0, 0, false // auxiliaries end the sentence: "As 0 was"
	}
	vf, isCue := r.verb(v)
	if !isCue || vf.gerund || vf.frames&frameInv == 0 || r.l.InQuote[v] >= 0 {
		return 0, 0, 0, 0, false
	}
	return k, ne, ne, v + 1, true
}

// detached handles an attribution the sentence splitter cut from its quotation: `"Why not?" | Mrs. Clinton
// asked.` — a sentence that is only a source and a cue (or a cue and a source) right after a closing quote.
// It reports whether it took the sentence.
func (r *run) detached(s text.Sentence) bool {
	first := s.FirstTok
	if first == 0 || !r.quoteClosing(first-1) || s.EndTok-first > 12 || r.claimed[first] {
		return false
	}
	q := r.l.Quotes[r.l.InQuote[first-1]]
	if r.claimed[q.Open] || q.Open < 0 {
		return false
	}
	for _, c := range r.cues {
		if c.vf.gerund || c.vf.frames&frameInv == 0 {
			continue
		}
		srcFirst, srcEnd := first, c.first
		cueFirst, cueEnd := c.first, c.verb+1
		if c.first == first {
			// "said Jane Roe."
			srcFirst, srcEnd = c.verb+1, r.sourceRight(c.verb+1, s.EndTok)
			if srcEnd == srcFirst {
				continue
			}
		} else if r.npLeft(c.first, first) != first {
			continue
		}
		tail := max(srcEnd, cueEnd)
		if !r.onlyPunct(tail, s.EndTok) || r.anyClaimed(q.Open, q.Close+1) {
			continue
		}
		st := Statement{Rule: c.vf.rules.trailing, Evidence: "a quotation, then its source and cue in a sentence of their own"}
		r.add(st, srcFirst, srcEnd, cueFirst, cueEnd, [][2]int{{q.Open, q.Close + 1}})
		return true
	}
	return false
}
