package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"time"
)

// ContentSecurityPolicy allows the pages' own stylesheet, script and event stream, and nothing inline:
// article text is always escaped, and this keeps a mistake from becoming script execution.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// Secure adds security headers to every response of h. When hosts is not empty, requests whose Host is
// not one of them are refused (403): a server on loopback then cannot be read by a web page through DNS
// rebinding, which would give a hostile site a name resolving to 127.0.0.1.
func Secure(h http.Handler, hosts []string) http.Handler {
	allowed := map[string]bool{}
	for _, host := range hosts {
		allowed[strings.ToLower(host)] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", ContentSecurityPolicy)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		hd.Set("Cross-Origin-Resource-Policy", "same-origin")
		hd.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		if len(allowed) > 0 && !allowed[hostOnly(r.Host)] {
			writeJSON(w, http.StatusForbidden, errorBody{Error: fmt.Sprintf("host %q is not served here", r.Host), Status: http.StatusForbidden})
			return
		}
		h.ServeHTTP(w, r)
	})
}

// hostOnly strips the port from a Host header value and lower-cases it.
func hostOnly(hostport string) string {
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		hostport = h
	}
	return strings.ToLower(strings.Trim(hostport, "[]"))
}

// LoopbackHosts are the Host names a loopback server answers to.
func LoopbackHosts(addr string) []string {
	hosts := []string{"localhost", "127.0.0.1", "::1"}
	if h, _, err := net.SplitHostPort(addr); err == nil && h != "" {
		hosts = append(hosts, strings.ToLower(h))
	}
	return hosts
}

// IsLoopback reports whether addr (host:port) only listens on the loopback interface.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.IsLoopback()
}

// CheckAddr refuses to serve a non-loopback address without a token: reads are open to anyone who can
// connect, and writes need a token to mean anything.
func CheckAddr(addr, token string) error {
	if _, _, err := net.SplitHostPort(addr); err != nil {
		return fmt.Errorf("address %q: want host:port such as 127.0.0.1:8080: %w", addr, err)
	}
	if !IsLoopback(addr) && token == "" {
		return fmt.Errorf("address %q is not loopback: set PARLEY_TOKEN to serve it (or use 127.0.0.1)", addr)
	}
	return nil
}

// ServerOptions are the HTTP server's limits; zero fields take the defaults below.
type ServerOptions struct {
	ReadHeaderTimeout time.Duration // default 10s
	ReadTimeout       time.Duration // whole request, body included; default 60s
	WriteTimeout      time.Duration // default 90s, long enough to fetch and analyse a page; event streams lift it
	IdleTimeout       time.Duration // default 2m
	ShutdownTimeout   time.Duration // how long in-flight requests get to finish; default 10s
	MaxHeaderBytes    int           // default 64 KiB
	// OnShutdown runs when shutdown begins; Broker.Close goes here so that event streams end.
	OnShutdown func()
	Logger     *slog.Logger
}

// Serve answers requests on ln with h until ctx ends, then shuts down gracefully: it stops accepting,
// lets in-flight requests finish for up to ShutdownTimeout and closes what is left.
func Serve(ctx context.Context, ln net.Listener, h http.Handler, opt ServerOptions) error {
	d := func(v, def time.Duration) time.Duration {
		if v == 0 {
			return def
		}
		return v
	}
	log := opt.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: d(opt.ReadHeaderTimeout, 10*time.Second),
		ReadTimeout:       d(opt.ReadTimeout, time.Minute),
		WriteTimeout:      d(opt.WriteTimeout, 90*time.Second),
		IdleTimeout:       d(opt.IdleTimeout, 2*time.Minute),
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	if opt.MaxHeaderBytes > 0 {
		srv.MaxHeaderBytes = opt.MaxHeaderBytes
	}
	if opt.OnShutdown != nil {
		srv.RegisterOnShutdown(opt.OnShutdown)
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), d(opt.ShutdownTimeout, 10*time.Second))
	defer cancel()
	err := srv.Shutdown(sctx)
	if errors.Is(err, context.DeadlineExceeded) {
		err = srv.Close()
	}
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && serr != nil {
		err = errors.Join(err, serr)
	}
	if err != nil {
		return fmt.Errorf("shut down server on %s: %w", ln.Addr(), err)
	}
	return nil
}
