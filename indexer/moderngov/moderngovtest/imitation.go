package moderngovtest

import (
	"crypto/tls"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// Council is the imitation of one council's web presence.
type Council struct {
	Name   string // e.g. "Northshire"; used in page titles
	Domain string // its web domain, e.g. "northshire.gov.uk"
	Region string // its region in the register (WriteRegister); "" for the North East
	// Site is where its ModernGov site is: a host, or a host and a path
	// ("www.northshire.gov.uk/moderngov"); "" for none.
	Site string
	// ServiceOff makes the web service answer 403, as on sites that
	// refuse non-browsers: only the HTML pages serve.
	ServiceOff bool
	// MainSites are hosts of the domain that answer every address with a
	// page of the council's main site (200), ModernGov's addresses too.
	MainSites []string
	// Meetings is how many meetings each committee held: one a month
	// from January 2023. The last has no minutes yet; 0 means 6.
	Meetings int
	// Redirects are hosts of the domain that redirect every address to
	// another site: host → base URL (e.g. a hosted "https://x.moderngov.co.uk").
	Redirects map[string]string
	// Broken makes the second meeting of the corporate parenting panel
	// answer 500 to every request.
	Broken bool
	// PrintedOnly keeps the minutes in the printed minutes PDF alone, as
	// many councils publish them: the web service and the documents page
	// list the items with no minutes text under them.
	PrintedOnly bool
	// Quirks are the ways real installations differ (quirks.go).
	Quirks
}

// Imitation is a running set of councils' sites.
type Imitation struct {
	// Latency is how long each answer takes, so that requests overlap
	// and concurrency can be seen; set it before the first request.
	Latency time.Duration

	hosts map[string]*host // by host name
	cert  tls.Certificate
	pem   []byte

	mu        sync.Mutex
	hits      map[string]int // requests per host+path?query
	full      map[string]int // answers with a body (200) per host+path?query
	inFlight  int
	maxFlight int
}

// host is one host name and the server answering for it.
type host struct {
	name     string
	srv      *httptest.Server
	plain    *httptest.Server // port 80: redirects to https
	council  *Council
	prefix   string // the ModernGov site's path on this host ("" or "/moderngov"); "-" for none
	mainSite bool   // answers other paths with the main site's page
	redirect string // base URL every address redirects to; "" for none

	mu        sync.Mutex
	inFlight  int
	maxFlight int
	asked     int                  // requests answered, for Throttled
	throttled map[string]time.Time // when each address was last answered 429
	gaps      []time.Duration      // how long each 429 took to be asked again
}

// Start serves the councils until the test ends.
func Start(t testing.TB, councils ...Council) *Imitation {
	t.Helper()
	im := &Imitation{hosts: map[string]*host{}, hits: map[string]int{}, full: map[string]int{}}
	for i := range councils {
		c := &councils[i]
		if c.Meetings == 0 {
			c.Meetings = 6
		}
		if c.Site != "" {
			name, path, _ := strings.Cut(c.Site, "/")
			h := im.add(name, c)
			h.prefix = "/" + path
			if path == "" {
				h.prefix = ""
			}
		}
		for _, name := range c.MainSites {
			im.add(name, c).mainSite = true
		}
		for name, to := range c.Redirects {
			im.add(name, c).redirect = to
		}
	}
	var names []string
	for name := range im.hosts {
		names = append(names, name)
	}
	sort.Strings(names)
	cert, pem, err := selfSigned(names)
	if err != nil {
		t.Fatal(err)
	}
	im.cert, im.pem = cert, pem
	for _, h := range im.hosts {
		h.srv = httptest.NewUnstartedServer(im.handler(h))
		h.srv.TLS = &tls.Config{Certificates: []tls.Certificate{cert}}
		h.srv.Config.ErrorLog = log.New(io.Discard, "", 0) // a client killed mid-handshake is expected
		h.srv.StartTLS()
		t.Cleanup(h.srv.Close)
		h.plain = httptest.NewServer(im.handler(h.toHTTPS()))
		t.Cleanup(h.plain.Close)
	}
	return im
}

// toHTTPS is the host's port 80: every address redirects (301) to the same
// address over https.
func (h *host) toHTTPS() *host {
	return &host{name: h.name, council: h.council, prefix: "-", redirect: "https://" + h.name, throttled: map[string]time.Time{}}
}

// add registers a host for council c, or returns the one registered.
func (im *Imitation) add(name string, c *Council) *host {
	name = strings.ToLower(name)
	if h, ok := im.hosts[name]; ok {
		return h
	}
	h := &host{name: name, council: c, prefix: "-", throttled: map[string]time.Time{}}
	im.hosts[name] = h
	return h
}

// handler counts a request to h, holds it for the latency, and answers
// it.
func (im *Imitation) handler(h *host) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := h.name + r.URL.Path + "?" + r.URL.RawQuery
		im.mu.Lock()
		im.hits[key]++
		im.inFlight++
		im.maxFlight = max(im.maxFlight, im.inFlight)
		im.mu.Unlock()
		h.mu.Lock()
		h.inFlight++
		h.maxFlight = max(h.maxFlight, h.inFlight)
		h.mu.Unlock()
		defer func() {
			h.mu.Lock()
			h.inFlight--
			h.mu.Unlock()
			im.mu.Lock()
			im.inFlight--
			im.mu.Unlock()
		}()
		if im.Latency > 0 {
			time.Sleep(im.Latency)
		}
		rec := &statusRecorder{ResponseWriter: w}
		h.serve(rec, r)
		if rec.status == http.StatusOK {
			im.mu.Lock()
			im.full[key]++
			im.mu.Unlock()
		}
	})
}
