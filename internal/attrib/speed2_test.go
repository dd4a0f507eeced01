package attrib

import (
	"testing"

	"github.com/parley-ledger/parley/internal/text"
)

// TestPhrasalAtMatchesMap: the particle bit never hides a particle phrasal knows, on every token of a few
// invented sentences and for every lemma of the table.
func TestPhrasalAtMatchesMap(t *testing.T) {
	x := New(Options{})
	for _, s := range []string{
		"The mayor fired back at critics on Monday, and the council played down the row.",
		"She CALLED FOR calm; they Weighed In and pointed out that the vote was close.",
		"Officials shot right back, saying the plan, 3 pages long, was struck down.",
		"Über-cautious aides backed away from it: «No», said one.",
	} {
		l := text.Analyze(s, 0)
		r := x.newRun(l)
		for i := range l.Tokens {
			for lemma := range phrasal {
				if got, want := r.phrasalAt(lemma, i), phrasal[lemma][r.low(i)]; got != want {
					t.Errorf("%q: token %q, lemma %q: phrasalAt %v, phrasal says %v", s, l.TokenText(i), lemma, got, want)
				}
			}
			if r.is(i, cParticle) != particleWords()[r.low(i)] {
				t.Errorf("%q: token %q: cParticle is %v", s, l.TokenText(i), r.is(i, cParticle))
			}
		}
		x.release(r)
	}
}

// TestWordSetsFit: every set has its own bit of the 16 tokInfo keeps for them.
func TestWordSetsFit(t *testing.T) {
	var seen wordSet
	for _, st := range setTables {
		if st.set == 0 || st.set&(st.set-1) != 0 || seen&st.set != 0 {
			t.Errorf("set %b: not one bit of its own", st.set)
		}
		seen |= st.set
	}
	// A word of every set reads back its sets through the index, above its verb reading.
	x0 := New(Options{})
	for _, st := range setTables {
		for w := range st.words {
			k := x0.ix.find(w)
			if k == 0 || x0.ix.entries[k].info.set() != setOf(w) || x0.ix.entries[k].info.form() >= uint32(len(x0.ix.forms)) {
				t.Errorf("%q: index entry %d does not hold its sets %b", w, k, setOf(w))
			}
		}
	}
}
