package web

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzTextFromHTML: a feed item's HTML (or any fragment) becomes Paragraphs text: valid UTF-8 when the input
// is, no markup, no blank or space-edged paragraphs; Paragraphs is idempotent on it. NameFromURL and
// LooksLikeHTML take any string without panicking, and a name is only [a-z0-9._-].
func FuzzTextFromHTML(f *testing.F) {
	f.Add("<p>“We won,” he said.</p><p>Second <b>para</b>graph</p>")
	f.Add("<div><p>a<br>b</div><ul><li>x<li>y</ul><script>var s = '<p>';</script>")
	f.Add("<table><tr><td>cell</td></tr></table>&amp;&lt;&#x1F600;&#0;")
	f.Add("text only\n\n  spaced   out  \n")
	f.Add("<p>" + strings.Repeat("<b>", 600) + "deep")
	f.Add("\xff<p>\x00</p>")
	f.Fuzz(func(t *testing.T, s string) {
		out := TextFromHTML(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("TextFromHTML(%q) = %q: invalid UTF-8", s, out)
		}
		if out != "" {
			for _, p := range strings.Split(out, "\n\n") {
				if strings.TrimSpace(p) != p || p == "" || strings.Contains(p, "\n") {
					t.Fatalf("TextFromHTML(%q) has paragraph %q", s, p)
				}
			}
			if again := Paragraphs(out); again != out {
				t.Fatalf("Paragraphs is not idempotent: %q then %q", out, again)
			}
		}
		LooksLikeHTML([]byte(s))
		for _, c := range NameFromURL(s) {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
				t.Fatalf("NameFromURL(%q) = %q", s, NameFromURL(s))
			}
		}
	})
}
