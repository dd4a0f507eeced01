package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Sources of passive cues: the agent after "by" ("was criticized by Jane Roe, the union's negotiator").

// agentApposition extends a passive's agent [src, stop) over an apposition or relative clause set off by a
// comma after it, up to the sentence's end at token end: "was rejected by Jane Roe, the union's negotiator.",
// "was confirmed by the ministry, which oversees the port", "was praised by shipping firms, including two
// carriers". The agent names who spoke, and the apposition belongs to that name as it does for a subject.
// The phrase must run to the next comma, dash or the sentence's end without a verb of its own (a relative
// pronoun's clause aside), so that "by the union, saying C" or "by the union, and the talks" stays out.
func (r *run) agentApposition(src, stop, end int) int {
	if stop+2 >= end || !r.is(stop, cComma) || r.l.InQuote[stop+1] >= 0 || r.claimed[stop+1] {
		return stop
	}
	k := stop + 1
	w := r.low(k)
	relative := w == "who" || w == "which"
	if !(relative || w == "including" || r.is(k, cDet) && !r.is(k, cQuant) || possessiveWord(w)) || r.is(k, cPronoun) && !possessiveWord(w) {
		return stop
	}
	i := k + 1
	for ; i < end && i < k+maxBareSubject; i++ {
		if r.l.InQuote[i] >= 0 || r.claimed[i] {
			return stop
		}
		if r.kind(i) == text.Punct {
			if r.is(i, cComma) || r.isPunct(i, "—") || r.isPunct(i, "–") || r.isPunct(i, ";") || r.is(i, cColon) {
				break
			}
			if p := r.tok(i); p == "." || p == "-" || p == "&" || p == "(" || p == ")" {
				continue
			}
			return stop
		}
		if relative || r.kind(i) != text.Word {
			continue
		}
		if r.is(i, cAux) || r.finiteVerbAt(i) && !r.nounish(i) {
			return stop // "by the union, the strike ended": a clause, not an apposition
		}
	}
	if i >= k+maxBareSubject {
		return stop
	}
	return r.trimEnd(src, i)
}

// agentAdjunctCut ends a passive's agent [src, stop) before a preposition that opens an adjunct of the verb
// rather than a part of the name: one followed by a gerund says why or how ("was criticized by rivals for
// failing to campaign"), one followed by a number or time word says when ("was appointed by the governor in
// 2019"). "a spokesperson for the ministry" keeps its preposition.
func (r *run) agentAdjunctCut(src, stop int) int {
	for i := src + 1; i+1 < stop; i++ {
		if r.l.InQuote[i] >= 0 || !agentAdjuncts[r.low(i)] || r.isCap(i) {
			continue
		}
		n := i + 1
		if w := r.low(n); len(w) > 5 && strings.HasSuffix(w, "ing") && !r.isCap(n) || r.kind(n) == text.Number || r.is(n, cTime) {
			return r.trimEnd(src, i)
		}
	}
	return stop
}

// unmatchedClose ends a source [src, end) before a closing bracket whose opening one lies before the source:
// "(turnout fell, according to exit polls) could decide" gives "exit polls", not "exit polls)" or what follows
// the bracket. A bracket pair inside the source ("Sen. Ann Reyes (D-Ohio)") stays.
func (r *run) unmatchedClose(src, end int) int {
	depth := 0
	for i := src; i < end; i++ {
		if r.kind(i) != text.Punct {
			continue
		}
		switch r.tok(i) {
		case "(":
			depth++
		case ")":
			if depth == 0 {
				return r.trimEnd(src, i)
			}
			depth--
		}
	}
	return end
}

// Cue spans of gerunds after "by".

// mannerByVerbs are verbs of taking a turn that a gerund after "by" says how: "responded by saying", "opened
// by talking about", "followed up by asking", "concluded by warning". PolNeAR's cue runs from that verb, which
// has no object of its own; after a verb with an object ("ended her speech by quoting") the gerund alone is
// the cue.
var mannerByVerbs = map[string]bool{
	"respond": true, "responds": true, "responded": true, "responding": true, "reply": true, "replies": true,
	"replied": true, "answer": true, "answers": true, "answered": true, "react": true, "reacts": true,
	"reacted": true, "open": true, "opens": true, "opened": true, "begin": true, "begins": true, "began": true,
	"start": true, "starts": true, "started": true, "follow": true, "follows": true, "followed": true,
	"close": true, "closes": true, "closed": true, "conclude": true, "concludes": true, "concluded": true,
	"finish": true, "finishes": true, "finished": true, "retort": true, "retorted": true,
}

