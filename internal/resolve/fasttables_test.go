package resolve

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/text"
)

// speedCases are invented passages for the fast paths: capitalised words of every kind (non-ASCII, upper case,
// after numbers and quotes, titles with dots, "of" and "for" inside names), mentions with commas and
// parentheses, and descriptions with determiners in any case.
var speedCases = []string{
	`Following the vote, Senator Jane Roe of Ohio said the bill would pass. THE SENATOR added that it was close.`,
	`Speaking on Tuesday, the Minister for Trade, Ann Lee, told reporters the deal was done. Lee said 2 more were due.`,
	`"We are ready," Élodie Martin said. Martin’s aide said 40 States had signed. İt was the Ministry of Health.`,
	`Dr. Amir Khan, the clinic's director, said the results were clear. An official said so. A Spokesman said no.`,
	`The Department of Energy (DoE) said prices would fall. THE department added, "Supplies are fine," it said.`,
	"Mr. \u212Aelvin Ross said a. Ms. Olga Petrova said b. She said c. They said d. It said e. The leader said f.",
	`In 2024, 3M and the U.S. Army said the plan worked. After that, Gen. Mark Hale said it would continue.`,
}

// TestCapsFromExtraction: the capitalised words extraction hands over are those resolution finds itself, and
// speakers resolve the same with them as without.
func TestCapsFromExtraction(t *testing.T) {
	texts := append(slices.Clone(speedCases), resolveCases...)
	files, _ := filepath.Glob("../../testdata/gold/*.txt")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	x := attrib.New(attrib.Options{})
	var caps []uint64
	for _, s := range texts {
		compareCaps(t, x, s, &caps)
	}
}

func compareCaps(t *testing.T, x *attrib.Extractor, s string, caps *[]uint64) {
	t.Helper()
	l := text.Analyze(s, 0)
	var got []attrib.Statement
	got, *caps = x.ExtractCaps(l, *caps)
	for i := range l.Tokens {
		if want, have := capWord(l.Text, &l.Tokens[i]), (*caps)[i/64]>>(i%64)&1 != 0; have != want {
			t.Fatalf("%.40q: token %d %q: capitalised %v, want %v", s, i, l.TokenText(i), have, want)
		}
	}
	want := slices.Clone(got)
	NewResolver().SpeakersCaps(l, got, *caps)
	NewResolver().Speakers(l, want)
	for i := range got {
		if got[i].Speaker != want[i].Speaker || got[i].SpeakerType != want[i].SpeakerType {
			t.Errorf("%.40q: statement %d: speaker %q (%s) with extraction's bitmap, %q (%s) without", s, i,
				got[i].Speaker, got[i].SpeakerType, want[i].Speaker, want[i].SpeakerType)
		}
	}
}

func FuzzCapsFromExtraction(f *testing.F) {
	for _, c := range speedCases {
		f.Add(c)
	}
	x := attrib.New(attrib.Options{})
	var caps []uint64
	f.Fuzz(func(t *testing.T, s string) { compareCaps(t, x, s, &caps) })
}

// refFunctionWord is functionWord as it was written first: the lower case of w, when at most 9 bytes, in
// functionWords.
func refFunctionWord(w string) bool {
	if len(w) > 9 {
		return false
	}
	lw := strings.ToLower(w)
	return len(lw) <= 9 && slices.Contains(functionWords, lw)
}

func TestFunctionWord(t *testing.T) {
	words := []string{"", "a", "A", "an", "And", "THE", "Then", "These", "following", "Following", "FOLLOWINGS",
		"speaking", "Speaking", "SPEAKING", "speakers", "Plans", "planS", "Two", "Twos", "Th", "ThE", "I", "It", "ITS",
		"Üs", "Él", "İt", "\u212Aing", "Sp\u212Aeaking", "Their", "Theirs", "Some", "Somebody", "X", "Q.", "U.S.",
		"a\x00", "the\x00", "Earlier", "Later", "Laterally", "Share", "Shares", "Many", "One", "On", "O"}
	words = append(words, functionWords...)
	for _, w := range functionWords {
		words = append(words, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s")
	}
	for _, w := range words {
		if got, want := functionWord(w), refFunctionWord(w); got != want {
			t.Errorf("functionWord(%q) = %v, want %v", w, got, want)
		}
	}
}

func FuzzFunctionWord(f *testing.F) {
	f.Add("Following")
	f.Add("İt")
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := functionWord(w), refFunctionWord(w); got != want {
			t.Errorf("functionWord(%q) = %v, want %v", w, got, want)
		}
	})
}

// TestFactsTable: the open-addressing table answers as the map it is built from, for its keys and others.
func TestFactsTable(t *testing.T) {
	n := 0
	for k, want := range facts {
		n++
		if got := factsIx.get(k); got != want {
			t.Errorf("facts table %q: %+v, want %+v", k, got, want)
		}
		for _, other := range []string{k + "x", "x" + k, strings.ToLower(k) + "’", k[:len(k)-1]} {
			if got, want := factsIx.get(other), facts[other]; got != want {
				t.Errorf("facts table %q: %+v, want %+v", other, got, want)
			}
		}
	}
	for _, w := range []string{"", "Steve", "Witkoff", "Ministry", "ministry's", "MINISTRY", "Mrs", "Anna", "Zzz"} {
		if got, want := factsIx.get(w), facts[w]; got != want {
			t.Errorf("facts table %q: %+v, want %+v", w, got, want)
		}
	}
	if n == 0 {
		t.Fatal("no facts")
	}
}

func TestTrims(t *testing.T) {
	for _, s := range []string{"", ",", ", ;:", "he,", ": the minister;", "Jane Doe, ", ",,x,,", "é,", ",é", ". the .",
		"The government", "the government", "THE GOVERNMENT", "a spokesman", "A spokesman", "an aide", "An Aide",
		"another aide", "then", "them said", "ahead", "\u212Ahe x", "the", "a", "an"} {
		for _, cut := range []string{",;: ", ".,"} {
			if got, want := trimASCII(s, cut), strings.Trim(s, cut); got != want {
				t.Errorf("trimASCII(%q, %q) = %q, want %q", s, cut, got, want)
			}
		}
		if got, want := trimDeterminer(s), refTrimDeterminer(s); got != want {
			t.Errorf("trimDeterminer(%q) = %q, want %q", s, got, want)
		}
	}
}

// refTrimDeterminer is trimDeterminer as it was written first, lower-casing the mention.
func refTrimDeterminer(m string) string {
	lm := strings.ToLower(m)
	for _, d := range []string{"the ", "a ", "an "} {
		if strings.HasPrefix(lm, d) {
			return m[len(d):]
		}
	}
	return m
}
