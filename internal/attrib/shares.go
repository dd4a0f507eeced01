package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Subjects that npLeft misses: a poll's share of respondents, a subject with asides set off by commas before its
// verb; and cue words that read as nouns after a singular noun ("a talk show host"), "fired back", "known as".

// maxShareSubject bounds, in tokens, a subject found by shareSubject.
const maxShareSubject = 18

// shareSubject finds a poll's share of respondents that is the subject of the cue at token end and runs from the
// start of its clause: "About two-thirds of Republican voters in all five states support", "Only about 4 in
// 10 voters want", "More than six in 10 said", "On economic issues, 42% say". Poll reports put long quantified
// subjects before bare verbs that npLeft and bareSubject refuse. It returns the subject's first token, or -1.
func (r *run) shareSubject(s text.Sentence, end int) int {
	start := end
	for start > s.FirstTok && end-start <= maxShareSubject {
		p := start - 1
		if r.l.InQuote[p] >= 0 || r.claimed[p] {
			return -1
		}
		if r.kind(p) == text.Punct && (r.is(p, cComma|cSemicolon|cColon) || r.isPunct(p, "—") || r.isPunct(p, "–")) {
			break
		}
		start--
	}
	if end-start > maxShareSubject || end-start < 2 {
		return -1
	}
	if start > s.FirstTok && r.is(start-1, cComma) && !r.afterIntroAt(start, s.FirstTok) {
		return -1 // "Clinton, 42% of voters said": only an opening phrase may come before the subject
	}
	if w := r.low(start); w == "but" || w == "and" || w == "yet" || w == "so" || w == "while" || w == "whereas" {
		start++
	}
	i := start
	if w := r.low(i); w == "only" || w == "just" {
		i++
	}
	if i+1 < end && (r.low(i) == "more" || r.low(i) == "fewer" || r.low(i) == "less") && r.low(i+1) == "than" {
		i += 2
	} else if r.in(i, sApprox) && r.low(i) != "some" {
		i++
	}
	if i+1 >= end || !r.shareHead(i) {
		return -1
	}
	switch w := r.low(i + 1); {
	case w == "%" || w == "percent" || w == "of" || w == "in" || (w == "out" && r.low(i+2) == "of"):
	case strings.Contains(r.low(i), "-in-") || strings.Contains(r.low(i), "-third") || strings.Contains(r.low(i), "-quarter"):
	default:
		return -1
	}
	for j := i + 1; j < end; j++ {
		switch r.kind(j) {
		case text.Word, text.Number:
		case text.Punct:
			if p := r.tok(j); p == "-" || p == "." || p == "%" || p == "/" {
				continue
			}
			return -1
		default:
			return -1
		}
		if r.is(j, cQuant) {
			continue // "in all five states", "in each state"
		}
		if r.is(j, cAux|cSubord|cPronoun) || (r.is(j, cNotNP) && !shareWords[r.low(j)]) {
			return -1
		}
		if vf, ok := r.verb(j); ok && !vf.gerund && !vf.participle && !r.is(j-1, cDet|cQuant|cPrep) && r.kind(j-1) != text.Number {
			return -1 // a verb of its own before the cue
		}
	}
	return start
}

// shareHead reports whether token i names a quantity of people: a number, a fraction or "most", "majority".
func (r *run) shareHead(i int) bool {
	w := r.low(i)
	if r.kind(i) == text.Number || r.in(i, sNumberWord) {
		return true
	}
	if w == "a" || w == "one" && r.low(i+1) != "in" {
		return false // "a third" and "one of" are too often something other than a share of voters
	}
	return r.in(i, sFraction) || w == "most" || w == "majorities" || w == "nine" || w == "one" ||
		strings.Contains(w, "-in-") || strings.Contains(w, "-third") || strings.Contains(w, "-quarter")
}

// shareWords end a noun phrase for npLeft but may sit inside a poll's share: "four out of 10", "voters across
// the four states", "a poll released Monday", "Democrats and independents".
var shareWords = map[string]bool{
	"out": true, "across": true, "around": true, "within": true, "and": true, "per": true, "last": true,
	"week": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true,
}

// singularDets open a singular noun phrase: a bare verb form cannot agree with the noun after one.
var singularDets = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "my": true, "your": true, "every": true, "each": true, "another": true,
}

