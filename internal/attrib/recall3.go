package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// causatives make (or let) their object the doer of the infinitive after it: "the vote led party elders to warn
// that ...", "the ruling prompted the union to demand a recount", "leaving some to question whether ...", "allows
// members to claim". When that infinitive is a cue, the object is its source, as PolNeAR marks it: causedSource
// finds it for a leading cue, causativeObject (subjects4.go) for a that-clause. Verbs that report by themselves
// ("urged the drivers to strike", "asked", "encouraged") are cues of their own and stay out, and so does
// "require" ("the rules require him to pledge" is an obligation, not a statement).
var causatives = map[string]bool{
	"led": true, "lead": true, "leads": true, "leading": true,
	"prompted": true, "prompt": true, "prompts": true, "prompting": true,
	"leaving": true, "leave": true, "leaves": true,
	"forced": true, "force": true, "forces": true, "forcing": true,
	"spurred": true, "spur": true, "spurs": true, "spurring": true,
	"drove": true, "drive": true, "drives": true, "driving": true,
	"caused": true, "cause": true, "causes": true, "causing": true,
	"inspired": true, "inspire": true, "inspires": true, "inspiring": true,
	"compelled": true, "compel": true, "compels": true, "compelling": true,
	"pressured": true, "pressuring": true, "left": true, "driven": true,
	"allow": true, "allows": true, "allowed": true, "allowing": true,
}

// causedSource finds the object of a causative verb that does cue c, an infinitive ("led Republicans to say"):
// it returns the object's tokens [src, srcEnd) and the "to" that opens the cue, or src -1. The object must be a
// whole noun phrase between the causative and "to" ("left the base more vulnerable to attack" is not one).
// Only cues right after "to" get here, which few are: the map look-ups cost nothing elsewhere.
func (r *run) causedSource(s text.Sentence, c cue) (src, srcEnd, to int) {
	to = c.verb - 1
	if c.first != c.verb || to-2 < s.FirstTok || r.low(to) != "to" || r.l.InQuote[to] >= 0 || r.low(c.verb) != c.vf.lemma {
		return -1, -1, -1
	}
	if ob := r.causativeObject(to, s.FirstTok); ob == to-1 {
		return ob, to, to // "allows him to share", "led many to wonder": a pronoun or a lone quantifier
	}
	for j := to - 2; j >= s.FirstTok && j >= to-8; j-- {
		if r.kind(j) != text.Word || r.l.InQuote[j] >= 0 {
			break
		}
		if !wordset.Has(gCausatives, r.low(j)) {
			continue
		}
		if r.npRight(j+1, to) == to && !r.anyClaimed(j+1, to) {
			// "led NATO at its summit to order": a phrase of time or place after the object is not its part,
			// but "of" is ("prompted leaders of both parties to warn").
			end := j + 2
			for end < to && !(r.is(end, cPrep) && r.low(end) != "of") {
				end++
			}
			return j + 1, end, to
		}
		break
	}
	return -1, -1, -1
}

// documentNouns name a text, a poll or a sign that carries words of its own: a gerund cue right after one
// reports what it says, and the noun phrase is the source ("a petition calling on the envoy to resign", "polls
// showing the mayor ahead", "banners proclaiming: ..."), as PolNeAR marks it. Nouns of people ("voters
// saying") are left to the stance verbs and poll shares that relative already takes. The same nouns before
// "saying" are textSaying's (missed4.go), which runs before the gerund rules.
var documentNouns = map[string]bool{
	"poll": true, "polls": true, "survey": true, "surveys": true, "study": true, "studies": true, "report": true,
	"reports": true, "ad": true, "ads": true, "petition": true, "petitions": true, "letter": true, "letters": true,
	"statement": true, "statements": true, "sign": true, "signs": true, "banner": true, "banners": true,
	"placard": true, "placards": true, "message": true, "messages": true, "tweet": true, "tweets": true,
	"memo": true, "email": true, "emails": true, "article": true, "articles": true, "editorial": true,
	"op-ed": true, "column": true, "website": true, "resolution": true, "release": true, "paperwork": true,
	"headline": true, "headlines": true, "mailer": true, "mailers": true, "flyer": true, "flyers": true,
	"leaflet": true, "leaflets": true, "billboard": true, "billboards": true,
	"poster": true, "posters": true, "note": true, "notes": true, "e-mail": true, "e-mails": true, "memos": true, "cover": true, "post": true, "posts": true, "call": true, "calls": true, "text": true, "texts": true, "shirt": true, "shirts": true, "t-shirt": true, "t-shirts": true, "card": true, "cards": true, "caption": true, "video": true, "videos": true,
}

