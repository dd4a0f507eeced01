package codebook

import (
	"slices"
	"strings"
	"time"
)

// index holds the lookup tables built once per codebook.
type index struct {
	actorByID map[string]*Actor
	issueByID map[string]*Issue
	static    map[string]*Actor      // normKey of names, aliases and metonyms
	roles     map[string][]roleRef   // normKey of role titles, their country variants, and role aliases
	surnames  map[string][]personRef // NameKey surname of each person's name and full-name aliases
	vocab     map[string]bool        // words that may stand before a name: titles and role words
	countryOf map[string]*Actor      // country adjectives and names to their government actor, if any
	ownWords  map[*Actor]map[string]bool
	issues    issueMatcher
}

type roleRef struct {
	actor *Actor
	role  *Role
}

type personRef struct {
	actor         *Actor
	given, suffix string
}

// countries lets a role titled "Russian President" also be found as "President of Russia" and "Russia's
// President". The first adjective is the one titles are expected to use.
var countries = []struct{ adjs, names []string }{
	{[]string{"russian"}, []string{"russia", "the russian federation"}},
	{[]string{"ukrainian"}, []string{"ukraine"}},
	{[]string{"us", "american"}, []string{"the united states", "america", "the us", "usa"}},
	{[]string{"uk", "british"}, []string{"britain", "the united kingdom", "the uk"}},
	{[]string{"french"}, []string{"france"}},
	{[]string{"german"}, []string{"germany"}},
	{[]string{"polish"}, []string{"poland"}},
	{[]string{"italian"}, []string{"italy"}},
	{[]string{"finnish"}, []string{"finland"}},
	{[]string{"turkish"}, []string{"turkey", "turkiye"}},
	{[]string{"chinese"}, []string{"china"}},
	{[]string{"belarusian"}, []string{"belarus"}},
	{[]string{"canadian"}, []string{"canada"}},
	{[]string{"japanese"}, []string{"japan"}},
	{[]string{"dutch"}, []string{"the netherlands", "holland"}},
}

// isCountryWord reports whether w is a one-word country adjective or name.
func isCountryWord(w string) bool {
	for _, c := range countries {
		if slices.Contains(c.adjs, w) {
			return true
		}
		for _, n := range c.names {
			if strings.TrimPrefix(n, "the ") == w {
				return true
			}
		}
	}
	return false
}

// roleKeys returns the lookup keys for a role title: the title itself and, when it starts with a country
// adjective, the same office with each other way of naming the country.
func roleKeys(title string) []string {
	words := normWords(title)
	keys := []string{normKey(title)}
	for _, c := range countries {
		for _, adj := range c.adjs {
			if len(words) < 2 || words[0] != adj {
				continue
			}
			office := strings.Join(words[1:], " ")
			for _, a := range c.adjs {
				keys = append(keys, a+" "+office)
			}
			for _, n := range c.names {
				keys = append(keys, office+" of "+n, strings.TrimPrefix(n, "the ")+"'s "+office)
			}
		}
	}
	return keys
}

