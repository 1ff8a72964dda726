package moderngov

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/councilminutes/minutes/indexer/moderngov/moderngovtest"
)

// TestParseCalendarPage reads the meetings of calendar pages as
// installations of several versions write them: the committee and date
// in the link's title or text, or the date only in the day's cell; a
// meeting cancelled; links that are not meetings passed over.
func TestParseCalendarPage(t *testing.T) {
	site, _ := url.Parse("https://democracy.example.gov.uk/moderngov")
	jan := monthKey{2024, 1}
	for _, tc := range []struct {
		name, body string
		want       string // "CId MId committee date notheld" per meeting, "; "-joined
	}{
		{"titled", `<table><tr><td class="mgCalendarCell"><p>9</p><ul><li><a href="ieListDocuments.aspx?CId=146&amp;MId=8041" title="Cabinet, 09/01/2024 2.00 p.m.">Cabinet, 2.00 pm</a></li></ul></td></tr></table>`,
			"146 8041 Cabinet 2024-01-09 -"},
		{"meeting of, date in words", `<td><a href="/moderngov/ieListDocuments.aspx?CId=7&MId=9&Ver=4" title="Meeting of Corporate Parenting Panel, Tuesday, 16th January, 2024 10.00 am">Corporate Parenting Panel</a></td>`,
			"7 9 Corporate Parenting Panel 2024-01-16 -"},
		{"date only in the cell", `<table><tr><td class="mgCalendarCell"> 23 <ul><li><a href="ieListDocuments.aspx?CId=12&amp;MId=55">Schools Forum, 10.00 am</a></li><li><a href="ieListDocuments.aspx?CId=13&amp;MId=56">Planning Committee 6.30 pm - CANCELLED</a></li></ul></td></tr></table>`,
			"12 55 Schools Forum 2024-01-23 -; 13 56 Planning Committee 2024-01-23 cancelled"},
		{"listed under a heading of the day", `<h2>January 2024</h2><p>Updated 3 March 2023</p><h3 class="mgCalendarWeekDayTitle">Monday, 8th January, 2024</h3><ul class="mgCalendarWeekEventList"><li><a href="ieListDocuments.aspx?CId=5&amp;MId=6">Licensing Sub-Committee</a></li></ul>` +
			`<h3>Tuesday, 9th January, 2024</h3><ul><li><a href="ieListDocuments.aspx?CId=7&amp;MId=8">Cabinet 2.00 pm</a></li></ul>`,
			"5 6 Licensing Sub-Committee 2024-01-08 -; 7 8 Cabinet 2024-01-09 -"},
		{"no committee id, no date, not a meeting", `<td><p>x</p><a href="ieListDocuments.aspx?MId=1">Cabinet, 10.00 am</a><a href="mgCalendarMonthView.aspx?M=2&amp;DD=2024">Later</a></td><td><a href="ieListDocuments.aspx?CId=1&amp;MId=2">Cabinet</a></td>`,
			""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range parseCalendarPage([]byte("<html><body>"+tc.body+"</body></html>"), site, jan) {
				got = append(got, fmt.Sprintf("%s %s %s %s %s", m.c.ID, m.ref.ID, m.c.Title, m.ref.Date, orElse(m.ref.NotHeld, "-")))
			}
			if s := strings.Join(got, "; "); s != tc.want {
				t.Errorf("got %q, want %q", s, tc.want)
			}
		})
	}
}

// TestFetchManyFindsACalendarOnlySite: a council whose site's web service
// refuses and whose listings answer 404 is still found from its domain,
// by its calendar, and fetched; a main site answering everything with a
// page is still not taken for ModernGov.
func TestFetchManyFindsACalendarOnlySite(t *testing.T) {
	councils := northEast()
	councils[0] = moderngovtest.Council{Name: "Northshire", Domain: "northshire.gov.uk", Site: "committees.northshire.gov.uk",
		ServiceOff: true, MainSites: []string{"democracy.northshire.gov.uk", "moderngov.northshire.gov.uk"},
		Quirks: moderngovtest.Quirks{ListingsOff: true}}
	im := moderngovtest.Start(t, councils...)
	dir := testCorpus(t, councils)
	opts := manyOpts(im, dir)
	opts.Councils = []string{"northshire"}
	sum, err := FetchMany(context.Background(), opts)
	if err != nil {
		t.Fatalf("FetchMany: %v", err)
	}
	r := results(sum)["northshire"]
	if r.Site != "https://committees.northshire.gov.uk" || r.Stored != 5 || r.Failed != 0 {
		t.Fatalf("northshire: site %q, result %+v; want its calendar-only site found and fetched", r.Site, r)
	}
}

// TestFetchEmptyListingIsBelieved: a committee whose listing answers with
// no meetings has none; the calendar, a request a month, is not read for
// it.
func TestFetchEmptyListingIsBelieved(t *testing.T) {
	var mu sync.Mutex
	asked := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		asked[r.URL.Path]++
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		switch r.URL.Path {
		case "/mgListCommittees.aspx":
			io.WriteString(w, `<html><body><a href="mgCommitteeDetails.aspx?ID=7">Standards Hearing Sub-Committee</a></body></html>`)
		case "/ieListMeetings.aspx", "/mgCommitteeDetails.aspx":
			io.WriteString(w, `<html><body><p>There are no meetings to display.</p></body></html>`)
		case "/mgCalendarMonthView.aspx":
			io.WriteString(w, `<html><body><td>3<a href="ieListDocuments.aspx?CId=7&amp;MId=1">Standards Hearing Sub-Committee, 10.00 am</a></td></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	opts := fetchOpts(srv.URL, srv.Client(), t.TempDir())
	opts.Committees, opts.From, opts.To, opts.Retries = []string{"standards"}, "2015", "2024-12", 0
	sum, err := Fetch(context.Background(), opts)
	if err != nil || len(sum.Failed) != 0 || len(sum.Stored) != 0 {
		t.Fatalf("Fetch: %v, summary %+v; want no meetings and no failure", err, sum)
	}
	mu.Lock()
	defer mu.Unlock()
	if n := asked["/mgCalendarMonthView.aspx"]; n != 0 {
		t.Errorf("the calendar asked %d times for a committee whose listing says it has no meetings", n)
	}
}
