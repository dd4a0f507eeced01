// Package resolve owns speaker resolution: turning each statement's source mention ("he", "the government",
// "Trump's special envoy", "US envoy Steve Witkoff") into the name of the actor it refers to, using what the
// document said before the statement. It works on one document at a time and keeps nothing it learnt from one
// document for the next (a Resolver keeps only its memory, emptied).
package resolve

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Speaker types, as stored with statements and actors.
const (
	Person       = "person"
	Organisation = "organisation"
	Anonymous    = "anonymous"
)

// entity is an actor the document has named.
type entity struct {
	name   string
	lower  string // name in lower case, for look-ups
	typ    string
	gender byte // 'm', 'f' or 0
	roles  []string
	at     int // byte offset of the latest mention
}

type state struct {
	l        *text.Layer
	caps     []uint64 // which tokens of l are capitalised words (see SpeakersCaps)
	ownCaps  []uint64 // caps when the resolver finds them itself, reused
	entities []*entity
	// names indexes entities by lower-case name, and persons with several names by their last and first word.
	names table[nameSlot]
	runs  table[*entity] // capitalised runs already classified, nil for those that name nobody
	sent  int            // the first sentence that ends after the text scanned so far
	buf   []text.Token   // reused for the tokens of one mention
	ml    text.Layer     // the layer of one mention
	// lastSpeaker is the entity of the latest resolved statement.
	lastSpeaker *entity

	// Scratch reused from one name, and one document, to the next: resolution classifies a few hundred
	// names a document, and allocating for each cost more than classifying it.
	words  []string
	fields []string
	key    []byte          // a name in lower case, for look-ups
	keyOf  string          // the name key is the lower case of
	lower  strings.Builder // the lower case of every entity's name, one after the other
	slab   [][]entity      // entities, in chunks that never move
	used   int             // entities handed out from slab
	// keyHash is the names table's hash of key, when keyHashed.
	keyHash   uint64
	keyHashed bool
}

// nameSlot is what one lower-case name (or word of a name) leads to.
type nameSlot struct {
	byLower   *entity // the first entity of that name
	bySurname *entity // the latest person whose last word it is
	// firstN persons' names start with it, first the first of them.
	first  *entity
	firstN int
}

// Resolver resolves the speakers of one document after another, reusing its memory. It is not safe for
// concurrent use: give each goroutine its own.
type Resolver struct{ st state }

// NewResolver returns a resolver with empty tables.
func NewResolver() *Resolver {
	return &Resolver{st: state{names: newTable[nameSlot](), runs: newTable[*entity]()}}
}

// Speakers sets Speaker and SpeakerType on every statement, in text order.
func Speakers(l *text.Layer, stmts []attrib.Statement) { NewResolver().Speakers(l, stmts) }

// maxKept bounds the names a resolver keeps its memory sized for, so that a huge document does not stay in
// memory through it.
const maxKept = 4096

// forgetText is the size of document after which a resolver forgets its keys at once rather than as later
// documents overwrite them.
const forgetText = 1 << 20

// reset empties the tables for the next document, and lets go of everything that points into this one.
func (st *state) reset() {
	forget := len(st.l.Text) > forgetText
	st.names.reset(forget)
	st.runs.reset(forget)
	if len(st.slab) > maxKept/64 {
		st.slab = nil
	} else {
		for c := 0; c*64 < st.used; c++ {
			clear(st.slab[c][:min(64, st.used-c*64)]) // the entities handed out: past them the chunk is zero
		}
	}
	clear(st.entities)
	st.entities = st.entities[:0]
	clear(st.words[:cap(st.words)])
	clear(st.fields[:cap(st.fields)])
	st.caps = nil
	st.l, st.lastSpeaker, st.used, st.ml, st.sent, st.keyOf, st.keyHashed = nil, nil, 0, text.Layer{}, 0, "", false
	st.lower.Reset()
}

// newEntity hands out an entity from the slab.
func (st *state) newEntity(name, typ string, gender byte) *entity {
	const chunk = 64
	c, k := st.used/chunk, st.used%chunk
	if c == len(st.slab) {
		st.slab = append(st.slab, make([]entity, chunk))
	}
	st.used++
	e := &st.slab[c][k]
	*e = entity{name: name, typ: typ, gender: gender}
	return e
}

