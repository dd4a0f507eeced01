package attrib

import (
	"cmp"
	"container/heap"
	"math"
	"slices"
	"strings"

	"github.com/parley-ledger/parley/internal/text"
)

// titleWords head a title that a comma may separate from the name it introduces ("Ukrainian President,
// Volodymyr Zelenskyy") and that name a role rather than a person.
var titleWords = map[string]bool{
	"president": true, "minister": true, "secretary": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "envoy": true, "leader": true, "chief": true, "chairman": true, "chairwoman": true,
	"chair": true, "director": true, "ambassador": true, "governor": true, "senator": true, "mayor": true,
	"general": true, "commander": true, "negotiator": true, "adviser": true, "advisor": true, "official": true,
	"head": true, "premier": true, "chancellor": true, "representative": true, "congressman": true,
	"congresswoman": true, "candidate": true, "nominee": true, "executive": true, "manager": true,
	"officer": true, "founder": true, "analyst": true, "professor": true, "economist": true, "aide": true,
	"strategist": true, "lawyer": true, "attorney": true, "judge": true, "speaker": true, "king": true,
	"queen": true, "prince": true, "diplomat": true, "organiser": true, "organizer": true, "member": true,
}

// objectPronouns can be the addressee of "told".
var objectPronouns = map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true, "you": true, "reporters": true, "journalists": true, "lawmakers": true, "parliament": true}

// subjectLeft are words after which a subject may begin.
var subjectLeft = map[string]bool{
	"that": true, "after": true, "as": true, "when": true, "while": true, "because": true, "and": true,
	"but": true, "since": true, "though": true, "although": true, "if": true, "so": true, "where": true,
	"before": true, "until": true, "whereas": true, "now": true, "then": true, "yet": true, "meanwhile": true,
	"however": true, "also": true, "but,": true, "which": true, "who": true, "why": true, "what": true,
	"how": true, "even": true,
}

// nounish reports whether token i can sit inside a noun phrase.
func (r *run) nounish(i int) bool {
	k := r.kind(i)
	if k == text.Number {
		return true
	}
	if k != text.Word {
		return false
	}
	lw := r.low(i)
	if r.isCap(i) && (isAcronym(r.tok(i)) || !r.is(i, cNotNP|cPronoun)) {
		return true // "US envoy", "Will Vernon" are names; a capitalised "But" or "He" is not
	}
	if r.is(i, cNotNP|cPronoun|cPrep) {
		return false
	}
	if _, verb := r.verb(i); verb {
		return false
	}
	return !(strings.HasSuffix(lw, "ly") && len(lw) > 4)
}

func isAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if (w[i] < 'A' || w[i] > 'Z') && w[i] != '.' {
			return false
		}
	}
	return true
}

// possessiveMark reports whether the quote token i is the apostrophe of a plural possessive ("workers' union").
func (r *run) possessiveMark(i int) bool {
	t := r.l.Tokens[i]
	p := r.l.Text[t.Start:t.End]
	if (p != "'" && p != "’") || i == 0 || r.l.Tokens[i-1].End != t.Start || r.l.InQuote[i] >= 0 {
		return false
	}
	prev := r.low(i - 1)
	return strings.HasSuffix(prev, "s") && i+1 < len(r.l.Tokens) && r.l.Tokens[i+1].Start > t.End && r.kind(i+1) == text.Word
}

// npLeft finds the noun phrase that ends just before token end, beginning no earlier than min. It returns the
// phrase's first token, or -1. A pronoun is a phrase on its own; appositions and relative clauses set off by
// commas ("Jane Doe, the union's negotiator, said") belong to the phrase.
func (r *run) npLeft(end, min int) int { return r.npLeftOpt(end, min, false) }

// npLeftOpt is npLeft; trailing says the phrase follows content and a comma ("C, Peru's trade minister, Rosa
// Quispe, said"), so an apposition's head may itself follow a comma.
func (r *run) npLeftOpt(end, min int, trailing bool) int {
	i := end - 1
	if i < min || r.l.InQuote[i] >= 0 || r.claimed[i] {
		return -1
	}
	if r.isPunct(i, ",") {
		return r.appositionLeft(i, min, trailing)
	}
	if r.is(i, cPronoun) || (r.low(i) == "who" && i > min && (r.isPunct(i-1, ",") || r.nounish(i-1))) {
		return i
	}
	start := -1
	for n := 0; i >= min && n < 16; n++ {
		if r.l.InQuote[i] >= 0 || r.claimed[i] {
			break
		}
		t := r.l.Tokens[i]
		lw := r.low(i)
		switch t.Kind {
		case text.Word, text.Number:
			switch {
			case determiners[lw]:
				start = i
				// "a spokesperson for the Ministry": go on over the preposition when a noun precedes it.
				if i-2 >= min && r.is(i-1, cPrep) && r.nounish(i-2) && start >= 0 {
					i--
					continue
				}
				return start
			case npPreps[lw] && !r.isCap(i):
				if start < 0 || i-1 < min || !r.nounish(i-1) {
					return start
				}
			case r.nounish(i):
				start = i
			default:
				return start
			}
		case text.Punct:
			p := r.tok(i)
			switch {
			case p == ")":
				j := i - 1
				for j >= min && !r.isPunct(j, "(") && j > i-8 {
					j--
				}
				if j < min || !r.isPunct(j, "(") {
					return start
				}
				i = j
				start = j
			case p == "." && start >= 0 && i-1 >= min && r.kind(i-1) == text.Word && len(r.tok(i-1)) <= 4 && r.isCap(i-1):
				// Mr. Smith, Gen. Jones
			case (p == "-" || p == "&" || p == "/") && start >= 0 && i-1 >= min && r.nounish(i-1):
			case p == "," && start >= 0 && r.isCap(start) && i-1 >= min && titleWords[r.low(i-1)]:
				// Ukrainian President, Volodymyr Zelenskyy
			default:
				return start
			}
		case text.Quote:
			// "the Northern Rail Workers' Union": a possessive apostrophe glued to a plural.
			if !r.possessiveMark(i) || start < 0 {
				return start
			}
		default:
			return start
		}
		if start < 0 && i < end-1 {
			return -1
		}
		i--
	}
	if start >= 0 && r.is(start, cPrep) {
		start++
	}
	return start
}

// appositionLeft handles "X, APPOSITION, said" where comma is the comma before the cue.
func (r *run) appositionLeft(comma, min int, trailing bool) int {
	// Walk left over comma-set segments — appositions ("a founder of Third Way", "22", "of Flint") and relative
	// clauses ("who oversaw ...") — until a head with a capital stands where a subject can start.
	for seg := 0; seg < 4; seg++ {
		j := comma - 1
		for j >= min && j > comma-40 {
			if r.l.InQuote[j] >= 0 || r.claimed[j] {
				return -1
			}
			if r.kind(j) == text.Punct {
				p := r.tok(j)
				if p == "," {
					break
				}
				if p == ";" || p == ":" || p == "?" || p == "!" {
					return -1
				}
			}
			j--
		}
		if j < min || !r.isPunct(j, ",") || j == comma-1 {
			return -1
		}
		first := r.low(j + 1)
		relative := first == "who" || first == "which" || first == "whose" || first == "whom"
		if !relative {
			if comma-j > 16 {
				return -1
			}
			for k := j + 1; k < comma; k++ {
				if r.kind(k) == text.Word && verbLike[r.low(k)] {
					return -1
				}
			}
		}
		if head := r.npLeftOpt(j, min, false); head >= 0 && r.capIn(head, j) &&
			(r.subjectStart(head, min) || (trailing && head > min && r.isPunct(head-1, ",")) || r.afterIntroAt(head, min)) {
			return head
		}
		comma = j
	}
	return -1
}

