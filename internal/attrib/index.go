package attrib

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// wordIndex is the lexicon and the closed word classes as one read-only table, looked up once per word token
// without lower-casing it: a Go map look-up after strings.ToLower cost about what the tokenizer spends on the
// token, and most words are short, so that one 8-byte load, folded to lower case, is both the key and its hash.
type wordIndex struct {
	entries []wordEntry // entries[0] is unused
	// forms are the verb readings, by the index a token's info holds (forms[0] is unused).
	forms []verbForm
	// short finds the words of at most 8 ASCII bytes, long all of them.
	short shortTable
	long  longTable
}

type wordEntry struct {
	key  string  // lower case, as the tables spell it
	info tokInfo // its classes, sets and verb reading's index in forms (0 when the word is no cue verb)
}

// tokInfo packs what the index knows of one token: its word classes in the low 32 bits, its verb reading's
// index in forms in the 12 above (see maxForms), its sets (see wordSet) in the top 20.
type tokInfo uint64

func (t tokInfo) class() wordClass { return wordClass(t) }
func (t tokInfo) form() uint32     { return uint32(t>>32) & (maxForms - 1) }

// maxForms bounds the verb readings tokInfo can index (1,331 today).
const maxForms = 1 << 12

// Both tables are open-addressing, a power of two in size and at most half full (small enough to stay in the
// processor's first cache), so that most words in no table stop at their first, empty, slot; a word's slot is
// the top bits of a multiplicative hash.

// shortTable keys a word of at most 8 ASCII bytes by those bytes read as a little-endian number.
type shortTable struct {
	keys  []uint64
	vals  []uint32 // the word's length above its index in entries; 0 is an empty slot
	shift uint32
	mask  uint32
}

// longTable keys any word by a hash of a few of its bytes (see wordHash).
type longTable struct {
	slots []uint32 // 16 bits of the word's hash above its index in entries; 0 is an empty slot
	shift uint32
	mask  uint32
}

// tableSize is the number of slots, and its log, for n words.
func tableSize(n int) (int, uint32) {
	size, bits := 256, uint32(8)
	for size < 2*n {
		size, bits = 2*size, bits+1
	}
	return size, bits
}

// newWordIndex indexes every word of words, the lexicon and the word classes merged.
func newWordIndex(words map[string]wordInfo) *wordIndex {
	if len(words) >= 1<<16-1 {
		panic("attrib: word index holds at most 65,534 words") // a programming error in the tables
	}
	ix := &wordIndex{entries: make([]wordEntry, 1, len(words)+1), forms: make([]verbForm, 1, len(words)+1)}
	size, bits := tableSize(len(words))
	ix.long = longTable{slots: make([]uint32, size), shift: 32 - bits, mask: uint32(size - 1)}
	nShort := 0
	for w := range words {
		if _, ok := shortKey(w); ok {
			nShort++
		}
	}
	size, bits = tableSize(nShort)
	ix.short = shortTable{keys: make([]uint64, size), vals: make([]uint32, size), shift: 64 - bits, mask: uint32(size - 1)}
	// Sorted keys make the tables, and so the probe sequences, the same from one run to the next.
	keys := make([]string, 0, len(words))
	for w := range words {
		keys = append(keys, w)
	}
	slices.Sort(keys)
	// The keys, one after the other in one string, so that comparing with them touches little memory.
	arena := strings.Join(keys, "")
	off := 0
	for _, w := range keys {
		key := arena[off : off+len(w)]
		off += len(w)
		if w == "" || strings.ToLower(w) != w {
			continue // no lower-cased word is it (the tables are written in lower case)
		}
		info := words[w]
		var form uint32
		if info.vf.frames != 0 {
			form = uint32(len(ix.forms))
			if form >= maxForms {
				panic("attrib: tokInfo indexes at most 4,095 verb readings") // a programming error in the tables
			}
			ix.forms = append(ix.forms, info.vf)
		}
		e := wordEntry{key: key, info: packInfo(info.class, form, info.set)}
		k := uint32(len(ix.entries))
		ix.entries = append(ix.entries, e)
		h := wordHash(w)
		s := h >> ix.long.shift
		for ix.long.slots[s] != 0 {
			s = (s + 1) & ix.long.mask
		}
		ix.long.slots[s] = h<<16 | k
		if x, ok := shortKey(w); ok {
			s := uint32(x * hashMul >> ix.short.shift)
			for ix.short.vals[s] != 0 {
				s = (s + 1) & ix.short.mask
			}
			ix.short.keys[s], ix.short.vals[s] = x, uint32(len(w))<<16|k
		}
	}
	return ix
}

