package moderngov

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"time"
)

// Limits of the polite client.
const (
	maxBodyBytes  = 100 << 20 // refuse larger answers
	minBackoff    = 200 * time.Millisecond
	maxBackoff    = 2 * time.Minute
	maxRetryAfter = 10 * time.Minute // a longer Retry-After gives up instead
	maxRedirects  = 5
	// An answer must arrive at minRate bytes a second on average once
	// slowGrace has passed; a site that drips is given up on sooner than
	// the whole-document timeout.
	slowGrace = 10 * time.Second
	minRate   = 1024
	// maxTimeouts requests in a row that time out (or drip) make the
	// client give up on the site for the rest of the run.
	maxTimeouts = 2
)

// ErrSiteUnresponsive is returned for every request once the client has
// given up on a site whose answers kept timing out.
var ErrSiteUnresponsive = errors.New("the site does not answer in time")

// statusError is an HTTP answer other than 200 or 304.
type statusError struct {
	URL    string
	Status int
}

func (e *statusError) Error() string {
	return fmt.Sprintf("get %s: %d %s", e.URL, e.Status, http.StatusText(e.Status))
}

// timeoutError is a request that took too long: no connection, no
// headers, a whole answer not received in time, or an answer dripping
// slower than minRate. It is not retried.
type timeoutError struct {
	URL    string
	Reason string
}

func (e *timeoutError) Error() string { return fmt.Sprintf("get %s: %s", e.URL, e.Reason) }

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

// client is the fetcher's one way to the network. Every request, and
// every redirect, goes through its host policy; every connection through
// its guarded dialer; every answer is bounded in time (connection,
// headers, whole document, minimum rate) and size. It makes one request
// at a time, waits delay between requests, retries 429 and 5xx answers
// and network errors with exponential backoff (or as long as Retry-After
// says), and identifies itself. After maxTimeouts timeouts in a row it
// gives up on the site.
type client struct {
	hc         *http.Client
	dialer     *guardedDialer
	policy     *hostPolicy
	userAgent  string
	delay      time.Duration
	retries    int
	docTimeout time.Duration // a whole answer, from request to last byte; 0: none
	slowGrace  time.Duration
	minRate    float64 // bytes a second, averaged, after slowGrace
	log        *slog.Logger

	mu       sync.Mutex // held for the whole of each request: one at a time
	last     time.Time  // when the previous request ended
	requests int        // requests sent, retries included
	refused  int        // requests and redirects the host policy refused
	timeouts int        // requests in a row that timed out
	gaveUp   error      // set once the client gives up on the site
}

// clientConfig is what a client is built from; Options fills it in.
type clientConfig struct {
	UserAgent      string
	Delay          time.Duration
	Retries        int
	ConnectTimeout time.Duration
	HeaderTimeout  time.Duration
	DocTimeout     time.Duration
	TLS            *tls.Config
	Resolver       Resolver
	Log            *slog.Logger
}

// newClient builds a client that keeps to the policy.
func newClient(policy *hostPolicy, cfg clientConfig) *client {
	c := &client{policy: policy, userAgent: cfg.UserAgent, delay: cfg.Delay, retries: cfg.Retries,
		docTimeout: cfg.DocTimeout, slowGrace: slowGrace, minRate: minRate, log: cfg.Log}
	dialer := newGuardedDialer(policy, cfg.Resolver, cfg.ConnectTimeout)
	c.dialer = dialer
	var tlsConfig *tls.Config
	if cfg.TLS != nil {
		tlsConfig = cfg.TLS.Clone()
	}
	transport := &http.Transport{
		Proxy:                  nil, // a proxy would hide the address dialled from the guard
		DialContext:            dialer.DialContext,
		TLSClientConfig:        tlsConfig,
		TLSHandshakeTimeout:    cfg.ConnectTimeout,
		ResponseHeaderTimeout:  cfg.HeaderTimeout,
		ExpectContinueTimeout:  time.Second,
		MaxIdleConns:           4,
		IdleConnTimeout:        90 * time.Second,
		MaxResponseHeaderBytes: 256 << 10,
		ForceAttemptHTTP2:      true,
	}
	c.hc = &http.Client{Transport: transport, CheckRedirect: c.checkRedirect}
	return c
}

// unresponsive returns the error the client gave up on the site with, or
// nil while it has not.
func (c *client) unresponsive() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gaveUp
}

// refusals counts the requests, redirects and connections the host policy
// refused.
func (c *client) refusals() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.refused + int(c.dialer.refused.Load())
}

// checkRedirect follows a redirect only within the policy.
func (c *client) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= maxRedirects {
		return fmt.Errorf("more than %d redirects", maxRedirects)
	}
	if err := c.policy.checkURL(req.URL); err != nil {
		c.refused++ // under c.mu: redirects are followed inside once
		return fmt.Errorf("redirect to %s refused: %w", req.URL.Redacted(), err)
	}
	return nil
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

// once sends one request, waiting first for the delay since the previous
// one. It returns the Retry-After the site gave with a failure.
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
	if wait := c.delay - time.Since(c.last); wait > 0 && !c.last.IsZero() {
		if err := sleep(ctx, wait); err != nil {
			return nil, 0, fmt.Errorf("get %s: %w", rawURL, err)
		}
	}
	defer func() { c.last = time.Now() }()
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
	res, err := c.hc.Do(req)
	if err != nil {
		return nil, 0, c.failure(ctx, reqCtx, rawURL, err)
	}
	defer res.Body.Close()
	out := &response{
		URL:          rawURL,
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