// verbLike are words that show a comma-set segment is a clause, not an apposition.
var verbLike = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true, "will": true,
	"would": true, "said": true, "says": true, "told": true, "did": true, "does": true, "can": true,
	"could": true, "should": true, "may": true, "might": true, "must": true, "but": true, "if": true,
	"because": true, "when": true, "while": true, "although": true,
}

// capIn reports whether tokens [a, b) hold a capitalised word.
func (r *run) capIn(a, b int) bool {
	for k := a; k < b; k++ {
		if r.isCap(k) {
			return true
		}
	}
	return false
}

// afterIntro reports whether token i follows the comma that closes an introductory phrase of sentence s: "In
// a series of posts Sunday, Mr. Frum wrote".
func (r *run) afterIntro(i int, s text.Sentence) bool { return r.afterIntroAt(i, s.FirstTok) }

func (r *run) afterIntroAt(i, min int) bool {
	if i <= min+1 || !r.isPunct(i-1, ",") {
		return false
	}
	first := r.low(min)
	if !(r.is(min, cPrep) || subordinators[first] || timeWords[first] || first == "during" || first == "earlier" ||
		first == "later" || first == "just" || first == "meanwhile" || first == "still" || first == "now") {
		return false
	}
	for k := min; k < i-1; k++ {
		if r.isPunct(k, ",") || r.l.InQuote[k] >= 0 {
			return false
		}
	}
	return true
}

// subjectStart reports whether a subject may begin at token i: at the sentence start, after punctuation other
// than a comma, after a conjunction or a single opening word ("Even Rendell said").
func (r *run) subjectStart(i, min int) bool {
	if i <= min {
		return true
	}
	lt := i - 1
	if r.kind(lt) == text.Quote {
		return true
	}
	if r.kind(lt) == text.Punct {
		return !r.isPunct(lt, ",") || lt == min
	}
	return subjectLeft[r.low(lt)] || lt == min
}

// npRight finds a noun phrase starting at token k and ending before end; it returns the end (exclusive), or k.
func (r *run) npRight(k, end int) int { return r.npRightOpt(k, end, true) }

// npRightOpt is npRight; appositions after a comma are taken only when apposition is set.
func (r *run) npRightOpt(k, end int, apposition bool) int {
	i := k
	for i < end && i-k < 16 {
		if r.l.InQuote[i] >= 0 {
			break
		}
		t := r.l.Tokens[i]
		lw := r.low(i)
		if t.Kind == text.Word || t.Kind == text.Number {
			if determiners[lw] || r.nounish(i) || (i == k && pronounWords[lw] != "") {
				i++
				if i-1 == k && pronounWords[lw] != "" {
					return i
				}
				continue
			}
			if npPreps[lw] && i > k && i+1 < end && (r.nounish(i+1) || r.is(i+1, cDet)) && !timeWords[r.low(i+1)] {
				i++
				continue
			}
			break
		}
		if t.Kind == text.Punct {
			p := r.tok(i)
			if p == "." && i > k && len(r.tok(i-1)) <= 4 && r.isCap(i-1) && i+1 < end && r.isCap(i+1) {
				i++
				continue
			}
			if p == "," && apposition && i > k && i+1 < end && (r.is(i+1, cDet) || r.nounish(i+1)) && r.appositionRight(i+1, end) {
				i++
				continue
			}
			if (p == "(" || p == ")" || p == "-" || p == "&") && i > k {
				i++
				continue
			}
		}
		if t.Kind == text.Quote && i > k && r.possessiveMark(i) {
			i++
			continue
		}
		break
	}
	for i > k && r.kind(i-1) == text.Punct && !r.isPunct(i-1, ")") && !r.isPunct(i-1, ".") {
		i--
	}
	return i
}

// sourceRight finds an inverted source after its cue: a noun phrase and the appositions and relative clauses
// set off by commas that describe it ("said Wilcox, an Orlando Republican who founded ...").
func (r *run) sourceRight(k, end int) int {
	ne := r.npRight(k, end)
	if ne == k {
		return k
	}
	// "said the man who built his career on ...": a restrictive relative clause runs to the sentence's end.
	if ne < end && (r.low(ne) == "who" || r.low(ne) == "whose") {
		j := ne
		for j < end && r.l.InQuote[j] < 0 && !r.isPunct(j, ",") && !r.isPunct(j, ".") && !r.isPunct(j, ";") {
			j++
		}
		ne = j
	}
	for ne < end && r.isPunct(ne, ",") && ne+1 < end {
		n := ne + 1
		lw := r.low(n)
		if !(r.is(n, cDet) || r.kind(n) == text.Number || r.nounish(n) || lw == "who" || lw == "which" || lw == "of") || (r.is(n, cPrep) && lw != "of") {
			break
		}
		j := n
		for j < end && !r.isPunct(j, ",") && r.l.InQuote[j] < 0 && !(r.kind(j) == text.Punct && (r.tok(j) == "." || r.tok(j) == ";")) {
			j++
		}
		if j < end && r.l.InQuote[j] >= 0 {
			break
		}
		ne = j
	}
	return ne
}

// appositionRight reports whether the tokens from k up to the next comma, stop or end are noun-ish.
func (r *run) appositionRight(k, end int) bool {
	for i := k; i < end; i++ {
		if r.kind(i) == text.Punct {
			p := r.tok(i)
			if p == "-" || p == "&" || p == "(" || p == ")" || p == "/" {
				continue // "the A.F.L.-C.I.O.", "R&D", "(D-Wash.)"
			}
			return p == "," || p == "."
		}
		if r.kind(i) == text.Word && !r.nounish(i) && !r.is(i, cDet) && !r.is(i, cPrep) {
			return false
		}
	}
	return true
}

// contentStart is where content that ends a sentence's attribution begins: the sentence start, or the opening of
// a quotation that began in an earlier sentence.
func (r *run) contentStart(s text.Sentence) int {
	cs := s.FirstTok
	if q := r.l.InQuote[cs]; q >= 0 && r.l.Quotes[q].Open < cs {
		cs = r.l.Quotes[q].Open
	}
	return cs
}

// boundaryBefore reports whether token i (just before a source or cue) closes content: a comma, a dash, or a
// closing quote mark right after a comma, question or exclamation mark. It returns the content's end (exclusive).
func (r *run) boundaryBefore(i int) (int, bool) {
	if i < 0 {
		return 0, false
	}
	if r.kind(i) == text.Punct {
		p := r.tok(i)
		if p == "," || p == "—" || p == "–" {
			return i, true
		}
	}
	if r.quoteClosing(i) && i > 0 {
		j := i - 1
		for j > 0 && r.kind(j) == text.Quote && !r.quoteClosing(j) {
			j-- // "... I can win anywhere,'" said: a single quote closes inside the double one
		}
		p := r.tok(j)
		if p == "," || p == "?" || p == "!" || p == "—" || p == "…" || p == "." {
			return i + 1, true
		}
	}
	return 0, false
}

