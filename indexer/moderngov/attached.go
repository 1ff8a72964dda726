package moderngov

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"path"
	"regexp"
	"strings"
)

// docExts are the document types stored as they come; anything else is
// taken for a PDF.
var docExts = []string{".pdf", ".doc", ".docx", ".rtf", ".htm", ".html"}

// minutesItem matches the title of the agenda item that approves the
// previous meeting's minutes.
var minutesItem = regexp.MustCompile(`(?i)\bminutes\b`)

// storedAttached reports whether minutes for this meeting were already
// taken from the next meeting's attachments (and are still on disk).
func (f *fetcher) storedAttached(m meetingJob) (string, bool) {
	for _, ext := range docExts {
		rel := m.base() + ext
		if e, ok := f.man.Lookup(rel); ok && strings.Contains(e.Note, attachedPrefix) && f.files.exists(rel) {
			return rel, true
		}
	}
	return "", false
}

// fetchAttached looks for this meeting's minutes among the documents of
// the next meeting held's "Minutes" item, whose title or file name must
// name this meeting's date, and stores them as the meeting's minutes. A
// meeting that was not held (as its listing says, or else its own page or
// GetMeeting answer) approves no minutes: the one after it is looked at,
// up to maxNotHeld of them.
func (f *fetcher) fetchAttached(ctx context.Context, m meetingJob, o Outcome) (string, Outcome) {
	ref := m.ref()
	o.Reason = "minutes not published"
	var docs []linkedDoc
	var next meetingRef
	for n, passed := m.i+1, 0; ; n++ {
		if n >= len(m.refs) || passed > maxNotHeld {
			return notPublished, o
		}
		if m.refs[n].NotHeld != "" {
			passed++
			continue
		}
		d, notHeld, ok := f.meetingDocs(ctx, m, n)
		if !ok {
			return notPublished, o
		}
		if notHeld != "" {
			passed++
			continue
		}
		docs, next = d, m.refs[n]
		break
	}
	for _, d := range docs {
		name, _ := url.PathUnescape(d.URL)
		if !mentionsDate(d.Title+" "+path.Base(name), ref.Date) {
			continue
		}
		rel, changed, err := f.storeDoc(ctx, m.base()+docExt(d.URL), d, attachedNote(next), m)
		if err != nil {
			o.Reason = fmt.Sprintf("minutes attached to meeting %s: %v", next.ID, err)
			return failed, o
		}
		o.Files = []string{rel}
		o.Reason = attachedNote(next)
		if changed {
			return stored, o
		}
		return skipped, o
	}
	return notPublished, o
}

// maxNotHeld bounds how many meetings in a row not held fetchAttached
// looks past.
const maxNotHeld = 3

// meetingDocs fetches meeting n of the job ahead of its turn (the answer
// is kept for it) and returns the documents of its "Minutes" items, or
// why it was not held; ok is false when it could not be read.
func (f *fetcher) meetingDocs(ctx context.Context, m meetingJob, n int) (docs []linkedDoc, notHeld string, ok bool) {
	ref, base := m.refs[n], m.names[n]
	if m.viaHTML {
		res, err := f.peek(ctx, f.documentsURL(m.c.ID, ref.ID), base+".html")
		if err != nil {
			return nil, "", false
		}
		body, err := f.content(res, base+".html", false)
		if err != nil {
			return nil, "", false
		}
		if page, err := ParseDocumentsPage(bytes.NewReader(body)); err == nil {
			notHeld = pageNotHeld(page.Title, body)
		}
		for _, l := range pageLinks(body, f.answeredAt(res)) {
			if isDocumentURL(l.URL) {
				docs = append(docs, linkedDoc{Title: l.Text, URL: l.URL.String()})
			}
		}
		return docs, notHeld, true
	}
	res, err := f.peek(ctx, f.serviceURL("GetMeeting", url.Values{"lMeetingId": {ref.ID}}), base+".xml")
	if err != nil {
		return nil, "", false
	}
	data, err := f.content(res, base+".xml", true)
	if err != nil {
		return nil, "", false
	}
	root, err := parseXML(bytes.NewReader(data))
	if err != nil || root.find("meeting") == nil {
		return nil, "", false
	}
	mt := root.find("meeting")
	return itemDocs(mt, minutesItem, f.answeredAt(res)), notHeldIn(mt.value("meetingstatus")), true
}
