package attrib

import "github.com/parley-ledger/parley/internal/text"

// expectedEnd is where the infinitive of "X is expected to Y" ends, from its first token k up to end: at the
// first comma, dash or semicolon outside quotes. What follows such a stop is the narrator's own addition to the
// forecast ("is expected to ratify the accord, potentially ending the strike", "..., as talks resume"), not
// part of what is expected. A comma before "who" or a capitalised word goes on with the infinitive's own noun
// phrase: a relative clause or an apposition on its last noun ("to meet the union's leader, Jane Roe").
func (r *run) expectedEnd(k, end int) int {
	e := r.clauseEnd(k, end)
	for tries := 0; e+1 < end && tries < 3 && r.is(e, cComma) && r.l.InQuote[e+1] < 0; tries++ {
		if w := r.low(e + 1); w != "who" && w != "whose" && !r.isCap(e+1) {
			break
		}
		e = r.clauseEnd(e+1, end)
	}
	return r.trimEnd(k, e)
}

// expectedPieces are the content pieces of "X is expected to Y": the subject [subj, be) and the infinitive
// [k, end). A lone "it" or "there" as the subject is no part of what is expected ("It is expected to climb by
// two percent" expects the climb), as with "it seems" (see raisingLemmas).
func (r *run) expectedPieces(subj, be, k, end int) [][2]int {
	if w := r.low(subj); be-subj == 1 && (w == "it" || w == "there") {
		return [][2]int{{k, end}}
	}
	return [][2]int{{subj, be}, {k, end}}
}

// expletivePassive gives the content of an impersonal passive, "it was reported that C", "it was never
// expected to C": the lone "it" at subj is a placeholder for the clause after the participle, which from k up to end is
// all that was reported. It returns nil when the subject is not a lone "it" or no clause follows.
func (r *run) expletivePassive(subj, first, k, end int) [][2]int {
	if subj+1 != first || r.low(subj) != "it" || k+2 >= end || r.l.InQuote[k] >= 0 {
		return nil
	}
	cs := k
	switch r.low(k) {
	case "that":
		if !r.clauseAfterThat(k + 1) {
			return nil
		}
		if !r.x.opt.KeepComplementizer {
			cs++
		}
	case "to":
	default:
		return nil
	}
	e := r.trimEnd(cs, r.cutCoordinated(cs, end))
	if e-cs < 2 || r.anyClaimed(cs, e) {
		return nil
	}
	return [][2]int{{cs, e}}
}

// raisingPieces are the content pieces of "X seems/appears Y" (see raisingLemmas): the subject [src, srcEnd)
// and the predicate from k, up to end. The impression is only the predicate's own clause: it ends at the first
// comma, colon or dash ("appeared ready to walk out, throwing the talks into doubt") and before a subordinate
// clause that sets it in time or against something ("seemed to stall when the envoy left"). "It seems that C"
// and "there seems to be" have no subject of their own; "it appeared to weaken" has one.
func (r *run) raisingPieces(src, srcEnd, k, end int) [][2]int {
	e := r.impressionEnd(k, end)
	if w := r.low(src); srcEnd-src == 1 && (w == "there" || w == "it" && r.low(k) != "to") {
		return [][2]int{{k, e}}
	}
	return [][2]int{{src, srcEnd}, {k, e}}
}

// impressionEnd is where the predicate of what seems so or is reportedly so, from k up to end, stops: at the
// first comma, colon, dash or parenthesis, and before a subordinate clause of time, contrast or cause (see
// raisingPieces).
func (r *run) impressionEnd(k, end int) int {
	e := r.clauseEnd(k, end)
	for i := k + 2; i+1 < e; i++ {
		if r.is(i, cSubord) && r.l.InQuote[i] < 0 && raisingStops[r.low(i)] && !fixedAfterSubord[r.low(i+1)] &&
			(r.low(i) != "as" || r.is(i+1, cDet|cPronoun)) { // "as part of" is a preposition's phrase
			e = i
			break
		}
	}
	if e = r.trimEnd(k, e); e <= k {
		e = end
	}
	return e
}

