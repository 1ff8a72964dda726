package moderngov

import (
	"bufio"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// dripServer answers every request one byte at a time, every interval:
// the whole answer (headers too) when headers is set, else the body after
// prompt headers. It counts the requests it gets.
func dripServer(t *testing.T, interval time.Duration, headers bool) (*httptest.Server, *atomic.Int32) {
	var n atomic.Int32
	stop := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		answer := "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 100000\r\n\r\n" + strings.Repeat("<", 100000)
		var out *bufio.ReadWriter
		if headers {
			conn, rw, err := http.NewResponseController(w).Hijack()
			if err != nil {
				t.Error(err)
				return
			}
			defer conn.Close()
			out = rw
		} else {
			w.Header().Set("Content-Length", "100000")
			w.WriteHeader(http.StatusOK)
			http.NewResponseController(w).Flush()
			answer = answer[strings.Index(answer, "\r\n\r\n")+4:]
		}
		for i := 0; i < len(answer); i++ {
			select {
			case <-stop:
				return
			case <-r.Context().Done():
				return
			case <-time.After(interval):
			}
			var err error
			if out != nil {
				out.WriteByte(answer[i])
				err = out.Flush()
			} else {
				_, err = w.Write([]byte{answer[i]})
				http.NewResponseController(w).Flush()
			}
			if err != nil {
				return
			}
		}
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(stop) })
	return srv, &n
}

// TestFetchGivesUpOnADrippingSite: a site that drips its answers is given
// up on after two requests in a row time out, without retrying them, and
// the fetch ends with a message saying so.
func TestFetchGivesUpOnADrippingSite(t *testing.T) {
	srv, requests := dripServer(t, 50*time.Millisecond, true)
	opts := fetchOpts(srv.URL, srv.Client(), t.TempDir())
	opts.HeaderTimeout, opts.Timeout = 300*time.Millisecond, 5*time.Second
	sum, err := Fetch(context.Background(), opts)
	if !errors.Is(err, ErrSiteUnresponsive) {
		t.Fatalf("Fetch error = %v, want ErrSiteUnresponsive", err)
	}
	for _, want := range []string{"gave up on 127.0.0.1:", "2 requests in a row timed out", "timeout awaiting response headers", "--header-timeout"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if n := requests.Load(); n != maxTimeouts {
		t.Errorf("the site got %d requests, want %d: timeouts are not retried", n, maxTimeouts)
	}
	if sum == nil || sum.Requests != maxTimeouts {
		t.Errorf("summary = %+v", sum)
	}
}

// TestClientTimeLimits checks each limit on one request: a body that
// drips under the minimum rate, a whole answer that takes too long, and
// headers that take too long.
func TestClientTimeLimits(t *testing.T) {
	tests := []struct {
		name    string
		headers bool // drip the headers too
		cfg     clientConfig
		grace   time.Duration // slowGrace; 0 disables the rate check
		want    string
	}{
		{"body under the minimum rate", false, clientConfig{DocTimeout: 10 * time.Second}, 300 * time.Millisecond, "too slow: "},
		{"whole answer too long", false, clientConfig{DocTimeout: 300 * time.Millisecond}, 0, "not received in full within 300ms (--timeout)"},
		{"headers too long", true, clientConfig{HeaderTimeout: 300 * time.Millisecond}, 0, "timeout awaiting response headers"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, requests := dripServer(t, 50*time.Millisecond, tt.headers)
			c := testClient(t, srv.URL, tt.cfg)
			c.slowGrace = tt.grace
			c.retries = 3
			_, err := c.get(context.Background(), srv.URL, "", "")
			var te *timeoutError
			if !errors.As(err, &te) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want a timeout saying %q", err, tt.want)
			}
			if n := requests.Load(); n != 1 {
				t.Errorf("%d requests, want 1: a timeout is not retried", n)
			}
		})
	}
}

// TestDefaultLimitsAbandonADripWithinAMinute: with the default flags, a
// site that drips (headers or body) is given up on within a minute, and a
// site that accepts no connection too.
func TestDefaultLimitsAbandonADripWithinAMinute(t *testing.T) {
	perRequest := max(DefaultHeaderTimeout, slowGrace+time.Second, DefaultConnectTimeout)
	if worst := maxTimeouts * (perRequest + DefaultDelay); worst > time.Minute {
		t.Errorf("a dripping site is given up on after up to %s with the defaults, want at most a minute", worst)
	}
	if minRate*slowGrace.Seconds() < 1000 {
		t.Errorf("the minimum rate lets a site drip")
	}
}

// TestFetchRunDeadline: a run that outlasts --run-timeout stops with a
// message saying so, keeping what it stored.
func TestFetchRunDeadline(t *testing.T) {
	site := newFakeSite(t, "testdata/site")
	srv, hc := site.serve()
	opts := fetchOpts(srv.URL, hc, t.TempDir())
	opts.Delay, opts.RunTimeout = 100*time.Millisecond, 350*time.Millisecond
	sum, err := Fetch(context.Background(), opts)
	if !errors.Is(err, ErrRunDeadline) || !strings.Contains(err.Error(), "run again to continue") {
		t.Fatalf("Fetch error = %v, want the run deadline", err)
	}
	if sum == nil || sum.Requests == 0 {
		t.Errorf("summary = %+v", sum)
	}
}
