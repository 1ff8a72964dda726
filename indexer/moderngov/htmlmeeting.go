package moderngov

import (
	"bytes"
	"context"
	"strings"

	nethtml "golang.org/x/net/html"
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
	if old, err := f.files.read(rel); err == nil && !res.NotModified && samePage(old, body) {
		body = old // only what changes on every request changed: keep the page stored
	}
	return f.storeStructured(ctx, m, o, structured{
		rel: rel, data: body, res: res, format: HTMLFormat, original: "html",
		printed: printed, hasPrinted: hasPrinted, hasText: hasText && !cut,
	})
}

// samePage reports whether two answers of a page say the same: the same
// text and the same links, whatever else differs. Pages of ASP.NET sites
// carry a __VIEWSTATE or a token that may change on every request, and
// scripts with the time; stored again each time, a page that did not
// change would be indexed again on every run.
func samePage(a, b []byte) bool {
	sa, oka := pageSignature(a)
	sb, okb := pageSignature(b)
	return oka && okb && sa == sb
}

// pageSignature is the text of a page outside its scripts and styles,
// with the address of every link, image and frame.
func pageSignature(body []byte) (string, bool) {
	doc, err := parsePage(body)
	if err != nil {
		return "", false
	}
	var sig strings.Builder
	for n := range doc.Descendants() {
		switch n.Type {
		case nethtml.TextNode:
			if !inScript(n) {
				sig.WriteString(strings.Join(strings.Fields(n.Data), " "))
				sig.WriteByte('\n')
			}
		case nethtml.ElementNode:
			for _, name := range []string{"href", "src"} {
				if v := attr(n, name); v != "" && n.Data != "script" && n.Data != "link" {
					sig.WriteString("@" + v + "\n")
				}
			}
		}
	}
	return sig.String(), true
}
