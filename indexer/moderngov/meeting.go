package moderngov

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/councilminutes/minutes/indexer/corpus"
)

// meetingJob is one meeting to fetch, with the committee's other meetings
// (for the next meeting's attachments) and their corpus paths.
type meetingJob struct {
	c       committee
	refs    []meetingRef
	names   []string // corpus path without extension, per ref
	i       int
	viaHTML bool
}

func (m meetingJob) ref() meetingRef { return m.refs[m.i] }
func (m meetingJob) base() string    { return m.names[m.i] }

// fetchMeeting fetches and stores one meeting and says what became of it.
func (f *fetcher) fetchMeeting(ctx context.Context, m meetingJob) (string, Outcome) {
	ref := m.ref()
	o := Outcome{Committee: m.c.Title, MeetingID: ref.ID, Date: ref.Date}
	if rel, ok := f.storedAttached(m); ok {
		o.Files = []string{rel}
		o.Reason = "minutes already taken from the next meeting"
		return skipped, o
	}
	if n, ok := f.man.NotHeld(f.council, m.c.storedName(), ref.ID); ok && n.Date == ref.Date && !f.opts.Refetch {
		o.Reason = "meeting " + n.Reason + " (as a fetch found before)"
		return notPublished, o
	}
	if files, ok := f.settled(m); ok && !f.opts.Refetch {
		o.Files = files
		o.Reason = "minutes stored long after the meeting: not asked for again"
		return skipped, o
	}
	if m.viaHTML {
		return f.fetchMeetingHTML(ctx, m, o)
	}
	xmlRel := m.base() + ".xml"
	res, err := f.getStored(ctx, f.serviceURL("GetMeeting", url.Values{"lMeetingId": {ref.ID}}), xmlRel)
	var se *statusError
	if errors.As(err, &se) || (err == nil && isHTMLAnswer(res)) {
		f.log.Warn("GetMeeting refused, reading the documents page", "meeting", ref.ID, "err", err)
		f.sum.Fallback = true
		m.viaHTML = true
		return f.fetchMeetingHTML(ctx, m, o)
	}
	if err != nil {
		o.Reason = err.Error()
		return failed, o
	}
	data, err := f.content(res, xmlRel, true)
	if err != nil {
		o.Reason = err.Error()
		return failed, o
	}
	root, err := parseXML(bytes.NewReader(data))
	if err != nil {
		o.Reason = fmt.Sprintf("malformed GetMeeting answer for meeting %s: %v", ref.ID, err)
		return failed, o
	}
	mt := root.find("meeting")
	if mt == nil {
		f.log.Warn("GetMeeting answered without the meeting, reading the documents page", "meeting", ref.ID)
		f.sum.Fallback = true
		m.viaHTML = true
		return f.fetchMeetingHTML(ctx, m, o)
	}
	if !minutesPublished(mt) {
		if nh := notHeldIn(mt.value("meetingstatus")); nh != "" {
			return f.notHeld(m.c, ref, nh, o)
		}
		return f.fetchAttached(ctx, m, o)
	}
	printed, hasPrinted := printedMinutes(meetingDocs(mt, f.answeredAt(res)))
	return f.storeStructured(ctx, m, o, structured{
		rel: xmlRel, data: data, res: res, format: Format, original: "xml",
		printed: printed, hasPrinted: hasPrinted, hasText: hasMinutesText(mt),
	})
}

// isHTMLAnswer reports whether a web-service answer is an HTML page (a
// login or error page served with 200) rather than XML.
func isHTMLAnswer(res *response) bool {
	if res.NotModified {
		return false
	}
	if strings.Contains(strings.ToLower(res.ContentType), "html") {
		return true
	}
	head := bytes.ToLower(bytes.TrimSpace(res.Body[:min(len(res.Body), 512)]))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}

// structured is a meeting's structured minutes (GetMeeting XML or the
// documents page) ready to store.
type structured struct {
	rel              string
	data             []byte
	res              *response
	format, original string
	printed          linkedDoc
	hasPrinted       bool
	// hasText is whether the structured minutes hold the whole minutes
	// text; without it the printed minutes are the meeting's document.
	hasText bool
}

