package moderngov

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"
)

// Resolver looks host names up; *net.Resolver is one. Options.Resolver
// lets tests give names to their loopback servers.
type Resolver interface {
	LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error)
}

// guardedDialer opens the fetcher's connections. It resolves host names
// itself and dials only the addresses the policy allows, by address, so
// that a second DNS answer cannot slip another address in between the
// check and the connection; and the dialer's Control hook checks again
// the address the socket is actually connecting to.
type guardedDialer struct {
	policy   *hostPolicy
	resolver Resolver
	// route, when set, changes the address a host's connection goes to
	// once the name is resolved and before the policy checks the address:
	// tests imitating councils' sites on loopback ports use it.
	route   func(host string, addr netip.AddrPort) netip.AddrPort
	dialer  net.Dialer
	refused atomic.Int64 // connections refused by the policy
}

func newGuardedDialer(policy *hostPolicy, resolver Resolver, connectTimeout time.Duration) *guardedDialer {
	if resolver == nil {
		resolver = net.DefaultResolver
	}
	g := &guardedDialer{policy: policy, resolver: resolver}
	g.dialer = net.Dialer{Timeout: connectTimeout, KeepAlive: 30 * time.Second, Control: g.control}
	return g
}

// DialContext connects to addr (host:port) through the first allowed
// address that answers.
func (g *guardedDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	host, portText, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", addr, err)
	}
	port, err := strconv.ParseUint(portText, 10, 16)
	if err != nil {
		return nil, fmt.Errorf("dial %s: bad port: %w", addr, err)
	}
	ips, err := g.lookup(ctx, host)
	if err != nil {
		return nil, err
	}
	var refused, failed error
	for _, ip := range ips {
		ap := netip.AddrPortFrom(ip.Unmap(), uint16(port))
		if g.route != nil {
			ap = g.route(host, ap)
		}
		if err := g.policy.checkAddr(ap); err != nil {
			g.refused.Add(1)
			refused = err
			continue
		}
		conn, err := g.dialer.DialContext(ctx, network, ap.String())
		if err == nil {
			return conn, nil
		}
		failed = err
		if ctx.Err() != nil {
			break
		}
	}
	if failed != nil {
		return nil, failed
	}
	return nil, fmt.Errorf("connect to %s: %w", host, refused)
}

// lookup returns the addresses of host (an IP literal is its own).
func (g *guardedDialer) lookup(ctx context.Context, host string) ([]netip.Addr, error) {
	if a, err := netip.ParseAddr(host); err == nil {
		return []netip.Addr{a}, nil
	}
	ips, err := g.resolver.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return nil, fmt.Errorf("look up %s: %w", host, err)
	}
	if len(ips) == 0 {
		return nil, fmt.Errorf("look up %s: no addresses", host)
	}
	return ips, nil
}

// control checks the address a socket is about to connect to.
func (g *guardedDialer) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("connect to %s: %w", address, errors.Join(ErrPrivateAddress, err))
	}
	return g.policy.checkAddr(ap)
}
