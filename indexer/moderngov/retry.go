package moderngov

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"net/http"
	"strconv"
	"time"
)

// retryable reports whether a failed request is worth repeating: 429, 5xx
// and network errors are; other statuses, time limits, refusals of the
// host policy, over-large answers, names that do not exist and
// certificates not valid for the host are not.
func retryable(err error) bool {
	var se *statusError
	if errors.As(err, &se) {
		return se.Status == http.StatusTooManyRequests || se.Status >= 500
	}
	var te *timeoutError
	var dns *net.DNSError
	var cert *tls.CertificateVerificationError
	if errors.As(err, &dns) && dns.IsNotFound || errors.As(err, &cert) {
		return false
	}
	return !errors.As(err, &te) && !errors.Is(err, ErrForeignHost) && !errors.Is(err, ErrPrivateAddress) &&
		!errors.Is(err, ErrSiteUnresponsive) && !errors.Is(err, errTooLarge)
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

// maxRetryAfterSeconds caps a Retry-After in seconds well past
// maxRetryAfter, so that a huge one cannot overflow a Duration.
const maxRetryAfterSeconds = 1 << 20

// parseRetryAfter reads a Retry-After header: seconds or an HTTP date.
func parseRetryAfter(h string, now time.Time) time.Duration {
	if h == "" {
		return 0
	}
	if s, err := strconv.Atoi(h); err == nil && s >= 0 {
		return time.Duration(min(s, maxRetryAfterSeconds)) * time.Second
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
		return context.Cause(ctx)
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
