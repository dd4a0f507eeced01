package security

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/api"
	"github.com/parley-ledger/parley/internal/fetch"
)

// traps are loopback servers standing where a forbidden fetch would land, on IPv4 and (when the machine
// has it) IPv6 loopback.
type traps struct {
	v4, v6 *trap
}

func newTraps(t *testing.T) traps {
	t.Helper()
	tr := traps{v4: newTrap(t)}
	if ln, err := net.Listen("tcp6", "[::1]:0"); err == nil {
		v6 := &trap{}
		v6.Server = httptest.NewUnstartedServer(v6.handler())
		v6.Listener.Close()
		v6.Listener = ln
		v6.Start()
		t.Cleanup(v6.Close)
		tr.v6 = v6
	}
	return tr
}

func (tr *trap) handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tr.hits.Add(1)
		w.Header().Set("Content-Type", "text/plain")
		_, _ = w.Write([]byte("The envoy said: \"internal data\".\n"))
	})
}

func (tr traps) hits() int64 {
	n := tr.v4.hits.Load()
	if tr.v6 != nil {
		n += tr.v6.hits.Load()
	}
	return n
}

// forbiddenURLs are URLs whose host is, or resolves to, a loopback, private, link-local or otherwise
// non-public address. Those on loopback point at the traps. Names are resolved by testResolver (the API)
// or the system's hosts file (localhost, for the command line): no test sends a DNS query.
func (tr traps) forbiddenURLs(names bool) []string {
	p4 := tr.v4.port()
	p6 := p4
	if tr.v6 != nil {
		p6 = tr.v6.port()
	}
	urls := []string{
		// loopback, as written in every form that reaches it
		"http://127.0.0.1:" + p4 + "/",
		"http://127.0.0.1:" + p4 + "/latest/meta-data/",
		"http://127.1.2.3:" + p4 + "/",
		"http://[::1]:" + p6 + "/",
		"http://[::ffff:127.0.0.1]:" + p4 + "/",
		"http://[::ffff:7f00:1]:" + p4 + "/",
		"http://[0:0:0:0:0:ffff:127.0.0.1]:" + p4 + "/",
		"http://[64:ff9b::7f00:1]:" + p4 + "/", // NAT64 of 127.0.0.1
		"http://[::127.0.0.1]:" + p4 + "/",     // IPv4-compatible
		"http://0.0.0.0:" + p4 + "/",           // connects to this host on Linux
		"http://[::]:" + p6 + "/",
		"http://localhost:" + p4 + "/",
		"http://LOCALHOST:" + p4 + "/",
		"http://user:pass@127.0.0.1:" + p4 + "/",
		"http://example.com@127.0.0.1:" + p4 + "/",
		"https://127.0.0.1:" + p4 + "/",
		// private networks
		"http://10.0.0.1/",
		"http://10.255.255.254:8080/admin",
		"http://172.16.0.1/",
		"http://172.31.255.254/",
		"http://192.168.0.1/",
		"http://192.168.1.1:" + p4 + "/",
		"http://[fd00::1]/",
		"http://[::ffff:10.0.0.1]/",
		"http://[::ffff:192.168.1.1]/",
		"http://100.64.0.1/", // carrier-grade NAT
		// link-local, where cloud metadata services answer
		"http://169.254.169.254/latest/meta-data/iam/security-credentials/",
		"http://169.254.170.2/v2/credentials",
		"http://[fe80::1]/",
		"http://[::ffff:169.254.169.254]/",
		"http://[fd00:ec2::254]/latest/meta-data/",
	}
	if names {
		urls = append(urls,
			"http://rebind.test:"+p4+"/",
			"http://mapped.test:"+p4+"/",
			"http://six.test:"+p6+"/",
			"http://intranet.test/",
			"http://metadata.google.internal/computeMetadata/v1/",
			"http://mixed.test:"+p4+"/",
			"http://Rebind.Test.:"+p4+"/", // trailing dot, other case
		)
	}
	return urls
}

// testResolver answers for the test's names only; anything else is an error, so no DNS query leaves.
func testResolver(_ context.Context, host string) ([]netip.Addr, error) {
	m := map[string][]string{
		"localhost":                {"127.0.0.1", "::1"},
		"rebind.test":              {"127.0.0.1"},
		"mapped.test":              {"::ffff:127.0.0.1"},
		"six.test":                 {"::1"},
		"intranet.test":            {"10.0.0.5"},
		"metadata.google.internal": {"169.254.169.254"},
		"mixed.test":               {"10.0.0.1", "127.0.0.1"},
	}
	addrs, ok := m[strings.TrimSuffix(strings.ToLower(host), ".")]
	if !ok {
		return nil, fmt.Errorf("test resolver: no such host %q", host)
	}
	var out []netip.Addr
	for _, a := range addrs {
		out = append(out, netip.MustParseAddr(a))
	}
	return out, nil
}

