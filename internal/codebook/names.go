package codebook

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleWords are stripped from the front of a person's name: "President", "Mr", "Sen.", "Secretary of State".
var titleWords = setOf(
	"president", "prime", "minister", "mr", "mrs", "ms", "miss", "mx", "dr", "sen", "senator", "gov", "governor",
	"rep", "representative", "secretary", "chancellor", "general", "gen", "col", "colonel", "lt", "maj", "major",
	"capt", "captain", "admiral", "adm", "sgt", "king", "queen", "prince", "princess", "pope", "sir", "dame",
	"lord", "lady", "baroness", "baron", "judge", "justice", "ambassador", "envoy", "special", "foreign",
	"defence", "defense", "state", "vice", "deputy", "chief", "mayor", "professor", "prof", "rev", "reverend",
	"former", "ex", "acting", "interim", "spokesman", "spokeswoman", "spokesperson", "commissioner", "commander",
	"leader", "premier", "speaker", "senior", "top", "us", "uk", "eu", "of", "the", "and", "a", "an", "spokes",
	"adviser", "advisor", "aide", "official", "negotiator", "head", "director", "general's", "foreign",
)

// titleHeads are the title words that can end a description before a name: "Kremlin spokesman Dmitry
// Peskov", but not the "of" in "Institute for the Study of War".
var titleHeads = setOf(
	"president", "minister", "mr", "mrs", "ms", "dr", "sen", "senator", "governor", "secretary", "chancellor",
	"general", "ambassador", "envoy", "mayor", "professor", "spokesman", "spokeswoman", "spokesperson",
	"commissioner", "commander", "leader", "premier", "speaker", "adviser", "advisor", "aide", "official",
	"negotiator", "head", "director", "chief", "sir",
)

// suffixWords come after a name: generational suffixes tell people apart, post-nominals do not.
var (
	generational = setOf("jr", "sr", "ii", "iii", "iv")
	postNominals = setOf("mp", "qc", "kc", "phd", "md", "obe", "mbe", "cbe", "mep")
)

