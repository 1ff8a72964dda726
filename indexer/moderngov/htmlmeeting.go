package moderngov

import (
	"bytes"
	"context"
)

// fetchMeetingHTML fetches a meeting through its "Agenda and minutes" page
// (ieListDocuments.aspx) when the web service is off: the page is stored
// as .html with its "Printed minutes" PDF beside it (storeStructured says
// which of the two the indexer reads).
func (f *fetcher) fetchMeetingHTML(ctx context.Context, m meetingJob, o Outcome) (string, Outcome) {
	ref := m.ref()
	rel := m.base() + ".html"
	res, err := f.getStored(ctx, f.documentsURL(m.c.ID, ref.ID), rel)
	if err != nil {
		o.Reason = err.Error()
		return failed, o
	}
	body, err := f.content(res, rel, false)
	if err != nil {
		o.Reason = err.Error()
		return failed, o
	}
	page, err := ParseDocumentsPage(bytes.NewReader(body))
	if err != nil {
		o.Reason = err.Error()
		return failed, o
	}
	printed, hasPrinted := pagePrintedMinutes(body, f.answeredAt(res))
	hasText, cut := false, false
	for _, it := range page.Items {
		hasText = hasText || it.Text != ""
		cut = cut || it.Truncated
	}
	if !hasPrinted && !hasText {
		if nh := pageNotHeld(page.Title, body); nh != "" {
			return f.notHeld(m.c, ref, nh, o)
		}
		return f.fetchAttached(ctx, m, o)
	}
	return f.storeStructured(ctx, m, o, structured{
		rel: rel, data: body, res: res, format: HTMLFormat, original: "html",
		printed: printed, hasPrinted: hasPrinted, hasText: hasText && !cut,
	})
}
