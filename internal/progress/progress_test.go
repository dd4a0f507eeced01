package progress

import (
	"bytes"
	"io"
	"log/slog"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

func fakeTerminal(io.Writer) bool { return true }
func notTerminal(io.Writer) bool  { return false }

// fakeClock stands still until the test advances it.
type fakeClock struct{ t time.Time }

func newClock() *fakeClock                   { return &fakeClock{t: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)} }
func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

func TestBarOnTerminal(t *testing.T) {
	var buf bytes.Buffer
	r := New(&buf, 2000, Options{IsTerminal: fakeTerminal, Label: "ingest", Throttle: -1})
	for i := range 2000 {
		if i == 700 {
			r.Refused(1)
			continue
		}
		r.Add(1)
	}
	r.Finish()
	out := buf.String()

	// progressbar renders the count as "(done/total, rate items/s)".
	for _, want := range []string{"(1/2000,", "(1000/2000,", "(2000/2000,", "100%", "ingest (1 refused)",
		"ingest finished: done=2000 total=2000 refused=1 rate="} {
		if !strings.Contains(out, want) {
			t.Errorf("bar output lacks %q; tail:\n%s", want, tail(out))
		}
	}
	if !regexp.MustCompile(`\(2000/2000, \d+ items/(s|min|hr)\)`).MatchString(out) {
		t.Errorf("final bar has no rate; tail:\n%s", tail(out))
	}
	if strings.Contains(out, "level=INFO") {
		t.Errorf("a terminal got log lines as well as the bar")
	}
	// With throttling off, every item redraws the bar.
	if n := strings.Count(out, "/2000, "); n < 2000 {
		t.Errorf("bar drawn %d times, want at least 2000 with throttling off", n)
	}
}

func TestBarStopsShortOfTotal(t *testing.T) {
	var buf bytes.Buffer
	r := New(&buf, 100, Options{IsTerminal: fakeTerminal, Throttle: -1})
	r.Add(40)
	r.Finish()
	r.Add(10) // after Finish: ignored
	out := buf.String()
	if strings.Contains(out, "100/100") {
		t.Errorf("bar filled to 100/100 although only 40 items were handled:\n%s", tail(out))
	}
	if !strings.Contains(out, "(40/100,") || !strings.Contains(out, "finished: done=40 total=100 refused=0") {
		t.Errorf("bar output lacks the stopped count; tail:\n%s", tail(out))
	}
}

func TestBarUnknownTotal(t *testing.T) {
	var buf bytes.Buffer
	r := New(&buf, 0, Options{IsTerminal: fakeTerminal, Label: "watch", Throttle: -1})
	for range 75 {
		r.Add(1)
	}
	r.Finish()
	out := buf.String()
	if !strings.Contains(out, "(75/-,") || !strings.Contains(out, "watch finished: done=75 total=0") {
		t.Errorf("spinner output lacks the count; tail:\n%s", tail(out))
	}
}

var logLine = regexp.MustCompile(`msg="?([^"=]*?)"? done=(\d+) total=(\d+) refused=(\d+) rate=(\S+)`)

type parsedLine struct {
	msg                  string
	done, total, refused int
	rate                 string
	hasElapsed, hasLevel bool
}

func parseLines(t *testing.T, out string) []parsedLine {
	t.Helper()
	var lines []parsedLine
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		m := logLine.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("unexpected output line %q", l)
		}
		atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
		lines = append(lines, parsedLine{m[1], atoi(m[2]), atoi(m[3]), atoi(m[4]), m[5],
			strings.Contains(l, "elapsed="), strings.Contains(l, "level=INFO")})
	}
	return lines
}

func TestLogLinesWhenNotTerminal(t *testing.T) {
	var buf bytes.Buffer
	clock := newClock()
	r := New(&buf, 2000, Options{IsTerminal: notTerminal, Label: "ingest", Now: clock.now, Interval: time.Hour})
	for i := range 2000 {
		clock.advance(time.Millisecond)
		if i%500 == 0 {
			r.Refused(1)
			continue
		}
		r.Add(1)
	}
	r.Finish()
	r.Finish() // a second Finish writes nothing
	lines := parseLines(t, buf.String())

	// The default cadence is a tenth of the total, and the last step is left to the final line.
	var wantDone []int
	for d := 200; d < 2000; d += 200 {
		wantDone = append(wantDone, d)
	}
	if len(lines) != len(wantDone)+1 {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(wantDone)+1, buf.String())
	}
	for i, d := range wantDone {
		l := lines[i]
		if l.msg != "ingest progress" || l.done != d || l.total != 2000 || !l.hasLevel || l.hasElapsed {
			t.Errorf("line %d = %+v, want ingest progress done=%d total=2000", i, l, d)
		}
		if l.rate != "1000/s" {
			t.Errorf("line %d rate = %q, want 1000/s (one item per millisecond)", i, l.rate)
		}
	}
	last := lines[len(lines)-1]
	if last.msg != "ingest finished" || last.done != 2000 || last.total != 2000 || last.refused != 4 ||
		last.rate != "1000/s" || !strings.Contains(buf.String(), "elapsed=2s") {
		t.Errorf("final line = %+v, want ingest finished done=2000 total=2000 refused=4 with elapsed", last)
	}
	if lines[0].refused != 1 || lines[4].refused != 2 {
		t.Errorf("refused counts = %d at 200 and %d at 1000, want 1 and 2", lines[0].refused, lines[4].refused)
	}
}

