package attrib

// Cue and source span boundaries: what PolNeAR's annotators keep in a cue or a source next to the verb.

// listInPhrase extends conjunct [left, end), the one before a coordination's "and", over the list items before
// it, each set off by a comma ("artists, writers, actors and scientists"), and returns the list's start and how
// many items it added. An item must match the conjunct in being a name or not: "in a transitional period,
// Erdogan and Biden" is an opening phrase and a pair, not a list.
func (r *run) listInPhrase(left, end, min int) (int, int) {
	listed := 0
	for ; listed < 8 && left-2 >= min && r.is(left-1, cComma); listed++ {
		l2 := r.conjunctLeft(left-1, min)
		if l2 < 0 || !r.nameLike(l2, left-1) || r.is(l2, cPronoun) || r.isCap(left-2) != r.isCap(end-1) {
			break
		}
		left = l2
	}
	return left, listed
}
