package web

import (
	"os"
	"testing"
	"time"
)

func FuzzZZSlow(f *testing.F) {
	addSeeds(f, "testdata/*.html")
	f.Fuzz(func(t *testing.T, b []byte) {
		done := make(chan struct{})
		go func() {
			select {
			case <-done:
			case <-time.After(3 * time.Second):
				os.WriteFile("/tmp/bi/slow_html_input", b, 0o644)
				panic("slow input written")
			}
		}()
		ParseHTML("fuzz", "https://example.com/a", b, fetchedAt)
		ParseLiveBlogHTML("fuzz", "https://example.com/live", b, fetchedAt)
		close(done)
	})
}