// pluralNouns take a bare verb form though they lack an -s: "some people say", "the public think".
var pluralNouns = map[string]bool{
	"people": true, "police": true, "staff": true, "public": true, "majority": true, "minority": true,
	"rest": true, "media": true, "men": true, "women": true, "children": true, "clergy": true,
	"personnel": true, "electorate": true, "press": true, "remainder": true, "faithful": true,
	"third": true, "half": true, "quarter": true, "fifth": true, "number": true, "lot": true, "couple": true,
	"handful": true, "few": true, "plurality": true, "percent": true, "dozen": true,
}

// nounCompound reports whether cue word i, in its bare form, is the head of a compound noun after a singular
// noun: "a talk show host", "the center-left think tank", "a campaign post". A singular subject would take
// "shows" or "thinks"; a prepositional phrase before ("voters in the state say") leaves the subject plural.
func (r *run) nounCompound(i int, s text.Sentence) bool {
	if vf, _ := r.verb(i); r.low(i) != vf.lemma || i+1 >= s.EndTok || r.kind(i+1) != text.Word {
		// "..., the article read.": a cue word last in its clause is the verb of a trailing attribution.
		return false
	}
	return r.compoundHead(i, s.FirstTok)
}

// compoundHead reports whether cue word i heads a noun phrase after a singular determiner and one modifier:
// "the new report", "a talk show", so that npLeft may take "the congressional report said" whole.
func (r *run) compoundHead(i, min int) bool {
	if _, ok := r.verb(i); !ok || i-2 < min {
		return false
	}
	p := i - 1
	lp := r.low(p)
	if r.kind(p) != text.Word || r.isCap(p) || r.is(p, cNotNP|cPronoun|cPrep|cAux) || r.adverbLy(p) ||
		strings.HasSuffix(lp, "s") || wordset.Has(gPluralNouns, lp) || r.in(p, sNumberWord) {
		return false
	}
	d := i - 2
	if !wordset.Has(gSingularDets, r.low(d)) {
		return false
	}
	for k := d - 1; k >= min && k >= d-3; k-- {
		if (r.is(k, cPrep) || r.low(k) == "of") && k > min {
			// "voters in the state say": the noun before the preposition may be the plural subject.
			if w := r.low(k - 1); strings.HasSuffix(w, "s") || wordset.Has(gPluralNouns, w) || r.reducedRelative(k-1, min, i+1) ||
				r.postAdjectivePhrase(k-1, min) { // "sources close to the campaign say": missed4.go
				return false // "people briefed on the talks say" too
			}
		}
	}
	return true
}

// maxAside bounds, in tokens, the asides between a subject and its speech verb that asideSubject walks over.
const maxAside = 40

// asideSubject finds the subject of a speech verb that follows a comma, when asides set off by commas stand
// between them: "Bob Friedman, a talk show host at the oldest station in Alabama, said", "Mary Susan, clad in a
// red cape, said", "Sen. Ann Vale (D-Ohio), who has endorsed Clinton, said". The subject is a noun phrase that
// opens the clause (the sentence, or what follows an opening phrase such as "Speaking later on the show,").
// Appositions and relative clauses belong to the source, as PolNeAR mostly marks them; a participle phrase, or an
// aside that holds a statement of its own, does not. It returns the source's span [start, stop), or -1, -1.
func (r *run) asideSubject(s text.Sentence, c cue) (start, stop int) {
	comma := c.first - 1
	if c.vf.frames&frameInv == 0 || comma <= s.FirstTok+2 || !r.is(comma, cComma) || r.l.InQuote[comma] >= 0 {
		return -1, -1
	}
	st := s.FirstTok
	if w := r.low(st); w == "but" || w == "and" || w == "yet" || w == "so" {
		st++
	}
	// An opening phrase: a preposition, subordinator or gerund and no comma before the first one.
	if r.clauseOpener(st) {
		k := st
		for k < comma && !r.is(k, cComma) {
			k++
		}
		st = k + 1
	}
	if st >= comma || comma-st > maxAside+12 {
		return -1, -1
	}
	head := r.negatedPostmodifier(r.npRightOpt(st, comma, false), comma) // missed4.go
	if head <= st || head >= comma || !r.is(head, cComma) || head-st > 12 || !(r.isCap(st) || r.is(st, cDet)) ||
		!r.capIn(st, head) || r.anyClaimed(st, head) {
		return -1, -1
	}
	for i := st; i < head; i++ {
		if vf, ok := r.verb(i); ok && !vf.gerund && !vf.participle && r.low(i) != vf.lemma && i > st && !r.is(i-1, cDet) {
			return -1, -1 // "Trump attacked Clinton, Obama said": a clause, not a subject
		}
	}
	for i := head + 1; i < comma; i++ {
		if r.l.InQuote[i] >= 0 || r.kind(i) == text.Quote {
			return -1, -1
		}
		if r.kind(i) == text.Punct {
			switch r.tok(i) {
			case ";", ":", "?", "!", ".", "—", "–":
				return -1, -1
			}
		}
	}
	// What the aside is: an apposition or a relative clause joins the source; a participle phrase or a claimed
	// aside does not.
	a := head + 1
	w := r.low(a)
	if !r.keptAside(a, comma) && (r.anyClaimed(a, comma) || r.is(a, cPrep|cSubord|cTime) || strings.HasSuffix(w, "ing") ||
		strings.HasSuffix(w, "ed") || w == "clad") {
		return st, head
	}
	if w == "who" || w == "whose" || w == "which" || w == "whom" {
		return st, comma // "Almeida, who leads the union, said": the relative clause describes the source
	}
	for i := a; i < comma; i++ {
		if vf, ok := r.verb(i); ok && !vf.gerund && !vf.participle && r.low(i) != vf.lemma && r.low(i-1) != "who" && r.low(i-1) != "that" {
			return -1, -1 // a finite verb outside a relative clause: the comma may close a clause
		}
	}
	return st, comma
}

