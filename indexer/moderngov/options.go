package moderngov

import (
	"crypto/tls"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/netip"
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
	DefaultParallel       = 4
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
	// MaxRequests stops the run, cleanly and resumably, once it has sent
	// this many requests (0: no limit).
	MaxRequests int
	// Refetch asks again for every meeting of the window, even one whose
	// minutes were stored long after it (settled) or that a fetch found
	// not held: for minutes a council corrected, or a meeting it listed
	// as cancelled by mistake. Conditional requests still apply.
	Refetch bool

	// Many councils in one run (FetchMany): the councils of the register
	// (or of councils.json or sources.json) named by slug or name, those
	// of the regions, or all of them; at most Parallel hosts at once.
	// Restart begins a new run even when an unfinished one asked for the
	// same committees and dates.
	Councils []string
	Regions  []string
	All      bool
	Parallel int
	Restart  bool

	// TLSConfig and Resolver replace the system's certificate roots and
	// DNS, for tests and internal mirrors; nil means the system's. Route,
	// for tests only, changes the address a host's connections go to
	// after its name is resolved (the address is checked after the
	// change): an imitation of councils' sites listens on loopback ports,
	// not on 443.
	TLSConfig *tls.Config
	Resolver  Resolver
	Route     func(host string, addr netip.AddrPort) netip.AddrPort
	Logger    *slog.Logger
	// Progress receives the run's progress: a line per meeting (one
	// council) or per council (many), and a progress line now and then,
	// live when it is a terminal or a *progress.Printer on one. Nil for
	// none.
	Progress io.Writer
}

// Many reports whether the options ask for many councils (--councils,
// --region or --all) rather than one site.
func (o *Options) Many() bool { return len(o.Councils) > 0 || len(o.Regions) > 0 || o.All }

// OptionError is an error in the options themselves (a malformed --site,
// --from or --allow-host, a negative delay): the command line's fault, not
// the site's. The command turns it into a usage error.
type OptionError struct{ Err error }

func (e *OptionError) Error() string { return e.Err.Error() }
func (e *OptionError) Unwrap() error { return e.Err }

// badOption returns an *OptionError.
func badOption(format string, args ...any) error {
	return &OptionError{Err: fmt.Errorf(format, args...)}
}

// check fills in the zero defaults and refuses impossible values.
func (o *Options) check() error {
	if o.Corpus == "" {
		o.Corpus = DefaultCorpus
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Parallel == 0 {
		o.Parallel = DefaultParallel
	}
	switch {
	case o.Retries < 0 || o.Delay < 0:
		return badOption("--retries and --delay must not be negative")
	case o.ConnectTimeout < 0 || o.HeaderTimeout < 0 || o.Timeout < 0 || o.RunTimeout < 0:
		return badOption("--connect-timeout, --header-timeout, --timeout and --run-timeout must not be negative")
	case o.MaxRequests < 0:
		return badOption("--max-requests must not be negative")
	case o.Parallel < 0:
		return badOption("--parallel must be at least 1")
	case o.Many() && (strings.TrimSpace(o.Site) != "" || strings.TrimSpace(o.Council) != ""):
		return badOption("--site and --council fetch one council; --councils, --region and --all many: give one or the other")
	}
	return nil
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
	fs.BoolVar(&o.Refetch, "refetch", false, "ask again for every meeting in the window, even those whose minutes were stored long after "+
		"the meeting (settled) or that were found not held")
	fs.IntVar(&o.MaxRequests, "max-requests", 0, "stop the fetch after this many requests (0: no limit); a later run resumes")
	fs.Func("councils", "fetch these councils: slugs or names of the register, comma-separated (many councils in one run)", func(s string) error {
		o.Councils = append(o.Councils, splitList(s)...)
		return nil
	})
	fs.Func("region", "fetch every council of the register in this region: a slug or name such as north-east (repeatable)", func(s string) error {
		o.Regions = append(o.Regions, splitList(s)...)
		return nil
	})
	fs.BoolVar(&o.All, "all", false, "fetch every council of the register, and every other council whose site is known")
	fs.IntVar(&o.Parallel, "parallel", DefaultParallel, "councils fetched at once, each host one request at a time")
	fs.BoolVar(&o.Restart, "restart", false, "begin a new run of many councils instead of resuming the unfinished one")
}

// splitList splits a comma-separated flag value, dropping empty parts.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