// particles belong to the surname: "von der Leyen", "de Gaulle". Arabic ones only count inside a name, so that
// "Al Gore" keeps his given name.
var (
	particles       = setOf("von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "le", "la", "ter", "ten", "dos", "das")
	innerParticles  = setOf("al", "el", "bin", "ibn", "abu")
	orgWords        = setOf("ministry", "department", "government", "office", "agency", "council", "commission", "committee", "institute", "university", "party", "army", "forces", "force", "bank", "union", "organisation", "organization", "administration", "kremlin", "parliament", "court", "police", "service", "services", "news", "company", "group", "corporation", "inc", "ltd", "foundation", "association", "alliance", "coalition", "nato", "embassy", "staff", "headquarters", "authorities", "authority", "board", "cabinet", "centre", "center", "federation", "republic", "states", "kingdom", "house", "street")
	connectorWords  = setOf("of", "for", "and", "on", "at", "in")
	demonymAdjWords = setOf("russian", "ukrainian", "american", "british", "french", "german", "polish", "italian", "finnish", "turkish", "chinese", "european", "estonian", "latvian", "lithuanian", "belarusian", "hungarian", "canadian", "japanese", "dutch", "swedish", "norwegian", "danish")
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// nameParts is a name taken apart.
type nameParts struct {
	person  bool
	given   string   // folded and transliteration-folded first name, "" when only a surname is written
	surname string   // folded and transliteration-folded surname, particles joined: "vonderleyen"
	suffix  string   // "jr", "iii", or ""
	words   []string // the name's folded words without titles; for organisations, without a leading "the"
	display []string // the same words as written
}

// parseName takes a written name apart. A name is taken as an organisation's when it has words such as
// "Ministry" or "Council", or connectors such as "of" or "for", or more than five words once titles are gone.
func parseName(name string) nameParts {
	raw := displayWords(name)
	words := normWords(name)
	if len(raw) != len(words) {
		raw = words // the two splits disagree only on odd punctuation; fall back to folded words
	}
	for i, w := range words {
		words[i] = stripPossessive(w)
	}
	var p nameParts
	if len(words) == 0 {
		return p
	}
	// Strip leading titles, keeping at least one word.
	i := 0
	for i < len(words)-1 && (titleWords[words[i]] || demonymAdjWords[words[i]]) {
		i++
	}
	body, shown := words[i:], raw[i:]
	if hasOrgWord(body) {
		// "Kremlin spokesman Dmitry Peskov": a description, then a name after its last title word.
		k := len(body) - 1
		for k >= 0 && !titleHeads[body[k]] {
			k--
		}
		if k < 0 || k == len(body)-1 || len(body)-k-1 > 4 || hasOrgWord(body[k+1:]) {
			p.words, p.display = trimThe(words, raw)
			return p
		}
		body, shown = body[k+1:], shown[k+1:]
	}
	var suffixShown string
	for len(body) > 1 && (postNominals[body[len(body)-1]] || generational[body[len(body)-1]]) {
		if generational[body[len(body)-1]] && p.suffix == "" {
			p.suffix, suffixShown = body[len(body)-1], shown[len(shown)-1]
		}
		body, shown = body[:len(body)-1], shown[:len(shown)-1]
	}
	if len(body) > 5 {
		p.words, p.display = trimThe(words, raw)
		return p
	}
	for _, w := range body {
		for _, r := range w {
			if !unicode.IsLetter(r) {
				p.words, p.display = trimThe(words, raw)
				return p
			}
		}
	}
	p.person = true
	p.words, p.display = body, shown
	if p.suffix != "" {
		p.words = append(append([]string(nil), body...), p.suffix)
		p.display = append(append([]string(nil), shown...), suffixShown)
	}
	// European particles are part of the surname as written ("von der Leyen"); Arabic ones are often left
	// out ("Assad" for "al-Assad"), so they are dropped from the key.
	s := len(body) - 1
	for s > 0 && particles[body[s-1]] {
		s--
	}
	e := s // given names end where the particles start; "al" opening a name is a particle only in lower case
	for e > 0 && innerParticles[body[e-1]] && (e > 1 || !upperInitial(shown[0])) {
		e--
	}
	p.surname = translit(strings.Join(body[s:], ""))
	if e > 0 {
		p.given = translit(body[0])
	}
	return p
}

func upperInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func hasOrgWord(words []string) bool {
	for _, w := range words {
		if orgWords[w] || connectorWords[w] {
			return true
		}
	}
	return false
}

func trimThe(words, raw []string) ([]string, []string) {
	if len(words) > 1 && words[0] == "the" {
		return words[1:], raw[1:]
	}
	return words, raw
}

// displayWords splits a name like normWords but keeps the words as written, for display.
func displayWords(s string) []string {
	var out []string
	depth := 0
	start := -1
	flush := func(end int) {
		if start >= 0 {
			w := strings.Trim(s[start:end], "'\u2019.")
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")
			if w != "" {
				out = append(out, w)
			}
		}
		start = -1
	}
	for i, r := range s {
		switch {
		case r == '(' || r == '[':
			flush(i)
			depth++
		case r == ')' || r == ']':
			flush(i)
			if depth > 0 {
				depth--
			}
		case depth > 0:
		case isWordRune(r) || isApostrophe(r) || r == '.':
			if start < 0 {
				start = i
			}
		default:
			flush(i)
		}
	}
	flush(len(s))
	return out
}

// translit folds the spelling differences that transliteration from Cyrillic produces, so that Zelensky,
// Zelenskiy, Zelenskyy and Zelenskyi agree, as do Peskov and Peskoff, Sergei and Sergey, Mikhail and Mihail.
// It works on a folded word:
//
//   - a final -yy, -iy, -yi, -ii, -ij, -yj or -i becomes -y (Zelenskyy, Sergei, Dmitrii);
//   - -off at the end becomes -ov (Peskoff);
//   - kh becomes h and x becomes ks (Kharkiv, Alexei);
//   - a leading ye becomes e (Yermak, Yevgeny);
//   - doubled letters become single (Rutte, Kirill).
func translit(w string) string {
	if len(w) > 3 {
		for _, end := range []string{"yy", "iy", "yi", "ii", "ij", "yj"} {
			if strings.HasSuffix(w, end) {
				w = w[:len(w)-2] + "y"
				break
			}
		}
		if strings.HasSuffix(w, "i") {
			w = w[:len(w)-1] + "y"
		}
		if strings.HasSuffix(w, "off") {
			w = w[:len(w)-3] + "ov"
		}
	}
	w = strings.ReplaceAll(w, "kh", "h")
	w = strings.ReplaceAll(w, "x", "ks")
	if strings.HasPrefix(w, "ye") && len(w) > 3 {
		w = w[1:]
	}
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if i > 0 && w[i] == w[i-1] {
			continue
		}
		b = append(b, w[i])
	}
	return string(b)
}

// NameKey is the key under which spellings of one name meet: "Zelensky", "Zelenskiy", "Zelenskyy",
// "Volodymyr Zelenskyy" and "President Zelensky" all have the key "zelensky".
//
// For a person the key is the surname alone: titles (President, Mr, Sen., Secretary of State, ...) and
// post-nominals are dropped, diacritics folded, and transliteration variants folded as translit describes.
// Because news text often gives the surname alone, the key deliberately ignores the given name; it therefore
// does not tell Bill Clinton from Hillary Clinton. Use a Registry to keep people with different given names
// apart while merging surname-only mentions into them.
//
// For an organisation (a name with words like "Ministry", "Council", "of", "for") the key is the whole folded
// name without a leading "the": "ministry of defence". NameKey returns "" for a name without letters or digits.
func NameKey(name string) string {
	p := parseName(name)
	if p.person {
		if p.suffix != "" {
			return p.surname + " " + p.suffix
		}
		return p.surname
	}
	return strings.Join(p.words, " ")
}

// compatibleGiven reports whether two given names can be one person's: equal, or one is the other's initial.
func compatibleGiven(a, b string) bool {
	switch {
	case a == "" || b == "":
		return true
	case a == b:
		return true
	case len(a) == 1:
		return b[0] == a[0]
	case len(b) == 1:
		return a[0] == b[0]
	}
	return false
}

// Registry gives stable ids to speakers that are not in the codebook, across one set of documents.
//
// Names with the same NameKey are one person when their given names agree (equal, or one is an initial of the
// other) and their generational suffixes match; "Bill Clinton" and "Hillary Clinton" stay apart. A
// surname-only mention ("Zelensky") joins the person of that surname seen before; if several were seen it
// joins the one mentioned most recently, as news prose refers back to the nearest candidate. A full name that
// arrives after a surname-only mention of the same surname fills it in and keeps its id.
//
// Ids are "auto-" plus the name as first written, lower-cased with hyphens ("auto-volodymyr-zelenskyy"), with
// "-2", "-3" added on a clash, so that the same names in the same order always get the same ids. The zero
// Registry is ready to use; it is not safe for concurrent use.
type Registry struct {
	people    []*regEntry
	bySurname map[string][]*regEntry
	byOrg     map[string]*regEntry
	ids       map[string]bool
	clock     int
}

type regEntry struct {
	Speaker
	given, suffix string
	last          int // clock at the last mention
}

// Speaker is one person or organisation in a Registry.
type Speaker struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Mentions int    `json:"mentions"`
	// Variants are the distinct spellings seen, in order of appearance.
	Variants []string `json:"variants,omitempty"`
}

