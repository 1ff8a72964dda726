package moderngov

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// Limits of the polite client.
const (
	maxBodyBytes  = 100 << 20 // refuse larger answers
	minBackoff    = 200 * time.Millisecond
	maxBackoff    = 2 * time.Minute
	maxRetryAfter = 10 * time.Minute // a longer Retry-After gives up instead
)

// statusError is an HTTP answer other than 200 or 304.
type statusError struct {
	URL    string
	Status int
}

func (e *statusError) Error() string {
	return fmt.Sprintf("get %s: %d %s", e.URL, e.Status, http.StatusText(e.Status))
}

// response is a successful answer: a body, or NotModified after a
// conditional GET.
type response struct {
	URL          string
	Body         []byte
	ContentType  string
	ETag         string
	LastModified string
	NotModified  bool
}

// client makes one request at a time, waits delay between requests,
// retries 429 and 5xx answers and network errors with exponential backoff
// (or as long as Retry-After says), and identifies itself.
type client struct {
	hc        *http.Client
	userAgent string
	delay     time.Duration
	retries   int
	log       *slog.Logger

	mu       sync.Mutex // held for the whole of each request: one at a time
	last     time.Time  // when the previous request ended
	requests int        // requests sent, retries included
}

// get fetches url. With etag or lastModified set it makes a conditional
// GET and reports NotModified on 304.
func (c *client) get(ctx context.Context, url, etag, lastModified string) (*response, error) {
	for attempt := 0; ; attempt++ {
		resp, retryAfter, err := c.once(ctx, url, etag, lastModified)
		if err == nil {
			return resp, nil
		}
		if ctx.Err() != nil {
			return nil, fmt.Errorf("get %s: %w", url, ctx.Err())
		}
		if !retryable(err) || attempt >= c.retries {
			return nil, err
		}
		wait := c.backoff(attempt)
		if retryAfter > 0 {
			wait = retryAfter
		}
		if wait > maxRetryAfter {
			return nil, fmt.Errorf("%w (site asks to wait %s)", err, wait)
		}
		c.log.Info("retrying", "url", url, "attempt", attempt+1, "wait", wait, "err", err)
		if err := sleep(ctx, wait); err != nil {
			return nil, fmt.Errorf("get %s: %w", url, err)
		}
	}
}

// once sends one request, waiting first for the delay since the previous
// one. It returns the Retry-After the site gave with a failure.
func (c *client) once(ctx context.Context, url, etag, lastModified string) (*response, time.Duration, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if wait := c.delay - time.Since(c.last); wait > 0 && !c.last.IsZero() {
		if err := sleep(ctx, wait); err != nil {
			return nil, 0, fmt.Errorf("get %s: %w", url, err)
		}
	}
	defer func() { c.last = time.Now() }()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("get %s: %w", url, err)
	}
	req.Header.Set("User-Agent", c.userAgent)
	req.Header.Set("Accept", "text/xml, application/xml, text/html, application/pdf;q=0.9, */*;q=0.5")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	c.requests++
	res, err := c.hc.Do(req)
	if err != nil {
		return nil, 0, fmt.Errorf("get %s: %w", url, err)
	}
	defer res.Body.Close()
	out := &response{
		URL:          url,
		ContentType:  res.Header.Get("Content-Type"),
		ETag:         res.Header.Get("ETag"),
		LastModified: res.Header.Get("Last-Modified"),
	}
	switch {
	case res.StatusCode == http.StatusNotModified:
		out.NotModified = true
		out.ETag, out.LastModified = orElse(out.ETag, etag), orElse(out.LastModified, lastModified)
		return out, 0, nil
	case res.StatusCode != http.StatusOK:
		io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
		return nil, parseRetryAfter(res.Header.Get("Retry-After"), time.Now()), &statusError{URL: url, Status: res.StatusCode}
	}
	body, err := io.ReadAll(io.LimitReader(res.Body, maxBodyBytes+1))
	if err != nil {
		return nil, 0, fmt.Errorf("get %s: read body: %w", url, err)
	}
	if len(body) > maxBodyBytes {
		return nil, 0, fmt.Errorf("get %s: answer larger than %d bytes", url, maxBodyBytes)
	}
	out.Body = body
	return out, 0, nil
}

// retryable reports whether a failed request is worth repeating: 429, 5xx
// and network errors are; other statuses are not.
func retryable(err error) bool {
	var se *statusError
	if errors.As(err, &se) {
		return se.Status == http.StatusTooManyRequests || se.Status >= 500
	}
	return true
}

// backoff is the wait before retry attempt+1: the delay (at least
// minBackoff) doubled each time, at most maxBackoff.
func (c *client) backoff(attempt int) time.Duration {
	d := max(c.delay, minBackoff)
	for i := 0; i < attempt && d < maxBackoff; i++ {
		d *= 2
	}
	return min(d, maxBackoff)
}

// parseRetryAfter reads a Retry-After header: seconds or an HTTP date.
func parseRetryAfter(h string, now time.Time) time.Duration {
	if h == "" {
		return 0
	}
	if s, err := strconv.Atoi(h); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// sleep waits for d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// orElse returns s, or def when s is empty.
func orElse(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
