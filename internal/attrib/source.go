package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Source spans, part one: a description that closes the sentence after "C, according to X". In "Freight costs
// will triple, according to Lena Ortiz, a shipping broker." nothing follows the source but what describes it,
// so PolNeAR takes the description into the source span, as it does for a leading source ("Lena Ortiz, a
// shipping broker, said"). The description opens with "a", "an", "the" or "another", "one of", or a
// lower-case title word ("director of ..."), runs to the sentence's end and holds no quotation. In train gold
// 9 such sources hold the description (6 of them were cut short before this) and 1 leaves it out (a poll by a
// named polling firm, which the source already took whole); dev has 1, cut short before this.
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

// Source spans, part two: a noun of speech owned by the source. "Her remarks suggested that C", "The union's
// statement then declares C", "Okafor's comment highlighted C": PolNeAR takes only the owner as the source and
// opens the cue with the noun ("remarks suggested"), as it does when the noun is the cue itself ("her comments
// on C"). In train gold, of the statements whose source or cue holds "<possessive> (word) statement(s),
// remark(s), comment(s), disclosure or language", 17 have the owner alone as the source and 1 keeps the noun in
// it ("<judge>'s comments from the bench brought ..."); 6 of the 17 had the noun in our source before this.
// Other nouns go both ways ("her response was" but "his response focused on"; "his speech carried", "her
// tweet included" keep the noun) and stay in the source. The owner must open the source: after a preposition
// ("a spokesman familiar with his remarks said") it is not the speaker.

// possessedCueNouns are the nouns of speech that leave the source for the cue after a possessive.
var possessedCueNouns = map[string]bool{
	"statement": true, "statements": true, "remark": true, "remarks": true, "comment": true, "comments": true,
	"disclosure": true, "language": true,
}

var gPossessedCueNouns = wordset.NewGate(possessedCueNouns)

// possessedSpeechNoun moves the noun of speech at the end of source [src, srcEnd), and a word before it, into the cue
// that starts right after the source at cueFirst: it returns the new source end and cue start.
func (r *run) possessedSpeechNoun(src, srcEnd, cueFirst int) (int, int) {
	if srcEnd != cueFirst || srcEnd-src < 2 || srcEnd-src > 8 {
		return srcEnd, cueFirst
	}
	for p := src; p < srcEnd-1; p++ {
		w := r.low(p)
		if r.is(p, cPrep) {
			break // "a Democrat familiar with his remarks": the owner is not the source
		}
		if !possessiveWord(w) && !(r.is(p, cDet) && wordset.Has(gPossessiveDets, w)) || r.l.InQuote[p] >= 0 { // possessiveDets are determiners
			continue
		}
		// The owner, then the noun, at most one lower-case word between: "her financial disclosure".
		for q := p + 1; q < srcEnd && q <= p+2; q++ {
			if r.kind(q) != text.Word || r.isCap(q) {
				break
			}
			if wordset.Has(gPossessedCueNouns, r.low(q)) {
				return p + 1, p + 1
			}
		}
		return srcEnd, cueFirst
	}
	return srcEnd, cueFirst
}

// Source spans, part three: names garbled by a wrong decoding. Some PolNeAR texts hold UTF-8 read as Latin-1:
// "Peña" is "PeÃ±a", "François" is "FranÃ§ois". The tokenizer splits such a word at the symbol ("PeÃ", "±",
// "a"), and the noun phrase walking left stopped there, giving "a Nieto" or "ois Hollande" as the source. Gold
// always takes the whole name: this fixes 8 train sources (7 were cut inside the name, 1 was missing) and 1 in
// dev, and breaks none. A symbol after a space ("KÃ rner") stays a break: that is no longer one word.

// mojibakeStart is the first token of the garbled word that ends at token i: a word glued to a symbol that is
// glued to a word ending in "Ã" or "Â" (the lead byte of a two-byte character read alone), repeated; or i.
func (r *run) mojibakeStart(i, min int) int {
	m := i
	for m-2 >= min && r.kind(m) == text.Word && r.kind(m-1) == text.Punct && r.l.InQuote[m-2] < 0 {
		a, p, b := r.l.Tokens[m-2], r.l.Tokens[m-1], r.l.Tokens[m]
		if a.End != p.Start || p.End != b.Start || r.kind(m-2) != text.Word {
			break
		}
		// The texts hold the letter composed or as "A" and a combining mark.
		if w := r.tok(m - 2); !strings.HasSuffix(w, "Ã") && !strings.HasSuffix(w, "Â") &&
			!strings.HasSuffix(w, "A\u0303") && !strings.HasSuffix(w, "A\u0302") {
			break
		}
		m -= 2
	}
	return m
}