// documentGerund reports whether gerund cue c modifies a document noun at token rel (see documentNouns).
// Only gerunds right after a noun get here: the look-up costs nothing elsewhere.
func (r *run) documentGerund(c cue, rel int) bool {
	return c.vf.frames&(frameSay|frameObj|frameTell) != 0 && documentNouns[r.low(rel)]
}

// documentSource is where the noun phrase ending in document noun rel starts: its determiner, possessor and
// modifiers ("Trump's first TV ad", "the many polls"), but no preposition, verb or sentence opener before them
// ("in the wake of a new poll", "Despite polls"), which npLeft may take in; -1 when a verb has the phrase for
// its object.
func (r *run) documentSource(rel, min int) int {
	i := rel
	for i-1 >= min && i > rel-6 {
		j := i - 1
		if r.l.InQuote[j] >= 0 {
			break
		}
		if r.kind(j) == text.Quote && r.possessiveMark(j) {
			i = j // "Trump ’s": the possessive mark, then its noun
			continue
		}
		if r.kind(j) != text.Word && r.kind(j) != text.Number {
			break
		}
		if r.is(j, cDet) {
			i = j // "a new poll": the determiner opens the phrase
			break
		}
		if r.is(j, cQuant) {
			i = j // "the many polls"
			continue
		}
		if j == min && r.isCap(j) && wordset.Has(gSourceAsides, r.low(j)) || !r.nounish(j) || r.in(j, sWeekday) {
			break
		}
		if w := r.low(j); !r.isCap(j) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			break // "planted newspaper articles": a verb, not a modifier
		}
		i = j
	}
	if p := i - 1; p >= min && r.kind(p) == text.Word && !r.is(p, cPrep|cSubord|cCoord) && !wordset.Has(gSourceAsides, r.low(p)) {
		return -1 // "issued a statement saying", "hold banners proclaiming": who put it out is the source
	}
	return i
}

// asVerbs report how their subject sees or presents someone only with "as" after the object: "Cruz has cast
// him as weak", "voters increasingly view the mayor as out of touch", "she framed the deal as a win",
// "presented himself as the outsider". The
// object and the "as" phrase are the content (as for "described him as"); without "as" they mostly do not
// report ("cast a ballot", "the view from the bridge", "painted the fence").
var asVerbs = []cueVerb{
	{"cast|casts|cast|cast|casting", frameObj},
	{"view|||", frameObj},
	{"regard|||", frameObj},
	{"frame|frames|framed|framed|framing", frameObj},
	{"paint|||", frameObj},
	{"characterize|characterizes|characterized|characterized|characterizing", frameObj},
	{"present|||", frameObj},
	{"position|||", frameObj},
}

// asAfter reports whether "as" follows cue word i after at most a short object ("cast him as", "view the
// ceasefire as"), in the same sentence and outside quotations.
func (r *run) asAfter(i, end int) bool {
	for k := i + 1; k < end && k <= i+6; k++ {
		if r.l.InQuote[k] >= 0 || r.kind(k) == text.Punct {
			return false
		}
		if r.is(k, cAs) {
			return k > i+1
		}
	}
	return false
}

var (
	// attackForms are light verbs of a verbal attack only: "launched", "mounted", "continued" or "renewed" an
	// attack on a town is as often a military one, which reports nothing.
	attackForms = map[string]bool{
		"unleash": true, "unleashes": true, "unleashed": true, "unleashing": true, "level": true, "levels": true,
		"leveled": true, "levelled": true, "leveling": true, "levelling": true, "sharpen": true, "sharpens": true,
		"sharpened": true, "sharpening": true,
	}
	raiseForms = map[string]bool{"raise": true, "raises": true, "raised": true, "raising": true}
	// attackOn is "unleashed withering attacks against", "leveled an attack on", "sharpened his attacks on": a
	// verbal attack whose target is the content.
	attackOn = idiom{light: attackForms, det: true, bare: true, particle: "on", or: "against",
		form: idiomForm("launch attack", frameObj)}
	// questionsAbout is "raised (new) questions about": doubts voiced about the content.
	questionsAbout = idiom{light: raiseForms, det: true, bare: true, particle: "about", or: "over",
		form: idiomForm("raise questions", frameObj)}
)

