package moderngovtest

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"net/netip"
	"os"
	"strings"
	"time"
)

// Config is what a process needs to reach the imitation: the loopback
// address of each host name, and the certificate its servers present. It
// is JSON, so that a test can hand it to a child process in a file.
type Config struct {
	Hosts map[string]string `json:"hosts"` // host name → 127.0.0.1:port
	// Plain are the servers of the hosts' port 80, which redirect every
	// address to https, as councils' sites do: host name → 127.0.0.1:port.
	Plain map[string]string `json:"plain,omitempty"`
	Cert  string            `json:"cert"` // PEM
}

// Config returns the imitation's Config.
func (im *Imitation) Config() Config {
	c := Config{Hosts: map[string]string{}, Plain: map[string]string{}, Cert: string(im.pem)}
	for name, h := range im.hosts {
		ap, _ := im.Addr(name)
		c.Hosts[name] = ap.String()
		if h.plain != nil {
			c.Plain[name] = h.plain.Listener.Addr().String()
		}
	}
	return c
}

// WriteConfig writes the imitation's Config to path.
func (im *Imitation) WriteConfig(path string) error {
	data, err := json.Marshal(im.Config())
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o600)
}

// ReadConfig reads a Config written by WriteConfig.
func ReadConfig(path string) (Config, error) {
	var c Config
	data, err := os.ReadFile(path)
	if err != nil {
		return c, err
	}
	if err := json.Unmarshal(data, &c); err != nil {
		return c, fmt.Errorf("imitation config %s: %w", path, err)
	}
	return c, nil
}

// LookupNetIP answers for the imitation's host names with 127.0.0.1 and
// says that no other name exists, as DNS would.
func (im *Imitation) LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error) {
	return im.Config().LookupNetIP(ctx, network, host)
}

// Route sends a connection to port 443 (or 80) of one of the imitation's
// host names to the loopback port that serves it.
func (im *Imitation) Route(host string, addr netip.AddrPort) netip.AddrPort {
	return im.Config().Route(host, addr)
}

// TLSConfig trusts the imitation's certificate.
func (im *Imitation) TLSConfig() *tls.Config {
	return im.Config().TLSConfig()
}

// LookupNetIP: see Imitation.LookupNetIP.
func (c Config) LookupNetIP(_ context.Context, _, host string) ([]netip.Addr, error) {
	if ap, ok := c.Hosts[strings.ToLower(strings.TrimSuffix(host, "."))]; ok {
		return []netip.Addr{netip.MustParseAddrPort(ap).Addr()}, nil
	}
	return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
}

// Route: see Imitation.Route.
func (c Config) Route(host string, addr netip.AddrPort) netip.AddrPort {
	name := strings.ToLower(strings.TrimSuffix(host, "."))
	if ap, ok := c.Hosts[name]; ok && addr.Port() == 443 {
		return netip.MustParseAddrPort(ap)
	}
	if ap, ok := c.Plain[name]; ok && addr.Port() == 80 {
		return netip.MustParseAddrPort(ap)
	}
	return addr
}

// TLSConfig: see Imitation.TLSConfig.
func (c Config) TLSConfig() *tls.Config {
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM([]byte(c.Cert))
	return &tls.Config{RootCAs: pool}
}

// selfSigned makes a certificate for the host names, signed by itself.
func selfSigned(names []string) (tls.Certificate, []byte, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "moderngovtest"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		DNSNames:              names,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	pemBytes := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, pemBytes, nil
}
