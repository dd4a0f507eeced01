package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// More content ends (see ends.go): constructions PolNeAR keeps inside a content.

// passiveComplement reports whether the preposition at k after a passive cue opens its complement, which is part
// of what is reported: an infinitive ("is expected to win", "was told to leave"), or the charge or reason of
// verbs of blame and praise ("is accused of lying", "was criticized for the delay"). A time or place ("was
// announced on Friday") is no complement.
func (r *run) passiveComplement(k, end int) bool {
	if k+1 >= end || r.l.InQuote[k] >= 0 {
		return false
	}
	switch r.low(k) {
	case "to":
		n := k + 1
		return r.kind(n) == text.Word && !r.isCap(n) && !r.is(n, cDet|cPronoun|cTime) && !wordset.Has(gObjectPronouns, r.low(n))
	case "of", "for":
		return true
	}
	return false
}

// coordinatedPredicate ends an object content [k, end) before "and" and a second past-tense verb with an object
// of its own ("denied the union the raise and fined it", "blasted the plan and praised Okafor"): the
// subject's next act, which the narrator reports, not more of the object. A participle that modifies a noun
// ("layoffs and related cuts") has no object after it and stays.
func (r *run) coordinatedPredicate(k, end int) int {
	for i := k + 1; i+2 < end && i < k+maxClause; i++ {
		if r.l.InQuote[i] >= 0 || r.kind(i) == text.Punct && !r.isPunct(i, ".") {
			return end // a quotation or a clause's punctuation: no plain object
		}
		if r.low(i) != "and" || r.is(i-1, cComma) {
			continue
		}
		v := i + 1
		w := r.low(v)
		if r.kind(v) != text.Word || r.isCap(v) || len(w) < 5 || !strings.HasSuffix(w, "ed") || r.l.InQuote[v] >= 0 {
			continue
		}
		n := v + 1
		if r.is(n, cDet) && !r.is(n, cQuant) || wordset.Has(gObjectPronouns, r.low(n)) || r.isCap(n) && r.l.InQuote[n] < 0 ||
			r.low(n) == "to" && n+1 < end && r.kind(n+1) == text.Word && !r.is(n+1, cDet) && !r.isCap(n+1) {
			return r.trimEnd(k, i)
		}
	}
	return end
}

// sharedClause reports whether content [k, and) is a clause whose predicate the cue verb at v after "and" may go
// on ("that most followed the union and supported Obama", "said he was alarmed and wanted to see"): a verb of
// attitude, then the reported subject's rather than the source's next act. After a modal or "to" the clause's
// verbs are bare, so an inflected verb ("that the economy would rebound and supported ...") cannot share it.
func (r *run) sharedClause(k, and, v int) bool {
	if !r.clauseIn(k, and) {
		return false
	}
	vf, _ := r.verb(v)
	if !stateVerbs[vf.lemma] {
		return false // "... and criticized him": an act, the source's
	}
	if r.low(v) == vf.lemma {
		return true
	}
	for i := and - 1; i > k; i-- {
		if r.l.InQuote[i] >= 0 {
			continue
		}
		if w := r.low(i); w == "to" || modalWords[w] {
			return false
		}
		if r.finiteVerbAt(i) {
			p := i - 1
			for p > k && (r.adverbLy(p) || r.low(p) == "not") {
				p-- // "would soon rebound", "will not vote"
			}
			return !(r.low(p) == "to" || modalWords[r.low(p)])
		}
	}
	return true
}

// modalWords take a bare verb.
var modalWords = map[string]bool{
	"would": true, "will": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true,
}

// stateVerbs name an attitude held rather than a speech act performed ("wanted", "supported", "opposed"): after a
// clause with a subject of its own they more often go on with that subject than report the source's next act.
var stateVerbs = map[string]bool{
	"want": true, "support": true, "oppose": true, "favor": true, "favour": true, "prefer": true, "hope": true,
	"expect": true, "fear": true, "doubt": true, "believe": true, "think": true, "recognize": true, "recognise": true,
	"know": true, "understand": true, "like": true, "love": true, "hate": true,
}

