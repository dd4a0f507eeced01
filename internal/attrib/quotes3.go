package attrib

import "github.com/parley-ledger/parley/internal/text"

// quoteGoesOn reads `"C1," she said of the plan, "because C2."`: a trailing attribution interrupts one quoted
// sentence. The first quotation [cs, ce) closes on a comma, so the speaker's sentence is not over, and a second
// quotation opens later in the narrator's sentence, after a comma or straight after the attribution (a missing
// comma: `she said "C2"`); the narrator's words in between (attEnd up to that mark) are an aside ("of the
// plan", "two days later", "speaking to reporters"). The second quotation is the rest of what was said when it
// opens in lower case; in upper case only when no cue word sits in the aside (`she said, adding, "C2"` gives
// C2 to "adding"). A colon or a stop ends the search: what follows a colon is announced by the aside
// ("recalling: "C2"" is its own report). It returns the second quotation's opening mark, or -1.
func (r *run) quoteGoesOn(s text.Sentence, cs, ce, attEnd int) int {
	q := r.quoteOpening(cs)
	if q < 0 || r.l.Quotes[q].Close != ce-1 || ce-2 <= cs || !r.is(ce-2, cComma) {
		return -1
	}
	cueWord := false
	for i := attEnd; i < s.EndTok && i < attEnd+16; i++ {
		if r.claimed[i] {
			return -1
		}
		if r.quoteOpening(i) >= 0 {
			// `said the "plan"`, `told "Fox News"`: a quoted word in the narrator's clause. Without a comma the
			// quotation must follow the cue verb or a pronoun source.
			if i == attEnd && !r.is(i-1, cComma) && r.info[i-1].form() == 0 && !r.is(i-1, cPronoun) ||
				i != attEnd && !r.is(i-1, cComma) {
				return -1
			}
			if i+1 >= len(r.l.Tokens) || r.kind(i+1) != text.Word {
				return -1
			}
			if r.isCap(i+1) && (cueWord || r.low(i+1) == "i") {
				return -1
			}
			qe := r.quoteEnd(i)
			if r.anyClaimed(i, qe) || r.quotedTitle(i+1, qe) {
				return -1
			}
			return i
		}
		if r.is(i, cRelative) && r.low(i) == "that" {
			return -1 // "noting that she and her deputy "have met"": the quotation ends the narrator's clause
		}
		if r.l.InQuote[i] >= 0 {
			return -1
		}
		if r.kind(i) == text.Punct {
			switch r.tok(i) {
			case ".", "!", "?", ":", ";", "(", ")", "—", "–":
				return -1
			}
			continue
		}
		if r.info[i].form() != 0 {
			cueWord = true
		}
	}
	return -1
}

// quotedTitle reports whether the quotation whose words run from k to end is a title ("Face the Nation", "The
// Art of the Deal"): among its first dozen words, more start in upper case than in lower case.
func (r *run) quotedTitle(k, end int) bool {
	capWords, lowWords := 0, 0
	for i := k; i < end && capWords+lowWords < 12; i++ {
		if r.kind(i) != text.Word {
			continue
		}
		if r.isCap(i) {
			capWords++
		} else {
			lowWords++
		}
	}
	return capWords > lowWords
}

// dashLines reads a pull quote signed on the line below it: a paragraph that is one whole quotation, then a
// paragraph of a dash and a name ("- Jane Roe." or "—Jane Roe, a striking driver."). The dash is the cue, the
// name up to a comma the source, and the quotation the content. A dash line under narration is a byline and
// says nothing.
func (r *run) dashLines() {
	ps := r.l.Paragraphs
	for p := 1; p < len(ps); p++ {
		d := ps[p].FirstTok
		if ps[p].EndTok-d < 2 || ps[p].EndTok-d > 16 || r.kind(d) != text.Punct || r.claimed[d] {
			continue
		}
		if w := r.tok(d); w != "-" && w != "—" && w != "–" {
			continue
		}
		// The name: capitalised words, then a comma, a stop or the end of the line.
		end := d + 1
		for end < ps[p].EndTok && end < d+6 && r.kind(end) == text.Word && r.isCap(end) {
			end++
		}
		if end == d+1 || r.anyClaimed(d+1, end) {
			continue
		}
		if end < ps[p].EndTok && !r.is(end, cComma) && !(r.tok(end) == "." && end == ps[p].EndTok-1) {
			continue
		}
		first, last := ps[p-1].FirstTok, ps[p-1].EndTok-1
		q := r.quoteOpening(first)
		if q < 0 {
			continue
		}
		cl := r.l.Quotes[q].Close
		if cl < 0 || (cl != last && !(cl == last-1 && r.kind(last) == text.Punct)) || r.anyClaimed(first, cl+1) {
			continue
		}
		st := Statement{Rule: "dash-line", Evidence: "a quotation, then a line of a dash and its speaker's name"}
		r.add(st, d+1, end, d, d+1, [][2]int{{first, cl + 1}})
	}
}

