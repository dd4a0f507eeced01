package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// Local is the Queue of one process: jobs live in memory and are worked by Concurrency goroutines. It keeps
// River's semantics where they matter here (uniqueness by arguments while a job is unfinished, retries
// with River's default back-off, cancellation of permanent failures, a periodic feed poll); jobs still
// queued when the process ends are lost, so callers Wait before they Stop.
type Local struct {
	h           *Handler
	conc        int
	maxAttempts int
	timeout     time.Duration
	pollEvery   time.Duration
	pollFeeds   bool
	log         *slog.Logger
	retry       river.ClientRetryPolicy

	mu      sync.Mutex
	ready   *sync.Cond // a job was queued, or the pool is stopping
	queue   []*localJob
	keys    map[string]bool // unique keys of unfinished jobs
	counts  Counts
	idle    chan struct{} // closed when nothing is waiting or running
	isIdle  bool          // idle is closed
	started bool
	stopped bool
	timers  map[*time.Timer]bool // retries not yet due
	cancel  context.CancelFunc
	quit    chan struct{} // closed by Stop, to end the periodic poll
	wg      sync.WaitGroup
}

type localJob struct {
	args    river.JobArgs
	key     string
	attempt int // tries so far
}

var _ Queue = (*Local)(nil)

// NewLocal makes an in-process queue for cfg; call Start to work its jobs.
func NewLocal(cfg Config) *Local {
	l := &Local{
		h:           NewHandler(cfg),
		conc:        cfg.concurrency(),
		maxAttempts: cfg.MaxAttempts,
		timeout:     cfg.JobTimeout,
		pollEvery:   cfg.PollEvery,
		pollFeeds:   cfg.PollFeeds != nil,
		log:         cfg.logger(),
		retry:       &river.DefaultClientRetryPolicy{},
		keys:        map[string]bool{},
		idle:        make(chan struct{}),
		timers:      map[*time.Timer]bool{},
		quit:        make(chan struct{}),
	}
	l.markIdle()
	l.ready = sync.NewCond(&l.mu)
	if l.maxAttempts <= 0 {
		l.maxAttempts = 5
	}
	if l.timeout == 0 {
		l.timeout = river.JobTimeoutDefault
	}
	if l.pollEvery <= 0 {
		l.pollEvery = defaultPollEvery
	}
	return l
}

// uniqueKey identifies a job by kind and arguments, as River's ByArgs does.
func uniqueKey(a river.JobArgs) (string, error) {
	b, err := json.Marshal(a)
	if err != nil {
		return "", fmt.Errorf("encode %s job: %w", a.Kind(), err)
	}
	return a.Kind() + " " + string(b), nil
}

// Enqueue queues jobs, skipping any whose arguments match a job not yet finished.
func (l *Local) Enqueue(ctx context.Context, jobs ...river.JobArgs) (Enqueued, error) {
	var res Enqueued
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.stopped {
		return res, errors.New("enqueue: queue stopped")
	}
	for _, a := range jobs {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		key, err := uniqueKey(a)
		if err != nil {
			return res, err
		}
		if l.keys[key] {
			res.Duplicates++
			continue
		}
		l.keys[key] = true
		l.push(&localJob{args: a, key: key})
		res.Inserted++
	}
	return res, nil
}

// markBusy notes that a job is waiting, so Wait must wait; l.mu is held.
func (l *Local) markBusy() {
	if l.isIdle {
		l.idle, l.isIdle = make(chan struct{}), false
	}
}

// markIdle releases Wait if nothing is waiting or running; l.mu is held.
func (l *Local) markIdle() {
	if !l.isIdle && l.counts.Waiting+l.counts.Running == 0 {
		close(l.idle)
		l.isIdle = true
	}
}

// push queues j; l.mu is held.
func (l *Local) push(j *localJob) {
	l.markBusy()
	l.counts.Waiting++
	l.queue = append(l.queue, j)
	l.ready.Signal()
}

// settle records that a job left the running state; l.mu is held.
func (l *Local) settle() {
	l.counts.Running--
	l.markIdle()
}

