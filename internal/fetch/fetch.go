// Package fetch owns Parley's outbound HTTP: a client that only reaches public http(s) addresses (checked at
// dial time, so DNS rebinding cannot slip past), bounds response size after decompression, follows a bounded
// number of redirects, supports conditional GET and checks content types per call.
package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// Defaults used when the matching Options field is zero.
const (
	DefaultUserAgent    = "Parley/0.1 (+https://github.com/parley-ledger/parley; news attribution research)"
	DefaultTimeout      = 20 * time.Second
	DefaultMaxBytes     = 10 << 20
	DefaultMaxRedirects = 5
)

// Errors wrapped by Client methods; test with errors.Is.
var (
	ErrScheme            = errors.New("only http and https URLs can be fetched")
	ErrTooLarge          = errors.New("response body too large")
	ErrTooManyRedirects  = errors.New("too many redirects")
	ErrContentType       = errors.New("unexpected content type")
	ErrUnexpectedStatus  = errors.New("unexpected HTTP status")
	errResolvedNoAddress = errors.New("no addresses")
)

// Options configures a Client. Zero values take the defaults above.
type Options struct {
	UserAgent string
	// Timeout bounds a whole request, body included.
	Timeout time.Duration
	// MaxBytes bounds the (decompressed) body.
	MaxBytes int64
	// MaxRedirects bounds redirects followed per request; negative means none.
	MaxRedirects int
	// AllowPrivate lifts the public-address check (tests on loopback, intranet deployments).
	AllowPrivate bool
	// Resolver replaces DNS lookups; nil uses net.DefaultResolver. Every returned address is checked.
	Resolver func(ctx context.Context, host string) ([]netip.Addr, error)

	// dial replaces the raw TCP dial in tests so that a refused address can never be contacted.
	dial func(ctx context.Context, network, addr string) (net.Conn, error)
}

// Client fetches public web resources. It is safe for concurrent use.
type Client struct {
	opt  Options
	http *http.Client
}

// Conditional carries validators from an earlier response for a conditional GET.
type Conditional struct {
	ETag         string
	LastModified string
}

// Response is a successful fetch. When NotModified is true Body is nil.
type Response struct {
	Body         []byte
	ContentType  string
	ETag         string
	LastModified string
	FinalURL     string
	NotModified  bool
	Status       int
}

// StatusError is a response whose status is neither 2xx nor 304.
type StatusError struct {
	URL    string
	Status int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("%s: HTTP %d %s", e.URL, e.Status, http.StatusText(e.Status))
}

func (e *StatusError) Unwrap() error { return ErrUnexpectedStatus }

// Temporary reports whether retrying later may succeed (5xx, 408, 429).
func (e *StatusError) Temporary() bool {
	return e.Status >= 500 || e.Status == http.StatusTooManyRequests || e.Status == http.StatusRequestTimeout
}

// New returns a Client with opt's zero fields set to the defaults.
func New(opt Options) *Client {
	if opt.UserAgent == "" {
		opt.UserAgent = DefaultUserAgent
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.MaxRedirects == 0 {
		opt.MaxRedirects = DefaultMaxRedirects
	} else if opt.MaxRedirects < 0 {
		opt.MaxRedirects = 0
	}
	c := &Client{opt: opt}
	if c.opt.dial == nil {
		d := &net.Dialer{Timeout: opt.Timeout, KeepAlive: 30 * time.Second, Control: c.control}
		c.opt.dial = d.DialContext
	}
	tr := &http.Transport{
		// No proxy: a proxy would be dialled instead of the target and defeat the address check.
		Proxy:                  nil,
		DialContext:            c.dialContext,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           32,
		IdleConnTimeout:        90 * time.Second,
		TLSHandshakeTimeout:    10 * time.Second,
		ResponseHeaderTimeout:  opt.Timeout,
		ExpectContinueTimeout:  time.Second,
		MaxResponseHeaderBytes: 1 << 20,
	}
	c.http = &http.Client{
		Transport: tr,
		Timeout:   opt.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > c.opt.MaxRedirects {
				return fmt.Errorf("%w: stopped after %d", ErrTooManyRedirects, c.opt.MaxRedirects)
			}
			if err := checkURL(req.URL); err != nil {
				return fmt.Errorf("redirect to %s: %w", req.URL.Redacted(), err)
			}
			return nil
		},
	}
	return c
}

