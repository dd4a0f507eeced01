package api

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/store"
)

// waitLimit bounds how long a test waits for an event before it fails; it is a deadlock guard, not a
// timing assertion.
const waitLimit = 20 * time.Second

// readEvent reads the next named event from a server-sent event stream.
func readEvent(t *testing.T, sc *bufio.Scanner) (string, Event) {
	t.Helper()
	var name string
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: ") && name != "":
			var e Event
			if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &e); err != nil {
				t.Fatalf("event %s: %v", name, err)
			}
			return name, e
		}
	}
	t.Fatalf("stream ended: %v", sc.Err())
	return "", Event{}
}

// startServer serves the fixture on a loopback port through Serve, until the test ends.
func startServer(t *testing.T, f *fixture) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		// A short write deadline, so the test can outlive it; long enough that an ingest on a loaded machine
		// (CI shares two cores) finishes inside it.
		done <- Serve(ctx, ln, f.handler, ServerOptions{OnShutdown: f.api.Events().Close, WriteTimeout: 3 * time.Second})
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

// subscribe opens /events and waits for the stream to start.
func subscribe(t *testing.T, base string) *bufio.Scanner {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	t.Cleanup(cancel)
	req, err := http.NewRequestWithContext(ctx, "GET", base+"/events", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		t.Fatalf("events: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() && sc.Text() != ": connected" {
	}
	return sc
}

func TestEventsAnnounceIngest(t *testing.T) {
	f := newFixture(t, Options{Token: testToken})
	base := startServer(t, f)
	sc := subscribe(t, base)

	// The write deadline (3s here) must not cut the stream: the ingest comes after it has passed.
	time.Sleep(3500 * time.Millisecond)
	req, err := http.NewRequestWithContext(t.Context(), "POST", base+"/api/v1/ingest?name=port", strings.NewReader(article))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "text/plain")
	req.Header.Set("Authorization", "Bearer "+testToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var res IngestResult
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil || resp.StatusCode != 201 {
		t.Fatalf("ingest: %d %v", resp.StatusCode, err)
	}
	resp.Body.Close()

	name, e := readEvent(t, sc)
	if name != "document" || e.Document == nil || e.Document.ID != res.DocumentID || e.Document.Title != "Port talks" || e.Document.Statements != res.Statements {
		t.Errorf("event %s %+v, want document %d", name, e.Document, res.DocumentID)
	}
	name, e = readEvent(t, sc)
	if name != "stats" || e.Stats == nil || e.Stats.Documents != 3 {
		t.Errorf("event %s %+v, want stats with 3 documents", name, e.Stats)
	}
}

func TestWatchAnnouncesOtherProcesses(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ledger.db")
	server, err := store.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer server.Close()
	ingestFiles(t, server, seedGlob)

	b := NewBroker()
	ch, cancel := b.Subscribe()
	defer cancel()
	// Watch's starting point, read before the other process writes.
	last, err := server.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	high, err := highestDocument(t.Context(), server)
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(t.Context())
	watching := make(chan struct{})
	go func() {
		defer close(watching)
		b.watch(ctx, server, 10*time.Millisecond, slog.New(slog.DiscardHandler), last, high)
	}()
	defer func() { stop(); <-watching }()

	// Another process: its own connection to the same file.
	other, err := store.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	id := ingestFiles(t, other, "testdata/hostile.txt")[0]

	timeout := time.After(waitLimit)
	var gotDoc, gotStats bool
	for !gotDoc || !gotStats {
		select {
		case e := <-ch:
			switch e.Type {
			case "document":
				if e.Document.ID != id || gotDoc {
					t.Errorf("announced document %d (again: %v), want %d once", e.Document.ID, gotDoc, id)
				}
				gotDoc = true
			case "stats":
				gotStats = e.Stats.Documents == 2
			}
		case <-timeout:
			t.Fatalf("no announcement of document %d (document %v, stats %v)", id, gotDoc, gotStats)
		}
	}
}

func TestBrokerAnnouncesOnce(t *testing.T) {
	b := NewBroker()
	ch, cancel := b.Subscribe()
	b.PublishDocument(DocumentEvent{ID: 7})
	b.PublishDocument(DocumentEvent{ID: 7})
	b.PublishDocument(DocumentEvent{ID: 8})
	var ids []int64
	for range 2 {
		ids = append(ids, (<-ch).Document.ID)
	}
	select {
	case e := <-ch:
		t.Errorf("extra event %+v", e)
	default:
	}
	if fmt.Sprint(ids) != "[7 8]" {
		t.Errorf("announced %v, want [7 8]", ids)
	}
	if b.Subscribers() != 1 {
		t.Errorf("%d subscribers", b.Subscribers())
	}
	cancel()
	cancel() // a second call is harmless
	if _, ok := <-ch; ok || b.Subscribers() != 0 {
		t.Error("cancel left the subscription open")
	}
}

func TestBrokerDropsForSlowSubscribers(t *testing.T) {
	b := NewBroker()
	ch, cancel := b.Subscribe()
	defer cancel()
	for i := range subscriberBuffer + 10 {
		b.Publish(Event{Type: "stats", Stats: &store.Stats{Documents: i}})
	}
	if len(ch) != subscriberBuffer {
		t.Errorf("%d events queued, want the buffer's %d", len(ch), subscriberBuffer)
	}
}

func TestServeShutsDownWithOpenStream(t *testing.T) {
	f := newFixture(t, Options{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, f.handler, ServerOptions{OnShutdown: f.api.Events().Close}) }()
	sc := subscribe(t, "http://"+ln.Addr().String())
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Serve: %v", err)
		}
	case <-time.After(waitLimit):
		t.Fatal("Serve did not return after its context ended")
	}
	for sc.Scan() {
	}
	// After shutdown the broker refuses new subscriptions: their channels are closed at once.
	ch, _ := f.api.Events().Subscribe()
	if _, ok := <-ch; ok {
		t.Error("subscription after shutdown is open")
	}
}
