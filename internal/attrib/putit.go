package attrib

// putIt reports whether tokens i and i+1 are "put it", the idiom that cites a wording ("as one diplomat put it",
// "as she put it on Wednesday"): "put" alone is too common a verb to be a cue, so only the pair is one.
func (r *run) putIt(i, end int) bool {
	return i+1 < end && (r.low(i) == "put" || r.low(i) == "puts") && r.low(i+1) == "it" && r.l.InQuote[i] < 0
}

// putItIn is where "put it" starts inside or right after the noun phrase [k, ne) (which takes "put" for a noun:
// it is no cue word), or -1.
func (r *run) putItIn(k, ne, end int) int {
	for j := k + 1; j <= ne && j < end; j++ {
		if r.putIt(j, end) {
			return j
		}
	}
	return -1
}