// Start launches the workers and, when PollFeeds is configured, the periodic poll. ctx bounds the jobs: when
// it ends they are cancelled (call Stop to end cleanly).
func (l *Local) Start(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.started {
		return errors.New("start workers: already started")
	}
	l.started = true
	ctx, l.cancel = context.WithCancel(ctx)
	for range l.conc {
		l.wg.Go(func() { l.work(ctx) })
	}
	if l.pollFeeds {
		l.wg.Go(func() { l.periodic(ctx) })
	}
	return nil
}

func (l *Local) periodic(ctx context.Context) {
	t := time.NewTicker(l.pollEvery)
	defer t.Stop()
	for {
		if _, err := l.Enqueue(ctx, PollFeedsArgs{}); err != nil {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-l.quit:
			return
		case <-t.C:
		}
	}
}

func (l *Local) work(ctx context.Context) {
	for {
		l.mu.Lock()
		for len(l.queue) == 0 && !l.stopped {
			l.ready.Wait()
		}
		if l.stopped {
			l.mu.Unlock()
			return
		}
		j := l.queue[0]
		l.queue[0] = nil
		l.queue = l.queue[1:]
		l.counts.Waiting--
		l.counts.Running++
		l.mu.Unlock()

		j.attempt++
		err := l.run(ctx, j)

		l.mu.Lock()
		switch {
		case err == nil:
			l.counts.Completed++
			delete(l.keys, j.key)
		case IsPermanent(err) || j.attempt >= l.maxAttempts || l.stopped:
			l.counts.Failed++
			delete(l.keys, j.key)
			l.log.Error("job failed", "kind", j.args.Kind(), "attempt", j.attempt, "err", err)
		default:
			l.log.Warn("job will be retried", "kind", j.args.Kind(), "attempt", j.attempt, "err", err)
			l.scheduleRetry(j)
		}
		l.settle()
		l.mu.Unlock()
	}
}

// run works one job under the job timeout, turning a panic into an error as River does.
func (l *Local) run(ctx context.Context, j *localJob) (err error) {
	ctx, cancel := context.WithTimeout(ctx, l.timeout)
	defer cancel()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s job panicked: %v", j.args.Kind(), r)
		}
	}()
	_, err = l.h.Do(ctx, j.args)
	return err
}

// scheduleRetry queues j again after River's default back-off for its attempt; l.mu is held. The job
// counts as waiting meanwhile, so Wait waits for it.
func (l *Local) scheduleRetry(j *localJob) {
	now := time.Now()
	// River's policy counts the errors recorded so far, one per failed attempt.
	at := l.retry.NextRetry(&rivertype.JobRow{Attempt: j.attempt, AttemptedAt: &now, Errors: make([]rivertype.AttemptError, j.attempt-1)})
	l.markBusy()
	l.counts.Waiting++
	var t *time.Timer
	t = time.AfterFunc(time.Until(at), func() {
		l.mu.Lock()
		defer l.mu.Unlock()
		if !l.timers[t] {
			return // stopped meanwhile
		}
		delete(l.timers, t)
		l.counts.Waiting--
		l.push(j)
	})
	l.timers[t] = true
}

// Counts reports this process's jobs by state.
func (l *Local) Counts(context.Context) (Counts, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.counts, nil
}

// Wait returns when no job is waiting (retries included) or running, or when ctx ends.
func (l *Local) Wait(ctx context.Context) error {
	l.mu.Lock()
	idle := l.idle
	l.mu.Unlock()
	select {
	case <-idle:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Stop stops taking jobs, drops those not started (and pending retries), and waits until ctx ends for the
// running ones, which are then cancelled.
func (l *Local) Stop(ctx context.Context) error {
	l.mu.Lock()
	if l.stopped {
		l.mu.Unlock()
		return nil
	}
	l.stopped = true
	close(l.quit)
	dropped := len(l.queue) + len(l.timers)
	for t := range l.timers {
		t.Stop()
	}
	clear(l.timers)
	l.counts.Waiting -= dropped
	l.queue = nil
	l.markIdle()
	l.ready.Broadcast()
	cancel := l.cancel
	l.mu.Unlock()

	done := make(chan struct{})
	go func() { l.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		if cancel != nil {
			cancel()
		}
		<-done
	}
	if cancel != nil {
		cancel()
	}
	if dropped > 0 {
		return fmt.Errorf("stop workers: %d queued jobs dropped", dropped)
	}
	return nil
}
