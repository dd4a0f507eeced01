package dedup

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

func TestNormalizeWords(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"case and punctuation", "Talks COLLAPSED, union says.", "talks collapsed union says"},
		{"straight and curly apostrophes agree", "the union’s offer; the union's offer", "the unions offer the unions offer"},
		{"quote styles vanish", `“We will strike,” she said. "We will strike," she said.`, "we will strike she said we will strike she said"},
		{"guillemets and low quotes", "«Nein» „doch“", "nein doch"},
		{"thousands separator folded", "1,200 workers and 1200 workers", "1200 workers and 1200 workers"},
		{"decimal point kept", "a 3.5 percent rise. 4.", "a 3.5 percent rise 4"},
		{"list comma between numbers splits", "votes 3, 4", "votes 3 4"},
		{"hyphenated word joined", "a cease-fire and a ceasefire", "a ceasefire and a ceasefire"},
		{"dashes split", "Valmouth—the port – is shut", "valmouth the port is shut"},
		{"trailing apostrophe dropped", "the workers' union", "the workers union"},
		{"non-Latin letters kept", "Ζεύς and Zürich", "ζεύς and zürich"},
		{"compatibility forms folded", "ＷＩＲＥ ﬁle", "wire file"},
		{"no words", " -- ... !!! ", ""},
		{"invalid UTF-8 dropped", "strike\xff\xfeover", "strike over"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ends := normalizeWords(tt.in)
			if string(got) != tt.want {
				t.Errorf("normalizeWords(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if wantN := len(strings.Fields(tt.want)); len(ends) != wantN {
				t.Errorf("normalizeWords(%q) gave %d word ends, want %d", tt.in, len(ends), wantN)
			}
		})
	}
}