// Speakers sets Speaker and SpeakerType on every statement, in text order.
func (r *Resolver) Speakers(l *text.Layer, stmts []attrib.Statement) { r.SpeakersCaps(l, stmts, nil) }

// SpeakersCaps is Speakers, given which tokens of l are capitalised words as attrib.Extractor.ExtractCaps
// returns them; with caps nil (or too short for l), it finds them itself.
func (r *Resolver) SpeakersCaps(l *text.Layer, stmts []attrib.Statement, caps []uint64) {
	st := &r.st
	st.l = l
	st.setCaps(caps)
	defer st.reset()
	var prev *attrib.Statement
	scanned := 0
	for i := range stmts {
		s := &stmts[i]
		if s.Source != nil && s.Source.Start > scanned {
			st.scanNames(scanned, s.Source.Start)
			scanned = s.Source.Start
		}
		var e *entity
		switch {
		case s.Source == nil && s.Cue == nil && prev != nil:
			// A quotation continued without an attribution of its own. A statement with a cue but no
			// source ("the deal was welcomed", "it seems") names nobody: it keeps no speaker.
			s.Speaker, s.SpeakerType = prev.Speaker, prev.SpeakerType
			prev = s
			continue
		case s.Source != nil:
			e = st.mention(l.SpanText(*s.Source), s.Source.Start)
		}
		if e != nil {
			s.Speaker, s.SpeakerType = e.name, e.typ
			e.at = s.Source.Start
			if e.typ != Anonymous {
				st.lastSpeaker = e
			}
		}
		prev = s
	}
}

// orgWords mark a capitalised name as an organisation.
var orgWords = map[string]bool{
	"ministry": true, "department": true, "government": true, "council": true, "party": true, "union": true,
	"commission": true, "agency": true, "office": true, "committee": true, "association": true, "house": true,
	"kremlin": true, "nato": true, "eu": true, "un": true, "company": true, "inc": true, "corp": true,
	"bank": true, "force": true, "army": true, "federation": true, "administration": true, "campaign": true,
	"court": true, "parliament": true, "congress": true, "senate": true, "cabinet": true, "police": true,
	"group": true, "institute": true, "university": true, "foundation": true, "organisation": true,
	"organization": true, "alliance": true, "coalition": true, "board": true, "service": true, "times": true,
	"post": true, "news": true, "network": true, "team": true, "club": true, "authority": true, "bureau": true,
	"centre": true, "center": true, "fund": true, "corporation": true, "embassy": true, "mod": true,
	"pentagon": true, "downing": true, "state": true, "states": true, "nations": true, "workers": true,
}

// anyCase adds the Title and UPPER forms of every key, so capitalised words are looked up without lower-casing.
func anyCase(m map[string]bool) map[string]bool {
	out := make(map[string]bool, 3*len(m))
	for k, v := range m {
		out[k] = v
		if k != "" {
			out[strings.ToUpper(k[:1])+k[1:]] = v
			out[strings.ToUpper(k)] = v
		}
	}
	return out
}

// titles precede a person's name and are dropped from it.
var titles = map[string]bool{
	"president": true, "prime": true, "minister": true, "secretary": true, "envoy": true, "special": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "senator": true, "rep": true, "gov": true,
	"governor": true, "gen": true, "general": true, "chancellor": true, "foreign": true, "defence": true,
	"defense": true, "chief": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"ambassador": true, "leader": true, "former": true, "vice": true, "deputy": true, "king": true,
	"queen": true, "prince": true, "pope": true, "mayor": true, "judge": true, "justice": true, "lord": true,
	"sir": true, "dame": true, "professor": true, "prof": true, "lt": true, "col": true, "commander": true,
	"candidate": true, "nominee": true, "democrat": true, "republican": true, "officer": true, "director": true,
	"chairman": true, "chairwoman": true, "speaker": true, "house": true, "state": true, "attorney": true,
	"admiral": true, "adm": true, "sergeant": true, "capt": true, "captain": true, "the": true,
}

