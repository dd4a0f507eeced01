// Package text owns the text layer of a document: paragraphs, sentences, tokens and quotations, each with UTF-8
// byte offsets into the document's raw text. It knows news typography (abbreviations, initials, times, curly and
// straight quote marks, apostrophes, quotes that run over paragraphs) and nothing about who said what.
package text

import (
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

const (
	Word   Kind = iota // letters, possibly with inner apostrophes, hyphens or abbreviation dots
	Number             // digits, with inner . , : (3.5, 10,000, 07:41) and an optional am/pm suffix
	Punct              // any other single non-space rune, except quote marks
	Quote              // a quote mark: " “ ” ‘ ’ ' « » „
)

// Token is one token of the text.
type Token struct {
	Span
	Kind Kind
}

// Tokenize splits s[start:end] into tokens; offsets are into s. Apostrophes inside words (haven’t, Ukraine’s)
// stay in the word; abbreviation dots stay in the word when another letter follows them (U.S., a.m.).
func Tokenize(s string, start, end int, dst []Token) []Token {
	i := start
	for i < end {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				i++
			case isASCIILetter(c):
				j := scanWord(s, i, end)
				dst = append(dst, Token{Span{i, j}, Word})
				i = j
			case c >= '0' && c <= '9':
				j := scanNumber(s, i, end)
				dst = append(dst, Token{Span{i, j}, Number})
				i = j
			case c == '\'' && closingTriple(s, start, i, end): // quotes6.go: a nested quote closes before the outer one
				dst = append(dst, Token{Span{i, i + 1}, Quote})
				i++
			case c == '\'' && i+1 < end && s[i+1] == '\'':
				// Two apostrophes are a double quote mark in some house styles (the New York Times archive).
				dst = append(dst, Token{Span{i, i + 2}, Quote})
				i += 2
			case c == '"' || c == '\'':
				dst = append(dst, Token{Span{i, i + 1}, Quote})
				i++
			default:
				dst = append(dst, Token{Span{i, i + 1}, Punct})
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case IsQuoteRune(r):
			dst = append(dst, Token{Span{i, i + n}, Quote})
			i += n
		case unicode.IsLetter(r):
			j := max(scanWord(s, i, end), i+n)
			dst = append(dst, Token{Span{i, j}, Word})
			i = j
		case unicode.IsSpace(r):
			i += n
		case unicode.IsDigit(r):
			// Digits of other scripts (٨) are scanned as a word: scanNumber knows only ASCII digits.
			j := max(scanWord(s, i, end), i+n)
			dst = append(dst, Token{Span{i, j}, Number})
			i = j
		default:
			dst = append(dst, Token{Span{i, i + n}, Punct})
			i += n
		}
	}
	return dst
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// IsQuoteRune reports whether r is a quote mark (apostrophes included; context decides which they are).
func IsQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‟', '‚':
		return true
	}
	return false
}

// letterAt reports whether a letter or digit starts at s[i] (i < end).
func letterAt(s string, i, end int) bool {
	if i >= end {
		return false
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return isASCIILetter(c) || (c >= '0' && c <= '9')
	}
	r, _ := utf8.DecodeRuneInString(s[i:end])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func scanWord(s string, i, end int) int {
	start := i
	for i < end {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case isASCIILetter(c) || (c >= '0' && c <= '9'):
				i++
			case c == '\'' || c == '-':
				if letterAt(s, i+1, end) {
					i += 2
					continue
				}
				return i
			case c == '.':
				// U.S. and a.m.: single letters joined by dots, the last dot included.
				if (i-start == 1 || (i >= start+3 && s[i-2] == '.')) && i+2 < end && isASCIILetter(s[i+1]) && s[i+2] == '.' {
					i += 3
					continue
				}
				return i
			default:
				return i
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:end])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			i += n
		case r == '’' || r == '‘' || r == '‐' || r == '‑':
			if letterAt(s, i+n, end) {
				i += n
				continue
			}
			return i
		default:
			return i
		}
	}
	return i
}

func scanNumber(s string, i, end int) int {
	for i < end {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			i++
		case (c == '.' || c == ',' || c == ':') && i+1 < end && s[i+1] >= '0' && s[i+1] <= '9':
			i += 2
		default:
			// 07:41am, 5pm, 1990s, 21st: letters glued to a number stay with it.
			if isASCIILetter(c) {
				j := i
				for j < end && isASCIILetter(s[j]) {
					j++
				}
				if j-i <= 4 {
					return j
				}
			}
			if c == '-' && letterAt(s, i+1, end) { // 5-like, 20-point
				return scanWord(s, i+1, end)
			}
			return i
		}
	}
	return i
}
