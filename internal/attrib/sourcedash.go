package attrib

// dashCut trims a source [first, end) at a dash set off by spaces, which joins clauses rather than the words of
// one noun phrase: a source after its cue ends before it ("according to the Fare Watch group - half the level
// of 2019"), and one before its cue starts after a single such dash ("Leeds - the mayor's allies said"). A pair
// of dashes around an aside ("Jane Roe - a pollster - said") stays.
func (r *run) dashCut(first, end int, after bool) (int, int) {
	last, n := -1, 0
	for i := first + 1; i < end; i++ {
		if r.l.InQuote[i] < 0 && r.spacedDash(i) {
			if after {
				return first, i
			}
			last, n = i, n+1
		}
	}
	if n == 1 && last < end-1 {
		first = last + 1
	}
	return first, end
}
