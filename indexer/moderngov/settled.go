package moderngov

import (
	"bytes"
	"strings"
	"time"
)

// settledAfter is how long after a meeting its stored minutes are taken to
// be settled. Minutes are approved at the next meeting, one to three months
// on, and do not change after that; ModernGov's pages carry no ETag or
// Last-Modified to ask for them conditionally, so without this every run
// downloaded every meeting's page again to find it unchanged.
const settledAfter = 180 * 24 * time.Hour

// A meeting a fetch found not held (cancelled, postponed) is not asked
// for again either (fetchMeeting): it stays in the manifest's not_held.

// settled reports whether a meeting need not be asked for again, and
// returns its stored files: its minutes were stored (with their printed
// minutes or companion, all still on disk, or without printed minutes
// when none are linked) by a fetch made settledAfter or more after the
// meeting.
func (f *fetcher) settled(m meetingJob) ([]string, bool) {
	ref := m.ref()
	day, err := time.Parse(dateLayout, ref.Date)
	if err != nil {
		return nil, false
	}
	for _, ext := range []string{".xml", ".html"} {
		rel := m.base() + ext
		e, ok := f.man.Lookup(rel)
		if !ok || e.MeetingID != ref.ID || !f.files.exists(rel) {
			continue
		}
		at, err := time.Parse(time.RFC3339, e.FetchedAt)
		if err != nil || at.Sub(day) < settledAfter {
			return nil, false
		}
		files := []string{rel}
		if other, ok := PrintedMinutes(e); ok {
			files = append(files, other)
		} else if other, ok := CompanionOf(e); ok {
			files = append(files, other)
		}
		for _, rel := range files[1:] {
			if !f.files.exists(rel) {
				return nil, false
			}
		}
		if len(files) == 1 && f.linksPrinted(rel) {
			return nil, false // printed minutes linked but not got (refused, failed): ask again
		}
		return files, true
	}
	return nil, false
}

// linksPrinted reports whether the stored structured minutes rel link
// printed minutes (or cannot be read to tell).
func (f *fetcher) linksPrinted(rel string) bool {
	data, err := f.files.read(rel)
	if err != nil {
		return true
	}
	if strings.HasSuffix(rel, ".html") {
		_, ok := pagePrintedMinutes(data, f.site)
		return ok
	}
	root, err := parseXML(bytes.NewReader(data))
	if err != nil || root.find("meeting") == nil {
		return true
	}
	_, ok := printedMinutes(meetingDocs(root.find("meeting"), f.site))
	return ok
}
