package attrib

import (
	"strings"
	"testing"

	"github.com/parley-ledger/parley/internal/text"
)

// tokens folds short capitalised words in no table with one 8-byte store each: every such word must read as
// its own lower case, whatever room the fold buffer starts with and however the stores overlap; and every word
// keeps its capital bit.
func TestTokensFoldShortWords(t *testing.T) {
	sentences := []string{
		"Mayor Ostrava Kell told the Brno Dock Union on Tuesday that Zlin Port strikes would end.",
		"A B C D E F G H Quarry Vasko Pelt Marlowe Ferrante X.",
		"TALKS in GENEVA: Envoy Harwick Stenmark said Kuwaiti AND Omani Delegates Met Twice.",
		"Councillor Abernathy-Quist, Longfellowington and Q.T. Rasmussen voted; Ada said no.",
		"Ostrava", // the last word of the text: fewer than 8 bytes follow its start
	}
	x := New(Options{})
	for _, s := range sentences {
		for _, room := range []int{0, 1, 7, 8, 64} {
			l := text.Analyze(s, 0)
			n := len(l.Tokens)
			a := &tokenArrays{fold: make([]byte, 0, room), later: make([]int32, 0, 1)}
			lower, info := make([]string, n), make([]tokInfo, n)
			x.ix.tokens(l, lower, info, a)
			for i, tk := range l.Tokens {
				w := l.TokenText(i)
				if tk.Kind != text.Word {
					if lower[i] != w {
						t.Errorf("%q room %d: token %q lower %q, want itself", s, room, w, lower[i])
					}
					continue
				}
				if want := strings.ToLower(w); lower[i] != want {
					t.Errorf("%q room %d: token %q lower %q, want %q", s, room, w, lower[i], want)
				}
				// The short path reads the capital from upperASCII's bit for the first byte.
				if got, want := info[i]&tokInfo(cCap), capital(w); got != want {
					t.Errorf("%q room %d: token %q capital %b, want %b", s, room, w, got, want)
				}
			}
		}
	}
}

// wordCase must agree with a byte-by-byte scan, whichever of the eight-byte chunks holds the upper-case letter
// or the non-ASCII byte, including an upper-case letter after a non-ASCII byte.
func TestWordCase(t *testing.T) {
	for _, c := range []struct {
		w           string
		high, upper bool
	}{
		{"negotiators", false, false},
		{"Negotiators", false, true},
		{"negotiatorS", false, true},
		{"negotiaTors", false, true},
		{"arbitrations", false, false},
		{"dockworkers’", true, false},
		{"Dockworkers’", true, true},
		{"dock’workersX", true, true},
		{"café-société", true, false},
		{"CAFÉ-SOCIÉTÉ", true, true},
		{"ÉÉÉÉÉÉÉÉÉZ", true, true},
		{"ÁÁÁÁaaaaaa", true, false},
		{"abcdefgh@[`{", false, false}, // the bytes either side of the letter ranges
	} {
		high, upper := wordCase(c.w)
		if high != c.high || upper != c.upper {
			t.Errorf("wordCase(%q) = %v, %v, want %v, %v", c.w, high, upper, c.high, c.upper)
		}
	}
}

// appendFoldASCII lowers only ASCII letters, after what fold already holds, whichever chunk is non-ASCII.
func TestAppendFoldASCII(t *testing.T) {
	for _, c := range []struct{ w, want string }{
		{"Councillors", "councillors"},
		{"LONGSHOREMEN", "longshoremen"},
		{"Stevedores’", "stevedores’"},
		{"Dock’WORKERS", "dock’workers"},
		{"ÉCOLE-NORMALE-SUPÉRIEURE", "École-normale-supÉrieure"}, // only ASCII letters are lowered
		{"ABCDEFGH@[`{XYZ", "abcdefgh@[`{xyz"},
	} {
		got := string(appendFoldASCII([]byte("x"), c.w))
		if got != "x"+c.want {
			t.Errorf("appendFoldASCII(%q) = %q, want %q", c.w, got, "x"+c.want)
		}
	}
}

// capBits64 must set bit j exactly when token j has cCap, whatever other bits the tokens hold.
func TestCapBits64(t *testing.T) {
	noise := tokInfo(cComma|cDet) | tokInfo(cCap)<<1 | tokInfo(cCap)>>1 | 7<<32 | 1<<63
	for _, c := range []struct {
		name string
		caps uint64
	}{
		{"none", 0}, {"all", ^uint64(0)}, {"first", 1}, {"last", 1 << 63}, {"alternate", 0xAAAA_5555_F0F0_0F0F},
		{"sparse", 1<<3 | 1<<17 | 1<<42 | 1<<60},
	} {
		var p [64]tokInfo
		for j := range p {
			p[j] = noise
			if c.caps>>j&1 != 0 {
				p[j] |= tokInfo(cCap)
			}
		}
		if got := capBits64(&p); got != c.caps {
			t.Errorf("%s: capBits64 = %#x, want %#x", c.name, got, c.caps)
		}
		if got := capWords(p[:], nil); len(got) != 1 || got[0] != c.caps {
			t.Errorf("%s: capWords = %#x, want [%#x]", c.name, got, c.caps)
		}
	}
}