// prepNouns are attitude nouns that bring in what they are about with one preposition, which PolNeAR puts in
// the cue: "Trump's attacks on the judge", "her criticism of the deal", "Okafor's opposition to the bill".
var prepNouns = map[string]string{
	"attacks": "on", "attack": "on", "criticism": "of", "criticisms": "of", "opposition": "to",
	"endorsement": "of", "calls": "for",
}

// possessedPrep adds the statement of a possessor (tokens [src, srcEnd)) and the prepNouns noun at n whose
// preposition is token k, its object the content; it returns where the content ends, or -1. Only possessed
// attitude nouns get here.
func (r *run) possessedPrep(s text.Sentence, src, srcEnd, cueFirst, n, k int) int {
	p, ok := prepNouns[r.low(n)]
	if !ok || r.low(k) != p || r.l.InQuote[k] >= 0 || k+1 >= s.EndTok {
		return -1
	}
	if srcEnd-src > 4 || !r.isCap(src) || r.is(src, cPronoun|cDet) {
		// "his attacks on" is often part of a longer cue ("will find it hard to repeat his attacks on"); a long
		// possessor phrase is mostly npLeft running past the name.
		return -1
	}
	cs := k + 1
	end := r.npRight(cs, r.clauseEnd(cs, s.EndTok))
	if q := r.quoteOpening(cs); q >= 0 {
		end = r.quoteEnd(cs)
	}
	end = r.trimEnd(cs, end)
	if end <= cs || r.anyClaimed(cs, end) {
		return -1
	}
	st := Statement{Rule: "noun-cue", Medium: r.medium(s.FirstTok, s.EndTok),
		Evidence: "a possessor and an attitude noun with what it is about"}
	r.add(st, src, srcEnd, cueFirst, k+1, [][2]int{{cs, end}})
	return end
}

// agoWords close a phrase of time that opens a sentence: "Minutes later, the union put out a note saying ...", "Two
// days earlier, ...", "A week ago, ...".
var agoWords = map[string]bool{"later": true, "earlier": true, "ago": true, "afterward": true, "afterwards": true}

// timeAgo reports whether tokens [first, comma) are such a phrase: at most four words, the last an agoWords one.
func (r *run) timeAgo(first, comma int) bool {
	return comma-first >= 2 && comma-first <= 4 && agoWords[r.low(comma-1)]
}

// thatsAccording handles "That's according to X." after the statement it sources: "That" is the content (it
// stands for what the sentence before said) and the contracted "'s" opens the cue, as PolNeAR splits the token.
// Token i is "according", ne the end of its noun phrase; it reports whether it added the statement.
func (r *run) thatsAccording(s text.Sentence, i, ne int) bool {
	t := i - 1
	if t != s.FirstTok || ne <= i+2 || r.claimed[t] {
		return false
	}
	w := r.low(t)
	if w != "that's" && w != "that’s" {
		return false
	}
	if ne < s.EndTok && !r.is(ne, cComma) {
		ne = r.invertedSourceEnd(ne, s.EndTok) // "according to exit polls conducted by ..."
	}
	cut := r.l.Tokens[t].End - len(strings.TrimPrefix(w, "that"))
	n := len(r.out)
	st := Statement{Rule: "according-to", Medium: r.medium(s.FirstTok, s.EndTok),
		Evidence: "'according to' names the source of what the sentence before said"}
	r.add(st, i+2, ne, t, i+2, [][2]int{{t, t + 1}})
	if len(r.out) == n+1 && r.out[n].Cue != nil {
		r.out[n].Content.End = cut
		r.out[n].Cue.Start = cut
	}
	return true
}

// gerundOpeners open a sentence with a gerund whose subject is the main clause's: "After talking about the
// strike, the mayor left", "While saying that he respects her, he ...".
var gerundOpeners = map[string]bool{"after": true, "while": true, "since": true, "before": true, "by": true, "upon": true}