const hashMul = 0x9E3779B97F4A7C15

// shortKey is w's bytes as a little-endian number, when w is at most 8 ASCII bytes.
func shortKey(w string) (uint64, bool) {
	if len(w) > 8 {
		return 0, false
	}
	var x uint64
	for k := len(w) - 1; k >= 0; k-- {
		if w[k] >= utf8.RuneSelf {
			return 0, false
		}
		x = x<<8 | uint64(w[k])
	}
	return x, true
}

// findShort returns the entry whose key is the n bytes of x, or 0.
func (t *shortTable) findShort(x uint64, n int) uint32 {
	for s := uint32(x * hashMul >> t.shift); ; s = (s + 1) & t.mask {
		v := t.vals[s]
		if v == 0 {
			return 0
		}
		if t.keys[s] == x && int(v>>16) == n {
			return v & 0xFFFF
		}
	}
}

// wordHash mixes a word's length with its first, middle and last bytes, each with bit 0x20 set so that an
// upper-case ASCII letter hashes as its lower case: a word and its lower-cased form always hash the same.
// Its top bits pick a slot, its low 16 bits tag the slot. w must not be empty.
func wordHash(w string) uint32 {
	n := len(w)
	x := uint64(w[0]|0x20) | uint64(w[n>>1]|0x20)<<8 | uint64(w[(n-1)>>1]|0x20)<<16 | uint64(w[n-1]|0x20)<<24 |
		uint64(n)<<32
	return uint32(x * hashMul >> 32)
}

// find returns the entry whose key is w with its ASCII letters lower-cased, or 0 when there is none. Keys are
// their own lower case (see newWordIndex), so that w's lower case is that key whenever w is found.
func (ix *wordIndex) find(w string) uint32 {
	if w == "" {
		return 0
	}
	h := wordHash(w)
	for s := h >> ix.long.shift; ; s = (s + 1) & ix.long.mask {
		v := ix.long.slots[s]
		if v == 0 {
			return 0
		}
		if v>>16 != h&0xFFFF {
			continue
		}
		if e := &ix.entries[uint16(v)]; len(e.key) == len(w) && equalFoldedASCII(w, e.key) {
			return v & 0xFFFF
		}
	}
}

// equalFoldedASCII reports whether w with its ASCII letters lower-cased is key; both have the same length.
func equalFoldedASCII(w, key string) bool {
	for j := 0; j < len(w); j++ {
		c := w[j]
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		if c != key[j] {
			return false
		}
	}
	return true
}

