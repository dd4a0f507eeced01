// Package attrib owns attribution extraction: finding, in a document's text layer, every statement attributed to
// a source — its source mention, cue and content spans, its kind (direct, indirect, mixed) and medium — by
// linguistic rules over a reporting-verb lexicon. It does not decide who a mention refers to (see resolve).
package attrib

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Options choose between annotation conventions where gold sets differ.
type Options struct {
	// KeepComplementizer puts the "that" (or infinitive "to") that opens reported speech inside the content, as
	// PolNeAR annotates it; by default it is left out, as in the seed's gold and for reading.
	KeepComplementizer bool
	// JoinContinuations makes an unattributed quotation in the same paragraph as a statement one more piece of
	// it, as PolNeAR does; by default it is a statement of its own, as in the seed's gold.
	JoinContinuations bool
	// ColonInCue makes the colon after a verb part of the cue ("said:"), as PolNeAR does.
	ColonInCue bool
	// RelativeInObject keeps a restrictive relative clause that reports speech of its own inside an object
	// content ("pointed to the survey that claims the depot is too small"), as PolNeAR does; by default the
	// object ends before it and the relative clause is a statement of its own, as in the seed's gold.
	RelativeInObject bool
	// Unsourced keeps statements that have a cue but name no source ("the talks are expected to last",
	// "the plan was welcomed"), as PolNeAR annotates them; by default they are dropped, for a ledger of who
	// said what has no one to credit them to. Continued quotations (no cue either) are always kept.
	Unsourced bool
	// AnonymityOut leaves a relative clause on why the source goes unnamed ("an official who spoke on the
	// condition of anonymity") out of the source, as PolNeAR does; by default it stays, for it tells speaker
	// resolution that the source is anonymous.
	AnonymityOut bool
}

// PolNeAR is the convention of the PolNeAR corpus.
var PolNeAR = Options{KeepComplementizer: true, JoinContinuations: true, ColonInCue: true, Unsourced: true, RelativeInObject: true,
	AnonymityOut: true}

// Extractor finds statements. It is safe for concurrent use: it holds read-only tables, and a pool of per-token
// arrays that each extraction takes for itself.
type Extractor struct {
	lx  lexicon
	opt Options
	// ix joins the lexicon and the closed word classes, so that each token costs one look-up.
	ix      *wordIndex
	scratch sync.Pool // *tokenArrays
}

// New builds an extractor with the built-in lexicon.
func New(opt Options) *Extractor {
	lx := buildLexicon()
	return &Extractor{lx: lx, opt: opt, ix: newWordIndex(wordTable(lx))}
}

// run is the state of one extraction over one document.
type run struct {
	x       *Extractor
	l       *text.Layer
	claimed []bool // tokens already part of a statement (PolNeAR is univocal: one role per token)
	lower   []string
	cues    []cue        // reused for each sentence
	info    []tokInfo    // each token's word classes and verb reading (an index, not a copy: see wordIndex)
	arrays  *tokenArrays // where claimed, lower and info come from, to give back for the next document
	forms   []verbForm   // the index's verb readings, by info's index
	out     []Statement
	// What the current sentence holds, for rules to return at once when their trigger is absent: the word
	// classes of its tokens, whether a cue word outside quotations reads as a participle, and where those that
	// read as gerunds are.
	sc         wordClass
	ss         wordSet // the sets of the sentence's tokens
	participle bool
	gerundAt   []int32
	added      bool // whether a statement was ever added (see Extract)
	// A statement a rule inside add found on the way (titleLine's second verb), added once add is done: add
	// does not call itself, so that its small arrays stay on the stack.
	pending    []pendingAdd
	headlineOf int // 1 + the first token of the sentence isHeadline is for, 0 for none
	isHeadline bool
	mediumMemo struct {
		first, end int
		medium     string
	}
	contentMemo [3]int // speed6.go: contentStart's last sentence (1 + its first token, its end) and answer
}

// Extract returns the statements of a document in text order.
func (x *Extractor) Extract(l *text.Layer) []Statement { return x.extract(l, nil) }