func buildIndex(cb *Codebook) (*index, error) {
	idx := &index{
		actorByID: map[string]*Actor{}, issueByID: map[string]*Issue{}, static: map[string]*Actor{},
		roles: map[string][]roleRef{}, surnames: map[string][]personRef{}, vocab: map[string]bool{},
		countryOf: map[string]*Actor{}, ownWords: map[*Actor]map[string]bool{},
	}
	for w := range titleWords {
		idx.vocab[w] = true
	}
	addVocab := func(s string) {
		for _, w := range normWords(s) {
			idx.vocab[stripPossessive(w)] = true
		}
	}
	for _, a := range cb.Actors {
		idx.actorByID[a.ID] = a
		own := map[string]bool{}
		for _, s := range append(append([]string{a.Name}, a.Aliases...), a.Metonyms...) {
			for _, w := range normWords(s) {
				own[stripPossessive(w)] = true
			}
		}
		for _, r := range a.Roles {
			for _, s := range append([]string{r.Title}, r.Aliases...) {
				for _, w := range normWords(s) {
					own[stripPossessive(w)] = true
				}
			}
		}
		idx.ownWords[a] = own
		for _, s := range append(append([]string{a.Name}, a.Aliases...), a.Metonyms...) {
			idx.static[normKey(s)] = a
		}
		if a.Kind == Person {
			for _, s := range append([]string{a.Name}, a.Aliases...) {
				if p := parseName(s); p.person && p.surname != "" && (p.given != "" || s == a.Name) {
					idx.surnames[p.surname] = append(idx.surnames[p.surname], personRef{a, p.given, p.suffix})
				}
			}
		}
		for i := range a.Roles {
			r := &a.Roles[i]
			for _, k := range roleKeys(r.Title) {
				idx.roles[k] = append(idx.roles[k], roleRef{a, r})
			}
			for _, s := range r.Aliases {
				k := normKey(s)
				idx.roles[k] = append(idx.roles[k], roleRef{a, r})
			}
			addVocab(r.Title)
			for _, s := range r.Aliases {
				addVocab(s)
			}
		}
	}
	// Names of people must never be skipped as if they were titles.
	for _, refs := range idx.surnames {
		for _, p := range refs {
			for _, w := range normWords(p.actor.Name) {
				delete(idx.vocab, w)
			}
		}
	}
	for w := range idx.vocab {
		if isCountryWord(w) || demonymAdjWords[w] {
			delete(idx.vocab, w) // country words are checked against the actor, not skipped freely
		}
	}
	for _, c := range countries {
		var gov *Actor
		for _, n := range c.names {
			if a, ok := idx.static[normKey(n)]; ok && a.Kind == Government {
				gov = a
				break
			}
		}
		if gov == nil {
			continue
		}
		for _, w := range c.adjs {
			idx.countryOf[w] = gov
		}
		for _, n := range c.names {
			idx.countryOf[strings.TrimPrefix(n, "the ")] = gov
		}
	}
	for _, is := range cb.Issues {
		idx.issueByID[is.ID] = is
	}
	var err error
	if idx.issues, err = newIssueMatcher(cb.Issues); err != nil {
		return nil, err
	}
	return idx, nil
}

// ResolveActor finds the codebook actor a mention refers to on the day at (the document's date; see
// Role.ActiveAt for a zero at). Matching ignores case, diacritics, a leading "the" and a trailing possessive
// ("Trump's"), and tries in turn:
//
//  1. an actor's name, alias or metonym: "Steve Witkoff", "Trump's special envoy", "Moscow";
//  2. a role title or role alias held at that date, with country variants: "Russian President",
//     "the President of Russia", "the Russian leader" (none if two actors hold matching roles then);
//  3. a person's name after leading titles, country adjectives and role words: "President Putin",
//     "US envoy Steve Witkoff", "Ukrainian President, Volodymyr Zelenskyy"; a surname alone ("Witkoff")
//     only when one person in the codebook has it, and spelling variants fold as in NameKey ("Zelensky");
//  4. a name, alias or metonym after such words or a possessive: "Britain's Ministry of Defence";
//  5. an organisation behind a spokesperson: "a spokesperson for the Ministry of Defence (MoD)",
//     "a Kremlin spokesman" when that is not itself a role.
//
// Metonyms resolve to the institution, never to the person who leads it: "the Kremlin" is the Russian
// government, not Putin, because statements "from the Kremlin" are mostly the presidency's spokesmen; name
// the person through a role alias such as "the Kremlin leader" instead.
func (c *Codebook) ResolveActor(mention string, at time.Time) (*Actor, bool) {
	words := trimWords(normWords(mention))
	if len(words) == 0 || len(words) > 16 {
		return nil, false
	}
	if a := c.resolveWords(words, at); a != nil {
		return a, true
	}
	if a := c.resolveSpokes(words, at); a != nil {
		return a, true
	}
	return nil, false
}

func (c *Codebook) resolveWords(words []string, at time.Time) *Actor {
	idx := c.idx
	key := strings.Join(words, " ")
	if a, ok := idx.static[key]; ok {
		return a
	}
	if a := c.roleAt(key, at); a != nil {
		return a
	}
	if a := c.resolvePerson(words, c.prefixOK); a != nil {
		return a
	}
	for i := 1; i < len(words); i++ {
		if !idx.skippable(words[i-1]) {
			break
		}
		rest := trimWords(append([]string(nil), words[i:]...))
		k := strings.Join(rest, " ")
		a, ok := idx.static[k]
		if !ok {
			a = c.roleAt(k, at)
		}
		if a != nil {
			if c.prefixOK(words[:i], a) {
				return a
			}
			return nil
		}
	}
	return nil
}

