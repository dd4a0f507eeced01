package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
)

// auxContractions are the auxiliaries a pronoun can carry in one token: "he's said", "they've argued", "I'd say".
var auxContractions = []string{"’s", "'s", "’re", "'re", "’ve", "'ve", "’ll", "'ll", "’d", "'d", "’m", "'m"}

// contractedPronoun reports, for a token such as "He's" or "they’ve", the byte offset where the contracted
// auxiliary starts, or -1 when the token is no subject pronoun with an auxiliary. PolNeAR splits such a token:
// the pronoun is the source and the auxiliary opens the cue ("He" / "’s telling").
func (r *run) contractedPronoun(i int) int {
	if i < 0 || r.kind(i) != text.Word || r.l.InQuote[i] >= 0 {
		return -1
	}
	w := r.low(i)
	if strings.IndexByte(w, '\'') < 0 && strings.IndexByte(w, "’"[2]) < 0 {
		return -1 // each contraction has an apostrophe, straight or curly
	}
	for _, c := range auxContractions {
		if p, ok := strings.CutSuffix(w, c); ok && (pronounWords[p] != "" || p == "who") && p != "it" {
			return r.l.Tokens[i].End - len(c)
		}
	}
	return -1
}

// splitContraction moves the auxiliary of a contracted subject token from the source to the cue of statement
// n, when it was added with that token as its source and its cue right after.
func (r *run) splitContraction(n, tok int) {
	if n >= len(r.out) {
		return
	}
	st := &r.out[n]
	cut := r.contractedPronoun(tok)
	t := r.l.Tokens[tok]
	if cut < 0 || st.Source == nil || st.Cue == nil || st.Source.Start != t.Start || st.Source.End != t.End {
		return
	}
	src := text.Span{Start: t.Start, End: cut}
	st.Source = &src
	st.Cue.Start = cut
}