// extract is Extract; with caps, it also leaves there the document's capitalised words (see ExtractCaps).
func (x *Extractor) extract(l *text.Layer, caps *[]uint64) []Statement {
	r := x.newRun(l)
	r.arrays.capsOut = caps
	defer x.release(r)
	for si := range l.Sentences {
		r.sentence(si)
	}
	r.dashLines() // a pull quote signed "- Jane Roe." on the line below
	r.mannerQuotes()
	r.dropTitleInner() // heads.go
	r.continuations()
	if !x.opt.Unsourced {
		r.out = slices.DeleteFunc(r.out, func(st Statement) bool { return st.Source == nil && st.Cue != nil })
	}
	r.clipContents()
	sortStatements(r.out)
	if len(r.out) == 0 && !r.added {
		return nil
	}
	return slices.Clone(r.out)
}

// MaxContent bounds a statement's content in bytes. What one source said in news copy is at most a
// paragraph (the longest content in PolNeAR's train and dev sets is 1,310 bytes), but an unclosed quote
// or a paragraph with no full stop can make a content of megabytes, which no reader wants and PostgreSQL
// cannot index (its tsvector holds at most 1 MB).
const MaxContent = 64 << 10

// clipContents cuts contents longer than MaxContent after their last whole token that fits.
func (r *run) clipContents() {
	for i := range r.out {
		st := &r.out[i]
		if st.Content.Len() <= MaxContent {
			continue
		}
		limit := st.Content.Start + MaxContent
		k, _ := slices.BinarySearchFunc(r.l.Tokens, limit+1, func(t text.Token, off int) int { return cmp.Compare(t.End, off) })
		end := limit // inside one huge token: cut it at a character boundary
		if k > 0 && r.l.Tokens[k-1].End > st.Content.Start {
			end = r.l.Tokens[k-1].End
		}
		for end > st.Content.Start && !utf8.RuneStart(r.l.Text[end]) {
			end--
		}
		st.Content.End = end
		var pieces []text.Span
		for _, p := range st.Pieces {
			if p.Start < end {
				pieces = append(pieces, text.Span{Start: p.Start, End: min(p.End, end)})
			}
		}
		if len(pieces) < 2 {
			pieces = nil
		}
		st.Pieces = pieces
	}
}

func (r *run) tok(i int) string { return r.l.TokenText(i) }
func (r *run) low(i int) string { return r.lower[i] }

// wordClass holds, as bits, the closed word classes a token belongs to; looked up once per token. Beyond the
// classes, a bit may stand for a table a rule looks every token up in, or for a rule's trigger word: a
// sentence's classes (run.sc) tell a rule at once that it has nothing to find there.
type wordClass uint32

const (
	cDet wordClass = 1 << iota
	cNotNP
	cPrep
	cPronoun
	cAux
	// cCueNoun is cueNouns: r.is(i, cCueNoun) reads the token's bits where cueNouns[r.low(i)] hashes the word.
	cCueNoun
	cStanceAdj  // stanceAdjectives
	cAttitude   // attitudeNouns
	cPollNoun   // pollNouns
	cAccording  // "according"
	cReportedly // "reportedly"
	cAsked      // "asked"
	cExpected   // "expected"
	cAs         // "as"
	cBy         // "by"
	cQuant      // quantifiers
	cTime       // timeWords
	cSubord     // subordinators
	cClauseBrk  // clauseBreaks
	cVerbLike   // verbLike
	cMediumCue  // mediumCues
	cCoord      // "but", "and", "as", "with": they may start the narrator's clause (cutCoordinated)
	cRelative   // "that", "which", "who"
	cIdiom      // the anchors of idioms ("clear" of "make it clear")
	cThatAdverb // thatAdverbs
	cParticle   // the particles of phrasal and particleVerbs (see phrasalAt)
	// Punctuation: tokens of kind Punct that are a colon, a comma or a semicolon (set by the index's tokens, in
	// no table).
	cColon
	cComma
	cSemicolon
	// cCap: a word or number that starts with an upper-case letter (see isCap).
	cCap
	// cVeto8: a word vetoed8 tests (veto8Kinds); the cues of most statements end in none.
	cVeto8
)

