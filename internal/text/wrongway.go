package text

import (
	"unicode"
	"unicode/utf8"
)

// opensWrongWay reports whether a closing curly mark at token i, met while no quotation is open, is an opening
// one typed the wrong way round: it starts its line (after spaces or invisible direction marks, "”We won,” she
// said") or follows a space or an opener and is glued to the word after it ("policy aides ”get close"). A
// closing mark ends a word and is never glued to the next one.
func (l *Layer) opensWrongWay(i int) bool {
	t := l.Tokens[i]
	k := t.Start
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(l.Text[:k])
		if r == '\n' {
			return true
		}
		if r != ' ' && r != '\t' && !unicode.Is(unicode.Cf, r) {
			break
		}
		k -= n
	}
	if k == 0 {
		return true
	}
	if !isSpaceOrOpener(l.Text, t.Start) || t.End >= len(l.Text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l.Text[t.End:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