// tailOK reports whether the tokens from k to the sentence end are only a stop, closers or an adverbial tail
// ("on Monday", "in a statement", "told CNN"). It returns where an interrupting quotation resumes, or -1.
func (r *run) tailOK(k int, s text.Sentence) (resume int, ok bool) {
	end := s.EndTok
	i := k
	inPhrase := false
	for i < end {
		t := r.l.Tokens[i]
		if t.Kind == text.Punct {
			p := r.tok(i)
			inPhrase = false
			if (p == "," || p == ":") && i+1 < end && r.quoteOpening(i+1) >= 0 {
				return i + 1, true
			}
			if p == "." || p == "!" || p == "?" || p == ")" {
				i++
				continue
			}
			if p == "," {
				if i+1 < end && (clauseBreaks[r.low(i+1)] || (strings.HasSuffix(r.low(i+1), "ing") && !r.isCap(i+1))) {
					return -1, true // "..., he said, as he traced her career": the narrator goes on
				}
				i++
				continue
			}
			return -1, false
		}
		if t.Kind == text.Quote {
			if r.quoteClosing(i) || r.l.InQuote[i] < 0 {
				i++
				continue
			}
			return -1, false
		}
		if r.l.InQuote[i] >= 0 {
			return -1, false
		}
		lw := r.low(i)
		// A tail opens with a preposition or a time word ("on Monday", "in a statement", "told CNN"); only then
		// may nouns follow, so that "said the offer fell short" is not read as "C, said X".
		opener := npPreps[lw] || lw == "during" || lw == "after" || lw == "before" || lw == "via" || lw == "told" ||
			lw == "late" || lw == "early" || lw == "earlier" || lw == "yesterday" || lw == "today" || lw == "last" ||
			lw == "this" || lw == "tonight" || timeWords[lw] || lw == "afterwards" || lw == "later"
		if opener || (inPhrase && (r.nounish(i) || determiners[lw] || (r.kind(i) == text.Word && !notNP[lw]))) {
			inPhrase = true
			i++
			continue
		}
		return -1, false
	}
	return -1, true
}

// timeWords name days, months and parts of the day: "on Friday" ends a source ("the Ministry on Friday").
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "week": true, "weekend": true, "month": true, "year": true,
	"today": true, "yesterday": true, "tonight": true, "monday's": true, "friday's": true,
}

// quoteEnd is the token after the end of the quotation that opens at token k (its closing mark, or the end of its
// paragraph when unclosed).
func (r *run) quoteEnd(k int) int {
	q := r.l.Quotes[r.l.InQuote[k]]
	if q.Close >= 0 {
		return q.Close + 1
	}
	return r.l.Paragraphs[q.Para].EndTok
}

// trailing tries "C, X said" and "C, said X" with cue c.
func (r *run) trailing(s text.Sentence, c cue) bool {
	if c.vf.frames&(frameSay|frameInv) == 0 || c.vf.gerund {
		return false
	}
	cs := r.contentStart(s)
	// C, X said  /  C, X told ABC
	after := c.verb + 1
	if c.vf.frames&frameTell != 0 && after < s.EndTok && r.l.InQuote[after] < 0 {
		if objectPronouns[r.low(after)] {
			after++
		} else if ne := r.sourceRight(after, s.EndTok); ne > after {
			after = ne
		}
	}
	if src := r.npLeftOpt(c.first, s.FirstTok, true); src > s.FirstTok {
		if ce, ok := r.boundaryBefore(src - 1); ok && ce-cs >= 1 {
			if resume, ok := r.tailOK(after, s); ok && ce-cs >= 2 {
				st := r.finishTrailing(s, c, cs, ce, src, c.first, resume, c.first, c.verb+1)
				if st && after > c.verb+1 && r.out[len(r.out)-1].Medium == "" {
					r.out[len(r.out)-1].Medium = r.mediaRun(c.verb+1, after)
				}
				return st
			}
			// "Within marriages, they said, women now have more say": the attribution interrupts the content.
			k := c.verb + 1
			if k+1 < s.EndTok && r.isPunct(k, ",") && r.quoteOpening(k+1) < 0 && r.quoteOpening(cs) < 0 && !r.onlyPunct(k+1, s.EndTok) &&
				!clauseBreaks[r.low(k+1)] &&
				s.EndTok-k > 3 && !r.anyClaimed(cs, s.EndTok) && !r.anyClaimed(src, k) {
				st := Statement{Rule: c.vf.rules.parenthetical, Medium: r.medium(s.FirstTok, s.EndTok),
					Evidence: "content interrupted by its source and cue set off by commas"}
				r.add(st, src, c.first, c.first, c.verb+1, [][2]int{{cs, r.trimEnd(cs, ce)}, {k + 1, r.trimEnd(k+1, s.EndTok)}})
				return true
			}
		}
	}
	// C, said X
	if c.first == c.verb && c.vf.frames&frameInv != 0 && c.verb > s.FirstTok {
		// "Jane Doe, the negotiator, said the offer fell short": what precedes is the subject, not content.
		if ce, ok := r.boundaryBefore(c.verb - 1); ok && ce-cs >= 2 && (r.quoteOpening(cs) >= 0 || r.npLeft(c.verb, s.FirstTok) != s.FirstTok) {
			ne := r.sourceRight(c.verb+1, s.EndTok)
			if ne > c.verb+1 {
				if resume, ok := r.tailOK(ne, s); ok {
					return r.finishTrailing(s, c, cs, ce, c.verb+1, ne, resume, c.verb, c.verb+1)
				}
				// "Any interpretation, said Michael Kofman, an expert on Russia, would read this as ...".
				if ne+2 < s.EndTok && r.isPunct(ne, ",") && r.quoteOpening(ne+1) < 0 && r.quoteOpening(cs) < 0 &&
					!r.anyClaimed(cs, s.EndTok) {
					st := Statement{Rule: c.vf.rules.parenthetical, Medium: r.medium(s.FirstTok, s.EndTok),
						Evidence: "content interrupted by its cue and source set off by commas"}
					r.add(st, c.verb+1, ne, c.verb, c.verb+1, [][2]int{{cs, r.trimEnd(cs, ce)}, {ne + 1, r.trimEnd(ne+1, s.EndTok)}})
					return true
				}
			}
		}
	}
	return false
}

func (r *run) finishTrailing(s text.Sentence, c cue, cs, ce, srcFirst, srcEnd, resume, cueFirst, cueEnd int) bool {
	if r.anyClaimed(cs, ce) || r.anyClaimed(srcFirst, srcEnd) {
		return false
	}
	// "Speaking to CNN, he said: "...": what precedes is an opening phrase and the quotation is the content.
	if resume >= 0 && r.quoteOpening(cs) < 0 {
		return false
	}
	pieces := [][2]int{{cs, r.trimEnd(cs, ce)}}
	if resume >= 0 {
		qe := r.quoteEnd(resume)
		pieces = append(pieces, [2]int{resume, qe})
	}
	st := Statement{Rule: c.vf.rules.trailing, Medium: r.medium(s.FirstTok, s.EndTok), Evidence: "content, then its source and cue"}
	if srcFirst > cueFirst {
		st.Rule = c.vf.rules.inverted
		st.Evidence = "content, then cue and source"
	}
	r.add(st, srcFirst, srcEnd, cueFirst, cueEnd, pieces)
	return true
}