// openingGerund handles a cue gerund right after a gerundOpeners word at the start of sentence s, or opening it
// with a that-clause: its content runs to the comma that closes the opening phrase, and the subject after that
// comma is the source.
func (r *run) openingGerund(s text.Sentence) {
	f := s.FirstTok
	if len(r.gerundAt) == 0 || f+4 >= s.EndTok {
		return
	}
	g := int(r.gerundAt[0])
	if !(g == f+1 && gerundOpeners[r.low(f)]) && !(g == f && r.low(f+1) == "that") {
		return // "Noting that C, Tester added": a bare gerund opens the sentence with its that-clause
	}
	vf, _ := r.verb(g)
	if r.claimed[g] || r.l.InQuote[g] >= 0 {
		return
	}
	k, cueEnd := r.cueTail(cue{first: g, verb: g, vf: vf}, g+1, s.EndTok)
	introduced := k < s.EndTok && r.low(k) == "that"
	if vf.frames&frameIntro != 0 && !introduced {
		return
	}
	if introduced && !r.x.opt.KeepComplementizer {
		k++
	}
	comma := -1
	for j := k; j < s.EndTok && j < k+maxClause; j++ {
		if r.l.InQuote[j] < 0 && r.is(j, cComma) {
			comma = j
			break
		}
	}
	if comma <= k || r.anyClaimed(g, comma) {
		return
	}
	src := comma + 1
	ne := r.subjectNP(src, s.EndTok)
	if ne-1 > src && ne < s.EndTok && !r.isCap(ne-1) && r.is(ne, cDet|cPronoun) {
		ne-- // "Schlafly put her finger on": a verb the lexicon does not know, before its object
	}
	if ne == src || ne >= s.EndTok || r.kind(ne) != text.Word {
		return
	}
	st := Statement{Rule: vf.rules.gerund, Medium: r.medium(s.FirstTok, s.EndTok),
		Evidence: "an opening gerund phrase; the main clause's subject is the source"}
	r.add(st, src, ne, g, cueEnd, [][2]int{{k, r.trimEnd(k, comma)}})
}

// degreeStart walks left from catenative adjective cat over the degree words that grade it ("were slightly more
// likely to say", "was more eager to talk about"), which PolNeAR keeps in the cue; auxStart takes the
// auxiliaries and -ly adverbs before them.
func (r *run) degreeStart(cat, min int) int {
	i := cat
	for i-1 >= min && r.l.InQuote[i-1] < 0 && (wordset.Has(gDegreeWords, r.low(i-1)) || r.low(i-1) == "much" || r.low(i-1) == "far") {
		i--
	}
	return i
}

var (
	throwForms = map[string]bool{"throw": true, "throws": true, "threw": true, "thrown": true, "throwing": true}
	pourForms  = map[string]bool{"pour": true, "pours": true, "poured": true, "pouring": true, "throw": true,
		"throws": true, "threw": true, "thrown": true, "throwing": true}
	// supportBehind is "threw his support behind": an endorsement of the particle's object.
	supportBehind = idiom{light: throwForms, det: true, particle: "behind", form: idiomForm("throw support", frameObj)}
	// stanceOn is "took a firm stance against": a position on the content.
	stanceOn = idiom{light: takeForms, det: true, particle: "on", or: "against", form: idiomForm("take stance", frameObj)}
	// apologiesFor is "makes no apologies for": a defence of the content.
	apologiesFor = idiom{light: makeForms, det: true, particle: "for", form: idiomForm("make no apologies", frameObj)}
	// coldWaterOn is "poured cold water on": doubt cast on the content.
	coldWaterOn = idiom{light: pourForms, det: true, bare: true, particle: "on", form: idiomForm("pour cold water", frameObj)}
	// creditFor is "took (full) credit for": a claim to the content.
	creditFor = idiom{light: takeForms, det: true, bare: true, particle: "for", form: idiomForm("take credit", frameObj)}
)

// idiomNoun reports whether cue word i is the noun of a light-verb idiom whose light verb stands before it
// ("raised new questions about", "made no mention of", "threw his support behind"): a noun there, which the
// idiom reports, not a verb with the words before it for its subject.
func (r *run) idiomNoun(i, min int) bool {
	if !r.is(i, cIdiom) {
		return false
	}
	for _, d := range gIdioms.Get(r.low(i)) {
		if m := r.lightVerb(d, i, min); d.det && m >= 0 && !strings.HasSuffix(r.low(m), "ing") {
			return true // as in lightIdioms, "raising questions" has no subject of its own there
		}
	}
	return false
}

var (
	castForms = map[string]bool{"cast": true, "casts": true, "casting": true}
	// castFor is "cast their votes for", "cast a ballot against": a choice for or against the content.
	castFor = idiom{light: castForms, det: true, bare: true, particle: "for", or: "against", form: idiomForm("cast vote", frameObj)}
)
