package attrib

import "github.com/parley-ledger/parley/internal/text"

// thatClause handles a say-verb with a that-clause (or "asked whether C") whose subject no rule could take as a
// source: "whose attorneys argued that C", "Why had he asserted that C?", "... but on Tuesday wrote that C". A
// verb of saying followed by "that" reports whoever the subject is, so the cue and its content stand even without a source
// (PolNeAR annotates them; the ledger drops statements with no source, see Options.Unsourced). It runs after
// every rule that finds a source, on the cues they left.
func (r *run) thatClause(s text.Sentence) {
	if !r.x.opt.Unsourced {
		return // without a source the statement would be dropped anyway
	}
	for _, c := range r.cues {
		if r.claimed[c.verb] || c.vf.gerund || c.vf.frames&frameSay == 0 || r.passiveAux(c.first, c.verb) {
			continue
		}
		if c.first == c.verb && c.verb > s.FirstTok && r.is(c.verb-1, cPrep) && r.low(c.verb-1) != "to" {
			continue // "in states that C won": after a preposition the word is a noun and "that" a relative
		}
		first := c.first
		if first == c.verb && first > s.FirstTok && r.low(first-1) == "to" && r.l.InQuote[first-1] < 0 {
			first-- // "to note that C": PolNeAR marks the infinitive's "to" in the cue
		}
		k, cueEnd := r.cueTail(c, c.verb+1, s.EndTok)
		k, cueEnd = r.skipToThat(r.skipAdverbial(k, s.EndTok), cueEnd, s.EndTok)
		// "said that" with a clause after it; "said that day" or "said that." has none.
		if k+3 >= s.EndTok || r.l.InQuote[k] >= 0 || r.claimed[k] {
			continue
		}
		cs := k
		switch w := r.low(k); {
		case w == "that" && r.clauseAfterThat(k+1):
			if !r.x.opt.KeepComplementizer {
				cs++
			}
		case (w == "whether" || w == "if") && (c.vf.lemma == "ask" || c.vf.lemma == "wonder"):
			// "asked whether C": an indirect question is what was asked
		default:
			continue
		}
		end := r.cutCoordinated(cs, s.EndTok)
		end = r.quoteCommaEnd(cs, end)
		end = r.narratorTail(cs, end)
		end = r.cutBeforeClaimed(cs, r.trimEnd(cs, end))
		if end-cs < 3 || r.anyClaimed(first, cueEnd) || r.anyClaimed(cs, end) {
			continue
		}
		st := Statement{Rule: "that-clause", Medium: r.medium(s.FirstTok, s.EndTok),
			Evidence: "a verb of saying and a that-clause; no subject could be taken as its source"}
		// A causative's object, a controller or a subject before an aside first (subjects4.go), then a subject
		// pronoun or a "whose" phrase right before the cue (sources3.go).
		src, srcEnd, first := r.unsourcedSubject(s, c, first)
		if srcEnd == 0 {
			if a, ae := r.thatClauseSource(first, s.FirstTok); a >= 0 {
				src, srcEnd = a, ae
			}
		}
		r.add(st, src, srcEnd, first, cueEnd, [][2]int{{cs, end}})
	}
}

// clauseAfterThat reports whether token i, after "that", can open a clause rather than go on with a relative
// clause whose subject "that" is ("reports that show ...") or with a demonstrative's noun ("that day").
func (r *run) clauseAfterThat(i int) bool {
	if r.kind(i) != text.Word && r.kind(i) != text.Number && r.quoteOpening(i) < 0 {
		return false
	}
	if w := r.low(i); r.finiteVerbAt(i) || r.adverbLy(i) || r.is(i, cTime) || w == "day" || w == "time" {
		return false
	}
	return true
}