// mannerByLinks may stand between such a verb and "by": a particle or an adverb of order ("followed up by",
// "started off by", "responded first by").
var mannerByLinks = map[string]bool{"up": true, "off": true, "first": true, "quickly": true, "simply": true}

// byCueStart is where the cue of the gerund at token i starts: at the verb of taking a turn before its "by"
// (see mannerByVerbs), or at i.
func (r *run) byCueStart(i, min int) int {
	j := i - 2
	if j <= min || r.low(i-1) != "by" {
		return i
	}
	if mannerByLinks[r.low(j)] && j-1 > min {
		j--
	}
	if r.l.InQuote[j] >= 0 || r.claimed[j] || r.isCap(j) || !mannerByVerbs[r.low(j)] {
		return i
	}
	return j
}

// presentVerbAt reports whether token k, inside a subject noun phrase that npRight found, is rather the
// clause's own verb in the present tense or an auxiliary: "The event with the mayor comes as ...", "The
// agreement includes ...", "Sanders and Cruz both hoping". A known verb's -s form after a noun, or a lower-case
// auxiliary or adverb of the verb group (auxWords: "often", "both", "further") not after a determiner, ends the
// subject.
func (r *run) presentVerbAt(k int) bool {
	if r.kind(k) != text.Word || r.isCap(k) || r.l.InQuote[k] >= 0 {
		return false
	}
	w := r.low(k)
	if r.is(k, cAux) && !r.is(k, cPronoun) {
		// "her first power moves", "the only candidate": after a determiner the word is an adjective
		return !r.is(k-1, cDet) && !possessiveWord(r.low(k-1)) && w[0] != '\'' && !strings.HasPrefix(w, "’")
	}
	if len(w) < 4 || w[len(w)-1] != 's' || !r.nounish(k-1) {
		return false
	}
	vf, ok := r.verb(k)
	return ok && !vf.gerund && !vf.participle && w != vf.lemma
}

// Asides after a source.

// afterSourceAsides open a comma-set phrase after a source that says what about, through what or how it was
// said rather than who said it: "said Jane Roe, about the offer", "said the envoy, via email", "said Ann
// Reyes, half joking", "said the mayor, using a phrase of the union's". sourceEnd cuts before them.
var afterSourceAsides = map[string]bool{"about": true, "via": true, "half": true, "using": true, "regarding": true}

// afterSourceAside reports whether token k, after a comma in a source, opens such an aside; "about" before a
// number is an approximation inside the source ("who lives in Eastfield, about six miles north").
func (r *run) afterSourceAside(k int) bool {
	w := r.low(k)
	if !wordset.Has(gAfterSourceAsides, w) {
		return false
	}
	return w != "about" || k+1 >= len(r.l.Tokens) || !(r.kind(k+1) == text.Number || r.in(k+1, sNumberWord|sLeadNumber|sFraction))
}

// Sources of a participle that modifies a noun ("a group backing the strike").

// modifiedNoun trims the noun phrase [src, end) that npLeft found before a modifying participle at end to the
// phrase the participle modifies, when npLeft ran back over a verb, an amount or a time word and a
// preposition: "gave $2 million to a fund backing the mayor" gives "a fund", "spent on ads attacking her"
// gives "ads", "benefited from the largesse of donors supporting her" gives "donors", "cheered workers
// hoping" gives "workers". The amount or the verb says what was given or done, not who backs or hopes.
func (r *run) modifiedNoun(src, end int) int {
	verb := r.verbForm(src)
	if !(verb || r.kind(src) == text.Number || r.is(src, cTime) || r.in(src, sNumberWord)) {
		return src
	}
	last := -1
	for i := src + 1; i < end-1; i++ {
		// after an amount only "to" says where it went: "of" and "in" join a share to its whole ("30 percent
		// of voters saying", "three in 10 saying")
		if r.is(i, cPrep|cBy) && !r.isCap(i) && r.l.InQuote[i] < 0 && (verb || r.low(i) == "to") {
			last = i
		}
	}
	if last >= 0 {
		return last + 1
	}
	if verb && src+1 < end-1 {
		return src + 1
	}
	return src
}

