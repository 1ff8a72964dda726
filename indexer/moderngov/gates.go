package moderngov

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// hostGates keep the requests to each host one at a time and a delay
// apart, across every client of a run: the fetches of two councils whose
// sites share a host take turns on it.
type hostGates struct {
	mu    sync.Mutex
	gates map[string]*gate
}

// gate is one host's turn: a slot held for the whole of a request, and
// when the last request to the host ended.
type gate struct {
	slot chan struct{}
	last time.Time // written only while the slot is held
}

func newHostGates() *hostGates { return &hostGates{gates: map[string]*gate{}} }

// acquire waits for the host's turn (host as gateKey gives it) and for
// delay to pass since its last request ended, and returns the function
// that ends the turn.
func (h *hostGates) acquire(ctx context.Context, host string, delay time.Duration) (release func(), err error) {
	h.mu.Lock()
	g := h.gates[host]
	if g == nil {
		g = &gate{slot: make(chan struct{}, 1)}
		h.gates[host] = g
	}
	h.mu.Unlock()
	select {
	case g.slot <- struct{}{}:
	case <-ctx.Done():
		return nil, context.Cause(ctx)
	}
	if wait := delay - time.Since(g.last); wait > 0 && !g.last.IsZero() {
		if err := sleep(ctx, wait); err != nil {
			<-g.slot
			return nil, err
		}
	}
	return func() {
		g.last = time.Now()
		<-g.slot
	}, nil
}

// ErrRequestLimit stops a run that has sent the requests --max-requests
// allows. What was stored is kept; the next run carries on.
var ErrRequestLimit = errors.New("request limit reached")

// requestBudget counts the requests a run may still send. When none is
// left it stops the run (its context) rather than fail one request, so
// that every fetch of the run ends cleanly as if interrupted.
type requestBudget struct {
	limit int64
	sent  atomic.Int64
	stop  context.CancelCauseFunc
}

// newRequestBudget allows limit requests (0: any number) and calls stop
// when they are spent.
func newRequestBudget(limit int, stop context.CancelCauseFunc) *requestBudget {
	return &requestBudget{limit: int64(limit), stop: stop}
}

// take counts one request about to be sent, or refuses it when the budget
// is spent.
func (b *requestBudget) take() error {
	if b == nil {
		return nil
	}
	n := b.sent.Add(1)
	if b.limit > 0 && n > b.limit {
		b.sent.Add(-1)
		err := fmt.Errorf("%w: %d requests sent (--max-requests); run again to continue", ErrRequestLimit, b.limit)
		b.stop(err)
		return err
	}
	return nil
}

// requests is the number of requests sent under the budget.
func (b *requestBudget) requests() int {
	if b == nil {
		return 0
	}
	return int(b.sent.Load())
}