// mannerQuotes reads `"C," Jane Roe scoffed.` and `"C," scoffed Jane Roe.`: a quotation that opens its sentence
// and closes on a comma, question or exclamation mark, then only a name (or a personal pronoun) and a verb in
// -ed. That slot holds a verb of saying whatever the verb ("barked", "surmised", "reacted"), so the lexicon need
// not list every manner of speaking. The attribution must end the sentence or reach a comma; the quotation and
// the words after it must still be free.
func (r *run) mannerQuotes() {
	for qi := range r.l.Quotes {
		q := r.l.Quotes[qi]
		cl := q.Close
		if cl < 0 || cl-q.Open < 3 || r.claimed[q.Open] || cl+3 >= len(r.l.Tokens) {
			continue
		}
		if p := r.tok(cl - 1); p != "," && p != "?" && p != "!" {
			continue
		}
		// The quotation opens its sentence; its attribution ends the sentence it closes in (a quotation of
		// several sentences closes in its last).
		if r.l.Sentences[r.sentenceOf(q.Open)].FirstTok != q.Open {
			continue
		}
		s := r.l.Sentences[r.sentenceOf(cl)]
		if cl+3 > s.EndTok {
			continue
		}
		k := cl + 1
		var srcFirst, srcEnd, verb int
		if r.mannerVerb(k) || r.looksPresent(k) {
			verb, srcFirst = k, k+1
			srcEnd = r.nameEnd(srcFirst, s.EndTok)
			// "beamed Jane Roe of Leeds, who ...": a place of origin goes with the name.
			if srcEnd > srcFirst && srcEnd+1 < s.EndTok && r.low(srcEnd) == "of" && r.isCap(srcEnd+1) {
				srcEnd = r.nameEnd(srcEnd+1, s.EndTok)
			}
		} else {
			srcFirst = k
			srcEnd = r.nameEnd(k, s.EndTok)
			verb = srcEnd
			if srcEnd == srcFirst || verb >= s.EndTok || !r.mannerVerb(verb) { // a name may end the sentence
				continue
			}
		}
		if srcEnd == srcFirst {
			continue
		}
		cueEnd := verb + 1
		if verb > srcFirst && cueEnd < s.EndTok && r.low(cueEnd) == "back" {
			cueEnd++ // "the crowd shouted back": the particle is the cue's
		}
		after := max(cueEnd, srcEnd)
		if after >= s.EndTok || (r.tok(after) != "." && !r.is(after, cComma)) || r.anyClaimed(q.Open, after) {
			continue
		}
		st := Statement{Rule: "inverted:manner", Evidence: "a quotation, then its source and a verb in -ed"}
		if verb > srcFirst {
			st.Rule = "trailing:manner"
		}
		pieces := [][2]int{{q.Open, cl + 1}}
		if j := r.quoteGoesOn(s, q.Open, cl+1, after); j >= 0 {
			pieces = append(pieces, [2]int{j, r.quoteEnd(j)}) // `"As things stand," she went on, "no one ..."`
		}
		r.add(st, srcFirst, srcEnd, verb, cueEnd, pieces)
	}
}

// mannerVerb reports whether token i is a lower-case word in -ed that is no auxiliary: the verb of an
// attribution after a quotation.
func (r *run) mannerVerb(i int) bool {
	w := r.low(i)
	return r.kind(i) == text.Word && !r.isCap(i) && len(w) > 4 && w[len(w)-2:] == "ed" && !r.is(i, cAux|cNotNP)
}

// nameEnd is the end of a name of one to four capitalised words from k, or of a personal pronoun there, or k.
func (r *run) nameEnd(k, end int) int {
	if k < end && r.is(k, cPronoun) && r.low(k) != "it" && r.low(k) != "you" {
		return k + 1
	}
	i := k
	for i < end && i < k+4 && r.kind(i) == text.Word && r.isCap(i) && !r.is(i, cPronoun) {
		i++
	}
	if i == k && k < end && r.is(k, cDet) && r.kind(k) == text.Word {
		// "an angry mayor": an article, then up to three words that are no preposition or verb in -ed.
		i = k + 1
		for i < end && i < k+4 && r.kind(i) == text.Word && !r.is(i, cNotNP|cPrep|cAux) && !r.mannerVerb(i) {
			i++
		}
		if i == k+1 {
			return k
		}
	}
	return i
}

// adjunctOpener reports whether the words that open a sentence before its source, [first, comma), are a
// prepositional phrase ("In his tribute, Roe said "there is ..."", "At the same time, she added, "we ...""): the
// narrator's frame for the report, which PolNeAR leaves out of the content (7 times in train against 1), unlike
// a clause or a subject that the quotation finishes ("If she wins, he said, "she might ..."").
func (r *run) adjunctOpener(first int) bool {
	return r.is(first, cPrep|cAs) && r.kind(first) == text.Word
}

// looksPresent reports whether token i is a lower-case word in -s that is no auxiliary: the verb of an inverted
// attribution in the present ("agrees Jane Roe").
func (r *run) looksPresent(i int) bool {
	w := r.low(i)
	return r.kind(i) == text.Word && !r.isCap(i) && len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' &&
		!r.is(i, cAux|cNotNP|cDet|cPrep|cPronoun)
}

// transcriptTurn extends the content [colon+1, ce) of a line "NAME: what they said" over the rest of its
// paragraph when the label is in capitals and opens the paragraph ("TAPPER: ... Take a listen."): a transcript's
// speaker turn, all of it said by that speaker, where a headline ("Jane Roe: Fares to rise") stops at its
// sentence.
func (r *run) transcriptTurn(s text.Sentence, first, srcEnd, colon, ce int) int {
	par := r.l.Paragraphs[s.Para]
	if par.FirstTok != first || s.EndTok >= par.EndTok {
		return ce
	}
	for i := first; i < srcEnd; i++ {
		if r.kind(i) != text.Word {
			continue
		}
		for _, b := range []byte(r.tok(i)) {
			if b >= 'a' && b <= 'z' {
				return ce
			}
		}
	}
	end := r.trimEnd(colon+1, par.EndTok)
	if r.anyClaimed(ce, end) {
		return ce
	}
	return end
}
