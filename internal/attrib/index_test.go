package attrib

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/corpus"
	"github.com/parley-ledger/parley/internal/text"
)

// refTokens is the per-token set-up the word index replaced, kept as the reference it must agree with: the
// lexicon and word classes merged into one map, looked up with each word lower-cased.
type refTokens struct {
	words map[string]*wordInfo
}

func newRefTokens(lx lexicon) *refTokens {
	rt := &refTokens{words: map[string]*wordInfo{}}
	for w, vf := range lx {
		rt.words[w] = &wordInfo{vf: vf, class: classOf(w)}
	}
	for _, t := range classTables {
		for w := range t.words {
			rt.words[w] = &wordInfo{vf: lx[w], class: classOf(w)}
		}
	}
	for _, t := range setTables {
		for w := range t.words {
			rt.words[w] = &wordInfo{vf: lx[w], class: classOf(w)}
		}
	}
	for w := range pronounWords {
		rt.words[w] = &wordInfo{vf: lx[w], class: classOf(w)}
	}
	return rt
}

// token is the reference reading of token i: its lower case, verb reading and word classes.
func (rt *refTokens) token(l *text.Layer, folded string, i int) (string, verbForm, bool, wordClass) {
	t := l.Tokens[i]
	w := l.Text[t.Start:t.End]
	var lw string
	switch {
	case t.Kind != text.Word:
		return w, verbForm{}, false, 0
	case refIsASCII(w):
		lw = folded[t.Start:t.End]
	default:
		lw = strings.ToLower(w)
	}
	info, ok := rt.words[lw]
	if !ok {
		return lw, verbForm{}, false, 0
	}
	return lw, info.vf, info.vf.frames != 0, info.class
}

func refFoldASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// refIsCap is isCap as it was before the index noted it: the token's first rune, decoded.
func refIsCap(l *text.Layer, t text.Token) bool {
	if t.Kind != text.Word && t.Kind != text.Number {
		return false
	}
	c, _ := utf8.DecodeRuneInString(l.Text[t.Start:])
	return unicode.IsUpper(c)
}

func refIsASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// compareTokens checks that the index reads every token of s as the reference does; it returns how many word
// tokens it compared.
func compareTokens(t *testing.T, x *Extractor, rt *refTokens, name, s string) int {
	t.Helper()
	l := text.Analyze(s, 0)
	r := &run{x: x, l: l, lower: make([]string, len(l.Tokens)), info: make([]tokInfo, len(l.Tokens)), forms: x.ix.forms}
	x.ix.tokens(l, r.lower, r.info, &tokenArrays{})
	folded := refFoldASCII(l.Text)
	words, bad := 0, 0
	for i := range l.Tokens {
		lw, vf, ok, class := rt.token(l, folded, i)
		if l.Tokens[i].Kind == text.Word {
			words++
		}
		gvf, gok := r.verb(i)
		var gclass wordClass
		for _, c := range classTables {
			if r.is(i, c.class) {
				gclass |= c.class
			}
			// Each class answers what its table does for the word's lower case.
			if l.Tokens[i].Kind == text.Word && r.is(i, c.class) != c.words[lw] {
				t.Errorf("%s: token %d %q (%q): class %b is %v, its table says %v", name, i, l.TokenText(i), lw, c.class, r.is(i, c.class), c.words[lw])
			}
		}
		if r.is(i, cPronoun) {
			gclass |= cPronoun
		}
		// Each set answers what its table does for the token's lower case, whatever the token's kind.
		for _, st := range setTables {
			if r.in(i, st.set) != st.words[lw] {
				t.Errorf("%s: token %d %q (%q): set %b is %v, its table says %v", name, i, l.TokenText(i), lw, st.set, r.in(i, st.set), st.words[lw])
			}
		}
		if tk := l.Tokens[i]; r.isCap(i) != refIsCap(l, tk) {
			t.Errorf("%s: token %d %q: isCap is %v", name, i, l.TokenText(i), r.isCap(i))
		}
		if l.Tokens[i].Kind == text.Word && r.is(i, cPronoun) != (pronounWords[lw] != "") {
			t.Errorf("%s: token %d %q (%q): cPronoun is %v, pronounWords says %v", name, i, l.TokenText(i), lw, r.is(i, cPronoun), pronounWords[lw] != "")
		}
		if r.low(i) != lw || gvf != vf || gok != ok || gclass != class {
			bad++
			if bad <= 10 {
				t.Errorf("%s: token %d %q: index reads (%q, %+v, %v, %b), reference (%q, %+v, %v, %b)", name, i,
					l.TokenText(i), r.low(i), gvf, gok, gclass, lw, vf, ok, class)
			}
		}
	}
	return words
}

