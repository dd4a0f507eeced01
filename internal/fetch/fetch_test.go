package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
)

func TestBlockedReason(t *testing.T) {
	tests := []struct {
		addr    string
		blocked bool
	}{
		{"127.0.0.1", true},
		{"127.8.9.10", true},
		{"10.1.2.3", true},
		{"172.16.0.1", true},
		{"172.31.255.255", true},
		{"192.168.1.1", true},
		{"169.254.169.254", true},
		{"0.0.0.0", true},
		{"0.1.2.3", true},
		{"100.64.0.1", true},
		{"100.127.255.254", true},
		{"224.0.0.1", true},
		{"239.255.255.250", true},
		{"255.255.255.255", true},
		{"::", true},
		{"::1", true},
		{"fc00::1", true},
		{"fd12:3456::1", true},
		{"fe80::1", true},
		{"fe80::1%eth0", true},
		{"ff02::1", true},
		{"::ffff:127.0.0.1", true},
		{"::ffff:10.0.0.1", true},
		{"::ffff:169.254.1.1", true},
		{"::127.0.0.1", true},
		{"64:ff9b::7f00:1", true},
		{"93.184.216.34", false},
		{"8.8.8.8", false},
		{"100.128.0.1", false},
		{"172.32.0.1", false},
		{"::ffff:8.8.8.8", false},
		{"2606:4700:4700::1111", false},
		{"64:ff9b::808:808", false},
	}
	for _, tt := range tests {
		got := blockedReason(netip.MustParseAddr(tt.addr))
		if (got != "") != tt.blocked {
			t.Errorf("blockedReason(%s) = %q, want blocked=%v", tt.addr, got, tt.blocked)
		}
	}
}

// noDial fails the test if the client ever tries to open a connection: refused addresses must never be
// contacted, not even by accident.
func noDial(t *testing.T) func(context.Context, string, string) (net.Conn, error) {
	return func(_ context.Context, _, addr string) (net.Conn, error) {
		t.Errorf("client dialled %s", addr)
		return nil, errors.New("test dialer refuses everything")
	}
}

// hosts is a fake resolver.
func hosts(m map[string][]string) func(context.Context, string) ([]netip.Addr, error) {
	return func(_ context.Context, host string) ([]netip.Addr, error) {
		ss, ok := m[host]
		if !ok {
			return nil, fmt.Errorf("no such host %s", host)
		}
		var out []netip.Addr
		for _, s := range ss {
			out = append(out, netip.MustParseAddr(s))
		}
		return out, nil
	}
}

func TestRefusesNonPublicAddresses(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<p>secret</p>")
	}))
	defer srv.Close()
	port := srv.Listener.Addr().(*net.TCPAddr).Port

	c := New(Options{
		Resolver: hosts(map[string][]string{
			"evil.test":    {"127.0.0.1"},
			"rebind.test":  {"93.184.216.34", "127.0.0.1"},
			"intra.test":   {"10.0.0.7"},
			"mapped.test":  {"::ffff:192.168.0.1"},
			"cgnat.test":   {"100.64.3.4"},
			"meta.test":    {"169.254.169.254"},
			"v6local.test": {"fd00::1"},
		}),
		dial: noDial(t),
	})
	urls := []string{
		srv.URL,
		"http://10.0.0.1/",
		"http://169.254.169.254/latest/meta-data/",
		fmt.Sprintf("http://[::1]:%d/", port),
		fmt.Sprintf("http://[::ffff:127.0.0.1]:%d/", port),
		"http://0.0.0.0/",
		"http://[fe80::1]/",
		fmt.Sprintf("http://evil.test:%d/", port),
		"http://rebind.test/",
		"http://intra.test/",
		"https://mapped.test/",
		"http://cgnat.test/",
		"http://meta.test/",
		"http://v6local.test/",
	}
	for _, u := range urls {
		_, err := c.Get(context.Background(), u, Conditional{})
		if !errors.Is(err, ErrBlockedAddress) {
			t.Errorf("Get(%s) error = %v, want ErrBlockedAddress", u, err)
			continue
		}
		if !strings.Contains(err.Error(), u) {
			t.Errorf("Get(%s) error %q does not name the URL", u, err)
		}
	}
}

