package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// beForms link a subject to a stance adjective: "are wary of", "remain confident".
var beForms = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "am": true, "remain": true,
	"remains": true, "remained": true,
}

// contractions end a pronoun token with a form of "be": "They’re supportive of".
var contractions = []string{"’re", "'re", "’s", "'s", "’m", "'m"}

// stanceAdj handles an attitude stated by an adjective: "Republicans are wary of the deal", "They’re also
// supportive of it", "He is convinced that C". The subject is the source; the cue runs from the form of "be"
// to the adjective and its preposition; what follows is the content.
func (r *run) stanceAdj(s text.Sentence) {
	if r.sc&cStanceAdj == 0 {
		return
	}
	for i := s.FirstTok + 1; i+1 < s.EndTok; i++ {
		if !r.is(i, cStanceAdj) || r.claimed[i] || r.l.InQuote[i] >= 0 {
			continue
		}
		// A form of "be", an auxiliary, "more", an -ly adverb or a contraction before it.
		if !r.is(i-1, cAux|cNotNP|cDet) && !r.adverbOrContraction(i-1) {
			continue
		}
		// Back over "also", "not", "more", "increasingly" to the form of "be".
		b := i - 1
		for b > s.FirstTok && i-b <= 3 && (r.is(b, cAux) && !wordset.Has(gBeForms, r.low(b)) || wordset.Has(gDegreeWords, r.low(b)) ||
			strings.HasSuffix(r.low(b), "ly") && len(r.low(b)) > 4) {
			b--
		}
		lw := r.low(b)
		suffix := ""
		for _, c := range contractions {
			if p := strings.TrimSuffix(lw, c); p != lw && pronounWords[p] != "" && p != "it" {
				suffix = c
			}
		}
		if !wordset.Has(gBeForms, lw) && suffix == "" || r.claimed[b] {
			continue
		}
		k := i + 1
		cueEnd := i + 1
		introduced := false
		switch next := r.low(k); {
		case next == "that":
			introduced = true
			if !r.x.opt.KeepComplementizer {
				k++
			}
		case next == "to" && k+1 < s.EndTok && r.kind(k+1) == text.Word && !r.is(k+1, cDet) && !r.isCap(k+1) && !r.nounishObject(k+1):
			introduced = true // "eager to prove": the infinitive is the content
			if !r.x.opt.KeepComplementizer {
				k++
			}
		case next == "of" || next == "about" || next == "to" || next == "with" || next == "in" || next == "on":
			k++
			cueEnd = k
		default:
			continue
		}
		if k >= s.EndTok {
			continue
		}
		end := r.clauseEnd(k, s.EndTok)
		if introduced {
			end = r.cutCoordinated(k, s.EndTok)
		} else {
			end = r.cutObject(k, end)
		}
		end = r.trimEnd(k, end)
		if end <= k || r.anyClaimed(k, end) {
			continue
		}
		// The subject: a contraction's pronoun ("They’re"), or the noun phrase before "be".
		st := Statement{Rule: "stance-adjective", Medium: r.medium(s.FirstTok, s.EndTok),
			Evidence: "a form of 'be' and a stance adjective with what it is about"}
		if suffix != "" {
			t := r.l.Tokens[b]
			cut := t.End - len(suffix)
			r.add(st, 0, 0, b, cueEnd, [][2]int{{k, end}})
			added := &r.out[len(r.out)-1]
			added.Source = &text.Span{Start: t.Start, End: cut}
			added.Cue.Start = cut
			i = end
			continue
		}
		src := r.npLeft(r.auxStart(b, s.FirstTok), s.FirstTok)
		if src < 0 || (src > s.FirstTok && !r.subjectStart(src, s.FirstTok) && !r.afterIntro(src, s)) || r.low(src) == "it" {
			continue
		}
		r.add(st, src, r.auxStart(b, s.FirstTok), r.auxStart(b, s.FirstTok), cueEnd, [][2]int{{k, end}})
		i = end
	}
}

// adverbOrContraction reports whether token i is an -ly adverb or ends in a contracted "be"; its last byte
// is tested first, as this runs for every token.
func (r *run) adverbOrContraction(i int) bool {
	p := r.low(i)
	if p == "" {
		return false
	}
	switch p[len(p)-1] {
	case 'y':
		return strings.HasSuffix(p, "ly")
	case 'e', 's', 'm':
		return hasContraction(p)
	}
	return false
}

// hasContraction reports whether w ends in a contracted form of "be" ("they’re", "he's").
func hasContraction(w string) bool {
	for _, c := range contractions {
		if strings.HasSuffix(w, c) {
			return true
		}
	}
	return false
}

// degreeWords may stand between "be" and a stance adjective.
var degreeWords = map[string]bool{"more": true, "less": true, "very": true, "so": true, "too": true, "deeply": true}
