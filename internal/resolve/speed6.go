package resolve

import "github.com/parley-ledger/parley/internal/wordset"

// The gates of the tables looked up once per word of a mention (see wordset.Gate).
var (
	gTitles         = wordset.NewGate(titles)
	gAnonymousHeads = wordset.NewGate(anonymousHeads)
	gOrgWords       = wordset.NewGate(orgWords)
	gFemaleTitles   = wordset.NewGate(femaleTitles)
	gMaleTitles     = wordset.NewGate(maleTitles)
	gSpokesHeads    = wordset.NewGate(spokesHeads)
)