// tokens sets, for every token of l, its lower-case text and what the index knows of it. A token that is no
// word keeps its text; a word with only ASCII letters is lower-cased ASCII-wise, any other with
// strings.ToLower. Words in the index and lower-case words cost no allocation; the few capitalised words in
// no table share one.
func (ix *wordIndex) tokens(l *text.Layer, lower []string, info []tokInfo, a *tokenArrays) {
	fold := a.fold[:0]   // the lower case of capitalised ASCII words that are in no table, one after the other
	later := a.later[:0] // their token indices, in order
	defer func() { a.fold, a.later = fold, later }()
	s, toks := l.Text, l.Tokens
	lower, info = lower[:len(toks)], info[:len(toks)]
	for i, t := range toks {
		if n := t.End - t.Start; t.Kind == text.Word && n <= 8 && t.Start+8 <= len(s) {
			// Most words: 8 bytes from the word's start, the bytes past its end shifted out. (A word has at least
			// one byte, so the shift is below 64; the mask tells the compiler so. speed7.go)
			sh := (64 - 8*uint(n)) & 63
			x := wordset.Load8(s[t.Start:t.Start+8]) << sh >> sh
			if x&0x8080808080808080 == 0 {
				up := wordset.UpperASCII(x)
				cp := tokInfo(up&0x80>>7) * tokInfo(cCap) // speed7.go: capital(w), from the first byte's bit in up
				lx := x | up>>2                           // 0x80>>2 is the bit that makes a letter lower case
				if k := ix.short.findShort(lx, n); k != 0 {
					e := &ix.entries[k]
					lower[i], info[i] = e.key, e.info|cp
					continue
				}
				info[i] = cp
				if up == 0 {
					lower[i] = s[t.Start:t.End]
					continue
				}
				if cap(fold)-len(fold) < 8 { // speed7.go: one store for the word's bytes
					fold = growFold(fold)
				}
				m := len(fold)
				binary.LittleEndian.PutUint64(fold[m:m+8], lx)
				fold = fold[:m+n]
				later = append(later, int32(i))
				continue
			}
		}
		w := s[t.Start:t.End]
		if t.Kind != text.Word {
			lower[i], info[i] = w, 0
			if t.Kind == text.Number {
				info[i] = capital(w)
			}
			if t.Kind == text.Punct && len(w) == 1 {
				switch w[0] {
				case ':':
					info[i] = tokInfo(cColon)
				case ',':
					info[i] = tokInfo(cComma)
				case ';':
					info[i] = tokInfo(cSemicolon)
				}
			}
			continue
		}
		cp := capital(w)
		if k := ix.find(w); k != 0 {
			e := &ix.entries[k]
			lower[i], info[i] = e.key, e.info|cp
			continue
		}
		info[i] = cp
		high, upper := wordCase(w) // speed7.go
		switch {
		case high && !lowerIsASCIIFold(w): // speed6.go: most such words only hold a curly quote
			// Lower-casing other letters can make a word of the tables: the Kelvin sign in "\u212Anow".
			lw := strings.ToLower(w)
			lower[i] = lw
			if k := ix.find(lw); k != 0 {
				e := &ix.entries[k]
				lower[i], info[i] = e.key, e.info|cp
			}
		case !upper:
			lower[i] = w
		default:
			fold = appendFoldASCII(fold, w) // speed7.go
			later = append(later, int32(i))
		}
	}
	if len(later) == 0 {
		return
	}
	folded := string(fold)
	off := 0
	for _, i := range later {
		t := l.Tokens[i]
		lower[i] = folded[off : off+t.End-t.Start]
		off += t.End - t.Start
	}
}

// capital is cCap when word or number w starts with an upper-case letter, as isCap asks.
func capital(w string) tokInfo {
	if b := w[0]; b >= utf8.RuneSelf {
		return capitalRune(w)
	} else if b-'A' < 26 {
		return tokInfo(cCap)
	}
	return 0
}

func capitalRune(w string) tokInfo {
	if c, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(c) {
		return tokInfo(cCap)
	}
	return 0
}

// wordInfo is what the tables say of one lower-case word.
type wordInfo struct {
	vf    verbForm
	class wordClass
	set   wordSet
}

// wordTable merges the lexicon and the closed word classes: every word either knows, with both readings.
func wordTable(lx lexicon) map[string]wordInfo {
	words := map[string]wordInfo{}
	for w, vf := range lx {
		words[w] = wordInfo{vf: vf, class: classOf(w)}
	}
	for _, t := range classTables {
		for w := range t.words {
			words[w] = wordInfo{vf: lx[w], class: classOf(w)}
		}
	}
	for _, t := range setTables {
		for w := range t.words {
			words[w] = wordInfo{vf: lx[w], class: classOf(w)}
		}
	}
	for w := range pronounWords {
		words[w] = wordInfo{vf: lx[w], class: classOf(w)}
	}
	for w, info := range words {
		info.set = setOf(w)
		words[w] = info
	}
	return words
}

