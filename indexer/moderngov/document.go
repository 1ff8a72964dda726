package moderngov

import (
	"context"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/councilminutes/minutes/indexer/corpus"
)

// storeDoc downloads a document to rel unless the manifest shows it was
// already downloaded from the same URL (ModernGov gives a new upload a new
// attachment ID, hence a new URL), records it with the given note, and
// returns the path it is stored at. That is rel, except for a link to one
// of the site's pages rather than to a file (mgPrintedMinutes.aspx, not
// "….pdf") that answers with a web page: sites that print their minutes
// as a page rather than a PDF. The page is the minutes, stored beside the
// meeting's other files as <base>.minutes.html (pageRel); refused as "not
// a PDF", its text was lost.
func (f *fetcher) storeDoc(ctx context.Context, rel string, d linkedDoc, note string, m meetingJob) (string, bool, error) {
	candidates := []string{rel}
	if isPageLink(d.URL) {
		candidates = append(candidates, pageRel(rel))
	}
	for _, c := range candidates {
		prev, had := f.man.Lookup(c)
		if had && prev.SourceURL == d.URL && f.files.exists(c) {
			if prev.Note != note {
				prev.Note = note
				f.put(prev)
			}
			return c, false, nil
		}
	}
	res, err := f.cl.get(ctx, d.URL, "", "")
	if err != nil {
		return rel, false, err
	}
	if len(candidates) > 1 && isHTMLAnswer(res) {
		rel = candidates[1]
	}
	_, had := f.man.Lookup(rel)
	ext := path.Ext(rel)
	changed, err := f.files.writeIfChanged(rel, res.Body)
	if err != nil {
		return rel, false, err
	}
	f.put(corpus.Entry{
		Path: rel, Council: f.council, Committee: m.c.storedName(), Date: m.ref().Date,
		Format: strings.TrimPrefix(ext, "."), OriginalFormat: strings.TrimPrefix(ext, "."),
		SourceURL: d.URL, MeetingID: m.ref().ID, FetchedAt: f.now().UTC().Format(time.RFC3339),
		ETag: res.ETag, LastModified: res.LastModified, Note: note,
	})
	return rel, changed || !had, nil
}

// isPageLink reports whether a link leads to one of the site's pages
// (….aspx, or a path without an extension) rather than to a file; not
// mgConvert2PDF.aspx, which answers a PDF, or else an error page.
func isPageLink(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	p := strings.ToLower(u.Path)
	ext := path.Ext(p)
	return (ext == "" || ext == ".aspx") && path.Base(p) != "mgconvert2pdf.aspx"
}

// pageRel is where minutes printed as a web page are stored, for a
// document meant for rel: <base>.minutes.html, the meeting's minutes by
// their name (schema.PaperOf), beside its documents page <base>.html.
func pageRel(rel string) string {
	return strings.TrimSuffix(rel, path.Ext(rel)) + ".minutes.html"
}

// docExt is the extension a document is stored under.
func docExt(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ".pdf"
	}
	ext := strings.ToLower(path.Ext(u.Path))
	for _, e := range docExts {
		if ext == e {
			return ext
		}
	}
	return ".pdf"
}

// isDocumentURL reports whether a link of a ModernGov page leads to an
// uploaded document: under documents/, a .pdf, or converted to PDF on the
// fly (mgConvert2PDF.aspx?ID=).
func isDocumentURL(u *url.URL) bool {
	p := strings.ToLower(u.Path)
	return strings.Contains(p, "/documents/") || strings.HasSuffix(p, ".pdf") || path.Base(p) == "mgconvert2pdf.aspx"
}