// TestIngestAPIRefusesForbiddenAddresses posts every forbidden URL to POST /api/v1/ingest with the right
// token, through the default fetcher and through one whose resolver maps test names to forbidden addresses:
// each is refused as the client's fault (400) and the traps receive nothing.
func TestIngestAPIRefusesForbiddenAddresses(t *testing.T) {
	tr := newTraps(t)
	for _, fc := range []struct {
		name    string
		fetcher *fetch.Client
		names   bool
	}{
		{"default fetcher", nil, false},
		{"resolver hook", fetch.New(fetch.Options{Resolver: testResolver, Timeout: 10 * time.Second}), true},
	} {
		t.Run(fc.name, func(t *testing.T) {
			l := newLedger(t)
			h, _ := site(t, api.Options{Ledger: l, Token: token, Fetcher: fc.fetcher}, nil)
			for _, u := range tr.forbiddenURLs(fc.names) {
				body, _ := json.Marshal(api.IngestRequest{URL: u})
				rec := do(t, h, "POST", "/api/v1/ingest", string(body), map[string]string{
					"Content-Type": "application/json", "Authorization": "Bearer " + token,
				})
				if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "not public") {
					t.Errorf("POST ingest %s: %d %s; want 400 naming the address as not public", u, rec.Code, rec.Body)
				}
			}
			if n := tr.hits(); n != 0 {
				t.Fatalf("the loopback traps received %d requests", n)
			}
			if st, err := l.Stats(t.Context()); err != nil || st.Documents != 0 {
				t.Errorf("refused fetches stored %d documents (err %v)", st.Documents, err)
			}
		})
	}
}

// TestIngestAPIRefusesOtherSchemes: only http and https URLs are fetched.
func TestIngestAPIRefusesOtherSchemes(t *testing.T) {
	tr := newTraps(t)
	h, _ := site(t, api.Options{Ledger: newLedger(t), Token: token}, nil)
	for _, u := range []string{"file:///etc/passwd", "gopher://127.0.0.1:" + tr.v4.port() + "/_GET%20/", "ftp://127.0.0.1/", "dict://127.0.0.1:11211/",
		"javascript:alert(1)", "//127.0.0.1:" + tr.v4.port() + "/", "127.0.0.1:" + tr.v4.port(), "http:///etc/passwd"} {
		body, _ := json.Marshal(api.IngestRequest{URL: u})
		rec := do(t, h, "POST", "/api/v1/ingest", string(body), map[string]string{"Content-Type": "application/json", "Authorization": "Bearer " + token})
		if rec.Code != http.StatusBadRequest {
			t.Errorf("POST ingest %q: %d %s, want 400", u, rec.Code, rec.Body)
		}
	}
	if n := tr.hits(); n != 0 {
		t.Fatalf("the loopback traps received %d requests", n)
	}
}

// TestIngestCommandRefusesForbiddenAddresses runs `parley ingest URL` on the forbidden URLs that need no
// name resolution but the hosts file's: each is refused and named, the command fails, the traps receive
// nothing and the ledger stays empty.
func TestIngestCommandRefusesForbiddenAddresses(t *testing.T) {
	tr := newTraps(t)
	db := filepath.Join(t.TempDir(), "ledger.db")
	urls := tr.forbiddenURLs(false)
	// One run with every URL, and each alone (a single refused input must fail the command too).
	runs := [][]string{urls}
	for _, u := range urls[:6] {
		runs = append(runs, []string{u})
	}
	for _, run := range runs {
		args := append([]string{"ingest", "--db", db, "--timeout", "10s"}, run...)
		code, _, stderr := runCLI(t, nil, args...)
		if code == 0 {
			t.Errorf("parley ingest %v: exit 0, want a failure", run)
		}
		for _, u := range run {
			if !strings.Contains(stderr, "refused: "+u) {
				t.Errorf("parley ingest did not name %s as refused:\n%s", u, stderr)
			}
		}
		if got := strings.Count(stderr, "not public"); got != len(run) {
			t.Errorf("parley ingest %d URLs: %d refusals as not public:\n%s", len(run), got, stderr)
		}
	}
	if n := tr.hits(); n != 0 {
		t.Fatalf("the loopback traps received %d requests", n)
	}
	code, stdout, stderr := runCLI(t, nil, "documents", "--db", db)
	if code != 0 || strings.TrimSpace(stdout) != "" {
		t.Errorf("after refused fetches, parley documents: exit %d, %q %q; want no documents", code, stdout, stderr)
	}
}
