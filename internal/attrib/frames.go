package attrib

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
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
	"how": true, "even": true, "first": true, "finally": true,
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
	if r.isCap(i) && (isAcronym(r.tok(i)) || !r.is(i, cNotNP|cPronoun) || r.modalName(i)) {
		return true // "US envoy", "Will Vernon" are names; a capitalised "But" or "He" is not
	}
	if r.is(i, cNotNP|cPronoun|cPrep) {
		return false
	}
	if _, verb := r.verb(i); verb {
		return false
	}
	return !(strings.HasSuffix(lw, "ly") && len(lw) > 4) || wordset.Has(gLyNouns, lw)
}

// lyNouns end in -ly but are nouns, not adverbs: "a family member", "a campaign rally".
var lyNouns = map[string]bool{
	"family": true, "ally": true, "rally": true, "assembly": true, "supply": true, "reply": true, "bully": true,
	"monopoly": true, "anomaly": true, "homily": true,
}

// percent reports whether token i is a per cent sign after a number ("85%").
func (r *run) percent(i int) bool {
	return i > 0 && r.isPunct(i, "%") && r.kind(i-1) == text.Number
}

// adjLy reports whether token i is an adjective in -ly before a noun ("early results", "likely voters"), which
// nounish takes for an adverb.
func (r *run) adjLy(i int) bool {
	lw := r.low(i)
	if r.kind(i) != text.Word || r.isCap(i) || !strings.HasSuffix(lw, "ly") || i+1 >= len(r.l.Tokens) {
		return false
	}
	if _, verb := r.verb(i + 1); verb || r.kind(i+1) != text.Word || strings.HasSuffix(r.low(i+1), "ly") {
		return false
	}
	return lyAdjectives[lw]
}