// classTables are the tables behind the class bits (pronounWords, a map to strings, is cPronoun).
var classTables = []struct {
	class wordClass
	words map[string]bool
}{
	{cDet, determiners}, {cNotNP, notNP}, {cPrep, npPreps}, {cAux, auxWords}, {cCueNoun, cueNouns},
	{cStanceAdj, stanceAdjectives}, {cAttitude, attitudeNouns}, {cPollNoun, pollNouns},
	{cAccording, map[string]bool{"according": true}}, {cReportedly, map[string]bool{"reportedly": true}},
	{cAsked, map[string]bool{"asked": true}}, {cExpected, map[string]bool{"expected": true}},
	{cAs, map[string]bool{"as": true}}, {cBy, map[string]bool{"by": true}},
	{cQuant, quantifiers}, {cTime, timeWords}, {cSubord, subordinators}, {cClauseBrk, clauseBreaks},
	{cVerbLike, verbLike}, {cMediumCue, mediumCues},
	{cCoord, map[string]bool{"but": true, "and": true, "as": true, "with": true}},
	{cRelative, map[string]bool{"that": true, "which": true, "who": true}},
	{cIdiom, idiomAnchors()}, {cThatAdverb, thatAdverbs}, {cParticle, particleWords()},
	{cVeto8, veto8Words()},
}

func classOf(lw string) wordClass {
	var c wordClass
	for _, t := range classTables {
		if t.words[lw] {
			c |= t.class
		}
	}
	if pronounWords[lw] != "" {
		c |= cPronoun
	}
	return c
}

// is reports whether token i belongs to word class c.
func (r *run) is(i int, c wordClass) bool { return r.info[i].class()&c != 0 }

// verb is the lexicon's reading of token i; ok is false when it is no cue word.
func (r *run) verb(i int) (verbForm, bool) {
	if k := r.info[i].form(); k != 0 {
		return r.forms[k], true
	}
	return verbForm{}, false
}
func (r *run) kind(i int) text.Kind { return r.l.Tokens[i].Kind }

// isCap reports whether token i, a word or a number, starts with an upper-case letter (the index's tokens
// notes it, so that this reads no text).
func (r *run) isCap(i int) bool { return r.info[i].class()&cCap != 0 }

func (r *run) isPunct(i int, p string) bool {
	return r.l.Tokens[i].Kind == text.Punct && r.tok(i) == p
}

// quoteAt returns the quotation whose opening mark is token i, or -1.
func (r *run) quoteOpening(i int) int {
	if i < 0 || i >= len(r.l.InQuote) {
		return -1
	}
	q := r.l.InQuote[i]
	if q >= 0 && r.l.Quotes[q].Open == i {
		return int(q)
	}
	return -1
}

// quoteClosing reports whether token i closes a quotation.
func (r *run) quoteClosing(i int) bool {
	if i < 0 || i >= len(r.l.InQuote) {
		return false
	}
	q := r.l.InQuote[i]
	return q >= 0 && r.l.Quotes[q].Close == i
}

// cue is a candidate reporting expression in a sentence.
type cue struct {
	first, verb int // the cue's first token (an auxiliary or adverb) and its verb
	vf          verbForm
}

