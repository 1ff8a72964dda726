package moderngov

import (
	"errors"
	"fmt"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
)

// Errors of the host policy. Requests they refuse are never sent.
var (
	// ErrForeignHost refuses a URL (a document link or a redirect) naming
	// a host other than the council's site and the hosts allowed with
	// --allow-host.
	ErrForeignHost = errors.New("not the council's site (allow it with --allow-host)")
	// ErrPrivateAddress refuses a connection to a loopback, private,
	// link-local or otherwise non-public address the operator did not name.
	ErrPrivateAddress = errors.New("not a public address (allow it with --allow-host)")
)

// hostPolicy keeps the fetcher on the council's site.
//
// A URL may name only the site's host or a host the operator allowed with
// --allow-host. A connection may go only to a public address, or to a
// non-public one the operator named literally: the IP address of --site
// (with its port), or an address, address:port or network given to
// --allow-host. A host *name* never unlocks a non-public address: whoever
// runs the name's DNS could point it anywhere.
type hostPolicy struct {
	hosts map[string]bool  // host names and IP literals that URLs may name, canonical
	nets  []netip.Prefix   // networks the operator allowed, any port
	exact []netip.AddrPort // addresses the operator allowed on one port only
}

// newHostPolicy allows the site's host, and the values of --allow-host
// (each may hold several, comma-separated).
func newHostPolicy(site *url.URL, allow []string) (*hostPolicy, error) {
	p := &hostPolicy{hosts: map[string]bool{canonicalHost(site.Hostname()): true}}
	if a, err := netip.ParseAddr(site.Hostname()); err == nil {
		p.exact = append(p.exact, netip.AddrPortFrom(a.Unmap(), defaultPort(site)))
	}
	for _, v := range allow {
		for _, h := range strings.Split(v, ",") {
			if h = strings.TrimSpace(h); h == "" {
				continue
			}
			if err := p.allow(h); err != nil {
				return nil, err
			}
		}
	}
	return p, nil
}

// allow adds one --allow-host value: a network (10.1.0.0/16), an address
// with a port (127.0.0.1:9000, [::1]:9000), an address (10.1.2.3), or a
// host name (docs.example.gov.uk).
func (p *hostPolicy) allow(v string) error {
	if n, err := netip.ParsePrefix(v); err == nil {
		p.nets = append(p.nets, n.Masked())
		return nil
	}
	if ap, err := netip.ParseAddrPort(v); err == nil {
		ap = netip.AddrPortFrom(ap.Addr().Unmap(), ap.Port())
		p.hosts[ap.Addr().String()] = true
		p.exact = append(p.exact, ap)
		return nil
	}
	if a, err := netip.ParseAddr(strings.Trim(v, "[]")); err == nil {
		a = a.Unmap()
		p.hosts[a.String()] = true
		p.nets = append(p.nets, netip.PrefixFrom(a, a.BitLen()))
		return nil
	}
	if !validHostName(v) {
		return badOption("--allow-host %q: want a host name, an IP address, ADDRESS:PORT or a network such as 10.0.0.0/8", v)
	}
	p.hosts[canonicalHost(v)] = true
	return nil
}

// checkURL refuses a URL the fetcher must not request: not http or https,
// or on a host the policy does not allow.
func (p *hostPolicy) checkURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%s: scheme %q: only http and https are fetched", u.Redacted(), u.Scheme)
	}
	host := canonicalHost(u.Hostname())
	if host == "" {
		return fmt.Errorf("%s: no host", u.Redacted())
	}
	if p.hosts[host] {
		return nil
	}
	if a, err := netip.ParseAddr(host); err == nil && p.inNets(a) {
		return nil
	}
	return fmt.Errorf("host %s: %w", host, ErrForeignHost)
}

// checkAddr refuses a connection to a non-public address the operator did
// not allow.
func (p *hostPolicy) checkAddr(ap netip.AddrPort) error {
	a := ap.Addr().Unmap()
	if publicAddr(a) || p.inNets(a) {
		return nil
	}
	for _, e := range p.exact {
		if e.Addr() == a && e.Port() == ap.Port() {
			return nil
		}
	}
	return fmt.Errorf("address %s: %w", netip.AddrPortFrom(a, ap.Port()), ErrPrivateAddress)
}

func (p *hostPolicy) inNets(a netip.Addr) bool {
	a = a.Unmap()
	for _, n := range p.nets {
		if n.Contains(a) {
			return true
		}
	}
	return false
}

// canonicalHost is a host as the policy compares it: lower-case, without
// a trailing dot or brackets, IP addresses in their shortest form.
func canonicalHost(h string) string {
	h = strings.TrimSuffix(strings.ToLower(strings.Trim(h, "[]")), ".")
	if a, err := netip.ParseAddr(h); err == nil {
		return a.Unmap().String()
	}
	return h
}

// validHostName reports whether s is a DNS name: dot-separated labels of
// letters, digits and hyphens.
func validHostName(s string) bool {
	s = strings.TrimSuffix(s, ".")
	if s == "" || len(s) > 253 {
		return false
	}
	for _, label := range strings.Split(s, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, r := range label {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
				return false
			}
		}
	}
	return true
}

// defaultPort is the port a URL connects to.
func defaultPort(u *url.URL) uint16 {
	if p, err := strconv.ParseUint(u.Port(), 10, 16); err == nil {
		return uint16(p)
	}
	if u.Scheme == "http" {
		return 80
	}
	return 443
}
