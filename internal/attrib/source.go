package attrib

// Source spans, part one: a description that closes the sentence after "C, according to X". In "Freight costs
// will triple, according to Lena Ortiz, a shipping broker." nothing follows the source but what describes it,
// so PolNeAR takes the description into the source span, as it does for a leading source ("Lena Ortiz, a
// shipping broker, said"). The description opens with "a", "an", "the" or "another", "one of", or a
// lower-case title word ("director of ..."), runs to the sentence's end and holds no quotation. In train gold
// 9 such sources hold the description (6 of them were cut short before this) and 1 leaves it out (a poll "by
// Latino Decisions, a public opinion research group", which the source already took); dev has 1, cut short.
// A number or a superlative after the comma ("two of the five counties", "the most of any candidate") sums up
// the content and stays out (2 train sources). A relative clause is left alone (ends.go): train gold takes it
// in twice and leaves it out once; so is "including ...", which more often lists what the content is about
// (ends4.go).

// accordingApposition is where the source of a trailing "according to X" ends when token ne is the comma after
// X and a description of X runs from it to the sentence's end at end; otherwise it returns ne.
func (r *run) accordingApposition(ne, end int) int {
	if ne+1 >= end || !r.is(ne, cComma) || r.l.InQuote[ne+1] >= 0 {
		return ne
	}
	e := r.trimEnd(ne+1, end)
	if e <= ne+1 || e-ne > 30 {
		return ne
	}
	f := ne + 1
	w := r.low(f)
	switch {
	case w == "one":
		if f+1 >= e || r.low(f+1) != "of" {
			return ne
		}
	case w == "a" || w == "an" || w == "the" || w == "another":
		// "the most of any candidate": a superlative sums up the content, it describes no source
		if f+1 < e && (r.low(f+1) == "most" || r.low(f+1) == "least" || r.low(f+1) == "largest" || r.low(f+1) == "biggest") {
			return ne
		}
	case r.in(f, sTitle) && !r.isCap(f):
	default:
		return ne
	}
	for i := f; i < e; i++ {
		if r.l.InQuote[i] >= 0 || r.is(i, cColon) || r.isPunct(i, ";") {
			return ne
		}
	}
	return e
}

// titleApposition reports whether the sentence ends, after the comma at token ne, in a title and what it heads
// ("according to Ana Ruiz, director of the port authority.") or in "one of ...": a description of the source,
// not the rest of a content that the source interrupts.
func (r *run) titleApposition(ne, end int) bool {
	return ne+1 < end && (r.in(ne+1, sTitle) && !r.isCap(ne+1) || r.low(ne+1) == "one") && r.accordingApposition(ne, end) > ne
}