// anonymousHeads are descriptions that stand for an unnamed source.
var anonymousHeads = map[string]bool{
	"official": true, "officials": true, "source": true, "sources": true, "person": true, "people": true,
	"diplomat": true, "diplomats": true, "aide": true, "aides": true, "insider": true, "insiders": true,
	"observers": true, "analysts": true, "analyst": true, "critics": true, "experts": true, "expert": true,
	"witnesses": true, "witness": true, "residents": true, "someone": true,
}

// leaderRoles are the roles "the leader" can refer back to.
var leaderRoles = map[string]bool{"president": true, "prime": true, "minister": true, "chancellor": true, "premier": true, "king": true, "queen": true, "leader": true}

// givenNameGender knows the gender of common given names, so that "she" skips Tom and "he" skips Anna.
var givenNameGender = func() map[string]byte {
	m := map[string]byte{}
	for _, n := range strings.Fields(`Anna Maria Mary Elizabeth Sarah Jane Laura Emma Olga Natalia Natalya Yulia Irina
		Ursula Kaja Kamala Hillary Nancy Theresa Angela Giorgia Marine Ana Sofia Sophie Claire Rachel Priya Grace Hannah
		Helena Rosa Amara Tara Elif Lisa Susan Karen Linda Patricia Jennifer Jessica Emily Catherine Kate Julia Alice
		Margaret Ruth Nadia Leila Fatima Aisha Mette Sanna Magdalena Ewa Agnieszka Kristalina Christine Roberta Liz
		Kemi Yvette Keir Alicia Elena Ingrid Astrid Greta Hanna Marta Lucia Carmen Isabel Monica Diana Victoria Zoe`) {
		m[n] = 'f'
	}
	for _, n := range strings.Fields(`Tom John James Michael David Robert William Richard Joseph Thomas Charles Daniel
		Matthew Mark Paul Steven Steve Donald Vladimir Volodymyr Sergei Sergey Dmitry Dmitri Marco Emmanuel Friedrich
		Keir Boris Rishi Joe Barack George Bill Mike Ted Bernie Jeb Ben Chris Andrew Peter Olaf Viktor Recep Xi Narendra
		Benjamin Antony Jake Lloyd Alexei Alexander Andriy Oleksandr Rustem Yuriy Mykhailo Kirill Nikolai Ivan Pavel
		Carlos Luis Jose Juan Pedro Mario Giuseppe Luca Pierre Jean Francois Hans Karl Lars Jens Mick Dev Osman Tom
		Ahmed Mohammed Ali Omar Hassan Kim Jack Harry Henry Edward Alan Frank Gary Kevin Brian Jason Eric Scott Ryan
		Nick Sam Ron Rand Lindsey Chuck Mitch Kevin Hakeem Jeremy Nigel Ed Sadiq Hamish Rory Liam Sean Patrick`) {
		if m[n] == 0 {
			m[n] = 'm'
		}
	}
	return m
}()

var femaleTitles = map[string]bool{"mrs": true, "ms": true, "miss": true, "madam": true, "dame": true, "queen": true, "lady": true}
var maleTitles = map[string]bool{"mr": true, "sir": true, "king": true, "lord": true, "prince": true}

