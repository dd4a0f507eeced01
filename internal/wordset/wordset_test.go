package wordset

import (
	"encoding/binary"
	"strings"
	"testing"
)

func TestGate(t *testing.T) {
	g := NewGate(map[string]bool{"strike": true, "talks": true, "truce": false, "A": true})
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"strike", true},
		{"talks", true},
		{"truce", false},   // a key whose value is false
		{"trade", false},   // length and first byte of a key, but no key
		{"strikes", false}, // first byte of a key, no key that long
		{"walkout", false}, // neither
		{"A", true},
		{"a", false},
		{"", false},
	} {
		if got := Has(g, c.w); got != c.want {
			t.Errorf("Has(%q) = %v, want %v", c.w, got, c.want)
		}
	}
	lemmas := NewGate(map[string]string{"call": "off", "push": "ahead", "": "none"})
	for _, c := range [][2]string{{"call", "off"}, {"push", "ahead"}, {"pull", ""}, {"council", ""}, {"", "none"}} {
		if got := lemmas.Get(c[0]); got != c[1] {
			t.Errorf("Get(%q) = %q, want %q", c[0], got, c[1])
		}
	}
	long := strings.Repeat("x", 70)
	tab := NewGate(map[string]int{long: 0, "port": 2})
	for _, c := range []struct {
		w      string
		v      int
		wantOK bool
	}{{long, 0, true}, {"port", 2, true}, {"pork", 0, false}, {long + "y", 0, false}} {
		if v, ok := tab.Lookup(c.w); v != c.v || ok != c.wantOK {
			t.Errorf("Lookup(%q) = %d, %v; want %d, %v", c.w, v, ok, c.v, c.wantOK)
		}
	}
}

// AppendLower appends what strings.ToLower gives, after what b holds, for names of every length around its
// eight-byte steps, upper-case letters at each place, and bytes past ASCII anywhere.
func TestAppendLower(t *testing.T) {
	names := []string{"", "A", "Oslo", "UNION", "Dockworkers", "Port Authority", "Mayor Reyes-Quispe",
		"ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{", "Café Workers", "ÉLODIE MARTIN", "Transit Board ÖV", "\u212Aelvin Ross",
		"Strike Committee Of The Northern Docks"}
	for _, n := range names {
		for _, prefix := range []string{"", "x", "talks:"} {
			want := prefix + strings.ToLower(n)
			if got := string(AppendLower([]byte(prefix), n)); got != want {
				t.Errorf("AppendLower(%q, %q) = %q, want %q", prefix, n, got, want)
			}
		}
	}
}

func TestUpperASCII(t *testing.T) {
	for c := range 0x80 {
		x := uint64(c) << 16
		got := UpperASCII(x) == 0x80<<16
		if want := c >= 'A' && c <= 'Z'; got != want {
			t.Errorf("UpperASCII(%q) = %v, want %v", rune(c), got, want)
		}
	}
}

func TestLoad8(t *testing.T) {
	for _, s := range []string{"abcdefgh", "Port Authority", "\x00\xff\x80\x7fABCD"} {
		if got, want := Load8(s), binary.LittleEndian.Uint64([]byte(s[:8])); got != want {
			t.Errorf("Load8(%q) = %#x, want %#x", s, got, want)
		}
	}
}
