package attrib

import "github.com/parley-ledger/parley/internal/text"

// noticeLine reports whether sentence s is a publisher's notice that PolNeAR never marks in train: a
// correction ("Correction: An earlier version ..."), an update note ("This article was updated on Friday
// ..."), or a sign-up prompt ("Sign up for the strike bulletin"), 0 gold against 4 statements.
func (r *run) noticeLine(s text.Sentence) bool {
	f := s.FirstTok
	if s.EndTok-f < 3 || r.kind(f) != text.Word || !r.isCap(f) {
		return false
	}
	switch r.low(f) {
	case "correction":
		return r.isPunct(f+1, ":")
	case "sign":
		return r.low(f+1) == "up"
	case "subscribe":
		return r.low(f+1) == "to"
	case "this":
		if s.EndTok-f < 5 {
			return false
		}
		switch r.low(f + 1) {
		case "story", "article", "post", "report":
		default:
			return false
		}
		if w := r.low(f + 2); w != "has" && w != "had" && w != "was" {
			return false
		}
		i := f + 3
		if r.low(i) == "been" {
			i++
		}
		w := r.low(i)
		return w == "updated" || w == "corrected"
	}
	return false
}

// vetoed7 reports whether a statement is one PolNeAR leaves unmarked, and then claims its cue so that no other
// rule reads the same words: see seriesLabel, raceCalled and adviceWant.
func (r *run) vetoed7(rule string, srcFirst, srcEnd, cueFirst, cueEnd int) bool {
	if cueEnd <= cueFirst {
		return false
	}
	var veto bool
	switch rule {
	case "colon-headline":
		veto = r.seriesLabel(srcFirst, srcEnd)
	case "passive-cue":
		veto = r.raceCalled(cueFirst, cueEnd)
	case "leading:want":
		veto = r.adviceWant(cueFirst, cueEnd)
	}
	if veto {
		r.claim(cueFirst, cueEnd)
	}
	return veto
}

// seriesLabel reports whether the words [first, end) before a headline's colon name a column, show or
// newsletter rather than a speaker ("Delegate Update:", "2016 Nerdcast:", "Breitbart News Daily:") or add a
// point ("Plus:"): PolNeAR marks none of the 5 such lines in train.
func (r *run) seriesLabel(first, end int) bool {
	if end <= first {
		return false
	}
	switch r.low(end - 1) {
	case "update", "daily", "nerdcast", "podcast", "newsletter", "roundup":
		return true
	case "plus":
		return end-first == 1
	}
	return false
}

// raceCalled reports whether the cue [first, end) is a race called by the networks, "the state was called for
// the senator" or "after the race was called.", which reports no statement: PolNeAR marks 0 of 4 in train. A
// name ("as the bill is called", "was called Oppo Bloc") or an agent ("was called by the union") keeps it.
func (r *run) raceCalled(first, end int) bool {
	if r.low(end-1) != "called" || end >= len(r.lower) {
		return false
	}
	for i := first - 1; i >= 0 && i >= first-4 && r.kind(i) == text.Word; i-- {
		if r.low(i) == "as" {
			return false // "as the bill is called": the subject names what precedes
		}
	}
	switch w := r.low(end); {
	case w == "for":
		return true
	case r.kind(end) == text.Punct:
		return w == "." || w == ","
	default:
		return r.info[end].class()&cTime != 0
	}
}

// adviceWant reports whether the cue [first, end) is "may want" or "might want", advice from the writer
// ("the council may want to check its figures") that PolNeAR marks 1 time of 5 in train.
func (r *run) adviceWant(first, end int) bool {
	w := r.low(first)
	return end-first == 2 && (w == "may" || w == "might") && r.low(first+1) == "want"
}
