package attrib

import (
	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Subject noun phrases that the leftward scan (npLeftOpt, appositionLeft) cut short or ran past. PolNeAR marks
// the whole subject as the source, with its appositions and its dotted abbreviations. Train gold counts, each
// class counted both ways (gold statements fixed / same construction that gold marks the other way):
//
//   - An irregular verb no table knew ends the subject: "Okafor lent ...", "the union primes members ...".
//     6 train sources fixed, 0 broken.
//   - A dotted abbreviation longer than four characters inside the phrase ("the F.B.I. director, ..."): the
//     scan stopped at its dot. 2 train sources fixed; the other 7 sources holding such an abbreviation were
//     already whole and stay so.
//   - "those over 60": "over" read as an approximator of the number, and "those" was left out. 2 train
//     sources, and both such phrases in train text are sources taken whole.
//   - After a quotation, a name with two appositions ("Tom Rell, 41, of Durham, N.C., said"): the scan took
//     the second apposition with the first as its head. PolNeAR takes the name and both appositions. 1 train
//     source fixed, 0 broken (no train source after a quotation starts with an age or a second apposition).
//   - A reporting verb's base form that modifies the next noun ("protest organizers", "talk show host") stopped
//     the scan. 3 train statements found (2 with their source), 1 in dev, 0 broken; after a relative pronoun
//     the verb is the relative clause's ("those who back the strike argue", 1 train source kept).
//   - An inverted source extended over a relative clause up to a quotation ("said Okafor, whose pamphlet praises
//     dockers and "stubborn" pilots") ended on "and" and was then dropped as no noun phrase. It now ends before
//     the relative clause: 2 train sources found, 0 broken.

// moreIrregularPast are verbs added to irregularPast (past and present forms) that end a subject.
var moreIrregularPast = map[string]bool{
	"lent": true, "put": true, "sold": true, "paid": true, "wore": true, "bought": true, "built": true,
	"sought": true, "chose": true,
	"wears": true, "primes": true, "includes": true, "risks": true,
}

// withMorePast adds moreIrregularPast to m and returns it; gIrregularPast is built from the result, so the
// map and its gate agree.
func withMorePast(m map[string]bool) map[string]bool {
	for w := range moreIrregularPast {
		m[w] = true
	}
	return m
}

// dottedAbbrev reports whether token k is a capitalised abbreviation with inner dots whose last dot the
// tokenizer split off ("F.B.I", "A.F.L"): the dot after it does not end the phrase.
func (r *run) dottedAbbrev(k int) bool {
	w := r.tok(k)
	if len(w) < 3 || len(w) > 9 || r.kind(k) != text.Word {
		return false
	}
	dots := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == '.':
			dots++
		case c < 'A' || c > 'Z':
			return false
		}
	}
	return dots > 0 && w[0] != '.'
}

// thoseOver takes "those" into a phrase that npLeft began at "over" or "under" ("those over 60 say").
func (r *run) thoseOver(start, min int) int {
	if start-1 < min || r.low(start-1) != "those" || r.low(start) != "over" && r.low(start) != "under" {
		return start
	}
	if s := r.npLeftOpt(start, min, false); s >= min && s < start {
		return s
	}
	return start - 1
}

// trailingNameHead widens the head of an apposition found after a quotation ("...," Tom Rell, 41, of
// Durham, ...) when the head is itself an apposition after a comma (an age, "of ...", "a ..."): the name before
// it, opening right after the quotation, heads the source.
func (r *run) trailingNameHead(head, min int, trailing bool) int {
	if !trailing || head-2 <= min || !r.is(head-1, cComma) || r.isCap(head) && r.kind(head) == text.Word {
		return head
	}
	if w := r.low(head); r.kind(head) != text.Number && w != "a" && w != "an" && w != "of" && w != "the" {
		return head
	}
	// The name right before the comma, or a name before one more apposition ("Ann Roe, 67, a nurse in Erie").
	h := r.npLeftOpt(head-1, min, false)
	if h < min || h >= head-1 || !r.isCap(h) || !r.quoteClosing(h-1) {
		h = r.appositionLeft(head-1, min, true)
	}
	if h >= min && h < head-1 && r.isCap(h) && r.quoteClosing(h-1) {
		return h
	}
	return head
}

// verbModifier reports whether token i, a reporting verb's base form, modifies the noun that starts the phrase
// at i+1 ("protest organizers", "survey respondents"): it opens the phrase or follows a determiner.
func (r *run) verbModifier(i, start, min int) bool {
	if start != i+1 || r.kind(i) != text.Word || r.isCap(i) || r.kind(i+1) != text.Word || r.isCap(i+1) {
		return false
	}
	vf, ok := r.verb(i)
	if !ok || vf.lemma != r.low(i) || vf.gerund || vf.participle {
		return false
	}
	if _, v := r.verb(i + 1); v || !r.nounish(i+1) {
		return false
	}
	if i > min && r.is(i-1, cRelative) {
		return false // "those who back the strike argue": the verb of a relative clause
	}
	return i == min || r.is(i-1, cDet) && !r.is(i-1, cPronoun) || r.subjectStart(i, min)
}

// openEndCut backs a source (ne, e) that invertedSourceEnd extended up to a quotation or the sentence's end off
// from a last word that opens a phrase ("who asked what the union had voted for", "whose book features
// interviews with ... and", then a quotation): sourceNotNP would drop such a source whole. The source ends
// before the relative clause, or else at the last comma, or at ne.
func (r *run) openEndCut(ne, e int) int {
	if e-1 <= ne {
		return e
	}
	if w := r.low(e - 1); !r.is(e-1, cPrep|cCoord) && !wordset.Has(gArticles, w) || w == "her" {
		return e
	}
	cut := ne
	for k := e - 1; k > ne; k-- {
		if w := r.low(k); (w == "who" || w == "whose" || w == "which") && r.l.InQuote[k] < 0 {
			cut = k
			if r.is(k-1, cComma) {
				cut = k - 1
			}
			return cut
		}
		if r.is(k, cComma) && cut == ne {
			cut = k
		}
	}
	return cut
}