func TestControlRefusesLoopback(t *testing.T) {
	c := New(Options{})
	if err := c.control("tcp", "127.0.0.1:80", nil); !errors.Is(err, ErrBlockedAddress) {
		t.Errorf("control(127.0.0.1) = %v, want ErrBlockedAddress", err)
	}
	if err := c.control("tcp", "[::ffff:10.0.0.1]:443", nil); !errors.Is(err, ErrBlockedAddress) {
		t.Errorf("control(::ffff:10.0.0.1) = %v, want ErrBlockedAddress", err)
	}
	if err := c.control("tcp", "93.184.216.34:443", nil); err != nil {
		t.Errorf("control(public) = %v, want nil", err)
	}
	if err := New(Options{AllowPrivate: true}).control("tcp", "127.0.0.1:80", nil); err != nil {
		t.Errorf("control with AllowPrivate = %v, want nil", err)
	}
}

// publicVia returns a raw dialer that sends connections for the fake public address 203.0.113.10 to srv and
// fails the test for anything else.
func publicVia(t *testing.T, srv *httptest.Server) func(context.Context, string, string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		host, _, _ := net.SplitHostPort(addr)
		if host != "203.0.113.10" {
			t.Errorf("client dialled %s", addr)
			return nil, errors.New("unexpected dial")
		}
		var d net.Dialer
		return d.DialContext(ctx, network, srv.Listener.Addr().String())
	}
}

func TestRedirectToPrivateRefused(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<p>public page</p>")
		case "/to-intra":
			http.Redirect(w, r, "http://intra.test/admin", http.StatusFound)
		case "/to-loopback":
			http.Redirect(w, r, "http://127.0.0.1:9/", http.StatusFound)
		case "/to-ftp":
			http.Redirect(w, r, "ftp://public.test/file", http.StatusFound)
		}
	}))
	defer srv.Close()
	c := New(Options{
		Resolver: hosts(map[string][]string{"public.test": {"203.0.113.10"}, "intra.test": {"10.0.0.7"}}),
		dial:     publicVia(t, srv),
	})
	ctx := context.Background()
	resp, err := c.GetPage(ctx, "http://public.test/ok", Conditional{})
	if err != nil {
		t.Fatalf("public page: %v", err)
	}
	if string(resp.Body) != "<p>public page</p>" {
		t.Errorf("body = %q", resp.Body)
	}
	for _, path := range []string{"/to-intra", "/to-loopback"} {
		_, err := c.Get(ctx, "http://public.test"+path, Conditional{})
		if !errors.Is(err, ErrBlockedAddress) {
			t.Errorf("%s: error = %v, want ErrBlockedAddress", path, err)
		}
	}
	if _, err := c.Get(ctx, "http://public.test/to-ftp", Conditional{}); !errors.Is(err, ErrScheme) {
		t.Errorf("redirect to ftp: error = %v, want ErrScheme", err)
	}
}

func TestRefusesSchemes(t *testing.T) {
	c := New(Options{AllowPrivate: true, dial: noDial(t)})
	for _, u := range []string{"ftp://example.com/file.txt", "file:///etc/passwd", "gopher://example.com/", "javascript:alert(1)", "http:///nohost"} {
		_, err := c.Get(context.Background(), u, Conditional{})
		if err == nil {
			t.Errorf("Get(%s) succeeded", u)
			continue
		}
		if !strings.Contains(err.Error(), u) {
			t.Errorf("Get(%s) error %q does not name the URL", u, err)
		}
	}
	_, err := c.Get(context.Background(), "file:///etc/passwd", Conditional{})
	if !errors.Is(err, ErrScheme) {
		t.Errorf("file:// error = %v, want ErrScheme", err)
	}
}

