package security

import (
	"context"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/api"
	"github.com/parley-ledger/parley/internal/cli"
)

const token = "tok-3f9a1c"

const article = "title: Port talks\npublished: 2025-09-01\n\nThe union's leader said: \"We will not accept this offer.\"\n"

// routePath turns a route pattern into a path it matches: {name} becomes 1, {$} nothing.
func routePath(pattern string) string {
	p := strings.ReplaceAll(pattern, "{$}", "")
	return regexp.MustCompile(`\{[^}]*\}`).ReplaceAllString(p, "1")
}

// TestEveryWriteRouteNeedsTheToken walks api.Routes: every route that is not a GET is a write, and every write
// refuses a missing or malformed Authorization (401) and a wrong token (403), and accepts the right one.
func TestEveryWriteRouteNeedsTheToken(t *testing.T) {
	l := newLedger(t)
	h, a := site(t, api.Options{Ledger: l, Token: token}, nil)
	var writes []api.Route
	for _, rt := range a.Routes() {
		if rt.Method == http.MethodGet || rt.Method == http.MethodHead {
			if rt.Write {
				t.Errorf("%s %s is a read marked as a write", rt.Method, rt.Pattern)
			}
			continue
		}
		if !rt.Write {
			t.Errorf("%s %s changes state but is not marked Write, so it does not check the token", rt.Method, rt.Pattern)
		}
		writes = append(writes, rt)
	}
	if len(writes) == 0 {
		t.Fatal("api.Routes lists no write route; POST /api/v1/ingest at least should be one")
	}
	body := map[string]string{"Content-Type": "text/plain"}
	with := func(auth string) map[string]string {
		m := map[string]string{"Content-Type": "text/plain"}
		if auth != "" {
			m["Authorization"] = auth
		}
		return m
	}
	for _, rt := range writes {
		path := routePath(rt.Pattern)
		t.Run(rt.Method+" "+rt.Pattern, func(t *testing.T) {
			for _, tc := range []struct {
				name   string
				target string
				header map[string]string
				want   int
			}{
				{"no Authorization", path, body, http.StatusUnauthorized},
				{"token in the query string", path + "?token=" + token + "&access_token=" + token, body, http.StatusUnauthorized},
				{"Basic scheme", path, with("Basic dG9rLTNmOWExYzo="), http.StatusUnauthorized},
				{"Bearer without token", path, with("Bearer "), http.StatusUnauthorized},
				{"bare token", path, with(token), http.StatusUnauthorized},
				{"wrong token", path, with("Bearer wrong"), http.StatusForbidden},
				{"token's prefix", path, with("Bearer " + token[:len(token)-1]), http.StatusForbidden},
				{"token with more", path, with("Bearer " + token + "0"), http.StatusForbidden},
				{"token in other case", path, with("Bearer " + strings.ToUpper(token)), http.StatusForbidden},
			} {
				rec := do(t, h, rt.Method, tc.target, article, tc.header)
				if rec.Code != tc.want {
					t.Errorf("%s: %d %s, want %d", tc.name, rec.Code, rec.Body, tc.want)
				}
				if rec.Code == http.StatusUnauthorized && !strings.HasPrefix(rec.Header().Get("WWW-Authenticate"), "Bearer") {
					t.Errorf("%s: 401 without a WWW-Authenticate: Bearer challenge", tc.name)
				}
			}
			if st, err := l.Stats(t.Context()); err != nil || st.Documents != 0 {
				t.Fatalf("refused writes stored %d documents (err %v)", st.Documents, err)
			}
			for _, auth := range []string{"Bearer " + token, "bearer " + token} {
				rec := do(t, h, rt.Method, path, article, with(auth))
				if rec.Code == http.StatusUnauthorized || rec.Code == http.StatusForbidden || rec.Code >= 500 {
					t.Errorf("right token (%q): %d %s", auth, rec.Code, rec.Body)
				}
			}
		})
	}
	// The ingest route took the article: the right token does write.
	if st, err := l.Stats(t.Context()); err != nil || st.Documents != 1 {
		t.Errorf("after the accepted writes the ledger holds %d documents (err %v), want 1", st.Documents, err)
	}
}

// TestWritesDisabledWithoutToken: a server started without PARLEY_TOKEN takes no write, whatever is sent.
func TestWritesDisabledWithoutToken(t *testing.T) {
	l := newLedger(t)
	h, a := site(t, api.Options{Ledger: l}, nil)
	for _, rt := range a.Routes() {
		if !rt.Write {
			continue
		}
		for _, auth := range []string{"", "Bearer ", "Bearer x", "Bearer " + token} {
			rec := do(t, h, rt.Method, routePath(rt.Pattern), article, map[string]string{"Content-Type": "text/plain", "Authorization": auth})
			if rec.Code != http.StatusUnauthorized && rec.Code != http.StatusForbidden {
				t.Errorf("%s %s with %q and no server token: %d %s", rt.Method, rt.Pattern, auth, rec.Code, rec.Body)
			}
		}
	}
	if st, err := l.Stats(t.Context()); err != nil || st.Documents != 0 {
		t.Errorf("writes without a server token stored %d documents (err %v)", st.Documents, err)
	}
}

