package moderngov

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"path"
	"strings"
)

// ErrNoSite is a council whose ModernGov site is not known and was not
// found under its web domain.
var ErrNoSite = errors.New("no ModernGov site found")

// candidateSites are where councils usually keep their ModernGov site,
// under the registered domain their own hosts are under: democracy.,
// moderngov., committees. and democratic. hosts, and a /moderngov path of
// the main site, in the order they are tried.
func candidateSites(domain string) []string {
	var out []string
	for _, h := range []string{"democracy.", "moderngov.", "committees.", "democratic."} {
		out = append(out, "https://"+h+domain)
	}
	return append(out, "https://www."+domain+"/moderngov", "https://"+domain+"/moderngov")
}

// discover looks for a council's ModernGov site under its web domain: it
// tries each candidate in turn and returns the first that answers as
// ModernGov (probe). Only the council's own candidate hosts may be
// requested, redirects included, and a host name never unlocks a
// non-public address (see hostPolicy). Each candidate gets a client of
// its own, so that one slow host does not end the search.
func discover(ctx context.Context, domain string, opts Options, sh *shared) (string, error) {
	if domain == "" {
		return "", fmt.Errorf("%w: the register gives no web domain; give its site with --site or in %s", ErrNoSite, "sources.json")
	}
	cands := candidateSites(domain)
	allow := append([]string(nil), opts.AllowHosts...)
	for _, c := range cands {
		u, _ := url.Parse(c)
		allow = append(allow, u.Hostname())
	}
	var tried []string
	for _, c := range cands {
		u, _ := url.Parse(c)
		policy, err := newHostPolicy(u, allow)
		if err != nil {
			return "", err
		}
		cl := newClient(policy, sh.clientConfig(opts))
		site, why := probe(ctx, cl, u)
		if site != "" {
			return site, nil
		}
		if ctx.Err() != nil {
			return "", context.Cause(ctx)
		}
		tried = append(tried, strings.TrimPrefix(c, "https://")+": "+why)
	}
	return "", fmt.Errorf("%w under %s (%s); give its site with --site or in sources.json", ErrNoSite, domain, strings.Join(tried, "; "))
}

// probe reports whether base is a ModernGov site, and returns the site's
// address as it answered (after redirects), or why it is not: the web
// service's GetCommittees must list committees, or else
// mgListCommittees.aspx must link to committees as ModernGov's pages do.
// A page answering 200 to anything is not enough.
func probe(ctx context.Context, cl *client, base *url.URL) (site, why string) {
	if _, err := cl.dialer.lookup(ctx, base.Hostname()); err != nil {
		return "", short(err)
	}
	res, err := cl.get(ctx, base.String()+"/mgWebService.asmx/GetCommittees?lDummy=0", "", "")
	switch {
	case err == nil && !isHTMLAnswer(res):
		if root, perr := parseXML(bytes.NewReader(res.Body)); perr == nil && len(parseCommittees(root)) > 0 {
			if s, ok := siteBefore(res.Final, "/mgwebservice.asmx/"); ok {
				return s, ""
			}
		}
		why = "its web service lists no committees"
	case err == nil:
		why = "its web service answers with a page"
	case unreachable(err):
		return "", short(err)
	default:
		why = "web service: " + short(err)
	}
	res, err = cl.get(ctx, base.String()+"/"+committeesPage, "", "")
	if err != nil && unreachable(err) {
		return "", why + "; " + committeesPage + ": " + short(err)
	}
	if err == nil {
		final, perr := normaliseSite(res.Final)
		if perr == nil && len(parseCommitteesPage(res.Body, final)) > 0 {
			return final.String(), ""
		}
		why += "; " + committeesPage + " lists no committees"
	} else {
		why += "; " + committeesPage + ": " + short(err)
	}
	// Some sites link only their meetings calendar.
	res, err = cl.get(ctx, base.String()+"/"+calendarPage, "", "")
	if err != nil {
		return "", why + "; " + calendarPage + ": " + short(err)
	}
	final, perr := normaliseSite(res.Final)
	if perr != nil || !isCalendar(res.Body, final) {
		return "", why + "; " + calendarPage + " is no meetings calendar"
	}
	return final.String(), ""
}

// isCalendar reports whether a page is a ModernGov meetings calendar: it
// links, on the site's own host, to meetings (ieListDocuments.aspx?CId=
// &MId=) or to other months of the calendar (?M=&DD=). A main site's
// page that links a calendar elsewhere is not one.
func isCalendar(body []byte, site *url.URL) bool {
	for _, l := range pageLinks(body, site) {
		if !strings.EqualFold(l.URL.Host, site.Host) {
			continue
		}
		if _, ok := calendarMonth(l.URL); ok {
			return true
		}
		if strings.EqualFold(path.Base(l.URL.Path), documentsPage) && queryValue(l.URL, "mid") != "" && queryValue(l.URL, "cid") != "" {
			return true
		}
	}
	return false
}

// siteBefore returns the site whose page or service the URL raw is: the
// part before marker (matched ignoring case).
func siteBefore(raw, marker string) (string, bool) {
	i := strings.Index(strings.ToLower(raw), marker)
	if i < 0 {
		return "", false
	}
	u, err := normaliseSite(raw[:i])
	if err != nil {
		return "", false
	}
	return u.String(), true
}

// unreachable reports whether a request failed before any answer: no
// such host, no connection, a certificate not valid for the host, a
// redirect or address the host policy refused, a time limit.
func unreachable(err error) bool {
	var se *statusError
	return !errors.As(err, &se)
}

// short names why a request failed, without the URL the caller names.
func short(err error) string {
	var dns *net.DNSError
	var cert *tls.CertificateVerificationError
	var se *statusError
	switch {
	case errors.As(err, &dns) && dns.IsNotFound:
		return "no such host"
	case errors.As(err, &cert):
		return "certificate not valid: " + cert.Err.Error()
	case errors.As(err, &se):
		return fmt.Sprintf("%d %s", se.Status, http.StatusText(se.Status))
	}
	if inner := errors.Unwrap(err); inner != nil && strings.HasPrefix(err.Error(), "get ") {
		return inner.Error() // without "get URL: "
	}
	return err.Error()
}
