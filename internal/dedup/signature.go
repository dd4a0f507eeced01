package dedup

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

const (
	// ShingleSize is the number of consecutive words in one shingle.
	ShingleSize = 5
	// NumHashes is the number of MinHash values in a signature. 256 rather than 128 halves the variance of
	// the estimates: with 128, a follow-up story reusing two background paragraphs (true containment 0.36)
	// was estimated at 0.43, too close to the 0.5 threshold.
	NumHashes = 256

	sigVersion = 1
	// sigHeaderLen is version (1) + shingle size (1) + hash count (2) + shingle count (4).
	sigHeaderLen = 8
	// SigBinaryLen is the length of a marshalled signature.
	SigBinaryLen = sigHeaderLen + 8*NumHashes
)

// seeds perturb one base shingle hash into NumHashes independent-looking hashes. They are derived from a fixed
// constant, never from the process, so that signatures agree across runs and machines.
var seeds = func() [NumHashes]uint64 {
	var s [NumHashes]uint64
	x := uint64(0x5061726c65794d48) // "ParleyMH"
	for i := range s {
		x += 0x9e3779b97f4a7c15
		s[i] = mix64(x)
	}
	return s
}()

// Sig is a MinHash signature of a document's word shingles. The zero Sig is the signature of a text with no
// words. Sig values are immutable; copying one is cheap.
type Sig struct {
	n    uint32   // number of distinct shingles in the document
	mins []uint64 // NumHashes minimum hash values, nil when n == 0
}

// Shingles is the number of distinct shingles the signature was built from (0 for a text with no words).
func (s Sig) Shingles() int { return int(s.n) }

// Empty reports whether the text had no words.
func (s Sig) Empty() bool { return s.n == 0 }

// Signature computes the MinHash signature of body. Texts shorter than ShingleSize words form one shingle.
func Signature(body string) Sig {
	hs := shingleHashes(body)
	if len(hs) == 0 {
		return Sig{}
	}
	slices.Sort(hs)
	hs = slices.Compact(hs)
	mins := make([]uint64, NumHashes)
	for i := range mins {
		mins[i] = math.MaxUint64
	}
	for _, h := range hs {
		for i, seed := range seeds {
			if v := mix64(h ^ seed); v < mins[i] {
				mins[i] = v
			}
		}
	}
	return Sig{n: uint32(min(len(hs), math.MaxUint32)), mins: mins}
}

// Similarity estimates the Jaccard similarity of the two documents' shingle sets. Two empty signatures are
// identical (1); an empty and a non-empty one share nothing (0).
func Similarity(a, b Sig) float64 {
	if a.n == 0 || b.n == 0 {
		if a.n == b.n {
			return 1
		}
		return 0
	}
	eq := 0
	for i := range a.mins {
		if a.mins[i] == b.mins[i] {
			eq++
		}
	}
	return float64(eq) / NumHashes
}

// Containment estimates which share of the smaller document's shingles also occur in the larger one, so that
// a copy trimmed to its first paragraphs scores near 1 against the full story.
func Containment(a, b Sig) float64 {
	if a.n == 0 || b.n == 0 {
		return 0
	}
	j := Similarity(a, b)
	// |A∩B| = J·|A∪B| and |A∪B| = |A|+|B|-|A∩B|, so |A∩B| = J(|A|+|B|)/(1+J).
	inter := j * (float64(a.n) + float64(b.n)) / (1 + j)
	return min(1, inter/float64(min(a.n, b.n)))
}

// MarshalBinary encodes the signature in SigBinaryLen bytes (little-endian).
func (s Sig) MarshalBinary() ([]byte, error) {
	buf := make([]byte, SigBinaryLen)
	buf[0] = sigVersion
	buf[1] = ShingleSize
	binary.LittleEndian.PutUint16(buf[2:], NumHashes)
	binary.LittleEndian.PutUint32(buf[4:], s.n)
	for i := range NumHashes {
		v := uint64(math.MaxUint64)
		if s.n != 0 {
			v = s.mins[i]
		}
		binary.LittleEndian.PutUint64(buf[sigHeaderLen+8*i:], v)
	}
	return buf, nil
}

