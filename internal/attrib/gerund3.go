package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// gerundAndEnd ends a gerund cue's object content [k, end) before "and" and a second gerund that takes an object
// of its own ("praising the union's restraint and visiting the picket line"): the second gerund is a new act of
// the same subject, not part of the first one's object. Only a plain noun-phrase object is cut: when the content
// is a clause (a complementizer, a relative, an auxiliary) or already holds a verbal gerund, "and" may join two
// parts of that clause ("that the union was cleaning up its books and paying its debts").
func (r *run) gerundAndEnd(k, end int) int {
	for j := k + 1; j+2 < end; j++ {
		if r.l.InQuote[j] >= 0 {
			continue
		}
		if r.is(j, cRelative|cAux) || r.in(j, sWh) || r.is(j, cColon|cSemicolon) {
			return end
		}
		if r.participleOpens(j) && !r.is(j-1, cDet) && !possessiveWord(r.low(j-1)) && !r.possessiveMark(j-1) {
			return end // a verbal gerund inside the object: "and" may join its own conjuncts
		}
		if r.low(j) != "and" {
			continue
		}
		n := j + 1
		if w := r.low(n); w == "also" || w == "then" || (len(w) > 4 && strings.HasSuffix(w, "ly") && !r.isCap(n)) {
			n++ // "and generally impugning"
		}
		if n+1 < end && r.participleOpens(n) && r.objectStart(n+1) {
			e := j
			if r.is(e-1, cComma) {
				e--
			}
			return e
		}
	}
	return end
}

// objectStart reports whether token i can open the object of a verb: a determiner, a pronoun ("him" too) or a
// capitalised name (not an adjective, as in "unemployment and growing inequality").
func (r *run) objectStart(i int) bool {
	return r.l.InQuote[i] < 0 && (r.is(i, cDet|cPronoun) || wordset.Has(gObjectPronouns, r.low(i)) || (r.isCap(i) && r.kind(i) == text.Word))
}

// gerundConjunct reports whether the gerund cue at i, after "and" or "but" at i-1, is the second of two gerund
// phrases of one subject ("was touring the plant and urging the workers to vote", "backing the strike and
// calling for talks"): a verbal -ing word comes earlier in the same stretch, with no comma, colon or quotation
// between. Then the gerund states something of the clause's subject even when the first gerund does not.
// An aspect verb ("and continuing to press the union") only goes on with an act, and is no statement there.
func (r *run) gerundConjunct(i, first int) bool {
	switch r.low(i) {
	case "continuing", "keeping", "beginning", "starting", "resuming":
		return false
	}
	for j := i - 2; j > first && j > i-maxClause; j-- {
		if r.l.InQuote[j] >= 0 || r.is(j, cComma|cColon|cSemicolon) || r.kind(j) == text.Punct {
			return false
		}
		if r.participleOpens(j) {
			return !r.is(j-1, cDet) && !possessiveWord(r.low(j-1)) && !r.possessiveMark(j-1)
		}
	}
	return false
}

// addresseeBeforeWh moves the start of a gerund cue's content [k, end) past the person spoken to when a question
// or a topic follows ("asking the minister whether the port would reopen", "reminding voters of the strike",
// "telling reporters about the talks", content "about the talks"): the addressee is who heard it, not what was said. Only verbs of
// asking and telling take an addressee so; "of" and "about" introduce the topic only after telling verbs
// (with "asking", "questions about the deal" is the content itself).
func (r *run) addresseeBeforeWh(lemma string, k, end int) int {
	topic := false
	switch lemma {
	case "ask", "question", "press":
	case "tell", "remind", "inform", "warn":
		topic = true
	default:
		return k
	}
	if k >= end || r.l.InQuote[k] >= 0 || r.in(k, sWh) || r.is(k, cPrep|cColon|cComma) {
		return k
	}
	ne := k + 1
	if !wordset.Has(gObjectPronouns, r.low(k)) {
		ne = r.npRight(k, end)
	}
	if ne <= k || ne+1 >= end || ne-k > 6 || r.l.InQuote[ne] >= 0 {
		return k
	}
	switch r.low(ne) {
	case "whether", "if", "why", "how", "what":
		return ne // not "who" or "when", which may open a relative clause on the addressee
	case "of", "about":
		if topic {
			return ne // PolNeAR keeps the preposition with the topic
		}
	}
	return k
}

// gerundDangling drops from the end of a gerund cue's content [k, end) a subordinator or a preposition left
// with nothing after it, where a later statement took the clause it opened ("praising the deal, though", "the
// strike figures as", "a column in March, in"): the word belongs to the narrator's next clause, not to the
// content. A preposition stays unless a comma or dash stands before it: a stranded one ends a relative
// clause ("the terms he had argued for"). The openers that danglingOpeners keeps ("because", "when") stay, for
// the outer content takes in the clause after them.
func (r *run) gerundDangling(k, end int) int {
	for end-1 > k && r.l.InQuote[end-1] < 0 {
		switch r.low(end - 1) {
		case "as", "while", "though", "although", "after", "before", "since", "whereas", "despite":
			end--
		default:
			if !r.is(end-1, cPrep) || !(r.is(end-2, cComma) || r.isDash(end-2)) {
				return end
			}
			end--
		}
		for end > k && (r.is(end-1, cComma) || r.isDash(end-1)) {
			end--
		}
	}
	return end
}