// raisingStops are the subordinators that end what seems or appears so: a clause of time, contrast or cause.
var raisingStops = map[string]bool{
	"when": true, "after": true, "although": true, "while": true, "because": true, "before": true, "though": true,
	"whereas": true, "until": true, "as": true,
}

// fixedAfterSubord are words that make a subordinator part of an adverbial phrase that opens no clause: "after
// all", "as well", "as usual", "before long".
var fixedAfterSubord = map[string]bool{
	"all": true, "well": true, "much": true, "long": true, "far": true, "usual": true, "such": true, "of": true,
}

// passivePieces revises the content pieces of a reporting verb in the passive whose subject is subj and whose
// cue ends at k: an impersonal passive keeps only its clause (expletivePassive).
func (r *run) passivePieces(c cue, subj, k, end int, pieces [][2]int) [][2]int {
	if p := r.expletivePassive(subj, c.first, k, end); p != nil {
		return p
	}
	return pieces
}

// askedEnd is where a question put to someone, from k up to end, stops (see asked). Opening the sentence, the
// question ends at a quotation closing on a comma as it ends at a comma ("Asked whether the deal is "fair,"
// most members said yes"). After "was asked", the narrator's own coordinated clause is no part of it ("was
// asked about the strike, and she changed the subject"), nor, after an indirect question, the answer beyond
// its comma, where a new subject opens the answer ("were asked who would end the strike, Smith led").
func (r *run) askedEnd(opening bool, k, end int) int {
	if opening {
		for i := k + 1; i < end; i++ {
			if r.quoteClosing(i) && r.is(i-1, cComma) {
				return i + 1
			}
		}
		return end
	}
	if r.quoteOpening(k) >= 0 {
		return end
	}
	if e := r.cutCoordinated(k, end); e+1 >= end || !r.questionRelative(k, e+1) { // ends4.go
		end = e
	}
	if r.is(k, cRelative|cSubord) || r.low(k) == "whether" || r.low(k) == "how" || r.low(k) == "why" || r.low(k) == "what" {
		for j := r.nextComma(k, end); j > 0 && j+1 < end; j = r.nextComma(j+1, end) {
			if r.isCap(j+1) || r.is(j+1, cPronoun) {
				return j // the answer's subject: a name or a pronoun
			}
		}
	}
	return end
}

// seenAs reports whether cue c is "seen as" in the passive: "the truce is widely seen as fragile" reports an
// opinion held by unnamed others, where a plain "was seen" reports sight.
func (r *run) seenAs(c cue, end int) bool {
	return c.vf.lemma == "see" && c.verb+1 < end && r.is(c.verb+1, cAs)
}

// seenAsCue is where the cue of a passive "seen as" ends, given cueEnd: PolNeAR takes "as" into a longer cue,
// one with an adverb or a further auxiliary ("is widely seen as", "could be seen as"), and leaves it to the
// content after a bare "is seen".
func (r *run) seenAsCue(c cue, cueEnd, end int) int {
	if r.seenAs(c, end) && c.verb-c.first >= 2 && cueEnd == c.verb+1 {
		return c.verb + 2
	}
	return cueEnd
}

