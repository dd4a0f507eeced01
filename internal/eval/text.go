package eval

import (
	"strings"
	"unicode"
)

// trimSet is the script's TRIM: characters dropped from both ends of a span before exact comparison, and
// single-character tokens that are not counted.
const trimSet = " \t\r\n\"'“”‘’«».,;:—–-"

func inTrim(r rune) bool { return strings.ContainsRune(trimSet, r) }

// isWord is Python's Unicode \w for str patterns: alphanumeric (str.isalnum) or underscore. Go's tables are a
// newer Unicode version than some Pythons, so a few recently added letters may differ; nothing else does.
func isWord(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) }

// isSpace is Python's str.isspace, which \s and str.split() use; unlike unicode.IsSpace it includes the
// information separators U+001C..U+001F.
func isSpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

// seg is a half-open range of character (rune) offsets, as the script's Python string indices.
type seg struct{ s, e int }

// trim narrows [s, e) past trimSet characters at both ends.
func trim(text []rune, g seg) seg {
	for g.s < g.e && inTrim(text[g.s]) {
		g.s++
	}
	for g.e > g.s && inTrim(text[g.e-1]) {
		g.e--
	}
	return g
}

// tokenSet is a set of token start offsets.
type tokenSet map[int]struct{}

// addTokens adds the starts of the tokens of \w+|[^\w\s] found in each segment, searched as Python's
// finditer(text, s, e) does: the segment's end is the end of the string, and a segment that begins inside a
// word yields a token starting at the segment's start. Tokens made only of trimSet characters are left out.
func (ts tokenSet) addTokens(text []rune, segs []seg) tokenSet {
	for _, g := range segs {
		for i := max(g.s, 0); i < g.e; {
			r := text[i]
			switch {
			case isWord(r):
				ts[i] = struct{}{}
				for i < g.e && isWord(text[i]) {
					i++
				}
			case isSpace(r):
				i++
			default:
				if !inTrim(r) {
					ts[i] = struct{}{}
				}
				i++
			}
		}
	}
	return ts
}

func tokens(text []rune, segs []seg) tokenSet { return tokenSet{}.addTokens(text, segs) }

// minus returns the members of ts not in o.
func (ts tokenSet) minus(o tokenSet) tokenSet {
	out := tokenSet{}
	for k := range ts {
		if _, ok := o[k]; !ok {
			out[k] = struct{}{}
		}
	}
	return out
}

// common counts the members of ts also in o.
func (ts tokenSet) common(o tokenSet) int {
	if len(o) < len(ts) {
		ts, o = o, ts
	}
	n := 0
	for k := range ts {
		if _, ok := o[k]; ok {
			n++
		}
	}
	return n
}

// nameStopwords are the words norm_name drops.
var nameStopwords = map[string]bool{
	"the": true, "a": true, "an": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"president": true, "envoy": true, "us": true, "uk": true,
}

// normName is the script's norm_name: lower-case, non-word non-space characters to spaces, split on
// whitespace, stopwords dropped.
func normName(s string) []string {
	var b strings.Builder
	for _, r := range pyLower(s) {
		if isWord(r) || isSpace(r) {
			b.WriteRune(r)
		} else {
			b.WriteRune(' ')
		}
	}
	var out []string
	for _, w := range strings.FieldsFunc(b.String(), isSpace) {
		if !nameStopwords[w] {
			out = append(out, w)
		}
	}
	return out
}

// sameSpeaker is the script's same_speaker: equal word lists, equal last words, or one word set inside the other.
func sameSpeaker(a, b string) bool {
	x, y := normName(a), normName(b)
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	if x[len(x)-1] == y[len(y)-1] {
		return true // also covers x == y
	}
	return subset(x, y) || subset(y, x)
}

func subset(x, y []string) bool {
	for _, w := range x {
		found := false
		for _, v := range y {
			if v == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// pyLower is Python's str.lower: simple lower-case mapping, except that U+0130 becomes "i̇" and a capital
// sigma ending a word becomes final sigma.
func pyLower(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		switch r {
		case 0x130:
			b.WriteString("i\u0307")
		case 0x3a3:
			if finalSigma(rs, i) {
				b.WriteRune(0x3c2)
			} else {
				b.WriteRune(0x3c3)
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma is Unicode's Final_Sigma context, as CPython tests it: a cased letter before (skipping
// case-ignorable characters) and none after.
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && caseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !cased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && caseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !cased(rs[j])
}

func cased(r rune) bool {
	return unicode.In(r, unicode.Lu, unicode.Ll, unicode.Lt, unicode.Other_Lowercase, unicode.Other_Uppercase)
}

// caseIgnorable is Unicode's Case_Ignorable: marks, format characters, modifiers and the Word_Break
// MidLetter, MidNumLet and Single_Quote characters.
func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', 0xb7, 0x387, 0x55f, 0x5f4, 0x2018, 0x2019, 0x2024, 0x2027, 0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}