func (r *run) sentence(si int) {
	s := r.colonParagraph(r.l.Sentences[si])
	if s.EndTok-2 > s.FirstTok && r.is(s.EndTok-1, cColon) { // speed8: most sentences end with no colon
		s = r.plainColonParagraph(s) // missedverbs.go: "X wrote:" and a plain paragraph
	}
	cues := r.cues[:0]
	var sc wordClass
	var ss wordSet
	r.participle = false
	r.gerundAt = r.gerundAt[:0]
	for i := s.FirstTok; i < s.EndTok; i++ {
		// Only words have a verb reading: most tokens stop at their info.
		t := r.info[i]
		sc |= t.class()
		ss |= t.set()
		if t.form() == 0 || r.l.InQuote[i] >= 0 {
			continue
		}
		vf := r.forms[t.form()]
		if vf.particleOnly && !r.particleAfter(vf.lemma, i, s.EndTok) {
			continue // "fired the manager": only "fired back" reports
		}
		if vf.asOnly && !r.asAfter(i, s.EndTok) {
			continue // "cast a ballot": only "cast him as weak" reports
		}
		if vf.gerund {
			r.gerundAt = append(r.gerundAt, int32(i))
		}
		r.participle = r.participle || vf.participle
		if !r.verbHere(i, s) || r.stateNoun(i, vf, s) { // verbs7.go: "his home state", "GOP rules require"
			continue
		}
		cues = append(cues, cue{first: r.auxStart(i, s.FirstTok), verb: i, vf: vf})
	}
	r.sc, r.ss = sc, ss
	r.cues = r.catenate(cues, s)
	if r.boilerplate(s) { // verbs6.go: "Do you back the new stadium?", "Editor's note: ..."
		return
	}
	if r.according(s) || r.asReported(s) || r.asAside(s) || r.detached(s) { // asAside: pieces.go
		return
	}
	r.pollOpeningFirst(s) // "In a new poll, C": before the verbs inside C claim their own statements
	r.quoteBefore(s)      // pieces.go: `"Who knows?" the mayor told a radio station late on Monday ...`
	// "Name: C" first: a headline's or transcript's speaker owns the whole line, cue words in it included.
	r.colon(s)
	if r.sc&cColon != 0 {
		r.dashColonQuote(s) // colon.go: `A HEADLINE - Jane Roe: "C"`
	}
	// A cue after the content ("C, X said") claims everything before it: try those from the right first.
	for k := len(cues) - 1; k >= 0; k-- {
		if r.trailing(s, cues[k]) {
			break
		}
	}
	r.saidFirst(s)
	r.dash(s)
	r.asked(s)
	r.passive(s)
	for _, c := range cues {
		// contentstart.go: "the tariff, which the minister opposed," (speed8: the guards here spare most calls)
		if r.ss&sObjectRel != 0 {
			r.objectRelative(s, c)
		}
		r.contactClause(s, c) // missed4.go: "a walkout the union said was planned"
		if !c.vf.gerund && (c.vf.frames&frameSay != 0 || c.vf.infGap) {
			r.subjectGap(s, c) // subjectgap.go: "a tactic Democrats hope will fail"
		}
		if !r.claimed[c.verb] && (!c.vf.gerund || c.first < c.verb || r.contractedPronoun(c.first-1) >= 0) {
			r.leading(s, c)
		}
	}
	r.lightIdioms(s)
	r.publishedStatement(s)
	r.knownAs(s)
	r.textSaying(s) // missed4.go: "a sign saying C"
	r.gerunds(s)
	r.openingGerund(s)
	r.nounCue(s)
	r.expected(s)
	r.relative(s)
	r.colonQuote(s)
	r.pollPrep(s)
	r.pollHas(s)
	r.hearsay(s)
	r.possessedCue(s)
	r.copularCue(s)
	r.stanceAdj(s)
	r.agentNounCue(s) // nouncues.go: "is a vocal critic of the deal"
	r.bareNounCue(s)  // nouncues.go: "despite complaints that C"
	r.thoseGerund(s)  // nouncues.go: "those supporting the strike"
	r.passiveCue(s)
	r.nested(s)
	if n := len(r.out); n > 0 && r.out[n-1].Cue != nil && r.out[n-1].Cue.Start >= s.Start { // speed8: a statement of the sentence to release
		r.outerRetry(s) // missedverbs.go: "said the crew were asked to vote" after "asked" took its clause
	}
	r.thatClause(s)
	r.titled(s)
	r.clauseColonQuote(s) // quotes6.go: `She went on: "C"`
	r.absorbDangling(s)
}