// knownAs handles "X is known for C", "contests known as Super Tuesday": a reputation or a name that PolNeAR
// marks as a statement with no source, whose content is what is known and what it is known as or for. The
// leading frame refuses these ("known for" is no knowledge); here the subject is a piece of the content.
func (r *run) knownAs(s text.Sentence) {
	for _, c := range r.cues {
		k := c.verb + 1
		if c.vf.lemma != "know" || r.low(c.verb) != "known" || k+1 >= s.EndTok || r.claimed[c.verb] {
			continue
		}
		if w := r.low(k); w != "as" && w != "for" {
			continue
		}
		first := c.first
		for first-1 > s.FirstTok && (r.low(first-1) == "best" || r.low(first-1) == "well" || r.low(first-1) == "better") {
			first-- // "is best known for": the degree belongs to the cue
			if r.is(first-1, cAux) {
				first = r.auxStart(first, s.FirstTok)
			}
		}
		// What is known: the subject before the cue or a relative pronoun. After a comma ("The depot, known as
		// Northgate, closed") the phrase is as often not annotated as it is: leave it.
		if first <= s.FirstTok || r.kind(first-1) == text.Punct {
			continue
		}
		subj, subjEnd := first-1, first
		if w := r.low(subj); w != "who" && w != "which" && w != "that" && w != "what" {
			if subj = r.npLeft(first, s.FirstTok); subj >= 0 {
				// "his victory in the string of contests known as": the named phrase starts after the last
				// preposition but "of".
				for i := first - 2; i > subj; i-- {
					if r.is(i, cPrep) && r.low(i) != "of" && !r.isCap(i) {
						subj = i + 1
						break
					}
				}
			}
		}
		if subj < 0 || subj >= subjEnd || r.anyClaimed(subj, subjEnd) {
			continue
		}
		cs := k + 1
		end := s.EndTok
		for i := cs; i < end; i++ {
			if r.l.InQuote[i] < 0 && r.kind(i) == text.Punct && (r.is(i, cComma|cSemicolon|cColon) || r.isPunct(i, "—") || r.isPunct(i, "–") || r.isPunct(i, "(")) {
				end = i
				break
			}
		}
		end = r.cutCoordinated(cs, end)
		end = r.trimEnd(cs, end)
		if end <= cs || r.anyClaimed(cs, end) || r.anyClaimed(first, k+1) {
			continue
		}
		pieces := [][2]int{{subj, subjEnd}, {cs, end}}
		st := Statement{Rule: "known-as", Evidence: "a name or reputation: what is known, and as or for what"}
		r.add(st, 0, 0, first, k+1, pieces)
	}
}

// pastVerbs are irregular past forms that end a subject before "and said": "Obama met survivors and said".
var pastVerbs = map[string]bool{
	"met": true, "became": true, "shook": true, "took": true, "went": true, "made": true, "gave": true,
	"held": true, "won": true, "lost": true, "left": true, "sent": true, "spent": true, "saw": true, "came": true,
	"ran": true, "stood": true, "got": true, "kept": true, "paid": true, "sat": true, "spoke": true, "wrote": true,
	"brought": true, "began": true, "led": true, "broke": true, "drew": true, "threw": true, "fought": true,
	"put": true, "set": true, "cut": true, "hit": true, "let": true, "read": true, "struck": true,
}

