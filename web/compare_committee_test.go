package web

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/coverage"
	"github.com/councilminutes/minutes/search/schema"
)

// withScrutiny gives Kent a second committee with an Ofsted item.
func withScrutiny(meetings []schema.Meeting) []schema.Meeting {
	return append(meetings, testMeeting("Kent County Council", "Children's Scrutiny Committee", "2013-10-02",
		item("7", "Ofsted action plan", "The Committee scrutinised the Ofsted action plan.", []string{"ofsted"}),
		item("8", "Budget", "The budget was noted.", nil)))
}

func TestCompareByCommitteeAPI(t *testing.T) {
	ix := newTestIndex(t, withScrutiny)
	h := newHandler(t, ix, withContext(ix))
	var res CompareAnswer
	decode(t, get(t, h, "/api/compare?q=ofsted&by=committee&council=kent"), &res)
	if res.By != search.ByCommittee || len(res.Rows) != 2 {
		t.Fatalf("compare by committee: %+v", res)
	}
	for _, row := range res.Rows {
		if row.CouncilSlug != "kent" || row.Key != row.CommitteeSlug || row.CommitteeName == "" || row.Total != 1 {
			t.Errorf("row %+v", row)
		}
	}

	rows := readCSV(t, get(t, h, "/api/compare?q=ofsted&by=committee&council=kent&format=csv").Body.String())
	if got := strings.Join(rows[0][:5], ","); got != "council,council_name,committee,committee_name,period" {
		t.Errorf("csv header %v", rows[0])
	}
	committees := map[string]bool{}
	for _, r := range rows[1:] {
		if r[0] != "kent" || r[1] != "Kent County Council" {
			t.Errorf("csv row %v", r)
		}
		committees[r[2]+"|"+r[3]] = true
	}
	if !committees["corporate-parenting-panel|Corporate Parenting Panel"] || !committees["childrens-scrutiny-committee|Children's Scrutiny Committee"] {
		t.Errorf("csv committees %v", committees)
	}

	// a corpus of one council needs no council named: without one, every
	// council's committees side by side
	var all CompareAnswer
	rec := get(t, h, "/api/compare?q=ofsted&by=committee")
	decode(t, rec, &all)
	if rec.Code != http.StatusOK || len(all.Rows) < 2 {
		t.Fatalf("by=committee without a council: %d, %d rows", rec.Code, len(all.Rows))
	}
	kent := 0
	for _, row := range all.Rows {
		if row.CouncilSlug == "kent" {
			kent++
		}
	}
	if kent != 2 {
		t.Errorf("by=committee without a council: %d of Kent's 2 committees", kent)
	}
}

func TestCompareByCommitteePage(t *testing.T) {
	ix := newTestIndex(t, withScrutiny)
	h := newHandler(t, ix, withContext(ix))
	rec := get(t, h, "/compare?q=ofsted&by=committee&council=kent")
	body := rec.Body.String()
	for _, want := range []string{"<h1>Compare committees</h1>", `<th scope="col">Committee</th>`, "Children&#39;s Scrutiny Committee",
		`name="by" value="committee"`, `id="councils-link"`, "committee=childrens-scrutiny-committee"} {
		if !strings.Contains(body, want) {
			t.Errorf("compare by committee page lacks %q", want)
		}
	}
	if strings.Contains(body, "Residents 0–25") || strings.Contains(body, `id="aligned-link"`) {
		t.Errorf("compare by committee offers what applies to councils only")
	}
	if body := get(t, h, "/compare?q=ofsted&council=kent").Body.String(); !strings.Contains(body, `id="committees-link"`) ||
		!strings.Contains(body, "by=committee") {
		t.Errorf("compare of one council does not offer its committees")
	}
	council := get(t, h, "/councils/kent").Body.String()
	if !strings.Contains(council, `<form class="search compare-committees" action="/compare"`) || !strings.Contains(council, `name="by" value="committee"`) {
		t.Errorf("council page does not offer to compare its committees")
	}
	if s := get(t, h, "/?q=ofsted&council=kent").Body.String(); !strings.Contains(s, `id="compare-committees"`) {
		t.Errorf("search of one council does not offer to compare its committees")
	}
}

// TestThinReasonOfACommittee: compare by committee marks a committee's
// cell thin against that committee's own cadence, not its council's.
func TestThinReasonOfACommittee(t *testing.T) {
	var in coverage.Input
	for y := 2015; y <= 2019; y++ {
		for m := 1; m <= 12; m++ {
			d := fmt.Sprintf("%d-%02d-10", y, m)
			if m == 8 {
				continue
			}
			in.Meetings = append(in.Meetings, coverage.MeetingInfo{CouncilSlug: "c", CommitteeSlug: "big", Committee: "Big", Date: d})
			if y != 2017 || m > 8 { // small misses most of 2017
				in.Meetings = append(in.Meetings, coverage.MeetingInfo{CouncilSlug: "c", CommitteeSlug: "small", Committee: "Small", Date: d})
			}
			in.Meetings = append(in.Meetings, coverage.MeetingInfo{CouncilSlug: "c", CommitteeSlug: "other", Committee: "Other", Date: fmt.Sprintf("%d-%02d-20", y, m)})
		}
	}
	cov := coverage.Compute(in)[0]
	if got := thinReason(cov, "small", []string{"2017"}); !strings.Contains(got, "Small usually holds in 2017") {
		t.Errorf("small 2017: %q", got)
	}
	if got := thinReason(cov, "big", []string{"2017"}); got != "" {
		t.Errorf("big 2017: %q", got)
	}
	if got := thinReason(cov, "", []string{"2017"}); got != "" { // 7 of 33: the council's record is not thin
		t.Errorf("council 2017: %q", got)
	}
	if got := thinReason(cov, "nowhere", []string{"2017"}); got != "" {
		t.Errorf("unknown committee: %q", got)
	}
}

func TestShortLabel(t *testing.T) {
	tests := []struct {
		label string
		n     int
		want  string
	}{
		{"Full Council", 20, "Full Council"},
		{"Cappamore-Kilmallock Joint Policing Sub-Committee", 20, "Cappamore-Kilmalloc…"}, // 20 with the ellipsis
		{"Joint Policing Committee", 15, "Joint Policing…"},                               // no space before the ellipsis
		{"Ab", 1, "Ab"},
	}
	for _, tt := range tests {
		if got := shortLabel(tt.label, tt.n); got != tt.want {
			t.Errorf("shortLabel(%q, %d) = %q, want %q", tt.label, tt.n, got, tt.want)
		}
	}
}
