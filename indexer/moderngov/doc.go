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
// stores the "Agenda and minutes" page as .html instead.
//
// The council of a site comes from --council, else from the corpus's
// councils list (its moderngov_url), else from the register of children's
// services authorities (authorities.csv: the authority whose web domain the
// site is under), else it is named after the site's host.
//
// Fetching is polite and resumable: one request at a time, a delay between
// requests, retries with exponential backoff on 429 and 5xx answers
// (honouring Retry-After), conditional GETs from the manifest's ETag and
// Last-Modified, files written through a temporary file and a rename, and
// the manifest saved after every meeting.
//
// Every request goes through one client (client.go) that keeps to a host
// policy (guard.go): URLs only on the site's host and the operator's
// --allow-host hosts, connections only to public addresses or to those the
// operator named, checked on the address dialled (dial.go); with time
// limits on connecting, on the headers, on each whole answer and on its
// rate (body.go), giving up on a site whose requests keep timing out. Every
// download is checked to be what its name says (content.go) and written
// through an os.Root on the corpus (store.go), so nothing lands outside it.
//
// ParseMeeting reads a stored GetMeeting XML file into a schema.Meeting and
// ParseDocumentsPage reads a stored ieListDocuments page; the indexer calls
// them and fills in council, committee, IDs and topics. IsCompanion tells
// the indexer which manifest entries are companions (the printed minutes
// PDF of structured minutes) that must not be indexed a second time.
//
// The package never imports package indexer (indexer imports it).
package moderngov
