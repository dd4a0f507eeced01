package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// finiteAside finds the subject of a finite cue verb that is not a speech verb ("endorsed", "discussed",
// "wants") across asides set off by commas: "Dana Okafor, the head of the dockers union, has endorsed the mayor".
// asideSubject walks these only for verbs that may invert; the subject is found the same way, with two more
// checks, for a verb that cannot invert has less to say that it ends a clause: the subject holds no auxiliary
// ("the last thing Macer, a Democrat, wants": a clause of its own) and the aside is no "where" or "when"
// clause (a place or a time, so that the noun before is seldom the speaker).
func (r *run) finiteAside(s text.Sentence, c cue) (start, stop int, found bool) {
	if c.vf.frames&frameInv != 0 || c.vf.gerund {
		return -1, -1, false
	}
	c.vf.frames |= frameInv
	start, stop = r.asideSubject(s, c)
	if start < 0 {
		return -1, -1, false
	}
	for i := start; i < stop; i++ {
		if r.is(i, cComma) && i+1 < stop && (r.low(i+1) == "where" || r.low(i+1) == "when") {
			return -1, -1, false
		}
	}
	return start, stop, true
}

// bareAside reports whether bare cue form i follows an aside whose subject is plural, so that it is a verb
// agreeing with that subject: "The dockers, like the drivers, oppose the tariff", "Ferro and Okafor, among
// others, reject the term". verbHere otherwise wants a subject, auxiliary or plural noun right before the form.
func (r *run) bareAside(i int, s text.Sentence) bool {
	if i-1 <= s.FirstTok || !r.is(i-1, cComma) {
		return false
	}
	vf, _ := r.verb(i)
	start, stop, ok := r.finiteAside(s, cue{first: i, verb: i, vf: vf})
	if !ok {
		if vf.frames&frameInv == 0 {
			return false
		}
		if start, stop = r.asideSubject(s, cue{first: i, verb: i, vf: vf}); start < 0 {
			return false
		}
	}
	head := start
	for head < stop && !r.is(head, cComma) && r.kind(head) != text.Punct {
		if r.low(head) == "and" && head > start {
			return true // "Ferro and Okafor, ...": a coordination is plural
		}
		head++
	}
	if head == start {
		return false
	}
	w := r.low(head - 1)
	return wordset.Has(gPluralNouns, w) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !r.isCap(head-1) &&
		!strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

// doAux are the forms of "do" that open a question ahead of its subject (whWords may come before them).
var doAux = map[string]bool{
	"do": true, "does": true, "did": true, "don't": true, "doesn't": true, "didn't": true,
	"don’t": true, "doesn’t": true, "didn’t": true,
}

// doQuestion reports whether bare cue form i follows the subject of a question that "do" opens: "Did the
// inquiry find ...", "Why does the port refuse ...". The form agrees with the auxiliary, not with the noun before
// it, which verbHere would otherwise take for the head of a compound ("the inquiry find") or a name.
func (r *run) doQuestion(i int, s text.Sentence) bool {
	if vf, ok := r.verb(i); !ok || r.low(i) != vf.lemma || i-2 < s.FirstTok {
		return false
	}
	// The "do" that questionSubject accepts is the sentence's first or second word: look there before
	// looking for the nearest one.
	if f := s.FirstTok; !wordset.Has(gDoAux, r.low(f)) && !(f+1 < i && wordset.Has(gDoAux, r.low(f+1))) {
		return false
	}
	for a := i - 2; a >= s.FirstTok && a >= i-8; a-- {
		if !wordset.Has(gDoAux, r.low(a)) {
			continue
		}
		return r.questionSubject(a+1, s) && r.npRightOpt(a+1, i, false) == i
	}
	return false
}

// questionSubject reports whether the subject starting at src follows a question's opening "do", alone or
// after a question word that is no object: "Why does the board refuse", "Did the inquiry find".
func (r *run) questionSubject(src int, s text.Sentence) bool {
	a := src - 1
	if a < s.FirstTok || !wordset.Has(gDoAux, r.low(a)) || r.is(src, cPronoun) { // "How do you know": pronouns have their own rules
		return false
	}
	// "What does the union want?": the object stands first, and the verb has none after it.
	return a == s.FirstTok || a-1 == s.FirstTok && r.in(a-1, sWh) && r.low(a-1) != "what" && r.low(a-1) != "who"
}

// pastBare reports whether bare cue form i is also the verb's past tense ("cast", "read", "forecast") after a
// noun phrase: "Ferro cast her rival as weak", "the judge read his ruling". A singular subject takes the past,
// which verbHere would otherwise refuse as a bare form with no plural subject.
func (r *run) pastBare(i int, s text.Sentence) bool {
	vf, ok := r.verb(i)
	if !ok || !vf.participle || r.low(i) != vf.lemma || i-1 <= s.FirstTok && !r.isCap(i-1) {
		return false
	}
	p := i - 1
	if r.kind(p) != text.Word || r.l.InQuote[p] >= 0 || r.is(p, cDet|cPrep|cNotNP) || !r.nounish(p) {
		return false
	}
	return r.npLeft(i, s.FirstTok) >= 0
}
