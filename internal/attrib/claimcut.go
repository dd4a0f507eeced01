package attrib

// clauseLinks end a clause before a following one: the content stops before them when what comes next is
// already another statement's.
var clauseLinks = map[string]bool{
	"and": true, "but": true, "when": true, "while": true, "as": true, "because": true, "before": true,
	"after": true, "although": true, "though": true, "since": true, "so": true, "then": true, "or": true,
}

// cutBeforeClaimed ends content [k, end) before the first token another statement has claimed, at the clause
// boundary (a comma, semicolon, dash or linking word) nearest before it: "He said he had not seen it, and when
// asked whether ..., he said ...". It returns end when nothing in the range is claimed, and k when no clause
// boundary leaves at least minKept tokens.
func (r *run) cutBeforeClaimed(k, end int) int {
	const minKept = 3
	c := -1
	for i := k; i < end; i++ {
		if r.claimed[i] {
			c = i
			break
		}
	}
	if c < 0 {
		return end
	}
	for i := c - 1; i >= k+minKept; i-- {
		if r.l.InQuote[i] >= 0 {
			continue
		}
		if r.is(i, cComma|cColon) || r.isPunct(i, ";") || r.isPunct(i, "—") || r.isPunct(i, "–") {
			return r.trimEnd(k, i)
		}
		if clauseLinks[r.low(i)] && r.is(i-1, cComma) {
			return r.trimEnd(k, i-1)
		}
	}
	return k
}