// Add records a mention of name and returns its person's id, or "" when name has no letters or digits.
func (r *Registry) Add(name string) string {
	e := r.find(name, true)
	if e == nil {
		return ""
	}
	return e.ID
}

// Lookup returns the id name would get from Add without recording the mention; ok is false when name would
// make a new person.
func (r *Registry) Lookup(name string) (id string, ok bool) {
	if e := r.find(name, false); e != nil {
		return e.ID, true
	}
	return "", false
}

// Speakers returns everyone recorded, in order of first mention.
func (r *Registry) Speakers() []Speaker {
	out := make([]Speaker, len(r.people))
	for i, e := range r.people {
		out[i] = e.Speaker
		out[i].Variants = append([]string(nil), e.Variants...)
	}
	return out
}

func (r *Registry) find(name string, add bool) *regEntry {
	name = strings.TrimSpace(name)
	p := parseName(name)
	if len(p.words) == 0 {
		return nil
	}
	var e *regEntry
	if p.person {
		e = r.matchPerson(p)
	} else {
		e = r.byOrg[strings.Join(p.words, " ")]
	}
	if !add {
		return e
	}
	if r.bySurname == nil {
		r.bySurname, r.byOrg, r.ids = map[string][]*regEntry{}, map[string]*regEntry{}, map[string]bool{}
	}
	display := strings.Join(p.display, " ")
	if e == nil {
		e = &regEntry{Speaker: Speaker{ID: r.newID(p.words), Name: display}, given: p.given, suffix: p.suffix}
		r.people = append(r.people, e)
		if p.person {
			r.bySurname[p.surname] = append(r.bySurname[p.surname], e)
		} else {
			r.byOrg[strings.Join(p.words, " ")] = e
		}
	} else if p.person && len(p.given) > len(e.given) {
		// A fuller name for someone seen before: "Zelensky", then "Volodymyr Zelenskyy".
		e.given, e.Name = p.given, display
	}
	r.clock++
	e.last = r.clock
	e.Mentions++
	if !containsFold(e.Variants, name) {
		e.Variants = append(e.Variants, name)
	}
	return e
}

