package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// possessorBefore reports whether the quantifier at token i ("most", "many", "few") follows a possessor that
// owns the phrase, so that npLeft goes on over it: "the mayor's most loyal supporters", "the party's many
// critics". Before a possessor the quantifier is no determiner opening the phrase but a modifier inside it.
func (r *run) possessorBefore(i, min int) bool {
	if i-1 < min || !r.is(i, cQuant) || r.l.InQuote[i-1] >= 0 || r.claimed[i-1] {
		return false
	}
	return possessiveWord(r.low(i-1)) || r.possessiveMark(i-1)
}

// degreeSource reports whether the source [src, srcEnd) ends with a degree word that modifies cue c rather than
// naming a quantity of people: "most recently defended", "He's most worried about". A quantifier subject ("most
// support it") is followed by its verb, not by an adverb, and never follows a contracted auxiliary.
func (r *run) degreeSource(src, srcEnd int, c cue) bool {
	d := c.first - 1
	if src < 0 || srcEnd != c.first || src < d-1 {
		return false
	}
	if w := r.low(d); w != "most" && w != "more" && w != "less" && !wordset.Has(gDegreeWords, w) {
		return false
	}
	if src == d-1 {
		return r.contractedPronoun(src) >= 0
	}
	return r.adverbLy(c.first) || (d > 0 && r.contractedPronoun(d-1) >= 0)
}

// modalName reports whether the capitalised modal at token i ("Will", "May") is a name: a modal takes a verb's
// bare form, so one followed by a past or -s form ("Will wrote", "George Will argues", "May insisted") is not
// the verb's auxiliary but its subject. So is one before a surname, after a word ("said Will Osei") or before
// a past or -s form ("Will Osei said"); a question's modal opens its clause and takes a bare form ("Will Osei
// win?").
func (r *run) modalName(i int) bool {
	if !r.isCap(i) || i+1 >= len(r.l.Tokens) || r.kind(i+1) != text.Word {
		return false
	}
	if w := r.low(i); w != "will" && w != "may" {
		return false
	}
	if r.isCap(i+1) && !r.is(i+1, cNotNP|cPronoun|cDet) {
		if i > 0 && r.kind(i-1) == text.Word && !strings.ContainsRune(r.l.Text[r.l.Tokens[i-1].End:r.l.Tokens[i].Start], '\n') {
			return true
		}
		return i+2 < len(r.l.Tokens) && r.kind(i+2) == text.Word && r.inflected(i+2)
	}
	return r.inflected(i + 1)
}

// inflected reports whether token i is a verb's past or -s form, which no modal takes.
func (r *run) inflected(i int) bool {
	vf, ok := r.verb(i)
	return ok && !vf.gerund && r.low(i) != vf.lemma
}

// relativeClose reports where the content ends when token i closes a relative clause set off by commas before
// the main clause's verb: a comma, or a comma and the closing quote mark of a quotation that ends the clause
// ("who has called the comments ”racially toxic,” portrayed"), and then a finite verb, possibly after a time
// phrase ("who opposed Trump in the primaries, last week said"). It returns the end, or -1.
func (r *run) relativeClose(i, end int) int {
	cut := i
	if !r.is(i, cComma) || r.l.InQuote[i] >= 0 {
		if !r.commaQuote(i) || !r.quoteClosing(i) {
			return -1
		}
		cut = i + 1 // the quotation's closing mark stays with it
	}
	next := i + 1
	if next < end && r.l.InQuote[next] < 0 {
		next = r.timePhrase(next, end)
	}
	if next < end && (r.finiteVerbAt(next) || r.l.InQuote[next] < 0 && wordset.Has(gIrregularPast, r.low(next))) {
		return cut
	}
	return -1
}

// mediumPhraseEnd cuts from a source [src, end) a closing phrase that says where the source spoke rather than
// who it is: "Jeb Bush in a Medium post said", "Trump in his announcement speech promised". The phrase is "in" or
// "on" after a name and a noun phrase that ends in a medium noun at the end of the source ("the language in the
// statement" is what is meant, not where). It returns the new end.
func (r *run) mediumPhraseEnd(src, end int) int {
	if end-src < 4 || !r.in(end-1, sMediumNoun) || r.l.InQuote[end-1] >= 0 {
		return end
	}
	for i := end - 3; i > src && i >= end-6; i-- {
		if w := r.low(i); (w == "in" || w == "on") && r.l.InQuote[i] < 0 && r.is(i+1, cDet) && r.isCap(i-1) {
			return i
		}
	}
	return end
}

// titleClosingApposition reports where a quoted title opens when token i closes it with a comma set inside the
// marks (`the author of "Fare Wars,"`): the comma ends an apposition that the title closes, so the
// apposition is read up to the title's opening mark. It returns that mark's token, or -1.
func (r *run) titleClosingApposition(i int) int {
	if i < 2 || !r.quoteClosing(i) || !r.is(i-1, cComma) {
		return -1
	}
	q := r.l.InQuote[i-1]
	if q < 0 {
		return -1
	}
	open := r.l.Quotes[q].Open
	if open < 1 || r.titleQuote(open, open, i+1) != i+1 {
		return -1
	}
	return open
}

// subjectBefore reports whether the noun phrase that ends before token v stands where a subject starts: at the
// sentence's start, or after a word such as "Then" ("Then her deputy, Ann Lee, announced a freeze").
func (r *run) subjectBefore(v, min int) bool {
	np := r.npLeft(v, min)
	return np == min || np > min && r.subjectStart(np, min)
}
