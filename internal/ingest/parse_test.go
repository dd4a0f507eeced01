package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

func TestParseHeaders(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		bodyStart string // the text Body() must start with
		published string // RFC 3339, "" for none
		url       string
		outlet    string
		title     string
		author    string
		meta      map[string]string
	}{
		{
			name:      "key header, all known keys",
			in:        "url: https://example.com/a\noutlet: Example\npublished: 2025-08-18T07:41:00+01:00\ntitle: Talks: a deal\nauthor: Jane Doe\n\nBody text.\n",
			bodyStart: "Body text.",
			published: "2025-08-18T07:41:00+01:00",
			url:       "https://example.com/a", outlet: "Example", title: "Talks: a deal", author: "Jane Doe",
		},
		{
			name:      "keys are case-insensitive",
			in:        "URL: https://example.com/b\nTitle: Hello\n\nBody.",
			bodyStart: "Body.",
			url:       "https://example.com/b", title: "Hello",
		},
		{
			name:      "unknown keys go to Meta, lower-cased",
			in:        "title: X\nsection: World\nX-Wire-Id: rtr-42\n\nBody.",
			bodyStart: "Body.",
			title:     "X",
			meta:      map[string]string{"section": "World", "x-wire-id": "rtr-42"},
		},
		{
			name:      "only short lower-case unknown keys",
			in:        "source: wire\nlang: en\n\nBody.",
			bodyStart: "Body.",
			meta:      map[string]string{"source": "wire", "lang": "en"},
		},
		{
			name:      "repeated author and unknown keys are joined",
			in:        "author: A\nauthor: B\ntag: x\ntag: y\ntitle: T\ntitle: T\n\nBody.",
			bodyStart: "Body.",
			author:    "A, B", title: "T",
			meta: map[string]string{"tag": "x, y"},
		},
		{
			name:      "empty value is ignored",
			in:        "title: T\nauthor:\n\nBody.",
			bodyStart: "Body.",
			title:     "T",
		},
		{
			name:      "CRLF, date only, zone assumed",
			in:        "title: X\r\npublished: 2025-08-18\r\n\r\nBody.\r\n",
			bodyStart: "Body.",
			published: "2025-08-18T00:00:00Z",
			title:     "X",
			meta:      map[string]string{"timezone": "assumed UTC"},
		},
		{
			name:      "a timezone key the user wrote is kept",
			in:        "published: 2025-08-18 07:41\ntimezone: Europe/London\n\nBody.",
			bodyStart: "Body.",
			published: "2025-08-18T07:41:00Z",
			meta:      map[string]string{"timezone": "Europe/London"},
		},
		{
			name:      "BOM then header, extra blank lines skipped",
			in:        utf8BOM + "title: X\n\n\n  \nBody.",
			bodyStart: "Body.",
			title:     "X",
		},
		{
			name:      "BOM, no header",
			in:        utf8BOM + "Body.",
			bodyStart: "Body.",
		},
		{
			name:      "capitalised place name is not a header",
			in:        "Washington: the president said so.\n\nMore.",
			bodyStart: "Washington: the president",
		},
		{
			name:      "key line followed by prose is not a header",
			in:        "title: X\nThe minister said.\n\nMore.",
			bodyStart: "title: X",
		},
		{
			name:      "key lines with no blank line are not a header",
			in:        "title: X\nauthor: Y",
			bodyStart: "title: X",
		},
		{
			name:      "URL line is not a header",
			in:        "https://example.com/x\n\nBody.",
			bodyStart: "https://",
		},
		{
			name:      "leading blank line is not a key header",
			in:        "\ntitle: X\n\nBody.",
			bodyStart: "\ntitle: X",
		},
		{
			name:      "live blog: seed shape",
			in:        "\nShare\n18th August 2025\n07:41am BST\n\nRussian President Putin said.",
			bodyStart: "Russian President",
			published: "2025-08-18T07:41:00+01:00",
		},
		{
			name:      "live blog: no zone is UTC, noted",
			in:        "18 August 2025\n7:41 pm\n\nBody.",
			bodyStart: "Body.",
			published: "2025-08-18T19:41:00Z",
			meta:      map[string]string{"timezone": "assumed UTC"},
		},
		{
			name:      "live blog: ET in summer is EDT",
			in:        "Share\nAugust 18, 2025\n07:41am ET\n\nBody.",
			bodyStart: "Body.",
			published: "2025-08-18T07:41:00-04:00",
		},
		{
			name:      "live blog: ET in winter is EST",
			in:        "Share\n15th January 2025\n9:00am ET\nBody.",
			bodyStart: "Body.",
			published: "2025-01-15T09:00:00-05:00",
		},
		{
			name:      "live blog: PT in summer",
			in:        "August 18, 2025\n7:41 PT\n\nBody.",
			bodyStart: "Body.",
			published: "2025-08-18T07:41:00-07:00",
		},
		{
			name:      "live blog: weekday and 24-hour clock",
			in:        "Monday 18 August 2025\n19:41 BST\nBody.",
			bodyStart: "Body.",
			published: "2025-08-18T19:41:00+01:00",
		},
		{
			name:      "live blog: CEST",
			in:        "18 August 2025\n19:41 CEST\n\nBody.",
			bodyStart: "Body.",
			published: "2025-08-18T19:41:00+02:00",
		},
		{
			name:      "live blog: date and time on one line",
			in:        "18 August 2025 07:41 BST\n\nBody.",
			bodyStart: "Body.",
			published: "2025-08-18T07:41:00+01:00",
		},
		{
			name:      "live blog: date only",
			in:        "18 August 2025\n\nBody.",
			bodyStart: "Body.",
			published: "2025-08-18T00:00:00Z",
			meta:      map[string]string{"timezone": "assumed UTC"},
		},
		{
			name:      "live blog: unparseable time line stays in the body",
			in:        "18 August 2025\n07:41 XYZ\nBody.",
			bodyStart: "07:41 XYZ",
			published: "2025-08-18T00:00:00Z",
			meta:      map[string]string{"timezone": "assumed UTC"},
		},
		{
			name:      "Share without a date is not a header",
			in:        "Share\nBody.",
			bodyStart: "Share\nBody.",
		},
		{
			name:      "a sentence opening with a date is not a header",
			in:        "August 18, 2025 was hot.\nBody.",
			bodyStart: "August 18, 2025 was hot.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("doc", "doc.txt", []byte(tt.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if d.Raw != tt.in {
				t.Errorf("Raw changed: %q", d.Raw)
			}
			if !strings.HasPrefix(d.Body(), tt.bodyStart) {
				t.Errorf("Body() = %q, want it to start with %q", d.Body(), tt.bodyStart)
			}
			if got := publishedText(d.Published); got != tt.published {
				t.Errorf("Published = %s, want %s", got, tt.published)
			}
			if d.URL != tt.url || d.Outlet != tt.outlet || d.Title != tt.title || d.Author != tt.author {
				t.Errorf("fields = url %q outlet %q title %q author %q, want %q %q %q %q",
					d.URL, d.Outlet, d.Title, d.Author, tt.url, tt.outlet, tt.title, tt.author)
			}
			if !maps.Equal(d.Meta, tt.meta) {
				t.Errorf("Meta = %v, want %v", d.Meta, tt.meta)
			}
		})
	}
}

