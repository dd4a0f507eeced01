package store

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldLetters maps letters that Unicode does not decompose into a base letter plus marks.
var foldLetters = map[rune]string{
	'ß': "ss", 'ø': "o", 'æ': "ae", 'œ': "oe", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th", 'ı': "i", 'ħ': "h",
}

// ActorKey normalises a speaker's name into the key actors are merged by: lower case, diacritics folded
// ("Erdoğan" → "erdogan"), apostrophes and dots dropped ("O'Brien" → "obrien", "U.S." → "us"), other
// punctuation and symbols turned into spaces ("Jean-Luc" → "jean luc") and runs of spaces collapsed.
// A name with no letters or digits has the empty key.
func ActorKey(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	space := false // a space is pending between words
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '\'' || r == '.' || r == '’' || r == '‘' || r == 'ʼ' || r == '`':
			// marks after decomposition, and punctuation that sits inside words
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			r = unicode.ToLower(r)
			if f, ok := foldLetters[r]; ok {
				b.WriteString(f)
			} else {
				b.WriteRune(r)
			}
		default:
			space = true
		}
	}
	return b.String()
}