func TestSignatureShingleCount(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"...", 0},
		{"one", 1},
		{"one two three four", 1},                     // fewer than ShingleSize words: one shingle
		{"one two three four five", 1},                // exactly one window
		{"one two three four five six seven", 3},      // three windows
		{"a b c d e a b c d e", 5},                    // windows 1 and 6 repeat: 6 windows, 5 distinct
		{"Strike!  STRIKE strike, strike strike", 1},  // one distinct window
		{"w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12", 8}, // 12-5+1
	}
	for _, tt := range tests {
		if got := Signature(tt.in).Shingles(); got != tt.want {
			t.Errorf("Signature(%q).Shingles() = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestSimilarity(t *testing.T) {
	story := readStory(t, "t01_port_strike_a.txt")
	curly := strings.NewReplacer(`"`, "”", "'", "’").Replace(story)
	tests := []struct {
		name   string
		a, b   string
		lo, hi float64
	}{
		{"identical", story, story, 1, 1},
		{"quote and apostrophe style only", story, curly, 1, 1},
		{"case and spacing only", story, strings.ToUpper(strings.ReplaceAll(story, " ", "  \n")), 1, 1},
		{"both empty", "", "  ", 1, 1},
		{"empty against text", "", story, 0, 0},
		{"unrelated topic", story, readStory(t, "t08_mackerel_quota_a.txt"), 0, 0.05},
		{"same topic, different story", story, readStory(t, "t01_port_strike_b.txt"), 0, 0.2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := Signature(tt.a), Signature(tt.b)
			got := Similarity(a, b)
			if got < tt.lo || got > tt.hi {
				t.Errorf("Similarity = %.3f, want in [%.2f, %.2f]", got, tt.lo, tt.hi)
			}
			if rev := Similarity(b, a); rev != got {
				t.Errorf("Similarity is not symmetric: %.3f vs %.3f", got, rev)
			}
		})
	}
}

func TestContainment(t *testing.T) {
	full := readStory(t, "t01_port_strike_a.txt")
	paras := strings.Split(full, "\n\n")
	head := strings.Join(paras[:len(paras)*6/10], "\n\n") // the first 60% of the story
	a, h := Signature(full), Signature(head)
	if c := Containment(a, h); c < SameContainment {
		t.Errorf("Containment(full, first 60%%) = %.3f, want >= %.2f", c, SameContainment)
	}
	if j := Similarity(a, h); j > 0.85 {
		t.Errorf("Similarity(full, first 60%%) = %.3f; a trimmed copy should not look identical", j)
	}
	if !Same(a, h) {
		t.Errorf("Same(full, first 60%%) = false, want true")
	}
	other := Signature(readStory(t, "t01_port_strike_b.txt"))
	if c := Containment(a, other); c > 0.4 {
		t.Errorf("Containment(story, follow-up story) = %.3f, want <= 0.4", c)
	}
	if Containment(Sig{}, a) != 0 {
		t.Errorf("Containment with an empty signature should be 0")
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	for _, text := range []string{"", "short text", readStory(t, "t02_steel_talks_a.txt")} {
		sig := Signature(text)
		data, err := sig.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if len(data) != SigBinaryLen {
			t.Fatalf("MarshalBinary gave %d bytes, want %d", len(data), SigBinaryLen)
		}
		var back Sig
		if err := back.UnmarshalBinary(data); err != nil {
			t.Fatalf("UnmarshalBinary: %v", err)
		}
		if back.Shingles() != sig.Shingles() || Similarity(back, sig) != 1 {
			t.Errorf("round trip of %.20q changed the signature", text)
		}
		if !sig.Empty() && Similarity(back, Signature("something else entirely here")) == 1 {
			t.Errorf("decoded signature matches an unrelated text")
		}
	}
}

func TestUnmarshalBinaryErrors(t *testing.T) {
	good, _ := Signature("the union rejected the offer on Monday").MarshalBinary()
	mutate := func(f func([]byte) []byte) []byte { return f(bytes.Clone(good)) }
	tests := []struct {
		name    string
		data    []byte
		errPart string
	}{
		{"empty", nil, "length 0"},
		{"truncated", good[:100], "length 100"},
		{"too long", append(bytes.Clone(good), 0), fmt.Sprintf("length %d", SigBinaryLen+1)},
		{"wrong version", mutate(func(b []byte) []byte { b[0] = 9; return b }), "version 9"},
		{"wrong shingle size", mutate(func(b []byte) []byte { b[1] = 3; return b }), "3-word shingles"},
		{"wrong hash count", mutate(func(b []byte) []byte { b[2] = 64; return b }), "hashes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s Sig
			err := s.UnmarshalBinary(tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.errPart) || !strings.Contains(err.Error(), "dedup signature") {
				t.Errorf("UnmarshalBinary error = %v, want one mentioning %q", err, tt.errPart)
			}
		})
	}
}

// TestSignatureGolden pins the exact signature of a fixed text, so that a change to normalisation, hashing or
// seeds — which would make stored signatures incomparable with new ones — cannot go unnoticed.
func TestSignatureGolden(t *testing.T) {
	sig := Signature(readStory(t, "t04_ceasefire_a.txt"))
	data, err := sig.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "shingles %d\n", sig.Shingles())
	for i := range NumHashes {
		fmt.Fprintf(&b, "%016x\n", data[sigHeaderLen+8*i:sigHeaderLen+8*i+8])
	}
	golden := filepath.Join("testdata", "signature.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden file (run go test -update to create it): %v", err)
	}
	if b.String() != string(want) {
		t.Errorf("signature of t04_ceasefire_a.txt differs from %s; if the change is intended, stored signatures "+
			"must be recomputed and the golden file updated with -update", golden)
	}
}

func FuzzSignature(f *testing.F) {
	f.Add("VALMOUTH, March 3 - Thousands of dockworkers walked off the job on Tuesday.")
	f.Add("“We will strike,” she said — 1,200 workers, 3.5%.")
	f.Add("")
	f.Add("\xff\xfe invalid")
	f.Add("a-'b ,.c' -d 1,,2 3..4 '")
	f.Fuzz(func(t *testing.T, s string) {
		a := Signature(s)
		b := Signature(s)
		if Similarity(a, b) != 1 {
			t.Fatalf("identical text gives similarity %v", Similarity(a, b))
		}
		if c := Containment(a, b); !a.Empty() && c != 1 {
			t.Fatalf("identical text gives containment %v", c)
		}
		data, err := a.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back Sig
		if err := back.UnmarshalBinary(data); err != nil || Similarity(back, a) != 1 || back.Shingles() != a.Shingles() {
			t.Fatalf("round trip failed: %v", err)
		}
		if words := strings.Fields(string(firstWords(s))); (len(words) == 0) != a.Empty() {
			t.Fatalf("Empty() = %v for normalised text %q", a.Empty(), words)
		}
	})
}

func firstWords(s string) []byte {
	w, _ := normalizeWords(s)
	return w
}

func BenchmarkSignature(b *testing.B) {
	var sb strings.Builder
	for _, name := range []string{"t01_port_strike_a.txt", "t02_steel_talks_a.txt", "t03_auto_offer_a.txt", "t04_ceasefire_a.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", "pairs", name))
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
	}
	text := sb.String()[:5*1024]
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Signature(text)
	}
}

func readStory(t testing.TB, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "pairs", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
