// Package moderngov pulls committee minutes from councils' ModernGov sites
// into a corpus directory, and reads what it stored.
//
// Fetch lists a site's committees, picks those the caller asked for, lists
// their meetings in a date window and stores, for each meeting with
// published minutes, the raw GetMeeting XML of the site's web service
// (mgWebService.asmx) as <corpus>/<council>/<committee>/<date>.xml, with the
// "Printed minutes" PDF beside it as a companion file, and records both in
// the corpus manifest. When the web service is switched off or refuses
// non-browser clients it falls back to the public HTML pages
// (mgListCommittees.aspx, ieListMeetings.aspx, ieListDocuments.aspx) and
// stores the "Agenda and minutes" page as .html instead (and printed
// minutes that the site serves as a web page as <date>.minutes.html). A
// meeting its listing says was cancelled or postponed is not asked for;
// every meeting found not held (by its listing, its page, its notice "This
// meeting has been cancelled" or its answer) is recorded in
// the manifest's "not_held" list, so that coverage can say "meeting
// cancelled" rather than report a gap; a meeting without minutes of its
// own may have them attached to the next meeting held (attached.go).
//
// The council of a site comes from --council, else from the corpus's
// councils list (its moderngov_url), else from the register of children's
// services authorities (built in, or the corpus's authorities.csv: the
// authority whose web domain the site is under), else it is named after
// the site's host.
//
// Fetching is polite and resumable: one request at a time, a delay between
// requests, retries with exponential backoff on 429 and 5xx answers
// (honouring Retry-After), conditional GETs from the manifest's ETag and
// Last-Modified, files written through a temporary file and a rename, and
// the manifest saved after every meeting. A meeting whose minutes were
// stored half a year or more after it (settled.go), or that was found not
// held, is not asked for again.
//
// FetchMany fetches many councils in one run (many.go): those named, those
// of a region of the register, or all. A council's site comes from the
// corpus's sources.json or councils.json, or is discovered (discover.go)
// by trying the usual ModernGov hosts under the web domain the register
// gives it and checking that the answer is ModernGov's, and is written
// back to sources.json (sources.go), which also records each council's
// last fetch and the run, so that a stopped run resumes without fetching
// finished councils again. Several councils are fetched at once, but the
// hosts' gates (gates.go) keep every host to one request at a time, and a
// request budget (--max-requests) stops the run cleanly. The run ends
// with a table (table.go). Package moderngovtest imitates several
// councils' sites on loopback for the tests.
//
// Every request goes through one client (client.go) that keeps to a host
// policy (guard.go), one per council (and during discovery, one allowing
// only that council's candidate hosts): URLs only on the site's host and
// the operator's --allow-host hosts, connections only to public addresses
// or to those the operator named, checked on the address dialled
// (dial.go); with time
// limits on connecting, on the headers, on each whole answer and on its
// rate (body.go), giving up on a site whose requests keep timing out. Every
// download is checked to be what its name says (content.go) and written
// through an os.Root on the corpus (store.go), so nothing lands outside it.
//
// ParseMeeting reads a stored GetMeeting XML file into a schema.Meeting;
// the indexer calls it and fills in council, committee, IDs and topics (a
// stored .html page goes through the indexer's general HTML reader).
// ParseDocumentsPage reads an ieListDocuments page's items, which fetch
// uses to find minutes attached to the next meeting held. IsCompanion tells
// the indexer which manifest entries are companions (the printed minutes
// PDF of structured minutes) that must not be indexed a second time.
//
// The package never imports package indexer (indexer imports it).
package moderngov