// scanNames records the capitalised names in text[from:to] as entities.
func (st *state) scanNames(from, to int) {
	l := st.l
	// Sentences and tokens are in text order, and each scan starts where the last one ended: a cursor and a
	// binary search find where from lies, so that scanning before every statement costs what lies between
	// statements, not the whole document each time.
	for st.sent < len(l.Sentences) && l.Sentences[st.sent].End < from+1 {
		st.sent++
	}
	for si := st.sent; si < len(l.Sentences); si++ {
		s := l.Sentences[si]
		if s.Start >= to {
			break
		}
		if s.End <= from {
			continue
		}
		// A sentence's span is that of its tokens (text.Layer builds it so): its bounds answer without reading
		// the tokens, whose lines are not in cache for a sentence with no capitalised word.
		i := s.FirstTok
		if i < s.EndTok && s.Start < from { // only the first sentence can start before from
			i, _ = slices.BinarySearchFunc(l.Tokens[s.FirstTok:s.EndTok], from, func(t text.Token, from int) int { return cmp.Compare(t.Start, from) })
			i += s.FirstTok
		}
		// The tokens that end by to: all of the sentence but in the last one scanned.
		end := s.EndTok
		if end > i && s.End > to {
			end, _ = slices.BinarySearchFunc(l.Tokens[i:end], to+1, func(t text.Token, to1 int) int { return cmp.Compare(t.End, to1) })
			end += i
		}
		for {
			// A name starts with a capitalised word: the bitmap skips the others without reading them.
			if i = st.nextCap(i, end); i >= end {
				break
			}
			if functionWordAt(l.Text, l.Tokens[i].Start, l.Tokens[i].End) { // speed7.go
				i++
				continue
			}
			j := i
			for j < end {
				if st.isCap(j) {
					j++
					continue
				}
				w := l.TokenText(j)
				// The bitmap first: most runs end before a word that no capitalised word follows.
				if j+1 < s.EndTok && st.isCap(j+1) && (lowerIs(w, "of") || lowerIs(w, "for")) {
					j++
					continue
				}
				if w == "." && j > i && len(l.TokenText(j-1)) <= 3 && j+1 < s.EndTok && st.isCap(j+1) {
					j++ // Mr. Smith
					continue
				}
				break
			}
			st.addName(i, j)
			i = j
		}
	}
}

// lowerIs reports whether strings.ToLower(w) == lw, for an ASCII lw, without allocating.
func lowerIs(w, lw string) bool {
	if len(w) != len(lw) {
		// Only a non-ASCII rune can change length when lower-cased (the Kelvin sign becomes k).
		return !isASCII(w) && strings.ToLower(w) == lw
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return strings.ToLower(w) == lw
		}
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		if c != lw[k] {
			return false
		}
	}
	return true
}

func isASCII(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// functionWordSlow is functionWord for a word with a byte of 0x80 or more.
func functionWordSlow(w string) bool {
	if len(w) > 9 {
		return false
	}
	// Lower-case into a buffer on the stack: strings.ToLower allocates for every capitalised word.
	var b [9]byte
	n := len(w)
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			lw := strings.ToLower(w)
			if len(lw) > len(b) {
				return false
			}
			n = copy(b[:], lw)
			break
		}
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	return slices.Contains(functionWords, string(b[:n]))
}

// functionWords start sentences and clauses with a capital, and so start no name.
var functionWords = []string{"the", "a", "an", "but", "and", "he", "she", "it", "they", "we", "i", "this", "that",
	"these", "in", "on", "at", "after", "before", "following", "speaking", "now", "earlier", "later", "plans",
	"share", "when", "while", "as", "if", "so", "there", "his", "her", "its", "their", "our", "some", "many",
	"one", "two"}

func isCapWord(l *text.Layer, i int) bool { return capWord(l.Text, &l.Tokens[i]) }

// capWord reports whether t is a word of s that starts with a capital.
func capWord(s string, t *text.Token) bool {
	if t.Kind != text.Word {
		return false
	}
	if c := s[t.Start]; c < utf8.RuneSelf {
		return c-'A' < 26
	}
	return startsUpper(s, t.Start)
}