// coordSubject finds the subject of a clause whose second verb is cue c after "and" or "but", when no
// statement came before: "Mrs. Clinton shook her head and said", "By the end of the day, Mr. Trump was forced
// into damage control and said", "Gary Roe, a former chairman, became a delegate and said". The subject opens
// the clause and ends at its own verb (an auxiliary, a past form in -ed or an irregular past). It returns the
// subject's span [start, stop), or -1, -1.
func (r *run) coordSubject(s text.Sentence, c cue) (start, stop int) {
	and := c.first - 1
	if and <= s.FirstTok+1 || (r.low(and) != "and" && r.low(and) != "but") {
		return -1, -1
	}
	if c.vf.frames&frameInv == 0 || (r.low(c.verb) == c.vf.lemma && c.first == c.verb) {
		// Only speech verbs ("and weighs 236 pounds" reports nothing), and no bare form ("and demand from China
		// cooled" is a noun).
		return -1, -1
	}
	st := s.FirstTok
	if w := r.low(st); w == "but" || w == "and" || w == "yet" || w == "so" {
		st++
	}
	if r.clauseOpener(st) || r.is(st, cBy) {
		k := st
		for k < and && !r.is(k, cComma) {
			k++
		}
		st = k + 1
	}
	for i := and - 1; i > st; i-- {
		if r.is(i, cColon|cSemicolon) || r.isPunct(i, "—") || r.isPunct(i, "–") {
			st = i + 1 // "Among the tidbits: Trump weighs ...": the clause starts after the colon
			break
		}
	}
	if st >= and || !(r.isCap(st) || r.is(st, cDet|cPronoun)) || r.anyClaimed(st, and) {
		return -1, -1
	}
	if r.is(st, cPronoun) {
		stop = st + 1
	} else {
		stop = -1
		for i := st + 1; i < and && i < st+10; i++ {
			if r.l.InQuote[i] >= 0 || r.kind(i) == text.Quote {
				return -1, -1
			}
			if r.is(i, cComma) {
				// "Gary Roe, a former chairman, became": skip an aside to its closing comma.
				j := i + 1
				for j < and && j < i+20 && !r.is(j, cComma) {
					j++
				}
				if j >= and || !r.is(j, cComma) {
					return -1, -1
				}
				if w := r.low(i + 1); strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
					stop = i // a participle phrase is no part of the source
				} else {
					stop = j
				}
				if !r.verbStart(j + 1) {
					return -1, -1
				}
				break
			}
			if r.verbStart(i) && !r.isCap(i) {
				stop = i
				break
			}
		}
		if stop < 0 {
			return -1, -1
		}
	}
	if !r.verbStart(r.skipAdverbs(stop, and)) && !(r.is(stop, cComma)) {
		return -1, -1
	}
	for stop-1 > st && (r.is(stop-1, cTime) || r.in(stop-1, sWeekday)) {
		stop-- // "The council on Friday pledged": the day is no part of the source
		if r.low(stop-1) == "on" && stop-1 > st {
			stop--
		}
	}
	for i := st; i < stop; i++ {
		if _, ok := r.verb(i); ok && !r.compoundHead(i, st) && !r.isCap(i) {
			return -1, -1 // "the brief said that ...": a cue inside the subject is a clause of its own
		}
	}
	for i := stop; i < and; i++ {
		if r.l.InQuote[i] >= 0 || r.isPunct(i, ";") || r.is(i, cColon) {
			return -1, -1 // the first verb phrase holds a quotation or another clause
		}
		if _, ok := r.verb(i); ok && i > stop {
			return -1, -1 // another cue before "and": its own rules decide
		}
	}
	return st, stop
}

// verbStart reports whether token i can open a verb phrase: an auxiliary, a lower-case word in -ed, or an
// irregular past.
func (r *run) verbStart(i int) bool {
	if r.kind(i) != text.Word || r.isCap(i) {
		return false
	}
	w := r.low(i)
	return (r.is(i, cAux) && w != "all" && w != "both" && w != "only" && w != "first") ||
		(strings.HasSuffix(w, "ed") && len(w) > 3) || pastVerbs[w]
}

// skipAdverbs passes over adverbs in -ly before token end: "then quickly left".
func (r *run) skipAdverbs(i, end int) int {
	for i < end && (r.adverbLy(i) || r.low(i) == "then") {
		i++
	}
	return i
}
