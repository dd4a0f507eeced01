package web

import (
	"errors"
	"strings"
	"testing"
)

// TestNULNearTopIsNamed: a page that starts like HTML but holds a NUL byte near its top is refused as not
// HTML, and the message says where the NUL is; one further down is dropped by the HTML parser.
func TestNULNearTopIsNamed(t *testing.T) {
	page := "<!DOCTYPE html><html><head><title>T</title></head><body><article><p>The minister said the talks would resume on Monday, officials said.</p>"
	_, err := ParseHTML("nul", "", []byte(page[:20]+"\x00"+page[20:]+"</article></body></html>"), fetchedAt)
	if !errors.Is(err, ErrNotHTML) || !strings.Contains(err.Error(), "NUL byte at byte offset 20") {
		t.Errorf("NUL at 20: %v", err)
	}
	d, err := ParseHTML("nul", "", []byte(page+"<!--"+strings.Repeat("x", 3000)+"--><p>More \x00 text from the talks, a spokesman said.</p></article></body></html>"), fetchedAt)
	if err != nil {
		t.Fatalf("NUL far down: %v", err)
	}
	if strings.Contains(d.Raw, "\x00") {
		t.Errorf("a NUL byte is in the text: %q", d.Raw)
	}
}