// TestWriteRoutesRefuseOtherMethods: a write route cannot be reached by GET, nor through a method-override
// header.
func TestWriteRoutesRefuseOtherMethods(t *testing.T) {
	l := newLedger(t)
	h, a := site(t, api.Options{Ledger: l, Token: token}, nil)
	for _, rt := range a.Routes() {
		if !rt.Write {
			continue
		}
		for _, hd := range []map[string]string{nil, {"X-HTTP-Method-Override": rt.Method, "X-HTTP-Method": rt.Method, "Authorization": "Bearer " + token}} {
			rec := do(t, h, http.MethodGet, routePath(rt.Pattern)+"?text=x&_method="+rt.Method, "", hd)
			if rec.Code != http.StatusMethodNotAllowed {
				t.Errorf("GET %s (headers %v): %d, want 405", rt.Pattern, hd, rec.Code)
			}
		}
	}
	if st, err := l.Stats(t.Context()); err != nil || st.Documents != 0 {
		t.Errorf("GET requests stored %d documents (err %v)", st.Documents, err)
	}
}

func TestCheckAddr(t *testing.T) {
	for _, tc := range []struct {
		addr, token string
		ok          bool
	}{
		{"127.0.0.1:8080", "", true},
		{"127.0.0.2:8080", "", true},
		{"localhost:8080", "", true},
		{"[::1]:8080", "", true},
		{"0.0.0.0:8080", "", false},
		{":8080", "", false}, // every interface
		{"[::]:8080", "", false},
		{"192.168.1.5:8080", "", false},
		{"10.0.0.1:8080", "", false},
		{"[::ffff:127.0.0.1]:8080", "", true},
		{"[::ffff:10.0.0.1]:8080", "", false},
		{"example.com:8080", "", false},
		{"localhost.example.com:8080", "", false},
		{"127.0.0.1", "", false}, // no port
		{"0.0.0.0:8080", token, true},
		{":8080", token, true},
	} {
		err := api.CheckAddr(tc.addr, tc.token)
		if (err == nil) != tc.ok {
			t.Errorf("CheckAddr(%q, token %t): err %v, want ok %t", tc.addr, tc.token != "", err, tc.ok)
		}
	}
}

// TestServeRefusesPublicAddressWithoutToken runs `parley serve` on non-loopback addresses without PARLEY_TOKEN:
// it must stop before listening, and say why.
func TestServeRefusesPublicAddressWithoutToken(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ledger.db")
	for _, addr := range []string{"0.0.0.0:0", ":0", "[::]:0"} {
		code, _, stderr := runCLI(t, nil, "serve", "--addr", addr, "--db", db)
		if code == 0 || !strings.Contains(stderr, "PARLEY_TOKEN") {
			t.Errorf("serve --addr %s without a token: exit %d, stderr %q; want a refusal naming PARLEY_TOKEN", addr, code, stderr)
		}
		if strings.Contains(stderr, "serving") {
			t.Errorf("serve --addr %s without a token started serving: %q", addr, stderr)
		}
	}
	// The default address is loopback.
	_, _, help := runCLI(t, nil, "serve", "-h")
	m := regexp.MustCompile(`-addr string[^\n]*\n[^\n]*\(default "([^"]+)"\)`).FindStringSubmatch(help)
	if m == nil {
		t.Fatalf("serve -h does not show the default address:\n%s", help)
	}
	if !api.IsLoopback(m[1]) {
		t.Errorf("serve's default address %q is not loopback", m[1])
	}
}

// TestServeOnLoopback starts `parley serve` as a user would, on a loopback port without PARLEY_TOKEN, and
// checks what a local attacker could try: a write, and a read through another Host name (DNS rebinding).
func TestServeOnLoopback(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ledger.db")
	ctx, cancel := context.WithTimeout(t.Context(), hangTimeout)
	defer cancel()
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- cli.Run(ctx, cliEnv(nil, io.Discard, &stderr), []string{"serve", "--addr", "127.0.0.1:0", "--db", db})
	}()
	var base string
	re := regexp.MustCompile(`serving (http://[^/\s]+)/`)
	for base == "" {
		if m := re.FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
			break
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited with %d before serving: %s", code, stderr.String())
		case <-ctx.Done():
			t.Fatalf("serve did not start: %s", stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	if !strings.HasPrefix(base, "http://127.0.0.1:") {
		t.Errorf("serve listens on %s, want 127.0.0.1", base)
	}
	client := &http.Client{Timeout: hangTimeout}
	send := func(method, path, host, auth string) *http.Response {
		t.Helper()
		req, err := http.NewRequestWithContext(ctx, method, base+path, strings.NewReader(article))
		if err != nil {
			t.Fatal(err)
		}
		if host != "" {
			req.Host = host
		}
		req.Header.Set("Content-Type", "text/plain")
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	if r := send("GET", "/api/v1/stats", "", ""); r.StatusCode != http.StatusOK || r.Header.Get("Content-Security-Policy") == "" {
		t.Errorf("GET /api/v1/stats: %d, CSP %q", r.StatusCode, r.Header.Get("Content-Security-Policy"))
	}
	if r := send("POST", "/api/v1/ingest", "", "Bearer "+token); r.StatusCode != http.StatusForbidden {
		t.Errorf("POST /api/v1/ingest to a server without PARLEY_TOKEN: %d, want 403", r.StatusCode)
	}
	for _, host := range []string{"attacker.example", "attacker.example:80", "127.0.0.1.attacker.example", "localhost.attacker.example"} {
		if r := send("GET", "/api/v1/stats", host, ""); r.StatusCode != http.StatusForbidden {
			t.Errorf("GET with Host %q: %d, want 403 (DNS rebinding)", host, r.StatusCode)
		}
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exited with %d after shutdown: %s", code, stderr.String())
		}
	case <-time.After(hangTimeout):
		t.Fatal("serve did not shut down")
	}
}