// skippable reports whether w may stand before a name: a title or role word, a country word or a possessive.
// prefixOK then checks that the country words and possessives fit the actor found.
func (idx *index) skippable(w string) bool {
	return idx.vocab[w] || isCountryWord(stripPossessive(w)) || (strings.HasSuffix(w, "'s") && len(w) > 2)
}

// prefixOK reports whether the words before a name fit the actor it names: country words and possessives must
// name the actor itself, an actor it is affiliated with, or appear in its own names and roles, so that
// "Russian President Vladimir Putin" and "Britain's Ministry of Defence" resolve but "Russia's Ministry of
// Defence" does not become the British one.
func (c *Codebook) prefixOK(prefix []string, target *Actor) bool {
	idx := c.idx
	for _, w := range prefix {
		base := stripPossessive(w)
		switch {
		case isCountryWord(base):
			if g := idx.countryOf[base]; (g == nil || !related(g, target)) && !idx.ownWords[target][base] {
				return false
			}
		case base != w:
			if idx.vocab[base] || idx.ownWords[target][base] {
				continue
			}
			owner, ok := idx.static[base]
			if !ok {
				owner = c.resolvePerson([]string{base}, nil)
			}
			if owner == nil || !related(owner, target) {
				return false
			}
		case !idx.vocab[w]:
			return false
		}
	}
	return true
}

// related reports whether two actors are one, or one belongs to the other, or both belong to the same actor.
func related(a, b *Actor) bool {
	return a == b || a.Affiliation == b.ID || b.Affiliation == a.ID || (a.Affiliation != "" && a.Affiliation == b.Affiliation)
}

// roleAt returns the one actor holding a role with this key at the date.
func (c *Codebook) roleAt(key string, at time.Time) *Actor {
	var found *Actor
	for _, r := range c.idx.roles[key] {
		if !r.role.ActiveAt(at) {
			continue
		}
		if found != nil && found != r.actor {
			return nil
		}
		found = r.actor
	}
	return found
}

// resolvePerson finds a codebook person named by words after any leading titles, checking those with check
// when it is not nil.
func (c *Codebook) resolvePerson(words []string, check func([]string, *Actor) bool) *Actor {
	i := 0
	for i < len(words)-1 && c.idx.skippable(words[i]) {
		i++
	}
	p := parseName(strings.Join(words[i:], " "))
	if !p.person || p.surname == "" {
		return nil
	}
	var found *Actor
	for _, ref := range c.idx.surnames[p.surname] {
		if ref.suffix != p.suffix || !compatibleGiven(p.given, ref.given) {
			continue
		}
		if found != nil && found != ref.actor {
			return nil // two codebook people share the surname: a surname alone cannot choose
		}
		found = ref.actor
	}
	if found != nil && check != nil && !check(words[:i], found) {
		return nil
	}
	return found
}

var (
	spokesWords = setOf("spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "representative",
		"representatives", "official", "officials", "source", "sources", "statement", "senior", "aide", "aides",
		"press", "office", "a", "an", "one", "two", "several", "government", "defence", "military", "secretary")
	spokesLinks = setOf("for", "of", "from", "at", "to", "in")
)

// resolveSpokes handles "a spokesperson for X" and "X spokesperson", returning X when it is not a person.
func (c *Codebook) resolveSpokes(words []string, at time.Time) *Actor {
	nonPerson := func(a *Actor) *Actor {
		if a == nil || a.Kind == Person {
			return nil
		}
		return a
	}
	i := 0
	for i < len(words) && spokesWords[words[i]] {
		i++
	}
	if i > 0 && i < len(words)-1 && spokesLinks[words[i]] {
		rest := trimWords(append([]string(nil), words[i+1:]...))
		if a := nonPerson(c.resolveWords(rest, at)); a != nil {
			return a
		}
	}
	// "a Ministry of Defence spokesman": try each cut before the trailing spokes words, as "defence" is one too.
	for j := len(words) - 1; j > 0 && spokesWords[words[j]]; j-- {
		k := 0
		for k < j && (words[k] == "a" || words[k] == "an" || words[k] == "one") {
			k++
		}
		if k == j {
			break
		}
		rest := trimWords(append([]string(nil), words[k:j]...))
		if a := nonPerson(c.resolveWords(rest, at)); a != nil {
			return a
		}
	}
	return nil
}
