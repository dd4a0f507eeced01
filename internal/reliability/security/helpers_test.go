package security

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/api"
	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/cli"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/store"
	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/ui"
)

// hangTimeout bounds anything that could hang (a refused fetch, a server shutting down): reaching it is a
// failure, not slowness.
const hangTimeout = time.Minute

// newLedger opens an empty SQLite ledger that is closed when the test ends.
func newLedger(t *testing.T) *store.SQLite {
	t.Helper()
	l, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

// site is the HTTP handler `parley serve` builds: the JSON API and the web UI behind api.Secure.
func site(t *testing.T, opt api.Options, hosts []string) (http.Handler, *api.API) {
	t.Helper()
	a := api.New(opt)
	u, err := ui.New(ui.Options{API: a})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	a.Register(mux)
	u.Register(mux)
	return api.Secure(mux, hosts), a
}

// do sends one request to h.
func do(t *testing.T, h http.Handler, method, target, body string, header map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequestWithContext(t.Context(), method, target, strings.NewReader(body))
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// trap is a loopback HTTP server standing where a forbidden fetch would land: it counts every request.
type trap struct {
	*httptest.Server
	hits atomic.Int64
}

func newTrap(t *testing.T) *trap {
	t.Helper()
	tr := &trap{}
	tr.Server = httptest.NewServer(tr.handler())
	t.Cleanup(tr.Close)
	return tr
}

// port is the trap's port.
func (tr *trap) port() string {
	_, port, _ := net.SplitHostPort(tr.Listener.Addr().String())
	return port
}

// runCLI runs a parley command in process, with no environment but what env gives.
func runCLI(t *testing.T, env map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), hangTimeout)
	defer cancel()
	var out, errb syncBuffer
	code = cli.Run(ctx, cliEnv(env, &out, &errb), args)
	return code, out.String(), errb.String()
}

// cliEnv is a command's environment: no input, the variables in env, no terminal.
func cliEnv(env map[string]string, stdout, stderr io.Writer) cli.Env {
	return cli.Env{
		Stdin: strings.NewReader(""), Stdout: stdout, Stderr: stderr,
		Getenv:     func(k string) string { return env[k] },
		IsTerminal: func(io.Writer) bool { return false },
	}
}

// syncBuffer is a bytes.Buffer safe for a command's concurrent writers.
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

// saveRaw stores a document built by hand (bypassing the parsers, so that any field can hold anything) with
// statements whose content, source and cue are the first occurrences of the given strings.
func saveRaw(t *testing.T, l store.Ledger, doc *ingest.Document, stmts []rawStatement) store.SaveResult {
	t.Helper()
	sum := sha256.Sum256([]byte(doc.Raw))
	doc.Hash = hex.EncodeToString(sum[:])
	var ss []attrib.Statement
	for _, s := range stmts {
		st := attrib.Statement{Kind: attrib.Direct, Content: spanOf(t, doc.Raw, s.content), Speaker: s.speaker, SpeakerType: "person", Rule: "test"}
		if s.source != "" {
			sp := spanOf(t, doc.Raw, s.source)
			st.Source = &sp
		}
		ss = append(ss, st)
	}
	sr, err := l.SaveDocument(t.Context(), doc, ss)
	if err != nil {
		t.Fatal(err)
	}
	return sr
}

type rawStatement struct{ content, source, speaker string }

func spanOf(t *testing.T, raw, sub string) text.Span {
	t.Helper()
	i := strings.Index(raw, sub)
	if i < 0 {
		t.Fatalf("%q not in the document", sub)
	}
	return text.Span{Start: i, End: i + len(sub)}
}
