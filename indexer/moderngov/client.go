package moderngov

import (
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/netip"
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
	URL          string // as requested
	Final        string // as answered, after redirects
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
// at a time, and waits its turn on the host's gate (one request at a time
// per host across the run, delay apart); it retries 429 and 5xx answers
// and network errors with exponential backoff (or as long as Retry-After
// says), counts each request against the run's budget, and identifies
// itself. After maxTimeouts timeouts in a row it gives up on the site.
type client struct {
	hc         *http.Client
	dialer     *guardedDialer
	policy     *hostPolicy
	userAgent  string
	delay      time.Duration
	retries    int
	docTimeout time.Duration // a whole answer, from request to last byte; 0: none
	maxBody    int64         // larger answers are refused: maxBodyBytes
	slowGrace  time.Duration
	minRate    float64 // bytes a second, averaged, after slowGrace
	log        *slog.Logger
	gates      *hostGates     // shared by the run's clients
	budget     *requestBudget // shared by the run's clients; nil: no limit
	onRequest  func()         // called as each request is sent; may be nil

	mu       sync.Mutex // held for the whole of each request: one at a time
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
	Route          func(host string, addr netip.AddrPort) netip.AddrPort
	Log            *slog.Logger
	// Gates and Budget are shared by the clients of a many-council run;
	// nil gives the client gates of its own and no request limit.
	Gates     *hostGates
	Budget    *requestBudget
	OnRequest func()
}

// newClient builds a client that keeps to the policy.
func newClient(policy *hostPolicy, cfg clientConfig) *client {
	c := &client{policy: policy, userAgent: cfg.UserAgent, delay: cfg.Delay, retries: cfg.Retries,
		docTimeout: cfg.DocTimeout, maxBody: maxBodyBytes, slowGrace: slowGrace, minRate: minRate, log: cfg.Log,
		gates: cfg.Gates, budget: cfg.Budget, onRequest: cfg.OnRequest}
	if c.gates == nil {
		c.gates = newHostGates()
	}
	dialer := newGuardedDialer(policy, cfg.Resolver, cfg.ConnectTimeout)
	dialer.route = cfg.Route
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
