package moderngov

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"
)

// errTooLarge refuses an answer over the client's limit (maxBodyBytes).
var errTooLarge = errors.New("answer too large")

// readBody reads an answer of at most c.maxBody bytes. A watchdog stops the
// request when, after slowGrace, the bytes received average less than
// minRate a second.
func (c *client) readBody(body io.Reader, stop context.CancelCauseFunc) ([]byte, error) {
	m := &meter{r: io.LimitReader(body, c.maxBody+1)}
	done := make(chan struct{})
	defer close(done)
	go c.watch(m, stop, done)
	data, err := io.ReadAll(m)
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(data)) > c.maxBody {
		return nil, fmt.Errorf("%w: over %d bytes", errTooLarge, c.maxBody)
	}
	return data, nil
}

// watch stops the request through stop when the meter runs too slow.
func (c *client) watch(m *meter, stop context.CancelCauseFunc, done <-chan struct{}) {
	if c.slowGrace <= 0 || c.minRate <= 0 {
		return
	}
	start := time.Now()
	tick := time.NewTicker(min(time.Second, c.slowGrace/4))
	defer tick.Stop()
	for {
		select {
		case <-done:
			return
		case now := <-tick.C:
			took := now.Sub(start)
			if n := m.count(); took >= c.slowGrace && float64(n) < c.minRate*took.Seconds() {
				stop(fmt.Errorf("too slow: %d bytes in %s, under %.0f bytes a second", n, took.Round(time.Millisecond), c.minRate))
				return
			}
		}
	}
}

// meter counts the bytes read through it.
type meter struct {
	r  io.Reader
	mu sync.Mutex
	n  int64
}

func (m *meter) Read(p []byte) (int, error) {
	n, err := m.r.Read(p)
	m.mu.Lock()
	m.n += int64(n)
	m.mu.Unlock()
	return n, err
}

func (m *meter) count() int64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.n
}
