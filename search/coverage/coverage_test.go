package coverage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"

	"github.com/councilminutes/minutes/internal/golden"
)

// fixture: Kent's panel meets monthly but has no minutes for April-June
// 2019 and March-October 2020; its scrutiny committee has two meetings;
// Luton's group meets quarterly without gaps.
func fixture() Input {
	var in Input
	add := func(council, committee, date, source string, items int, draft, ocr bool) {
		in.Meetings = append(in.Meetings, MeetingInfo{CouncilSlug: council, Council: strings.ToUpper(council[:1]) + council[1:],
			CommitteeSlug: committee, Committee: committee + " name", Date: date, DateSource: source, Items: items,
			Draft: draft, OCR: ocr, File: council + "/" + committee + "/" + date + ".pdf", Format: "pdf"})
	}
	for _, d := range []string{"2019-01-15", "2019-02-15", "2019-03-15", "2019-07-15", "2019-08-15",
		"2019-09-15", "2019-10-15", "2019-11-15", "2019-12-15", "2020-01-15", "2020-02-15", "2020-11-15"} {
		add("kent", "cpp", d, schema.DateFromText, 5, false, false)
	}
	in.Meetings[3].Draft = true
	in.Meetings[4].DateSource = schema.DateInferred
	in.Meetings[5].OCR = true
	add("kent", "cpp", "", schema.DateUnknown, 4, false, false)
	add("kent", "scrutiny", "2019-03-01", schema.DateFromText, 2, false, false)
	add("kent", "scrutiny", "2019-09-01", schema.DateFromText, 3, false, false)
	for _, d := range []string{"2021-01-10", "2021-04-12", "2021-07-12"} {
		add("luton", "review-group", d, schema.DateFromManifest, 6, false, false)
	}
	in.Known = []KnownMeeting{
		{CouncilSlug: "kent", CommitteeSlug: "cpp", Date: "2019-05-15", HasMinutes: false},
		{CouncilSlug: "kent", CommitteeSlug: "cpp", Date: "2019-06-15", HasMinutes: true},
		{CouncilSlug: "kent", CommitteeSlug: "cpp", Date: "2019-07-15", HasMinutes: true},
	}
	in.Failures = []Failure{
		FailureOf("kent/cpp/2019-04-15.pdf", "pdf: encrypted"),
		FailureOf("kent/notes.txt", "unknown format"),
		FailureOf("stray.pdf", "empty file"),
	}
	return in
}

func TestComputeGolden(t *testing.T) {
	covs := Compute(fixture())
	golden.CheckJSON(t, "testdata/compute.golden.json", covs)
	var buf bytes.Buffer
	if err := WriteTable(&buf, covs); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/table.golden.txt", buf.Bytes())
}

func TestGaps(t *testing.T) {
	covs := Compute(fixture())
	if len(covs) != 3 || covs[0].Slug != "kent" || covs[1].Slug != "luton" || covs[2].Slug != "" {
		t.Fatalf("councils: %+v", covs)
	}
	kent := covs[0]
	cpp := kent.Committees[0]
	// under two years of history: judged by its median interval
	if cpp.Slug != "cpp" || cpp.MedianDays != 31 || cpp.JudgedBy != "interval" ||
		cpp.Cadence != "usually meets every ~4 weeks (learned from 23 months of minutes, 2019-01 to 2020-11)" {
		t.Fatalf("cpp cadence: %d days, %s, %q", cpp.MedianDays, cpp.JudgedBy, cpp.Cadence)
	}
	want := []Gap{
		{From: "2019-03-15", To: "2019-07-15", Missing: []string{"2019-04", "2019-05", "2019-06"}, MedianDays: 31, ListedInGap: 2,
			Explanation: "no minutes for 2019-04, 2019-05 and 2019-06, where it usually meets every ~4 weeks; none between 2019-03-15 and 2019-07-15 (a listing names 2 meetings in between)"},
		{From: "2020-02-15", To: "2020-11-15", Missing: []string{"2020-03", "2020-04", "2020-05", "2020-06", "2020-07", "2020-08", "2020-09", "2020-10"},
			MedianDays: 31, Explanation: "no minutes for 2020-03, 2020-04, 2020-05, 2020-06, 2020-07, 2020-08, 2020-09 and 2020-10, where it usually meets every ~4 weeks; none between 2020-02-15 and 2020-11-15"},
	}
	if !reflect.DeepEqual(cpp.Gaps, want) {
		t.Errorf("cpp gaps:\n got %+v\nwant %+v", cpp.Gaps, want)
	}
	if s := kent.Committees[1]; s.MedianDays != 0 || len(s.Gaps) != 0 || s.Cadence != "too few dated meetings (2) to judge its cadence" {
		t.Errorf("scrutiny: %+v", s)
	}
	if l := covs[1].Committees[0]; l.MedianDays != 91 || len(l.Gaps) != 0 {
		t.Errorf("luton: median %d, gaps %+v", l.MedianDays, l.Gaps)
	}
}

