package web

import (
	"github.com/councilminutes/minutes/search/coverage"
	"net/http"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search/schema"
)

func TestContextAPI(t *testing.T) {
	ix := testIndex(t)
	h := newHandler(t, ix, withContext(ix))

	rec := get(t, h, "/api/councils/kent/coverage")
	if rec.Code != http.StatusOK {
		t.Fatalf("coverage: %d %s", rec.Code, rec.Body)
	}
	var cov struct {
		Slug     string                  `json:"slug"`
		Years    []struct{ Year string } `json:"years"`
		Failures []struct{ File string } `json:"failures"`
	}
	decode(t, rec, &cov)
	if cov.Slug != "kent" || len(cov.Years) != 1 || cov.Years[0].Year != "2013" || len(cov.Failures) != 1 {
		t.Errorf("kent coverage: %+v", cov)
	}

	rec = get(t, h, "/api/councils/kent/inspections")
	var insp InspectionsAnswer
	decode(t, rec, &insp)
	if len(insp.Sourced) != 1 || insp.Sourced[0].Source == "" || len(insp.FromMinutes) != 1 ||
		insp.FromMinutes[0].Source != inspections.FromMinutes || !strings.HasPrefix(insp.FromMinutes[0].URL, "/items/kent--") {
		t.Errorf("kent inspections: %+v", insp)
	}
	rec = get(t, h, "/api/councils/middlesbrough/inspections") // outside the register: none of either
	if body := rec.Body.String(); !strings.Contains(body, `"sourced": []`) || !strings.Contains(body, `"from_minutes": []`) {
		t.Errorf("empty lists must be [] not null: %s", body)
	}

	for _, path := range []string{"/api/councils/nowhere/coverage", "/api/councils/nowhere/inspections"} {
		if rec := get(t, h, path); rec.Code != http.StatusNotFound || !strings.Contains(rec.Body.String(), `"error"`) {
			t.Errorf("%s: %d %s", path, rec.Code, rec.Body)
		}
	}

	// Without a provider the endpoints answer 404 and the pages still work.
	plain := newHandler(t, ix)
	if rec := get(t, plain, "/api/councils/kent/coverage"); rec.Code != http.StatusNotFound {
		t.Errorf("no provider: coverage %d", rec.Code)
	}
	rec = get(t, plain, "/councils/kent")
	if rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), "coverage-grid") || !strings.Contains(rec.Body.String(), "tl-meeting") {
		t.Errorf("council page without provider: %d", rec.Code)
	}
}

func TestCouncilPageContext(t *testing.T) {
	ix := testIndex(t)
	h := newHandler(t, ix, withContext(ix))
	rec := get(t, h, "/councils/kent")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	body := rec.Body.String()
	for _, want := range []string{
		`class="coverage-grid"`, `class="tl-meeting"`, `class="tl-sourced"`, `class="tl-mined"`,
		`href="https://example.org/kent-report"`, "invented for tests", // the sourced inspection and its source
		"From minutes", "Following the Ofsted inspection in March 2013, services were judged inadequate.",
		"no minutes for 2013-08 and 2013-09",                                         // the gap, explained
		`<th scope="row" title="usually meets every ~4 weeks`, "its cadence expects", // the cadence, and what it expects
		"kent/corporate-parenting-panel/2013-08-13.pdf", "pdf: encrypted", // the failed file
		`href="/api/councils/kent/coverage"`, `href="/api/councils/kent/inspections"`, // the same as JSON
	} {
		if !strings.Contains(body, want) {
			t.Errorf("council page lacks %q", want)
		}
	}
	rec = get(t, h, "/councils/cheshire-east")
	if body := rec.Body.String(); !strings.Contains(body, "is thin") || !strings.Contains(body, "No inspection of this council is recorded") {
		t.Errorf("cheshire east: thin year or missing-inspections note not shown")
	}
}

// TestCouncilPageMeetingNotHeld: a month whose meeting the council's
// listing says was cancelled is shown as such, not as a gap. Kent's
// cadence misses August and September 2013; September's was cancelled.
func TestCouncilPageMeetingNotHeld(t *testing.T) {
	ix := testIndex(t)
	cx := newIndexContext(ix)
	cx.known = []coverage.KnownMeeting{{CouncilSlug: "kent", CommitteeSlug: "corporate-parenting-panel",
		MeetingID: "4242", Date: "2013-09-13", NotHeld: "cancelled"}}
	h := newHandler(t, ix, func(c *Config) { c.Context = cx })
	body := get(t, h, "/councils/kent").Body.String()
	for _, want := range []string{
		"<h3>Meetings not held</h3>", "Corporate Parenting Panel</strong>: 2013-09-13: meeting cancelled",
		"no minutes for 2013-08, where", "(meeting cancelled on 2013-09-13)", "1 meeting not held (cancelled)",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("council page lacks %q", want)
		}
	}
	if strings.Contains(body, "no minutes for 2013-08 and 2013-09") {
		t.Errorf("the cancelled meeting's month is still called a gap")
	}
}