// startsUpper reports whether s[i:] starts with an upper-case letter; it is capWord's other half, apart so
// that the ASCII half is inlined.
func startsUpper(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

// addName records tokens [i, j) as a name: a person's name with its titles dropped, or an organisation.
func (st *state) addName(i, j int) *entity {
	l := st.l
	run := l.Text[l.Tokens[i].Start:l.Tokens[j-1].End]
	h := st.runs.hash(run)
	if seen := st.runs.getH(run, h); seen != nil {
		// The same words again: classifying them is the costly part of resolution.
		if e := *seen; e != nil {
			e.at = l.Tokens[i].Start
		}
		return *seen
	}
	e := st.addNewName(i, j)
	*st.runs.refH(run, h) = e
	return e
}

func (st *state) addNewName(i, j int) *entity {
	l := st.l
	words := st.wordsOf(l, i, j)
	name, typ, gender, role := classify(words, joined(l, i, j))
	if name == "" {
		return nil
	}
	e := st.find(name, typ)
	if e == nil {
		e = st.add(st.newEntity(name, typ, 0))
	}
	if gender != 0 {
		e.gender = gender
	}
	if role != "" {
		e.roles = append(e.roles, role)
	}
	e.at = l.Tokens[i].Start
	return e
}

// wordsOf is the words of tokens [i, j) of l, in a slice reused from one call to the next.
func (st *state) wordsOf(l *text.Layer, i, j int) []string {
	words := st.words[:0]
	for k := i; k < j; k++ {
		if l.Tokens[k].Kind == text.Word {
			words = append(words, l.TokenText(k))
		}
	}
	st.words = words
	return words
}

// joined is strings.Join of the words of tokens [i, j) of l, as a piece of l's text, when they are all words
// one space apart (as names mostly are); else "".
func joined(l *text.Layer, i, j int) string {
	for k := i; k < j; k++ {
		t := l.Tokens[k]
		if t.Kind != text.Word || (k+1 < j && (l.Tokens[k+1].Start != t.End+1 || l.Text[t.End] != ' ')) {
			return ""
		}
	}
	return l.Text[l.Tokens[i].Start:l.Tokens[j-1].End]
}

// join is strings.Join(words, " "); all, when not "", is that of every word and words is a suffix of them,
// so that the join is a suffix of all and costs no allocation.
func join(words []string, all string) string {
	if all == "" {
		return strings.Join(words, " ")
	}
	n := len(words) - 1
	for _, w := range words {
		n += len(w)
	}
	return all[len(all)-n:]
}

// classify turns the words of a capitalised run into a name. A run with an organisation word is an
// organisation; otherwise leading titles and nationality adjectives are dropped ("US envoy Steve Witkoff") and
// the title's head is kept as a role. all is strings.Join(words, " ") when the caller has it, else "".
func classify(words []string, all string) (name, typ string, gender byte, role string) {
	// One look-up a word: what the tables say of the first words, kept on the stack.
	var fs [8]wordFacts // names of more words look the rest up again; zeroing more cost every name
	factsOf := func(k int) wordFacts {
		if k < len(fs) {
			return fs[k]
		}
		return factsIx.get(words[k])
	}
	for k, w := range words {
		f := factsIx.get(w)
		if k < len(fs) {
			fs[k] = f
		}
		if f.org {
			n := join(words, all)
			n = strings.TrimSuffix(strings.TrimSuffix(n, "’s"), "'s")
			if strings.HasPrefix(n, "the ") || strings.HasPrefix(n, "The ") {
				n = n[4:]
			}
			return n, Organisation, 0, ""
		}
	}
	k := 0
	for k < len(words)-1 {
		f := factsOf(k)
		if !f.title && !isNationality(words[k]) {
			break
		}
		if f.title {
			if f.titleGender != 0 {
				gender = f.titleGender
			}
			if f.role != "" {
				role = f.role
			}
		}
		k++
	}
	rest := words[k:]
	if len(rest) == 0 {
		return "", "", 0, ""
	}
	if len(rest) == 1 && (isAcronym(rest[0]) || isNationality(rest[0]) || factsOf(k).title) {
		return "", "", 0, ""
	}
	if gender == 0 {
		gender = factsOf(k).gender
	}
	n := rest[0]
	if len(rest) > 1 {
		n = join(rest, all)
	}
	return strings.TrimSuffix(strings.TrimSuffix(n, "’s"), "'s"), Person, gender, role
}

// wordFacts is what the tables say of one word of a capitalised run.
type wordFacts struct {
	org   bool // the word, without a possessive 's, is an organisation word in any case (orgWords)
	title bool // the word is a title in any case (titles)
	// titleGender and role are what a title says of the person: the gender of "Mrs" or "King", and the title's
	// head in lower case, except for the, mr, mrs, ms and dr.
	titleGender byte
	gender      byte // the gender of a given name (givenNameGender); beside the other bytes: 24 bytes, not 32
	role        string
}

// facts joins the word tables, so that classifying a word of a name costs one look-up.
var facts = func() map[string]wordFacts {
	m := map[string]wordFacts{}
	for k := range anyCase(orgWords) {
		// Every word that strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s") makes k.
		for _, w := range []string{k, k + "'s", k + "’s", k + "'s’s"} {
			f := m[w]
			f.org = true
			m[w] = f
		}
	}
	for k := range anyCase(titles) {
		f := m[k]
		f.title = true
		lw := strings.ToLower(k)
		if wordset.Has(gFemaleTitles, lw) {
			f.titleGender = 'f'
		} else if wordset.Has(gMaleTitles, lw) {
			f.titleGender = 'm'
		}
		if lw != "the" && lw != "mr" && lw != "mrs" && lw != "ms" && lw != "dr" {
			f.role = lw
		}
		m[k] = f
	}
	for n, g := range givenNameGender {
		f := m[n]
		f.gender = g
		m[n] = f
	}
	return m
}()

func isAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && r != '.' {
			return false
		}
	}
	return true
}