func TestCounts(t *testing.T) {
	kent := Compute(fixture())[0]
	y2019, _ := kent.Year("2019")
	want := Counts{Listed: true, Known: 3, ListedNoMinutes: 1, ListedNotIndexed: 1, Indexed: 11, Items: 50,
		DateInferred: 1, Draft: 1, OCR: 1, Failed: 1, Expected: 12, GapMonths: 3, GapDays: 121}
	if y2019.Counts != want {
		t.Errorf("kent 2019:\n got %+v\nwant %+v", y2019.Counts, want)
	}
	unknown, _ := kent.Year(UnknownYear)
	if unknown.Indexed != 1 || unknown.DateUnknown != 1 || unknown.Failed != 1 {
		t.Errorf("kent unknown year: %+v", unknown.Counts)
	}
	if kent.Totals.Indexed != 15 || kent.Totals.Failed != 2 || len(kent.Failures) != 2 {
		t.Errorf("kent totals: %+v, failures %v", kent.Totals, kent.Failures)
	}
	luton := Compute(fixture())[1]
	if len(luton.Notes) == 0 || !strings.Contains(luton.Notes[0], "no fetched listing") {
		t.Errorf("luton notes: %q", luton.Notes)
	}
}

func TestThin(t *testing.T) {
	covs := Compute(fixture())
	kent, luton := covs[0], covs[1]
	tests := []struct {
		cov    CouncilCoverage
		year   string
		reason string
	}{
		{kent, "2019", ""}, // 3 of the 11 meetings its cadence expects are missing: not over a third
		{kent, "2020", "8 of the 10 meetings its committees usually hold in 2020 have no minutes (8 of them cpp name's)"},
		{kent, "2018", "no minutes indexed in 2018"},
		{luton, "2021", ""},
		{luton, "2022", "no minutes indexed in 2022"},
	}
	for _, tt := range tests {
		if got := ThinReason(tt.cov, tt.year); got != tt.reason {
			t.Errorf("%s %s: got %q, want %q", tt.cov.Slug, tt.year, got, tt.reason)
		}
	}
	two := Compute(Input{Meetings: []MeetingInfo{{CouncilSlug: "x", Date: "2020-01-01"}, {CouncilSlug: "x", Date: "2020-06-01"}}})[0]
	if got := ThinReason(two, "2020"); got != "only 2 meetings indexed in 2020, and no committee's cadence to judge by" {
		t.Errorf("two meetings: %q", got)
	}
}