func TestLogRate(t *testing.T) {
	var buf bytes.Buffer
	clock := newClock()
	r := New(&buf, 1000, Options{IsTerminal: notTerminal, Now: clock.now, Every: 100, Interval: time.Hour})
	for i := range 100 {
		clock.advance(10 * time.Millisecond)
		r.Add(1)
		if i < 99 && buf.Len() != 0 {
			t.Fatalf("a line before Every was reached: %q", buf.String())
		}
	}
	lines := parseLines(t, buf.String())
	if len(lines) != 1 || lines[0].msg != "progress" || lines[0].rate != "100/s" {
		t.Errorf("lines = %+v, want one \"progress\" line with rate=100/s", lines)
	}
}

func TestLogInterval(t *testing.T) {
	var buf bytes.Buffer
	clock := newClock()
	r := New(&buf, 0, Options{IsTerminal: notTerminal, Label: "watch", Now: clock.now, Interval: time.Second})
	for range 10 {
		clock.advance(300 * time.Millisecond)
		r.Add(3)
	}
	r.Finish()
	lines := parseLines(t, buf.String())
	// Adds at 0.3s steps: a line falls on the add that comes 1s or more after the last line (1.2s, 2.4s).
	var got []int
	for _, l := range lines {
		got = append(got, l.done)
	}
	want := []int{12, 24, 30}
	if len(got) != len(want) {
		t.Fatalf("done values %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("done values %v, want %v", got, want)
			break
		}
	}
	if lines[len(lines)-1].msg != "watch finished" || lines[len(lines)-1].total != 0 {
		t.Errorf("final line = %+v", lines[len(lines)-1])
	}
}

func TestCustomLogger(t *testing.T) {
	var w, logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	r := New(&w, 10, Options{IsTerminal: notTerminal, Logger: logger, Label: "ingest"})
	r.Add(10)
	r.Finish()
	if w.Len() != 0 {
		t.Errorf("writer got %q; lines should go to the logger", w.String())
	}
	if !strings.Contains(logs.String(), `msg="ingest finished" done=10 total=10`) {
		t.Errorf("logger got %q", logs.String())
	}
}

func TestQuietWritesNothing(t *testing.T) {
	for _, isTerm := range []func(io.Writer) bool{fakeTerminal, notTerminal} {
		var buf, logs bytes.Buffer
		r := New(&buf, 2000, Options{Quiet: true, IsTerminal: isTerm, Logger: slog.New(slog.NewTextHandler(&logs, nil)), Throttle: -1})
		for range 2000 {
			r.Add(1)
		}
		r.Refused(3)
		r.Finish()
		if buf.Len() != 0 || logs.Len() != 0 {
			t.Errorf("quiet reporter wrote %q and logged %q", buf.String(), logs.String())
		}
	}
}

func TestDefaultIsTerminal(t *testing.T) {
	if isTerminal(&bytes.Buffer{}) {
		t.Errorf("a bytes.Buffer is not a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Errorf("a regular file is not a terminal")
	}
	r := New(f, 5, Options{})
	r.Add(5)
	r.Finish()
	data, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "msg=finished done=5 total=5") {
		t.Errorf("file got %q, want a slog line", data)
	}
}

func TestConcurrentUse(t *testing.T) {
	for _, isTerm := range []func(io.Writer) bool{fakeTerminal, notTerminal} {
		var buf bytes.Buffer
		r := New(&buf, 800, Options{IsTerminal: isTerm, Every: 50})
		var wg sync.WaitGroup
		for g := range 8 {
			wg.Go(func() {
				for i := range 100 {
					if g == 0 && i%10 == 0 {
						r.Refused(1)
					} else {
						r.Add(1)
					}
				}
			})
		}
		wg.Wait()
		r.Finish()
		if !strings.Contains(buf.String(), "done=800 total=800 refused=10") {
			t.Errorf("after concurrent adds, output tail:\n%s", tail(buf.String()))
		}
	}
}

func tail(s string) string {
	if len(s) > 600 {
		return "…" + s[len(s)-600:]
	}
	return s
}
