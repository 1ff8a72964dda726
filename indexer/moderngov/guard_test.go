package moderngov

import (
	"errors"
	"net/netip"
	"net/url"
	"strings"
	"testing"
)

func TestPublicAddr(t *testing.T) {
	tests := []struct {
		addr   string
		public bool
	}{
		{"93.184.216.34", true},
		{"2606:2800:220:1:248:1893:25c8:1946", true},
		{"127.0.0.1", false},
		{"127.9.9.9", false},
		{"::1", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"192.168.1.1", false},
		{"169.254.169.254", false}, // AWS, GCP and Azure metadata
		{"100.100.100.200", false}, // Alibaba metadata, in carrier-grade NAT space
		{"192.0.0.192", false},     // IETF protocol assignments
		{"fd00:ec2::254", false},   // AWS metadata over IPv6
		{"fe80::1", false},
		{"0.0.0.0", false},
		{"0.1.2.3", false},
		{"::", false},
		{"224.0.0.1", false},
		{"255.255.255.255", false},
		{"::ffff:127.0.0.1", false}, // IPv4-mapped loopback
		{"::ffff:169.254.169.254", false},
		{"64:ff9b::a9fe:a9fe", false},  // NAT64 of 169.254.169.254
		{"64:ff9b::5db8:d822", true},   // NAT64 of a public address
		{"2002:a00:1::", false},        // 6to4 of 10.0.0.1
		{"2001:0:4136:e378::1", false}, // Teredo
	}
	for _, tt := range tests {
		if got := publicAddr(netip.MustParseAddr(tt.addr)); got != tt.public {
			t.Errorf("publicAddr(%s) = %v, want %v", tt.addr, got, tt.public)
		}
	}
}

func TestHostPolicy(t *testing.T) {
	site, _ := url.Parse("https://democracy.example.gov.uk")
	p, err := newHostPolicy(site, []string{"docs.example.gov.uk, 10.9.0.0/16", "192.168.1.5:8443", "[fd00::7]"})
	if err != nil {
		t.Fatal(err)
	}
	urls := []struct {
		url string
		ok  bool
	}{
		{"https://democracy.example.gov.uk/documents/a.pdf", true},
		{"http://DEMOCRACY.example.gov.uk./x", true},
		{"https://docs.example.gov.uk/x.pdf", true},
		{"https://evil.example/x.pdf", false},
		{"https://democracy.example.gov.uk.evil.example/x", false},
		{"https://example.gov.uk/x", false},
		{"https://democracy.example.gov.uk@evil.example/x", false},
		{"http://169.254.169.254/latest/meta-data/", false},
		{"http://10.9.3.4/x", true},
		{"http://10.10.0.1/x", false},
		{"http://192.168.1.5:8443/x", true},
		{"http://[fd00::7]/x", true},
		{"file:///etc/passwd", false},
		{"ftp://democracy.example.gov.uk/x", false},
		{"javascript:alert(1)", false},
	}
	for _, tt := range urls {
		u, err := url.Parse(tt.url)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.checkURL(u); (err == nil) != tt.ok {
			t.Errorf("checkURL(%s) = %v, want allowed %v", tt.url, err, tt.ok)
		}
	}
	addrs := []struct {
		addr string
		ok   bool
	}{
		{"93.184.216.34:443", true},
		{"10.9.200.1:80", true},
		{"10.8.0.1:80", false},
		{"192.168.1.5:8443", true},
		{"192.168.1.5:22", false},
		{"[fd00::7]:443", true},
		{"[::ffff:10.9.0.1]:443", true},
		{"127.0.0.1:443", false},
		{"169.254.169.254:80", false},
	}
	for _, tt := range addrs {
		err := p.checkAddr(netip.MustParseAddrPort(tt.addr))
		if (err == nil) != tt.ok || (err != nil && !errors.Is(err, ErrPrivateAddress)) {
			t.Errorf("checkAddr(%s) = %v, want allowed %v", tt.addr, err, tt.ok)
		}
	}
}

func TestHostPolicySiteAddress(t *testing.T) {
	site, _ := url.Parse("http://127.0.0.1:9000")
	p, err := newHostPolicy(site, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.checkAddr(netip.MustParseAddrPort("127.0.0.1:9000")); err != nil {
		t.Errorf("the site's own address: %v", err)
	}
	for _, a := range []string{"127.0.0.1:9001", "127.0.0.2:9000", "10.0.0.1:9000"} {
		if err := p.checkAddr(netip.MustParseAddrPort(a)); err == nil {
			t.Errorf("%s allowed because the site is on loopback", a)
		}
	}
}

func TestAllowHostValues(t *testing.T) {
	site, _ := url.Parse("https://x.gov.uk")
	for _, bad := range []string{"http://x", "a b", "x_y.gov.uk", "-x.gov.uk", "10.0.0.0/33", "*.gov.uk"} {
		if _, err := newHostPolicy(site, []string{bad}); err == nil || !strings.Contains(err.Error(), "--allow-host") {
			t.Errorf("--allow-host %q: err = %v", bad, err)
		}
	}
}

func TestCheckContent(t *testing.T) {
	tests := []struct {
		name string
		data string
		ok   bool
	}{
		{"a.pdf", "%PDF-1.7\n...", true},
		{"a.pdf", "\r\n%PDF-1.4", true},
		{"a.pdf", "<!DOCTYPE html><html><body>Sign in</body></html>", false},
		{"a.pdf", `{"AccessKeyId":"ASIA..."}`, false},
		{"a.pdf", "", false},
		{"a.docx", "PK\x03\x04...", true},
		{"a.docx", "%PDF-1.4", false},
		{"a.doc", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1...", true},
		{"a.doc", "<html>", false},
		{"a.rtf", `{\rtf1\ansi`, true},
		{"a.rtf", "hello", false},
		{"a.html", "<!DOCTYPE html><html><head><title>Agenda</title>", true},
		{"a.html", "\xef\xbb\xbf  <html><body>", true},
		{"a.html", "%PDF-1.4", false},
		{"a.html", "ami-0abcdef1234567890", false},
		{"a.xml", `<?xml version="1.0"?><getmeeting/>`, true},
		{"a.xml", `<getmeeting><meeting/></getmeeting>`, true},
		{"a.xml", "<!DOCTYPE html><html><body>error</body></html>", false},
		{"a.xml", "instance-id: i-123", false},
		{"a.exe", "MZ", false},
	}
	for _, tt := range tests {
		err := checkContent("kent/cpp/"+tt.name, []byte(tt.data))
		if (err == nil) != tt.ok || (err != nil && !errors.Is(err, ErrWrongContent)) {
			t.Errorf("checkContent(%s, %.20q) = %v, want ok %v", tt.name, tt.data, err, tt.ok)
		}
	}
}
