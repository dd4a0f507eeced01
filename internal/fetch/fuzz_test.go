package fetch

import (
	"testing"
	"unicode/utf8"
)

// FuzzToUTF8: whatever the body and whatever charset the Content-Type names, a page body comes back as valid
// UTF-8 (or unchanged when the header names UTF-8 or no charset), or an error; never a panic. The media type
// is read from any header value.
func FuzzToUTF8(f *testing.F) {
	f.Add([]byte("caf\xe9"), "text/html; charset=iso-8859-1")
	f.Add([]byte("\xff\xfeh\x00i\x00"), "text/html; charset=utf-16")
	f.Add([]byte("\x93quoted\x94"), "text/plain;charset=windows-1252")
	f.Add([]byte("\x82\xa0"), `text/html; charset="shift_jis"`)
	f.Add([]byte("plain"), "text/html; charset=")
	f.Add([]byte("\xc3"), "text/html; charset=utf-8")
	f.Add([]byte("x"), "text/html; charset=nonsense; charset=koi8-r")
	f.Add([]byte("x"), ";;;=\x00")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		mt := mediaType(contentType)
		_ = isPageType(mt) || isFeedType(mt)
		out, err := toUTF8(body, contentType)
		if err != nil {
			return
		}
		if !utf8.Valid(out) && string(out) != string(body) {
			t.Fatalf("toUTF8(%q, %q) = %q: neither valid UTF-8 nor the body unchanged", body, contentType, out)
		}
	})
}