func publishedText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

func TestParseFixtures(t *testing.T) {
	tests := []struct {
		file      string
		bodyStart string
		published string
		check     func(t *testing.T, d *Document)
	}{
		{
			file:      "seed_000.txt",
			bodyStart: "Russian President Vladimir Putin has agreed",
			published: "2025-08-18T07:41:00+01:00",
			check: func(t *testing.T, d *Document) {
				if d.Meta != nil {
					t.Errorf("Meta = %v, want none (the seed gives its zone)", d.Meta)
				}
			},
		},
		{
			file:      "header_keys.txt",
			bodyStart: "Ministers said on Monday",
			published: "2025-08-18T07:41:00+01:00",
			check: func(t *testing.T, d *Document) {
				if d.URL != "https://www.example.com/news/world-123" || d.Outlet != "Example News" ||
					d.Title != "Talks: what was agreed" || d.Author != "Jane Doe, John Roe" {
					t.Errorf("fields = %q %q %q %q", d.URL, d.Outlet, d.Title, d.Author)
				}
				want := map[string]string{"section": "World", "x-wire-id": "rtr-42"}
				if !maps.Equal(d.Meta, want) {
					t.Errorf("Meta = %v, want %v", d.Meta, want)
				}
			},
		},
		{
			file:      "liveblog_et.txt",
			bodyStart: "The senator said",
			published: "2025-12-15T21:05:00-05:00",
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(DocName(path), path, raw)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if d.Raw != string(raw) {
				t.Error("Raw differs from the file")
			}
			sum := sha256.Sum256(raw)
			if d.Hash != hex.EncodeToString(sum[:]) {
				t.Errorf("Hash = %s", d.Hash)
			}
			if d.Name != strings.TrimSuffix(tt.file, ".txt") || d.Path != path {
				t.Errorf("Name, Path = %q, %q", d.Name, d.Path)
			}
			if !strings.HasPrefix(d.Body(), tt.bodyStart) {
				t.Errorf("Body() starts %q, want %q", d.Body()[:min(40, len(d.Body()))], tt.bodyStart)
			}
			if got := publishedText(d.Published); got != tt.published {
				t.Errorf("Published = %s, want %s", got, tt.published)
			}
			if tt.check != nil {
				tt.check(t, d)
			}
		})
	}
}

