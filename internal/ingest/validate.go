package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

const utf8BOM = "\xEF\xBB\xBF"

// sniffLen bounds how much of the input the UTF-16 guess looks at; a few KiB of ASCII-range text is plenty.
const sniffLen = 4096

// validate refuses input that is not UTF-8 text. It returns the offset at which the text starts (after a
// UTF-8 byte-order mark).
func validate(raw []byte) (int, error) {
	if len(raw) == 0 {
		return 0, ErrEmpty
	}
	switch {
	case bytes.HasPrefix(raw, []byte{0x00, 0x00, 0xFE, 0xFF}):
		return 0, fmt.Errorf("%w (big-endian byte-order mark)", ErrUTF32)
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE, 0x00, 0x00}):
		return 0, fmt.Errorf("%w (little-endian byte-order mark)", ErrUTF32)
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return 0, fmt.Errorf("%w (big-endian byte-order mark)", ErrUTF16)
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return 0, fmt.Errorf("%w (little-endian byte-order mark)", ErrUTF16)
	}
	if order := guessUTF16(raw); order != "" {
		return 0, fmt.Errorf("%w (looks like %s without a byte-order mark)", ErrUTF16, order)
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return 0, fmt.Errorf("%w: NUL byte at byte offset %d", ErrBinary, i)
	}
	if i := invalidUTF8At(raw); i >= 0 {
		return 0, fmt.Errorf("%w at byte offset %d (line %d, byte 0x%02X); is it Latin-1 or Windows-1252? convert to UTF-8",
			ErrInvalidUTF8, i, bytes.Count(raw[:i], []byte{'\n'})+1, raw[i])
	}
	start := 0
	if bytes.HasPrefix(raw, []byte(utf8BOM)) {
		start = len(utf8BOM)
	}
	text := string(raw[start:])
	if strings.TrimSpace(text) == "" {
		return 0, fmt.Errorf("%w (only whitespace)", ErrEmpty)
	}
	if n, total := countControls(text); n*10 > total {
		return 0, fmt.Errorf("%w: %d of %d characters are control characters", ErrBinary, n, total)
	}
	return start, nil
}

// guessUTF16 recognises UTF-16 without a byte-order mark by its pattern of zero bytes: spaces, digits and Latin
// letters have a zero high byte, which falls on the odd side for little-endian and the even side for big-endian.
// Non-Latin text still has spaces and punctuation, so a tenth of the pairs is enough; binary data has zeros on
// both sides.
func guessUTF16(raw []byte) string {
	b := raw[:min(len(raw), sniffLen)]
	pairs := len(b) / 2
	if pairs < minUTF16Pairs {
		return ""
	}
	var zEven, zOdd int
	for i := 0; i+1 < len(b); i += 2 {
		if b[i] == 0 {
			zEven++
		}
		if b[i+1] == 0 {
			zOdd++
		}
	}
	switch {
	case zOdd*10 >= pairs && zEven*10 < zOdd:
		return "UTF-16LE"
	case zEven*10 >= pairs && zOdd*10 < zEven:
		return "UTF-16BE"
	}
	return ""
}

// minUTF16Pairs is the shortest input guessUTF16 judges; below it a NUL byte just means binary.
const minUTF16Pairs = 8

// invalidUTF8At returns the byte offset of the first invalid UTF-8 sequence, or -1.
func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// countControls counts control characters other than ordinary whitespace, and all runes.
func countControls(s string) (n, total int) {
	for _, r := range s {
		total++
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v':
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r <= 0x9F):
			n++
		}
	}
	return n, total
}
