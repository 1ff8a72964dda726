package moderngov

import (
	"context"
	"errors"
	"net/url"
	"sync"
	"testing"
	"time"
)

// TestHostGates: requests to one host take turns, delay apart; requests
// to two hosts do not wait for each other.
func TestHostGates(t *testing.T) {
	g := newHostGates()
	const delay = 40 * time.Millisecond
	var mu sync.Mutex
	var starts []time.Time
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			release, err := g.acquire(context.Background(), "democracy.example.gov.uk:443", delay)
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			starts = append(starts, time.Now())
			mu.Unlock()
			time.Sleep(5 * time.Millisecond)
			release()
		}()
	}
	wg.Wait()
	for i := 1; i < len(starts); i++ {
		if gap := starts[i].Sub(starts[i-1]); gap < delay {
			t.Errorf("requests %d and %d to one host began %s apart, want at least %s", i-1, i, gap, delay)
		}
	}

	held, err := g.acquire(context.Background(), "a.example.gov.uk", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		release, err := g.acquire(context.Background(), "b.example.gov.uk", time.Hour)
		if err == nil {
			release()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a request to another host waited for the first host's turn")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := g.acquire(ctx, "a.example.gov.uk", 0); err == nil {
		t.Error("a second turn on a held host was given")
	}
	held()
}

func TestGateKey(t *testing.T) {
	for raw, want := range map[string]string{
		"https://Democracy.Example.gov.uk/x":     "democracy.example.gov.uk:443",
		"https://democracy.example.gov.uk:443/y": "democracy.example.gov.uk:443",
		"http://democracy.example.gov.uk/z":      "democracy.example.gov.uk:80",
		"http://[::ffff:127.0.0.1]:9000/":        "127.0.0.1:9000",
	} {
		u, _ := url.Parse(raw)
		if got := gateKey(u); got != want {
			t.Errorf("gateKey(%s) = %q, want %q", raw, got, want)
		}
	}
}

func TestRequestBudget(t *testing.T) {
	ctx, stop := context.WithCancelCause(context.Background())
	b := newRequestBudget(2, stop)
	if b.take() != nil || b.take() != nil {
		t.Fatal("the first two requests were refused")
	}
	if err := b.take(); !errors.Is(err, ErrRequestLimit) {
		t.Fatalf("the third request: %v, want ErrRequestLimit", err)
	}
	if !errors.Is(context.Cause(ctx), ErrRequestLimit) {
		t.Errorf("the run was not stopped: %v", context.Cause(ctx))
	}
	if b.requests() != 2 {
		t.Errorf("requests() = %d, want 2", b.requests())
	}
	var unlimited *requestBudget
	if unlimited.take() != nil {
		t.Error("no budget refused a request")
	}
}