func (r *Registry) matchPerson(p nameParts) *regEntry {
	var best *regEntry
	for _, e := range r.bySurname[p.surname] {
		if e.suffix != p.suffix {
			continue
		}
		var ok bool
		switch {
		case p.given == "":
			ok = true // surname alone: any person of that surname
		case e.given == "":
			// A surname-only entry takes the first full name, unless a person with that given name exists.
			ok = true
		default:
			ok = compatibleGiven(p.given, e.given)
		}
		if !ok {
			continue
		}
		if best == nil || better(p, e, best) {
			best = e
		}
	}
	return best
}

// better prefers an entry whose given name matches exactly, then one with a given name, then the most recent.
func better(p nameParts, e, cur *regEntry) bool {
	score := func(x *regEntry) int {
		switch {
		case p.given != "" && x.given == p.given:
			return 2
		case p.given != "" && x.given != "":
			return 1
		}
		return 0
	}
	if score(e) != score(cur) {
		return score(e) > score(cur)
	}
	return e.last > cur.last
}

func (r *Registry) newID(words []string) string {
	id := "auto-" + slug(words)
	if r.ids[id] {
		for n := 2; ; n++ {
			if c := id + "-" + strconv.Itoa(n); !r.ids[c] {
				id = c
				break
			}
		}
	}
	r.ids[id] = true
	return id
}

// slug joins the ASCII letters and digits of words with hyphens: "volodymyr-zelenskyy".
func slug(words []string) string {
	var parts []string
	for _, w := range words {
		var b strings.Builder
		for _, r := range w {
			if ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') {
				b.WriteRune(r)
			}
		}
		if b.Len() > 0 {
			parts = append(parts, b.String())
		}
	}
	if len(parts) == 0 {
		return "name"
	}
	return strings.Join(parts, "-")
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