// titled handles a title given to a work: "a documentary titled "The Long Strike"", "Titled "Fair Trade Now,"
// the ad shows ...", "The report is titled "After the Truce."". "Titled" reports what the work's makers call it,
// with no source named; the title, a quotation or a run of capitalised words, is the content.
func (r *run) titled(s text.Sentence) {
	if !r.x.opt.Unsourced {
		return // no source: the ledger would drop it
	}
	for i := s.FirstTok; i+1 < s.EndTok; i++ {
		if w := r.low(i); len(w) != 6 && len(w) != 8 || w != "titled" && w != "entitled" || r.claimed[i] || r.l.InQuote[i] >= 0 {
			continue
		}
		first := i
		if i > s.FirstTok && (r.low(i-1) == "is" || r.low(i-1) == "was") {
			first = i - 1 // "the report is titled"
		} else if i > s.FirstTok && !r.is(i-1, cComma) && !r.nounish(i-1) {
			continue // "was entitled to a refund" and the like
		}
		k := i + 1
		if k < s.EndTok && r.is(k, cComma) {
			k++ // "titled, "Scam.""
		}
		var end int
		if r.quoteOpening(k) >= 0 {
			end = r.quoteEnd(k)
		} else if r.isCap(k) {
			end = r.titleEnd(k, s.EndTok)
		} else {
			continue // "entitled to vote": no title follows
		}
		if end <= k || end > s.EndTok || r.anyClaimed(first, end) {
			continue
		}
		st := Statement{Rule: "titled", Evidence: "a title given to a work, with no source named"}
		r.add(st, 0, 0, first, i+1, [][2]int{{k, end}})
		i = end
	}
}

// titleEnd is where a title without quotation marks, from its capitalised first word k up to end, stops: after
// its last capitalised word, going on over the short lower-case words a title holds ("Voice of the Docks") and a
// colon before a subtitle ("Fair Trade: A Memoir").
func (r *run) titleEnd(k, end int) int {
	e := k + 1
	for i := k + 1; i < end; i++ {
		switch {
		case r.isCap(i):
			e = i + 1
		case r.is(i, cColon) && i+1 < end && r.isCap(i+1), r.smallTitleWord(i) && i+1 < end && (r.isCap(i+1) || r.smallTitleWord(i+1) && i+2 < end && r.isCap(i+2)):
			// a colon or one or two small words inside the title: "of the", "on the"
		default:
			return e
		}
	}
	return e
}

// smallTitleWord reports whether token i is a lower-case word a title may hold between capitalised ones: an
// article, a preposition or "and".
func (r *run) smallTitleWord(i int) bool {
	return !r.isCap(i) && (r.is(i, cDet|cPrep) || r.low(i) == "and")
}

// physicalAppear reports whether "appear" at cue c, with what follows it from k, is a showing up rather than
// an impression: "appeared on three talk shows", "appeared together at the rally", "appeared by video".
func (r *run) physicalAppear(c cue, k int) bool {
	if c.vf.lemma != "appear" {
		return false
	}
	switch w := r.low(k); w {
	case "to", "like", "as", "of":
		return false // "appeared to stall", "appears as if": an impression
	case "together", "alongside", "briefly", "onstage", "live":
		return true
	default:
		return r.is(k, cPrep)
	}
}

// coordinatedExpected handles "is expected to" as the second predicate of a coordination, the form of "be" at
// i right after "and" or "but", and x where "expected" may stand (after "not" too): "The envoy flew in on
// Monday but was not expected to greet the strikers". Its subject lies before the first predicate, beyond any
// rule's reach, so the content is the infinitive alone. It reports whether it added the statement.
func (r *run) coordinatedExpected(s text.Sentence, i, x int) bool {
	if i-1 <= s.FirstTok || r.low(i-1) != "and" && r.low(i-1) != "but" {
		return false
	}
	if x < s.EndTok && r.low(x) == "not" {
		x++
	}
	if x+2 >= s.EndTok || r.low(x) != "expected" || r.low(x+1) != "to" || r.claimed[i] || r.l.InQuote[i] >= 0 {
		return false
	}
	ce := r.expectedEnd(x+1, s.EndTok)
	if ce <= x+2 || r.anyClaimed(i, ce) {
		return false
	}
	st := Statement{Rule: "expected", Evidence: "an expectation with no named source"}
	r.add(st, 0, 0, i, x+1, [][2]int{{x + 1, ce}})
	return true
}
