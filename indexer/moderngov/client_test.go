package moderngov

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// testClient is a client for the site at siteURL (a loopback test
// server, allowed as the IP address of the site).
func testClient(t *testing.T, siteURL string, cfg clientConfig, allow ...string) *client {
	t.Helper()
	site, err := url.Parse(siteURL)
	if err != nil {
		t.Fatal(err)
	}
	policy, err := newHostPolicy(site, allow)
	if err != nil {
		t.Fatal(err)
	}
	cfg.UserAgent = DefaultUserAgent
	cfg.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	return newClient(policy, cfg)
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"", 0},
		{"3", 3 * time.Second},
		{"-1", 0},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0},
		{"soon", 0},
	}
	for _, tt := range tests {
		if got := parseRetryAfter(tt.in, now); got != tt.want {
			t.Errorf("parseRetryAfter(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestBackoff(t *testing.T) {
	c := &client{delay: time.Second}
	for i, want := range []time.Duration{time.Second, 2 * time.Second, 4 * time.Second} {
		if got := c.backoff(i); got != want {
			t.Errorf("backoff(%d) = %s, want %s", i, got, want)
		}
	}
	if got := c.backoff(30); got != maxBackoff {
		t.Errorf("backoff(30) = %s, want the cap %s", got, maxBackoff)
	}
	if got := (&client{}).backoff(0); got != minBackoff {
		t.Errorf("backoff with no delay = %s, want %s", got, minBackoff)
	}
}

// TestClientStatuses checks which answers are retried and how often.
func TestClientStatuses(t *testing.T) {
	tests := []struct {
		name     string
		statuses []int // answers in order; past the end, 200
		retries  int
		want     int // requests expected
		wantErr  int // status of the final error, 0 for success
	}{
		{"ok", nil, 2, 1, 0},
		{"503 then ok", []int{503}, 2, 2, 0},
		{"404 not retried", []int{404}, 2, 1, 404},
		{"403 not retried", []int{403}, 2, 1, 403},
		{"500 beyond retries", []int{500, 500, 500}, 2, 3, 500},
		{"304", []int{304}, 2, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var n atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				i := int(n.Add(1)) - 1
				if i < len(tt.statuses) {
					w.Header().Set("Retry-After", "0")
					w.WriteHeader(tt.statuses[i])
					return
				}
				io.WriteString(w, "<ok/>")
			}))
			defer srv.Close()
			c := testClient(t, srv.URL, clientConfig{Retries: tt.retries})
			_, err := c.get(context.Background(), srv.URL, `"e"`, "")
			var se *statusError
			switch {
			case tt.wantErr == 0 && err != nil:
				t.Errorf("err = %v", err)
			case tt.wantErr != 0 && (!errors.As(err, &se) || se.Status != tt.wantErr):
				t.Errorf("err = %v, want status %d", err, tt.wantErr)
			}
			if int(n.Load()) != tt.want || c.requests != tt.want {
				t.Errorf("requests = %d (counted %d), want %d", n.Load(), c.requests, tt.want)
			}
		})
	}
}

// TestClientDelay checks that requests are spaced by the delay.
func TestClientDelay(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	c := testClient(t, srv.URL, clientConfig{Delay: 50 * time.Millisecond})
	start := time.Now()
	for i := 0; i < 3; i++ {
		if _, err := c.get(context.Background(), srv.URL, "", ""); err != nil {
			t.Fatal(err)
		}
	}
	if took := time.Since(start); took < 100*time.Millisecond {
		t.Errorf("3 requests with a 50ms delay took %s, want at least 100ms", took)
	}
}

// TestClientRefusesOverLargeAnswers: an answer over the limit is an error
// naming it, asked once (not retried), its body never returned.
func TestClientRefusesOverLargeAnswers(t *testing.T) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		io.WriteString(w, strings.Repeat("x", 4096))
	}))
	defer srv.Close()
	c := testClient(t, srv.URL, clientConfig{Retries: 3})
	c.maxBody = 4095
	res, err := c.get(context.Background(), srv.URL, "", "")
	if !errors.Is(err, errTooLarge) || res != nil {
		t.Errorf("4096 bytes over a limit of 4095: answer %v, err %v", res, err)
	}
	if n.Load() != 1 {
		t.Errorf("asked %d times, want once", n.Load())
	}
	c.maxBody = 4096
	if res, err := c.get(context.Background(), srv.URL, "", ""); err != nil || len(res.Body) != 4096 {
		t.Errorf("4096 bytes at a limit of 4096: err %v", err)
	}
}

// TestClientRefusesAnswersSaidTooLarge: an answer whose Content-Length is
// over the limit is refused before its body is read: from a server that
// says a gigabyte is coming and then waits, the refusal is at once.
func TestClientRefusesAnswersSaidTooLarge(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(1<<30))
		w.Write([]byte("%PDF-1.4"))
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	}))
	defer srv.Close()
	c := testClient(t, srv.URL, clientConfig{Retries: 3})
	c.maxBody = 1 << 20
	start := time.Now()
	res, err := c.get(context.Background(), srv.URL, "", "")
	if !errors.Is(err, errTooLarge) || res != nil {
		t.Fatalf("a gigabyte said over a limit of 1 MiB: answer %v, err %v", res, err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("refused after %s, want at once", took)
	}
}