// leading tries "X said (that) C", "X told Y (that) C" and "X said: "C"".
func (r *run) leading(s text.Sentence, c cue) {
	if c.vf.participle && !c.vf.gerund && c.verb > s.FirstTok {
		// "Clinton was declared the winner": in the passive the subject is not the speaker.
		b := c.verb - 1
		for b > s.FirstTok && strings.HasSuffix(r.low(b), "ly") {
			b-- // "is widely known"
		}
		if w := r.low(b); w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "being" || w == "be" {
			return
		}
	}
	se := r.subjectEnd(c, s.FirstTok)
	src, srcEnd := r.npLeft(se, s.FirstTok), se
	var shared *text.Span
	if src < 0 && c.first > s.FirstTok && r.low(c.first-1) == "and" {
		// "De Blasio said the move was Bratton's and said, ...": the second cue shares the first's source.
		if prev := r.lastStatementIn(s); prev >= 0 && r.out[prev].Source != nil {
			shared = r.out[prev].Source
			src, srcEnd = 0, 0
		}
	}
	if src < 0 {
		return
	}
	if shared == nil && src > s.FirstTok && !r.subjectStart(src, s.FirstTok) && !r.isPunct(src-1, ",") && !r.afterIntro(src, s) {
		// "A senior official who asked not to be named said": the relative clause belongs to the source.
		src = r.relativeSubject(src, s)
		if src < 0 {
			return
		}
	}
	k, cueEnd := r.cueTail(c, c.verb+1, s.EndTok)
	medium := ""
	if c.vf.frames&frameTell != 0 && k < s.EndTok && r.l.InQuote[k] < 0 {
		lw := r.low(k)
		if objectPronouns[lw] {
			if lw == "reporters" || lw == "journalists" {
				medium = r.tok(k)
			}
			k++
		} else if ne := r.npRight(k, s.EndTok); ne > k && ne < s.EndTok {
			if m := r.mediaRun(k, ne); m != "" {
				medium = m
			}
			k = ne
		}
	} else if c.vf.frames&frameSay == 0 && c.vf.frames&(frameObj|frameTo) == 0 {
		return
	}
	k = r.skipAdverbial(k, s.EndTok)
	introduced := true
	if k < s.EndTok && r.low(k) == "that" && r.l.InQuote[k] < 0 {
		if !r.x.opt.KeepComplementizer {
			k++
		}
	} else if k < s.EndTok && r.low(k) == "to" && c.vf.frames&frameTo != 0 {
		// "agreed to send troops": the infinitive is the content; "to" stays out as "that" does.
		if !r.x.opt.KeepComplementizer {
			k++
		}
	} else if k < s.EndTok && (r.isPunct(k, ":") || (r.isPunct(k, ",") && k+1 < s.EndTok && r.quoteOpening(k+1) >= 0)) {
		k++
	} else if c.vf.frames&(frameSay|frameObj|frameTo) == frameSay && c.vf.frames&frameObj == 0 {
		// Plain say-verbs with no "that": content must still follow (a quote or a clause).
		if k >= s.EndTok {
			return
		}
		introduced = false
	} else {
		introduced = false
	}
	if k >= s.EndTok || r.claimed[k] {
		return
	}
	if c.vf.frames&frameIntro != 0 && !introduced && cueEnd == c.verb+1 && r.quoteOpening(k) < 0 {
		return
	}
	end := s.EndTok
	if q := r.quoteOpening(k); q >= 0 {
		qe := r.quoteEnd(k)
		if qe > end {
			end = qe
		} else if r.onlyPunct(qe, end) {
			end = qe
		}
	} else {
		for i := k; i < end; i++ {
			if r.quoteOpening(i) >= 0 {
				if qe := r.quoteEnd(i); qe > end {
					end = qe
				}
			}
		}
	}
	if c.vf.frames&frameObj != 0 && !introduced {
		end = r.cutObject(k, end)
	}
	end = r.cutCoordinated(k, end)
	end = r.cutSubordinate(s, src, k, end)
	if r.is(k, cPrep) && end-k <= 3 {
		return // "said on Friday": no content
	}
	if r.quoteOpening(k) < 0 || end != r.quoteEnd(k) {
		end = r.trimEnd(k, end)
	}
	if end-k < 1 || r.anyClaimed(k, end) {
		return
	}
	if medium == "" {
		medium = r.medium(s.FirstTok, s.EndTok)
	}
	st := Statement{Rule: c.vf.rules.leading, Medium: medium, Evidence: "source, then cue, then content"}
	if shared != nil {
		sp := *shared
		st.Source = &sp
	}
	r.add(st, src, srcEnd, c.first, cueEnd, [][2]int{{k, end}})
}

// relativeSubject finds, left of token from, a noun phrase followed by a relative clause without commas that
// reaches the cue ("a senior official who asked not to be named"), and returns its start, or -1.
func (r *run) relativeSubject(from int, s text.Sentence) int {
	for i := from - 1; i > s.FirstTok && i > from-12; i-- {
		if r.l.InQuote[i] >= 0 || r.kind(i) == text.Punct {
			return -1
		}
		if w := r.low(i); w == "who" || w == "that" {
			src := r.npLeft(i, s.FirstTok)
			if src >= 0 && r.subjectStart(src, s.FirstTok) {
				return src
			}
			return -1
		}
	}
	return -1
}

// subordinators open a sentence's first clause: "When the moderator pointed out that C, the candidate said D".
var subordinators = map[string]bool{
	"when": true, "after": true, "as": true, "if": true, "although": true, "while": true, "because": true,
	"since": true, "before": true, "though": true, "once": true, "whereas": true, "until": true,
}

// cutSubordinate ends content at the comma that closes a subordinate clause the statement sits in.
func (r *run) cutSubordinate(s text.Sentence, src, k, end int) int {
	first := s.FirstTok
	if first+2 < s.EndTok && r.isPunct(first+1, ",") && strings.HasSuffix(r.low(first), "ly") {
		first += 2 // "Interestingly, after the department asked ..., Hackett said"
	}
	if !subordinators[r.low(first)] || src <= first {
		return end
	}
	for i := first; i < src; i++ {
		if r.isPunct(i, ",") {
			return end // the source is in the main clause
		}
	}
	for i := k + 1; i < end; i++ {
		if r.isPunct(i, ",") && r.l.InQuote[i] < 0 {
			return i
		}
	}
	return end
}

// cutCoordinated ends content before a second reporting clause of the same source: ", adding that ..." or
// "and urged the union to ...", which are statements of their own.
func (r *run) cutCoordinated(k, end int) int {
	for i := k + 1; i < end; i++ {
		if r.l.InQuote[i] >= 0 {
			continue
		}
		// ", but he gave ...": a new clause of the narrator's.
		if r.low(i) == "but" && r.isPunct(i-1, ",") && i+1 < end && (r.is(i+1, cPronoun) || r.isCap(i+1)) {
			return i - 1
		}
		// ", while Republican candidates went after ...", ", which includes ...": the narrator takes over.
		if r.isPunct(i-1, ",") && contentBreaks[r.low(i)] {
			return i - 1
		}
		vf, ok := r.verb(i)
		if !ok {
			continue
		}
		if vf.gerund && (r.isPunct(i-1, ",") || (r.quoteClosing(i-1) && i-2 > k && r.isPunct(i-2, ","))) {
			return i - 1
		}
		if vf.gerund && (r.low(i-1) == "before" || r.low(i-1) == "while") && i-2 > k {
			return r.trimEnd(k, i-1)
		}
		if !vf.gerund && !vf.participle && r.low(i-1) == "and" && i-2 > k && vf.frames&(frameSay|frameTell) != 0 {
			j := i - 1
			if r.isPunct(j-1, ",") {
				j--
			}
			return j
		}
	}
	return end
}