// isNationality recognises adjectives of country ("Russian", "Ukrainian", "British", "US").
func isNationality(w string) bool {
	switch w {
	case "US", "U.S.", "UK", "U.K.", "EU", "British", "French", "German", "Chinese", "Israeli", "Polish", "Dutch",
		"Turkish", "Swiss", "Irish", "Scottish", "Welsh", "Finnish", "Danish", "Swedish", "Spanish", "Japanese",
		"Iranian", "Iraqi", "Saudi", "Qatari", "Greek", "Belarusian", "Hungarian", "European", "American",
		"Democratic", "Republican", "White", "Conservative", "Labour", "Liberal", "Green", "Socialist",
		"Independent", "Incumbent", "Former", "Democrat", "Tory", "Centrist", "Nationalist", "South", "North",
		"East", "West", "Korean", "Northern", "Southern":
		return true
	}
	return strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ean")
}

// find looks up an entity by name: the same name, or a surname that ends a longer person's name.
func (st *state) find(name, typ string) *entity {
	// The name in lower case, in a reused buffer: looking a table up with bytes costs no allocation.
	st.lowerKey(name)
	st.keyHash = st.names.hashBytes(st.key)
	st.keyHashed = true
	ns := st.names.getBytesH(st.key, st.keyHash)
	if ns == nil {
		return nil
	}
	if ns.byLower != nil {
		return ns.byLower
	}
	if typ == Person && !strings.Contains(name, " ") {
		if ns.bySurname != nil {
			return ns.bySurname
		}
		// Family name first ("Lee Ji-won" ... "Lee"), when no one else has it.
		if ns.firstN == 1 {
			return ns.first
		}
	}
	return nil
}

// lowerKey leaves strings.ToLower(s) in st.key, unless it is there already.
func (st *state) lowerKey(s string) {
	if s != st.keyOf || len(st.key) == 0 {
		st.key, st.keyOf, st.keyHashed = wordset.AppendLower(st.key[:0], s), s, false // speed6.go
	}
}

// toLower is strings.ToLower(s), kept with the lower-case names rather than allocated on its own.
func (st *state) toLower(s string) string {
	st.lowerKey(s) // usually there already: find looked the name up
	if string(st.key) == s {
		return s
	}
	if st.lower.Cap()-st.lower.Len() < len(st.key) {
		// A document's names, in a few allocations: a new chunk rather than a grown one, which would copy
		// the names so far and leave them where they were as well.
		st.lower = strings.Builder{}
		st.lower.Grow(max(lowerChunk, len(st.key)))
	}
	start := st.lower.Len()
	st.lower.Write(st.key)
	return st.lower.String()[start:]
}

// lowerChunk is the size of the chunks toLower keeps lower-case names in: a document's names and mentions
// take about a kilobyte.
const lowerChunk = 1024

