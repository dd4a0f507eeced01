package attrib

import "github.com/parley-ledger/parley/internal/text"

// Where content starts, part six: a verb of saying, then a short phrase that says where, when, how or to whom,
// then a comma or colon and a quotation that runs to the end of the sentence ("said at the hearing, "We will
// sign"", "told reporters simply: "No deal"", "added a warning: "Talks end today""). PolNeAR starts the
// content at the quotation: the phrase is the telling, not what was told. In train gold this moves 14 contents
// onto the gold span and none off it (a dev case of "added the words, "C"" keeps its noun: quoteNamingNouns).

// quoteSayLemmas are the verbs of saying after which the phrase stays out of the content. Verbs that take the
// phrase as their object ("called him "a fraud"", "quoting Lincoln: "..."", "recalled the strike: "...""),
// keep it.
var quoteSayLemmas = map[string]bool{
	"say": true, "tell": true, "add": true, "respond": true, "reply": true, "explain": true, "write": true,
	"tweet": true, "conclude": true, "chant": true, "declare": true, "remark": true,
}

// quoteNamingNouns name the quotation that follows them, which PolNeAR then keeps with its noun.
var quoteNamingNouns = map[string]bool{
	"words": true, "word": true, "phrase": true, "line": true, "lines": true, "slogan": true, "term": true,
	"message": true, "headline": true, "title": true, "name": true, "motto": true,
}

// quotePastIntro is where the content of a leading cue starts, and whether a mark introduces it, when
// quotePastPhrase finds a quotation past k that no "that" or colon has introduced.
func (r *run) quotePastIntro(c cue, k int, introduced bool, end int) (int, bool) {
	if introduced {
		return k, true
	}
	if q := r.quotePastPhrase(c, k, end); q > k {
		return q + 1, true
	}
	return k, false
}

// gerundQuotePast is where the content of a gerund cue starts when quotePastPhrase finds a quotation past k.
func (r *run) gerundQuotePast(c cue, k, end int) int {
	if q := r.quotePastPhrase(c, k, end); q > k {
		return q + 1
	}
	return k
}

// quotePastPhrase returns the comma or colon before a quotation that the content of cue c starts past, when
// the tokens from k to it are a phrase of at most ten words with no comma and no verb of its own, and the
// quotation runs to end (the sentence's end); otherwise it returns k.
func (r *run) quotePastPhrase(c cue, k, end int) int {
	if k >= end || r.l.InQuote[k] >= 0 || r.kind(k) != text.Word || r.low(k) == "that" || !c.vf.quoteSay {
		return k
	}
	for p := k; p+2 < end && p <= k+10; p++ {
		if r.l.InQuote[p] >= 0 {
			return k
		}
		if p > k && r.is(p, cColon|cComma) {
			if r.quoteOpening(p+1) < 0 {
				return k // the phrase goes on past its comma: "said Reid quieted the talks, telling them, "C""
			}
			if qe := r.quoteEnd(p + 1); qe < end && !r.onlyPunct(qe, end) || quoteNamingNouns[r.low(p-1)] {
				return k // the narrator goes on after the quotation, or the phrase names it: "added the words, "C""
			}
			return p
		}
		if r.kind(p) != text.Word && r.kind(p) != text.Number && !r.isPunct(p, "’s") && !r.isPunct(p, "'s") ||
			r.is(p, cPronoun) && nominativePronouns[r.low(p)] || r.is(p, cRelative|cAux) {
			return k // a clause ("he responded: "...""), a dash or a bracket
		}
		if vf, ok := r.verb(p); ok && (vf.gerund || r.low(p) != vf.lemma) && p > k && !r.is(p-1, cDet) && !possessiveDets[r.low(p-1)] {
			return k // a verb of its own, whose cue the quotation is: "by saying, "C"" (a bare form may be a noun: "offer")
		}
	}
	return k
}