// contentBreaks after a comma end reported speech: what follows is the narrator's.
var contentBreaks = map[string]bool{"while": true, "which": true, "who": true, "with": true, "like": true, "whereas": true}

// clauseBreaks end the object of a cue such as "revealed" or "rejected": "revealed the news as he explained".
var clauseBreaks = map[string]bool{
	"as": true, "while": true, "because": true, "although": true, "though": true, "whereas": true,
	"since": true, "before": true, "after": true, "when": true, "but": true, "however": true, "however,": true,
}

// trailingAdverbs close an object with when or where it was said, which is not content: "the news overnight".
var trailingAdverbs = map[string]bool{
	"overnight": true, "yesterday": true, "today": true, "tonight": true, "again": true, "publicly": true,
	"privately": true, "earlier": true, "later": true, "recently": true,
}

// cutObject ends an object-type content before a new clause, and drops a trailing adverb or "to CNN".
func (r *run) cutObject(k, end int) int {
	for i := k + 1; i < end; i++ {
		if r.l.InQuote[i] >= 0 {
			continue
		}
		lw := r.low(i)
		// A relative clause after the object noun: "explained the agreements that Trump had claimed".
		relative := (lw == "that" || lw == "which" || lw == "who") && i > k+1 && (r.l.InQuote[i-1] >= 0 || r.nounish(i-1))
		if relative || clauseBreaks[lw] || (r.isPunct(i, ",") && i+1 < end && clauseBreaks[r.low(i+1)]) {
			end = i
			break
		}
	}
	for end > k+1 {
		switch {
		case trailingAdverbs[r.low(end-1)]:
			end--
		case end-2 > k && r.low(end-2) == "to" && mediaNames[r.tok(end-1)]:
			end -= 2
		default:
			return end
		}
	}
	return end
}

func (r *run) onlyPunct(from, to int) bool {
	for i := from; i < to; i++ {
		if r.kind(i) == text.Word || r.kind(i) == text.Number {
			return false
		}
	}
	return true
}

// skipAdverbial skips a short time or place phrase between a cue and "that" or a colon: "said on Monday that".
func (r *run) skipAdverbial(k, end int) int {
	for j := k; j < end && j < k+9; j++ {
		if r.l.InQuote[j] >= 0 {
			return k
		}
		lw := r.low(j)
		if lw == "that" || r.isPunct(j, ":") {
			if j == k {
				return k
			}
			first := r.low(k)
			if npPreps[first] || first == "during" || first == "late" || first == "earlier" || first == "yesterday" ||
				first == "today" || first == "last" || first == "this" || first == "again" || first == "repeatedly" ||
				first == "publicly" || first == "privately" || first == "in" || first == "on" || first == "," {
				return j
			}
			return k
		}
		if r.kind(j) == text.Word && !r.nounish(j) && !determiners[lw] && !npPreps[lw] && lw != "during" &&
			lw != "late" && lw != "yesterday" && lw != "today" && lw != "last" && lw != "this" {
			return k
		}
	}
	return k
}

// dash handles `"C" — X.`: a quotation, a dash and its source ending the sentence.
func (r *run) dash(s text.Sentence) {
	first := s.FirstTok
	q := r.quoteOpening(first)
	if q < 0 || r.claimed[first] {
		return
	}
	qe := r.quoteEnd(first)
	if qe >= s.EndTok || r.kind(qe) != text.Punct || (r.tok(qe) != "—" && r.tok(qe) != "–" && r.tok(qe) != "-") {
		return
	}
	ne := r.sourceRight(qe+1, s.EndTok)
	if ne == qe+1 || !r.onlyPunct(ne, s.EndTok) || !r.capIn(qe+1, ne) {
		return
	}
	st := Statement{Rule: "dash", Evidence: "a quotation, a dash, then its source", Medium: r.medium(first, s.EndTok)}
	r.add(st, qe+1, ne, qe, qe+1, [][2]int{{first, qe}})
}

// saidFirst handles `Said X: "C"` — a cue opening the sentence, its source, a colon and a quotation.
func (r *run) saidFirst(s text.Sentence) {
	first := s.FirstTok
	vf, ok := r.verb(first)
	if !ok || r.claimed[first] || vf.frames&frameInv == 0 || vf.gerund {
		return
	}
	ne := r.sourceRight(first+1, s.EndTok)
	if ne == first+1 || ne+1 >= s.EndTok || !(r.isPunct(ne, ":") || r.isPunct(ne, ",")) || r.quoteOpening(ne+1) < 0 {
		return
	}
	end := r.quoteEnd(ne + 1)
	st := Statement{Rule: vf.rules.saidFirst, Evidence: "the cue opens the sentence, then source, colon and quotation", Medium: r.medium(first, s.EndTok)}
	r.add(st, first+1, ne, first, first+1, [][2]int{{ne + 1, end}})
}

// passive handles "it was announced by X that C" and "C, it was announced by X".
func (r *run) passive(s text.Sentence) {
	for i := s.FirstTok + 1; i+2 < s.EndTok; i++ {
		vf, ok := r.verb(i)
		if !ok || !vf.participle || r.claimed[i] || r.l.InQuote[i] >= 0 {
			continue
		}
		be := r.low(i - 1)
		if be != "was" && be != "were" && be != "been" && be != "is" && be != "are" {
			continue
		}
		if r.low(i+1) != "by" {
			continue
		}
		ne := r.npRightOpt(i+2, s.EndTok, false)
		if ne == i+2 {
			continue
		}
		k := r.skipAdverbial(ne, s.EndTok)
		cueFirst := r.auxStart(i, s.FirstTok)
		st := Statement{Rule: vf.rules.passive, Evidence: "a passive cue with its source after 'by'", Medium: r.medium(s.FirstTok, s.EndTok)}
		if k < s.EndTok && r.low(k) == "that" {
			cs := k
			if !r.x.opt.KeepComplementizer {
				cs++
			}
			ce := r.trimEnd(cs, s.EndTok)
			if ce > cs && !r.anyClaimed(cs, ce) {
				r.add(st, i+2, ne, cueFirst, i+1, [][2]int{{cs, ce}})
				return
			}
		}
	}
}

// nounCue handles "X's statement that C" and "the statement by X that C".
func (r *run) nounCue(s text.Sentence) {
	for i := s.FirstTok + 1; i+2 < s.EndTok; i++ {
		if !cueNouns[r.low(i)] || r.claimed[i] || r.l.InQuote[i] >= 0 || r.low(i+1) != "that" {
			continue
		}
		// The possessor right before the noun: "Governor Elif Demir's remark".
		src := -1
		pe := i
		if w := r.tok(i - 1); strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || r.possessiveMark(i-1) {
			src = r.npLeft(i, s.FirstTok)
		}
		if src < 0 {
			continue
		}
		cs := i + 1
		if !r.x.opt.KeepComplementizer {
			cs++
		}
		ce := r.contentEndClause(cs, s.EndTok)
		if ce <= cs || r.anyClaimed(cs, ce) {
			continue
		}
		st := Statement{Rule: "noun-cue", Evidence: "a possessor, a cue noun and a that-clause", Medium: r.medium(s.FirstTok, s.EndTok)}
		r.add(st, src, pe, i, i+1, [][2]int{{cs, ce}})
	}
}

