package attrib

import (
	"slices"
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Headlines. A news text opens with its title on a line of its own, written in the compressed grammar of
// headlines: no articles, verbs in the present, clauses joined by a comma or a spaced dash rather than by
// conjunctions, and often every word capitalised. titleLine adjusts a statement found in that line to it.

// maxTitleTokens bounds the opening paragraph that is read as a title: a body paragraph is longer.
const maxTitleTokens = 40

// titleLine adjusts the spans of a statement whose content starts in the document's title line, and adds the
// statement of a second verb that shares its subject ("Mayor Slams Board, Praises Dockers"). It returns the
// source's start and end, the cue's start and the content pieces to use.
func (r *run) titleLine(st Statement, srcFirst, srcEnd, cueFirst, cueEnd int, pieces [][2]int) (int, int, int, [][2]int) {
	if len(pieces) == 0 || len(r.l.Paragraphs) == 0 {
		return srcFirst, srcEnd, cueFirst, pieces
	}
	p0 := r.l.Paragraphs[0]
	if pieces[0][0] >= p0.EndTok || p0.EndTok-p0.FirstTok > maxTitleTokens || cueEnd <= cueFirst {
		return srcFirst, srcEnd, cueFirst, pieces
	}
	srcFirst = r.titleConjuncts(p0.FirstTok, srcFirst, srcEnd)
	if r.titlePassive(srcFirst, srcEnd, cueFirst, cueEnd) {
		// "Port Chief Accused Of Lying": a headline drops the passive's "is"; the subject is what is reported.
		pieces = append([][2]int{{srcFirst, srcEnd}}, pieces...)
		return srcFirst, srcFirst, cueFirst, pieces
	}
	if cueEnd == cueFirst+1 && r.is(cueFirst, cColon) {
		// "Union Chief On Fares: C": title case capitalises the preposition that names the topic or audience, which
		// colonHeadline cuts in lower case.
		for i := srcFirst + 1; i < srcEnd; i++ {
			if w := r.low(i); r.isCap(i) && (w == "on" || w == "to" || w == "about") {
				srcEnd = i
				break
			}
		}
	}
	// "Mayor Okafor Finally Endorses": the capital of a title-case headline does not make the adverb a name.
	if srcEnd == cueFirst && srcEnd-1 > srcFirst && r.titleAdverb(srcEnd-1) {
		srcEnd--
		cueFirst--
	}
	last := len(pieces) - 1
	a, b := pieces[last][0], pieces[last][1]
	if b > p0.EndTok || srcEnd <= srcFirst || srcFirst >= cueFirst {
		return srcFirst, srcEnd, cueFirst, pieces
	}
	cut, next := r.titleClauseEnd(a, b, cueFirst)
	if cut == b {
		return srcFirst, srcEnd, cueFirst, pieces
	}
	out := make([][2]int, len(pieces))
	copy(out, pieces)
	out[last][1] = r.trimEnd(a, cut)
	if out[last][1] <= a {
		return srcFirst, srcEnd, cueFirst, pieces
	}
	if next >= 0 && !r.anyClaimed(next, b) {
		// The second verb reports with the same subject: a statement of its own.
		second := Statement{Rule: "headline-coordination", Evidence: "a second verb after a comma shares the headline's subject",
			Medium: st.Medium}
		r.pending = append(r.pending, pendingAdd{second, srcFirst, srcEnd, next, next + 1, [2]int{next + 1, r.trimEnd(next+1, b)}})
	}
	return srcFirst, srcEnd, cueFirst, out
}

// titleClauseEnd finds where a headline's content [a, b) ends: before a spaced dash that opens a clause of its
// own ("Cuban Revealed Who He Picks – It Might Surprise You"), or before a comma and a verb in -s that shares
// the subject of cue c ("Slams Board, Praises Dockers"; "hints at a shake-up, then takes it back"). next is
// that second verb, or -1.
func (r *run) titleClauseEnd(a, b, c int) (cut, next int) {
	if r.kind(a) == text.Quote {
		return b, -1 // a quotation, whose dashes and commas are the speaker's (the tokenizer can miss its close)
	}
	sForm := r.verbS(c)
	for i := a + 1; i+1 < b; i++ {
		if r.l.InQuote[i] >= 0 && !r.quoteClosing(i) {
			continue
		}
		if r.isPunct(i, "–") || r.isPunct(i, "—") || r.isPunct(i, "-") {
			if r.kind(i+1) == text.Word && r.l.InQuote[i+1] < 0 {
				return i, -1
			}
			continue
		}
		if !sForm || !r.is(i, cComma) && !r.commaQuote(i) {
			continue
		}
		v := i + 1
		if r.low(v) == "then" && v+1 < b {
			v++
		}
		if v+1 < b && r.l.InQuote[v] < 0 && r.verbS(v) {
			end := i
			if r.quoteClosing(i) {
				end = i + 1 // "declares ‘revolution,’ ignores losses": the quotation keeps its marks
			}
			return end, v
		}
	}
	return b, -1
}

// verbS reports whether token i is a cue verb's present form in -s ("slams", "Praises"), as headlines use.
func (r *run) verbS(i int) bool {
	vf, ok := r.verb(i)
	w := r.low(i)
	return ok && !vf.gerund && !vf.participle && w != vf.lemma && len(w) > 3 && w[len(w)-1] == 's' &&
		!strings.HasSuffix(w, "ss")
}

// titleAdverb reports whether token i is a capitalised adverb in -ly of a title-case headline ("Finally",
// "Fully", "Quietly"). Names end in -ly too ("Kelly", "Sally", "Beverly"), so only the endings that derive
// adverbs from adjectives and participles count.
func (r *run) titleAdverb(i int) bool {
	if r.kind(i) != text.Word || !r.isCap(i) || !r.isCap(i-1) {
		return false
	}
	w := r.low(i)
	if wordset.Has(gLyNouns, w) || w == "fully" {
		return w == "fully"
	}
	for _, suf := range adverbEndings {
		if strings.HasSuffix(w, suf) && len(w) >= len(suf)+3 {
			return true
		}
	}
	return false
}

// adverbEndings derive adverbs: "finally", "carefully", "reportedly", "recently", "seriously", "probably",
// "actively", "strongly", "quickly", "quietly", "publicly".
var adverbEndings = []string{"ally", "fully", "edly", "ntly", "ously", "ably", "ibly", "ively", "ngly", "ckly", "etly", "tely", "icly"}

// titleColon takes a title line "Name: what they said" whose name the colon rule would not read as a speaker:
// one that ends in a noun that can also be a cue verb ("Harbor Post:", "Report:"), one with a common noun
// ("Union camp:", "Metro Times editorial:"), or one after a label and a dash ("EXCLUSIVE – Ana Lindqvist:").
// It reports whether it added the statement.
func (r *run) titleColon(s text.Sentence, first, colon int) bool {
	if len(r.l.Paragraphs) == 0 || s.FirstTok != r.l.Paragraphs[0].FirstTok || r.l.Paragraphs[0].EndTok-first > maxTitleTokens ||
		s.EndTok-colon < 4 || r.quoteOpening(colon+1) >= 0 {
		return false
	}
	src := first
	for i := first; i < colon; i++ {
		if r.isPunct(i, "–") || r.isPunct(i, "—") || r.isPunct(i, "-") {
			src = i + 1
		}
	}
	if colon-src > 4 || colon == src || !r.isCap(src) || notSpeakers[r.low(src)] {
		return false
	}
	odd := src < colon && src > first // after a label and a dash
	for i := src; i < colon; i++ {
		if r.kind(i) != text.Word || r.l.InQuote[i] >= 0 || r.claimed[i] {
			return false
		}
		if vf, ok := r.verb(i); ok {
			// A verb in -s or -ed before the colon is the headline's own ("Mayor Addresses Strike:").
			// A cue word in capitals is a label ("BOOM:", "LOOK:").
			if !r.isCap(i) || vf.gerund || vf.participle || r.low(i) != vf.lemma || r.tok(i) == strings.ToUpper(r.tok(i)) {
				return false
			}
			odd = true
			continue
		}
		if !r.isCap(i) {
			if r.is(i, cDet|cNotNP|cPrep|cPronoun|cAux|cCoord|cSubord|cRelative|cQuant|cTime) || i == src {
				return false
			}
			odd = true
		}
	}
	if !odd {
		return false // the colon rule's own case
	}
	ce := r.trimEnd(colon+1, s.EndTok)
	if ce-colon < 3 || r.anyClaimed(colon+1, ce) {
		return false
	}
	st := Statement{Rule: "colon-headline", Evidence: "a name, a colon, then what they said (title line)"}
	r.add(st, src, colon, colon, colon+1, [][2]int{{colon + 1, ce}})
	return true
}

// dropTitleInner drops the statements whose cue lies inside the content of a title line "Name: C": PolNeAR
// gives such a line to the name before the colon, the verbs inside C included ("Mayor: I'm Sure Dockers Will
// Say No").
func (r *run) dropTitleInner() {
	if len(r.l.Paragraphs) == 0 || len(r.out) < 2 {
		return
	}
	p0 := r.l.Paragraphs[0]
	if p0.EndTok-p0.FirstTok > maxTitleTokens {
		return
	}
	var head text.Span
	for _, st := range r.out {
		if st.Rule == "colon-headline" && st.Content.Start < p0.End {
			head = st.Content
			break
		}
	}
	if head.End == 0 {
		return
	}
	r.out = slices.DeleteFunc(r.out, func(st Statement) bool {
		return st.Cue != nil && st.Cue.Start >= head.Start && st.Cue.End <= head.End && st.Rule != "colon-headline"
	})
}

// titleConjuncts extends a source [first, end) in a title line back over names joined to it by a comma, which
// headlines write for "and" ("Harbor Board, Dockers reach deal", "As Okafor, Lindqvist trade blows"): the
// names must open the line, after at most a subordinator.
func (r *run) titleConjuncts(line, first, end int) int {
	c := first - 1
	if c <= line || end <= first || !r.is(c, cComma) || r.kind(first) != text.Word || r.is(first, cRelative|cPronoun) {
		return first
	}
	x := c
	for x-1 >= line && c-(x-1) <= 3 && r.kind(x-1) == text.Word && r.isCap(x-1) && r.l.InQuote[x-1] < 0 &&
		!r.is(x-1, cDet|cPronoun) && !r.openerWord(x-1) && !r.lyOpener(x-1) { // not "Still, the mayor said"
		if _, ok := r.verb(x - 1); ok {
			return first // "Mayor Slams Board, Union Hits Back": a clause, not a name
		}
		x--
	}
	if x == c || !(x == line || x-1 == line && r.is(line, cSubord)) {
		return first
	}
	return x
}

// titlePassive reports whether cue [cueFirst, cueEnd) after the subject [srcFirst, srcEnd) is a title-case
// headline's passive without its auxiliary: the capitalised participle of a verb that takes a person as its
// object, then a preposition other than "by" ("Accused Of", "Praised For"), for an active verb has its object
// there. A lower-case first line may be a body sentence ("The guild warned on Tuesday that ...").
func (r *run) titlePassive(srcFirst, srcEnd, cueFirst, cueEnd int) bool {
	if srcEnd <= srcFirst || srcEnd != cueFirst || r.is(srcFirst, cRelative|cPronoun) {
		return false // "General Who Called For": a relative pronoun's verb is active
	}
	for v := cueFirst; v < cueEnd && v+1 < len(r.l.Tokens); v++ {
		if r.is(v, cAux) {
			return false
		}
		vf, ok := r.verb(v)
		if !ok {
			continue
		}
		return r.isCap(v) && vf.participle && stanceVerbs[vf.lemma] && strings.HasSuffix(r.low(v), "ed") && r.is(v+1, cPrep) &&
			!r.is(v+1, cBy)
	}
	return false
}