// timedGerund finds the subject of a clause that a gerund phrase after a time or place phrase opens ("A week
// after backing the strike, the mayor changed course"; "Now, after signing the deal, the envoy ..."): the
// gerund at i follows "after", "before", "since" or "while" with no verb before it in sentence s, and the
// content [k, end) stops at the comma that closes the phrase. It returns that comma and the subject noun
// phrase after it, or -1s. clauseSubject cannot tell the time phrase from a subject.
func (r *run) timedGerund(s text.Sentence, i, k, end int) (comma, first, ne int) {
	switch r.low(i - 1) {
	case "after", "before", "since", "while":
	default:
		return -1, -1, -1
	}
	if i-1 > s.FirstTok+16 || i-1 == s.FirstTok {
		return -1, -1, -1
	}
	for j := s.FirstTok; j < i-1; j++ {
		if vf, ok := r.verb(j); ok && !vf.gerund || r.auxVerb(j) || r.pastVerbAt(j) {
			return -1, -1, -1 // "Sanders said after ...": the clause has its verb already
		}
	}
	c := -1
	for j := k + 1; j <= end && j < s.EndTok; j++ {
		if r.l.InQuote[j] < 0 && r.is(j, cComma) {
			c = j
			break
		}
	}
	if c < 0 || c+2 >= s.EndTok {
		return -1, -1, -1
	}
	f := c + 1
	n := r.subjectNP(f, s.EndTok)
	if n <= f || !(r.capIn(f, n) || r.is(f, cPronoun) || r.is(f, cDet)) {
		return -1, -1, -1
	}
	return c, f, n
}

// gerundQuoteRunOn extends a gerund cue's content [k, end), which reaches the end of its sentence, to the close
// of a quotation that opened inside it and runs on into the next sentences ("saying that the drivers "have
// earned it. Nobody else works these hours.""): quoteRunOn does so only when the content opens with the
// quotation, but what was said is the whole quotation either way.
func (r *run) gerundQuoteRunOn(k, end, sentEnd int) int {
	if end <= k || end != r.trimEnd(k, sentEnd) {
		return end
	}
	j := sentEnd - 1
	q := r.l.InQuote[j]
	if q < 0 || r.l.Quotes[q].Open < k {
		return end
	}
	qe := r.quoteEnd(j)
	if qe <= sentEnd || r.anyClaimed(sentEnd, qe) {
		return end
	}
	return qe
}

// gerundCatenative joins to a gerund cue an infinitive verb of saying that takes the that-clause after it
// ("refusing to concede that the strike had failed", "declining to admit that ..."): PolNeAR's cue runs to
// the infinitive, as for catenatives, and the content is the clause. Without "that" the infinitive is the
// content ("refusing to attack his rivals").
func (r *run) gerundCatenative(k, cueEnd, end int) (int, int) {
	if k+3 >= end || r.low(k) != "to" || r.l.InQuote[k] >= 0 || r.low(k+2) != "that" {
		return k, cueEnd
	}
	vf, ok := r.verb(k + 1)
	if !ok || vf.gerund || vf.frames&frameSay == 0 || r.low(k+1) != vf.lemma {
		return k, cueEnd
	}
	if r.x.opt.KeepComplementizer {
		return k + 2, k + 2
	}
	return k + 3, k + 2
}

// gerundSetting joins to a gerund cue the phrase of where or how it was said that stands between it and a
// that-clause or a quotation after a colon ("saying at a town hall that C", "writing in an email: "C""):
// PolNeAR's cue takes in such a setting. A bare date ("announcing on Friday that C") is no setting and stays
// out, as does a phrase that ends in "only" ("saying in the statement only that C"). It returns the content's
// start and the cue's end (past the colon with ColonInCue), or k and cueEnd.
func (r *run) gerundSetting(k, cueEnd, end int) (int, int) {
	if cueEnd != k || k+2 >= end || r.l.InQuote[k] >= 0 {
		return k, cueEnd
	}
	switch r.low(k) {
	case "in", "at", "on":
	default:
		return k, cueEnd
	}
	head := k + 1
	if r.is(head, cDet) {
		head++
	}
	if head >= end || r.is(head, cTime) || r.kind(head) == text.Number {
		return k, cueEnd
	}
	if j, adverb := r.adverbialThat(k, end); j > k && !adverb && r.low(j-1) != "only" {
		return j, j
	}
	for j := k + 1; j+1 < end && j < k+10; j++ {
		if r.l.InQuote[j] >= 0 || r.is(j, cComma|cSemicolon) {
			return k, cueEnd
		}
		if r.is(j, cColon) {
			if r.quoteOpening(j+1) >= 0 && r.x.opt.ColonInCue {
				return j + 1, j + 1
			} else if r.quoteOpening(j+1) >= 0 {
				return j + 1, j
			}
			return k, cueEnd
		}
	}
	return k, cueEnd
}

// gerundRelativeEnd ends a gerund cue's object content [k, end) before a comma and a relative pronoun
// ("praising the port authority, which runs the depot", "thanking the mayor, who had backed the strike"): the
// clause tells the reader who or what the object is, in the narrator's voice. A content that is a clause of its
// own (a complementizer, a verb) or opens with a preposition keeps it, for there the relative clause may be
// part of what was said.
func (r *run) gerundRelativeEnd(k, end int) int {
	if r.low(k) == "that" || r.is(k, cPrep) || r.l.InQuote[k] >= 0 {
		return end
	}
	for j := k + 1; j+1 < end && j < k+maxClause; j++ {
		if r.l.InQuote[j] >= 0 {
			continue
		}
		if vf, ok := r.verb(j); ok && !vf.gerund || r.auxVerb(j) || r.pastVerbAt(j) || r.low(j) == "that" {
			return end
		}
		if !r.is(j, cComma) || r.l.InQuote[j+1] >= 0 {
			continue
		}
		switch r.low(j + 1) {
		case "who", "which", "where", "whose", "whom":
			return j
		}
	}
	return end
}