func TestKnownFromListings(t *testing.T) {
	entries := []Listing{
		{Path: "kent/corporate-parenting-panel/2019-05-15.xml", Council: "KENT COUNTY COUNCIL", Committee: "Corporate Parenting Panel", Date: "2019-05-15", MeetingID: "101"},
		{Path: "kent/corporate-parenting-panel/2019-05-15.pdf", Council: "Kent County Council", Committee: "Corporate Parenting Panel", Date: "2019-05-15", MeetingID: "101"},
		{Path: "luton/x/2020-01-01.pdf", MeetingID: "7"},
		{Path: "kent/other/2019-01-01.pdf", Council: "Kent"}, // no meeting id: not from a listing
	}
	kent := func(name string) string { // as the councils list resolves names
		if strings.Contains(strings.ToLower(name), "kent") {
			return "kent"
		}
		return schema.Slug(name)
	}
	got := KnownFromListings(entries, kent)
	want := []KnownMeeting{
		{CouncilSlug: "kent", CommitteeSlug: "corporate-parenting-panel", MeetingID: "101", Date: "2019-05-15", HasMinutes: true},
		{CouncilSlug: "luton", CommitteeSlug: "x", MeetingID: "7", HasMinutes: true}, // council and committee from the path
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if got := KnownFromListings(entries[:1], nil); got[0].CouncilSlug != "kent-county-council" {
		t.Errorf("without a resolver: %+v", got)
	}
}

func TestExpectedMonths(t *testing.T) {
	from, _ := parseDate("2021-01-10")
	to, _ := parseDate("2021-10-10")
	if got := expectedMonths(from, to, 91); !reflect.DeepEqual(got, []string{"2021-04", "2021-07"}) {
		t.Errorf("quarterly gap: %v", got)
	}
	if got := Compute(Input{}); len(got) != 0 {
		t.Errorf("empty input: %v", got)
	}
}

// TestLowConfidenceListed checks that meetings whose items may be
// mis-split are counted per year and listed with their reason.
func TestLowConfidenceListed(t *testing.T) {
	in := Input{Meetings: []MeetingInfo{
		{CouncilSlug: "ashby", Council: "Ashby Parish Council", CommitteeSlug: "parish-council", Committee: "Parish Council",
			Date: "2024-01-10", Items: 9, File: "ashby/parish-council/2024-01-10.pdf", Method: "numbered", Confidence: 0.93},
		{CouncilSlug: "ashby", Council: "Ashby Parish Council", CommitteeSlug: "parish-council", Committee: "Parish Council",
			Date: "2024-02-14", Items: 3, File: "ashby/parish-council/2024-02-14.pdf", Method: "headings", Confidence: 0.41,
			Reason: "3 items from unnumbered headings"},
		{CouncilSlug: "ashby", Council: "Ashby Parish Council", CommitteeSlug: "parish-council", Committee: "Parish Council",
			Date: "2024-03-13", Items: 8, File: "ashby/parish-council/2024-03-13.pdf"}, // indexed before structures were kept
	}}
	covs := Compute(in)
	if len(covs) != 1 || covs[0].Totals.LowConfidence != 1 || len(covs[0].MaySplitWrong) != 1 ||
		covs[0].MaySplitWrong[0].File != "ashby/parish-council/2024-02-14.pdf" {
		t.Fatalf("coverage %+v; want one meeting that may be mis-split", covs)
	}
	var b strings.Builder
	if err := WriteTable(&b, covs); err != nil {
		t.Fatal(err)
	}
	if want := "low-conf  ashby/parish-council/2024-02-14.pdf: items headings, confidence 0.41: 3 items from unnumbered headings"; !strings.Contains(b.String(), want) {
		t.Errorf("table lacks %q:\n%s", want, b.String())
	}
}

// TestListsNeverNull: every list of the JSON answer is a list, empty when
// there is nothing to list ("failures" and a committee's "gaps" were null
// for a council with no failed file and a committee with no gap).
func TestListsNeverNull(t *testing.T) {
	var ms []MeetingInfo
	for m := 1; m <= 12; m++ {
		for _, y := range []int{2019, 2020, 2021} {
			ms = append(ms, MeetingInfo{CouncilSlug: "x", CommitteeSlug: "cabinet", Date: fmt.Sprintf("%d-%02d-10", y, m)})
		}
	}
	for _, in := range []Input{{Meetings: ms}, {Meetings: ms[:1]}} {
		data, err := json.Marshal(Compute(in))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte("null")) {
			t.Errorf("coverage JSON holds null: %s", data)
		}
	}
}