// opensQuoteIn finds a quotation by the token of its opening mark, at either end of the range.
func TestOpensQuoteIn(t *testing.T) {
	s := `The mayor said: "We will talk." Then the union wrote, "No deal," and left. Nobody else spoke.`
	l := text.Analyze(s, 0)
	r := &run{l: l}
	if len(l.Quotes) != 2 {
		t.Fatalf("%d quotations, want 2", len(l.Quotes))
	}
	a, b := l.Quotes[0].Open, l.Quotes[1].Open
	for _, c := range []struct {
		from, to int
		want     bool
	}{
		{0, a - 1, false}, {0, a, true}, {a, a, true}, {a + 1, b - 1, false}, {a + 1, b, true}, {b, b, true},
		{b + 1, len(l.Tokens), false}, {b + 1, b, false},
	} {
		if got := r.opensQuoteIn(c.from, c.to); got != c.want {
			t.Errorf("opensQuoteIn(%d, %d) = %v, want %v (openings at %d and %d)", c.from, c.to, got, c.want, a, b)
		}
	}
	for _, c := range []struct{ from, want int }{{0, 0}, {a, 0}, {a + 1, 1}, {b, 1}, {b + 1, 2}} {
		if got := r.quoteFrom(c.from); got != c.want {
			t.Errorf("quoteFrom(%d) = %d, want %d", c.from, got, c.want)
		}
	}
}

// clauseColonQuote visits only the tokens before a quotation's opening mark: it must still find the colon or
// comma before it, after an earlier quotation in the paragraph too.
func TestClauseColonQuoteByQuotes(t *testing.T) {
	const evidence = "a clause, a colon, then a quotation that ends the sentence"
	for _, c := range []struct{ in, cue string }{
		{"The dockers stayed out.\n\nThe union chief went on: \"We will not give up. The port must listen.\"", "went on:"},
		{"The dockers stayed out.\n\nThen the union chief, tired, went on, \"We will not give up.\"", "went on"},
		{"\"No,\" one docker said.\n\nThe union chief went on: \"We will not give up.\"", "went on:"},
	} {
		l, sts := extractAll(c.in, PolNeAR)
		var got []want
		found := false
		for _, st := range sts {
			w := show(l, st)
			got = append(got, w)
			found = found || st.Evidence == evidence && w.cue == c.cue
		}
		if !found {
			t.Errorf("%q: no clause-colon statement with cue %q; got %v", c.in, c.cue, got)
		}
	}
}

// possessedCue tests a word's capital bit before its "'s", and skips a token when neither of the next two is a
// cue or attitude noun: a capitalised possessor and a possessive pronoun still own an attitude noun with its
// infinitive, by that rule, with an adjective between or not.
func TestPossessedCueOrder(t *testing.T) {
	const evidence = "a possessor and an attitude noun with what it is about"
	for _, c := range []struct {
		in, source string
	}{
		{"Okafor's decision to close the depot angered the drivers.", "Okafor's"},
		{"Mayor Okafor’s refusal to meet the strikers angered the council.", "Mayor Okafor’s"},
		{"Her decision to close the depot angered the drivers.", "Her"},
		// One adjective between: the loop's gate looks two tokens ahead.
		{"Her sudden decision to close the depot angered the drivers.", "Her"},
		{"Okafor's stern refusal to meet the strikers angered the council.", "Okafor's"},
	} {
		l, sts := extractAll(c.in, Options{})
		found := false
		for _, st := range sts {
			if st.Source != nil && l.SpanText(*st.Source) == c.source && st.Evidence == evidence {
				found = true
			}
		}
		if !found {
			var got []want
			for _, st := range sts {
				got = append(got, show(l, st))
			}
			t.Errorf("%q: no statement of possessedCue with source %q; got %v", c.in, c.source, got)
		}
	}
}

// leading's content runs to the close of a quotation that opens inside it and goes on past the sentence's end;
// opensQuoteIn gates that search and must find the opening.
func TestLeadingQuoteRunsOn(t *testing.T) {
	for _, c := range []struct{ in, content string }{
		{`The mayor said the fare plan was "dead. We will fight it in every court." Then he left.`,
			`the fare plan was "dead. We will fight it in every court."`},
		{`The mayor told the dockers the plan was "dead on arrival. We will fight it." Nobody clapped.`,
			`the plan was "dead on arrival. We will fight it."`},
	} {
		l, sts := extractAll(c.in, Options{})
		var got []want
		found := false
		for _, st := range sts {
			w := show(l, st)
			got = append(got, w)
			found = found || w.content == c.content
		}
		if !found {
			t.Errorf("%q: no content %q; got %v", c.in, c.content, got)
		}
	}
}
