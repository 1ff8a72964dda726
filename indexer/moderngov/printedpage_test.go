package moderngov_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/indexer/moderngov"
)

// TestPrintedMinutesAsPage fetches a meeting whose "Printed minutes" link
// is one of the site's pages (mgPrintedMinutes.aspx) answering with the
// minutes as a web page: it is stored as <date>.minutes.html, the
// meeting's minutes, with the documents page (whose items have no text)
// its companion. It was refused as "not a PDF" and its text lost.
func TestPrintedMinutesAsPage(t *testing.T) {
	site := newMgSite(t)
	dir := t.TempDir()
	opts := e2eOpts(site, dir)
	opts.Committees, opts.From, opts.To = []string{"cabinet"}, "2024-11", "2024-11"
	sum, err := moderngov.Fetch(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	const page, printed = "testshire/cabinet/2024-11-05.html", "testshire/cabinet/2024-11-05.minutes.html"
	if len(sum.Stored) != 1 || !slices.Equal(sum.Stored[0].Files, []string{page, printed}) {
		t.Fatalf("stored %+v, want meeting 1205's page and its printed minutes %s", sum.Stored, printed)
	}
	data, err := os.ReadFile(filepath.Join(dir, printed))
	if err != nil || !strings.Contains(string(data), "redshank") {
		t.Errorf("%s: %v; want the printed minutes' text", printed, err)
	}
	man, err := corpus.LoadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	pe, _ := man.Lookup(printed)
	de, _ := man.Lookup(page)
	if !moderngov.IsCompanion(de) || moderngov.IsCompanion(pe) || pe.Format != "html" || !strings.HasSuffix(pe.SourceURL, "/mgPrintedMinutes.aspx?MId=1205&CId=12") {
		t.Errorf("manifest: page %+v, printed %+v; want the page the companion of the printed minutes, linked to mgPrintedMinutes.aspx", de, pe)
	}
}
