package resolve

// wordGate answers m[w] for a small word table looked up once per word of a mention: most words are in no
// such table, and the gate turns them away by their length and first byte in a few instructions where Go's
// map hashes each (about 130). The map stays the table's one source; nothing writes to it after
// package initialisation.
type wordGate struct {
	lens  uint64    // bit n set: some key is n bytes long (keys of 64 bytes or more go to the map unchecked)
	first [4]uint64 // bit b set: some key starts with byte b
	m     map[string]bool
}

func newWordGate(m map[string]bool) *wordGate {
	g := &wordGate{m: m}
	for w := range m {
		if len(w) < 64 {
			g.lens |= 1 << len(w)
		}
		if w != "" {
			g.first[w[0]>>6] |= 1 << (w[0] & 63)
		}
	}
	return g
}

// has is m[w].
func (g *wordGate) has(w string) bool {
	if n := len(w); n > 0 && n < 64 && (g.lens>>n&1 == 0 || g.first[w[0]>>6]>>(w[0]&63)&1 == 0) {
		return false
	}
	return g.m[w]
}

var (
	gTitles         = newWordGate(titles)
	gAnonymousHeads = newWordGate(anonymousHeads)
	gOrgWords       = newWordGate(orgWords)
	gFemaleTitles   = newWordGate(femaleTitles)
	gMaleTitles     = newWordGate(maleTitles)
	gSpokesHeads    = newWordGate(spokesHeads)
)
