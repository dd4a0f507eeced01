package codebook

import "strings"

// CountryActor returns the government actor a country word stands for: an adjective ("British", "Russian"),
// a country name ("Britain", "the United States") or a plural demonym ("the Russians", "Ukrainians"). Only
// countries whose name or alias is a government actor of the codebook are known.
func (c *Codebook) CountryActor(word string) (*Actor, bool) {
	key := normKey(word)
	if key == "" {
		return nil, false
	}
	if a, ok := c.idx.countryOf[key]; ok {
		return a, true
	}
	if stem, ok := strings.CutSuffix(key, "s"); ok && demonymAdjWords[stem] {
		a, ok := c.idx.countryOf[stem]
		return a, ok
	}
	return nil, false
}
