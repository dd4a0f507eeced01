package attrib

// Source spans and false positives: rules that widen a source to the whole subject, and that drop cue words
// read in a sense that reports nothing.

// serialComma is where the last conjunct before "and" (token and) ends: before the comma of "Rubio, Cruz, and
// Kasich", else at the "and".
func (r *run) serialComma(and, min int) int {
	if and-1 > min && r.is(and-1, cComma) {
		return and - 1
	}
	return and
}

// coordInName finds the subject whose prepositional phrase holds the "and" at token and: "a spokesperson for
// the Parks and Recreation Department", "officials in Iowa and New Hampshire". Both conjuncts are capitalised
// names, and the head before the preposition must stand where a subject starts; it returns the head, or -1.
func (r *run) coordInName(and, min int) int {
	if and+1 >= len(r.l.Tokens) || !r.isCap(and+1) || and-1 <= min || r.is(and-1, cComma) {
		return -1
	}
	left := r.conjunctLeft(and, min)
	if left < 0 || left-2 < min || !r.isCap(and-1) || !r.nameLike(left, and) {
		return -1
	}
	prep := left - 1
	if !r.is(prep, cPrep|cBy) || r.isCap(prep) || !r.nounish(prep-1) {
		return -1
	}
	head := r.npLeftOpt(prep, min, false)
	if head < 0 || !(r.subjectStart(head, min) || r.afterIntroAt(head, min)) {
		return -1
	}
	return head
}
