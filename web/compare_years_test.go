package web

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search"
)

// TestCompareEveryYear: the compare page shows every year from the first
// to the last (the test corpus has minutes in 2013, 2018 and 2021 only),
// marking the years with no minutes anywhere; a council's years before its
// first minutes say "no minutes yet" rather than "0 (thin)"; and why each
// thin cell is thin is written out under the map, not only in a tooltip.
func TestCompareEveryYear(t *testing.T) {
	ix := testIndex(t)
	h := newHandler(t, ix, withContext(ix))
	body := get(t, h, "/compare?q=ofsted").Body.String()
	header := regexp.MustCompile(`<th scope="col">(\d{4}(?:–\d{4})?)( <span class="meta">\(no minutes\)</span>)?</th>`)
	var years []string
	for _, m := range header.FindAllStringSubmatch(body, -1) {
		years = append(years, m[1]+map[bool]string{true: " empty", false: ""}[m[2] != ""])
	}
	want := []string{"2013", "2014–2017 empty", "2018", "2019–2020 empty", "2021"}
	if !reflect.DeepEqual(years, want) {
		t.Errorf("table years %q, want %q", years, want)
	}
	if !strings.Contains(body, `fill="#6b7280" font-size="12"><title>2014–2017: no minutes indexed for any council compared</title>2014–2017</text>`) {
		t.Errorf("heat map: the empty years 2014–2017 are not marked")
	}

	// Luton's first minutes are of 2021: its earlier years are not thin.
	luton := regexp.MustCompile(`(?s)<th scope="row">Luton Borough Council</th>.*?</tr>`).FindString(body)
	before, _, _ := strings.Cut(luton, `data-label="2021"`)
	if n := strings.Count(luton, "no minutes yet"); n != 4 || strings.Contains(before, "(thin)") {
		t.Errorf("luton's row says \"no minutes yet\" %d times (want 4, 2013 to 2020) or has a thin cell:\n%s", n, luton)
	}
	if strings.Contains(body, "Luton Borough Council, 2013: 0 of 0 items") || !strings.Contains(body, "Luton Borough Council, 2013: no minutes indexed yet") {
		t.Errorf("heat map: luton's 2013 is not said to be before its first minutes")
	}

	// Kent's only minutes are of 2013: its later years say "none since
	// 2013", not "0 (thin)", in the table and the heat map.
	kent := regexp.MustCompile(`(?s)<th scope="row">Kent County Council</th>.*?</tr>`).FindString(body)
	_, after, _ := strings.Cut(kent, `data-label="2014–2017"`)
	if n := strings.Count(after, "none since 2013"); n != 4 || strings.Contains(after, "(thin)") {
		t.Errorf("kent's row after 2013 says \"none since 2013\" %d times (want 4: 2014–2017 to 2021) or has a thin cell:\n%s", n, kent)
	}
	if !strings.Contains(body, "Kent County Council, 2021: no minutes indexed since its last, of 2013") {
		t.Errorf("heat map: kent's 2021 is not said to be after its last minutes")
	}

	// The reasons for thin cells are text on the page.
	if strings.Contains(body, "Hover a cell for the reason") {
		t.Errorf("the legend still sends readers to hover")
	}
	reasons := regexp.MustCompile(`(?s)<details class="thin-reasons"><summary>Why \d+ cells are thin</summary>.*?</details>`).FindString(body)
	if !strings.Contains(reasons, "<li><strong>Cheshire East Council, 2018</strong>: ") || strings.Contains(reasons, "Luton Borough Council, 2013") {
		t.Errorf("thin reasons list:\n%s", reasons)
	}
}

func TestFillYearsAndBefore(t *testing.T) {
	res := &search.CompareResult{Per: "year", Periods: []string{"2019", "2021", "2024", "unknown"}, Rows: []search.CompareRow{
		{Key: "a", Cells: []search.CompareCell{{Period: "2019"}, {Period: "2021"}, {Period: "2024", Count: 1, Items: 4}, {Period: "unknown", Items: 1}}},
		{Key: "b", Cells: []search.CompareCell{{Period: "2019", Items: 2}, {Period: "2021", Items: 1}, {Period: "2024"}, {Period: "unknown"}}},
	}}
	fillYears(res)
	if want := []string{"2019", "2020", "2021", "2022–2023", "2024", "unknown"}; !reflect.DeepEqual(res.Periods, want) {
		t.Fatalf("periods %v, want %v", res.Periods, want)
	}
	for _, row := range res.Rows {
		var got []string
		for _, c := range row.Cells {
			got = append(got, c.Period)
		}
		if !reflect.DeepEqual(got, res.Periods) {
			t.Errorf("row %s: periods %v", row.Key, got)
		}
	}
	if c := res.Rows[0].Cells[3]; c.FirstYear != "2022" || c.LastYear != "2023" {
		t.Errorf("the run 2022–2023: years %q to %q", c.FirstYear, c.LastYear)
	}
	if got := beforeFirstMinutes(res.Rows[0]); !reflect.DeepEqual(got, []bool{true, true, true, true, false, false}) {
		t.Errorf("row a before its first minutes: %v", got)
	}
	if got := beforeFirstMinutes(res.Rows[1]); !reflect.DeepEqual(got, []bool{false, false, false, false, false, false}) {
		t.Errorf("row b before its first minutes: %v", got)
	}
	if got := afterLastMinutes(res.Rows[0]); !reflect.DeepEqual(got, []bool{false, false, false, false, false, false}) {
		t.Errorf("row a after its last minutes: %v", got)
	}
	if got := afterLastMinutes(res.Rows[1]); !reflect.DeepEqual(got, []bool{false, false, false, true, true, false}) {
		t.Errorf("row b after its last minutes: %v", got)
	}
	if got := lastMinutes("year", res.Rows[1]); got != "2021" {
		t.Errorf("row b's last minutes: %q, want 2021", got)
	}
	if got := emptyPeriods(res); !reflect.DeepEqual(got, []bool{false, true, false, true, false, false}) {
		t.Errorf("empty periods: %v", got)
	}
	undatedOnly := search.CompareRow{Cells: []search.CompareCell{{Period: "2019"}, {Period: "unknown", Items: 3}}}
	if got := beforeFirstMinutes(undatedOnly); !reflect.DeepEqual(got, []bool{false, false}) {
		t.Errorf("a row with undated minutes only: %v", got)
	}
}