// lyAdjectives end in -ly but qualify nouns.
var lyAdjectives = map[string]bool{
	"early": true, "likely": true, "daily": true, "weekly": true, "monthly": true, "yearly": true,
	"elderly": true, "friendly": true, "unlikely": true, "costly": true, "deadly": true, "only": true,
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
func (r *run) npLeft(end, min int) int {
	start := r.npLeftOpt(end, min, false)
	// "about half of voters", "nearly 40 percent of them": the approximation belongs to the phrase.
	if start > min && r.in(start-1, sApprox) && (r.kind(start) == text.Number || r.in(start, sFraction)) {
		start--
	}
	start = r.thoseOver(start, min) // subjects.go
	if start >= 0 {
		start = r.coordExtend(start, min)
	}
	return start
}

// approximators qualify a quantity that opens a noun phrase.
var approximators = map[string]bool{
	"about": true, "nearly": true, "almost": true, "roughly": true, "around": true, "only": true, "just": true,
	"over": true, "some": true, "approximately": true,
}

// fractionWords name a share of a group: "half of voters", "a third of them".
var fractionWords = map[string]bool{
	"half": true, "a": true, "one": true, "two": true, "three": true, "two-thirds": true, "three-quarters": true,
	"one-third": true, "one-quarter": true, "majority": true, "quarter": true, "third": true, "fifth": true,
}

// npLeftOpt is npLeft; trailing says the phrase follows content and a comma ("C, Peru's trade minister, Rosa
// Quispe, said"), so an apposition's head may itself follow a comma.
func (r *run) npLeftOpt(end, min int, trailing bool) int {
	i := end - 1
	if i > min && !r.claimed[i] {
		if open := r.titleClosingApposition(i); open > min {
			return r.appositionLeft(open, min, trailing) // `Ms. Lee, the author of "Fare Wars," said`
		}
	}
	if i < min || r.l.InQuote[i] >= 0 || r.claimed[i] {
		return -1
	}
	if r.is(i, cComma) {
		return r.appositionLeft(i, min, trailing)
	}
	if r.is(i, cPronoun) || (r.low(i) == "who" && i > min && (r.is(i-1, cComma) || r.nounish(i-1))) {
		return i
	}
	start := -1
	for n := 0; i >= min && n < 16; n++ {
		if r.l.InQuote[i] >= 0 || r.claimed[i] {
			break
		}
		// source.go: "PeÃ±a Nieto" is one word (speed8: only after a mark glued to it, so a word's first test)
		if i-2 >= min && r.kind(i-1) == text.Punct {
			if m := r.mojibakeStart(i, min); m < i {
				start, i = m, m-1
				continue
			}
		}
		t := r.l.Tokens[i]
		lw := r.low(i)
		switch t.Kind {
		case text.Word, text.Number:
			switch {
			case r.is(i, cDet) && r.isCap(i) && i-1 >= min && r.isCap(i-1) && r.kind(i-1) == text.Word && r.l.InQuote[i-1] < 0:
				start = i // "Radio Leeds This Hour host Jane Roe": a capitalised determiner inside a name
			case r.is(i, cDet):
				start = i
				// "a spokesperson for the Ministry": go on over the preposition when a noun precedes it.
				if i-2 >= min && (r.is(i-1, cPrep) || r.low(i-1) == "by") && r.nounish(i-2) && start >= 0 {
					i--
					continue
				}
				if i-1 >= min && (r.is(i-1, cQuant) || r.low(i-1) == "half") && !r.isCap(i) {
					i-- // "many other polls", "all the candidates", "half the drivers"
					continue
				}
				if r.possessorBefore(i, min) {
					i-- // "the mayor's most loyal supporters": the possessor owns the phrase
					continue
				}
				if i-1 >= min && (r.low(i-1) == "the" || r.low(i-1) == "a") && lw != "the" && lw != "a" && lw != "an" && r.l.InQuote[i-1] < 0 {
					return i - 1 // "the most recent polling", "the two"
				}
				return start
			case r.is(i, cPrep|cBy) && !r.isCap(i):
				if start < 0 || i-1 < min || !(r.nounish(i-1) || r.percent(i-1)) {
					return start
				}
			case r.nounish(i) || (start == i+1 && r.adjLy(i)) || r.cueNounAfterDet(i, min) || (i == end-1 && (r.nounBeforeCue(i) || r.compoundHead(i, min))) ||
				start == i+1 && r.verbModifier(i, start, min): // subjects.go (speed8: its first test inline)
				start = i // "likely voters", "early results", "the report"
			case (lw == "them" || lw == "us" || lw == "those") && i-2 >= min && r.low(i-1) == "of" && r.nounish(i-2):
				start = i // "most of them", "40 percent of those"
			case (lw == "him" || lw == "her" || lw == "them") && i == end-1 && i-2 >= min && r.is(i-1, cPrep) && r.nounish(i-2):
				start = i // "a source close to him"
			case lw == "that" && i == min && start == i+1 && r.isCap(i):
				return i // "That person said": a demonstrative opening the sentence
			case lw == "and" && start >= 0 && i-1 >= min:
				// "Jeb Bush and Chris Christie say": two sources sharing the cue.
				if left := r.coordLeft(i, min); left >= 0 {
					return left
				}
				if left := r.coordInName(i, min); left >= 0 {
					return left
				}
				if left := r.coordWide(i, min); left >= 0 {
					return left
				}
				return start
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
			case p == "." && start >= 0 && i-1 >= min && r.kind(i-1) == text.Word && (len(r.tok(i-1)) <= 4 || r.dottedAbbrev(i-1)) && r.isCap(i-1):
				// Mr. Smith, Gen. Jones
			case (p == "-" || p == "&" || p == "/") && start >= 0 && i-1 >= min && r.nounish(i-1):
			case start >= 0 && r.percent(i):
				// "85% of Democrats"
			case p == "," && start >= 0 && r.isCap(start) && i-1 >= min && r.in(i-1, sTitle) && r.isCap(i-1) &&
				!r.titleEndsOpener(i, min):
				// Ukrainian President, Volodymyr Zelenskyy; but not "his campaign for president, Barack Obama" (a
				// lower-case title is a common noun, which the name does not extend) nor "In her run for Mayor,
				// Jane Roe" (the title ends a phrase that opens the sentence)
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
			if q := r.l.InQuote[j]; q >= 0 && !r.claimed[j] && r.l.Quotes[q].Close == j && r.quoteClosing(j) {
				// A quoted title inside the apposition ("the author of "Fare Wars," a history of ..."): pass over it.
				if open := r.l.Quotes[q].Open; open > min && r.titleQuote(open, open, j+1) == j+1 {
					j = open - 1
					continue
				}
			}
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
		if j < min || !r.is(j, cComma) || j == comma-1 {
			return -1
		}
		first := r.low(j + 1)
		relative := first == "who" || first == "which" || first == "whose" || first == "whom"
		if !relative {
			if comma-j > 16 {
				return -1
			}
			for k := j + 1; k < comma; k++ {
				if w := r.low(k); w == "who" || w == "whose" {
					break // "a candidate who has made ...": the verbs belong to a relative clause in the apposition
				}
				if r.kind(k) == text.Word && r.is(k, cVerbLike) {
					return -1
				}
			}
		}
		// The head or its apposition names someone: "his wife, Gabriela Lazar, wrote".
		head := r.npLeftOpt(j, min, false)
		if head > min && r.in(head-1, sApprox) && (r.kind(head) == text.Number || r.in(head, sFraction)) {
			head-- // "about two-thirds, 67 percent,"
		}
		// After an opening phrase the head may be a common noun named by its apposition ("In a statement, her
		// adviser, Jake Sullivan, said"): a noun phrase after the opening's comma is the subject.
		opened := head >= 0 && r.afterOpening(head, min)
		if head >= 0 && (r.capIn(head, j) || (trailing || opened || r.subjectStart(head, min)) && r.capIn(j, comma) || r.shareAfter(head, j, comma)) &&
			(r.subjectStart(head, min) || (trailing && head > min && (r.is(head-1, cComma) || r.quoteClosing(head-1))) || opened) {
			return r.trailingNameHead(head, min, trailing) // subjects.go
		}
		comma = j
	}
	return -1
}

// shareAfter reports whether a quantity phrase [head, j) is restated as a share in the apposition (j, comma):
// "about two-thirds, 67 percent, say".
func (r *run) shareAfter(head, j, comma int) bool {
	if comma-j < 2 || comma-j > 4 || r.kind(j+1) != text.Number {
		return false
	}
	return r.in(head, sFraction|sApprox) || r.kind(head) == text.Number || r.is(head, cQuant)
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
		return !r.is(lt, cComma) || lt == min
	}
	return r.in(lt, sSubjectLeft) || lt == min
}

// npRight finds a noun phrase starting at token k and ending before end; it returns the end (exclusive), or k.
func (r *run) npRight(k, end int) int { return r.npRightOpt(k, end, true) }

// npRightOpt is npRight; appositions after a comma are taken only when apposition is set.
func (r *run) npRightOpt(k, end int, apposition bool) int {
	i := k
	for i < end && i-k < 16 {
		if qe := r.titleQuote(i, k, end); qe > i {
			i = qe // "told NBC's "Today"": a programme's name in quote marks
			continue
		}
		if r.l.InQuote[i] >= 0 {
			break
		}
		t := r.l.Tokens[i]
		lw := r.low(i)
		if t.Kind == text.Word || t.Kind == text.Number {
			if i > k && r.newPhrase(i) {
				break // "told the Post he's not ...", "tells Breitbart the NFL has gone soft"
			}
			if r.is(i, cDet) || r.nounish(i) || r.adjLy(i) || (i == k && r.is(i, cPronoun)) {
				i++
				if i-1 == k && r.is(i-1, cPronoun) {
					return i
				}
				continue
			}
			if r.is(i, cPrep) && i > k && i+1 < end && (r.nounish(i+1) || r.is(i+1, cDet)) && !r.is(i+1, cTime) && !r.mediumPhrase(i, end) {
				i++
				continue
			}
			if lw == "and" && i > k && i+1 < end && r.isCap(i-1) && r.isCap(i+1) && r.l.InQuote[i+1] < 0 && !r.is(i+1, cDet|cPronoun) {
				i++ // "the Post and Courier"
				continue
			}
			break
		}
		if t.Kind == text.Punct {
			p := r.tok(i)
			if p == "." && i > k && len(r.tok(i-1)) <= 5 && r.isCap(i-1) && i+1 < end && (r.isCap(i+1) || r.is(i+1, cComma) || r.isPunct(i+1, ")")) && !r.finalDot(i, end) ||
				r.abbrevInBracket(i, end) {
				i++
				continue
			}
			if p == "," && apposition && i > k && i+1 < end && (r.is(i+1, cDet) || r.nounish(i+1)) && r.appositionRight(i+1, end) {
				i++
				continue
			}
			if (p == "(" || p == ")" || p == "-" || p == "&" || p == "/") && i > k {
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
		for j < end && r.l.InQuote[j] < 0 && !r.is(j, cComma) && !r.finalDot(j, end) && !r.isPunct(j, ";") {
			j++
		}
		ne = j
	}
	for ne < end && r.is(ne, cComma) && ne+1 < end {
		n := ne + 1
		lw := r.low(n)
		if !(r.is(n, cDet) || r.kind(n) == text.Number || r.nounish(n) || lw == "who" || lw == "which" || lw == "of") || (r.is(n, cPrep) && lw != "of") {
			break
		}
		if (lw == "who" || lw == "which") && r.saysNext(n+1, end) {
			break // ", who said ...": a statement of its own, not part of the source
		}
		j := n
		for j < end && !r.is(j, cComma) && !r.finalDot(j, end) && !r.isPunct(j, ";") {
			if r.l.InQuote[j] >= 0 {
				if qe := r.titleQuote(j, n, end); qe > j {
					j = qe // ", author of "Bitter Pill," a history": a title belongs to the description
					continue
				}
				break
			}
			j++
		}
		if j < end && r.l.InQuote[j] >= 0 {
			break
		}
		ne = j
	}
	return ne
}

// invertedSourceEnd extends an inverted source that ends at ne over the descriptions that follow it to the end of
// the sentence (`"C," said Jane Roe, then the envoy to Peru, a post she held until 2009.`), stopping before a
// new clause (", who said", "when asked", ", adding"), a quotation or a semicolon.
func (r *run) invertedSourceEnd(ne, end int) int {
	e := ne
	for i := ne; i < end && i < ne+maxClause; i++ {
		if qe := r.titleQuote(i, ne, end); qe > i && r.l.InQuote[i] >= 0 {
			i, e = qe-1, qe // "the author of "Hacked World Order," who studies ...": a title stays in
			continue
		}
		if r.l.InQuote[i] >= 0 || r.isPunct(i, ";") || r.is(i, cColon) || r.finalDot(i, end) {
			break
		}
		if r.is(i, cClauseBrk|cAccording) {
			break
		}
		if r.is(i, cComma) && i+1 < end {
			n := r.low(i + 1)
			if vf, ok := r.verb(i + 1); ok && vf.gerund {
				break
			}
			if (n == "who" || n == "which") && r.saysNext(i+2, end) {
				break
			}
		}
		e = i + 1
	}
	for e > ne && r.kind(e-1) == text.Punct && !r.isPunct(e-1, ")") && !r.isPunct(e-1, ".") {
		e--
	}
	return r.openEndCut(ne, max(e, ne)) // subjects.go
}

// finalDot reports whether token i is a full stop that ends the sentence ending at end; other dots in a sentence
// close abbreviations ("Ariz.", "Jr.", "George W. Bush").
func (r *run) finalDot(i, end int) bool {
	return r.isPunct(i, ".") && (i+1 >= end || r.onlyPunct(i+1, end))
}

// saysNext reports whether the words from k, past auxiliaries and adverbs, reach a say- or tell-verb.
func (r *run) saysNext(k, end int) bool {
	for i := k; i < end && i < k+4; i++ {
		if vf, ok := r.verb(i); ok && !vf.gerund && vf.frames&(frameSay|frameTell) != 0 {
			return true
		}
		if w := r.low(i); !r.is(i, cAux) && !(strings.HasSuffix(w, "ly") && len(w) > 4) {
			return false
		}
	}
	return false
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
func (r *run) contentStartOf(s text.Sentence) int { // speed6.go: contentStart keeps the last answer
	cs := s.FirstTok
	if q := r.l.InQuote[cs]; q >= 0 && r.l.Quotes[q].Open < cs {
		cs = r.l.Quotes[q].Open
	}
	return r.skipPhraseConnective(r.skipConnective(r.datelineStart(cs, s.EndTok), s.EndTok), s.EndTok)
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
				if i+1 < end && (r.is(i+1, cClauseBrk) || (strings.HasSuffix(r.low(i+1), "ing") && !r.isCap(i+1))) {
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
		opener := r.is(i, cPrep|cTime) || lw == "during" || lw == "after" || lw == "before" || lw == "via" || lw == "told" ||
			lw == "late" || lw == "early" || lw == "earlier" || lw == "yesterday" || lw == "today" || lw == "last" ||
			lw == "this" || lw == "tonight" || lw == "afterwards" || lw == "later"
		if opener || (inPhrase && (r.nounish(i) || r.is(i, cDet) || (r.kind(i) == text.Word && !r.is(i, cNotNP)))) {
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
		if wordset.Has(gObjectPronouns, r.low(after)) {
			after++
		} else if ne := r.sourceRight(after, s.EndTok); ne > after {
			after = ne
		}
	}
	// "Mr. Lee, who did not respond, ...": a relative pronoun's clause says nothing of what precedes it.
	if src := r.trailingCoord(r.npLeftOpt(c.first, s.FirstTok, true), c.first, s); src > s.FirstTok && r.low(src) != "who" && r.low(src) != "which" {
		ce, ok := r.boundaryBefore(src - 1)
		if !ok {
			ce, ok = r.wholeQuoteBefore(src-1, cs) // `"C" Grubbs said`
		}
		if ok && ce-cs >= 1 {
			if resume, ok := r.tailOK(after, s); ok && ce-cs >= 2 {
				st := r.finishTrailing(s, c, cs, ce, src, c.first, resume, c.first, r.cueExtras(c.verb+1, s.EndTok))
				if st && after > c.verb+1 && r.out[len(r.out)-1].Medium == "" {
					r.out[len(r.out)-1].Medium = r.mediaRun(c.verb+1, after)
				}
				return st
			}
			// "Within the union, they said, drivers now have more say": the attribution interrupts the content,
			// with its addressee if it has one ("The solution, he told them, was simple").
			k := after
			if k+1 < s.EndTok && r.is(k, cComma) && r.quoteOpening(k+1) < 0 && r.quoteOpening(cs) < 0 && !r.onlyPunct(k+1, s.EndTok) &&
				!r.is(k+1, cClauseBrk) &&
				s.EndTok-k > 3 && !r.anyClaimed(cs, s.EndTok) && !r.anyClaimed(src, k) {
				cs = r.asideStart(cs, ce) // pieces.go: "— an indication, aides said, that"
				st := Statement{Rule: c.vf.rules.parenthetical, Medium: r.medium(s.FirstTok, s.EndTok),
					Evidence: "content interrupted by its source and cue set off by commas"}
				if k > c.verb+1 && st.Medium == "" {
					st.Medium = r.mediaRun(c.verb+1, k)
				}
				r.add(st, src, c.first, c.first, c.verb+1, [][2]int{{cs, r.trimEnd(cs, ce)}, {k + 1, r.trimEnd(k+1, s.EndTok)}})
				return true
			}
			// `"C," Jane Roe said of the meeting he had ...`: a whole quotation closed by its comma is content
			// however the narrator's sentence goes on.
			if qs := r.introducedQuote(cs, ce); qs >= 0 && r.quotedContent(qs, ce) {
				return r.finishTrailing(s, c, qs, ce, src, c.first, -1, c.first, r.cueExtras(c.verb+1, s.EndTok))
			}
			// "C, the Associated Press declared on Thursday, two days after ...": a short time or place phrase
			// and a comma, after which the narrator adds to the sentence.
			if j := r.nextComma(after, min(s.EndTok, after+6)); j > after && ce-cs >= 3 && r.shortPhrase(after, j) {
				if r.subordinateRest(c, cs, ce, src, j, s) {
					return true
				}
				return r.finishTrailing(s, c, cs, ce, src, c.first, -1, c.first, r.cueExtras(c.verb+1, s.EndTok))
			}
		}
	}
	// C, said X
	if c.first == c.verb && c.vf.frames&frameInv != 0 && c.verb > s.FirstTok {
		// "Jane Doe, the negotiator, said the offer fell short": what precedes is the subject, not content.
		if ce, ok := r.boundaryBefore(c.verb - 1); ok && ce-cs >= 2 && (r.quoteOpening(cs) >= 0 || !r.subjectBefore(c.verb, s.FirstTok)) &&
			!r.subjectWithAside(s, c, cs) {
			ne := r.sourceRight(c.verb+1, s.EndTok)
			if ne > c.verb+1 {
				if resume, ok := r.tailOK(ne, s); ok {
					return r.finishTrailing(s, c, cs, ce, c.verb+1, ne, resume, c.verb, c.verb+1)
				}
				// "Any interpretation, said Michael Kofman, an expert on Russia, would read this as ...".
				if ne+2 < s.EndTok && r.is(ne, cComma) && r.quoteOpening(ne+1) < 0 && r.quoteOpening(cs) < 0 &&
					!r.anyClaimed(cs, s.EndTok) {
					cs = r.asideStart(cs, ce) // pieces.go
					st := Statement{Rule: c.vf.rules.parenthetical, Medium: r.medium(s.FirstTok, s.EndTok),
						Evidence: "content interrupted by its cue and source set off by commas"}
					r.add(st, c.verb+1, ne, c.verb, c.verb+1, [][2]int{{cs, r.trimEnd(cs, ce)}, {ne + 1, r.trimEnd(ne+1, s.EndTok)}})
					return true
				}
				if r.quotedContent(cs, ce) {
					return r.finishTrailing(s, c, cs, ce, c.verb+1, r.invertedSourceEnd(ne, s.EndTok), -1, c.verb, c.verb+1)
				}
			}
		}
	}
	return r.adverbParenthetical(s, c)
}

// introducedQuote is where the quotation that closes content [cs, ce) opens, when the words before it only
// introduce it ("For example: "C," he told CNN"): cs itself, or the opening after a colon, or -1.
func (r *run) introducedQuote(cs, ce int) int {
	if r.quoteOpening(cs) >= 0 || ce-1 <= cs {
		return cs
	}
	q := r.l.InQuote[ce-1]
	if q < 0 || r.l.Quotes[q].Close != ce-1 {
		return -1
	}
	open := r.l.Quotes[q].Open
	if open-1 > cs && (open-cs <= 6 || r.narratorLeadIn(cs, open-1)) && r.is(open-1, cColon) {
		return open
	}
	return -1
}

// shortPhrase reports whether tokens [k, j) are a time or place phrase: a preposition or time word, then words.
func (r *run) shortPhrase(k, j int) bool {
	if w := r.low(k); !(r.is(k, cPrep|cTime) || w == "during" || w == "after" || w == "late" || w == "early" || w == "last") {
		return false
	}
	for i := k; i < j; i++ {
		if (r.kind(i) != text.Word && r.kind(i) != text.Number) || r.l.InQuote[i] >= 0 {
			return false
		}
	}
	return true
}

// quotedContent reports whether content tokens [cs, ce) are one quotation whose closing mark follows a comma,
// question or exclamation mark: `"We will win," said ...` cannot be anything but what the source said.
func (r *run) quotedContent(cs, ce int) bool {
	q := r.quoteOpening(cs)
	return q >= 0 && r.l.Quotes[q].Close == ce-1 && ce-cs >= 3
}

func (r *run) finishTrailing(s text.Sentence, c cue, cs, ce, srcFirst, srcEnd, resume, cueFirst, cueEnd int) bool {
	srcFirst = r.contactHeadCut(srcFirst, srcEnd) // sources6.go: `C, a point Okafor conceded`
	if r.anyClaimed(cs, ce) || r.anyClaimed(srcFirst, srcEnd) || r.openingAdverbial(s, cs, ce) ||
		(srcFirst < cueFirst && r.participialSource(srcFirst, srcEnd)) {
		return false
	}
	cs = r.keepConjunction(s, cs)
	if qs := r.introducedQuote(cs, ce); qs > cs {
		cs = qs // `For example: "C," he said`: the words before the colon only introduce the quotation
	}
	// "Speaking to CNN, he said: "...": what precedes is an opening phrase and the quotation is the content.
	if resume >= 0 && r.quoteOpening(cs) < 0 {
		return false
	}
	pieces := [][2]int{{cs, r.trimEnd(cs, ce)}}
	if resume < 0 {
		resume = r.quoteGoesOn(s, cs, ce, max(cueEnd, srcEnd)) // `"C1," she said of it, "because C2"`
	}
	if resume >= 0 {
		qe := r.quoteEnd(resume)
		pieces = append(pieces, [2]int{resume, qe})
	} else if j := r.reasonTail(max(cueEnd, srcEnd), s.EndTok); j > 0 {
		pieces = append(pieces, [2]int{j, r.trimEnd(j, s.EndTok)})
	}
	cueEnd = r.trailingCueEnd(c.vf.lemma, cueEnd, s.EndTok)
	st := Statement{Rule: c.vf.rules.trailing, Medium: r.medium(s.FirstTok, s.EndTok), Evidence: "content, then its source and cue"}
	if srcFirst > cueFirst {
		st.Rule = c.vf.rules.inverted
		st.Evidence = "content, then cue and source"
	}
	r.add(st, srcFirst, srcEnd, cueFirst, cueEnd, pieces)
	return true
}

// leading tries "X said (that) C", "X told Y (that) C" and "X said: "C"".
// maxObjectScan bounds how far past a cue leading looks for where an object content ends (a dash, a
// participle clause, a second predicate, a quotation inside it). The longest sentence in PolNeAR, our gold and
// the seed is 220 tokens, so news copy never reaches it; but in a paragraph of megabytes with no full stop,
// every cue scanning to the sentence's end made extraction quadratic (a 1 MiB line of claims took 39 s).
// When nothing ends the content within it, the content runs on to the sentence's end as before.
const maxObjectScan = 1000

func (r *run) leading(s text.Sentence, c cue) {
	if r.notLeadingCue(s, c) || c.vf.participle && r.docModifier(s, c) { // speed8: docModifier's cue is a participle
		return // precision6.go; missedverbs.go: "The report published Tuesday showed"
	}
	if c.vf.participle && !c.vf.gerund && c.verb > s.FirstTok {
		// "Clinton was declared the winner": in the passive the subject is not the speaker.
		b := c.verb - 1
		for b > s.FirstTok && (strings.HasSuffix(r.low(b), "ly") || r.in(b, sPassiveAdv)) {
			b-- // "is widely known", "was not expected"
		}
		if w := r.low(b); w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "being" || w == "be" || wordset.Has(gNegatedBe, w) {
			return
		}
	}
	if c.first == c.verb && r.in(c.verb, sPartOnly) {
		return // "a state seen as critical": a reduced relative, not a speaker's verb
	}
	if r.reducedPassive(c, s) || r.negatedParticiple(c) {
		return // "a measure opposed by unions": the passive rule's; "levels not seen since 2007"
	}
	se := r.subjectEnd(c, s.FirstTok)
	src, srcEnd := r.leadingCoord(r.npLeft(se, s.FirstTok), se, s), se // docsubjects.go: "Though X and Y said"
	if sh := r.shareSubject(s, se); sh >= 0 && (src < 0 || sh < src) {
		src = sh // "About four out of 10 voters said": a poll's share, longer than npLeft's phrase
	}
	if r.degreeSource(src, srcEnd, c) {
		src = -1 // "most recently defended": the degree word belongs to the cue; "He's most worried": see below
		if ct := c.first - 2; ct >= s.FirstTok && r.contractedPronoun(ct) >= 0 {
			src, srcEnd = ct, ct+1
			defer r.splitContraction(len(r.out), ct)
		}
	}
	if ct := c.first - 1; ct >= s.FirstTok && r.contractedPronoun(ct) >= 0 {
		// "He's telling allies that ...": the pronoun is the source, its auxiliary opens the cue.
		src, srcEnd = ct, ct+1
		defer r.splitContraction(len(r.out), ct)
	}
	aside := false
	if cs, ce, to := r.causedSource(s, c); cs >= 0 {
		src, srcEnd, aside, c.first = cs, ce, true, to // "prompted the union to demand": see causedSource
	} else if se == c.first {
		if a, ae := r.asideSubject(s, c); a >= 0 && (src < 0 || a < src || (a == src && ae < srcEnd) || (src < a && r.is(a-1, cComma))) {
			src, srcEnd, aside = a, ae, true // "Jane Roe, a pollster at the firm, said"
		}
	}
	var shared *text.Span
	if prev := r.lastStatementIn(s); src < 0 && (prev < 0 || r.out[prev].Source == nil) {
		if a, ae := r.coordSubject(s, c); a >= 0 {
			sp := r.span(a, ae-1) // "Mrs. Clinton shook her head and said": the clause's subject
			shared = &sp
			src, srcEnd = 0, 0
		}
	}
	if src < 0 && c.first > s.FirstTok && (r.low(c.first-1) == "and" || r.low(c.first-1) == "but") {
		// "De Blasio said the move was Bratton's and said, ...": the second cue shares the first's source.
		if prev := r.lastStatementIn(s); prev >= 0 && r.out[prev].Source != nil {
			shared = r.out[prev].Source
			src, srcEnd = 0, 0
		} else if first := s.FirstTok; !r.is(first, cPrep) && !r.is(first, cSubord) {
			// "She met the mayor twice but said ...": the sentence's subject, which no cue has taken.
			if ne := r.subjectNP(first, c.first); ne > first && ne < c.first-1 && (r.is(first, cPronoun) || r.isCap(first)) &&
				r.kind(ne) == text.Word && !r.anyClaimed(first, ne) {
				sp := r.span(first, ne-1)
				shared = &sp
				src, srcEnd = 0, 0
			}
		}
	}
	r.relativeCoord(s, c, &src, &srcEnd, &shared) // coords.go: "a docker who met the mayor and assailed the board"

	r.openedCoord(s, c, &src, &srcEnd, &shared) // nouncues.go: "On Friday, Reed walked out and endorsed Okafor"
	r.clauseCoord(s, c, &src, &srcEnd, &shared) // coords.go: "Last May, the mayor met the dockers and warned"
	if src < 0 && shared == nil && se == c.first && c.vf.frames&frameSay != 0 {
		src = r.longSubject(s, se)
	}
	if src < 0 && shared == nil && r.inflectedCue(c) {
		src = r.bareSubject(s, se, c.vf.frames&frameInv != 0) // "Organizers of the push to boycott the speech said"
	}
	if src < 0 && shared == nil && se == c.first {
		src, srcEnd, aside = r.finiteAside(s, c) // finite.go: "Okafor, the union's head, endorsed the mayor"
	}
	if src < 0 && shared == nil && se == c.first {
		src, srcEnd = r.relativeAside(s, se) // "Mr. Lee, who did not respond to a request for comment, has denied"
	}
	if src < 0 && shared == nil && se == c.first && se-1 > s.FirstTok && (r.isPunct(se-1, "—") || r.isPunct(se-1, "–") || r.spacedHyphen(se-1) && r.inflected(c.verb)) {
		// "Donald Trump — who has said X — said": the subject before an aside set off by dashes.
		if a, ae := r.dashAsideSubject(s, se); ae > 0 {
			src, srcEnd, aside = a, ae, true // subjects4.go: an appositive aside stays in the source
		}
	}
	if src < 0 && shared == nil {
		src, srcEnd, aside = r.infinitiveSource(s, &c) // subjects4.go: "led many to wonder", "is right to note"
	}
	if src < 0 && shared == nil {
		src, srcEnd = r.looseSubject(s, c, se) // "Some advocates for stem cell research said"
	}
	if src < 0 && shared == nil {
		src, srcEnd = r.havingSubject(s, c) // "..., having called him a reformer"
	}
	if src < 0 && shared == nil && !aside {
		src, srcEnd = r.quantSubject(s, c, se) // longsubjects.go: "Many of the people interviewed, including X, worry"
	}
	if c.vf.docVerb { // speed8: all three keep the subject for other verbs (docTimed through docChain)
		src, srcEnd = r.docTimed(s, c, se, src, srcEnd, shared == nil && !aside)   // docsubjects.go: "A poll in March found"
		src, srcEnd = r.docChain(s, c, se, src, srcEnd, shared == nil && !aside)   // longsubjects.go: "An earlier report in a weekly paper said"
		src, srcEnd = r.docSubject(s, c, se, src, srcEnd, shared == nil && !aside) // missedverbs.go: "A poll taken by X found"
	}
	if src < 0 {
		return
	}
	if shared == nil && !aside && src > s.FirstTok {
		src = r.sourcePrefix(src, s.FirstTok) // "At least a dozen drivers said": the bound opens the subject
	}
	if shared == nil && !aside && src > s.FirstTok && !r.subjectStart(src, s.FirstTok) && !r.is(src-1, cComma) && !r.afterIntro(src, s) &&
		!r.subjectPronounAfter(src, srcEnd, s) && !r.questionSubject(src, s) { // questionSubject: finite.go
		// "A senior official who asked not to be named said": the relative clause belongs to the source.
		src = r.relativeSubject(src, s)
		if src < 0 && r.inflectedCue(c) {
			src = r.bareSubject(s, se, c.vf.frames&frameInv != 0)
		}
		if src < 0 {
			src, srcEnd = r.looseSubject(s, c, se)
		}
		if src < 0 {
			src, srcEnd = r.quantSubject(s, c, se) // longsubjects.go: "Many diplomats on the border believe"
		}
		if src < 0 {
			return
		}
	}
	if shared == nil && r.gerundThatBefore(src, s.FirstTok) {
		return
	}
	if shared == nil && r.nestedThat(c, src, s.FirstTok) {
		return
	}
	if shared == nil && r.loneArticle(src, srcEnd) {
		return // "The only question is whether": the cue word is inside the article's noun phrase
	}
	if shared == nil && src >= 0 && srcEnd > src {
		src, srcEnd = r.adverbSource(src, srcEnd, s.FirstTok) // sources4.go
		srcEnd = r.adverbialAside(src, srcEnd)
		src = r.openerCut(r.sourcePrefix(src, s.FirstTok), srcEnd, s.FirstTok)
		src = r.contactHeadCut(src, srcEnd) // sources6.go: "the photo Okafor posted"
		srcEnd = r.pollTime(r.participleTime(r.verbInSubject(src, srcEnd), c.first), c.first)
		srcEnd = r.mediumPhraseEnd(src, srcEnd) // "Jeb Bush in a Medium post said": where, not who
	}
	k, cueEnd := r.cueTail(c, c.verb+1, s.EndTok)
	k, cueEnd = r.documentAbout(c, k, cueEnd, s.EndTok) // cues4.go: "published a story about"
	k, cueEnd = r.pieceGerund(c, k, cueEnd, s.EndTok)   // cues6.go: "published a report detailing"
	medium := ""
	objIn := c.vf.frames&frameTell != 0 && k < s.EndTok && r.objectInContent(c, k, s.EndTok)
	if c.vf.frames&frameTell != 0 && k < s.EndTok && (r.l.InQuote[k] < 0 || r.titleQuote(k, k, s.EndTok) > k) && !objIn {
		lw := r.low(k)
		if wordset.Has(gObjectPronouns, lw) && !r.possessiveHer(k, s.EndTok) {
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
	} else if c.vf.frames&frameSay == 0 && c.vf.frames&(frameObj|frameTo) == 0 && !objIn {
		return
	}
	k = r.skipAddressee(c, r.skipAdverbial(k, s.EndTok), s.EndTok)
	k, cueEnd = r.skipToThat(k, cueEnd, s.EndTok)
	k, cueEnd = r.startAfterAside(c, k, cueEnd, s.EndTok)
	k = r.startPastAdjuncts(k, cueEnd, s.EndTok, c.vf.frames&frameTell != 0) // starts5.go
	if r.noContentAt(k, s.EndTok) {                                          // starts5.go
		return
	}
	introduced := true
	if k == s.EndTok && k < len(r.l.Tokens) && r.is(k-1, cColon) && r.quoteOpening(k) >= 0 {
		// "He said:" ends a paragraph and the quotation opens the next.
	} else if k < s.EndTok && r.low(k) == "that" && r.l.InQuote[k] < 0 {
		if !r.x.opt.KeepComplementizer {
			k++
		}
	} else if k < s.EndTok && r.low(k) == "to" && c.vf.frames&frameTo != 0 {
		// "agreed to send troops": the infinitive is the content; "to" stays out as "that" does.
		if !r.x.opt.KeepComplementizer {
			k++
		}
	} else if k < s.EndTok && (r.is(k, cColon) || (r.is(k, cComma) && k+1 < s.EndTok && r.quoteOpening(k+1) >= 0)) {
		k++
	} else if k < s.EndTok && c.vf.frames&frameSay != 0 && r.in(k, sWh) && r.l.InQuote[k] < 0 {
		// "wondered whether", "remember what": an indirect question is the content
	} else if c.vf.frames&(frameSay|frameObj|frameTo) == frameSay && c.vf.frames&frameObj == 0 {
		// Plain say-verbs with no "that": content must still follow (a quote or a clause).
		if k >= s.EndTok {
			return
		}
		introduced = false
	} else {
		introduced = false
	}
	if !introduced && k < s.EndTok && r.is(k, cComma) {
		if t := r.asideThat(k, s.EndTok); t > k && r.x.opt.KeepComplementizer {
			k, introduced = t, true // "said, among other things, that C"
		} else if t > k {
			k, introduced = t+1, true
		} else {
			return // "he said, and are steering away": no content follows the cue
		}
	}
	if !introduced && cueEnd == k && k < s.EndTok {
		k, cueEnd = r.prepInCue(c, k, s.EndTok)
	}
	k, introduced = r.quotePastIntro(c, k, introduced, s.EndTok) // content6.go
	if k == s.EndTok && k < len(r.l.Tokens) && r.is(k-1, cColon) && r.quoteOpening(k) >= 0 {
		// the quotation in the next paragraph is the content
	} else if k >= s.EndTok || r.claimed[k] {
		return
	}
	// An inflected stance verb with a noun phrase after it ("is backing Clinton", "backed the bill") is a verb
	// in its reporting sense; only the bare form can be an adverb or noun ("came back", "the state").
	inflectedObj := c.vf.frames&frameObj != 0 && r.low(c.verb) != c.vf.lemma && k < s.EndTok &&
		(r.is(k, cDet) || r.isCap(k) || (r.nounish(k) && !r.is(k, cPrep)))
	if c.vf.frames&frameIntro != 0 && !introduced && cueEnd == c.verb+1 && r.quoteOpening(k) < 0 && !r.research(src, srcEnd) && !inflectedObj {
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
	} else if r.opensQuoteIn(k, min(end, k+maxObjectScan)-1) { // speed7.go: else the loop finds none
		for i := k; i < min(end, k+maxObjectScan); i++ {
			if r.quoteOpening(i) >= 0 {
				if qe := r.quoteEnd(i); qe > end {
					end = qe
				}
			}
		}
	}
	if c.vf.frames&frameObj != 0 && !introduced {
		lim := min(end, k+maxObjectScan)
		if e := r.objectDash(k, r.mannerTail(k, r.participleTail(k, r.auxPredicate(k, r.coordinatedPredicate(k, r.adjunctEnd(c, k, r.cutObject(k, lim))))))); e < lim || lim == end {
			end = e
		}
	}
	end = r.findingContrast(c, k, r.cutCoordinated(k, end), end)
	end = r.quoteCommaEnd(k, end)
	end = r.finalParenthesis(k, r.finalApposition(k, end))
	end = r.cutSubordinate(s, src, k, end)
	end = r.relativeEnd(src, k, end)
	end = r.relClauseEnd(c, src, k, end) // relatives3.go
	end = r.narratorTail(k, end)
	end = r.ends5Adjunct(c, k, end, introduced) // ends5.go
	end = r.ends5NotBut(k, end, s.EndTok)       // ends5.go
	end = r.ends5Tails(k, end)                  // ends5.go

	end = r.contentEndLeading(s, c, src, k, cueEnd, end, introduced) // contentend.go
	if w := r.low(k); !introduced && c.vf.lemma == "know" && (w == "as" || w == "by" || w == "for") {
		return // "also known as", "known for": a name or a reputation, not knowledge
	}
	if r.is(k, cPrep) && end-k <= 3 && !(r.low(k) == "to" && c.vf.frames&frameTo != 0 && introduced) {
		return // "said on Friday": no content (but "declined to comment" has one)
	}
	if r.quoteOpening(k) < 0 || end != r.quoteEnd(k) {
		end = r.trimEnd(k, end)
	}
	end = r.questionMark(s.FirstTok, k, r.cutBeforeClaimed(k, end))
	if end-k < 1 || r.anyClaimed(k, end) || r.idleSense(c, k, cueEnd) || r.idleLeading3(c, k) {
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
	if wordset.Has(gRaisingLemmas, c.vf.lemma) && shared == nil {
		// "The speaker appeared closer to ...": the subject is what the impression is about, not a speaker;
		// "it seems ..." has no such subject.
		if !r.physicalAppear(c, k) {
			r.add(st, 0, 0, c.first, cueEnd, r.raisingPieces(src, srcEnd, k, end))
		}
		return
	}
	if rel := src - 1; shared == nil && (!introduced || r.low(k) == "to") && rel >= s.FirstTok && (r.relativeObject(rel, k) || r.relativeNamed(c, rel, k) || r.relativeGap(c, rel, k)) {
		// "a review, which he said was a mistake": the relative pronoun is the subject of what was said.
		r.add(st, src, srcEnd, c.first, cueEnd, [][2]int{{rel, rel + 1}, {k, r.namedEnd(c, k, r.asideEnd(rel, k, end))}})
		return
	}
	if ib := r.introPiece(s, src, cueEnd, k); ib > s.FirstTok {
		// `If she wins, he said, "she might ..."`: the quotation finishes the clause the sentence opened.
		r.add(st, src, srcEnd, c.first, cueEnd, [][2]int{{s.FirstTok, ib}, {k, end}})
		return
	}
	if shared == nil && r.objectCueNoun(c, src, srcEnd) {
		if !r.x.opt.Unsourced {
			return
		}
		src, srcEnd = 0, 0 // "raising fresh questions about C"
	}
	r.add(st, src, srcEnd, c.first, cueEnd, [][2]int{{k, end}})
}

// asideOpen is the dash that opens the aside closed by the dash at token close, or -1.
func (r *run) asideOpen(close, min int) int {
	for i := close - 1; i > min && i > close-maxClause; i-- {
		if r.isPunct(i, r.tok(close)) {
			return i
		}
		if r.isPunct(i, ";") || r.isPunct(i, ".") {
			return -1
		}
	}
	return -1
}

// longSubject finds a subject too long for npLeft that opens the sentence and ends with a comma at end-1:
// "Jane Roe, a pollster who is working with Priorities USA, a pro-Clinton super PAC, said". It returns the
// sentence's first token, or -1 when what lies between holds a quotation, a clause stop or another cue.
func (r *run) longSubject(s text.Sentence, end int) int {
	first := s.FirstTok
	if end-1 <= first+1 || !r.is(end-1, cComma) || !(r.isCap(first) || r.is(first, cDet)) || end-first > 40 {
		return -1
	}
	head := r.npRightOpt(first, end, false)
	if head == first || !r.is(head, cComma) || !r.capIn(first, head) {
		return -1
	}
	for i := first; i < end-1; i++ {
		if r.l.InQuote[i] >= 0 || r.claimed[i] || r.kind(i) == text.Quote {
			return -1
		}
		if r.kind(i) == text.Punct {
			switch r.tok(i) {
			case ";", ":", "?", "!", "—", "–":
				return -1
			}
		}
		if vf, ok := r.verb(i); ok && !vf.gerund && !vf.participle && (i == first || r.low(i-1) != "who" && r.low(i-1) != "which") {
			return -1
		}
	}
	return first
}

// research reports whether tokens [first, end) name a poll, study or report, whose "found" or "determined"
// reports findings even without "that".
func (r *run) research(first, end int) bool {
	for i := first; i < end; i++ {
		if wordset.Has(gResearchNouns, r.low(i)) {
			return true
		}
	}
	return false
}

// whWords open an indirect question.
var whWords = map[string]bool{"whether": true, "if": true, "what": true, "how": true, "why": true, "who": true, "when": true, "where": true}

// relativeSubject finds, left of token from, a noun phrase followed by a relative clause without commas that
// reaches the cue ("a senior official who asked not to be named"), and returns its start, or -1.
func (r *run) relativeSubject(from int, s text.Sentence) int {
	for i := from - 1; i > s.FirstTok && i > from-12; i-- {
		if r.l.InQuote[i] >= 0 || r.kind(i) == text.Punct {
			return -1
		}
		if w := r.low(i); w == "who" || w == "that" {
			src := r.npLeft(i, s.FirstTok)
			if src >= 0 && (r.subjectStart(src, s.FirstTok) || r.afterIntro(src, s)) {
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
	if first+2 < s.EndTok && r.is(first+1, cComma) && strings.HasSuffix(r.low(first), "ly") {
		first += 2 // "Interestingly, after the department asked ..., Hackett said"
	}
	if w := r.low(first); (w == "but" || w == "and" || w == "yet") && first+1 < s.EndTok {
		first++ // "But while Obama has said ..., his administration continues"
	}
	if !r.is(first, cSubord) || src <= first {
		return end
	}
	for i := first; i < src; i++ {
		if r.is(i, cComma) {
			return end // the source is in the main clause
		}
	}
	for i := k + 1; i < end; i++ {
		if r.is(i, cComma) && r.l.InQuote[i] < 0 {
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
		// Each test below needs one of these: most tokens stop here.
		if t := r.info[i]; t.form() == 0 && t.class()&(cSemicolon|cCoord) == 0 && !r.is(i-1, cComma) {
			continue
		}
		// "...; Wealth-X tallies 585": a semicolon closes what was said; a list goes on ("; and", "; that ...").
		if r.is(i, cSemicolon) && i+1 < end && r.low(i+1) != "and" && r.low(i+1) != "that" {
			return i
		}
		// ", but he gave ...", ", and urged ...": a new clause of the narrator's.
		if r.is(i, cCoord) && r.is(i-1, cComma) && i+1 < end && r.coordinatedClause(i, end) {
			return i - 1
		}
		// ", while Republican candidates went after ...", ", which includes ...", ", with whom he clashed":
		// the narrator takes over.
		if r.is(i-1, cComma) && (wordset.Has(gContentBreaks, r.low(i)) || (r.is(i, cPrep) && i+1 < end && (r.low(i+1) == "whom" || r.low(i+1) == "which"))) {
			if c := r.embeddedRelative(i, end); c > i {
				i = c // "said the bomber, who ..., had links": the main clause goes on
				continue
			}
			if r.onlyComplementizer(k, i-1) {
				continue // "argue that, while the tax may ..., workers won't": the clause opens inside the content
			}
			return i - 1
		}
		vf, ok := r.verb(i)
		if !ok {
			continue
		}
		if vf.gerund && (r.is(i-1, cComma) || (r.quoteClosing(i-1) && i-2 > k && r.is(i-2, cComma))) {
			return i - 1
		}
		if r.is(i-1, cComma) && i-1 > k && vf.frames&frameInv != 0 && vf.participle && r.low(i) != vf.lemma {
			return i - 1 // ", said one voter ...": another statement, inverted
		}
		if vf.gerund && (r.low(i-1) == "before" || r.low(i-1) == "while") && i-2 > k {
			return r.trimEnd(k, i-1)
		}
		if !vf.gerund && i-3 > k && vf.frames&(frameSay|frameTell) != 0 && (r.low(i) != vf.lemma || r.low(i-1) != "to") {
			// "..., and Trump says he will ...": a new statement with its own subject.
			if sub := r.joinedSubject(r.auxStart(i, k+1), k+1); sub > k+1 && (r.low(sub-1) == "and" || r.low(sub-1) == "but") &&
				(r.isCap(sub) || r.is(sub, cPronoun|cDet) || r.quantitySubject(sub)) {
				j := sub - 1
				if r.is(j-1, cComma) {
					j--
				}
				return j
			}
		}
		if r.ends5BareConj(k, i, end) {
			continue // ends5.go: "to stop work and promise ...": the bare verb goes on the infinitive
		}
		// "chides Turkey and praises Trump": an inflected cue verb after "and" starts a statement of its own, after
		// a one-word object too ("claimed victory and argued ...").
		if !vf.gerund && i-2 >= k && (vf.frames&(frameSay|frameTell) != 0 || (vf.frames&frameObj != 0 && r.low(i) != vf.lemma)) {
			j := i - 1
			if j-1 > k && (r.is(j, cAux) || strings.HasSuffix(r.low(j), "ly")) {
				j-- // "and later said", "but also told"
			}
			// "said the drivers wanted a raise and supported the strike": the verb may go on the reported clause.
			if w := r.low(j); (w == "and" || w == "but") && (r.is(j-1, cComma) || !r.sharedClause(k, j, i)) {
				if r.is(j-1, cComma) {
					j--
				}
				return j
			}
		}
	}
	return end
}

// joinedSubject is the subject, ending before token end, of a clause that "and" or "but" may join to an object
// before it: npLeft reads "the budget and Okafor" as one noun phrase, but before a finite speech verb what
// follows the first "and" is the verb's subject ("approved the budget and Okafor said ...").
func (r *run) joinedSubject(end, min int) int {
	sub := r.npLeft(end, min)
	if sub < 0 {
		return sub
	}
	for j := sub + 1; j < end-1; j++ {
		// Only a name or pronoun right before the verb: "Moscow and Kyiv agree" is one subject, and "called the
		// citation and the demand ... a ploy" one object.
		if w := r.low(j); (w == "and" || w == "but") && r.l.InQuote[j] < 0 && !r.isCap(j-1) && end-j <= 4 &&
			(r.isCap(j+1) || r.is(j+1, cPronoun)) {
			return j + 1
		}
	}
	return sub
}

// contentBreaks after a comma end reported speech: what follows is the narrator's.
var contentBreaks = map[string]bool{"while": true, "which": true, "who": true, "whereas": true}

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
		if r.l.InQuote[i] >= 0 || !r.is(i, cRelative|cAs|cComma|cClauseBrk) {
			continue // each test below needs one of these
		}
		lw := r.low(i)
		// A relative clause after the object noun: "explained the agreements that Trump had claimed". Only when
		// it reports speech of its own ("that Trump had claimed"), and not under PolNeAR's convention, which
		// keeps every restrictive relative clause in the object ("backed the workers who demanded a raise").
		relative := !r.x.opt.RelativeInObject && (lw == "that" || lw == "which" || lw == "who") && i > k+1 &&
			(r.l.InQuote[i-1] >= 0 || r.nounish(i-1)) && r.reportsNext(i+1, end)
		if (lw == "as" && !r.asClause(i, end)) || (r.is(i, cComma) && i+2 < end && r.low(i+1) == "as" && (r.low(i+2) == "if" || r.asPredicate(k, i))) {
			continue // "described the plan as "dead"", "..., as if she ...": the predicate is part of the content
		}
		if relative || (r.is(i, cClauseBrk) && (!r.objectReason(i, end) || r.reasonAfterPlainObject(k, i)) && !r.reducedWhile(i, end) && !r.innerTimeClause(k, i)) || (r.is(i, cComma) && i+1 < end && r.is(i+1, cClauseBrk)) {
			end = r.clauseModifier(k, i)
			break
		}
	}
	for end > k+1 {
		switch {
		case wordset.Has(gTrailingAdverbs, r.low(end-1)):
			end--
		case end-2 > k && r.low(end-2) == "to" && wordset.Has(gMediaNames, r.tok(end-1)):
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
	k = r.timePhrase(k, end)
	if r.notAdverbial(k, end) {
		return k
	}
	for j := k; j < end && j < k+9; j++ {
		if r.l.InQuote[j] >= 0 {
			return k
		}
		lw := r.low(j)
		if lw == "that" || r.is(j, cColon) || (r.is(j, cComma) && j+1 < end && r.quoteOpening(j+1) >= 0) {
			if j == k {
				return k
			}
			first := r.low(k)
			if npPreps[first] || first == "during" || first == "late" || first == "earlier" || first == "yesterday" ||
				first == "after" || first == "before" || first == "outside" || first == "here" || first == "there" ||
				first == "today" || first == "last" || first == "this" || first == "again" || first == "repeatedly" ||
				first == "publicly" || first == "privately" || first == "in" || first == "on" || first == "," {
				return j
			}
			return k
		}
		if r.kind(j) == text.Word && !r.nounish(j) && !r.is(j, cDet|cPrep) && lw != "during" &&
			lw != "late" && lw != "yesterday" && lw != "today" && lw != "last" && lw != "this" && !r.is(j, cTime) && !r.in(j, sDayPart) &&
			!(j == k && (lw == "earlier" || lw == "later" || lw == "again" || lw == "repeatedly" || lw == "publicly" || lw == "privately" ||
				lw == "after" || lw == "before" || lw == "outside" || lw == "here" || lw == "there")) &&
			lw != "however" {
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
	if ne == first+1 || ne+1 >= s.EndTok || !(r.is(ne, cColon) || r.is(ne, cComma)) || r.quoteOpening(ne+1) < 0 {
		return
	}
	end := r.quoteEnd(ne + 1)
	st := Statement{Rule: vf.rules.saidFirst, Evidence: "the cue opens the sentence, then source, colon and quotation", Medium: r.medium(first, s.EndTok)}
	r.add(st, first+1, ne, first, first+1, [][2]int{{ne + 1, end}})
}

// passive handles "it was announced by X that C" and "C, it was announced by X".
func (r *run) passive(s text.Sentence) {
	if !r.participle || r.sc&cBy == 0 {
		return
	}
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
	if r.sc&cCueNoun == 0 {
		return
	}
	for i := s.FirstTok + 1; i+2 < s.EndTok; i++ {
		if !r.is(i, cCueNoun) || r.claimed[i] || r.l.InQuote[i] >= 0 || r.low(i+1) != "that" {
			continue
		}
		// The possessor right before the noun: "Governor Elif Demir's remark".
		src := -1
		pe := i
		if w := r.tok(i - 1); strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || r.possessiveMark(i-1) {
			if src = r.npLeft(i, s.FirstTok); src >= 0 {
				src = r.possessorStart(src, i)
			}
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
	next := s.FirstTok + 2 // tokens before it are done with
	// Only the sentence's gerunds outside quotations, noted by sentence, in order.
	for _, at := range r.gerundAt {
		i := int(at)
		if i+1 >= s.EndTok {
			break
		}
		vf, ok := r.verb(i)
		if i < next || !ok || !vf.gerund || r.claimed[i] || r.l.InQuote[i] >= 0 {
			continue
		}
		pw := r.low(i - 1)
		if (pw == "also" || pw == "then" || pw == "again") && i-2 > s.FirstTok && r.is(i-2, cComma) {
			pw = "," // ", also calling on ..."
		}
		if r.commaQuote(i - 1) {
			pw = "," // `a “ridiculous proposition,” adding that ...`
		}
		pw = r.dashGerund(i, pw) // missedverbs.go: "... – saying C"
		if pw != "," && pw != "before" && pw != "while" && pw != "after" && pw != "by" &&
			!((pw == "and" || pw == "but") && (r.lastStatementIn(s) >= 0 || r.gerundConjunct(i, s.FirstTok))) {
			continue // "..., saying X but suggesting Y": a second gerund joins the first
		}
		k, cueEnd := r.cueTail(cue{first: i, verb: i, vf: vf}, i+1, s.EndTok)
		if r.is(k, cColon) || (r.is(k, cComma) && k+1 < s.EndTok && r.quoteOpening(k+1) >= 0) {
			k++ // ", saying, "We ...""
		}
		k, cueEnd = r.gerundSetting(k, cueEnd, s.EndTok)
		k, cueEnd = r.skipToThat(k, cueEnd, s.EndTok)
		k = r.startPastAdjuncts(k, cueEnd, s.EndTok, vf.frames&frameTell != 0) // starts5.go
		k = r.gerundQuotePast(cue{first: i, verb: i, vf: vf}, k, s.EndTok)     // content6.go
		if r.noContentAt(k, s.EndTok) {                                        // starts5.go
			continue
		}
		if r.low(k) == "that" {
			if !r.x.opt.KeepComplementizer {
				k++
			}
		} else if vf.frames&frameTell != 0 {
			if ne := r.npRight(k, s.EndTok); ne > k && ne < s.EndTok && r.low(r.thatAfter(ne, s.EndTok)) == "that" {
				ne = r.thatAfter(ne, s.EndTok) // "telling reporters in May that"
				k = ne
				if !r.x.opt.KeepComplementizer {
					k++
				}
			} else if ne := r.addresseeBeforeClause(vf, k, s.EndTok); ne > k {
				k = ne // "telling his aides he planned to ..."
			}
		}
		k = r.addresseeBeforeWh(vf.lemma, k, s.EndTok)
		k, cueEnd = r.gerundCatenative(k, cueEnd, s.EndTok)
		k, cueEnd = r.gerundStart(cue{first: i, verb: i, vf: vf}, k, cueEnd, s.EndTok)
		if k >= s.EndTok {
			continue
		}
		end := r.participleTail(k, r.gerundAside(s.FirstTok, i, k, r.gerundEnd(k, r.trimEnd(k, r.cutAtClaimed(k, r.gerundAndEnd(k, r.gerundRelativeEnd(k, r.nextGerundCue(k, s.EndTok))))))))
		end = r.gerundDangling(k, r.gerundQuoteRunOn(k, r.quoteRunOn(k, end, s.EndTok), s.EndTok))
		end = r.ends5Tails(k, r.ends5Gerund(i, vf, k, end)) // ends5.go
		if end <= k || r.anyClaimed(k, end) {
			continue
		}
		srcFirst, srcEnd := -1, -1
		if prev := r.statementBefore(s, i); prev >= 0 && r.out[prev].Source != nil {
			ps := *r.out[prev].Source
			srcFirst, srcEnd = r.tokenAt(ps.Start), r.tokenAt(ps.End-1)+1
		} else if first := r.clauseSubject(s, i); first >= 0 {
			if ne := r.coordRight(first, r.subjectNP(first, i), i); ne > first && (r.capIn(first, ne) || r.is(first, cPronoun) || r.is(first, cDet)) {
				srcFirst, srcEnd = first, r.subjectApposition(first, ne, i)
			}
		}
		if srcFirst >= 0 {
			// sources4.go: a clause with its own subject between the source and the gerund ("..., Okafor took a
			// harder line, warning")
			from := srcEnd
			if prev := r.statementBefore(s, i); prev >= 0 {
				from = max(from, r.tokenAt(r.out[prev].Content.End-1))
			}
			if f, ne := r.laterClauseSubject(srcFirst, from, i); f >= 0 {
				srcFirst, srcEnd = f, ne
			}
		}
		if c, f, ne := r.timedGerund(s, i, k, end); c > k {
			end, srcFirst, srcEnd = c, f, ne
		}
		end = r.gerundAsideEnd(k, end) // contentend.go
		if srcFirst < 0 || r.idleGerund(vf, i) || r.idleComplement(vf.lemma, k) {
			continue
		}
		st := Statement{Rule: vf.rules.gerund, Evidence: "a gerund cue after a comma takes the clause's subject as source", Medium: r.medium(s.FirstTok, s.EndTok)}
		// The source is shared with the clause before: add it without claiming it again.
		sp := r.span(srcFirst, srcEnd-1)
		st.Source = &sp
		r.add(st, 0, 0, r.byCueStart(i, s.FirstTok), cueEnd, [][2]int{{k, end}})
		next = end + 1
	}
}

// clauseSubject is where the subject of sentence s's main clause starts, before token end: the sentence's
// start, or the word after the comma that closes an opening phrase ("Here in Columbia, Sanders stepped up").
func (r *run) clauseSubject(s text.Sentence, end int) int {
	if k := r.leadIn(s, end); k > 0 && k < end {
		return k
	}
	first := r.openingConj(s.FirstTok, end)
	if w := r.low(first); r.openerWord(first) || w == "here" || w == "there" {
		return r.afterOpenerComma(first, end, 16)
	}
	// "A week later, the mayor changed course, telling ...": a short time phrase and its comma.
	if k := r.afterOpenerComma(first, end, 6); k > 0 && r.afterOpening(k, first) {
		return k
	}
	return first
}

// afterOpenerComma is the token after the comma that closes an opening phrase starting at token first, looking
// at most limit tokens on and not past end; -1 when a quotation comes first or no comma does.
func (r *run) afterOpenerComma(first, end, limit int) int {
	for k := first + 1; k < end && k < first+limit; k++ {
		if r.l.InQuote[k] >= 0 {
			return -1
		}
		if r.is(k, cComma) {
			return k + 1
		}
	}
	return -1
}

// subjectNP is the end of the subject noun phrase that starts at token first, before end: npRight's phrase cut
// before the first word that looks like a past-tense verb the lexicon does not know ("ProPublica obtained").
func (r *run) subjectNP(first, end int) int {
	ne := r.adverbInNP(first, r.npRightOpt(first, end, false), end)
	for k := first + 1; k < ne; k++ {
		if r.pastVerbAt(k) || r.presentVerbAt(k) {
			return k
		}
	}
	return ne
}

// verbTail drops from noun phrase [first, ne) a last word that looks like a past-tense verb the lexicon does not
// know ("Sanders stepped"), which npRight cannot tell from a noun.
func (r *run) verbTail(first, ne int) int {
	if ne-1 > first && r.kind(ne-1) == text.Word && !r.isCap(ne-1) && strings.HasSuffix(r.low(ne-1), "ed") {
		return ne - 1
	}
	return ne
}

// cutAtClaimed ends content [k, end) before the first token another statement took ("saying he would appoint
// judges, and reminded the audience"), dropping the conjunction and punctuation left before it.
func (r *run) cutAtClaimed(k, end int) int {
	for j := k; j < end; j++ {
		if r.claimed[j] {
			for j > k && (r.kind(j-1) == text.Punct || r.low(j-1) == "and" || r.low(j-1) == "but") {
				j--
			}
			return j
		}
	}
	return end
}

// nextGerundCue is where a gerund cue's content ends when another gerund cue joins it with "and" or "but"
// ("saying she was ready but suggesting that ..."), or end.
func (r *run) nextGerundCue(k, end int) int {
	for i := k + 2; i < end && i < k+maxClause; i++ {
		if w := r.low(i - 1); (w != "and" && w != "but") || r.l.InQuote[i] >= 0 {
			continue
		}
		if vf, ok := r.verb(i); ok && vf.gerund && vf.frames&(frameSay|frameTell|frameObj) != 0 {
			j := i - 1
			if r.is(j-1, cComma) {
				j--
			}
			return j
		}
	}
	return end
}

// asked handles questions put to someone: "Asked by Matt Lauer whether she had practised, ...", "When asked if
// ...", "X was asked by Y whether ...". The asker, when named after "by", is the source; the question is the
// content, up to the comma that ends it.
func (r *run) asked(s text.Sentence) {
	if r.sc&cAsked == 0 {
		return
	}
	for i := s.FirstTok; i < s.EndTok-1; i++ {
		if !r.is(i, cAsked) || r.claimed[i] || r.l.InQuote[i] >= 0 {
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
			if ne < s.EndTok && r.is(ne, cComma) && ne+1 < s.EndTok && (r.low(ne+1) == "who" || r.low(ne+1) == "a" || r.low(ne+1) == "the") {
				if j := r.nextComma(ne+1, s.EndTok); j > 0 {
					ne = j
				}
			}
			srcFirst, srcEnd = k+1, ne
			k = ne
			if k < s.EndTok && r.is(k, cComma) {
				k++
			}
		}
		k = r.skipAdverbial(k, s.EndTok)
		if k < s.EndTok && (r.is(k, cPrep) || r.is(k, cTime) || r.low(k) == "during" || r.low(k) == "recently") {
			// "Asked on Monday whether", "when asked during a luncheon if": a short phrase before the question.
			for j := k + 1; j < s.EndTok && j < k+9 && r.l.InQuote[j] < 0 && r.kind(j) != text.Punct; j++ {
				if r.askedQuestionAt(k, j) { // missedverbs.go: "Asked on Monday who", "Asked at a briefing about"
					k = j
					break
				}
			}
		}
		if k >= s.EndTok {
			continue
		}
		w := r.low(k)
		if !(w == "whether" || w == "if" || w == "what" || w == "how" || w == "why" || w == "who" || w == "when" || w == "whom" || w == "where" || w == "which" ||
			w == "about" || w == "to" || r.quoteOpening(k) >= 0 || r.is(k, cComma)) {
			continue
		}
		if r.is(k, cComma) {
			k++
		}
		cueEnd := i + 1
		if w == "about" && k == i+1 && k+1 < s.EndTok {
			k, cueEnd = k+1, k+1 // "asked about C": the preposition joins the cue, as with "talked about"
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
		end = r.trimEnd(k, r.askedEnd(opening, k, end))
		if end <= k || r.anyClaimed(k, end) {
			continue
		}
		st := Statement{Rule: "asked", Evidence: "a question put to someone; the asker after 'by' is the source"}
		if srcFirst >= 0 {
			r.add(st, srcFirst, srcEnd, cueFirst, cueEnd, [][2]int{{k, end}})
		} else {
			r.add(st, 0, 0, cueFirst, cueEnd, [][2]int{{k, end}})
		}
		return
	}
}

// nextComma is the index of the next comma outside quotations in [from, end), or -1.
func (r *run) nextComma(from, end int) int {
	for j := from; j < end; j++ {
		if r.is(j, cComma) && r.l.InQuote[j] < 0 {
			return j
		}
	}
	return -1
}

// expected handles "X is expected to Y": no source is named, and the content is the subject and the infinitive.
func (r *run) expected(s text.Sentence) {
	if r.sc&cExpected == 0 {
		return
	}
	tries := 0
	for i := s.FirstTok + 1; i+2 < s.EndTok && tries < 4; i++ {
		be := r.low(i)
		if be != "is" && be != "are" && be != "was" && be != "were" {
			continue
		}
		// "is widely expected to": an adverb may stand between.
		x := i + 1
		if w := r.low(x); (strings.HasSuffix(w, "ly") && len(w) > 4) || w == "also" || w == "still" || w == "now" {
			x++
		}
		if r.coordinatedExpected(s, i, x) {
			continue // "... but is not expected to C": see unsourced3.go
		}
		if x+1 >= s.EndTok || r.low(x) != "expected" || r.low(x+1) != "to" || r.claimed[i] {
			continue
		}
		tries++ // each try scans the clause: a few per sentence
		subj := r.npLeft(i, s.FirstTok)
		if w := r.low(i - 1); w == "which" || w == "who" || w == "that" {
			subj = i - 1
		}
		if subj < 0 {
			continue
		}
		relative := r.low(subj) == "who" || r.low(subj) == "which" || r.low(subj) == "that"
		if !relative && subj != s.FirstTok && !r.subjectStart(subj, s.FirstTok) && !r.afterIntro(subj, s) && !r.is(subj, cPronoun) {
			continue
		}
		ce := r.expectedEnd(x+1, s.EndTok) // the infinitive ends at its comma (a relative clause's too)
		if ce <= x+2 || r.anyClaimed(subj, ce) {
			continue
		}
		st := Statement{Rule: "expected", Evidence: "an expectation with no named source"}
		// A relative pronoun is a piece of the content too: "which is expected to draw" gives "which | to draw".
		r.add(st, 0, 0, i, x+1, r.expectedPieces(subj, i, x+1, ce))
		return
	}
}

// statementBefore is the index of the statement of sentence s whose cue ends last before token i, or -1:
// the clause a gerund cue after it continues.
func (r *run) statementBefore(s text.Sentence, i int) int {
	best := -1
	off := r.l.Tokens[i].Start
	for k := len(r.out) - 1; k >= 0; k-- {
		c := r.out[k].Cue
		if c == nil || c.Start < s.Start {
			break
		}
		if c.End <= off && (best < 0 || c.End > r.out[best].Cue.End) {
			best = k
		}
	}
	return best
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
	if r.sc&cAccording == 0 {
		return false
	}
	for i := s.FirstTok; i+1 < s.EndTok; i++ {
		if !r.is(i, cAccording) || r.low(i+1) != "to" || r.l.InQuote[i] >= 0 {
			continue
		}
		ne := r.npRightOpt(i+2, s.EndTok, false)
		if ne == i+2 {
			if ne = r.accordingSourceEnd(i+2, s.EndTok); ne == i+2 {
				return false
			}
		}
		st := Statement{Rule: "according-to", Evidence: "'according to' names the source"}
		// "The ceasefire, according to Norwegian mediators, is expected to ...": the content surrounds it.
		if i-1 > s.FirstTok && r.is(i-1, cComma) && ne < s.EndTok && r.is(ne, cComma) && !r.onlyPunct(ne+1, s.EndTok) && r.surroundingTail(s, i-1, ne+1) && !r.titleApposition(ne, s.EndTok) {
			cs := r.contentStart(s)
			ce := r.trimEnd(ne+1, s.EndTok)
			if i-1-cs >= 1 && ce > ne+1 && !r.anyClaimed(cs, ce) {
				st.Medium = r.medium(s.FirstTok, s.EndTok)
				r.add(st, i+2, ne, i, i+2, [][2]int{{cs, i - 1}, {ne + 1, ce}})
				return true
			}
		}
		if r.openingPhrase(s, i) {
			// According to X, C. A long source ("early results of exit polls conducted by ...") runs to the comma.
			if ne < s.EndTok && !r.is(ne, cComma) {
				if j := r.nextComma(ne, s.EndTok); j > 0 && j-ne <= 20 && !r.anyClaimed(ne, j) {
					ne = j
				}
			}
			if ne < s.EndTok && r.is(ne, cComma) {
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
		if r.thatsAccording(s, i, ne) {
			return true // "That's according to X."
		}
		if ce, ok := r.boundaryBefore(i - 1); ok {
			cs := r.contentStart(s)
			// The content must keep a token once its final punctuation is trimmed (" ,,, according to X").
			if ce-cs >= 2 && r.trimEnd(cs, ce) > cs && !r.anyClaimed(cs, ce) {
				st.Medium = r.medium(s.FirstTok, s.EndTok)
				if ne < s.EndTok && !r.is(ne, cComma) {
					ne = r.invertedSourceEnd(ne, s.EndTok) // "according to exit polls conducted by Edison Research"
				}
				ne = r.accordingApposition(ne, s.EndTok) // source.go
				r.add(st, i+2, ne, i, i+2, [][2]int{{cs, r.trimEnd(cs, ce)}})
				return true
			}
		}
		if cs := r.contentStart(s); !r.anyClaimed(cs, s.EndTok) {
			if ce, se := r.accordingNoComma(s, cs, i, ne); ce > cs {
				st.Medium = r.medium(s.FirstTok, s.EndTok)
				r.add(st, i+2, se, i, i+2, [][2]int{{cs, ce}})
				return true
			}
		}
	}
	return false
}

// openingPhrase reports whether token i opens sentence s but for a conjunction, a bracket or a comma before it:
// "But according to X, C", "(According to X, C".
func (r *run) openingPhrase(s text.Sentence, i int) bool {
	for k := s.FirstTok; k < i; k++ {
		w := r.low(k)
		if !(r.kind(k) == text.Punct || w == "but" || w == "and" || w == "so" || w == "yet" || w == "still") {
			return false
		}
	}
	return true
}

// colon handles "X: "C"" — a source, a colon and a quotation.
func (r *run) colon(s text.Sentence) {
	first := s.FirstTok
	if r.claimed[first] || r.is(first, cPrep) || r.is(first, cSubord) {
		return // "For example: ...", "In short: ..." introduce, they name no speaker
	}
	if r.sc&cColon == 0 {
		return
	}
	colonAt := -1 // only a colon among the first words can follow a speaker's name: look before parsing one
	for i := first + 1; i < s.EndTok && i <= first+16; i++ {
		if r.is(i, cColon) {
			colonAt = i
			break
		}
	}
	if colonAt < 0 || r.titleColon(s, first, colonAt) { // heads.go
		return
	}
	for _, c := range r.cues {
		if c.verb < colonAt {
			return // "he said:": a cue before the colon makes it the cue's, not a speaker label's
		}
	}
	ne := r.npRight(first, s.EndTok)
	if ne == first || ne >= s.EndTok-1 || !r.is(ne, cColon) || ne-first > 10 {
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
		hasCap = hasCap || (r.isCap(i) && i > first) || r.in(i, sTitle) || r.is(i, cPronoun)
	}
	if !hasCap && !r.isCap(first) {
		return
	}
	end := r.quoteEnd(k)
	if end < s.EndTok && !r.onlyPunct(end, s.EndTok) {
		end = r.trimEnd(k, s.EndTok)
	}
	src := first
	for i := first; i < ne-1; i++ {
		if r.isPunct(i, "-") || r.isPunct(i, "—") || r.isPunct(i, "–") {
			src = i + 1 // "A HEADLINE - Jane Roe: "C"": the speaker follows the dash
		}
	}
	st := Statement{Rule: "colon", Evidence: "a source, a colon, then a quotation", Medium: r.medium(first, s.EndTok)}
	if v := r.colonVerb(src, ne); v > src {
		r.add(st, src, v, v, ne, [][2]int{{k, end}}) // "Mr. Reyes gloated: "C""
		return
	}
	r.add(st, src, ne, ne, ne+1, [][2]int{{k, end}})
}

// colonQuote handles a speaker named before a colon inside a sentence: `The surge does not surprise pollster
// Jane Roe: "C"`, `HEADLINE - Jane Roe and John Doe: "C"`.
func (r *run) colonQuote(s text.Sentence) {
	if r.sc&cColon == 0 {
		return
	}
	for i := s.FirstTok + 2; i+1 < s.EndTok; i++ {
		if !r.is(i, cColon) || r.quoteOpening(i+1) < 0 || r.claimed[i] || r.claimed[i+1] || r.l.InQuote[i] >= 0 {
			continue
		}
		src := r.npLeft(i, s.FirstTok)
		// "Jane Roe and John Doe": two speakers share the quotation.
		for src > s.FirstTok+1 && (r.low(src-1) == "and" || r.isPunct(src-1, "&")) {
			prev := r.npLeft(src-1, s.FirstTok)
			if prev < 0 || !r.isCap(prev) {
				break
			}
			src = prev
		}
		if src < 0 || !r.capIn(src, i) || r.colonObject(src) { // colon.go: `by Jane Roe: "C"`
			continue
		}
		for k := src; k < i; k++ {
			if r.isPunct(k, "-") || r.isPunct(k, "—") || r.isPunct(k, "–") {
				src = k + 1 // "A HEADLINE - Jane Roe": the speaker follows the dash
			}
		}
		for src < i && r.kind(src) == text.Word && !r.isCap(src) && !r.is(src, cDet) {
			src++ // "does not surprise pollster Jane Roe": a verb the phrase swallowed
		}
		if src >= i || !r.capIn(src, i) || r.colonObject(src) { // colon.go: `message to Jane Roe: "C"`
			continue
		}
		if r.addColonQuote(s, src, i) {
			return
		}
	}
}

// addColonQuote adds the statement of source token src, the colon at token colon and the quotation after it,
// unless a statement has claimed a word of the quotation.
func (r *run) addColonQuote(s text.Sentence, src, colon int) bool {
	end := r.quoteEnd(colon + 1)
	if r.anyClaimed(colon+1, end) {
		return false
	}
	st := Statement{Rule: "colon", Evidence: "a source, a colon, then a quotation", Medium: r.medium(s.FirstTok, s.EndTok)}
	r.add(st, src, colon, colon, colon+1, [][2]int{{colon + 1, end}})
	return true
}

// notSpeakers open lines with a colon that are labels, not people.
var notSpeakers = map[string]bool{
	"update": true, "note": true, "editor": true, "correction": true, "watch": true, "related": true, "photo": true,
	"video": true, "read": true, "source": true, "sources": true, "listen": true, "live": true, "breaking": true,
	"exclusive": true, "analysis": true, "opinion": true, "advertisement": true, "q": true, "a": true,
	// Labels of headlines, bylines and credits: "The Latest:", "Contributing:", "Twitter:", "Wow:".
	"the": true, "contributing": true, "byline": true, "twitter": true, "wow": true, "look": true,
	"bombshell": true, "paid": true, "stat": true, "follow": true, "email": true, "credit": true,
}

// colonHeadline takes "Name: what they said" when the name is a short run of capitalised words.
func (r *run) colonHeadline(s text.Sentence, first, colon int) {
	if colon-first > 12 || notSpeakers[r.low(first)] || s.EndTok-colon < 4 {
		return
	}
	// "Clinton to Planned Parenthood: C", "Gillibrand on the Transcripts: C": the speaker ends at the
	// preposition that names the audience or the topic.
	srcEnd := colon
	for i := first; i < colon; i++ {
		if r.kind(i) == text.Word && !r.isCap(i) && !possessiveWord(r.tok(i)) {
			if w := r.low(i); i > first && srcEnd == colon && (w == "to" || w == "on" || w == "at" || w == "about") {
				srcEnd = i
				continue
			}
			return
		}
	}
	if srcEnd-first > 4 {
		return
	}
	ce := r.trimEnd(colon+1, s.EndTok)
	ce = r.transcriptTurn(s, first, srcEnd, colon, ce) // "TAPPER: C1. C2."
	ce = r.mixedTurn(s, first, colon, ce)              // colon.go: "Lee: C1. C2." among other turns
	if ce <= colon+1 || r.anyClaimed(colon+1, ce) || r.colonList(s, first, srcEnd, colon+1, ce) {
		return // "Iowa: Tim Albrecht, Brad Anderson, ...": a list, not a statement
	}
	if r.sectionLabel(s, first, colon, ce) || r.predicateLabel(first, srcEnd, colon) {
		return // colon.go: "Rossi: Hold the line." alone in the body, "Mayor Digs In: ..."
	}
	st := Statement{Rule: "colon-headline", Evidence: "a name, a colon, then what they said (headline or transcript)"}
	r.add(st, first, srcEnd, colon, colon+1, [][2]int{{colon + 1, ce}})
}

// commas counts the commas among tokens [a, b).
func (r *run) commas(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if r.is(i, cComma) {
			n++
		}
	}
	return n
}

func possessiveWord(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// continuations attaches quotations with no attribution of their own to the statement before them: in the same
// paragraph as another piece of that statement, in the next paragraph as a statement of its own with no cue.
func (r *run) continuations() {
	var before *prevIndex // made when first asked: most documents have no quotation to join
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
		if before == nil {
			before = newPrevIndex(r.out) // r.out is as it was at the start: statements are added below only
		}
		prev := before.at(r.out, r.l.Tokens[q.Open].Start)
		if prev < 0 {
			continue
		}
		prev = r.continuedStatement(prev, r.l.Tokens[q.Open].Start)
		prev = r.quotedBefore(prev, r.l.Tokens[q.Open].Start, q.Para)
		ps := r.out[prev]
		pPara := r.paraOf(ps.Content.End)
		if pPara != q.Para && pPara != q.Para-1 {
			continue
		}
		if ps.Kind == Indirect && pPara != q.Para && !q.Reopens {
			continue
		}
		if r.narratorBetween(r.tokenAt(ps.Content.End-1), q.Open) {
			continue
		}
		inner := q.Inner
		// PolNeAR joins a quotation that goes on in the next paragraph to the statement too.
		if r.x.opt.JoinContinuations {
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
		r.added = true
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
	// ends holds the current end of statements moved while not the answer; their older entries in ready are
	// stale and dropped when they come to the top.
	ends map[int]int
}

// endEntry is a statement's index and its content's end as last seen.
type endEntry struct{ i, end int }

func newPrevIndex(out []Statement) *prevIndex {
	p := &prevIndex{pending: endHeap{less: func(a, b endEntry) bool { return a.end < b.end || (a.end == b.end && a.i < b.i) }},
		ready: endHeap{less: func(a, b endEntry) bool { return a.end > b.end || (a.end == b.end && a.i < b.i) }}}
	p.off = math.MinInt
	// Every statement passes through both heaps, and continuations adds a few: no growing for most documents.
	p.pending.xs = make([]endEntry, 0, len(out))
	p.ready.xs = make([]endEntry, 0, len(out)+8)
	for i, st := range out {
		p.pending.xs = append(p.pending.xs, endEntry{i, st.Content.End})
	}
	p.pending.init()
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
		p.ready.push(p.pending.pop())
	}
	for p.ready.Len() > 0 {
		if e := p.ready.xs[0]; p.ends != nil {
			if cur, ok := p.ends[e.i]; ok && cur != e.end {
				p.ready.pop()
				continue
			}
		}
		break
	}
	if p.ready.Len() == 0 {
		return -1
	}
	return p.ready.xs[0].i
}

// moved says that statement i, which ended at or before the last offset (the answer or another one before
// it), now ends at end, after that offset.
func (p *prevIndex) moved(i, end int) {
	if p.broken {
		return
	}
	if end <= p.off {
		p.broken = true
		return
	}
	if p.ready.Len() > 0 && p.ready.xs[0].i == i {
		p.ready.pop()
	}
	if p.ends == nil {
		p.ends = map[int]int{}
	}
	p.ends[i] = end
	p.pending.push(endEntry{i, end})
}

// added says that statement i, ending at end, was appended.
func (p *prevIndex) added(i, end int) {
	if end <= p.off {
		p.broken = true
	}
	if !p.broken {
		p.pending.push(endEntry{i, end})
	}
}

// endHeap is a binary heap of statement ends: container/heap's algorithm, typed, so that pushing and popping
// box no entry. less is a total order (ties go by index), so the order entries come out in is the same.
type endHeap struct {
	xs   []endEntry
	less func(a, b endEntry) bool
}

func (h *endHeap) Len() int { return len(h.xs) }

func (h *endHeap) init() {
	n := len(h.xs)
	for i := n/2 - 1; i >= 0; i-- {
		h.down(i, n)
	}
}

func (h *endHeap) push(e endEntry) {
	h.xs = append(h.xs, e)
	h.up(len(h.xs) - 1)
}

func (h *endHeap) pop() endEntry {
	n := len(h.xs) - 1
	h.xs[0], h.xs[n] = h.xs[n], h.xs[0]
	h.down(0, n)
	e := h.xs[n]
	h.xs = h.xs[:n]
	return e
}

func (h *endHeap) up(j int) {
	for {
		i := (j - 1) / 2 // parent
		if i == j || !h.less(h.xs[j], h.xs[i]) {
			break
		}
		h.xs[i], h.xs[j] = h.xs[j], h.xs[i]
		j = i
	}
}

func (h *endHeap) down(i0, n int) {
	i := i0
	for {
		j1 := 2*i + 1
		if j1 >= n || j1 < 0 { // j1 < 0 after int overflow
			break
		}
		j := j1 // left child
		if j2 := j1 + 1; j2 < n && h.less(h.xs[j2], h.xs[j1]) {
			j = j2 // = 2*i + 2  // right child
		}
		if !h.less(h.xs[j], h.xs[i]) {
			break
		}
		h.xs[i], h.xs[j] = h.xs[j], h.xs[i]
		i = j
	}
}

// mediaRun returns the medium named by tokens [k, e) when they are a news outlet ("CNN", "the BBC", "Fox News").
func (r *run) mediaRun(k, e int) string {
	if k < e && r.low(k) == "the" {
		k++
	}
	if k >= e || !wordset.Has(gMediaNames, r.tok(k)) {
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
	// Each rule asks it of the whole sentence, and the answer depends on the tokens alone: keep the last one.
	// (The zero memo is right: no tokens, no medium.)
	if m := &r.mediumMemo; m.first == first && m.end == end {
		return m.medium
	}
	m := r.findMedium(first, end)
	r.mediumMemo.first, r.mediumMemo.end, r.mediumMemo.medium = first, end, m
	return m
}

// mediumCues are the words findMedium looks further at.
var mediumCues = map[string]bool{
	"told": true, "telling": true, "speaking": true, "spoke": true, "talking": true, "interview": true, "to": true,
	"on": true,
}

func (r *run) findMedium(first, end int) string {
	for i := first; i < end; i++ {
		if !r.is(i, cMediumCue) || r.l.InQuote[i] >= 0 {
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
		case lw == "on" && i+1 < end && wordset.Has(gSocialMedia, r.tok(i+1)):
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
	return r.cueTailAt(c, k, end)
}

// cueExtras extends a cue ending before token k over the day and the medium that follow the verb, which
// PolNeAR marks as part of it: "said Tuesday", "said in a statement", "said in a statement Saturday".
func (r *run) cueExtras(k, end int) int {
	for n := 0; n < 2 && k < end && r.l.InQuote[k] < 0; n++ {
		switch {
		case r.in(k, sWeekday):
			k++
		case r.cueAdverb(k, end) || r.afterCueAdverb(k, end): // "said repeatedly", "wrote recently", "said earlier"
			k++
		case r.in(k, sDayPart) && k > 0 && r.in(k-1, sWeekday): // "said Monday night"
			k++
		case r.socialMedium(k, end) > k: // "posted on Facebook"
			k = r.socialMedium(k, end)
		case k+2 < end && r.low(k) == "in" && (r.low(k+1) == "a" || r.low(k+1) == "an") && r.in(k+2, sMediumNoun):
			if r.mediumOut(k + 2) {
				return k // "wrote in a letter": the document stays out of the cue
			}
			if r.interviewGoesOn(k+2, end) {
				return k // cuechoice.go
			}
			k += 3
		default:
			return k
		}
	}
	return k
}

// weekdays name the days a statement was made on.
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true,
}

// cueTailAt is cueTail.
func (r *run) cueTailAt(c cue, k, end int) (int, int) {
	if k < end && r.l.InQuote[k] < 0 && (r.phrasalAt(c.vf.lemma, k) && !r.timeAfterParticle(k, end) || r.low(k) == "out" && c.vf.lemma != "say" || r.backUp(c, k) ||
		c.vf.particleOnly && r.particleAt(c.vf.lemma, k)) {
		k = r.secondParticle(c.vf.lemma, k+1, end)
	}
	k = r.cueExtras(k, end)
	if k < end && r.is(k, cColon) && r.x.opt.ColonInCue {
		k++
	}
	return r.mediumAfter(k, end), k
}