// The fixture is a copy of the shared seed so that the package tests stand alone; keep the two in step.
func TestSeedFixtureMatchesShared(t *testing.T) {
	shared, err := os.ReadFile("../../../shared/seed/000_ede8f8dea4cc4353.txt")
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("shared seed not present")
	}
	if err != nil {
		t.Fatal(err)
	}
	local, err := os.ReadFile("testdata/seed_000.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(shared, local) {
		t.Error("testdata/seed_000.txt differs from the shared seed; copy it again")
	}
}

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	if bom {
		s = "\uFEFF" + s
	}
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestParseRefusals(t *testing.T) {
	const text = "Ministers said on Monday that talks would resume.\n"
	readFixture := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name string
		in   []byte
		want error
		msg  []string // substrings of the message
	}{
		{"empty", nil, ErrEmpty, nil},
		{"whitespace only", []byte(" \n\t\r\n"), ErrEmpty, []string{"only whitespace"}},
		{"BOM only", []byte(utf8BOM + "\n"), ErrEmpty, nil},
		{"header only", []byte("title: X\n\n\n"), ErrEmpty, []string{"no article text after the header"}},
		{"live-blog header only", []byte("Share\n18 August 2025\n07:41am BST\n"), ErrEmpty, []string{"after the header"}},
		{"invalid UTF-8", []byte("Hello \xE9t\xE9"), ErrInvalidUTF8, []string{"byte offset 6", "line 1", "0xE9"}},
		{"Latin-1 fixture", readFixture("latin1.txt"), ErrInvalidUTF8, []string{"byte offset 3", "Latin-1"}},
		{"invalid UTF-8 on line 2", []byte("ok\nab\xFF"), ErrInvalidUTF8, []string{"byte offset 5", "line 2"}},
		{"truncated rune at end", []byte("abc\xE2\x80"), ErrInvalidUTF8, []string{"byte offset 3"}},
		{"NUL byte", []byte("abc\x00def ghi jkl"), ErrBinary, []string{"NUL byte at byte offset 3"}},
		{"binary zeros both sides", []byte{0x7F, 'E', 'L', 'F', 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0}, ErrBinary, nil},
		{"control characters", []byte("a\x01\x02\x03b\x04\x05\x06c\x07\x08"), ErrBinary, []string{"control characters"}},
		{"C1 control characters", []byte(strings.Repeat("\u0085\u0090x", 20)), ErrBinary, nil},
		{"UTF-16LE with BOM", utf16Bytes(text, false, true), ErrUTF16, []string{"little-endian", "convert to UTF-8"}},
		{"UTF-16BE with BOM", utf16Bytes(text, true, true), ErrUTF16, []string{"big-endian"}},
		{"UTF-16LE without BOM", utf16Bytes(text, false, false), ErrUTF16, []string{"UTF-16LE without a byte-order mark"}},
		{"UTF-16BE without BOM", utf16Bytes(text, true, false), ErrUTF16, []string{"UTF-16BE without a byte-order mark"}},
		{"UTF-16LE Cyrillic without BOM", utf16Bytes("Министр заявил, что переговоры возобновятся.\n", false, false),
			ErrUTF16, []string{"UTF-16LE"}},
		{"short input with NUL is binary", []byte("abc\x00d"), ErrBinary, []string{"byte offset 3"}},
		{"UTF-16LE fixture", readFixture("utf16le_bom.txt"), ErrUTF16, nil},
		{"UTF-16BE fixture", readFixture("utf16be_nobom.txt"), ErrUTF16, []string{"UTF-16BE"}},
		{"UTF-32LE with BOM", []byte{0xFF, 0xFE, 0, 0, 'a', 0, 0, 0}, ErrUTF32, nil},
		{"bad published date", []byte("title: X\npublished: next Tuesday\n\nBody."), ErrHeader,
			[]string{"line 2", `"next Tuesday"`}},
		{"impossible published date", []byte("published: 31 February 2025\n\nBody."), ErrHeader,
			[]string{"line 1", "day 31 out of range"}},
		{"unknown zone", []byte("published: 2025-08-18 07:41 XYZ\n\nBody."), ErrHeader,
			[]string{`unknown time zone "XYZ"`}},
		{"conflicting titles", []byte("title: A\nauthor: X\ntitle: B\n\nBody."), ErrHeader,
			[]string{"line 3", "first on line 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("art", "dir/art.txt", tt.in)
			if err == nil {
				t.Fatalf("Parse accepted it: body %q", d.Body())
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("error %q is not %q", err, tt.want)
			}
			var ie *InputError
			if !errors.As(err, &ie) || ie.Path != "dir/art.txt" {
				t.Errorf("error %#v is not an *InputError for dir/art.txt", err)
			}
			if !strings.HasPrefix(err.Error(), "dir/art.txt: ") {
				t.Errorf("error %q does not start with the path", err)
			}
			for _, m := range tt.msg {
				if !strings.Contains(err.Error(), m) {
					t.Errorf("error %q does not say %q", err, m)
				}
			}
		})
	}
}

