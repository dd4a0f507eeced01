package api

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// countingClaims counts the calls that reach a claims layer and can fail or hold them.
type countingClaims struct {
	*fakeClaims
	positions atomic.Int32
	fail      atomic.Bool
	hold      chan struct{} // when not nil, Positions waits for it to close
}

func (c *countingClaims) Positions(ctx context.Context, q PositionQuery) ([]Position, error) {
	c.positions.Add(1)
	if c.hold != nil {
		<-c.hold
	}
	if c.fail.Load() {
		return nil, errors.New("claims layer failed")
	}
	return c.fakeClaims.Positions(ctx, q)
}

// fakeVersion is a ledger version the test moves by hand.
type fakeVersion struct{ v atomic.Int64 }

func (f *fakeVersion) Version(context.Context) (string, error) {
	return time.Duration(f.v.Load()).String(), nil
}

func newCached(inner Claims, ver *fakeVersion) cachedClaims {
	return cachedClaims{inner: inner, cache: newViewCache(ver)}
}

func TestCacheKeepsAnswersUntilTheLedgerChanges(t *testing.T) {
	ctx := t.Context()
	inner := &countingClaims{fakeClaims: someClaims(3)}
	ver := &fakeVersion{}
	c := newCached(inner, ver)

	calls := func() int { return int(inner.positions.Load()) }
	for range 3 {
		ps, err := c.Positions(ctx, PositionQuery{})
		if err != nil || len(ps) != 1 {
			t.Fatalf("positions %v, err %v", ps, err)
		}
	}
	if calls() != 1 {
		t.Fatalf("three equal requests reached the claims layer %d times, want once", calls())
	}
	if _, err := c.Positions(ctx, PositionQuery{Issue: "security-guarantees"}); err != nil || calls() != 2 {
		t.Fatalf("another query: %d calls, err %v; want a second computation", calls(), err)
	}

	// A caller changing its copy does not change what the next one gets.
	ps, _ := c.Positions(ctx, PositionQuery{})
	ps[0].Stance = StanceReject
	if ps, _ := c.Positions(ctx, PositionQuery{}); ps[0].Stance != StanceAgree {
		t.Errorf("a caller's change reached the cache: stance %q", ps[0].Stance)
	}

	ver.v.Add(1)
	if _, err := c.Positions(ctx, PositionQuery{}); err != nil || calls() != 3 {
		t.Fatalf("after the ledger changed: %d calls, err %v; want a new computation", calls(), err)
	}
	if _, err := c.Positions(ctx, PositionQuery{}); err != nil || calls() != 3 {
		t.Fatalf("the new answer was not kept: %d calls, err %v", calls(), err)
	}
}

func TestCacheDoesNotKeepErrors(t *testing.T) {
	ctx := t.Context()
	inner := &countingClaims{fakeClaims: someClaims(1)}
	c := newCached(inner, &fakeVersion{})
	inner.fail.Store(true)
	if _, err := c.Positions(ctx, PositionQuery{}); err == nil {
		t.Fatal("the claims layer's error was lost")
	}
	inner.fail.Store(false)
	if ps, err := c.Positions(ctx, PositionQuery{}); err != nil || len(ps) != 1 {
		t.Fatalf("after the failure: %v, err %v; want the answer", ps, err)
	}
}

// TestCacheComputesOnceForConcurrentRequests holds the first computation while others ask for the same
// answer: they wait for it rather than each starting their own.
func TestCacheComputesOnceForConcurrentRequests(t *testing.T) {
	ctx := t.Context()
	inner := &countingClaims{fakeClaims: someClaims(2), hold: make(chan struct{})}
	c := newCached(inner, &fakeVersion{})
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for range 20 {
		wg.Go(func() {
			ps, err := c.Positions(ctx, PositionQuery{})
			if err == nil && len(ps) != 1 {
				err = errors.New("wrong answer")
			}
			errs <- err
		})
	}
	close(inner.hold)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := inner.positions.Load(); n != 1 {
		t.Errorf("20 concurrent requests computed the answer %d times, want once", n)
	}
}

// TestCacheWaiterLeaving checks that a request whose client leaves while it waits gets its context's error,
// and that the computation it waited for still completes for the others.
func TestCacheWaiterLeaving(t *testing.T) {
	inner := &countingClaims{fakeClaims: someClaims(1), hold: make(chan struct{})}
	c := newCached(inner, &fakeVersion{})
	first := make(chan error, 1)
	go func() {
		_, err := c.Positions(context.Background(), PositionQuery{})
		first <- err
	}()
	// Wait until the first request is computing, so that the second one waits for it.
	for inner.positions.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := c.Positions(ctx, PositionQuery{}); !errors.Is(err, context.Canceled) {
		t.Errorf("waiter that left: err %v, want context.Canceled", err)
	}
	close(inner.hold)
	if err := <-first; err != nil {
		t.Fatal(err)
	}
	if n := inner.positions.Load(); n != 1 {
		t.Errorf("computed %d times, want once", n)
	}
}