// contentEndClause ends a that-clause that is itself a subject: after a closing quotation, before the main
// verb ("that inflation was "firmly under control" was welcomed").
func (r *run) contentEndClause(cs, end int) int {
	for i := cs; i < end; i++ {
		if r.quoteClosing(i) && i+1 < end {
			w := r.low(i + 1)
			if w == "was" || w == "were" || w == "has" || w == "had" || w == "is" || w == "drew" || w == "sent" {
				return i + 1
			}
		}
	}
	return r.trimEnd(cs, end)
}

// gerunds handles ", saying (that) C" and ", adding that C": the source is the subject of the clause before,
// or the source of the statement the gerund follows.
func (r *run) gerunds(s text.Sentence) {
	for i := s.FirstTok + 2; i+1 < s.EndTok; i++ {
		vf, ok := r.verb(i)
		if !ok || !vf.gerund || r.claimed[i] || r.l.InQuote[i] >= 0 {
			continue
		}
		if pw := r.low(i - 1); !r.isPunct(i-1, ",") && pw != "before" && pw != "while" && pw != "after" {
			continue
		}
		k, cueEnd := r.cueTail(cue{first: i, verb: i, vf: vf}, i+1, s.EndTok)
		if r.isPunct(k, ":") {
			k++
		}
		if r.low(k) == "that" {
			if !r.x.opt.KeepComplementizer {
				k++
			}
		} else if vf.frames&frameTell != 0 {
			if ne := r.npRight(k, s.EndTok); ne > k && ne < s.EndTok && r.low(ne) == "that" {
				k = ne
				if !r.x.opt.KeepComplementizer {
					k++
				}
			}
		}
		if k >= s.EndTok {
			continue
		}
		end := r.trimEnd(k, s.EndTok)
		if end <= k || r.anyClaimed(k, end) {
			continue
		}
		srcFirst, srcEnd := -1, -1
		if prev := r.lastStatementIn(s); prev >= 0 && r.out[prev].Source != nil {
			ps := *r.out[prev].Source
			srcFirst, srcEnd = r.tokenAt(ps.Start), r.tokenAt(ps.End-1)+1
		} else if ne := r.npRightOpt(s.FirstTok, i, false); ne > s.FirstTok && r.capIn(s.FirstTok, ne) || (ne > s.FirstTok && r.is(s.FirstTok, cPronoun)) {
			srcFirst, srcEnd = s.FirstTok, ne
		}
		if srcFirst < 0 {
			continue
		}
		st := Statement{Rule: vf.rules.gerund, Evidence: "a gerund cue after a comma takes the clause's subject as source", Medium: r.medium(s.FirstTok, s.EndTok)}
		// The source is shared with the clause before: add it without claiming it again.
		sp := r.span(srcFirst, srcEnd-1)
		st.Source = &sp
		r.add(st, 0, 0, i, cueEnd, [][2]int{{k, end}})
		return
	}
}

// asked handles questions put to someone: "Asked by Matt Lauer whether she had practised, ...", "When asked if
// ...", "X was asked by Y whether ...". The asker, when named after "by", is the source; the question is the
// content, up to the comma that ends it.
func (r *run) asked(s text.Sentence) {
	for i := s.FirstTok; i < s.EndTok-1; i++ {
		if r.low(i) != "asked" || r.claimed[i] || r.l.InQuote[i] >= 0 {
			continue
		}
		opening := i == s.FirstTok || (i == s.FirstTok+1 && (r.low(s.FirstTok) == "when" || r.low(s.FirstTok) == "if")) ||
			(i > s.FirstTok && (r.low(i-1) == "when" || r.low(i-1) == "after"))
		passive := i > s.FirstTok && (r.low(i-1) == "was" || r.low(i-1) == "were")
		if !opening && !passive {
			continue
		}
		cueFirst, k := i, i+1
		if passive {
			cueFirst = i - 1
		}
		srcFirst, srcEnd := -1, -1
		if k < s.EndTok && r.low(k) == "by" {
			ne := r.npRightOpt(k+1, s.EndTok, false)
			if ne == k+1 {
				continue
			}
			// "by host Bill Maher, who is supporting Sanders,": the appositive belongs to the asker.
			if ne < s.EndTok && r.isPunct(ne, ",") && ne+1 < s.EndTok && (r.low(ne+1) == "who" || r.low(ne+1) == "a" || r.low(ne+1) == "the") {
				if j := r.nextComma(ne+1, s.EndTok); j > 0 {
					ne = j
				}
			}
			srcFirst, srcEnd = k+1, ne
			k = ne
			if k < s.EndTok && r.isPunct(k, ",") {
				k++
			}
		}
		k = r.skipAdverbial(k, s.EndTok)
		if k >= s.EndTok {
			continue
		}
		w := r.low(k)
		if !(w == "whether" || w == "if" || w == "what" || w == "how" || w == "why" || w == "who" || w == "when" ||
			w == "about" || w == "to" || r.quoteOpening(k) >= 0 || r.isPunct(k, ",")) {
			continue
		}
		if r.isPunct(k, ",") {
			k++
		}
		end := s.EndTok
		if opening {
			// The question ends at the comma before the answer: "Asked if ..., Trump replied".
			if j := r.nextComma(k, s.EndTok); j > 0 {
				end = j
			}
		} else if q := r.quoteOpening(k); q >= 0 {
			end = r.quoteEnd(k)
		}
		end = r.trimEnd(k, end)
		if end <= k || r.anyClaimed(k, end) {
			continue
		}
		st := Statement{Rule: "asked", Evidence: "a question put to someone; the asker after 'by' is the source"}
		if srcFirst >= 0 {
			r.add(st, srcFirst, srcEnd, cueFirst, i+1, [][2]int{{k, end}})
		} else {
			r.add(st, 0, 0, cueFirst, i+1, [][2]int{{k, end}})
		}
		return
	}
}

// nextComma is the index of the next comma outside quotations in [from, end), or -1.
func (r *run) nextComma(from, end int) int {
	for j := from; j < end; j++ {
		if r.isPunct(j, ",") && r.l.InQuote[j] < 0 {
			return j
		}
	}
	return -1
}

// expected handles "X is expected to Y": no source is named, and the content is the subject and the infinitive.
func (r *run) expected(s text.Sentence) {
	for i := s.FirstTok + 1; i+2 < s.EndTok; i++ {
		be := r.low(i)
		if (be != "is" && be != "are" && be != "was" && be != "were") || r.low(i+1) != "expected" || r.low(i+2) != "to" {
			continue
		}
		if r.anyClaimed(s.FirstTok, s.EndTok) {
			return
		}
		subj := r.npLeft(i, s.FirstTok)
		if subj < 0 || subj != s.FirstTok {
			return
		}
		ce := r.trimEnd(i+2, s.EndTok)
		if ce <= i+3 {
			return
		}
		st := Statement{Rule: "expected", Evidence: "an expectation with no named source"}
		r.add(st, 0, 0, i, i+2, [][2]int{{subj, i}, {i + 2, ce}})
		return
	}
}

// lastStatementIn is the index of the latest statement whose cue lies in sentence s, or -1.
func (r *run) lastStatementIn(s text.Sentence) int {
	for k := len(r.out) - 1; k >= 0; k-- {
		if c := r.out[k].Cue; c != nil && c.Start >= s.Start && c.End <= s.End {
			return k
		}
	}
	return -1
}

