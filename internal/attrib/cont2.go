package attrib

// quotingCue reports whether a verb of st's cue can report a quotation after it ('"...," she argued').
func (r *run) quotingCue(st Statement) bool {
	if st.Cue == nil {
		return false
	}
	for i := r.tokenAt(st.Cue.Start); i < len(r.l.Tokens) && r.l.Tokens[i].Start < st.Cue.End; i++ {
		if vf, ok := r.verb(i); ok && vf.frames&frameInv != 0 {
			return true
		}
	}
	return false
}

// quotedBefore picks the statement an unattributed quotation at byte off in paragraph para goes on from, when prev,
// the one just before it, is indirect with a cue that does not report quotations ('..." said Ann Roe. She plans to
// vote for him. "..."'): a quotation goes on from quoted speech, so the paragraph's last direct statement takes it
// if there is one, else prev.
func (r *run) quotedBefore(prev, off, para int) int {
	p := r.out[prev]
	if p.Kind != Indirect || r.quotingCue(p) {
		return prev
	}
	best := -1
	// Statements go into out sentence by sentence, so the paragraph's are near prev: look at a few either side.
	for j := max(0, prev-8); j < len(r.out) && j <= prev+8; j++ {
		o := r.out[j]
		if o.Kind == Direct && o.Cue != nil && o.Content.End <= off && r.paraOf(o.Content.End) == para &&
			(best < 0 || o.Content.End > r.out[best].Content.End) {
			best = j
		}
	}
	if best < 0 {
		return prev
	}
	return best
}
