package moderngov

import (
	"fmt"
	"net"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/inspections"
)

// resolve settles the site, the council and the window from the options.
func (f *fetcher) resolve() error {
	councils := f.sh.councils
	var err error
	site, council := strings.TrimSpace(f.opts.Site), strings.TrimSpace(f.opts.Council)
	f.foundBy = corpus.FoundByOperator
	switch {
	case site == "" && council == "":
		return fmt.Errorf("fetch needs --site, --council or both")
	case site == "":
		f.council, f.councilSlug = f.sh.councilNamed(council)
		site, f.foundBy = f.sh.siteOf(f.councilSlug)
		if site == "" {
			return fmt.Errorf("--council %q: no site in %s/%s or %s; give --site, or fetch it with --councils to look for it",
				council, f.opts.Corpus, corpus.CouncilsFile, corpus.SourcesFile)
		}
	case council == "":
		if c, ok := councilBySite(councils, site); ok {
			f.council, f.councilSlug = c.Name, c.Slug
			break
		}
		u, err := normaliseSite(site)
		if err != nil {
			return err
		}
		var registered bool
		f.council, f.councilSlug, registered = councilOfHost(councils, f.sh.reg, u.Hostname())
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
		return badOption("--council %q: the name has no letters or digits", council)
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
		return nil, badOption("--site %q: %w", raw, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, badOption("--site %q: want an http or https URL with a host", raw)
	}
	p := u.Path
	if ext := strings.ToLower(path.Ext(p)); ext == ".aspx" || ext == ".asmx" {
		p = path.Dir(p)
	}
	u.Path = strings.TrimRight(p, "/")
	u.RawQuery, u.Fragment, u.RawPath = "", "", ""
	return u, nil
}
