package dedup

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// StatementKey returns a key under which the same quote from the same speaker, printed by several documents,
// is recognised as one statement with several occurrences. It folds Unicode compatibility forms, case,
// whitespace and the style of quote marks and dashes, and drops quote marks, ellipses and punctuation at
// either end of the content. The key is the normalised speaker and content separated by a tab; neither part
// can contain a tab, since whitespace is collapsed to single spaces.
func StatementKey(speakerKey, content string) string {
	speaker := foldText(speakerKey)
	c := foldText(content)
	c = strings.Trim(c, edgeTrim)
	return speaker + "\t" + c
}

// foldText applies NFKC, lower-cases, folds quote marks to ' and dashes to -, and collapses whitespace.
func foldText(s string) string {
	s = norm.NFKC.String(strings.ToValidUTF8(s, "\uFFFD"))
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r == '\u200b':
			space = b.Len() > 0
			continue
		case isQuoteMark(r):
			r = '\''
		case unicode.Is(unicode.Pd, r):
			r = '-'
		default:
			r = unicode.ToLower(r)
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// edgeTrim is what may stand at either end of a quote without being part of what was said (after foldText).
const edgeTrim = "' .,;:!?-…¿¡*•"

func isQuoteMark(r rune) bool {
	switch r {
	case '"', '\'', '`', '´', '“', '”', '„', '‟', '‘', '’', '‚', '‛', '«', '»', '‹', '›', '″', '′', '〝', '〞', '＂':
		return true
	}
	return false
}
