package attrib

import "github.com/parley-ledger/parley/internal/text"

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

// colonParagraph extends a sentence that ends its paragraph with a cue verb and a colon ("The Times confirmed it,
// reporting:") over the quotation that fills the next paragraph, so that every rule (gerunds, inverted cues, not only
// leading's next-paragraph case) sees the content the colon announces. Other sentences are returned as they are.
func (r *run) colonParagraph(s text.Sentence) text.Sentence {
	last := s.EndTok - 1
	if last <= s.FirstTok || !r.is(last, cColon) || s.Para+1 >= len(r.l.Paragraphs) || r.l.Paragraphs[s.Para].EndTok != s.EndTok {
		return s
	}
	// Only a verb that can report a quotation right before the colon ("stated:", "reporting:"): after an object
	// ("listed the qualities:", "describes itself this way:") the quotation is the object's, a content of its own.
	if vf, ok := r.verb(last - 1); !ok || vf.frames&frameInv == 0 || r.isCap(last-1) {
		return s
	}
	qi := r.quoteOpening(s.EndTok)
	if qi < 0 {
		return s
	}
	q := r.l.Quotes[qi]
	next := r.l.Paragraphs[s.Para+1]
	end := next.EndTok
	if q.Close >= 0 {
		end = q.Close + 1
	}
	if q.Para != s.Para+1 || next.FirstTok != q.Open || !r.onlyPunct(end, next.EndTok) {
		return s
	}
	s.EndTok = next.EndTok
	s.End = next.End
	return s
}

// narratorBetween reports whether a whole sentence after the one holding token from and before the one opening at
// token to holds words and no part of any statement: the narrator spoke in between ('X agreed. The vote is on
// Friday. "..."'), so a quotation after it is not heard as going on. A sentence that opens with a pronoun is most
// often about the speaker ('She has driven a bus for years.') and lets the quotation go on.
func (r *run) narratorBetween(from, to int) bool {
	for si := r.sentenceOf(from) + 1; si < len(r.l.Sentences); si++ {
		s := r.l.Sentences[si]
		if s.EndTok > to {
			return false
		}
		if !r.onlyPunct(s.FirstTok, s.EndTok) && !r.anyClaimed(s.FirstTok, s.EndTok) && !r.is(s.FirstTok, cPronoun) {
			return true
		}
	}
	return false
}
