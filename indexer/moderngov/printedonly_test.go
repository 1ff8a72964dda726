package moderngov

import (
	"context"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/indexer/moderngov/moderngovtest"
)

// TestFetchPrintedOnlyMinutes: a council that publishes its minutes only
// as the printed PDF lists the items with nothing under them, through the
// web service and on the documents page alike. The PDF is then the
// meeting's document (no companion note, so the indexer reads it) and the
// structured file its companion; with the minutes text in the structured
// file the roles are the usual ones.
func TestFetchPrintedOnlyMinutes(t *testing.T) {
	for _, tc := range []struct {
		name        string
		council     moderngovtest.Council
		ext         string
		pdfIndexed  bool
		wantPrimary string
	}{
		{"service, minutes in the PDF only", moderngovtest.Council{Name: "Northshire", Domain: "northshire.gov.uk", Site: "democracy.northshire.gov.uk", PrintedOnly: true}, ".xml", true, ".pdf"},
		{"pages, minutes in the PDF only", moderngovtest.Council{Name: "Northshire", Domain: "northshire.gov.uk", Site: "democracy.northshire.gov.uk", PrintedOnly: true, ServiceOff: true}, ".html", true, ".pdf"},
		{"service, minutes in the items", moderngovtest.Council{Name: "Northshire", Domain: "northshire.gov.uk", Site: "democracy.northshire.gov.uk"}, ".xml", false, ".xml"},
		{"pages, minutes in the items", moderngovtest.Council{Name: "Northshire", Domain: "northshire.gov.uk", Site: "democracy.northshire.gov.uk", ServiceOff: true}, ".html", false, ".html"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			councils := append([]moderngovtest.Council{tc.council}, northEast()[1:]...)
			im := moderngovtest.Start(t, councils...)
			dir := testCorpus(t, councils)
			opts := manyOpts(im, dir)
			opts.Site = "https://democracy.northshire.gov.uk"
			sum, err := Fetch(context.Background(), opts)
			if err != nil {
				t.Fatalf("Fetch: %v", err)
			}
			if len(sum.Stored) != 5 {
				t.Fatalf("Fetch: %s, want 5 meetings stored", sum)
			}
			man, err := corpus.LoadManifest(dir)
			if err != nil {
				t.Fatal(err)
			}
			primaries, companions := 0, 0
			for _, e := range man.Files {
				if IsCompanion(e) {
					companions++
					continue
				}
				primaries++
				if !strings.HasSuffix(e.Path, tc.wantPrimary) {
					t.Errorf("%s is what the indexer reads, want the meeting's %s", e.Path, tc.wantPrimary)
				}
				if _, ok := PrintedMinutes(e); ok == tc.pdfIndexed {
					t.Errorf("%s: note %q", e.Path, e.Note)
				}
			}
			if primaries != 5 || companions != 5 {
				t.Errorf("%d files read and %d companions, want 5 and 5 (one of each per meeting, %s beside .pdf)", primaries, companions, tc.ext)
			}
		})
	}
}
