package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
)

// Colon attributions that PolNeAR does not mark, and one it does. `Name: "C"` and "Name: what they said" name
// their speaker with a bare noun phrase before the colon (frames.go: colonQuote, colonHeadline); PolNeAR marks
// the colon as the cue. Four cases go against that reading:
//   - colonObject: the phrase is the object of a preposition, a byline under a cited headline (`"Museum to
//     close," by the Post's Jane Roe: "C"`), a medium (`on Twitter: "C"`), an addressee or a comparison (`a
//     warning to the mayor: "C"`). No speaker: the cue, if any, is the verb before. Train: 12 such
//     predictions, 0 gold; the 21 gold colon-quote statements include "More from Jane Roe:" and "into the
//     file:", so "from" and "in" stay.
//   - sectionLabel: "Rossi: Hold the line." alone in the body labels a section about Rossi. Train: 9 such
//     lines, 0 gold; the 2 gold short turns of this shape sit between other turns, which keeps them.
//   - colonList: a long transcript turn under a speaker in capitals has more than three commas yet is no
//     list of names. Train: 2 gold turns were lost to the bare count; the 4 lists still stay out.
//   - predicateLabel: "Mayor Digs In: Rejects Offer" labels the story with a predicate; gold marks the verb
//     after the colon. Train: 2 lines, 0 gold colon statements.
//
// One case PolNeAR marks more widely: mixedTurn runs a turn in mixed case ("Lee: C1. C2.") to the end of its
// paragraph among other turns, as transcriptTurn (quotes3.go) does under capitals. Train: 2 gold contents
// found whole, 4 false statements nested in the turns gone, none lost. And dashColonQuote reads a newsletter
// item `A HEADLINE - Jane Roe: "C"` before the headline's verbs can take the quotation.

// colonPreps are the prepositions whose object is no speaker label.
var colonPreps = map[string]bool{
	"by": true, "on": true, "to": true, "with": true, "among": true, "at": true, "about": true, "against": true,
	"for": true, "toward": true, "towards": true, "over": true, "than": true, "via": true,
}

// colonObject reports whether the noun phrase starting at src, before a colon, is the object of a preposition.
func (r *run) colonObject(src int) bool {
	return src > 0 && colonPreps[r.low(src-1)]
}

// sectionLabel reports whether the colon line [first, ce) is a subheading in the body of a piece: a paragraph
// of its own past the headline, a name and at most five words ("Rossi: Hold the line."), between paragraphs
// that are no transcript turns. It labels the section about that person, who says nothing there; a transcript
// ("ROSSI: No." between "LEE: ..." turns) keeps its turns. Train: 9 such lines, 0 gold, against 2 gold
// short turns, both between other turns.
func (r *run) sectionLabel(s text.Sentence, first, colon, ce int) bool {
	if s.Para == 0 || ce-colon > 6 {
		return false
	}
	par := r.l.Paragraphs[s.Para]
	if par.FirstTok != first || par.EndSent-par.FirstSent != 1 {
		return false
	}
	return !r.turnOpens(s.Para-1) && !r.turnOpens(s.Para+1)
}

// turnOpens reports whether paragraph p opens with a name and a colon among its first words.
func (r *run) turnOpens(p int) bool {
	if p < 0 || p >= len(r.l.Paragraphs) {
		return false
	}
	par := r.l.Paragraphs[p]
	for i := par.FirstTok + 1; i < par.EndTok && i <= par.FirstTok+5; i++ {
		if r.is(i, cColon) {
			return true
		}
		if r.kind(i) != text.Word || !r.isCap(i) {
			return false
		}
	}
	return false
}

// colonList reports whether the words after a colon, [a, b), are a list ("Iowa: Jane Roe, John Doe, Ann
// Lee, ..."): more than three commas. A transcript turn ("ROSSI: Well, I think, as anyone would, ...", or a
// turn that runs past its sentence) has as many between its clauses, so there the items must also be short.
// Train: 2 gold turns were lost to the bare count; the 4 lists of names, and body lines such as
// "Fast-forward: Somehow, ...", stay out.
func (r *run) colonList(s text.Sentence, first, srcEnd, a, b int) bool {
	n := r.commas(a, b)
	if n <= 3 {
		return false
	}
	for i := first; i < srcEnd && b <= s.EndTok; i++ {
		if r.kind(i) == text.Word && strings.ToUpper(r.tok(i)) != r.tok(i) {
			return true
		}
	}
	return b-a < 4*(n+1)
}

// predicateLabel reports whether the words before a headline's colon, [first, end), end in a particle ("Mayor
// Digs In: Rejects Port Offer", "DEAL IS OFF: ..."): a predicate that labels the story, no speaker. The
// headline after the colon keeps its own verb; a quotation after it ("Mayor Hits Back: 'No Deal'") keeps the
// colon statement. Train: 2 such lines, 0 of them gold colon statements; gold marks the verb after the colon
// in both.
func (r *run) predicateLabel(first, end, colon int) bool {
	if end-first < 2 || r.kind(colon+1) != text.Word {
		return false
	}
	switch r.low(end - 1) {
	case "in", "out", "off", "up", "down", "back", "on", "over":
		return true
	}
	return false
}

// mixedTurn extends a colon line to the end of its paragraph when the speaker is written in mixed case
// ("Lee: C1. C2.") but the paragraph before or after opens with a turn too: a transcript, as transcriptTurn
// (quotes3.go) reads one under a speaker in capitals.
func (r *run) mixedTurn(s text.Sentence, first, colon, ce int) int {
	par := r.l.Paragraphs[s.Para]
	if par.FirstTok != first || s.EndTok >= par.EndTok || !(r.turnOpens(s.Para-1) || r.turnOpens(s.Para+1)) {
		return ce
	}
	end := r.trimEnd(colon+1, par.EndTok)
	if r.anyClaimed(ce, end) {
		return ce
	}
	return end
}

// dashColonQuote takes `A HEADLINE - Jane Roe: "C"`, a newsletter's item: a headline, a dash, the name of
// the one quoted, a colon and the quotation. colonQuote (frames.go) reads the same line, but only after the
// cue verbs: a verb in the headline ("Pollsters agree - Jane Roe: "C"") took the quotation as its own content
// first. Gold marks 10 of the 11 such lines in train; this finds 2 more of them (2 others have quote marks
// the quotation layer does not pair), and 2 false statements of the headline verbs go.
// sentence calls it only when s has a colon.
func (r *run) dashColonQuote(s text.Sentence) {
	for i := s.FirstTok + 3; i+1 < s.EndTok; i++ {
		if !r.is(i, cColon) || r.claimed[i] || r.l.InQuote[i] >= 0 || r.quoteOpening(i+1) < 0 || r.claimed[i+1] {
			continue
		}
		src := r.nameAfterDash(s.FirstTok, i)
		if src < 0 {
			continue
		}
		if r.addColonQuote(s, src, i) {
			return
		}
	}
}

// nameAfterDash returns the first token of a name between a dash and the colon at token colon ("- Jane Roe
// and John Doe:"), or -1: at most six words, each capitalised but "and".
func (r *run) nameAfterDash(first, colon int) int {
	for k := colon - 1; k > first && k >= colon-7; k-- {
		if r.isPunct(k, "-") || r.isPunct(k, "—") || r.isPunct(k, "–") {
			if k+1 < colon && r.isCap(k+1) {
				return k + 1
			}
			return -1
		}
		if r.claimed[k] || !(r.isCap(k) || r.low(k) == "and" || r.isPunct(k, ".")) {
			return -1
		}
	}
	return -1
}