func TestRedirects(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/a":
			http.Redirect(w, r, "/b", http.StatusFound)
		case "/b":
			http.Redirect(w, r, "/a", http.StatusMovedPermanently)
		case "/hop1":
			http.Redirect(w, r, "/hop2", http.StatusFound)
		case "/hop2":
			http.Redirect(w, r, "/final", http.StatusFound)
		case "/final":
			w.Header().Set("Content-Type", "text/plain")
			fmt.Fprint(w, "arrived")
		}
	}))
	defer srv.Close()
	ctx := context.Background()

	c := New(Options{AllowPrivate: true})
	_, err := c.Get(ctx, srv.URL+"/a", Conditional{})
	if !errors.Is(err, ErrTooManyRedirects) {
		t.Fatalf("loop: error = %v, want ErrTooManyRedirects", err)
	}
	if !strings.Contains(err.Error(), srv.URL+"/a") {
		t.Errorf("loop error %q does not name the URL", err)
	}

	resp, err := c.Get(ctx, srv.URL+"/hop1", Conditional{})
	if err != nil {
		t.Fatalf("two hops: %v", err)
	}
	if resp.FinalURL != srv.URL+"/final" || string(resp.Body) != "arrived" {
		t.Errorf("two hops: FinalURL %q body %q", resp.FinalURL, resp.Body)
	}

	one := New(Options{AllowPrivate: true, MaxRedirects: 1})
	if _, err := one.Get(ctx, srv.URL+"/hop1", Conditional{}); !errors.Is(err, ErrTooManyRedirects) {
		t.Errorf("MaxRedirects=1 over two hops: error = %v", err)
	}
	none := New(Options{AllowPrivate: true, MaxRedirects: -1})
	if _, err := none.Get(ctx, srv.URL+"/hop2", Conditional{}); !errors.Is(err, ErrTooManyRedirects) {
		t.Errorf("MaxRedirects=-1: error = %v", err)
	}
}

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestBodyLimits(t *testing.T) {
	const limit = 64 << 10
	small := []byte("<html><body><p>" + strings.Repeat("word ", 100) + "</p></body></html>")
	bomb := gzipped(t, bytes.Repeat([]byte{' '}, 16<<20))
	if len(bomb) > limit {
		t.Fatalf("test setup: compressed bomb is %d bytes, should be under the limit", len(bomb))
	}
	smallGz := gzipped(t, small)

	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		switch r.URL.Path {
		case "/chunked":
			// No Content-Length: the limit must trip while reading.
			for range 8 {
				w.Write(bytes.Repeat([]byte("x"), limit/4))
				w.(http.Flusher).Flush()
			}
		case "/declared":
			w.Header().Set("Content-Length", fmt.Sprint(2*limit))
			w.Write(bytes.Repeat([]byte("x"), 2*limit))
		case "/bomb":
			if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
				t.Errorf("client did not offer gzip")
			}
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb)
		case "/small.gz":
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(smallGz)
		}
	}))
	defer srv.Close()
	c := New(Options{AllowPrivate: true, MaxBytes: limit})
	ctx := context.Background()
	for _, path := range []string{"/chunked", "/declared", "/bomb"} {
		u := srv.URL + path
		_, err := c.GetPage(ctx, u, Conditional{})
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: error = %v, want ErrTooLarge", path, err)
			continue
		}
		t.Logf("%s: %v", path, err)
		if msg := err.Error(); !strings.Contains(msg, u) || !strings.Contains(msg, fmt.Sprint(limit)) {
			t.Errorf("%s: error %q should name the URL and the limit", path, msg)
		}
	}
	resp, err := c.GetPage(ctx, srv.URL+"/small.gz", Conditional{})
	if err != nil {
		t.Fatalf("small gzip body: %v", err)
	}
	if !bytes.Equal(resp.Body, small) {
		t.Errorf("small gzip body not inflated: got %d bytes", len(resp.Body))
	}
}

