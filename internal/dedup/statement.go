package dedup

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// StatementKey returns a key under which the same quote from the same speaker, printed by several documents,
// is recognised as one statement with several occurrences. It folds Unicode compatibility forms, case,
// whitespace and the style of quote marks and dashes, and drops quote marks, ellipses and punctuation at
// either end of the content. The key is the normalised speaker and content separated by a tab; neither part
// can contain a tab, since whitespace is collapsed to single spaces. A key longer than MaxKeyLen bytes is cut
// and ends with " #" and the hex SHA-256 of the whole key instead, so that equal long quotes still share a key.
func StatementKey(speakerKey, content string) string {
	speaker := foldText(speakerKey)
	c := foldText(content)
	c = strings.Trim(c, edgeTrim)
	key := speaker + "\t" + c
	if len(key) <= MaxKeyLen {
		return key
	}
	sum := sha256.Sum256([]byte(key))
	cut := MaxKeyLen - 2 - 2*len(sum)
	for cut > 0 && !utf8.RuneStart(key[cut]) {
		cut--
	}
	return key[:cut] + " #" + hex.EncodeToString(sum[:])
}

// MaxKeyLen bounds the length of a statement key in bytes. PostgreSQL cannot index a longer value (a b-tree
// entry holds at most about 2.7 kB), and a quote that long (a paragraph with no full stop can make a content
// of megabytes) is recognised as well by a digest of its text.
const MaxKeyLen = 1024

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