// tokenAt is the index of the token that contains byte offset off.
func (r *run) tokenAt(off int) int {
	lo, hi := 0, len(r.l.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if r.l.Tokens[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// according handles "According to X, C" and "C, according to X". It reports whether it took the sentence.
func (r *run) according(s text.Sentence) bool {
	for i := s.FirstTok; i+1 < s.EndTok; i++ {
		if r.low(i) != "according" || r.low(i+1) != "to" || r.l.InQuote[i] >= 0 {
			continue
		}
		ne := r.npRightOpt(i+2, s.EndTok, false)
		if ne == i+2 {
			return false
		}
		st := Statement{Rule: "according-to", Evidence: "'according to' names the source"}
		// "The ceasefire, according to Norwegian mediators, is expected to ...": the content surrounds it.
		if i-1 > s.FirstTok && r.isPunct(i-1, ",") && ne < s.EndTok && r.isPunct(ne, ",") && !r.onlyPunct(ne+1, s.EndTok) {
			cs := r.contentStart(s)
			ce := r.trimEnd(ne+1, s.EndTok)
			if i-1-cs >= 1 && ce > ne+1 && !r.anyClaimed(cs, ce) {
				st.Medium = r.medium(s.FirstTok, s.EndTok)
				r.add(st, i+2, ne, i, i+2, [][2]int{{cs, i - 1}, {ne + 1, ce}})
				return true
			}
		}
		if i == s.FirstTok || r.isPunct(i-1, ",") && i-1 == s.FirstTok {
			// According to X, C
			if ne < s.EndTok && r.isPunct(ne, ",") {
				cs := ne + 1
				ce := r.trimEnd(cs, s.EndTok)
				if ce > cs && !r.anyClaimed(cs, ce) {
					st.Medium = r.medium(s.FirstTok, s.EndTok)
					r.add(st, i+2, ne, i, i+2, [][2]int{{cs, ce}})
					return true
				}
			}
			return false
		}
		if ce, ok := r.boundaryBefore(i - 1); ok {
			cs := r.contentStart(s)
			// The content must keep a token once its final punctuation is trimmed (" ,,, according to X").
			if ce-cs >= 2 && r.trimEnd(cs, ce) > cs && !r.anyClaimed(cs, ce) {
				st.Medium = r.medium(s.FirstTok, s.EndTok)
				r.add(st, i+2, ne, i, i+2, [][2]int{{cs, r.trimEnd(cs, ce)}})
				return true
			}
		}
	}
	return false
}

// colon handles "X: "C"" — a source, a colon and a quotation.
func (r *run) colon(s text.Sentence) {
	first := s.FirstTok
	if r.claimed[first] {
		return
	}
	ne := r.npRight(first, s.EndTok)
	if ne == first || ne >= s.EndTok-1 || !r.isPunct(ne, ":") || ne-first > 10 {
		return
	}
	k := ne + 1
	if r.anyClaimed(k, k+1) {
		return
	}
	if r.quoteOpening(k) < 0 {
		// A headline or transcript line: "Elizabeth Warren: Trump Is a 'Proven Failure'", "TAPPER: Do you ...".
		r.colonHeadline(s, first, ne)
		return
	}
	hasCap := false
	for i := first; i < ne; i++ {
		hasCap = hasCap || (r.isCap(i) && i > first) || titleWords[r.low(i)] || r.is(i, cPronoun)
	}
	if !hasCap && !r.isCap(first) {
		return
	}
	end := r.quoteEnd(k)
	if end < s.EndTok && !r.onlyPunct(end, s.EndTok) {
		end = r.trimEnd(k, s.EndTok)
	}
	st := Statement{Rule: "colon", Evidence: "a source, a colon, then a quotation", Medium: r.medium(first, s.EndTok)}
	r.add(st, first, ne, ne, ne+1, [][2]int{{k, end}})
}

// notSpeakers open lines with a colon that are labels, not people.
var notSpeakers = map[string]bool{
	"update": true, "note": true, "editor": true, "correction": true, "watch": true, "related": true, "photo": true,
	"video": true, "read": true, "source": true, "sources": true, "listen": true, "live": true, "breaking": true,
	"exclusive": true, "analysis": true, "opinion": true, "advertisement": true, "q": true, "a": true,
}

// colonHeadline takes "Name: what they said" when the name is a short run of capitalised words.
func (r *run) colonHeadline(s text.Sentence, first, colon int) {
	if colon-first > 4 || notSpeakers[r.low(first)] || s.EndTok-colon < 4 {
		return
	}
	for i := first; i < colon; i++ {
		if r.kind(i) == text.Word && !r.isCap(i) && !possessiveWord(r.tok(i)) {
			return
		}
	}
	ce := r.trimEnd(colon+1, s.EndTok)
	if ce <= colon+1 || r.anyClaimed(colon+1, ce) {
		return
	}
	st := Statement{Rule: "colon-headline", Evidence: "a name, a colon, then what they said (headline or transcript)"}
	r.add(st, first, colon, colon, colon+1, [][2]int{{colon + 1, ce}})
}

func possessiveWord(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// continuations attaches quotations with no attribution of their own to the statement before them: in the same
// paragraph as another piece of that statement, in the next paragraph as a statement of its own with no cue.
func (r *run) continuations() {
	before := newPrevIndex(r.out)
	for qi, q := range r.l.Quotes {
		if r.claimed[q.Open] {
			continue
		}
		end := q.Close + 1
		if q.Close < 0 {
			end = r.l.Paragraphs[q.Para].EndTok
		}
		// The quotation must open its sentence and fill most of it.
		si := r.sentenceOf(q.Open)
		s := r.l.Sentences[si]
		if s.FirstTok != q.Open || r.anyClaimed(q.Open, end) || end-q.Open < 4 {
			continue
		}
		if end < s.EndTok && !r.onlyPunct(end, s.EndTok) {
			continue
		}
		prev := before.at(r.out, r.l.Tokens[q.Open].Start)
		if prev < 0 {
			continue
		}
		ps := r.out[prev]
		pPara := r.paraOf(ps.Content.End)
		if pPara != q.Para && pPara != q.Para-1 {
			continue
		}
		if ps.Kind == Indirect && pPara != q.Para && !q.Reopens {
			continue
		}
		inner := q.Inner
		if pPara == q.Para && !q.Reopens && r.x.opt.JoinContinuations {
			ps.Pieces = append(piecesOf(ps), inner)
			ps.Content.End = inner.End
			ps.Kind = Mixed
			if allQuoted(r.l, ps.Pieces) {
				ps.Kind = Direct
			}
			r.out[prev] = ps
			before.moved(prev, ps.Content.End)
			r.claim(q.Open, end)
			continue
		}
		st := Statement{Kind: Direct, Content: inner, Rule: "continuation", Medium: ps.Medium,
			Evidence: "an unattributed quotation after a statement by the same speaker"}
		_ = qi
		r.out = append(r.out, st)
		before.added(len(r.out)-1, st.Content.End)
		r.claim(q.Open, end)
	}
}

func piecesOf(st Statement) []text.Span {
	if len(st.Pieces) > 0 {
		return st.Pieces
	}
	return []text.Span{st.Content}
}

// allQuoted reports whether every piece is the inner text of a quotation.
func allQuoted(l *text.Layer, pieces []text.Span) bool {
	for _, p := range pieces {
		// Quotations are in text order, so their inner starts rise: search rather than scan them all for every
		// piece of every continued statement.
		i, _ := slices.BinarySearchFunc(l.Quotes, p.Start, func(q text.Quotation, start int) int { return cmp.Compare(q.Inner.Start, start) })
		found := false
		for ; i < len(l.Quotes) && l.Quotes[i].Inner.Start == p.Start; i++ {
			if l.Quotes[i].Inner == p {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (r *run) sentenceOf(tok int) int {
	lo, hi := 0, len(r.l.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if r.l.Sentences[m].EndTok <= tok {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func (r *run) paraOf(off int) int {
	lo, hi := 0, len(r.l.Paragraphs)
	for lo < hi {
		m := (lo + hi) / 2
		if r.l.Paragraphs[m].End < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// previousStatement is the index in out of the statement whose content ends last before off (the first such
// statement on a tie), or -1.
func previousStatement(out []Statement, off int) int {
	best := -1
	for i, st := range out {
		if st.Content.End <= off && (best < 0 || st.Content.End > out[best].Content.End) {
			best = i
		}
	}
	return best
}

// prevIndex answers previousStatement for the rising offsets of continuations in O(log n) each, where a scan
// of every statement for every quotation made a long paragraph full of quotes quadratic. Statements wait in
// pending until off reaches their content's end, then join ready; the answer is ready's top. continuations
// changes the statements only by extending the answer's content past off (moved) or appending one that ends
// past off (added).
type prevIndex struct {
	pending, ready endHeap
	off            int
	broken         bool // an offset went back or a change broke the rules above: answer by scanning
}

// endEntry is a statement's index and its content's end as last seen.
type endEntry struct{ i, end int }

func newPrevIndex(out []Statement) *prevIndex {
	p := &prevIndex{pending: endHeap{less: func(a, b endEntry) bool { return a.end < b.end || (a.end == b.end && a.i < b.i) }},
		ready: endHeap{less: func(a, b endEntry) bool { return a.end > b.end || (a.end == b.end && a.i < b.i) }}}
	p.off = math.MinInt
	for i, st := range out {
		p.pending.xs = append(p.pending.xs, endEntry{i, st.Content.End})
	}
	heap.Init(&p.pending)
	return p
}

// at is previousStatement(out, off).
func (p *prevIndex) at(out []Statement, off int) int {
	if off < p.off {
		p.broken = true
	}
	if p.broken {
		return previousStatement(out, off)
	}
	p.off = off
	for p.pending.Len() > 0 && p.pending.xs[0].end <= off {
		heap.Push(&p.ready, heap.Pop(&p.pending))
	}
	if p.ready.Len() == 0 {
		return -1
	}
	return p.ready.xs[0].i
}

// moved says that statement i, the last answer, now ends at end.
func (p *prevIndex) moved(i, end int) {
	if p.broken {
		return
	}
	if p.ready.Len() == 0 || p.ready.xs[0].i != i || end <= p.off {
		p.broken = true
		return
	}
	heap.Pop(&p.ready)
	heap.Push(&p.pending, endEntry{i, end})
}

// added says that statement i, ending at end, was appended.
func (p *prevIndex) added(i, end int) {
	if end <= p.off {
		p.broken = true
	}
	if !p.broken {
		heap.Push(&p.pending, endEntry{i, end})
	}
}

// endHeap is a container/heap of statement ends.
type endHeap struct {
	xs   []endEntry
	less func(a, b endEntry) bool
}

func (h *endHeap) Len() int           { return len(h.xs) }
func (h *endHeap) Less(a, b int) bool { return h.less(h.xs[a], h.xs[b]) }
func (h *endHeap) Swap(a, b int)      { h.xs[a], h.xs[b] = h.xs[b], h.xs[a] }
func (h *endHeap) Push(x any)         { h.xs = append(h.xs, x.(endEntry)) }
func (h *endHeap) Pop() any {
	x := h.xs[len(h.xs)-1]
	h.xs = h.xs[:len(h.xs)-1]
	return x
}

// mediaRun returns the medium named by tokens [k, e) when they are a news outlet ("CNN", "the BBC", "Fox News").
func (r *run) mediaRun(k, e int) string {
	if k < e && r.low(k) == "the" {
		k++
	}
	if k >= e || !mediaNames[r.tok(k)] {
		return ""
	}
	j := k
	for j < e && r.isCap(j) {
		j++
	}
	if j == k {
		return ""
	}
	return r.l.Text[r.l.Tokens[k].Start:r.l.Tokens[j-1].End]
}

// socialMedia are platforms named after "on" ("wrote on X").
var socialMedia = map[string]bool{"Twitter": true, "X": true, "Facebook": true, "Telegram": true, "Instagram": true, "Truth": true, "TikTok": true, "YouTube": true, "television": true, "radio": true}

// medium finds where a statement in tokens [first, end) was made: "told CNN", "Speaking to the BBC", "in an
// interview with Fox News", "on Telegram".
func (r *run) medium(first, end int) string {
	for i := first; i < end; i++ {
		if r.l.InQuote[i] >= 0 {
			continue
		}
		lw := r.low(i)
		switch {
		case lw == "told" || lw == "telling":
			if m := r.mediaRun(i+1, min(end, i+5)); m != "" {
				return m
			}
		case (lw == "speaking" || lw == "spoke" || lw == "talking") && i+1 < end && (r.low(i+1) == "to" || r.low(i+1) == "with"):
			if m := r.capRun(i+2, end); m != "" {
				return m
			}
		case lw == "interview" && i+1 < end && (r.low(i+1) == "with" || r.low(i+1) == "on"):
			if m := r.capRun(i+2, end); m != "" {
				return m
			}
		case lw == "to" && i > first && i+1 < end:
			if m := r.mediaRun(i+1, min(end, i+5)); m != "" {
				return m
			}
		case lw == "on" && i+1 < end && socialMedia[r.tok(i+1)]:
			if r.tok(i+1) == "Truth" && i+2 < end && r.tok(i+2) == "Social" {
				return "Truth Social"
			}
			return r.tok(i + 1)
		case lw == "on" && i+2 < end && r.low(i+1) == "social" && r.low(i+2) == "media":
			return "social media"
		}
	}
	return ""
}

// capRun returns the run of capitalised words from k (after an optional "the"), as a medium name.
func (r *run) capRun(k, end int) string {
	if k < end && r.low(k) == "the" {
		k++
	}
	j := k
	for j < end && j < k+4 && r.isCap(j) {
		j++
	}
	if j == k {
		return ""
	}
	return r.l.Text[r.l.Tokens[k].Start:r.l.Tokens[j-1].End]
}

// cueTail extends a cue over what belongs to it after the verb: a particle ("called for", "pointed out"), a
// medium phrase ("said in a statement") and a colon ("said:"). It returns where content may start and the cue's end.
func (r *run) cueTail(c cue, k, end int) (int, int) {
	if k < end && r.l.InQuote[k] < 0 && (phrasal[c.vf.lemma][r.low(k)] || r.low(k) == "out" && c.vf.lemma != "say") {
		k++
	}
	if k+2 < end && r.low(k) == "in" && (r.low(k+1) == "a" || r.low(k+1) == "an") && mediumNouns[r.low(k+2)] {
		k += 3
	}
	if k < end && r.isPunct(k, ":") && r.x.opt.ColonInCue {
		k++
	}
	return k, k
}
