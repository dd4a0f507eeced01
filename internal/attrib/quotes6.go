package attrib

import "github.com/parley-ledger/parley/internal/text"

// clauseColonQuote takes a clause that ends in a colon before a quotation closing the sentence (or filling the
// next paragraph), its subject as the source and its verb phrase up to the colon as the cue: `She went on: "C"`,
// `The union put it bluntly: "C"`. PolNeAR marks the whole verb phrase ("tweeted this:", "went as far as to
// warn:") as the cue; the verb need not report speech, for the colon and the quotation do. After a comma instead
// of a colon the phrase must hold a cue word ("issued a statement, "C""). It runs after every other rule, on
// what they left; 24 of the 26 statements it finds in train have PolNeAR's content, 2 of 3 in dev.
func (r *run) clauseColonQuote(s text.Sentence) {
	if r.sc&(cColon|cComma) == 0 {
		return
	}
	// speed7.go: the tokens i from s.FirstTok+2 on, before s.EndTok, before which a quotation opens, in order.
	for qi := r.quoteFrom(s.FirstTok + 3); qi < len(r.l.Quotes) && r.l.Quotes[qi].Open <= s.EndTok; qi++ {
		i := r.l.Quotes[qi].Open - 1
		if !r.is(i, cColon|cComma) {
			continue
		}
		q := r.quoteOpening(i + 1)
		if q < 0 || r.l.Quotes[q].Close < 0 || r.l.InQuote[i] >= 0 {
			continue
		}
		end := r.l.Quotes[q].Close + 1
		// The quotation closes its sentence (it may hold several): only stops may follow it. After a colon that
		// ends the paragraph ("issued the following statement:"), it fills the next paragraph.
		if i+1 == s.EndTok {
			if r.l.Paragraphs[s.Para].EndTok != s.EndTok || r.l.Quotes[q].Para != s.Para+1 ||
				!r.onlyPunct(end, r.l.Paragraphs[s.Para+1].EndTok) {
				return
			}
		} else if last := r.l.Sentences[r.sentenceOf(end-1)]; !r.onlyPunct(end, last.EndTok) {
			return
		}
		first := r.clauseSubject(s, i)
		if k := r.asOpener(s, i); k >= 0 {
			first = k // "As Jane Roe, the port's head, put it:": the subject follows "as", not the comma
		}
		if first < s.FirstTok || first >= i || r.anyClaimed(first, end) {
			return
		}
		for k := first; k < i; k++ {
			if r.l.InQuote[k] >= 0 || r.kind(k) == text.Quote {
				return // a quotation before the colon is another statement's, or a title
			}
		}
		if r.is(first, cSubord) {
			return // "Unless rivals quit, "C"": a subordinate clause, not the speaker's
		}
		se := r.colonPredicate(first, i)
		if se >= 0 && r.is(i, cComma) && !r.speechVerbIn(se, i) {
			return
		}
		if se < 0 {
			// "Back at the port, he returned to his lines:": an opening phrase the clause's start missed.
			if k := r.afterOpenerComma(first, i, 8); k > first {
				first = k
				se = r.colonPredicate(first, i)
			}
		}
		if se < 0 {
			return
		}
		cueFirst, cueEnd := se, i
		if r.is(se, cComma) {
			cueFirst = se + 1
		}
		if r.x.opt.ColonInCue && r.is(i, cColon) {
			cueEnd = i + 1
		}
		st := Statement{Rule: "clause-colon", Evidence: "a clause, a colon, then a quotation that ends the sentence",
			Medium: r.medium(s.FirstTok, s.EndTok)}
		r.add(st, first, se, cueFirst, cueEnd, [][2]int{{i + 1, end}})
		return
	}
}

// colonPredicate is the end of the subject that starts at token first, when a short verb phrase follows it up
// to the colon; else -1.
func (r *run) colonPredicate(first, colon int) int {
	se, v := r.colonSubjectEnd(first, colon)
	for v < colon && (r.adverbLy(v) || colonClauseAdverbs[r.low(v)]) {
		v++ // "She then went on:": the adverb belongs to the cue
	}
	if se <= first || v >= colon || !r.colonClauseVerb(v) || r.is(v-1, cDet) || !r.plainPredicate(v, colon) {
		return -1
	}
	return se
}

