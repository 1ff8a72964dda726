package moderngovtest

import (
	"net/http"
	"net/netip"
	"sort"
	"strings"
)

// statusRecorder notes the status of an answer.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return s.ResponseWriter.Write(b)
}

// Count returns the requests whose host+path?query contains sub (e.g.
// "democracy.northshire.gov.uk/mgWebService.asmx/GetMeeting?"), and how
// many of them were answered with a body (200, not 304).
func (im *Imitation) Count(sub string) (all, full int) {
	im.mu.Lock()
	defer im.mu.Unlock()
	for k, n := range im.hits {
		if strings.Contains(k, sub) {
			all += n
			full += im.full[k]
		}
	}
	return all, full
}

// Downloads returns, for every host+path?query asked so far, how many
// answers carried a body (200, not 304).
func (im *Imitation) Downloads() map[string]int {
	im.mu.Lock()
	defer im.mu.Unlock()
	out := make(map[string]int, len(im.full))
	for k, n := range im.full {
		out[k] = n
	}
	return out
}

// Requests is every request answered so far.
func (im *Imitation) Requests() int {
	all, _ := im.Count("")
	return all
}

// MaxInFlight returns the most requests one host had in flight at once,
// over all hosts, and the most all hosts had together.
func (im *Imitation) MaxInFlight() (perHost, all int) {
	for _, h := range im.hosts {
		h.mu.Lock()
		perHost = max(perHost, h.maxFlight)
		h.mu.Unlock()
	}
	im.mu.Lock()
	defer im.mu.Unlock()
	return perHost, im.maxFlight
}

// Hosts returns the host names served, sorted.
func (im *Imitation) Hosts() []string {
	var out []string
	for name := range im.hosts {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// Addr returns the loopback address and port serving a host name.
func (im *Imitation) Addr(name string) (netip.AddrPort, bool) {
	h, ok := im.hosts[strings.ToLower(name)]
	if !ok {
		return netip.AddrPort{}, false
	}
	return netip.MustParseAddrPort(h.srv.Listener.Addr().String()), true
}