// verbHere reports whether cue word i is used as a verb: not a capitalised part of a name ("Hope Hicks", "the
// Islamic State") outside headlines, and not a noun after a determiner ("the reports show", "his tweet").
func (r *run) verbHere(i int, s text.Sentence) bool {
	if i > s.FirstTok && r.isCap(i) && !r.sentenceHeadline(s) {
		return false
	}
	// "many say", "several said": a quantifier stands alone as the subject; "many reports" stays a noun.
	alone := i > s.FirstTok && r.is(i-1, cQuant) && !strings.HasSuffix(r.low(i), "s") && !(i+1 < s.EndTok && r.is(i+1, cPrep)) &&
		(!wordset.Has(gSingularDets, r.low(i-1)) || r.inflected(i)) // "another report says": a bare form takes a plural subject
	// "another says", "each believes": a singular determiner takes no plural noun, so an -s form after it is
	// the verb and the determiner its subject.
	alone = alone || i > s.FirstTok && wordset.Has(gLoneDets, r.low(i-1)) && r.inflected(i) && strings.HasSuffix(r.low(i), "s")
	if i > s.FirstTok && r.is(i-1, cDet) && r.low(i-1) != "all" && r.low(i-1) != "both" && !alone {
		return false
	}
	if i > s.FirstTok && (r.low(i-1) == "all" || r.low(i-1) == "both") {
		// "they all said", but "both sides arrived": a plural subject takes no -s form, so that is a noun.
		if vf, _ := r.verb(i); strings.HasSuffix(r.low(i), "s") && r.low(i) != vf.lemma {
			return false
		}
	}
	if i > s.FirstTok && r.isCap(i-1) && (strings.HasSuffix(r.tok(i-1), "'s") || strings.HasSuffix(r.tok(i-1), "’s")) &&
		r.contractedPronoun(i-1) < 0 { // "He's said" is a pronoun and an auxiliary
		return false // "Trump's support": a possessor makes the word a noun
	}
	if r.doQuestion(i, s) {
		return true // finite.go: "Did the inquiry find ...": the auxiliary before the subject
	}
	if r.nounBeforeCue(i) {
		return false // "Initial estimates show", "FEC reports show": the cue verb after it makes this one a noun
	}
	if r.nounCompound(i, s) {
		return false // "a talk show host", "the think tank"
	}
	if r.idiomNoun(i, s.FirstTok) {
		return false // "raised new questions about": the idiom's noun (see idiomNoun)
	}
	if r.pluralNounCue(i) {
		return false // "terrorist attacks in Paris": a modifier and a preposition around a plural noun
	}
	if i > s.FirstTok && (r.countedNoun(i) || r.countedParticiple(i) || r.kind(i-1) == text.Number && r.datedNoun(i)) { // datedNoun: longsubjects.go
		return false // "all five states", "50 reports", "60 pledged delegates": a count makes a noun phrase
	}
	if i > s.FirstTok && r.reducedRelative(i, s.FirstTok, s.EndTok) {
		return false // "people briefed on the talks said": the participle describes the subject
	}
	// A bare form of a verb that is also a noun ("a military plan that") needs a subject or modal before it.
	if vf, _ := r.verb(i); vf.frames&(frameSay|frameTell) == 0 && r.low(i) == vf.lemma && i > s.FirstTok && !alone {
		j := i - 1
		for j > s.FirstTok && r.adverbLy(j) {
			j-- // "politicians typically oppose": the subject is before the adverb
		}
		p := r.low(j)
		// "the drivers polled support": a plural subject that a poll's participle closes.
		polled := (p == "polled" || p == "surveyed" || p == "interviewed" || p == "questioned") && j > s.FirstTok &&
			strings.HasSuffix(r.low(j-1), "s")
		if !r.is(j, cAux|cPronoun) && p != "to" && p != "who" && p != "which" && !strings.HasSuffix(p, "s") && !polled && r.shareSubject(s, i) < 0 &&
			!r.bareAside(i, s) && !r.pastBare(i, s) { // finite.go: "The dockers, like the drivers, oppose", "Ferro cast"
			return false
		}
	}
	return true
}

// loneDets stand alone as a subject before a verb's -s form: "another says", "one argues".
var loneDets = map[string]bool{"another": true, "one": true, "each": true, "either": true, "neither": true}

// sentenceHeadline is headline(s) for the sentence being read, worked out once.
func (r *run) sentenceHeadline(s text.Sentence) bool {
	if r.headlineOf != s.FirstTok+1 {
		r.headlineOf, r.isHeadline = s.FirstTok+1, r.headline(s)
	}
	return r.isHeadline
}