// colonSubjectEnd is the end of the subject that starts at token first, before the colon at token colon, and
// where its verb phrase starts. An apposition or relative clause set off by commas stays in the subject, as
// PolNeAR marks it ("Jane Roe, the port's head, put it:"); the subject then ends at its closing comma.
func (r *run) colonSubjectEnd(first, colon int) (se, v int) {
	se = r.subjectNP(first, colon)
	if se == first && r.is(first, cPronoun) {
		se = first + 1 // "he returned to his lines:": npRight takes no pronoun
	}
	if se-1 > first && se < colon && (irregularPast[r.low(se-1)] || colonVerbs[r.low(se-1)]) && !r.isCap(se-1) {
		se-- // "the band sang back in 1980:": a past tense npRight took for a noun
	}
	if se <= first || se >= colon || !r.is(se, cComma) {
		return se, se
	}
	if r.colonClauseVerb(se + 1) {
		return se, se + 1 // the aside ended where npRight stopped
	}
	for k := se + 1; k < colon-1 && k < se+colonAsideMax; k++ {
		if r.l.InQuote[k] >= 0 || r.kind(k) == text.Quote {
			break
		}
		if r.is(k, cComma) {
			if r.colonClauseVerb(k + 1) {
				return k, k + 1
			}
			break
		}
	}
	return se, se
}

// asOpener is the token after "as" when sentence s opens with it ("As Jane Roe put it:", "Or, as she said:"),
// before token end; else -1.
func (r *run) asOpener(s text.Sentence, end int) int {
	for k := s.FirstTok; k < end-1 && k < s.FirstTok+3; k++ {
		if r.is(k, cAs) {
			return k + 1
		}
		if r.kind(k) == text.Word && r.low(k) != "or" && r.low(k) != "and" && r.low(k) != "but" {
			return -1
		}
	}
	return -1
}

// colonAsideMax bounds an aside between a subject and its verb, in tokens.
const colonAsideMax = 20

// colonClauseVerb reports whether token k, right after a subject, opens a finite verb phrase: an auxiliary, a
// cue word, or a word that reads as a past or present tense.
func (r *run) colonClauseVerb(k int) bool {
	if r.kind(k) != text.Word || r.isCap(k) || r.l.InQuote[k] >= 0 {
		return false
	}
	if r.is(k, cAux) && !r.is(k, cPronoun) {
		return true
	}
	if _, ok := r.verb(k); ok {
		return true
	}
	w := r.low(k)
	// After a subject, an -ed word is the verb ("She then addressed"), whatever comes before it.
	return irregularPast[w] || colonVerbs[w] || (len(w) > 4 && w[len(w)-2:] == "ed") || r.presentVerbAt(k)
}

// colonClauseAdverbs stand between a subject and its verb ("She then added:", "He has since said:").
var colonClauseAdverbs = map[string]bool{"then": true, "also": true, "later": true, "since": true, "again": true, "once": true}

// plainPredicate reports whether tokens [v, colon) are a short verb phrase that reports nothing of its own: no
// complementizer ("is sure that C: "D""), no passive agent ("is shown by the poll:", whose agent is the
// source) and at most colonPredicateMax tokens.
func (r *run) plainPredicate(v, colon int) bool {
	if colon-v > colonPredicateMax {
		return false
	}
	for k := v; k < colon; k++ {
		if r.is(k, cBy) || r.low(k) == "that" {
			return false
		}
	}
	return true
}

// colonPredicateMax bounds the verb phrase before the colon: PolNeAR's cues of this kind run to six tokens
// ("went as far as to warn:"); a longer phrase is a clause with an object of its own.
const colonPredicateMax = 7

// colonVerbs are verbs without "-ed" that the lexicon does not know and that introduce a quotation after a
// colon: "As Jane Roe put it:", "The sign read:".
var colonVerbs = map[string]bool{"put": true, "puts": true, "read": true, "reads": true, "wrote": true, "sang": true}

// speechVerbIn reports whether tokens [a, b) hold a cue word or noun of the lexicon or "put" ("put it",
// "issued a statement"): after a comma, unlike a colon, only such a word makes the quotation that follows a
// content ("he also stated, "C"").
func (r *run) speechVerbIn(a, b int) bool {
	for k := a; k < b; k++ {
		if _, ok := r.verb(k); ok || r.low(k) == "put" || r.is(k, cCueNoun) {
			return true
		}
	}
	return false
}
