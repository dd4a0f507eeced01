package dedup

import (
	"strings"
	"testing"
)

func TestStatementKey(t *testing.T) {
	base := StatementKey("marta-kessler", "We are not going back until they do.")
	tests := []struct {
		name             string
		speaker, content string
		same             bool
	}{
		{"identical", "marta-kessler", "We are not going back until they do.", true},
		{"curly quotes around", "marta-kessler", "“We are not going back until they do.”", true},
		{"straight quotes and comma", "marta-kessler", `"We are not going back until they do,"`, true},
		{"guillemets", "marta-kessler", "« We are not going back until they do »", true},
		{"case and whitespace", "Marta-Kessler ", "we are  not going\nback until THEY do", true},
		{"trailing ellipsis", "marta-kessler", "We are not going back until they do…", true},
		{"leading ellipsis", "marta-kessler", "... we are not going back until they do", true},
		{"fullwidth letters", "marta-kessler", "Ｗe are not going back until they do", true},
		{"different speaker", "daniel-orrin", "We are not going back until they do.", false},
		{"different words", "marta-kessler", "We are going back until they do.", false},
		{"empty speaker differs from known speaker", "", "We are not going back until they do.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := StatementKey(tt.speaker, tt.content)
			if (got == base) != tt.same {
				t.Errorf("StatementKey(%q, %q) = %q; equal to %q is %v, want %v", tt.speaker, tt.content, got, base, got == base, tt.same)
			}
		})
	}
}

func TestStatementKeyFolding(t *testing.T) {
	tests := []struct {
		speaker, content, want string
	}{
		{"Olivia Banks", "“This contract shows what happens,” ", "olivia banks\tthis contract shows what happens"},
		{"x", "The ‘final’ offer — it is \"final\"!", "x\tthe 'final' offer - it is 'final"},
		{"x", "Don’t sign it", "x\tdon't sign it"},
		{"x", "It rose 9% (in 2024)", "x\tit rose 9% (in 2024)"},
		{"a\tb", "c\td", "a b\tc d"},
		{"", "", "\t"},
		{"x", "bad \xff byte.", "x\tbad \ufffd byte"},
	}
	for _, tt := range tests {
		got := StatementKey(tt.speaker, tt.content)
		if got != tt.want {
			t.Errorf("StatementKey(%q, %q) = %q, want %q", tt.speaker, tt.content, got, tt.want)
		}
		if strings.Count(got, "\t") != 1 {
			t.Errorf("StatementKey(%q, %q) = %q has %d tabs, want exactly 1", tt.speaker, tt.content, got, strings.Count(got, "\t"))
		}
	}
}