// headline reports whether a sentence is set in title case with no final stop, as headlines are.
func (r *run) headline(s text.Sentence) bool {
	words, caps := 0, 0
	for i := s.FirstTok; i < s.EndTok; i++ {
		if r.kind(i) == text.Word && r.l.InQuote[i] < 0 {
			words++
			if r.isCap(i) {
				caps++
			}
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// auxStart walks left over auxiliaries and adverbs that belong to the cue ("has long said").
func (r *run) auxStart(v, min int) int {
	i := v
	for i-1 >= min && r.kind(i-1) == text.Word && r.l.InQuote[i-1] < 0 {
		if i-1 == min && r.is(i-1, cDet) {
			break // "Both said": opening the sentence, "both" or "all" is the subject
		}
		// A sentence adverb after the subject or auxiliary belongs to the cue too ("has nevertheless argued").
		if r.is(i-1, cAux) && !r.modalName(i-1) || r.adverbLy(i-1) || i-1 > min && r.in(i-1, sSentenceAdv) { // not "the rally denounced": lyNouns head the subject
			i--
			continue
		}
		break
	}
	return i
}

// subjectEnd is where the subject before cue c ends: time words between them ("Priebus later Thursday told")
// belong to neither.
func (r *run) subjectEnd(c cue, min int) int {
	i := c.first
	for i-1 >= min && r.kind(i-1) == text.Word && r.l.InQuote[i-1] < 0 {
		w := r.low(i - 1)
		if (r.is(i-1, cTime) && !r.paperName(i-1)) || w == "later" || w == "earlier" || w == "also" || w == "again" || w == "however" {
			i--
			continue
		}
		if (w == "on" || w == "last" || w == "this" || w == "next" || w == "out") && i < c.first {
			i-- // "on Friday said", "last month joked", "a poll out Monday showed"
			continue
		}
		break
	}
	return i
}

// span builds a span from token first to token last (inclusive).
func (r *run) span(first, last int) text.Span {
	return text.Span{Start: r.l.Tokens[first].Start, End: r.l.Tokens[last].End}
}

func (r *run) claim(first, end int) {
	for i := first; i < end; i++ {
		r.claimed[i] = true
	}
}

func (r *run) anyClaimed(first, end int) bool {
	for i := first; i < end; i++ {
		if r.claimed[i] {
			return true
		}
	}
	return false
}

// contentEnd drops a sentence's final stop from a content range [first,end): the scorer and readers want "We
// won" rather than "We won.", but closing quote marks stay.
func (r *run) trimEnd(first, end int) int {
	for end > first {
		t := r.l.Tokens[end-1]
		if t.Kind == text.Punct {
			p := r.tok(end - 1)
			if p == "." || p == "," || p == ";" || p == ":" || p == "—" || p == "–" || p == "-" {
				end--
				continue
			}
		}
		break
	}
	return end
}

// pendingAdd is a call of add put off until the add that found it has finished.
type pendingAdd struct {
	st                                 Statement
	srcFirst, srcEnd, cueFirst, cueEnd int
	content                            [2]int
}

// add records a statement with source tokens [srcFirst, srcEnd), cue tokens [cueFirst, cueEnd) and content
// pieces, then any statement that recording it found (see pending).
func (r *run) add(st Statement, srcFirst, srcEnd, cueFirst, cueEnd int, pieces [][2]int) {
	r.addOne(st, srcFirst, srcEnd, cueFirst, cueEnd, pieces)
	for len(r.pending) > 0 {
		p := r.pending[len(r.pending)-1]
		r.pending = r.pending[:len(r.pending)-1]
		r.addOne(p.st, p.srcFirst, p.srcEnd, p.cueFirst, p.cueEnd, [][2]int{p.content})
	}
}

func (r *run) addOne(st Statement, srcFirst, srcEnd, cueFirst, cueEnd int, pieces [][2]int) {
	if r.vetoed8(st.Rule, cueFirst, cueEnd) { // precision8.go: seeing events, "attacks", "charged", "showed up"
		return
	}
	if r.vetoed7(st.Rule, srcFirst, srcEnd, cueFirst, cueEnd) { // precision7.go: labels, race calls, advice
		return
	}
	if len(pieces) > 0 {
		// A piece left empty once its punctuation is trimmed (",,0 knew,0!") says nothing: drop it, and the
		// statement when nothing is left, rather than make a span that ends before it starts.
		var buf [4][2]int // most statements have one or two pieces: no allocation for them
		kept := buf[:0]
		for i, p := range pieces {
			p = r.unbracket(p)
			if i == 0 {
				p[0] = r.afterDateline(p[0], p[1])
			}
			if p[1] > p[0] {
				kept = append(kept, p)
			}
		}
		if len(kept) == 0 {
			return
		}
		pieces = kept
	}
	srcEnd = r.sourceEnd(srcFirst, srcEnd)
	if cut, idle := r.anonymityEnd(srcFirst, srcEnd); cut < srcEnd && r.x.opt.AnonymityOut {
		if idle {
			r.claim(cut, srcEnd) // "who spoke on the condition of anonymity" reports nothing of its own
		}
		srcEnd = cut
	}
	srcFirst, srcEnd = r.dashCut(srcFirst, srcEnd, cueEnd > cueFirst && srcFirst >= cueEnd)
	srcFirst = r.afterDateline(srcFirst, srcEnd)
	srcEnd = r.unmatchedClose(srcFirst, srcEnd)
	srcFirst = r.openerOff(srcFirst, srcEnd)
	for srcEnd > srcFirst && r.is(srcEnd-1, cComma) {
		srcEnd-- // "Jane Doe, the negotiator, said": the comma closes the apposition, not the source
	}
	srcFirst, srcEnd, cueFirst, pieces = r.titleLine(st, srcFirst, srcEnd, cueFirst, cueEnd, pieces) // heads.go
	srcEnd, cueFirst = r.possessedSpeechNoun(srcFirst, srcEnd, cueFirst)                             // source.go
	// The source and cue spans share one allocation.
	var pair *[2]text.Span
	if srcEnd > srcFirst || cueEnd > cueFirst {
		pair = new([2]text.Span)
	}
	if srcEnd > srcFirst {
		pair[0] = r.span(srcFirst, srcEnd-1)
		st.Source = &pair[0] // its tokens are claimed once sourceNotNP has kept it
	}
	if cueEnd > cueFirst {
		pair[1] = r.span(cueFirst, cueEnd-1)
		st.Cue = &pair[1]
		r.claim(cueFirst, cueEnd)
	}
	if len(pieces) == 0 {
		r.claim(srcFirst, srcEnd)
		return
	}
	for _, p := range pieces {
		r.claim(p[0], p[1])
	}
	if len(pieces) == 1 {
		st.Content = r.pieceSpan(pieces[0][0], pieces[0][1])
	} else {
		spans := make([]text.Span, len(pieces))
		for j, p := range pieces {
			spans[j] = r.pieceSpan(p[0], p[1])
		}
		st.Content = text.Span{Start: spans[0].Start, End: spans[len(spans)-1].End}
		st.Pieces = spans
	}
	st.Kind = r.kindOf(pieces)
	// A source that is no noun phrase goes, and leaves its words to other statements (precision5.go).
	if r.sourceNotNP(&st, srcFirst, srcEnd, cueFirst); st.Source != nil {
		r.claim(srcFirst, srcEnd)
	}
	r.out = append(r.out, st)
	r.added = true
}

// pieceSpan is the byte span of content tokens [first, end): a quotation's inner text when the tokens are
// exactly one quotation with its marks, else the tokens themselves.
func (r *run) pieceSpan(first, end int) text.Span {
	if q := r.quoteOpening(first); q >= 0 {
		qq := r.l.Quotes[q]
		if qq.Close == end-1 || (qq.Close < 0 && end == r.l.Paragraphs[qq.Para].EndTok) {
			return qq.Inner
		}
	}
	return r.span(first, end-1)
}

// kindOf is direct when every piece is one whole quotation, mixed when quote marks occur, else indirect.
func (r *run) kindOf(pieces [][2]int) Kind {
	whole, marks := true, false
	for _, p := range pieces {
		q := r.quoteOpening(p[0])
		if q < 0 {
			whole = false
		} else {
			qq := r.l.Quotes[q]
			if !(qq.Close == p[1]-1 || (qq.Close < 0 && p[1] == r.l.Paragraphs[qq.Para].EndTok)) {
				whole = false
			}
		}
		for i := p[0]; i < p[1]; i++ {
			if r.l.InQuote[i] >= 0 {
				marks = true
				break
			}
		}
	}
	switch {
	case whole:
		return Direct
	case marks:
		return Mixed
	}
	return Indirect
}

func sortStatements(st []Statement) {
	if sortedFew(st) {
		return // the few statements of most documents: see sortedFew
	}
	slices.SortStableFunc(st, func(a, b Statement) int { return cmp.Compare(a.Content.Start, b.Content.Start) })
}