// add records a new entity.
func (st *state) add(e *entity) *entity {
	// Every entity's lower-case name goes into one buffer that only grows: one allocation a document, not one
	// a name.
	e.lower = st.toLower(e.name)
	st.entities = append(st.entities, e)
	if e.typ == Person {
		if i := strings.LastIndexByte(e.lower, ' '); i > 0 {
			st.names.ref(e.lower[i+1:]).bySurname = e // the latest person with that surname
			f := st.names.ref(e.lower[:strings.IndexByte(e.lower, ' ')])
			if f.firstN == 0 {
				f.first = e
			}
			f.firstN++
		}
	}
	var ns *nameSlot
	if st.keyHashed && st.keyOf == e.name {
		ns = st.names.refH(e.lower, st.keyHash) // find hashed the same key
	} else {
		ns = st.names.ref(e.lower)
	}
	if ns.byLower == nil {
		ns.byLower = e
	}
	return e
}

// mention resolves one source mention at offset at.
func (st *state) mention(m string, at int) *entity {
	m = strings.TrimSpace(trimASCII(m, ",;: "))
	lm := st.toLower(m)
	switch lm {
	case "he", "she":
		return st.pronoun(lm, at)
	case "it":
		return st.lastOf(Organisation, at)
	case "they", "we":
		// A plural speaker before ("economists at the central bank", "union leaders"), else an organisation.
		if e := st.lastSpeaker; e != nil && e.typ != Organisation && plural(e.name) {
			return e
		}
		if e := st.lastOf(Organisation, at); e != nil {
			return e
		}
		return st.lastOf(Person, at)
	case "i", "you":
		return st.lastSpeaker
	}
	// "a spokesperson for the Ministry of Defence (MoD)": the organisation speaks.
	for _, sep := range []string{" for ", " of ", " at "} {
		if idx := strings.Index(lm, sep); idx > 0 {
			head := lastWord(lm[:idx])
			if wordset.Has(gSpokesHeads, head) {
				if e := st.nameIn(dropParens(m[idx+len(sep):]), at); e != nil {
					return e
				}
			}
		}
	}
	// "Jane Doe, the union's negotiator": the name before the comma.
	if idx := strings.Index(m, ","); idx > 0 {
		if e := st.nameIn(m[:idx], at); e != nil && e.typ == Person {
			if tail := strings.TrimSpace(m[idx+1:]); tail != "" {
				e.roles = append(e.roles, lastWord(st.toLower(tail)))
			}
			return e
		}
	}
	if e := st.nameIn(dropParens(m), at); e != nil {
		// "US envoy Steve Witkoff": the title words tie a role to the name, for "Trump's special envoy" later.
		if e.typ == Person {
			for w := range strings.FieldsSeq(lm) {
				if wordset.Has(gTitles, w) && w != "the" && !strings.Contains(e.lower, w) {
					e.roles = append(e.roles, w)
				}
			}
		}
		return e
	}
	return st.description(m, lm, at)
}

// dropParens removes a parenthesised part: "the Ministry of Defence (MoD)" names the ministry once.
func dropParens(m string) string {
	if i := strings.IndexByte(m, '('); i > 0 {
		if j := strings.IndexByte(m[i:], ')'); j > 0 {
			return strings.TrimSpace(m[:i] + m[i+j+1:])
		}
	}
	return m
}

var spokesHeads = map[string]bool{
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "representative": true, "statement": true,
	"official": true, "officials": true, "source": true, "sources": true, "press": true, "secretary": true,
}

