package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
)

// publishVerbs put out a written statement: "issued a statement saying", "sent out a message urging".
var publishVerbs = map[string]bool{
	"issued": true, "issues": true, "issue": true, "issuing": true, "released": true, "releases": true,
	"release": true, "releasing": true, "sent": true, "sends": true, "send": true, "sending": true, "put": true,
	"puts": true, "putting": true, "posted": true, "posts": true, "published": true, "publishes": true,
	"circulated": true, "distributed": true, "emailed": true, "fired": true, "wrote": true, "writes": true,
}

// publishedNouns are what a statement is put out as.
var publishedNouns = map[string]bool{
	"statement": true, "statements": true, "message": true, "email": true, "e-mail": true, "tweet": true,
	"release": true, "letter": true, "memo": true, "note": true, "response": true, "video": true,
}

// publishedStatement handles a statement put out in writing with a gerund that says what it says: "The town
// released a statement Wednesday saying C", "She issued a statement calling on C". PolNeAR marks the
// whole "issued a statement saying" as the cue and the subject of the publishing verb as the source; the gerund
// rule alone would find no source, or take the statement for one.
func (r *run) publishedStatement(s text.Sentence) {
	for _, at := range r.gerundAt {
		g := int(at)
		if g-3 < s.FirstTok || r.claimed[g] || r.l.InQuote[g] >= 0 {
			continue
		}
		// The statement before the gerund, after the day, an addressee or a comma ("a statement Thursday night,
		// saying", "a text message to supporters saying").
		i := -1
		for j := g - 1; j > s.FirstTok && j >= g-7; j-- {
			if r.l.InQuote[j] >= 0 || r.claimed[j] || r.kind(j) == text.Quote {
				break
			}
			if has(gPublishedNouns, r.low(j)) {
				i = j
				break
			}
			if w := r.low(j); r.kind(j) == text.Punct && !r.is(j, cComma) || (strings.HasSuffix(w, "ed") && !r.isCap(j)) || r.is(j, cRelative|cAux) {
				break
			}
			if _, ok := r.verb(j); ok {
				break
			}
		}
		if i < 0 {
			continue
		}
		// The publishing verb, with "a", an adjective or "out" between: "put out a joint statement".
		v := -1
		for j := i - 1; j >= s.FirstTok && j >= i-4; j-- {
			if has(gPublishVerbs, r.low(j)) && !r.isCap(j) {
				v = j
				break
			}
			if w := r.low(j); !(r.is(j, cDet) || w == "out" || w == "off" || w == "back" || (r.kind(j) == text.Word && !r.isCap(j) && r.nounish(j))) {
				break
			}
		}
		if v < 0 {
			continue
		}
		vf, _ := r.verb(g)
		c := cue{first: g, verb: g, vf: vf}
		k, cueEnd := r.cueTail(c, g+1, s.EndTok)
		if k < s.EndTok && r.is(k, cColon|cComma) {
			k++ // "saying: "..."", "saying, if elected, she would ..."
		}
		if k < s.EndTok && r.low(k) == "that" && !r.x.opt.KeepComplementizer {
			k++
		}
		k, cueEnd = r.gerundStart(c, k, cueEnd, s.EndTok)
		if k >= s.EndTok {
			continue
		}
		end := r.gerundEnd(k, r.trimEnd(k, r.cutAtClaimed(k, r.nextGerundCue(k, s.EndTok))))
		end = r.gerundQuoteRunOn(k, r.quoteRunOn(k, end, s.EndTok), s.EndTok)
		if end <= k || r.anyClaimed(k, end) {
			continue
		}
		first := r.auxStart(v, s.FirstTok)
		se := r.subjectEnd(cue{first: first, verb: v}, s.FirstTok)
		src, srcEnd := r.npLeft(se, s.FirstTok), se
		if src < 0 && se == first {
			src, srcEnd = r.relativeAside(s, se) // "Ms. Lee, who spoke on Monday ..., issued a statement"
		}
		if src < 0 {
			continue
		}
		if w := r.low(src); src > s.FirstTok && (w == "who" || w == "which") {
			// "the group, which released a statement saying": the relative pronoun is the source.
		} else if src > s.FirstTok && !r.subjectStart(src, s.FirstTok) && !r.afterIntro(src, s) {
			continue
		}
		if r.anyClaimed(src, srcEnd) || r.anyClaimed(first, cueEnd) {
			continue
		}
		st := Statement{Rule: "published:" + vf.lemma, Medium: r.medium(s.FirstTok, s.EndTok),
			Evidence: "a statement put out with a gerund that says what it says"}
		r.add(st, src, srcEnd, first, cueEnd, [][2]int{{k, end}})
	}
}
