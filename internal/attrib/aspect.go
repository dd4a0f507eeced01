package attrib

import "github.com/parley-ledger/parley/internal/wordset"

// aspectVerbs take a gerund and say when its act began, went on or stopped ("began talking about", "kept
// asking", "started calling for"): PolNeAR marks them in the cue with the gerund, as it does catenatives.
var aspectVerbs = map[string]bool{
	"began": true, "begin": true, "begins": true, "begun": true, "started": true, "start": true, "starts": true,
	"kept": true, "keep": true, "keeps": true, "continued": true, "continues": true, "resumed": true,
}

// aspectBefore is the aspect verb before gerund cue word g, perhaps with "by" between ("began by saying"), or -1.
func (r *run) aspectBefore(g, min int) int {
	a := g - 1
	if a > min && r.low(a) == "by" {
		a--
	}
	if a < min || !wordset.Has(gAspectVerbs, r.low(a)) || r.l.InQuote[a] >= 0 || r.isCap(a) && a > min {
		return -1
	}
	return a
}
