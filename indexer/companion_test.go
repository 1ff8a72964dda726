package indexer

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/schema"
)

// TestCompanionStandsInForBrokenPrintedMinutes: a fetched meeting whose
// printed minutes PDF is its document (its documents page, the companion,
// lists the items without text) and cannot be read is indexed from the
// page, with a warning, rather than lost; a second run finds it
// unchanged; a readable PDF in its place is indexed again.
func TestCompanionStandsInForBrokenPrintedMinutes(t *testing.T) {
	const page = `<html><head><title>Agenda and minutes for Corporate Parenting Panel on Monday, 13th March, 2023, 2.00 pm</title></head><body><div id="modgov">
<table class="mgItemTable"><tr><td class="mgItemNumberCell">5.</td><td><p class="mgAiTitleTxt">Apologies for absence</p></td></tr>
<tr><td class="mgItemNumberCell">6.</td><td><p class="mgAiTitleTxt">Health Assessments of Children in Care</p><p>To receive an update.</p></td></tr></table></div></body></html>`
	corpusDir, indexDir := newCorpus(t, map[string][]byte{
		"testshire/corporate-parenting-panel/2023-03-13.pdf":  []byte("%PDF-1.4\n1 0 obj\n<< /Type /Catalog"),
		"testshire/corporate-parenting-panel/2023-03-13.html": []byte(page),
		"manifest.json": []byte(`{"files": [
 {"path": "testshire/corporate-parenting-panel/2023-03-13.html", "council": "Testshire County Council", "committee": "Corporate Parenting Panel", "date": "2023-03-13",
  "format": "html", "source_url": "https://democracy.testshire.gov.uk/ieListDocuments.aspx?CId=11&MId=1004", "note": "companion of testshire/corporate-parenting-panel/2023-03-13.pdf"},
 {"path": "testshire/corporate-parenting-panel/2023-03-13.pdf", "council": "Testshire County Council", "committee": "Corporate Parenting Panel", "date": "2023-03-13",
  "format": "pdf", "source_url": "https://democracy.testshire.gov.uk/documents/g1004/Printed%20minutes.pdf"}]}`),
	})
	sum := runOnce(t, corpusDir, indexDir, false)
	if sum.Indexed != 1 || sum.Failed != 0 {
		t.Fatalf("first run: %s %+v; want the meeting indexed from its page, nothing failed", sum.Line(), sum.Failures)
	}
	m := onlyMeeting(t, indexDir)
	if len(m.Items) != 2 || m.Items[1].Title != "Health Assessments of Children in Care" || m.Date != "2023-03-13" ||
		!strings.HasSuffix(m.SourceURL, "MId=1004") || !strings.Contains(strings.Join(m.Warnings, " "), "could not be read") {
		t.Errorf("meeting %s %s items %+v warnings %q; want the page's two items and a warning", m.Date, m.SourceURL, m.Items, m.Warnings)
	}
	if sum := runOnce(t, corpusDir, indexDir, false); sum.Indexed != 0 {
		t.Errorf("second run indexed %d files, want none: nothing changed", sum.Indexed)
	}
	pdf, err := os.ReadFile(filepath.Join("testdata", "pdf", "kent-2013-12-13.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(corpusDir, "testshire/corporate-parenting-panel/2023-03-13.pdf"), pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if sum := runOnce(t, corpusDir, indexDir, false); sum.Indexed != 1 {
		t.Errorf("a readable PDF in place of the broken one: indexed %d, want it", sum.Indexed)
	}
	if m := onlyMeeting(t, indexDir); len(m.Items) < 3 {
		t.Errorf("after the PDF was mended: %d items, want the PDF's", len(m.Items))
	}
}

// onlyMeeting returns the one meeting of the index.
func onlyMeeting(t *testing.T, indexDir string) schema.Meeting {
	t.Helper()
	ix, err := search.Open(indexDir, search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ms, err := ix.Meetings(context.Background(), "")
	if err != nil || len(ms) != 1 {
		t.Fatalf("meetings %d, %v; want one", len(ms), err)
	}
	return ms[0]
}
