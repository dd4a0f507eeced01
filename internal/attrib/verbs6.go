package attrib

import "github.com/parley-ledger/parley/internal/text"

// boilerplate reports whether sentence s is a publisher's aside that PolNeAR leaves unmarked: a question put to
// the reader (readerQuestion) or an editor's note ("Editor's note: the mayor has pledged to close the port"),
// marked 3 of the 17 times our rules found a statement in one in train.
func (r *run) boilerplate(s text.Sentence) bool {
	f := s.FirstTok
	if s.EndTok-f < 4 {
		return false
	}
	if w := r.low(f); (w == "editor’s" || w == "editor's") && r.low(f+1) == "note" && r.isPunct(f+2, ":") {
		return true
	}
	return r.readerQuestion(s) || r.noticeLine(s) // noticeLine: precision7.go
}

// readerQuestion reports whether sentence s asks the reader for a stance, "Do you back the new stadium?",
// which attributes nothing: PolNeAR marks such boilerplate prompts none of the 11 times they occur in train,
// but marks a question of an interview's "Q:" (2), so a "Q:" in the 60 tokens before s keeps the sentence.
// A verb that frames a clause ("Do you think C?") keeps its statement: C is put forward as a proposition.
func (r *run) readerQuestion(s text.Sentence) bool {
	f := s.FirstTok
	if s.EndTok-f < 4 || r.low(f) != "do" || r.low(f+1) != "you" {
		return false
	}
	if vf, ok := r.verb(f + 2); !ok || vf.frames&frameSay != 0 {
		return false
	}
	last := s.EndTok - 1
	for last > f && r.kind(last) == text.Quote {
		last--
	}
	if !r.isPunct(last, "?") {
		return false
	}
	for i := f - 1; i >= 0 && i >= f-60; i-- {
		if r.tok(i) == "Q" && r.isPunct(i+1, ":") {
			return false
		}
	}
	return true
}