// clauseModifier moves a cut before a subordinate clause at i back over the adverb that modifies the clause
// ("even though", "even as", "just as", "long before", "shortly after"): it goes with the clause.
func (r *run) clauseModifier(k, i int) int {
	if i-1 > k && r.l.InQuote[i-1] < 0 && clauseAdverbs[r.low(i-1)] {
		return i - 1
	}
	return i
}

// clauseAdverbs modify a subordinate clause from before its subordinator.
var clauseAdverbs = map[string]bool{
	"even": true, "just": true, "long": true, "shortly": true, "soon": true, "right": true, "only": true,
}

// objectComplement reports whether token n, after a relative clause set off by commas inside an object, goes on
// with the object's complement ("refers to the candidate, who is his friend, as "Mr. Trump"", "accused the
// audience, which the party selected, of bias"): the relative clause is an aside within what was said.
func (r *run) objectComplement(n int) bool {
	if n >= len(r.l.Tokens) || r.l.InQuote[n] >= 0 {
		return false
	}
	w := r.low(n)
	return w == "as" && !r.asClause(n, len(r.l.Tokens)) || w == "of" // not ", as he said"
}

// asPredicate reports whether ", as" at comma+1 goes on an object [k, comma) that closes a relative aside ("the
// depot, which opened in 1990, as a relic"): the predicate of the object after the aside, not a clause.
func (r *run) asPredicate(k, comma int) bool {
	if r.asClause(comma+1, len(r.l.Tokens)) {
		return false
	}
	for j := comma - 1; j > k; j-- {
		if r.is(j, cComma) {
			return r.is(j+1, cRelative) && r.low(j+1) != "that"
		}
	}
	return false
}

// reducedWhile reports whether "while" at i opens a reduced clause with a gerund and no subject ("called out the
// Republicans while reveling in the recovery", "slams the firm while charging students more"): the act it
// accompanies is the reported one, and PolNeAR keeps it in the object.
func (r *run) reducedWhile(i, end int) bool {
	if r.low(i) != "while" || i+1 >= end {
		return false
	}
	n := i + 1
	if r.adverbLy(n) || r.low(n) == "also" || r.low(n) == "still" {
		n++
	}
	w := r.low(n)
	return n < end && r.kind(n) == text.Word && !r.isCap(n) && len(w) > 4 && strings.HasSuffix(w, "ing") && r.l.InQuote[n] < 0
}

// finalParenthesis ends content [k, end) before a parenthesis that closes it ("proposed raising taxes on
// investment income (which Clinton also supports)", "claimed 81 percent (the actual figure is 15 percent)"): the
// narrator's aside on what was said. A short one (an acronym, a party label: "(TPP)", "(R-Texas)") names
// something in the content and stays.
func (r *run) finalParenthesis(k, end int) int {
	e := end
	for e > k && r.kind(e-1) == text.Punct && !r.isPunct(e-1, ")") {
		e--
	}
	if e-1 <= k || !r.isPunct(e-1, ")") || r.l.InQuote[e-1] >= 0 {
		return end
	}
	for i := e - 2; i > k; i-- {
		if r.isPunct(i, ")") || r.l.InQuote[i] >= 0 {
			return end
		}
		if r.isPunct(i, "(") {
			if e-1-i <= 3 {
				return end // "(TPP)", "(R-Texas)"
			}
			return r.trimEnd(k, i)
		}
	}
	return end
}

// quotedVerb reports whether a quotation opens just before token n with a finite verb (`, "is a civil rights
// attorney`): the predicate goes on inside the marks, which finiteVerbAt, reading outside them, leaves out.
func (r *run) quotedVerb(n int) bool {
	if n == 0 || n >= len(r.l.Tokens) || r.quoteOpening(n-1) < 0 || r.kind(n) != text.Word || r.isCap(n) {
		return false
	}
	if r.is(n, cAux) {
		return true
	}
	vf, ok := r.verb(n)
	return ok && !vf.gerund
}

// onlyComplementizer reports whether tokens [k, e) hold nothing but the "that" opening reported speech: a cut
// there would leave no content, so what follows the comma is the reported clause's own opener.
func (r *run) onlyComplementizer(k, e int) bool {
	return e == k || e == k+1 && r.low(k) == "that" && r.l.InQuote[k] < 0
}
