package moderngov

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search/schema"
)

// ErrNoCommittee is returned when no committee of the site matches the
// --committee patterns.
var ErrNoCommittee = errors.New("no matching committee")

// fetcher carries the state of one Fetch.
type fetcher struct {
	opts        Options
	site        *url.URL
	council     string // display name
	councilSlug string
	win         window
	man         *corpus.Manifest
	files       *store
	cl          *client
	log         *slog.Logger
	sum         *Summary
	now         func() time.Time
	lookahead   map[string]*response // answers fetched early, by URL, used once
	dirty       bool                 // the manifest has changes not yet saved
}

// Fetch pulls the minutes of the chosen committees of a council's ModernGov
// site into opts.Corpus and records them in its manifest. One meeting that
// fails is reported in the summary and does not stop the others; the error
// is for what stops the whole fetch (bad options, a site that lists no
// committees or stops answering, a manifest that cannot be saved, a
// cancelled context, the run's deadline). The summary is returned with
// whatever was done even then, except for bad options, which return a nil
// summary.
//
// Requests go one at a time (per Fetch, hence per site), opts.Delay apart,
// only to the site's host and opts.AllowHosts (see hostPolicy), and
// nothing is written outside opts.Corpus.
func Fetch(ctx context.Context, opts Options) (*Summary, error) {
	if opts.Corpus == "" {
		opts.Corpus = DefaultCorpus
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.Retries < 0 || opts.Delay < 0 {
		return nil, fmt.Errorf("--retries and --delay must not be negative")
	}
	if opts.ConnectTimeout < 0 || opts.HeaderTimeout < 0 || opts.Timeout < 0 || opts.RunTimeout < 0 {
		return nil, fmt.Errorf("--connect-timeout, --header-timeout, --timeout and --run-timeout must not be negative")
	}
	f := &fetcher{opts: opts, log: opts.Logger, now: time.Now, lookahead: map[string]*response{}}
	if err := f.resolve(); err != nil {
		return nil, err
	}
	policy, err := newHostPolicy(f.site, opts.AllowHosts)
	if err != nil {
		return nil, err
	}
	f.cl = newClient(policy, clientConfig{UserAgent: opts.UserAgent, Delay: opts.Delay, Retries: opts.Retries,
		ConnectTimeout: opts.ConnectTimeout, HeaderTimeout: opts.HeaderTimeout, DocTimeout: opts.Timeout,
		TLS: opts.TLSConfig, Resolver: opts.Resolver, Log: f.log})
	if f.files, err = openStore(opts.Corpus); err != nil {
		return nil, err
	}
	defer f.files.close()
	if opts.RunTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, opts.RunTimeout,
			fmt.Errorf("%w: stopped after %s (--run-timeout); run again to continue", ErrRunDeadline, opts.RunTimeout))
		defer cancel()
	}
	f.sum = &Summary{Site: f.site.String(), Council: f.council, CouncilSlug: f.councilSlug}
	err = f.run(ctx)
	if gaveUp := f.cl.unresponsive(); gaveUp != nil {
		err = gaveUp
	} else if err != nil && errors.Is(context.Cause(ctx), ErrRunDeadline) {
		err = context.Cause(ctx)
	}
	f.sum.Requests, f.sum.Refused = f.cl.requests, f.cl.refusals()
	return f.sum, err
}

// ErrRunDeadline ends a fetch that ran out of its --run-timeout.
var ErrRunDeadline = errors.New("run deadline reached")

// resolve settles the site, the council and the window from the options.
func (f *fetcher) resolve() error {
	councils, err := corpus.LoadCouncils(f.opts.Corpus)
	if err != nil {
		return err
	}
	site, council := strings.TrimSpace(f.opts.Site), strings.TrimSpace(f.opts.Council)
	switch {
	case site == "" && council == "":
		return fmt.Errorf("fetch needs --site, --council or both")
	case site == "":
		c, ok := councils.Resolve(council)
		if !ok {
			return fmt.Errorf("--council %q: not in %s/%s; give --site too", council, f.opts.Corpus, corpus.CouncilsFile)
		}
		if c.ModernGovURL == "" {
			return fmt.Errorf("--council %q: %s has no moderngov_url; give --site", council, corpus.CouncilsFile)
		}
		site, f.council, f.councilSlug = c.ModernGovURL, c.Name, c.Slug
	case council == "":
		if c, ok := councilBySite(councils, site); ok {
			f.council, f.councilSlug = c.Name, c.Slug
			break
		}
		u, err := normaliseSite(site)
		if err != nil {
			return err
		}
		reg, err := inspections.LoadRegister(filepath.Join(f.opts.Corpus, corpus.AuthoritiesFile))
		if err != nil {
			return err
		}
		var registered bool
		f.council, f.councilSlug, registered = councilOfHost(councils, reg, u.Hostname())
		if registered {
			f.log.Info("the site is not in the councils list: the council is the register's authority for its web domain",
				"site", site, "council", f.council, "file", corpus.AuthoritiesFile)
			break
		}
		f.log.Warn("the site is not in the councils list: the council is named after its host; give --council to name it",
			"site", site, "council", f.council, "file", corpus.CouncilsFile)
	default:
		f.council, f.councilSlug = councils.Normalise(council)
	}
	if f.councilSlug == "" {
		return fmt.Errorf("--council %q: the name has no letters or digits", council)
	}
	if f.site, err = normaliseSite(site); err != nil {
		return err
	}
	f.win, err = parseWindow(f.opts.From, f.opts.To, time.Now())
	return err
}

