package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		"", " ", utf8BOM, utf8BOM + "title: x\n\nBody", "title: x\n\n", "url: a\r\n\r\nb",
		"Share\n18th August 2025\n07:41am BST\n\nBody", "\n\nAugust 18, 2025 7:41 pm ET\nBody",
		"published: 2025-08-18T07:41:00+01:00\n\nx", "18 August 2025\n25:99\nx", "Share", "Share\n",
		"published: 1 jan 0000 0:00 utc+14\n\nx", "Washington: said\n\nx", "\xff\xfe", "a\x00b", "\xc3",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, err := Parse("fuzz", "fuzz.txt", raw)
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) || ie.Path != "fuzz.txt" {
				t.Fatalf("error %#v is not an *InputError naming the input", err)
			}
			return
		}
		if d.Raw != string(raw) {
			t.Fatal("Raw differs from the input")
		}
		if !utf8.ValidString(d.Raw) {
			t.Fatal("accepted invalid UTF-8")
		}
		if d.BodyStart < 0 || d.BodyStart > len(d.Raw) {
			t.Fatalf("BodyStart %d outside [0, %d]", d.BodyStart, len(d.Raw))
		}
		if d.BodyStart < len(d.Raw) && !utf8.RuneStart(d.Raw[d.BodyStart]) {
			t.Fatalf("BodyStart %d is inside a rune", d.BodyStart)
		}
		sum := sha256.Sum256(raw)
		if d.Hash != hex.EncodeToString(sum[:]) {
			t.Fatal("Hash is not the SHA-256 of the input")
		}
	})
}
