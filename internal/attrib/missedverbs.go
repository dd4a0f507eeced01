package attrib

import (
	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// missedverbs.go widens the "asked" frame (frames.go) to two openings it missed, where the cue is a verb we
// know but the frame did not reach it:
//
//   - a phrase of time or place before a question word other than whether/if, or before "about":
//     "Asked on a radio show who would lead the talks, ...", "Asked Monday about the strike, ...". PolNeAR
//     marks "Asked" as the cue, no source, and the question as the content, "about" included (as it does when
//     the phrase follows "by the host").
//   - "Asked" opening a sentence the splitter joined to the one before, because that one ended inside a
//     quotation: `... the grassroots." Asked which county ...`.
//
// Train counts (sentence-initial "Asked"/"When asked" before a phrase and a question word or "about"):
// 5 gold statements missed by the frame and fixed; the same opening with no gold statement: 0.
// Quotation before "Asked": 1 gold, 0 other.

// askedQuestionAt reports whether token j, inside the short phrase that starts at token k after "Asked",
// opens the question: a question word or "about" ("Asked on Monday who", "Asked at a briefing about"). After
// "to" only whether/if do, as before: "was asked to give a talk about X" asks for the talk.
func (r *run) askedQuestionAt(k, j int) bool {
	w := r.low(j)
	if w == "whether" || w == "if" {
		return true
	}
	return r.low(k) != "to" && (r.in(j, sWh) || w == "which" || w == "whom" || w == "about")
}

// dashGerund reads a dash before the gerund cue at token i as the comma of ", saying C": "The mayor left the
// talks – saying the offer came too late". It returns "," then, and pw, the word before i, otherwise.
// Train: 4 gold statements with a dash before saying/noting, 1 dash gerund that reports nothing.
func (r *run) dashGerund(i int, pw string) string {
	if i < 2 || r.kind(i-1) != text.Punct {
		return pw
	}
	if vf, ok := r.verb(i); !ok || !dashGerunds[vf.lemma] {
		return pw // "- adding one digit", "- casting the state as enforcer": no report
	}
	if t := r.tok(i - 1); t == "–" || t == "—" || r.spacedHyphen(i-1) {
		return ","
	}
	return pw
}

// dashGerunds are the verbs of saying read after a dash.
var dashGerunds = map[string]bool{"say": true, "note": true, "tell": true, "argue": true, "insist": true, "warn": true,
	"claim": true, "declare": true, "explain": true, "state": true, "write": true}

// A document or poll as subject, with a modifier after its noun, before a verb of finding: "A survey
// conducted by the network found C", "The report published Tuesday showed C", "An analysis by the site of
// races since 1972 showed C". PolNeAR's source is the whole noun phrase, modifier included; the leading frame
// took the last noun phrase alone ("the network"), which is no subject, or read the participle ("published
// Tuesday") as the cue. Train: 11 gold statements of this shape missed; the shape with no gold statement: 0.

// docNouns head a noun phrase that names a document, a poll or a count.
var docNouns = map[string]bool{"poll": true, "polls": true, "survey": true, "surveys": true, "report": true,
	"study": true, "studies": true, "analysis": true, "article": true, "email": true, "e-mail": true, "memo": true,
	"document": true, "documents": true, "records": true, "data": true, "audit": true, "review": true, "post": true,
	"tally": true, "tallies": true, "video": true, "paper": true, "letter": true, "filing": true}

// docVerbs are the verbs such a subject reports with.
var docVerbs = map[string]bool{"find": true, "show": true, "report": true, "say": true, "reveal": true,
	"indicate": true, "suggest": true, "conclude": true, "estimate": true}

// docSubject returns the span of a document subject that ends before token se, the cue's subject end, when
// cue c reports with it and [src, srcEnd), the subject found so far, is none or opens no clause; else that
// subject. own is false when the source is shared or an aside, which stay.
func (r *run) docSubject(s text.Sentence, c cue, se, src, srcEnd int, own bool) (int, int) {
	if !own || !docVerbs[c.vf.lemma] || c.vf.gerund || se <= s.FirstTok+2 || src >= 0 && (r.subjectStart(src, s.FirstTok) || r.afterIntro(src, s)) {
		return src, srcEnd
	}
	if h := r.docHead(s.FirstTok, se); h >= 0 {
		if a := r.npLeft(h+1, s.FirstTok); a >= 0 && a <= h && (r.subjectStart(a, s.FirstTok) || r.afterIntro(a, s)) {
			return a, se
		}
	}
	return src, srcEnd
}

// docHead finds, left of token se and at most 14 tokens back, a document noun followed by a participle that
// modifies it ("conducted by", "published Tuesday", "getting clicks") and reaches se with no clause of its own
// in between; it returns the noun's index, or -1. ("A poll in May" and "a survey by X" the leading frame reads.)
func (r *run) docHead(first, se int) int {
	for j := se - 1; j > first && j >= se-14; j-- {
		if r.kind(j) != text.Word {
			if r.is(j, cComma) && j != se-1 {
				continue // "obtained by Citizens United, the advocacy group,"
			}
			if !r.is(j, cComma) {
				return -1
			}
			continue
		}
		w := r.low(j)
		if w == "and" || w == "but" || w == "that" || w == "which" || w == "who" || w == "while" || w == "because" || r.l.InQuote[j] >= 0 {
			return -1
		}
		if vf, ok := r.verb(j); ok && !vf.participle && !vf.gerund && !docNouns[w] {
			return -1 // a finite verb: the clause is another
		}
		if !docNouns[w] || j+1 >= se {
			continue
		}
		n := r.low(j + 1)
		if r.kind(j+1) == text.Word && len(n) > 4 && (n[len(n)-2:] == "ed" || n[len(n)-3:] == "ing") {
			return j
		}
		return -1
	}
	return -1
}

// docModifier reports whether participle cue c modifies a document noun right before it while a verb of
// finding follows in the sentence: "The report published Tuesday showed C" is the report's finding, not the
// publishing.
func (r *run) docModifier(s text.Sentence, c cue) bool {
	if !c.vf.participle || c.first != c.verb || c.first-1 <= s.FirstTok || !docNouns[r.low(c.first-1)] {
		return false
	}
	for i := c.verb + 1; i < s.EndTok && i < c.verb+10; i++ {
		if vf, ok := r.verb(i); ok && docVerbs[vf.lemma] && !vf.gerund && r.docHead(s.FirstTok, r.auxStart(i, s.FirstTok)) == c.first-1 {
			// "found no record" reports only after research or with "that", as in the leading frame.
			return vf.frames&frameIntro == 0 || wordset.Has(gResearchNouns, r.low(c.first-1)) || i+1 < s.EndTok && r.low(i+1) == "that"
		}
	}
	return false
}
