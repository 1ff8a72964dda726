package moderngov

import (
	"crypto/tls"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"path"
	"regexp"
	"strings"
	"time"
)

// Version is the fetcher's version, sent in the User-Agent.
const Version = "0.1"

// DefaultUserAgent identifies the fetcher to councils' sites.
const DefaultUserAgent = "minutes/" + Version + " (+https://github.com/councilminutes/minutes)"

// Defaults of the command-line flags. With them a site that stops
// answering, or drips its answers, is given up on within a minute (two
// timed-out requests in a row, each cut off after DefaultHeaderTimeout or,
// once the headers are in, when it averages under 1 KiB/s after 10s), and
// no run lasts longer than DefaultRunTimeout.
const (
	DefaultCorpus         = "./corpus"
	DefaultDelay          = time.Second
	DefaultRetries        = 3
	DefaultConnectTimeout = 10 * time.Second
	DefaultHeaderTimeout  = 20 * time.Second
	DefaultTimeout        = 2 * time.Minute
	DefaultRunTimeout     = 2 * time.Hour
)

// Options says which minutes to fetch from where, and how politely.
// Zero values mean: no delay, no retries, no time limits, the default
// User-Agent, slog.Default() and no progress output; Flags sets the
// command line's defaults.
type Options struct {
	Site       string   // the ModernGov site, e.g. https://democracy.kent.gov.uk
	Council    string   // the council's name; alone, it looks the site up in councils.json
	Committees []string // case-insensitive substrings or regular expressions; none means all current committees
	From, To   string   // YYYY, YYYY-MM or YYYY-MM-DD, inclusive; default 2000 to today
	Corpus     string   // corpus directory (files, manifest.json, councils.json)
	Delay      time.Duration
	Retries    int
	UserAgent  string
	// AllowHosts are the hosts besides the site's that documents and
	// redirects may lead to (--allow-host): host names, IP addresses,
	// ADDRESS:PORT or CIDR networks. Only an address or network named here
	// (or the IP address of Site itself) may be non-public.
	AllowHosts []string
	// Time limits: to connect (and finish the TLS handshake), to receive
	// the headers of an answer, to receive a whole answer, and for the
	// whole run. Zero means none.
	ConnectTimeout time.Duration
	HeaderTimeout  time.Duration
	Timeout        time.Duration
	RunTimeout     time.Duration
	// TLSConfig and Resolver replace the system's certificate roots and
	// DNS, for tests and internal mirrors; nil means the system's.
	TLSConfig *tls.Config
	Resolver  Resolver
	Logger    *slog.Logger
	Progress  io.Writer // one line per meeting, or nil
}

// Flags registers the fetch flags on fs, with their defaults.
func (o *Options) Flags(fs *flag.FlagSet) {
	fs.StringVar(&o.Site, "site", "", "ModernGov site URL, e.g. https://democracy.kent.gov.uk")
	fs.StringVar(&o.Council, "council", "", "council name (alone: take the site from councils.json)")
	fs.Func("committee", "committee name pattern: case-insensitive substring or regexp (repeatable)", func(s string) error {
		o.Committees = append(o.Committees, s)
		return nil
	})
	fs.StringVar(&o.From, "from", "", "first meeting date: YYYY, YYYY-MM or YYYY-MM-DD")
	fs.StringVar(&o.To, "to", "", "last meeting date: YYYY, YYYY-MM or YYYY-MM-DD (default today)")
	fs.StringVar(&o.Corpus, "corpus", DefaultCorpus, "corpus directory")
	fs.DurationVar(&o.Delay, "delay", DefaultDelay, "pause between requests to the site")
	fs.IntVar(&o.Retries, "retries", DefaultRetries, "retries of a request answered 429 or 5xx")
	fs.Func("allow-host", "also fetch documents and follow redirects to this host (repeatable): a host name, an IP address, ADDRESS:PORT or a CIDR network.\n"+
		"Fetch only ever requests the site's own host and these, and never connects to a loopback, private, link-local or\n"+
		"other non-public address unless it is the IP address given in --site or an address or network given here", func(s string) error {
		o.AllowHosts = append(o.AllowHosts, s)
		return nil
	})
	fs.DurationVar(&o.ConnectTimeout, "connect-timeout", DefaultConnectTimeout, "give up connecting to the site after this long")
	fs.DurationVar(&o.HeaderTimeout, "header-timeout", DefaultHeaderTimeout, "give up on a request with no answer after this long")
	fs.DurationVar(&o.Timeout, "timeout", DefaultTimeout, "give up on a document not received in full after this long "+
		"(one dripping under 1 KiB/s is given up on after 10s; two requests in a row given up on end the run)")
	fs.DurationVar(&o.RunTimeout, "run-timeout", DefaultRunTimeout, "stop the whole fetch after this long (0: no limit); a later run resumes")
}

// committeeMatcher matches committee titles against the patterns.
type committeeMatcher struct {
	patterns []*regexp.Regexp
}

// newCommitteeMatcher compiles each pattern as a case-insensitive regexp;
// a pattern that is not a valid regexp is matched as a plain substring.
func newCommitteeMatcher(patterns []string) committeeMatcher {
	var m committeeMatcher
	for _, p := range patterns {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		re, err := regexp.Compile("(?i)" + p)
		if err != nil {
			re = regexp.MustCompile("(?i)" + regexp.QuoteMeta(p))
		}
		m.patterns = append(m.patterns, re)
	}
	return m
}

// any reports whether patterns were given at all.
func (m committeeMatcher) any() bool { return len(m.patterns) > 0 }

// match reports whether title matches one of the patterns.
func (m committeeMatcher) match(title string) bool {
	for _, re := range m.patterns {
		if re.MatchString(title) {
			return true
		}
	}
	return false
}

// normaliseSite checks a site URL and returns it without a trailing slash
// or page name: "https://x.gov.uk/mgListCommittees.aspx" becomes
// "https://x.gov.uk".
func normaliseSite(raw string) (*url.URL, error) {
	raw = strings.TrimSpace(raw)
	if !strings.Contains(raw, "://") {
		raw = "https://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("--site %q: %w", raw, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("--site %q: want an http or https URL with a host", raw)
	}
	p := u.Path
	if ext := strings.ToLower(path.Ext(p)); ext == ".aspx" || ext == ".asmx" {
		p = path.Dir(p)
	}
	u.Path = strings.TrimRight(p, "/")
	u.RawQuery, u.Fragment, u.RawPath = "", "", ""
	return u, nil
}
