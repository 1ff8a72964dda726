// Package moderngovtest imitates the ModernGov sites of several councils
// at once, on loopback, for the tests of `minutes fetch`: each council's
// site on a host of its own (democracy.<domain>, moderngov.<domain>, or a
// /moderngov path of its main site), over TLS, with the web service or
// only the HTML pages, ETags and conditional answers, printed minutes,
// meetings without minutes and meetings that always fail; and main sites
// that answer every address with a page, which must not be taken for
// ModernGov. Quirks (quirks.go) add the ways real installations differ:
// draft printed minutes, a year a page, ISO-8859-1, cancelled meetings
// with minutes attached past them, 429s, a site moved to another path,
// old-style links, executives' "Decision:" pages, long committee lists,
// listings reached only through the meetings calendar (served on every
// site, mgCalendarMonthView.aspx), committees on ieDocHome.aspx,
// "Earlier meetings" links, documents as application/octet-stream, 503s,
// a web service that answers empty. Every host's port 80 redirects to
// https.
//
// Hosts are invented names under invented domains. The Imitation answers
// for their names (LookupNetIP, as fetch's Resolver), sends their port 443
// to its loopback ports (Route), and signs their certificate (TLSConfig).
// Config carries all three to a child process. It counts every request,
// and the most requests any one host, and all hosts together, had in
// flight at once.
package moderngovtest