// tokenArrays are a run's per-token arrays, kept from one document for the next: allocating and zeroing them
// for every document cost about as much as filling them.
type tokenArrays struct {
	claimed []bool
	lower   []string
	info    []tokInfo
	fold    []byte  // see tokens
	later   []int32 // see tokens
	// out collects the statements; Extract returns a copy of its exact size, so that no document pays for
	// growing it.
	out []Statement
	// A sentence's cues and gerunds (see run), which hold nothing of the document's text.
	cues     []cue
	gerundAt []int32
	// capsOut, when not nil, receives the capitalised words before the arrays go back (see ExtractCaps).
	capsOut *[]uint64
	// n is the number of tokens of the last document: lower is zero past it (see release).
	n int
}

// maxPooledTokens bounds the arrays kept for the next document, so that one huge document does not stay in
// memory through them.
const maxPooledTokens = 1 << 16

// forgetText is the size of document whose text a run's pooled arrays let go of as soon as it is done.
const forgetText = 1 << 20

// maxPooledStatements bounds the statements, cues and gerunds arrays kept for the next document.
const maxPooledStatements = 1 << 12

// newRun starts the extraction of one document, its per-token arrays filled.
func (x *Extractor) newRun(l *text.Layer) *run {
	n := len(l.Tokens)
	a, _ := x.scratch.Get().(*tokenArrays)
	switch {
	case a == nil:
		a = &tokenArrays{}
		fallthrough
	case cap(a.lower) < n:
		// An index a token rather than a copy of the reading: on a 50 MB paragraph the copies cost 350 MB.
		a.claimed, a.lower, a.info = make([]bool, n), make([]string, n), make([]tokInfo, n)
	default:
		if n < a.n {
			clear(a.lower[n:a.n]) // what this document does not overwrite of the last one's text
		}
		a.claimed, a.lower, a.info = a.claimed[:n], a.lower[:n], a.info[:n]
		clear(a.claimed)
	}
	a.n = n
	x.ix.tokens(l, a.lower, a.info, a)
	return &run{x: x, l: l, claimed: a.claimed, lower: a.lower, info: a.info, arrays: a, forms: x.ix.forms, out: a.out[:0],
		cues: a.cues[:0], gerundAt: a.gerundAt[:0]}
}

// release gives a finished run's arrays back for the next document.
func (x *Extractor) release(r *run) {
	a := r.arrays
	if a.capsOut != nil {
		*a.capsOut = capWords(r.info, *a.capsOut)
		a.capsOut = nil
	}
	if cap(a.lower) > maxPooledTokens || cap(a.fold) > maxPooledTokens {
		return
	}
	if len(r.l.Text) > forgetText {
		clear(a.lower) // let go of a large document's text at once
	}
	// Else the next document overwrites it, and newRun clears what it does not: clearing every token here cost
	// a tenth of the set-up, and the pool keeps the text of one document of at most a few hundred kilobytes an
	// array (speaker resolution's tables keep keys of earlier documents too).
	a.cues, a.gerundAt = nil, nil
	if cap(r.cues) <= maxPooledStatements && cap(r.gerundAt) <= maxPooledStatements {
		a.cues, a.gerundAt = r.cues[:0], r.gerundAt[:0]
	}
	a.out = nil
	if cap(r.out) <= maxPooledStatements {
		// And of its statements' strings: past its length the array is zero (slices.DeleteFunc and nested
		// clear what they drop).
		clear(r.out)
		a.out = r.out[:0]
	}
	x.scratch.Put(a)
}