func TestContentTypes(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/png":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte("\x89PNG\r\n\x1a\n"))
		case "/html":
			w.Header().Set("Content-Type", "text/html; charset=UTF-8")
			fmt.Fprint(w, "<!doctype html><p>hi</p>")
		case "/rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`)
		case "/untyped-html":
			w.Header()["Content-Type"] = nil
			fmt.Fprint(w, "<!DOCTYPE html><html><body><p>hi</p></body></html>")
		case "/untyped-binary":
			w.Header()["Content-Type"] = nil
			w.Write([]byte{0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff, 0, 1, 2, 3})
		case "/latin1":
			w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
			w.Write([]byte("<p>caf\xe9 cr\xe8me</p>"))
		}
	}))
	defer srv.Close()
	c := New(Options{AllowPrivate: true})
	ctx := context.Background()
	tests := []struct {
		name    string
		get     func(context.Context, string, Conditional) (*Response, error)
		path    string
		wantErr bool
	}{
		{"page rejects png", c.GetPage, "/png", true},
		{"feed rejects html", c.GetFeed, "/html", true},
		{"page accepts html", c.GetPage, "/html", false},
		{"feed accepts rss", c.GetFeed, "/rss", false},
		{"page rejects rss", c.GetPage, "/rss", true},
		{"page sniffs untyped html", c.GetPage, "/untyped-html", false},
		{"page rejects untyped binary", c.GetPage, "/untyped-binary", true},
		{"get takes anything", c.Get, "/png", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := srv.URL + tt.path
			_, err := tt.get(ctx, u, Conditional{})
			if tt.wantErr {
				if !errors.Is(err, ErrContentType) {
					t.Fatalf("error = %v, want ErrContentType", err)
				}
				if !strings.Contains(err.Error(), u) {
					t.Errorf("error %q does not name the URL", err)
				}
			} else if err != nil {
				t.Fatalf("unexpected error %v", err)
			}
		})
	}
	resp, err := c.GetPage(ctx, srv.URL+"/latin1", Conditional{})
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != "<p>café crème</p>" {
		t.Errorf("latin1 page decoded to %q", resp.Body)
	}
}

func TestConditionalGet(t *testing.T) {
	const etag = `"v7"`
	const lastMod = "Mon, 18 Aug 2025 07:41:00 GMT"
	var gotUA string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.Header.Get("User-Agent")
		switch r.URL.Path {
		case "/etag":
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
		case "/lastmod":
			if r.Header.Get("If-Modified-Since") == lastMod {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Last-Modified", lastMod)
		case "/gone":
			w.WriteHeader(http.StatusGone)
			return
		}
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprint(w, `<feed xmlns="http://www.w3.org/2005/Atom"></feed>`)
	}))
	defer srv.Close()
	c := New(Options{AllowPrivate: true})
	ctx := context.Background()

	first, err := c.GetFeed(ctx, srv.URL+"/etag", Conditional{})
	if err != nil {
		t.Fatal(err)
	}
	if first.NotModified || first.Status != 200 || first.ETag != etag || len(first.Body) == 0 {
		t.Fatalf("first fetch: %+v", first)
	}
	if gotUA != DefaultUserAgent {
		t.Errorf("User-Agent = %q", gotUA)
	}
	second, err := c.GetFeed(ctx, srv.URL+"/etag", Conditional{ETag: first.ETag})
	if err != nil {
		t.Fatal(err)
	}
	if !second.NotModified || second.Status != 304 || second.Body != nil || second.ETag != etag {
		t.Errorf("conditional fetch: %+v", second)
	}

	first, err = c.GetFeed(ctx, srv.URL+"/lastmod", Conditional{})
	if err != nil {
		t.Fatal(err)
	}
	second, err = c.GetFeed(ctx, srv.URL+"/lastmod", Conditional{LastModified: first.LastModified})
	if err != nil {
		t.Fatal(err)
	}
	if first.NotModified || !second.NotModified || second.LastModified != lastMod {
		t.Errorf("Last-Modified round trip: first %+v second %+v", first, second)
	}

	_, err = c.GetFeed(ctx, srv.URL+"/gone", Conditional{})
	var se *StatusError
	if !errors.As(err, &se) || se.Status != http.StatusGone || se.Temporary() {
		t.Fatalf("410: error = %v", err)
	}
	if !strings.Contains(err.Error(), srv.URL+"/gone") {
		t.Errorf("status error %q does not name the URL", err)
	}
}

func TestHostResolvingToLoopbackAllowedWhenPrivateAllowed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, r.Host)
	}))
	defer srv.Close()
	port := srv.Listener.Addr().(*net.TCPAddr).Port
	c := New(Options{AllowPrivate: true, Resolver: hosts(map[string][]string{"news.test": {"127.0.0.1"}})})
	u := fmt.Sprintf("http://news.test:%d/story", port)
	resp, err := c.GetPage(context.Background(), u, Conditional{})
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("news.test:%d", port); string(resp.Body) != want {
		t.Errorf("Host seen by server = %q, want %q", resp.Body, want)
	}
	if _, err := c.Get(context.Background(), "http://unknown.test/", Conditional{}); err == nil ||
		!strings.Contains(err.Error(), "unknown.test") {
		t.Errorf("unresolvable host: error = %v", err)
	}
}