// UnmarshalBinary decodes a signature written by MarshalBinary. It refuses signatures made with other
// parameters, since they cannot be compared.
func (s *Sig) UnmarshalBinary(data []byte) error {
	if len(data) != SigBinaryLen {
		return fmt.Errorf("decode dedup signature: length %d, want %d", len(data), SigBinaryLen)
	}
	if data[0] != sigVersion {
		return fmt.Errorf("decode dedup signature: version %d, want %d", data[0], sigVersion)
	}
	if data[1] != ShingleSize || binary.LittleEndian.Uint16(data[2:]) != NumHashes {
		return fmt.Errorf("decode dedup signature: made with %d-word shingles and %d hashes, want %d and %d",
			data[1], binary.LittleEndian.Uint16(data[2:]), ShingleSize, NumHashes)
	}
	n := binary.LittleEndian.Uint32(data[4:])
	if n == 0 {
		*s = Sig{}
		return nil
	}
	mins := make([]uint64, NumHashes)
	for i := range mins {
		mins[i] = binary.LittleEndian.Uint64(data[sigHeaderLen+8*i:])
	}
	*s = Sig{n: n, mins: mins}
	return nil
}

// shingleHashes returns one 64-bit hash per ShingleSize-word window of the normalised text (duplicates kept).
func shingleHashes(body string) []uint64 {
	words, ends := normalizeWords(body)
	if len(ends) == 0 {
		return nil
	}
	k := min(ShingleSize, len(ends))
	hs := make([]uint64, 0, len(ends)-k+1)
	for i := 0; i+k <= len(ends); i++ {
		start := 0
		if i > 0 {
			start = ends[i-1] + 1 // skip the separating space
		}
		hs = append(hs, mix64(fnv1a(words[start:ends[i+k-1]])))
	}
	return hs
}

// normalizeWords folds body to lower-case words joined by single spaces and returns that text with the end
// offset of each word. Punctuation and quote marks are dropped, so quote style and apostrophe style do not
// matter; apostrophes and hyphens inside a word join its parts ("union’s" → "unions"); digits are kept, with
// decimal points and thousands separators folded ("1,200" → "1200", "3.5" stays "3.5").
func normalizeWords(body string) ([]byte, []int) {
	if !utf8.ValidString(body) {
		body = string([]rune(body)) // replaces invalid bytes with U+FFFD, which is then dropped as punctuation
	}
	body = norm.NFKC.String(body)
	out := make([]byte, 0, len(body))
	var ends []int
	inWord := false
	prev := rune(0)
	for i, r := range body {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || (inWord && unicode.Is(unicode.Mn, r)):
			if !inWord && len(out) > 0 {
				out = append(out, ' ')
			}
			out = utf8.AppendRune(out, unicode.ToLower(r))
			inWord = true
		case inWord && isJoiner(r):
			next, _ := utf8.DecodeRuneInString(body[i+utf8.RuneLen(r):])
			switch {
			case r == '.' && unicode.IsDigit(prev) && unicode.IsDigit(next):
				out = append(out, '.')
			case (r == '.' || r == ',') && !(unicode.IsDigit(prev) && unicode.IsDigit(next)):
				ends = append(ends, len(out))
				inWord = false
			case unicode.IsLetter(next) || unicode.IsDigit(next):
				// An apostrophe, hyphen or digit-group comma inside a word: drop it and keep the word whole.
			default:
				ends = append(ends, len(out))
				inWord = false
			}
		default:
			if inWord {
				ends = append(ends, len(out))
				inWord = false
			}
		}
		prev = r
	}
	if inWord {
		ends = append(ends, len(out))
	}
	return out, ends
}

// isJoiner reports whether r may sit inside a word without ending it.
func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '`', '´', '-', '‐', '‑', '.', ',':
		return true
	}
	return false
}

func fnv1a(b []byte) uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	for _, c := range b {
		h ^= uint64(c)
		h *= prime
	}
	return h
}

// mix64 is the splitmix64 finaliser: a bijection with good avalanche, so hashes that differ in one bit give
// unrelated minima.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