// Get fetches rawURL whatever its content type. A 304 answer to cond yields NotModified.
func (c *Client) Get(ctx context.Context, rawURL string, cond Conditional) (*Response, error) {
	return c.get(ctx, rawURL, cond, "*/*", nil)
}

// GetPage fetches an HTML (or plain-text) page and returns its body converted to UTF-8 when the
// Content-Type header names another charset.
func (c *Client) GetPage(ctx context.Context, rawURL string, cond Conditional) (*Response, error) {
	resp, err := c.get(ctx, rawURL, cond, "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5", isPageType)
	if err != nil || resp.NotModified {
		return resp, err
	}
	body, err := toUTF8(resp.Body, resp.ContentType)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: decode %q body: %w", rawURL, resp.ContentType, err)
	}
	resp.Body = body
	return resp, nil
}

// GetFeed fetches an RSS, Atom or JSON feed.
func (c *Client) GetFeed(ctx context.Context, rawURL string, cond Conditional) (*Response, error) {
	return c.get(ctx, rawURL, cond,
		"application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8",
		isFeedType)
}

func (c *Client) get(ctx context.Context, rawURL string, cond Conditional, accept string, typeOK func(string) bool) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	if err := checkURL(u); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	if !c.opt.AllowPrivate {
		// Refuse literal addresses before any request; the dialer would refuse them anyway.
		if a, err := netip.ParseAddr(strings.Trim(u.Hostname(), "[]")); err == nil {
			if r := blockedReason(a); r != "" {
				return nil, fmt.Errorf("fetch %s: %w", rawURL, &BlockedError{Addr: a, Reason: r})
			}
		}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", c.opt.UserAgent)
	req.Header.Set("Accept", accept)
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, fmt.Errorf("fetch %s: %w", rawURL, c.timedOut(ctx, err))
	}
	defer resp.Body.Close()

	out := &Response{
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		FinalURL:     resp.Request.URL.String(),
		Status:       resp.StatusCode,
	}
	if resp.StatusCode == http.StatusNotModified {
		out.NotModified = true
		// Servers may omit validators on 304; keep the ones we sent so callers can store them.
		if out.ETag == "" {
			out.ETag = cond.ETag
		}
		if out.LastModified == "" {
			out.LastModified = cond.LastModified
		}
		return out, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, &StatusError{URL: out.FinalURL, Status: resp.StatusCode})
	}
	if resp.ContentLength > c.opt.MaxBytes {
		return nil, fmt.Errorf("fetch %s: %w: Content-Length %d exceeds the limit of %d bytes",
			rawURL, ErrTooLarge, resp.ContentLength, c.opt.MaxBytes)
	}
	if typeOK != nil && out.ContentType != "" && !typeOK(mediaType(out.ContentType)) {
		return nil, fmt.Errorf("fetch %s: %w %q", rawURL, ErrContentType, out.ContentType)
	}
	// The transport has already undone gzip, so this limit applies to the inflated bytes.
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opt.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: read body: %w", rawURL, c.timedOut(ctx, err))
	}
	if int64(len(body)) > c.opt.MaxBytes {
		return nil, fmt.Errorf("fetch %s: %w: body exceeds the limit of %d bytes", rawURL, ErrTooLarge, c.opt.MaxBytes)
	}
	if typeOK != nil && out.ContentType == "" {
		sniffed := http.DetectContentType(body)
		if !typeOK(mediaType(sniffed)) {
			return nil, fmt.Errorf("fetch %s: %w: no Content-Type and body looks like %q", rawURL, ErrContentType, sniffed)
		}
		out.ContentType = sniffed
	}
	out.Body = body
	return out, nil
}