func TestCompareThinCells(t *testing.T) {
	ix := testIndex(t)
	h := newHandler(t, ix, withContext(ix))
	var res CompareAnswer
	decode(t, get(t, h, "/api/compare?q=ofsted"), &res)
	thin := map[string]bool{}
	for _, row := range res.Rows {
		for _, c := range row.Cells {
			thin[row.Key+"|"+c.Period] = c.Thin
			if c.Thin != (c.ThinReason != "") {
				t.Errorf("%s %s: thin %v but reason %q", row.Key, c.Period, c.Thin, c.ThinReason)
			}
		}
	}
	// Kent's only minutes are of 2013: its later years have none since,
	// which is no thin record (the page says "none since 2013").
	want := map[string]bool{"kent|2013": false, "kent|2018": false, "kent|2021": false, "middlesbrough|2021": true, "cheshire-east|2018": true}
	for k, w := range want {
		if got, ok := thin[k]; !ok || got != w {
			t.Errorf("%s: thin %v (present %v), want %v", k, got, ok, w)
		}
	}
	body := get(t, h, "/compare?q=ofsted").Body.String()
	if !strings.Contains(body, `class="cell thin"`) || !strings.Contains(body, "thin-legend") {
		t.Error("compare page does not mark thin cells with a legend")
	}
	if csv := get(t, h, "/api/compare?q=ofsted&format=csv").Body.String(); !strings.Contains(csv, `cheshire-east,Cheshire East Council,2018,1,2,0.5000,true,"only 1 meeting indexed in 2018`) {
		t.Errorf("compare CSV lacks the thin mark:\n%s", csv)
	}
	// without a provider nothing is marked
	plain := newHandler(t, ix)
	if strings.Contains(get(t, plain, "/api/compare?q=ofsted").Body.String(), `"thin"`) {
		t.Error("thin marks without a provider")
	}
}

func TestCompareAlignedPage(t *testing.T) {
	ix := testIndex(t)
	h := newHandler(t, ix, withContext(ix))
	rec := get(t, h, "/compare?q=ofsted&per=months_since_inspection")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	body := rec.Body.String()
	for _, want := range []string{"Councils with no recorded inspection to align on", "Cheshire East Council",
		"by calendar year</a>", "months since the council", `name="per" value="months_since_inspection"`} {
		if !strings.Contains(body, want) {
			t.Errorf("aligned page lacks %q", want)
		}
	}
	// Kent's cell 6..11 months after 2013-03 links to that span's items.
	if !strings.Contains(body, "from=2013-09&amp;q=ofsted&amp;to=2014-02") {
		t.Errorf("aligned cell link to its months not found")
	}
	if rec := get(t, h, "/api/compare?q=ofsted&per=decade"); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "per") {
		t.Errorf("per=decade: %d %s", rec.Code, rec.Body)
	}
	if body := get(t, h, "/compare?q=ofsted").Body.String(); !strings.Contains(body, `id="aligned-link"`) {
		t.Error("the compare page has no link to the aligned view")
	}
}

// TestCompareOutsideRegister: comparing only councils outside the register
// of children's services authorities (an Irish council's greenway) offers
// no view by months since an Ofsted inspection and no figures per resident
// aged 0–25, as issue 21 asks: no Ofsted context where it does not apply.
func TestCompareOutsideRegister(t *testing.T) {
	ix := newTestIndex(t, func(ms []schema.Meeting) []schema.Meeting {
		return append(ms, testMeeting("Ballyvale Council", "Full Council", "2017-03-06",
			item("4", "Greenway", "The greenway extension was agreed.", nil)))
	})
	h := newHandler(t, ix, withContext(ix))
	body := get(t, h, "/compare?q=greenway&council=ballyvale").Body.String()
	if !strings.Contains(body, "Ballyvale Council") {
		t.Fatalf("compare of ballyvale lacks the council: %s", body)
	}
	for _, bad := range []string{`id="aligned-link"`, `id="per-pop-link"`, "Residents 0–25", "since each council's latest inspection"} {
		if strings.Contains(body, bad) {
			t.Errorf("compare of a council outside the register offers %q", bad)
		}
	}
	if body := get(t, h, "/compare?q=greenway&council=ballyvale&council=kent").Body.String(); !strings.Contains(body, `id="aligned-link"`) {
		t.Error("compare with a council of the register lost its aligned view")
	}
}

// TestCouncilsPageOutsideRegister: where no council with minutes is in the
// register, the councils page shows them without the register's columns
// (region, type, latest Ofsted inspection): no Ofsted context where it
// does not apply (issue 21).
func TestCouncilsPageOutsideRegister(t *testing.T) {
	ix := newTestIndex(t, func([]schema.Meeting) []schema.Meeting {
		return []schema.Meeting{testMeeting("Ballyvale Council", "Full Council", "2017-03-06",
			item("4", "Greenway", "The greenway extension was agreed.", nil))}
	})
	h := newHandler(t, ix, withContext(ix))
	body := get(t, h, "/councils").Body.String()
	from, to := strings.Index(body, `id="with-minutes"`), strings.Index(body, `id="without-minutes"`)
	if from < 0 || !strings.Contains(body, "Ballyvale Council") {
		t.Fatalf("councils page lacks the council with minutes: %s", body)
	}
	if to < from {
		to = len(body)
	}
	with := body[from:to]
	for _, bad := range []string{"Latest inspection", "not in the register", "Ofsted"} {
		if strings.Contains(with, bad) {
			t.Errorf("councils with minutes, none in the register, show %q", bad)
		}
	}
}
