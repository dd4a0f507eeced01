package ingest

import (
	"errors"
	"strings"
	"testing"
)

// TestLongFirstLine: the live-blog header parser does not read a long first line as a date (it used to
// tokenize all of it: a 50 MB line cost a gigabyte), and a long header value is clipped in error messages.
func TestLongFirstLine(t *testing.T) {
	for _, tc := range []struct{ name, raw string }{
		{"one long line", strings.Repeat("The talks went on. ", 1<<16)},
		{"long line then body", strings.Repeat("word ", 1<<16) + "\nThe minister said the talks would resume."},
		{"share then long line", "Share\n" + strings.Repeat("18 August 2025 ", 1<<12) + "\nBody."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse("long", "long.txt", []byte(tc.raw))
			if err != nil {
				t.Fatal(err)
			}
			if !d.Published.IsZero() || d.BodyStart != 0 {
				t.Errorf("a long first line was read as a date: published %v, body at %d", d.Published, d.BodyStart)
			}
		})
	}
	if _, err := parseDateTime(strings.Repeat("2025-08-18 ", 100)); !errors.Is(err, errNotDate) {
		t.Errorf("parseDateTime of 1,100 bytes: %v, want errNotDate", err)
	}
	_, err := Parse("h", "h.txt", []byte("published: "+strings.Repeat("soon ", 1<<14)+"\n\nBody."))
	if err == nil {
		t.Fatal("a published value that is no date was accepted")
	}
	if len(err.Error()) > 300 || !strings.Contains(err.Error(), "…") {
		t.Errorf("the error quotes the whole value: %d bytes: %.200s", len(err.Error()), err)
	}
}
