package moderngov

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
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

// Defaults of the command-line flags.
const (
	DefaultCorpus  = "./corpus"
	DefaultDelay   = time.Second
	DefaultRetries = 3
)

// Options says which minutes to fetch from where, and how politely.
// Zero values mean: no delay, no retries, the default User-Agent,
// http.DefaultClient, slog.Default() and no progress output; Flags sets
// the command line's defaults.
type Options struct {
	Site       string   // the ModernGov site, e.g. https://democracy.kent.gov.uk
	Council    string   // the council's name; alone, it looks the site up in councils.json
	Committees []string // case-insensitive substrings or regular expressions; none means all current committees
	From, To   string   // YYYY, YYYY-MM or YYYY-MM-DD, inclusive; default 2000 to today
	Corpus     string   // corpus directory (files, manifest.json, councils.json)
	Delay      time.Duration
	Retries    int
	UserAgent  string
	HTTPClient *http.Client
	Logger     *slog.Logger
	Progress   io.Writer // one line per meeting, or nil
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
