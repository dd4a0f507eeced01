package codebook

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldRune appends r lower-cased and without diacritics to b.
func foldRune(b []byte, r rune) []byte {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	case unicode.IsMark(r):
		return b // a combining accent: drop it, as the precomposed letters are folded to their base
	}
	if s, ok := foldTable[r]; ok {
		return append(b, s...)
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}

// word is a folded word and where it is in the text it came from.
type word struct {
	w          string
	start, end int
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// scanWords appends to dst the words of s: maximal runs of letters and digits, lower-cased and without
// diacritics. Apostrophes, hyphens and all other characters separate words, so "Ukraine's" is "ukraine", "s".
func scanWords(s string, dst []word) []word {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		plain := true // ASCII lower-case and digits only: the word is a substring of s
		for i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) {
				break
			}
			if r >= utf8.RuneSelf || ('A' <= r && r <= 'Z') {
				plain = false
			}
			i += size
		}
		w := s[start:i]
		if !plain {
			var b []byte
			for _, r := range w {
				b = foldRune(b, r)
			}
			w = string(b)
		}
		dst = append(dst, word{w: w, start: start, end: i})
	}
	return dst
}

// wordStrings returns the folded words of s.
func wordStrings(s string) []string {
	ws := scanWords(s, nil)
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.w
	}
	return out
}

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02bc' || r == '`' }

// normWords splits a name or mention into folded words for lookup. Unlike scanWords it keeps a possessive
// "'s" on its word ("trump's"), drops other apostrophes ("O'Brien" is "obrien") and periods ("U.S." is "us"),
// and drops anything in parentheses ("the Ministry of Defence (MoD)").
func normWords(s string) []string {
	var words []string
	var cur []byte
	flush := func() {
		w := strings.Trim(string(cur), "'")
		cur = cur[:0]
		if strings.HasSuffix(w, "'s") {
			w = strings.ReplaceAll(w[:len(w)-2], "'", "") + "'s"
		} else {
			w = strings.ReplaceAll(w, "'", "")
		}
		if w != "" && w != "'s" {
			words = append(words, w)
		}
	}
	depth := 0
	for _, r := range s {
		switch {
		case r == '(' || r == '[':
			flush()
			depth++
		case r == ')' || r == ']':
			flush()
			if depth > 0 {
				depth--
			}
		case depth > 0:
		case isWordRune(r):
			cur = foldRune(cur, r)
		case isApostrophe(r):
			cur = append(cur, '\'')
		case r == '.':
			// "U.S." and "Sen.": periods join rather than split.
		default:
			flush()
		}
	}
	flush()
	return words
}

// stripPossessive removes a trailing "'s" from w.
func stripPossessive(w string) string { return strings.TrimSuffix(w, "'s") }

// normKey is the lookup key for a name, alias or mention: its normWords without a leading "the" and without a
// possessive on the last word, joined by spaces. "The Kremlin's" and "the kremlin" share a key.
func normKey(s string) string { return strings.Join(trimWords(normWords(s)), " ") }

func trimWords(ws []string) []string {
	if len(ws) > 0 {
		ws[len(ws)-1] = stripPossessive(ws[len(ws)-1])
		if ws[len(ws)-1] == "" {
			ws = ws[:len(ws)-1]
		}
	}
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	return ws
}
