// Package progress owns progress reporting for long ingests and watch cycles: a progress bar with counts and
// rate when the output is a terminal, periodic structured log lines when it is not, and nothing when quiet.
package progress

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// Reporter receives progress. Every handled item is reported once, by Add or by Refused, so that the count
// of handled items reaches the total. Implementations are safe for concurrent use.
type Reporter interface {
	// Add records n items handled successfully.
	Add(n int)
	// Refused records n items handled and refused (bad input); they count towards the total too.
	Refused(n int)
	// Finish ends the report: the bar is completed (or left where it stopped, if fewer items than the total
	// were handled) and a summary line is written. Calls after the first do nothing.
	Finish()
}

// Options configures New. The zero value reports to a terminal with a bar and elsewhere with slog lines.
type Options struct {
	// Quiet silences all output.
	Quiet bool
	// IsTerminal decides whether the writer gets a bar. The default is true only for an *os.File that is
	// a terminal.
	IsTerminal func(io.Writer) bool
	// Logger receives the log lines when the writer is not a terminal; the default is a text handler on the
	// writer.
	Logger *slog.Logger
	// Label names the work in the bar and the log messages ("ingest" gives "ingest progress").
	Label string
	// Every is how many handled items trigger a log line; the default is a tenth of the total (1000 when the
	// total is unknown).
	Every int
	// Interval is the longest wait between log lines while items are being handled; the default is 10s.
	Interval time.Duration
	// Throttle is the shortest time between bar redraws; the default is 100ms and a negative value redraws
	// on every update.
	Throttle time.Duration
	// Now is the clock for rates and intervals; the default is time.Now.
	Now func() time.Time
}

// New returns a Reporter for total items writing to w. A total of 0 or less means the total is unknown.
func New(w io.Writer, total int, opt Options) Reporter {
	if opt.Quiet {
		return nop{}
	}
	if opt.IsTerminal == nil {
		opt.IsTerminal = isTerminal
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	total = max(total, 0)
	c := counter{label: opt.Label, total: total, now: opt.Now, start: opt.Now()}
	if opt.IsTerminal(w) {
		return newBar(w, c, opt)
	}
	return newLog(w, c, opt)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// counter holds what both kinds of report show.
type counter struct {
	label         string
	total         int
	done, refused int
	now           func() time.Time
	start         time.Time
	finished      bool
}

func (c *counter) msg(what string) string { return strings.TrimSpace(c.label + " " + what) }

// rate is items handled per second from the start to now, as "512/s"; "n/a" before any time has passed.
func (c *counter) rate(now time.Time) string {
	el := now.Sub(c.start).Seconds()
	if el <= 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.0f/s", float64(c.done)/el)
}

func (c *counter) attrs(now time.Time) []any {
	return []any{slog.Int("done", c.done), slog.Int("total", c.total), slog.Int("refused", c.refused),
		slog.String("rate", c.rate(now))}
}

type nop struct{}

func (nop) Add(int)     {}
func (nop) Refused(int) {}
func (nop) Finish()     {}

// logReporter writes slog lines every Every items or Interval, and a final line.
type logReporter struct {
	mu       sync.Mutex
	c        counter
	log      *slog.Logger
	every    int
	interval time.Duration
	nextAt   int
	lastLine time.Time
}

func newLog(w io.Writer, c counter, opt Options) *logReporter {
	r := &logReporter{c: c, log: opt.Logger, every: opt.Every, interval: opt.Interval, lastLine: c.start}
	if r.log == nil {
		r.log = slog.New(slog.NewTextHandler(w, nil))
	}
	if r.every <= 0 {
		r.every = 1000
		if c.total > 0 {
			r.every = max(1, (c.total+9)/10)
		}
	}
	if r.interval <= 0 {
		r.interval = 10 * time.Second
	}
	r.nextAt = r.every
	return r
}

func (r *logReporter) Add(n int)     { r.record(n, 0) }
func (r *logReporter) Refused(n int) { r.record(n, n) }

func (r *logReporter) record(n, refused int) {
	if n <= 0 {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.c.finished {
		return
	}
	r.c.done += n
	r.c.refused += refused
	// The last item is left to Finish's line, so a complete run does not log its end twice.
	if r.c.total > 0 && r.c.done >= r.c.total {
		return
	}
	now := r.c.now()
	if r.c.done < r.nextAt && now.Sub(r.lastLine) < r.interval {
		return
	}
	r.log.Info(r.c.msg("progress"), r.c.attrs(now)...)
	r.lastLine = now
	r.nextAt = (r.c.done/r.every + 1) * r.every
}

func (r *logReporter) Finish() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.c.finished {
		return
	}
	r.c.finished = true
	now := r.c.now()
	attrs := append(r.c.attrs(now), slog.Duration("elapsed", now.Sub(r.c.start)))
	r.log.Info(r.c.msg("finished"), attrs...)
}

// barReporter draws a progressbar on a terminal.
type barReporter struct {
	mu  sync.Mutex
	c   counter
	w   io.Writer
	bar *progressbar.ProgressBar
}

func newBar(w io.Writer, c counter, opt Options) *barReporter {
	throttle := opt.Throttle
	switch {
	case throttle == 0:
		throttle = 100 * time.Millisecond
	case throttle < 0:
		throttle = 0
	}
	limit := int64(c.total)
	if limit == 0 {
		limit = -1 // progressbar's spinner mode for an unknown total
	}
	bar := progressbar.NewOptions64(limit,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(c.label),
		progressbar.OptionSetWidth(30),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("items"),
		progressbar.OptionThrottle(throttle),
		// Without this, spinner mode redraws from a goroutine of its own every 100ms.
		progressbar.OptionSetSpinnerChangeInterval(0),
	)
	return &barReporter{c: c, w: w, bar: bar}
}

func (r *barReporter) Add(n int)     { r.record(n, 0) }
func (r *barReporter) Refused(n int) { r.record(n, n) }

func (r *barReporter) record(n, refused int) {
	if n <= 0 {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.c.finished {
		return
	}
	r.c.done += n
	r.c.refused += refused
	if refused > 0 {
		r.bar.Describe(fmt.Sprintf("%s (%d refused)", r.c.label, r.c.refused))
	}
	// Drawing errors (a closed terminal, more items than the total) must not stop the work being reported.
	_ = r.bar.Add(n)
}

func (r *barReporter) Finish() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.c.finished {
		return
	}
	r.c.finished = true
	if r.c.done < r.c.total {
		// Filling the bar would claim items that were never handled; leave it where it stopped.
		_ = r.bar.Exit()
	} else {
		_ = r.bar.Finish()
	}
	now := r.c.now()
	fmt.Fprintf(r.w, "\n%s: done=%d total=%d refused=%d rate=%s elapsed=%s\n", r.c.msg("finished"),
		r.c.done, r.c.total, r.c.refused, r.c.rate(now), now.Sub(r.c.start).Round(time.Millisecond))
}