// plural reports whether a description names several people: its head ends in s, as in "union leaders".
func plural(name string) bool {
	w := strings.ToLower(lastWord(strings.SplitN(name, " at ", 2)[0]))
	w = strings.SplitN(w, " of ", 2)[0]
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

func lastWord(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// nameIn resolves the capitalised name inside mention m, if it has one.
func (st *state) nameIn(m string, at int) *entity {
	// Tokens are all a mention needs; a full text layer would cost more than the rest of resolution.
	st.buf = text.Tokenize(m, 0, len(m), st.buf[:0])
	st.ml = text.Layer{Text: m, Tokens: st.buf}
	l := &st.ml
	var best *entity
	i := 0
	for i < len(l.Tokens) {
		if !isCapWord(l, i) || (i == 0 && functionWord(l.TokenText(i))) {
			i++
			continue
		}
		j := i
		for j < len(l.Tokens) && (isCapWord(l, j) || (l.TokenText(j) == "." && j > i) ||
			((l.TokenText(j) == "of" || l.TokenText(j) == "for") && j+1 < len(l.Tokens) && isCapWord(l, j+1))) {
			j++
		}
		// "Economists at the central bank": a capitalised first word followed by lower-case ones is a description.
		if i == 0 && j == 1 && len(l.Tokens) > 2 && !isCapWord(l, len(l.Tokens)-1) {
			i = j
			continue
		}
		name, typ, gender, role := classify(st.wordsOf(l, i, j), joined(l, i, j))
		if name != "" {
			e := st.find(name, typ)
			if e == nil {
				e = st.add(st.newEntity(name, typ, gender))
			}
			if role != "" {
				e.roles = append(e.roles, role)
			}
			// Possessors ("Trump's special envoy") are not the speaker: keep looking.
			if !strings.HasSuffix(l.TokenText(j-1), "’s") && !strings.HasSuffix(l.TokenText(j-1), "'s") {
				best = e
			}
		}
		i = j
	}
	if best != nil {
		best.at = at
	}
	return best
}

// description resolves a mention without a name: "the government", "Trump's special envoy", "a senior official".
func (st *state) description(m, lm string, at int) *entity {
	words := st.fields[:0]
	for w := range strings.FieldsSeq(trimASCII(lm, ".,")) {
		words = append(words, w)
	}
	st.fields = words
	if len(words) == 0 {
		return nil
	}
	// The head noun comes before any prepositional phrase: "economists at the central bank" are economists.
	head := words[len(words)-1]
	for i, w := range words {
		if i > 0 && (w == "at" || w == "of" || w == "for" || w == "in" || w == "from" || w == "with" || w == "who" || w == "that") {
			head = words[i-1]
			break
		}
	}
	// A role tied to a named person earlier: "US envoy Steve Witkoff" ... "Trump's special envoy".
	for k := len(st.entities) - 1; k >= 0; k-- {
		e := st.entities[k]
		for _, r := range e.roles {
			if r == head || (head == "leader" && leaderRoles[r]) {
				return e
			}
		}
	}
	// An organisation named earlier whose name ends with the head: "the UK Government" ... "the government".
	for k := len(st.entities) - 1; k >= 0; k-- {
		e := st.entities[k]
		if e.typ == Organisation && strings.Contains(e.lower, head) {
			return e
		}
	}
	for _, w := range words {
		if wordset.Has(gAnonymousHeads, w) {
			return st.newEntity(trimDeterminer(m), Anonymous, 0)
		}
	}
	typ := Person
	if wordset.Has(gOrgWords, head) {
		typ = Organisation
	}
	return st.add(st.newEntity(trimDeterminer(m), typ, 0))
}

func trimDeterminer(m string) string {
	// Only ASCII letters lower-case to these, so that the prefix is compared without lower-casing m.
	for _, d := range []string{"the ", "a ", "an "} {
		if len(m) >= len(d) && lowerIs(m[:len(d)], d) {
			return m[len(d):]
		}
	}
	return m
}

// pronoun resolves he or she: the latest person speaker of a compatible gender, else the latest person named.
func (st *state) pronoun(p string, at int) *entity {
	want := byte('m')
	if p == "she" {
		want = 'f'
	}
	if e := st.lastSpeaker; e != nil && e.typ == Person && (e.gender == 0 || e.gender == want) {
		e.gender = want
		return e
	}
	var best *entity
	for _, e := range st.entities {
		if e.typ == Person && e.at < at && (e.gender == 0 || e.gender == want) && (best == nil || e.at > best.at) {
			best = e
		}
	}
	if best != nil {
		best.gender = want
	}
	return best
}

// lastOf is the latest speaker of type typ, else the latest entity of that type named before at.
func (st *state) lastOf(typ string, at int) *entity {
	if e := st.lastSpeaker; e != nil && e.typ == typ {
		return e
	}
	var best *entity
	for _, e := range st.entities {
		if e.typ == typ && e.at < at && (best == nil || e.at > best.at) {
			best = e
		}
	}
	return best
}
