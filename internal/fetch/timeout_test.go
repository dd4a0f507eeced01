package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestTimeoutSaysSo: a server that never finishes its answer (headers or body) is given up after
// Options.Timeout with a message that says so; a caller's cancellation is not called a timeout.
func TestTimeoutSaysSo(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/body" {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<p>never ends"))
			http.NewResponseController(w).Flush()
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	c := New(Options{AllowPrivate: true, Timeout: 300 * time.Millisecond})
	for _, path := range []string{"/headers", "/body"} {
		_, err := c.GetPage(context.Background(), srv.URL+path, Conditional{})
		if err == nil || !strings.Contains(err.Error(), "timed out after 300ms") || !strings.Contains(err.Error(), srv.URL+path) {
			t.Errorf("%s: %v, want a timeout naming the URL", path, err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	_, err := New(Options{AllowPrivate: true, Timeout: time.Minute}).GetPage(ctx, srv.URL+"/body", Conditional{})
	if !errors.Is(err, context.Canceled) || strings.Contains(err.Error(), "timed out") {
		t.Errorf("cancelled: %v", err)
	}
}
