package moderngov

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// get fetches url. With etag or lastModified set it makes a conditional
// GET and reports NotModified on 304.
func (c *client) get(ctx context.Context, url, etag, lastModified string) (*response, error) {
	for attempt := 0; ; attempt++ {
		resp, retryAfter, err := c.once(ctx, url, etag, lastModified)
		if err == nil {
			return resp, nil
		}
		if ctx.Err() != nil {
			return nil, fmt.Errorf("get %s: %w", url, context.Cause(ctx))
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
			return nil, fmt.Errorf("get %s: %w", url, context.Cause(ctx))
		}
	}
}

// once sends one request, waiting first for its turn on the host (and the
// delay since the host's previous request). It returns the Retry-After
// the site gave with a failure.
func (c *client) once(ctx context.Context, rawURL, etag, lastModified string) (*response, time.Duration, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gaveUp != nil {
		return nil, 0, c.gaveUp
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, 0, fmt.Errorf("get %s: %w", rawURL, err)
	}
	if err := c.policy.checkURL(u); err != nil {
		c.refused++
		return nil, 0, fmt.Errorf("get %s refused: %w", u.Redacted(), err)
	}
	release, err := c.gates.acquire(ctx, gateKey(u), c.delay)
	if err != nil {
		return nil, 0, fmt.Errorf("get %s: %w", rawURL, err)
	}
	defer release()
	if err := c.budget.take(); err != nil {
		return nil, 0, fmt.Errorf("get %s: %w", rawURL, err)
	}
	res, retryAfter, err := c.send(ctx, u, etag, lastModified)
	var te *timeoutError
	switch {
	case err == nil:
		c.timeouts = 0
	case errors.As(err, &te):
		c.timeouts++
		if c.timeouts >= maxTimeouts {
			c.gaveUp = fmt.Errorf("%w: gave up on %s after %d requests in a row timed out; the last: %w",
				ErrSiteUnresponsive, u.Host, c.timeouts, err)
			return nil, 0, c.gaveUp
		}
	}
	return res, retryAfter, err
}

// send makes the request and reads the answer within the time limits.
func (c *client) send(ctx context.Context, u *url.URL, etag, lastModified string) (*response, time.Duration, error) {
	rawURL := u.String()
	docCtx := ctx
	if c.docTimeout > 0 {
		var cancel context.CancelFunc
		docCtx, cancel = context.WithTimeoutCause(ctx, c.docTimeout,
			fmt.Errorf("not received in full within %s (--timeout)", c.docTimeout))
		defer cancel()
	}
	reqCtx, stop := context.WithCancelCause(docCtx)
	defer stop(nil)
	req, err := http.NewRequestWithContext(reqCtx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("get %s: %w", rawURL, err)
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
	if c.onRequest != nil {
		c.onRequest()
	}
	res, err := c.hc.Do(req)
	if err != nil {
		return nil, 0, c.failure(ctx, reqCtx, rawURL, err)
	}
	defer res.Body.Close()
	out := &response{
		URL:          rawURL,
		Final:        res.Request.URL.String(),
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
		return nil, parseRetryAfter(res.Header.Get("Retry-After"), time.Now()), &statusError{URL: rawURL, Status: res.StatusCode}
	}
	if res.ContentLength > c.maxBody {
		// Said too large before a byte of it: not read (a pack of
		// gigabytes would be read to the limit on every run).
		return nil, 0, c.failure(ctx, reqCtx, rawURL, fmt.Errorf("%w: %d bytes, over %d", errTooLarge, res.ContentLength, c.maxBody))
	}
	body, err := c.readBody(res.Body, stop)
	if err != nil {
		return nil, 0, c.failure(ctx, reqCtx, rawURL, err)
	}
	out.Body = body
	return out, 0, nil
}

// failure names why a request failed: the caller's context, a time
// limit (a *timeoutError), or the network.
func (c *client) failure(ctx, reqCtx context.Context, rawURL string, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("get %s: %w", rawURL, context.Cause(ctx))
	}
	if reqCtx.Err() != nil {
		return &timeoutError{URL: rawURL, Reason: context.Cause(reqCtx).Error()}
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err // it repeats the URL
	}
	var ne interface{ Timeout() bool }
	if errors.As(err, &ne) && ne.Timeout() {
		return &timeoutError{URL: rawURL, Reason: err.Error() + " (see --connect-timeout and --header-timeout)"}
	}
	return fmt.Errorf("get %s: %w", rawURL, err)
}

// gateKey names the host a URL's request takes its turn on: the host as
// the policy compares it, with the port it connects to.
func gateKey(u *url.URL) string {
	return canonicalHost(u.Hostname()) + ":" + strconv.Itoa(int(defaultPort(u)))
}