// A stray control character in real text must not get an article refused.
func TestParseAcceptsFewControls(t *testing.T) {
	in := "The minister\x1b said talks would resume.\fNext page.\vTabbed\tline.\r\n"
	d, err := Parse("", "a.txt", []byte(in))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if d.Name != "a" {
		t.Errorf("Name = %q, want it from the path", d.Name)
	}
}

func TestInputErrorNamesStdin(t *testing.T) {
	_, err := Parse("stdin", "-", nil)
	if err == nil || err.Error() != "stdin: empty input" {
		t.Errorf("error = %v, want \"stdin: empty input\"", err)
	}
}

func TestDocName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"-", "stdin"},
		{"", "stdin"},
		{"a/b/000_ede8.txt", "000_ede8"},
		{"story.TXT", "story"},
		{"story.text", "story"},
		{"page.html", "page"},
		{"page.htm", "page"},
		{"notes.md", "notes.md"},
		{"archive.tar.txt", "archive.tar"},
		{".txt", ".txt"},
		{"https://example.com/news/story.html", "story"},
		{"dir/", "dir"},
	}
	for _, tt := range tests {
		if got := DocName(tt.in); got != tt.want {
			t.Errorf("DocName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	seed, err := os.ReadFile("testdata/seed_000.txt")
	if err != nil {
		b.Fatal(err)
	}
	raw := bytes.Repeat(seed, 400) // about 1 MiB
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := Parse("bench", "bench.txt", raw); err != nil {
			b.Fatal(err)
		}
	}
}
