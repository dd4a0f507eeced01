package cli

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a buffer a running command writes to while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServe runs `parley serve` until the test ends and returns its base URL.
func startServe(t *testing.T, env map[string]string, args ...string) string {
	t.Helper()
	var out, errb syncBuffer
	e := Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string { return env[k] }, IsTerminal: func(io.Writer) bool { return false }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- Run(ctx, e, append([]string{"serve"}, args...)) }()
	t.Cleanup(func() {
		cancel()
		if code := <-done; code != 0 {
			t.Errorf("serve exited %d: %s", code, errb.String())
		}
	})
	re := regexp.MustCompile(`serving (http://[^/]+)/`)
	// A guard against a hang, not a timing assertion.
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if m := re.FindStringSubmatch(errb.String()); m != nil {
			return m[1]
		}
		select {
		case code := <-done:
			done <- code
			t.Fatalf("serve exited %d: %s", code, errb.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("serve did not start: %s", errb.String())
	return ""
}

func TestServeRefusesPublicAddressWithoutToken(t *testing.T) {
	db := filepath.Join(t.TempDir(), "l.db")
	for _, addr := range []string{"0.0.0.0:0", ":0"} {
		code, _, errOut := runCLI(t, "", "serve", "--db", db, "--addr", addr)
		if code != 1 || !strings.Contains(errOut, "PARLEY_TOKEN") {
			t.Errorf("serve --addr %s without a token: exit %d, %q", addr, code, errOut)
		}
	}
	if code, _, errOut := runCLI(t, "", "serve", "--db", db, "extra"); code != 2 {
		t.Errorf("serve with an argument: exit %d, %q", code, errOut)
	}
}

func TestServe(t *testing.T) {
	needSeed(t)
	db := filepath.Join(t.TempDir(), "l.db")
	if code, _, errOut := runCLI(t, "", "ingest", "--quiet", "--db", db, seedPath); code != 0 {
		t.Fatalf("ingest: %d %s", code, errOut)
	}
	tests := []struct {
		name  string
		env   map[string]string
		write int // status of an authorised ingest
	}{
		{"no token", nil, http.StatusForbidden},
		{"token", map[string]string{"PARLEY_TOKEN": "tok"}, http.StatusCreated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := startServe(t, tt.env, "--db", db, "--addr", "127.0.0.1:0", "--poll", "50ms")
			get := func(path string) (int, string, http.Header) {
				resp, err := http.Get(base + path)
				if err != nil {
					t.Fatal(err)
				}
				defer resp.Body.Close()
				b, _ := io.ReadAll(resp.Body)
				return resp.StatusCode, string(b), resp.Header
			}
			if code, body, h := get("/api/v1/stats"); code != 200 || !strings.Contains(body, `"documents":1`) || h.Get("Content-Security-Policy") == "" {
				t.Errorf("stats: %d %s %v", code, body, h)
			}
			if code, body, _ := get("/"); code != 200 || !strings.Contains(body, "Steve Witkoff") {
				t.Errorf("overview: %d", code)
			}
			req, _ := http.NewRequest("POST", base+"/api/v1/ingest?name=t", strings.NewReader("The minister said: \"We will sign the deal "+tt.name+".\"\n"))
			req.Header.Set("Content-Type", "text/plain")
			req.Header.Set("Authorization", "Bearer tok")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.write {
				t.Errorf("ingest: %d, want %d", resp.StatusCode, tt.write)
			}
			// A loopback server answers only to loopback names.
			req, _ = http.NewRequest("GET", base+"/api/v1/stats", nil)
			req.Host = "attacker.example"
			resp, err = http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusForbidden {
				t.Errorf("foreign Host: %d", resp.StatusCode)
			}
		})
	}
}
