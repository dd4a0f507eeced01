// Package resolve owns speaker resolution: turning each statement's source mention ("he", "the government",
// "Trump's special envoy", "US envoy Steve Witkoff") into the name of the actor it refers to, using what the
// document said before the statement. It works on one document at a time and keeps no state between documents.
package resolve

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/text"
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
	entities []*entity
	byLower  map[string]*entity
	// bySurname and byFirstName index persons with several names by their last and first word.
	bySurname   map[string]*entity
	byFirstName map[string][]*entity
	runs        map[string]*entity // capitalised runs already classified, nil for those that name nobody
	buf         []text.Token       // reused for the tokens of one mention
	// lastSpeaker is the entity of the latest resolved statement.
	lastSpeaker *entity
}

// Speakers sets Speaker and SpeakerType on every statement, in text order.
func Speakers(l *text.Layer, stmts []attrib.Statement) {
	st := &state{l: l, byLower: map[string]*entity{}, runs: map[string]*entity{},
		bySurname: map[string]*entity{}, byFirstName: map[string][]*entity{}}
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
		case s.Source == nil && prev != nil:
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
	// Sentences and tokens are in text order: binary searches find where from lies, so that scanning before
	// every statement costs what lies between statements, not the whole document (or sentence) each time.
	first, _ := slices.BinarySearchFunc(l.Sentences, from, func(s text.Sentence, from int) int { return cmp.Compare(s.End, from+1) })
	for si := first; si < len(l.Sentences); si++ {
		s := l.Sentences[si]
		if s.Start >= to {
			break
		}
		if s.End <= from {
			continue
		}
		i, _ := slices.BinarySearchFunc(l.Tokens[s.FirstTok:s.EndTok], from, func(t text.Token, from int) int { return cmp.Compare(t.Start, from) })
		i += s.FirstTok
		for i < s.EndTok && l.Tokens[i].End <= to {
			if !isCapWord(l, i) || functionWord(l.TokenText(i)) {
				i++
				continue
			}
			j := i
			for j < s.EndTok && l.Tokens[j].End <= to {
				if isCapWord(l, j) {
					j++
					continue
				}
				lw := strings.ToLower(l.TokenText(j))
				if (lw == "of" || lw == "for" || lw == "and") && j+1 < s.EndTok && isCapWord(l, j+1) && lw != "and" {
					j++
					continue
				}
				if lw == "." && j > i && len(l.TokenText(j-1)) <= 3 && j+1 < s.EndTok && isCapWord(l, j+1) {
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

func functionWord(w string) bool {
	if len(w) > 9 {
		return false
	}
	switch strings.ToLower(w) {
	case "the", "a", "an", "but", "and", "he", "she", "it", "they", "we", "i", "this", "that", "these", "in", "on",
		"at", "after", "before", "following", "speaking", "now", "earlier", "later", "plans", "share", "when", "while",
		"as", "if", "so", "there", "his", "her", "its", "their", "our", "some", "many", "one", "two":
		return true
	}
	return false
}

func isCapWord(l *text.Layer, i int) bool {
	t := l.Tokens[i]
	if t.Kind != text.Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l.Text[t.Start:])
	return unicode.IsUpper(r)
}

// addName records tokens [i, j) as a name: a person's name with its titles dropped, or an organisation.
func (st *state) addName(i, j int) *entity {
	l := st.l
	run := l.Text[l.Tokens[i].Start:l.Tokens[j-1].End]
	if e, seen := st.runs[run]; seen {
		// The same words again: classifying them is the costly part of resolution.
		if e != nil {
			e.at = l.Tokens[i].Start
		}
		return e
	}
	e := st.addNewName(i, j)
	st.runs[run] = e
	return e
}

func (st *state) addNewName(i, j int) *entity {
	l := st.l
	words := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		if l.Tokens[k].Kind == text.Word {
			words = append(words, l.TokenText(k))
		}
	}
	name, typ, gender, role := classify(words)
	if name == "" {
		return nil
	}
	e := st.find(name, typ)
	if e == nil {
		e = st.add(&entity{name: name, typ: typ})
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

// classify turns the words of a capitalised run into a name. A run with an organisation word is an
// organisation; otherwise leading titles and nationality adjectives are dropped ("US envoy Steve Witkoff") and
// the title's head is kept as a role.
func classify(words []string) (name, typ string, gender byte, role string) {
	for _, w := range words {
		if orgWordsAny[strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")] {
			n := strings.Join(words, " ")
			n = strings.TrimSuffix(strings.TrimSuffix(n, "’s"), "'s")
			if strings.HasPrefix(n, "the ") || strings.HasPrefix(n, "The ") {
				n = n[4:]
			}
			return n, Organisation, 0, ""
		}
	}
	k := 0
	for k < len(words)-1 {
		w := words[k]
		if !titlesAny[w] && !isNationality(w) {
			break
		}
		if titlesAny[w] {
			lw := strings.ToLower(w)
			if femaleTitles[lw] {
				gender = 'f'
			} else if maleTitles[lw] {
				gender = 'm'
			}
			if lw != "the" && lw != "mr" && lw != "mrs" && lw != "ms" && lw != "dr" {
				role = lw
			}
		}
		k++
	}
	rest := words[k:]
	if len(rest) == 0 {
		return "", "", 0, ""
	}
	if len(rest) == 1 && (isAcronym(rest[0]) || isNationality(rest[0]) || titlesAny[rest[0]]) {
		return "", "", 0, ""
	}
	if gender == 0 {
		gender = givenNameGender[rest[0]]
	}
	n := rest[0]
	if len(rest) > 1 {
		n = strings.Join(rest, " ")
	}
	return strings.TrimSuffix(strings.TrimSuffix(n, "’s"), "'s"), Person, gender, role
}

// orgWordsAny and titlesAny are orgWords and titles in every case a word is written in.
var orgWordsAny, titlesAny = anyCase(orgWords), anyCase(titles)

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
	key := strings.ToLower(name)
	if e := st.byLower[key]; e != nil {
		return e
	}
	if typ == Person && !strings.Contains(name, " ") {
		if e := st.bySurname[key]; e != nil {
			return e
		}
		// Family name first ("Lee Ji-won" ... "Lee"), when no one else has it.
		if es := st.byFirstName[key]; len(es) == 1 {
			return es[0]
		}
	}
	return nil
}

// add records a new entity.
func (st *state) add(e *entity) *entity {
	e.lower = strings.ToLower(e.name)
	st.entities = append(st.entities, e)
	if e.typ == Person {
		if i := strings.LastIndexByte(e.lower, ' '); i > 0 {
			st.bySurname[e.lower[i+1:]] = e // the latest person with that surname
			first := e.lower[:strings.IndexByte(e.lower, ' ')]
			st.byFirstName[first] = append(st.byFirstName[first], e)
		}
	}
	if _, ok := st.byLower[e.lower]; !ok {
		st.byLower[e.lower] = e
	}
	return e
}

// mention resolves one source mention at offset at.
func (st *state) mention(m string, at int) *entity {
	m = strings.TrimSpace(strings.Trim(m, ",;: "))
	lm := strings.ToLower(m)
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
			if spokesHeads[head] {
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
				e.roles = append(e.roles, lastWord(strings.ToLower(tail)))
			}
			return e
		}
	}
	if e := st.nameIn(dropParens(m), at); e != nil {
		// "US envoy Steve Witkoff": the title words tie a role to the name, for "Trump's special envoy" later.
		if e.typ == Person {
			for _, w := range strings.Fields(lm) {
				if titles[w] && w != "the" && !strings.Contains(e.lower, w) {
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
	l := &text.Layer{Text: m, Tokens: st.buf}
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
		var words []string
		for k := i; k < j; k++ {
			if l.Tokens[k].Kind == text.Word {
				words = append(words, l.TokenText(k))
			}
		}
		// "Economists at the central bank": a capitalised first word followed by lower-case ones is a description.
		if i == 0 && j == 1 && len(l.Tokens) > 2 && !isCapWord(l, len(l.Tokens)-1) {
			i = j
			continue
		}
		name, typ, gender, role := classify(words)
		if name != "" {
			e := st.find(name, typ)
			if e == nil {
				e = st.add(&entity{name: name, typ: typ, gender: gender})
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
	words := strings.Fields(strings.Trim(lm, ".,"))
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
		if anonymousHeads[w] {
			return &entity{name: trimDeterminer(m), typ: Anonymous}
		}
	}
	typ := Person
	if orgWords[head] {
		typ = Organisation
	}
	return st.add(&entity{name: trimDeterminer(m), typ: typ})
}

func trimDeterminer(m string) string {
	lm := strings.ToLower(m)
	for _, d := range []string{"the ", "a ", "an "} {
		if strings.HasPrefix(lm, d) {
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
