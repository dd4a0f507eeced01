package eval

import (
	"fmt"
	"regexp"
	"testing"
)

func TestTrim(t *testing.T) {
	for _, tc := range []struct {
		in   string
		s, e int
		want string
	}{
		{"“Hello, world.”", 0, 15, "Hello, world"},
		{" – that’s it; ", 0, 14, "that’s it"},
		{"«Oui»", 0, 5, "Oui"},
		{"...", 0, 3, ""},
		{"abc", 2, 1, ""}, // reversed spans are left alone, as in the script
		{"-5-like", 0, 7, "5-like"},
	} {
		rs := []rune(tc.in)
		g := trim(rs, seg{tc.s, tc.e})
		got := ""
		if g.s < g.e {
			got = string(rs[g.s:g.e])
		}
		if got != tc.want {
			t.Errorf("trim(%q, %d, %d) = %q, want %q", tc.in, tc.s, tc.e, got, tc.want)
		}
	}
}

func TestTokens(t *testing.T) {
	for _, tc := range []struct {
		in   string
		s, e int
		want []int
	}{
		{"He said: “no”.", 0, 14, []int{0, 3, 10}},
		{"naïve café_bar 3.5%", 0, 19, []int{0, 6, 15, 17, 18}}, // "." is trimmed away as a token
		{"deal", 2, 4, []int{2}},                                // a span starting inside a word starts a token there
		{"deal done", 0, 2, []int{0}},                           // the span's end ends the word
		{"日本語 テキスト", 0, 8, []int{0, 4}},
		{"a\u00a0b\x1cc", 0, 5, []int{0, 2, 4}}, // NBSP and U+001C are spaces to Python
		{"(MoD)", 0, 5, []int{0, 1, 4}},
	} {
		got := sortedKeys(tokens([]rune(tc.in), []seg{{tc.s, tc.e}}))
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("tokens(%q, %d, %d) = %v, want %v", tc.in, tc.s, tc.e, got, tc.want)
		}
	}
}

func TestSameSpeaker(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Steve Witkoff", "US envoy Steve Witkoff", true},
		{"Steve Witkoff", "Mr. Witkoff", true},
		{"UK Government", "the government", true},
		{"Donald Trump", "Steve Witkoff", false},
		{"Ministry of Defence", "MoD", false},
		{"Ministry of Defence", "the Ministry of Defence (MoD)", true},
		{"The President", "president", false}, // nothing left after the stopwords
		{"", "", false},
		{"Lee Ji-won", "Ji-won Lee", true}, // same word sets
		{"Jean-Luc Mélenchon", "MÉLENCHON", true},
		{"ΟΔΥΣΣΕΑΣ", "Οδυσσέας", false}, // accents differ, but final sigma is handled
		{"ΠΑΠΑΣ", "παπασ", false},       // Python lower-cases the capital to a final sigma
		{"ΠΑΠΑΣ", "παπας", true},
	} {
		if got := sameSpeaker(tc.a, tc.b); got != tc.want {
			t.Errorf("sameSpeaker(%q, %q) = %v, want %v (%q vs %q)", tc.a, tc.b, got, tc.want, normName(tc.a), normName(tc.b))
		}
	}
}

func TestPyLower(t *testing.T) {
	for in, want := range map[string]string{
		"İstanbul": "i\u0307stanbul",
		"ΣΑΣ":      "σας",
		"ΑΣ.":      "ας.",
		"Σ":        "σ",
		"ΑΣ'Β":     "ασ'β", // case-ignorable apostrophe, then a cased letter: not final
		"ÀB":       "àb",
	} {
		if got := pyLower(in); got != want {
			t.Errorf("pyLower(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPyFloat(t *testing.T) {
	for f, want := range map[float64]string{
		1: "1.0", 0: "0.0", 0.625: "0.625", 5.0 / 7: "0.7142857142857143", 0.8750000000000001: "0.8750000000000001",
		1e-5: "1e-05", 0.0001: "0.0001", 1.5e-7: "1.5e-07", 1e16: "1e+16", 123456789012345.0: "123456789012345.0",
	} {
		if got := pyFloat(f); got != want {
			t.Errorf("pyFloat(%v) = %q, want %q", f, got, want)
		}
	}
}

// pyToken is the script's TOKEN regexp written with Go's classes; Go's \s and \w are ASCII-only.
var pyToken = regexp.MustCompile(`[\p{L}\p{N}_]+|[^\p{L}\p{N}_\t\n\v\f\r \x{1c}-\x{1f}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]`)

func FuzzTokens(f *testing.F) {
	f.Add("He said: “no”, 3.5% café", 2, 20)
	f.Add("a\u00a0b\x1cc_d", 0, 9)
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		rs := []rune(s)
		if len(rs) == 0 {
			return
		}
		a, b = abs(a)%(len(rs)+1), abs(b)%(len(rs)+1)
		if a > b {
			a, b = b, a
		}
		want := map[int]bool{}
		sub := []rune(string(rs[a:b])) // the regexp sees the span as a whole string, as finditer(text, a, b) does
		bs := string(sub)
		for _, m := range pyToken.FindAllStringIndex(bs, -1) {
			tok := []rune(bs[m[0]:m[1]])
			if len(tok) == 1 && inTrim(tok[0]) {
				continue
			}
			want[a+len([]rune(bs[:m[0]]))] = true
		}
		got := tokens(rs, []seg{{a, b}})
		if len(got) != len(want) {
			t.Fatalf("tokens(%q, %d, %d) = %v, regexp %v", s, a, b, sortedKeys(got), want)
		}
		for k := range got {
			if !want[k] {
				t.Fatalf("tokens(%q, %d, %d) = %v, regexp %v", s, a, b, sortedKeys(got), want)
			}
		}
	})
}

func abs(x int) int {
	if x < 0 {
		if -x < 0 {
			return 0
		}
		return -x
	}
	return x
}
