package attrib

import "github.com/parley-ledger/parley/internal/text"

// Cue spans of statements whose cue follows the content ("C," she said ...): PolNeAR's annotators keep a
// short manner phrase that closes the sentence in the cue: "she said with a grin."

// mannerSayers are the verbs of saying whose "with" phrase tells how it was said ("added with a laugh"), not
// with what or whom ("charged with", "disagrees with").
var mannerSayers = map[string]bool{
	"say": true, "add": true, "ask": true, "reply": true, "joke": true, "quip": true, "explain": true,
	"recall": true, "note": true, "continue": true, "respond": true, "insist": true,
}

// trailingCueEnd extends a trailing or inverted cue of a verb of lemma that ends before
// token end, in a sentence ending before token sEnd.
func (r *run) trailingCueEnd(lemma string, end, sEnd int) int {
	if end >= sEnd || r.low(end) != "with" || !mannerSayers[lemma] || r.l.InQuote[end] >= 0 {
		return end
	}
	// "said with a laugh.", "said with disbelief,": at most three lower-case words, then punctuation.
	for j := end + 1; j < sEnd && j <= end+4; j++ {
		if r.kind(j) != text.Word {
			if j > end+1 && r.kind(j) == text.Punct && (r.is(j, cComma) || r.isPunct(j, ".")) {
				return j
			}
			return end
		}
		if r.isCap(j) {
			return end
		}
	}
	return end
}

// participleOnly are past participles of cue verbs that cannot be simple past tenses: without an auxiliary
// before them they head a reduced relative or an absolute phrase ("a state seen as critical", "a developer
// known to be bullish on golf"), whose noun is what is seen or known, not who sees or knows it.
var participleOnly = map[string]bool{
	"seen": true, "known": true, "shown": true, "written": true, "spoken": true, "given": true, "chosen": true,
}

// nestedThat reports whether the subject at src opens the "that" clause of a cue verb before it ("announced
// that he would not seek the presidency", "saying that they supported"), and cue c is not "say": the clause
// is that verb's content, and PolNeAR rarely marks the stance inside it as a statement of its own.
func (r *run) nestedThat(c cue, src, min int) bool {
	if c.vf.lemma == "say" || src-2 < min || r.low(src-1) != "that" {
		return false
	}
	_, ok := r.verb(src - 2)
	return ok || r.is(src-2, cCueNoun) || r.low(src-2) == "clear" || r.low(src-2) == "fact"
}