// verbForm reports whether the lower-case word at token i is a past or present form of a verb: known to the
// lexicon, an irregular past, or a word in -ed.
func (r *run) verbForm(i int) bool {
	if r.kind(i) != text.Word || r.isCap(i) {
		return false
	}
	w := r.low(i)
	if vf, ok := r.verb(i); ok {
		return !vf.gerund
	}
	return wordset.Has(gIrregularPast, w) || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// Perfect participle clauses.

// havingSubject finds the source of a cue that a perfect participle opens after a comma, which has no subject
// of its own: "The mayor misjudged the union, having called its leader a reformer." Like a gerund after a
// comma, it shares the subject of the clause before it. ("having" is in auxWords, so that the cue starts at it
// as PolNeAR marks it, and "having" is never taken as a subject.) It returns the subject's span, or -1, -1.
func (r *run) havingSubject(s text.Sentence, c cue) (int, int) {
	if r.low(c.first) != "having" || c.first-1 <= s.FirstTok || !r.is(c.first-1, cComma) {
		return -1, -1
	}
	first := r.clauseSubject(s, c.first-1)
	if first < 0 || first >= c.first-1 {
		return -1, -1
	}
	if w := r.low(first); w == "and" || w == "but" || w == "yet" || w == "so" {
		first++ // "Yet he has hired a pollster, having rejected one"
	}
	if first >= c.first-1 {
		return -1, -1
	}
	ne := r.subjectNP(first, c.first-1)
	if ne <= first || !(r.capIn(first, ne) || r.is(first, cPronoun) || r.is(first, cDet)) || r.anyClaimed(first, ne) {
		return -1, -1
	}
	return first, ne
}

// Cue nouns that are objects.

// objectCueNoun reports whether cue c, a cue noun at the end of the phrase [src, srcEnd) taken as its source,
// is rather the object of a verb just before it, perhaps after an adjective: "raising fresh questions about",
// "stoking fears about", "The clash prompted new worries". The questions and fears are raised in others, and
// the verb's subject is no speaker of them: PolNeAR marks such a statement without a source.
func (r *run) objectCueNoun(c cue, src, srcEnd int) bool {
	p := c.first - 1
	if c.first != c.verb || srcEnd != c.first || p < src || !r.is(c.verb, cCueNoun) {
		return false
	}
	if !r.verbLike(p) && p-1 >= src && r.kind(p) == text.Word && !r.isCap(p) && !r.is(p, cDet|cPronoun) &&
		!possessiveWord(r.low(p)) && !r.nounish(p) {
		p-- // "raising fresh questions": an adjective between the verb and the noun
	}
	return r.verbLike(p)
}

// verbLike reports whether the lower-case word at token i is an inflected verb form or a word in -ing.
func (r *run) verbLike(i int) bool {
	if r.kind(i) != text.Word || r.isCap(i) || r.l.InQuote[i] >= 0 {
		return false
	}
	w := r.low(i)
	if vf, ok := r.verb(i); ok && w == vf.lemma {
		return false // "Her economic plan promises": a bare form may be a noun
	}
	return r.verbForm(i) || len(w) > 4 && strings.HasSuffix(w, "ing")
}

// Cue spans: the medium phrase after a verb of saying.

// documentMedia are medium nouns whose phrase PolNeAR leaves out of the cue: a speech is the occasion of
// speaking, and a letter, op-ed or video the document the words appear in ("wrote in a letter", "said in a
// speech"), where a statement, tweet or email carries just the words ("said in a statement").
var documentMedia = map[string]bool{"speech": true, "letter": true, "op-ed": true, "video": true}

// mediumOut reports whether the medium phrase "in a/an N" whose noun is token n stays out of the cue.
func (r *run) mediumOut(n int) bool { return documentMedia[r.low(n)] }

// mediumAfter skips, for where the content starts, a medium phrase at token k that mediumOut left out of a
// leading cue, with the day that may follow it ("wrote in a letter Friday that"). It returns the token after
// it, or k.
func (r *run) mediumAfter(k, end int) int {
	if k+2 >= end || r.l.InQuote[k] >= 0 || r.low(k) != "in" || !(r.low(k+1) == "a" || r.low(k+1) == "an") ||
		!r.in(k+2, sMediumNoun) || !r.mediumOut(k+2) {
		return k
	}
	k += 3
	if k < end && r.in(k, sWeekday) && r.l.InQuote[k] < 0 {
		k++
	}
	return k
}

// secondParticle extends a cue whose particle ends before token k over a preposition that the particle verb
// takes in turn: "weighed in on the deal" gives "weighed in on", "weighed in with her support" "weighed in
// with", as PolNeAR marks them.
func (r *run) secondParticle(lemma string, k, end int) int {
	if k < end && lemma == "weigh" && r.low(k-1) == "in" && (r.low(k) == "on" || r.low(k) == "with") && r.l.InQuote[k] < 0 {
		return k + 1
	}
	return k
}

// Sources of statements that only thatClause took.

// thatClauseSource finds the source of a statement whose cue opens at token first when no subject rule took
// it: a subject pronoun right before the cue, whatever opens its clause ("meaning she never claimed that C",
// "where he liked to boast that C"), or a possessive relative's phrase ("whose lawyers argued that C").
// It returns the source's span, or -1, -1.
func (r *run) thatClauseSource(first, min int) (int, int) {
	p := first - 1
	if p < min || r.l.InQuote[p] >= 0 || r.claimed[p] || r.kind(p) != text.Word {
		return -1, -1
	}
	if wordset.Has(gNominativePronouns, r.low(p)) {
		return p, first
	}
	for i := p; i > min && i >= p-3; i-- {
		if r.low(i-1) == "whose" && r.nounish(p) && !r.anyClaimed(i-1, first) {
			return i - 1, first
		}
		if !r.nounish(i) {
			break
		}
	}
	return -1, -1
}

// Datelines.

// datelineDay reports whether the number at token k is the day of a dateline's date after its place
// ("PHILADELPHIA, July 25 (UPI) —"): it follows a capitalised month name, after the place's comma. The dash
// may also be a horizontal bar ("WASHINGTON ―"), which dateline accepts too.
func (r *run) datelineDay(k, first int) bool {
	return k-2 > first && r.isCap(k-1) && (r.is(k-2, cComma) || r.isPunct(k-1, ".") || r.isPunct(k-2, "."))
}

// passivePrep extends the cue of a passive reporting verb ending before token k over "of" or "about" when
// what follows is what was said: "is accused of lying", "was asked about the strike". PolNeAR marks the
// preposition in the cue as it does after an active verb ("asked about").
func (r *run) passivePrep(k, end int) int {
	if k+1 < end && r.l.InQuote[k] < 0 && (r.low(k) == "of" || r.low(k) == "about") {
		return k + 1
	}
	return k
}

// Cue spans: adverbs of time and place after the verb.

// afterCueAdverbs say when or where something was said and join the cue when they close it: "he said
// earlier.", "she said later that", "said here, ...". PolNeAR marks them in the cue as it does the day.
var afterCueAdverbs = map[string]bool{"earlier": true, "later": true, "afterward": true, "afterwards": true, "here": true}

// afterCueAdverb reports whether token k, right after a cue, is such an adverb followed by the end of the
// clause: punctuation, "that" or a quotation.
func (r *run) afterCueAdverb(k, end int) bool {
	if k >= end || r.kind(k) != text.Word || r.l.InQuote[k] >= 0 || r.isCap(k) || !wordset.Has(gAfterCueAdverbs, r.low(k)) {
		return false
	}
	n := k + 1
	return n >= end || r.low(n) == "that" || r.is(n, cColon|cComma) || r.isPunct(n, ".") || r.quoteOpening(n) >= 0
}

// Subjects of a gerund's clause with an apposition.

// subjectApposition extends the subject [first, ne) of the clause that a gerund cue at token end follows over
// the appositions and relative clauses set off by commas between it and the clause's verb: "Jane Roe, the
// union's negotiator, rejected the offer, saying ...", "Okafor, 34, who leads the drivers, walked out,
// saying ...". Each comma-set phrase must open like an apposition (not with a verb or a preposition), and
// the last must be followed by the clause's verb; otherwise the subject stays as it was.
func (r *run) subjectApposition(first, ne, end int) int {
	stop := ne
	for n := 0; n < 3 && stop+2 < end && r.is(stop, cComma) && r.l.InQuote[stop+1] < 0; n++ {
		k := stop + 1
		w := r.low(k)
		if r.is(k, cPrep|cSubord|cAux) && w != "who" && w != "whose" && w != "which" || r.adverbLy(k) || r.verbLike(k) && w != "including" ||
			wordset.Has(gSourceAsides, w) || r.in(k, sSentenceAdv) {
			return ne // "Trump, meanwhile, ...", "She, too, ..."
		}
		i := k + 1
		for ; i < end && i < k+maxClause; i++ {
			if r.l.InQuote[i] >= 0 || r.claimed[i] {
				return ne
			}
			if r.is(i, cComma) || r.isPunct(i, "—") || r.isPunct(i, "–") {
				break
			}
		}
		if i >= end || !r.is(i, cComma) {
			return ne
		}
		stop = i
		if v := i + 1; v < end && ((r.finiteVerbAt(v) || r.verbForm(v)) && !r.nounish(v) || r.is(v, cAux) || r.adverbLy(v)) {
			return stop // the clause's verb follows the last comma
		}
	}
	return ne
}

// listComma reports whether the comma at token i inside a source [.., end) separates items of a list that
// "and" or "or" closes later in the source ("Union leaders, shipping firms and port officials"), so that the
// -ing or -ed word after it ("shipping") opens the next item rather than an aside ("Trump, speaking at a
// rally,").
func (r *run) listComma(i, end int) bool {
	for j := i + 2; j < end && j < i+6; j++ {
		if r.is(j, cComma) || r.l.InQuote[j] >= 0 {
			return false
		}
		if w := r.low(j); w == "and" || w == "or" {
			return true
		}
	}
	return false
}

// Possessors of cue nouns.

// possessorStart trims the possessor phrase [src, end) that npLeft found before a cue noun to the noun phrase
// that owns it, after the last preposition or verb that npLeft ran back over: "a result of Turkey's refusal"
// gives "Turkey's", "despite the mayor's claims" gives "the mayor's", "bolster Rubio's claim" gives "Rubio's".
// The words before say what the claim or refusal is part of, not whose it is.
func (r *run) possessorStart(src, end int) int {
	for j := end - 1; j > src; j-- {
		if r.kind(j) != text.Word || r.isCap(j) || r.l.InQuote[j] >= 0 {
			continue
		}
		if w := r.low(j); r.is(j, cPrep|cBy|cSubord) || introWords[w] || w == "including" || w == "beyond" || r.verbLike(j) {
			return j + 1
		}
	}
	return src
}

// Colon frames with a verb.

// colonVerb finds, in the phrase [src, colon) before a colon and a quotation, a verb that npRight took for a
// word of the name: "Mr. Reyes gloated: "C"", "The mediator resisted: "C"". The phrase is a clause, its
// subject the source and its predicate the cue. It returns the verb's token, or -1.
func (r *run) colonVerb(src, colon int) int {
	for v := src + 1; v < colon; v++ {
		if r.verbLike(v) && !strings.HasSuffix(r.low(v), "ing") && (r.isCap(v-1) || r.nounish(v-1)) && !r.is(v-1, cDet) {
			return v
		}
	}
	return -1
}

// sourceOpeners open a sentence before its subject without a comma and are no part of it: "Meanwhile Reyes
// said", "Perhaps young voters feel", "Alongside the union, drivers ..." as "Alongside drivers".
var sourceOpeners = map[string]bool{
	"meanwhile": true, "perhaps": true, "probably": true, "maybe": true, "soon": true, "alongside": true,
	"despite": true, "beyond": true, "just": true,
}

// openerOff drops such an opening word from a source [src, end): "Meanwhile Rihanna" gives "Rihanna", "Just 30
// percent of voters" gives "30 percent of voters".
func (r *run) openerOff(src, end int) int {
	if end-src < 2 || r.kind(src) != text.Word || r.l.InQuote[src] >= 0 {
		return src
	}
	if end-src > 2 && r.low(src) == "more" && r.low(src+1) == "from" {
		return src + 2 // "More from Jones: ...": a heading that introduces further quotations
	}
	if !wordset.Has(gSourceOpeners, r.low(src)) {
		return src
	}
	return src + 1
}