// TestWordIndexMatchesReference: every lexicon and word-class form, in the cases news writes it in, and every
// token of our gold set, the seed and PolNeAR (train and dev, when present) read the same as with the map.
func TestWordIndexMatchesReference(t *testing.T) {
	x := New(Options{})
	rt := newRefTokens(x.lx)
	var forms []string
	for w := range rt.words {
		forms = append(forms, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", w[:len(w)-1], "x"+w)
		if r, n := utf8.DecodeRuneInString(w); r != utf8.RuneError {
			forms = append(forms, strings.ToTitle(string(r))+w[n:])
		}
	}
	forms = append(forms, "DIDN’T", "Didn’t", "ÉTAT", "État", "\u212Aeep", "İt", "SAİD", "Ünited", "naïve", "’S", "'S")
	if n := compareTokens(t, x, rt, "lexicon forms", strings.Join(forms, " ")); n < len(rt.words) {
		t.Fatalf("compared %d words, want at least %d", n, len(rt.words))
	}
	files := corpus.Every("../..")
	if len(files) == 0 {
		t.Fatal("no corpus: testdata/gold should be there")
	}
	words := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		words += compareTokens(t, x, rt, f, string(b))
	}
	t.Logf("%d files, %d word tokens", len(files), words)
}

func FuzzWordIndex(f *testing.F) {
	f.Add("He SAID the Didn’t ÉTAT \u212Aeep naïve Told, tells, ’S 'S")
	x := New(Options{})
	rt := newRefTokens(x.lx)
	f.Fuzz(func(t *testing.T, s string) {
		compareTokens(t, x, rt, "fuzz", s)
		// Followed by 8 more bytes, every word is read 8 bytes at a time (see wordIndex.tokens).
		compareTokens(t, x, rt, "fuzz, padded", s+" .......")
	})
}

// BenchmarkTokenSetup is the per-token set-up of an extraction (lower case, word classes, verb readings) over
// PolNeAR train (our gold set when it is absent), with the word index and with the map it replaced.
func BenchmarkTokenSetup(b *testing.B) {
	files := corpus.Train("../..")
	var layers []*text.Layer
	var size int64
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		layers = append(layers, text.Analyze(string(raw), 0))
		size += int64(len(raw))
	}
	x := New(Options{})
	b.Run("index", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			for _, l := range layers {
				x.release(x.newRun(l))
			}
		}
	})
	b.Run("reference", func(b *testing.B) {
		rt := newRefTokens(x.lx)
		b.SetBytes(size)
		for b.Loop() {
			for _, l := range layers {
				rt.setup(l)
			}
		}
	})
}

// setup is the per-token set-up as extraction did it with the map.
func (rt *refTokens) setup(l *text.Layer) ([]bool, []string, []*verbForm, []wordClass) {
	claimed, lower := make([]bool, len(l.Tokens)), make([]string, len(l.Tokens))
	verbs, class := make([]*verbForm, len(l.Tokens)), make([]wordClass, len(l.Tokens))
	folded := refFoldASCII(l.Text)
	for i, t := range l.Tokens {
		w := l.Text[t.Start:t.End]
		switch {
		case t.Kind != text.Word:
			lower[i] = w
		case refIsASCII(w):
			lower[i] = folded[t.Start:t.End]
		default:
			lower[i] = strings.ToLower(w)
		}
		if t.Kind == text.Word {
			if info, ok := rt.words[lower[i]]; ok {
				verbs[i], class[i] = &info.vf, info.class
			}
		}
	}
	return claimed, lower, verbs, class
}

// TestIsCapMatchesUnicode: isCap reads the bit the index's tokens sets from a token's first byte when it is
// ASCII; it answers as unicode.IsUpper of the first rune does, for every token kind and every first byte or rune.
func TestIsCapMatchesUnicode(t *testing.T) {
	var b strings.Builder
	for c := rune(0); c < 0x250; c++ {
		if c == '\n' || c == ' ' {
			continue
		}
		b.WriteString(string(c) + "x 1" + string(c) + " " + string(c) + "2 ")
	}
	b.WriteString("Ünited \u212Aelvin ǅemal ᾈ 𝐀bc Σx")
	l := text.Analyze(b.String(), 0)
	r := New(Options{}).newRun(l)
	for i, tk := range l.Tokens {
		want := false
		if tk.Kind == text.Word || tk.Kind == text.Number {
			c, _ := utf8.DecodeRuneInString(l.Text[tk.Start:])
			want = unicode.IsUpper(c)
		}
		if got := r.isCap(i); got != want {
			t.Errorf("isCap(%q) = %v, want %v", l.TokenText(i), got, want)
		}
	}
}

// TestClassTablesHoldWords: r.is(i, c) answers what c's table says of r.low(i) for every token, not only for
// words (which TestWordIndexMatchesReference checks), only when no punctuation, quote mark or number can be in
// the table: the index gives such tokens no table's class.
func TestClassTablesHoldWords(t *testing.T) {
	tables := slices.Clone(classTables)
	for _, st := range setTables {
		tables = append(tables, struct {
			class wordClass
			words map[string]bool
		}{wordClass(st.set), st.words})
	}
	for _, c := range tables {
		for w := range c.words {
			letter := false
			for _, r := range w {
				if unicode.IsDigit(r) {
					t.Errorf("class %b: %q has a digit", c.class, w)
				}
				letter = letter || unicode.IsLetter(r)
			}
			if !letter {
				t.Errorf("class %b: %q has no letter", c.class, w)
			}
		}
	}
}
