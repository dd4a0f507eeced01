package codebook

import (
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
	vocab     map[string]bool        // words that may stand before a name: titles, demonyms, role words
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
	}
	for w := range titleWords {
		idx.vocab[w] = true
	}
	for w := range demonymAdjWords {
		idx.vocab[w] = true
	}
	for _, c := range countries {
		for _, a := range c.adjs {
			idx.vocab[a] = true
		}
	}
	addVocab := func(s string) {
		for _, w := range normWords(s) {
			idx.vocab[stripPossessive(w)] = true
		}
	}
	for _, a := range cb.Actors {
		idx.actorByID[a.ID] = a
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
	if a := c.resolvePerson(words); a != nil {
		return a
	}
	for i := 1; i < len(words); i++ {
		if !idx.skippable(words[i-1]) {
			break
		}
		rest := trimWords(append([]string(nil), words[i:]...))
		k := strings.Join(rest, " ")
		if a, ok := idx.static[k]; ok {
			return a
		}
		if a := c.roleAt(k, at); a != nil {
			return a
		}
	}
	return nil
}

// skippable reports whether w may stand before a name without changing who it is.
func (idx *index) skippable(w string) bool {
	return idx.vocab[w] || (strings.HasSuffix(w, "'s") && len(w) > 2)
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

func (c *Codebook) resolvePerson(words []string) *Actor {
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
	j := len(words)
	for j > 0 && spokesWords[words[j-1]] {
		j--
	}
	if j < len(words) && j > 0 {
		rest := trimWords(append([]string(nil), words[:j]...))
		return nonPerson(c.resolveWords(rest, at))
	}
	return nil
}