// storeStructured writes the structured minutes and their printed minutes,
// and records both in the manifest. The one the indexer reads is the
// structured minutes when they hold the minutes text, and otherwise the
// printed minutes (items listed with no text, or text cut short): the
// other is its companion, kept for its link or its data.
func (f *fetcher) storeStructured(ctx context.Context, m meetingJob, o Outcome, s structured) (string, Outcome) {
	ref := m.ref()
	changed, err := f.files.writeIfChanged(s.rel, s.data)
	if err != nil {
		o.Reason = err.Error()
		return failed, o
	}
	o.Files = []string{s.rel}
	prev, had := f.man.Lookup(s.rel)
	e := corpus.Entry{
		Path: s.rel, Council: f.council, Committee: m.c.storedName(), Date: ref.Date,
		Format: s.format, OriginalFormat: s.original, SourceURL: f.documentsURL(m.c.ID, ref.ID),
		MeetingID: ref.ID, FetchedAt: f.now().UTC().Format(time.RFC3339),
		ETag: s.res.ETag, LastModified: s.res.LastModified,
	}
	if s.hasPrinted {
		printedNote := companionPrefix + s.rel
		if !s.hasText {
			printedNote = ""
		}
		printedRel, pchanged, err := f.storeDoc(ctx, m.base()+".pdf", s.printed, printedNote, m)
		if err != nil {
			o.Reason = "printed minutes not fetched: " + err.Error()
		} else {
			e.Note = printedPrefix + printedRel
			if !s.hasText {
				e.Note = companionPrefix + printedRel
			}
			o.Files = append(o.Files, printedRel)
			changed = changed || pchanged
		}
	}
	if changed || !had || prev.Note != e.Note || prev.ETag != e.ETag || prev.LastModified != e.LastModified {
		if !changed && had {
			e.FetchedAt = prev.FetchedAt
		}
		f.put(e)
	}
	if changed {
		return stored, o
	}
	return skipped, o
}

// getStored fetches url for the file rel, conditionally when the manifest
// has validators for it and the file is still there. An answer fetched
// ahead (for the previous meeting) is used instead when there is one.
func (f *fetcher) getStored(ctx context.Context, url, rel string) (*response, error) {
	if res, ok := f.lookahead[url]; ok {
		delete(f.lookahead, url)
		return res, nil
	}
	var etag, lastModified string
	if e, ok := f.man.Lookup(rel); ok && f.files.exists(rel) {
		etag, lastModified = e.ETag, e.LastModified
	}
	return f.cl.get(ctx, url, etag, lastModified)
}

// peek fetches url for the file rel ahead of its turn and keeps the answer.
func (f *fetcher) peek(ctx context.Context, url, rel string) (*response, error) {
	res, err := f.getStored(ctx, url, rel)
	if err == nil {
		f.lookahead[url] = res
	}
	return res, err
}

// content returns the body of an answer, or the stored file after a 304.
// XML is normalised to UTF-8.
func (f *fetcher) content(res *response, rel string, isXML bool) ([]byte, error) {
	if res.NotModified {
		data, err := f.files.read(rel)
		if err != nil {
			return nil, fmt.Errorf("read stored %s after 304: %w", rel, err)
		}
		return data, nil
	}
	if !isXML {
		return res.Body, nil
	}
	data, err := normaliseXML(res.Body)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", res.URL, err)
	}
	return data, nil
}

// put records a manifest entry, to be saved after the meeting.
func (f *fetcher) put(e corpus.Entry) {
	f.man.Put(e)
	f.dirty = true
}

// notHeld records in the manifest that a meeting was not held, and why
// ("cancelled"), and returns the outcome to report for it.
func (f *fetcher) notHeld(c committee, ref meetingRef, why string, o Outcome) (string, Outcome) {
	f.man.PutNotHeld(corpus.NotHeld{Council: f.council, Committee: c.storedName(), MeetingID: ref.ID, Date: ref.Date, Reason: why})
	f.dirty = true
	o.Reason = "meeting " + why
	return notPublished, o
}
