package dedup

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestStatementKeyBounded: a key is at most MaxKeyLen bytes (PostgreSQL indexes it), long quotes that fold
// alike still share a key and long quotes that differ do not.
func TestStatementKeyBounded(t *testing.T) {
	long := strings.Repeat("we will not give up ", 1000)
	a := StatementKey("putin", "“"+long+"”")
	b := StatementKey("putin", `"`+strings.ToUpper(long)+`"`)
	c := StatementKey("putin", long+"and more")
	d := StatementKey("putin", strings.Repeat("é", 2000))
	for _, k := range []string{a, c, d} {
		if len(k) > MaxKeyLen || !utf8.ValidString(k) {
			t.Errorf("key of %d bytes (valid UTF-8: %v)", len(k), utf8.ValidString(k))
		}
	}
	if a != b {
		t.Errorf("the same long quote has two keys:\n%s\n%s", a, b)
	}
	if a == c {
		t.Errorf("two long quotes share a key: %s", a)
	}
	if short := StatementKey("putin", "We won."); short != "putin\twe won" {
		t.Errorf("short key %q changed", short)
	}
}