// timedOut says so when err is the client's own timeout (Options.Timeout) rather than the caller's
// cancellation, whose error is left as it is.
func (c *Client) timedOut(ctx context.Context, err error) error {
	var ne net.Error
	if ctx.Err() == nil && (errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout())) {
		return fmt.Errorf("timed out after %v: %w", c.opt.Timeout, err)
	}
	return err
}

func checkURL(u *url.URL) error {
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	default:
		return fmt.Errorf("%w (scheme %q)", ErrScheme, u.Scheme)
	}
	if u.Hostname() == "" {
		return errors.New("URL has no host")
	}
	return nil
}

// dialContext resolves the host itself, refuses the connection if any address is not public, and dials
// only the addresses it checked, so a second DNS answer cannot change the target.
func (c *Client) dialContext(ctx context.Context, network, address string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(address)
	if err != nil {
		return nil, err
	}
	var addrs []netip.Addr
	if a, err := netip.ParseAddr(host); err == nil {
		addrs = []netip.Addr{a}
	} else {
		addrs, err = c.lookup(ctx, host)
		if err != nil {
			return nil, fmt.Errorf("resolve %s: %w", host, err)
		}
		if len(addrs) == 0 {
			return nil, fmt.Errorf("resolve %s: %w", host, errResolvedNoAddress)
		}
	}
	if !c.opt.AllowPrivate {
		for _, a := range addrs {
			if r := blockedReason(a); r != "" {
				return nil, &BlockedError{Host: host, Addr: a, Reason: r}
			}
		}
	}
	var errs []error
	for _, a := range addrs {
		conn, err := c.opt.dial(ctx, network, net.JoinHostPort(a.String(), port))
		if err == nil {
			return conn, nil
		}
		errs = append(errs, err)
		if ctx.Err() != nil {
			break
		}
	}
	return nil, errors.Join(errs...)
}

func (c *Client) lookup(ctx context.Context, host string) ([]netip.Addr, error) {
	if c.opt.Resolver != nil {
		return c.opt.Resolver(ctx, host)
	}
	return net.DefaultResolver.LookupNetIP(ctx, "ip", host)
}

// control re-checks the socket address just before connect, as a second line of defence.
func (c *Client) control(network, address string, _ syscall.RawConn) error {
	if c.opt.AllowPrivate {
		return nil
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("dial %s: %w", address, err)
	}
	if r := blockedReason(ap.Addr()); r != "" {
		return &BlockedError{Addr: ap.Addr(), Reason: r}
	}
	return nil
}

func mediaType(contentType string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt, _, _ = strings.Cut(contentType, ";")
	}
	return strings.ToLower(strings.TrimSpace(mt))
}

func isPageType(mt string) bool {
	switch mt {
	case "text/html", "application/xhtml+xml", "text/plain":
		return true
	}
	return false
}

func isFeedType(mt string) bool {
	switch mt {
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
		"application/feed+json", "application/json":
		return true
	}
	return strings.HasSuffix(mt, "+xml")
}

// toUTF8 converts body from the charset named in contentType; bodies already in UTF-8, or whose
// header names no charset, are returned unchanged (the HTML parser then looks at <meta charset>).
func toUTF8(body []byte, contentType string) ([]byte, error) {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return body, nil
	}
	name := strings.ToLower(strings.TrimSpace(params["charset"]))
	if name == "" || name == "utf-8" || name == "utf8" || name == "us-ascii" {
		return body, nil
	}
	enc, canonical := charset.Lookup(name)
	if enc == nil || canonical == "utf-8" {
		return body, nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return nil, fmt.Errorf("charset %s: %w", name, err)
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), nil
}