// councilBySite finds the council whose ModernGov site has the host of site.
func councilBySite(cs corpus.Councils, site string) (corpus.Council, bool) {
	u, err := normaliseSite(site)
	if err != nil {
		return corpus.Council{}, false
	}
	for _, c := range cs {
		if cu, err := normaliseSite(c.ModernGovURL); err == nil && c.ModernGovURL != "" && strings.EqualFold(cu.Host, u.Host) {
			return c, true
		}
	}
	return corpus.Council{}, false
}

// run lists the committees, picks the matching ones and fetches their
// meetings.
func (f *fetcher) run(ctx context.Context) error {
	man, err := corpus.LoadManifest(f.opts.Corpus)
	if err != nil {
		return err
	}
	f.man = man
	all, viaHTML, err := f.listCommittees(ctx)
	if err != nil {
		return err
	}
	chosen := chooseCommittees(all, newCommitteeMatcher(f.opts.Committees))
	if len(chosen) == 0 {
		return fmt.Errorf("--committee %q: %w among the %d committees of %s", f.opts.Committees, ErrNoCommittee, len(all), f.site)
	}
	for _, c := range chosen {
		f.sum.Committees = append(f.sum.Committees, c.Title)
		if err := f.fetchCommittee(ctx, c, viaHTML); err != nil {
			return err
		}
	}
	return nil
}

// chooseCommittees keeps the committees that are not deleted and match the
// patterns. With no patterns, every current (not expired) committee;
// expired ones are taken only when a pattern names them.
func chooseCommittees(all []committee, m committeeMatcher) []committee {
	var out []committee
	for _, c := range all {
		switch {
		case c.Deleted:
		case !m.any() && !c.Expired:
			out = append(out, c)
		case m.any() && m.match(c.Title):
			out = append(out, c)
		}
	}
	return out
}

// serviceURL is the URL of a web-service operation.
func (f *fetcher) serviceURL(op string, q url.Values) string {
	return f.site.String() + "/mgWebService.asmx/" + op + "?" + q.Encode()
}

// pageURL is the URL of one of the site's pages.
func (f *fetcher) pageURL(page string, q url.Values) string {
	u := f.site.String() + "/" + page
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	return u
}

// documentsURL is the "Agenda and minutes" page of a meeting: the source
// link recorded in the manifest.
func (f *fetcher) documentsURL(committeeID, meetingID string) string {
	return f.pageURL(documentsPage, url.Values{"CId": {committeeID}, "MId": {meetingID}})
}

// relPath is the corpus-relative path, without extension, of a meeting's
// files.
func (f *fetcher) relPath(c committee, ref meetingRef, withID bool) string {
	name := ref.Date
	if withID {
		name += "-" + schema.Slug(ref.ID)
	}
	slug := schema.Slug(c.Title)
	if slug == "" {
		slug = "committee-" + schema.Slug(c.ID)
	}
	return f.councilSlug + "/" + slug + "/" + name
}

// councilOfHost names the council of a site that is not in the councils
// list: the authority of the register whose web domain the host is under
// ("democracy.barnet.gov.uk" is Barnet's), with registered true; else a
// council named after the host (councilFromHost).
func councilOfHost(councils corpus.Councils, reg *inspections.Register, host string) (name, slug string, registered bool) {
	if a, ok := reg.ByHost(host); ok {
		name, slug = councils.Normalise(a.Name)
		return name, slug, true
	}
	name, slug = councils.Normalise(councilFromHost(host))
	return name, slug, false
}

// councilFromHost names a council after its site's host when nothing else
// names it: "democracy.example.gov.uk" gives "example", and
// "example.moderngov.co.uk" gives "example".
func councilFromHost(host string) string {
	skip := map[string]bool{"www": true, "democracy": true, "moderngov": true, "modgov": true,
		"committees": true, "cmis": true, "meetings": true, "councillors": true, "democratic": true,
		"decisions": true, "minutes": true, "gov": true, "co": true, "org": true, "uk": true,
		"com": true, "net": true, "local": true}
	if net.ParseIP(host) != nil || host == "localhost" {
		return host
	}
	for _, label := range strings.Split(strings.ToLower(host), ".") {
		if label != "" && !skip[label] {
			return label
		}
	}
	return host
}
