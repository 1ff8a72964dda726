package indexer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// TestExtractPDF reads the Kent seed laid out as a PDF (from the bundled
// corpus) through package pdftext: the same items as the text seed.
func TestExtractPDF(t *testing.T) {
	m, err := Extract(context.Background(), "testdata/pdf/kent-2013-12-13.pdf", testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	if m.Format != FormatPDF || m.Pages < 1 {
		t.Errorf("format %q pages %d; want pdf with pages", m.Format, m.Pages)
	}
	if m.CouncilSlug != "kent" || m.CommitteeSlug != "corporate-parenting-panel" || m.Date != "2013-12-13" || m.DateSource != schema.DateFromText {
		t.Errorf("council %q committee %q date %q (%s)", m.CouncilSlug, m.CommitteeSlug, m.Date, m.DateSource)
	}
	var numbers []string
	for _, it := range m.Items {
		numbers = append(numbers, it.Number)
	}
	if got := strings.Join(numbers, ","); got != "65,66,67,68,69,70,71" {
		t.Errorf("item numbers %s; want 65..71", got)
	}
	if len(m.Items) == 7 && m.Items[4].Title != "Action Plan responding to the Ofsted July 2013 Children in Care/Care Leavers inspection" {
		t.Errorf("wrapped title of item 69 = %q", m.Items[4].Title)
	}
}

// TestExtractModernGovXML reads GetMeeting XML through package moderngov
// and finishes the meeting: council from the option, topics, IDs.
func TestExtractModernGovXML(t *testing.T) {
	opts := testOptions(t)
	opts.Council = "Central Bedfordshire"
	opts.Rel = "central-bedfordshire/corporate-parenting-panel/meeting-1001.xml"
	m, err := Extract(context.Background(), "testdata/xml/meeting-1001.xml", opts)
	if err != nil {
		t.Fatal(err)
	}
	if m.Format != FormatModernGov || m.CouncilSlug != "central-bedfordshire" || m.CommitteeSlug != "corporate-parenting-panel" {
		t.Errorf("format %q council %q committee %q", m.Format, m.CouncilSlug, m.CommitteeSlug)
	}
	if m.Date != "2017-11-13" || len(m.Items) == 0 {
		t.Fatalf("date %q, %d items", m.Date, len(m.Items))
	}
	if m.Items[0].ID != "central-bedfordshire--corporate-parenting-panel--meeting-1001--i01" {
		t.Errorf("item id %q", m.Items[0].ID)
	}
	if !m.Items[0].Procedural || !slices.Equal(m.Items[0].Topics, []string{"governance", "procedural"}) {
		t.Errorf("first item %q: procedural %v topics %q", m.Items[0].Title, m.Items[0].Procedural, m.Items[0].Topics)
	}
}

// TestExtractCorpusPDFs reads the two bundled PDFs as the indexer does,
// with no manifest: what the PDF text alone gives.
func TestExtractCorpusPDFs(t *testing.T) {
	for _, tc := range []struct {
		path, council, committee, date, numbers string
	}{
		{"../corpus/kent/corporate-parenting-panel/2013-12-13.pdf", "kent", "corporate-parenting-panel", "2013-12-13", "65,66,67,68,69,70,71"},
		{"../corpus/luton/scrutiny-children-services-review-group/2021-03-02.pdf", "luton", "scrutiny-children-services-review-group", "2021-03-02", "12,13,14,15,16,17,18"},
	} {
		t.Run(tc.council, func(t *testing.T) {
			m, err := Extract(context.Background(), tc.path, testOptions(t))
			if err != nil {
				t.Fatal(err)
			}
			if m.CouncilSlug != tc.council || m.CommitteeSlug != tc.committee || m.Date != tc.date || m.DateSource != schema.DateFromText {
				t.Errorf("council %q committee %q date %q (%s)", m.CouncilSlug, m.CommitteeSlug, m.Date, m.DateSource)
			}
			var numbers []string
			decisions := 0
			for _, it := range m.Items {
				numbers = append(numbers, it.Number)
				decisions += len(it.Decisions)
			}
			if got := strings.Join(numbers, ","); got != tc.numbers {
				t.Errorf("item numbers %s; want %s", got, tc.numbers)
			}
			if decisions == 0 {
				t.Error("no decisions found")
			}
		})
	}
}

// TestCouncilAndCommitteeFromCorpusFolders: minutes that name neither take
// them from the corpus layout council/committee/file, with a warning.
func TestCouncilAndCommitteeFromCorpusFolders(t *testing.T) {
	opts := testOptions(t)
	opts.Rel = "st-albans/childrens-services-scrutiny/2019-07-15.txt"
	m, err := Extract(context.Background(), "testdata/fixtures/2019-07-15.txt", opts)
	if err != nil {
		t.Fatal(err)
	}
	if m.Council != "St Albans" || m.CouncilSlug != "st-albans" {
		t.Errorf("council %q (%s), want St Albans from the folder", m.Council, m.CouncilSlug)
	}
	if !strings.Contains(strings.Join(m.Warnings, "\n"), `corpus folder "st-albans"`) {
		t.Errorf("no warning says where the council came from: %q", m.Warnings)
	}
}
