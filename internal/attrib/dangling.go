package attrib

import (
	"cmp"
	"slices"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// danglingOpeners open a clause that must go on: a content cut right after one of them ("telling CNN that",
// "asking Sanders why") stopped only because the clause after it was taken first, as a statement of its own
// ("he thinks the Brexit is great"). PolNeAR gives each token one role and keeps such a clause in the outer
// content.
var danglingOpeners = map[string]bool{
	"that": true, "if": true, "whether": true, "why": true, "because": true, "how": true, "where": true,
	"which": true, "when": true,
}

// statementStart is the first byte of a statement's source, cue or content.
func statementStart(st *Statement) int {
	start := st.Content.Start
	if st.Cue != nil && st.Cue.Start < start {
		start = st.Cue.Start
	}
	if st.Source != nil && st.Source.Start < start {
		start = st.Source.Start
	}
	return start
}

// statementEnd is the last byte of a statement's source, cue or content.
func statementEnd(st *Statement) int {
	end := st.Content.End
	if st.Cue != nil && st.Cue.End > end {
		end = st.Cue.End
	}
	if st.Source != nil && st.Source.End > end {
		end = st.Source.End
	}
	return end
}

// absorbDangling joins to a content of sentence s that ends with a dangling opener the statement of this
// sentence that starts right after it: the outer content runs to that statement's end, and the inner
// statement goes ("saying on Friday that he thinks the Brexit is "a great thing"" is one statement).
func (r *run) absorbDangling(s text.Sentence) {
	lo := len(r.out)
	for lo > 0 && statementStart(&r.out[lo-1]) >= s.Start {
		lo--
	}
	if len(r.out)-lo < 2 {
		return
	}
	for ai := lo; ai < len(r.out); ai++ {
		a := &r.out[ai]
		if a.Cue == nil || a.Content.End < a.Cue.End {
			continue // a content before its cue ends at the cue
		}
		// The token the content ends with: a binary search, as a sentence of megabytes may hold thousands of
		// statements.
		t := -1
		if i, ok := slices.BinarySearchFunc(r.l.Tokens[s.FirstTok:s.EndTok], a.Content.End, func(tk text.Token, end int) int {
			return cmp.Compare(tk.End, end)
		}); ok {
			t = s.FirstTok + i
		}
		if t < 0 || t+1 >= s.EndTok || r.l.InQuote[t] >= 0 || !wordset.Has(gDanglingOpeners, r.low(t)) {
			continue
		}
		next := r.l.Tokens[t+1].Start
		for bi := lo; bi < len(r.out); bi++ {
			b := &r.out[bi]
			if bi == ai || b.Cue == nil || statementStart(b) != next {
				continue
			}
			end := statementEnd(b)
			a.Content.End = end
			if n := len(a.Pieces); n > 0 {
				a.Pieces[n-1].End = end
			}
			if b.Kind != Indirect && a.Kind == Indirect || a.Kind == Direct {
				a.Kind = Mixed
			}
			r.out = slices.Delete(r.out, bi, bi+1)
			if bi < ai {
				ai--
			}
			break
		}
	}
}
