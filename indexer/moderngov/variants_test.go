package moderngov

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/indexer/moderngov/moderngovtest"
)

// variant is one way a real ModernGov installation differs, imitated, and
// what a fetch through it must give.
type variant struct {
	name   string
	quirks moderngovtest.Quirks
	// meetings per committee (0: 6), the window's end (default 2023-12).
	meetings int
	to       string
	// stored and notPublished are the meeting IDs the fetch must report.
	stored, notPublished string
	// printed is whether every meeting stored has its printed minutes.
	printed bool
	// pagesOnly is for a quirk of the HTML pages alone.
	pagesOnly bool
	// site is the --site given, when not the site's https address.
	site string
}

// variants are the quirks of real installations the fetch must get
// through, each alone; TestFetchVariants runs each through the web service
// and through the HTML pages.
var variants = []variant{
	{name: "plain", stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	{name: "printed draft minutes", quirks: moderngovtest.Quirks{DraftPrinted: true},
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	// Three years: the latest year's page links only the year before, whose
	// page links the first year.
	{name: "year pages", quirks: moderngovtest.Quirks{YearPages: true}, meetings: 30, to: "2025-12",
		stored: "1101,1102,1103,1104,1105,1106,1107,1108,1109,1110,1111,1112,1113,1114,1115,1116,1117,1118,1119,1120," +
			"1121,1122,1123,1124,1125,1126,1127,1128,1129", notPublished: "1130", printed: true},
	{name: "iso-8859-1", quirks: moderngovtest.Quirks{Latin1: true},
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	// The third meeting is cancelled: it is not asked for, and the
	// second's minutes are found on the fourth, past it.
	{name: "cancelled meeting, minutes attached past it", quirks: moderngovtest.Quirks{Cancelled: true},
		stored: "1101,1102,1104,1105", notPublished: "1103,1106"},
	{name: "meeting not held", quirks: moderngovtest.Quirks{Cancelled: true, NotHeld: true},
		stored: "1101,1102,1104,1105", notPublished: "1103,1106"},
	{name: "meeting not held, said only on its page", quirks: moderngovtest.Quirks{Cancelled: true, NotHeld: true, StatusOnPage: true},
		stored: "1101,1102,1104,1105", notPublished: "1103,1106"},
	// The listings do not say it: only the meeting's own page or answer.
	{name: "cancelled meeting, said only on its page", quirks: moderngovtest.Quirks{Cancelled: true, StatusOnPage: true},
		stored: "1101,1102,1104,1105", notPublished: "1103,1106"},
	{name: "rate limited", quirks: moderngovtest.Quirks{RateLimited: true},
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	{name: "moved to another path", quirks: moderngovtest.Quirks{MovedTo: "/democracy"},
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	{name: "old links", quirks: moderngovtest.Quirks{OldLinks: true},
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	// An executive's page: each item's text under "Decision:", and
	// "Printed decisions", not minutes, beside it.
	{name: "decisions", quirks: moderngovtest.Quirks{Decisions: true}, pagesOnly: true,
		stored: "1101,1102,1103,1104,1105", notPublished: "1106"},
	// The panel the current one replaced, listed as "… (Old)": its
	// minutes are stored and recorded as the same committee's.
	{name: "retired committee", quirks: moderngovtest.Quirks{RetiredCommittee: true},
		stored: "1101,1102,1103,1104,1105,1501,1502,1503,1504,1505", notPublished: "1106,1506", printed: true},
	// The date in a cell of its own, the committee's name as the link.
	{name: "date beside the link", quirks: moderngovtest.Quirks{DateInCell: true}, pagesOnly: true,
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	// The committee and meeting listings answer 404: the meetings are
	// found on the calendar, a month a page, the committee and the date
	// in each link's title.
	{name: "calendar only", quirks: moderngovtest.Quirks{ListingsOff: true}, pagesOnly: true,
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	// Old calendars' links have no title: the date is the day heading
	// the link's cell, in the month asked for.
	{name: "calendar only, dates in the cells", quirks: moderngovtest.Quirks{ListingsOff: true, OldLinks: true}, pagesOnly: true,
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	{name: "calendar only, cancelled meeting", quirks: moderngovtest.Quirks{ListingsOff: true, Cancelled: true}, pagesOnly: true,
		stored: "1101,1102,1104,1105", notPublished: "1103,1106"},
	// The calendar takes the year from Y, not DD: asked with DD it shows
	// its latest month, and is read by following its "Earlier" links.
	{name: "calendar only, read by its own links", quirks: moderngovtest.Quirks{ListingsOff: true, CalendarY: true}, pagesOnly: true,
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	// ieListMeetings.aspx reads CId alone: asked with CommitteeId it
	// lists nothing, and the committee's details page links the listing.
	{name: "listing by CId alone", quirks: moderngovtest.Quirks{CIdOnly: true}, pagesOnly: true,
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	// mgListCommittees.aspx fails: the committees are on ieDocHome.aspx.
	{name: "committees on ieDocHome", quirks: moderngovtest.Quirks{DocHome: true}, pagesOnly: true,
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	// The listing shows the latest year; "Earlier meetings" (Year=0)
	// lists them all, and another committee's page is linked beside it.
	{name: "earlier meetings", quirks: moderngovtest.Quirks{EarlierMeetings: true}, meetings: 30, to: "2025-12",
		stored: "1101,1102,1103,1104,1105,1106,1107,1108,1109,1110,1111,1112,1113,1114,1115,1116,1117,1118,1119,1120," +
			"1121,1122,1123,1124,1125,1126,1127,1128,1129", notPublished: "1130", printed: true},
	// The documents page links the printed minutes as "Minutes".
	{name: "printed minutes linked as Minutes", quirks: moderngovtest.Quirks{MinutesLink: true}, pagesOnly: true,
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	// Given as http://, the site redirects every address to https.
	{name: "site given as http://", site: "http://www.northshire.gov.uk/moderngov",
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	// Given as an address in mixed case of one of its pages.
	{name: "site given as a page", site: "https://WWW.Northshire.gov.uk/ModernGov/mgCommitteeDetails.aspx?ID=11&bcr=1",
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	// The service lists committees but no meetings, and answers
	// GetMeeting with nothing: the pages are read instead.
	{name: "web service answers empty", quirks: moderngovtest.Quirks{ServiceEmpty: true},
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	// Pairs of quirks that each passed alone and failed together.
	{name: "web service answers empty, listings off", quirks: moderngovtest.Quirks{ServiceEmpty: true, ListingsOff: true},
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	{name: "calendar only, listing by CId alone", quirks: moderngovtest.Quirks{ListingsOff: true, CIdOnly: true}, pagesOnly: true,
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	{name: "calendar only, moved to another path", quirks: moderngovtest.Quirks{ListingsOff: true, MovedTo: "/democracy"}, pagesOnly: true,
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	{name: "documents as application/octet-stream", quirks: moderngovtest.Quirks{OctetStream: true},
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	{name: "503 with Retry-After", quirks: moderngovtest.Quirks{Unavailable: true},
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
	{name: "3000 committees", quirks: moderngovtest.Quirks{ExtraCommittees: 3000},
		stored: "1101,1102,1103,1104,1105", notPublished: "1106", printed: true},
}

// variantCouncil is the imitated council of a variant.
func variantCouncil(v variant, serviceOff bool) moderngovtest.Council {
	return moderngovtest.Council{Name: "Northshire", Domain: "northshire.gov.uk", Site: "www.northshire.gov.uk/moderngov",
		ServiceOff: serviceOff, Meetings: v.meetings, Quirks: v.quirks}
}

// TestFetchVariants fetches the corporate parenting panel of a site with
// each quirk of real installations, through the web service and through
// the HTML pages: every meeting with minutes is stored (with its printed
// minutes), nothing fails, and each quirk's own promise is kept.
func TestFetchVariants(t *testing.T) {
	for _, v := range variants {
		for _, serviceOff := range []bool{false, true} {
			if v.pagesOnly && !serviceOff {
				continue
			}
			name := v.name + "/service"
			if serviceOff {
				name = v.name + "/pages"
			}
			t.Run(name, func(t *testing.T) {
				if testing.Short() && (v.quirks.RateLimited || v.quirks.Unavailable) {
					t.Skip("waits for Retry-After")
				}
				c := variantCouncil(v, serviceOff)
				councils := append([]moderngovtest.Council{c}, northEast()[1:]...) // the register needs neighbours
				im := moderngovtest.Start(t, councils...)
				dir := testCorpus(t, councils)
				opts := manyOpts(im, dir)
				opts.Site, opts.Retries = "https://www.northshire.gov.uk/moderngov", 3
				if v.to != "" {
					opts.To = v.to
				}
				if v.site != "" {
					opts.Site = v.site
				}
				sum, err := Fetch(context.Background(), opts)
				if err != nil {
					t.Fatalf("Fetch: %v", err)
				}
				if ids(sum.Stored) != v.stored || ids(sum.NotPublished) != v.notPublished || len(sum.Failed) != 0 {
					t.Fatalf("stored %q, not published %q, failed %+v; want %q and %q", ids(sum.Stored), ids(sum.NotPublished), sum.Failed, v.stored, v.notPublished)
				}
				if sum.Fallback != (serviceOff || v.quirks.ServiceEmpty) {
					t.Errorf("fallback %v with the web service off %v", sum.Fallback, serviceOff)
				}
				man, err := corpus.LoadManifest(dir)
				if err != nil {
					t.Fatal(err)
				}
				for _, o := range sum.Stored {
					if v.printed && (len(o.Files) != 2 || !strings.HasSuffix(o.Files[1], ".pdf")) {
						t.Errorf("meeting %s: files %v, want the minutes and their printed PDF (%s)", o.MeetingID, o.Files, o.Reason)
					}
					for _, f := range o.Files {
						if _, ok := man.Lookup(f); !ok {
							t.Errorf("meeting %s: %s not in the manifest", o.MeetingID, f)
						}
					}
				}
				checkNotHeld(t, v, man)
				for _, e := range man.Files {
					if e.Committee != "Corporate Parenting Panel" || e.Council != "Northshire" {
						t.Errorf("%s: council %q, committee %q in the manifest, want Northshire's current panel", e.Path, e.Council, e.Committee)
					}
					if want := imitatedDate(e.MeetingID); e.Date != want || !strings.Contains(e.Path, "/"+want) {
						t.Errorf("%s: meeting %s dated %s in the manifest, want %s", e.Path, e.MeetingID, e.Date, want)
					}
				}
				checkVariant(t, v, im, sum, serviceOff)
			})
		}
	}
}

// imitatedDate is the date of an imitated meeting: the committee's
// meetings are monthly from January 2023, on the 10th (the retired panel's
// on the 20th); IDs are the committee's ID times 100 plus the meeting's
// number.
func imitatedDate(id string) string {
	n, err := strconv.Atoi(id)
	if err != nil {
		return "no meeting " + id
	}
	day := 10
	if n/100 == 15 {
		day = 20
	}
	return time.Date(2023, time.Month(n%100), day, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
}

// checkNotHeld checks that the manifest records the meetings not held,
// for coverage to tell a cancelled meeting from a gap, and no others.
func checkNotHeld(t *testing.T, v variant, man *corpus.Manifest) {
	t.Helper()
	var got []string
	for _, n := range man.NotHeld {
		got = append(got, n.MeetingID+" "+n.Date+" "+n.Reason+" "+n.Committee+" / "+n.Council)
	}
	want := ""
	if v.quirks.Cancelled {
		want = "1103 2023-03-10 cancelled Corporate Parenting Panel / Northshire"
	}
	if strings.Join(got, "; ") != want {
		t.Errorf("manifest not_held %q, want %q", got, want)
	}
}

// checkVariant checks what each quirk promises beyond the meetings stored.
func checkVariant(t *testing.T, v variant, im *moderngovtest.Imitation, sum *Summary, serviceOff bool) {
	t.Helper()
	switch {
	case v.quirks.Cancelled:
		for _, o := range sum.NotPublished {
			if o.MeetingID == "1103" && !strings.Contains(o.Reason, "cancelled") {
				t.Errorf("meeting 1103: reason %q, want it said cancelled", o.Reason)
			}
		}
		asked := 0 // the listing says it was cancelled: never asked for
		if v.quirks.StatusOnPage {
			asked = 1 // only its answer says so: asked once, kept for its turn
		}
		if n, _ := im.Count("lMeetingId=1103"); n != asked && !serviceOff {
			t.Errorf("the cancelled meeting's GetMeeting asked %d times, want %d", n, asked)
		}
		if n, _ := im.Count("MId=1103"); n != asked && serviceOff {
			t.Errorf("the cancelled meeting's page asked %d times, want %d", n, asked)
		}
		for _, o := range sum.Stored {
			if o.MeetingID == "1102" && (len(o.Files) != 1 || !strings.Contains(o.Reason, "attached to meeting 1104")) {
				t.Errorf("meeting 1102: files %v, reason %q; want its minutes from meeting 1104", o.Files, o.Reason)
			}
		}
	case v.quirks.RateLimited || v.quirks.Unavailable:
		gaps := im.RetryGaps()
		if len(gaps) == 0 || im.Throttled() != 0 {
			t.Fatalf("%d addresses asked again after a 429, %d never", len(gaps), im.Throttled())
		}
		for _, g := range gaps {
			if g < 900*time.Millisecond {
				t.Errorf("asked again %s after a 429 with Retry-After: 1", g)
			}
		}
	case v.quirks.RetiredCommittee:
		for _, o := range sum.Stored {
			if !strings.HasPrefix(o.Files[0], "northshire/corporate-parenting-panel/") {
				t.Errorf("meeting %s stored as %v, not under the current panel's folder", o.MeetingID, o.Files)
			}
		}
	case v.quirks.ListingsOff && !v.quirks.ServiceEmpty:
		limit := 24 // 18 months and a few asked twice
		if v.quirks.MovedTo != "" {
			limit *= 2 // each counted at the old path and at the new
		}
		if n, _ := im.Count("mgCalendarMonthView.aspx"); n > limit {
			t.Errorf("%d calendar pages asked for a window of a year", n)
		}
	case v.quirks.CIdOnly:
		if n, _ := im.Count("mgCalendarMonthView.aspx"); n != 0 {
			t.Errorf("%d calendar pages asked for: the committee's details page links its meetings", n)
		}
	case strings.HasPrefix(v.site, "http://"):
		if n := im.Requests(); n > sum.Requests+2 {
			t.Errorf("%d requests answered for %d asked: the site's redirect to https was followed for every request", n, sum.Requests)
		}
	case v.quirks.ExtraCommittees > 0:
		if n, _ := im.Count("CommitteeId=1"); n > 1 && !serviceOff {
			t.Errorf("meetings of other committees listed: %d requests", n)
		}
		if n := im.Requests(); n > 20 {
			t.Errorf("%d requests for one committee of %d", n, v.quirks.ExtraCommittees+4)
		}
	}
}

// TestPrintedMinutesChoice: the printed minutes among a meeting's
// documents, however the site titles and serves them.
func TestPrintedMinutesChoice(t *testing.T) {
	for _, tc := range []struct {
		docs []linkedDoc
		want string // URL, "" for none
	}{
		{[]linkedDoc{{"Agenda frontsheet", "https://x/mgConvert2PDF.aspx?ID=1"}, {"Printed minutes", "https://x/documents/g1/Printed minutes.pdf"}},
			"https://x/documents/g1/Printed minutes.pdf"},
		{[]linkedDoc{{"Printed draft minutes", "https://x/documents/g1/Printed draft minutes.pdf?T=1"}}, "https://x/documents/g1/Printed draft minutes.pdf?T=1"},
		{[]linkedDoc{{"Public reports pack", "https://x/documents/g1/Public reports pack.pdf"}, {"Minutes", "https://x/mgConvert2PDF.aspx?ID=7"}},
			"https://x/mgConvert2PDF.aspx?ID=7"},
		{[]linkedDoc{{"Minutes", "https://x/ieListDocuments.aspx?MId=1"}}, ""},
		{[]linkedDoc{{"Public reports pack", "https://x/documents/g1/Public reports pack.pdf"}}, ""},
	} {
		d, ok := printedMinutes(tc.docs)
		if got := map[bool]string{true: d.URL}[ok]; got != tc.want {
			t.Errorf("printedMinutes(%v) = %q, want %q", tc.docs, got, tc.want)
		}
	}
}

// TestFetchAgainIsIncremental fetches a site twice: the second fetch
// stores nothing (every meeting with minutes unchanged) and downloads no
// printed minutes again, even where every page carries what changes on
// every request, and where the meetings are found on the calendar. The
// second asks again for every meeting (--refetch), as fetches do for
// meetings of the last half year: the imitation's are long settled.
func TestFetchAgainIsIncremental(t *testing.T) {
	for _, tc := range []struct {
		name       string
		quirks     moderngovtest.Quirks
		serviceOff bool
	}{
		{"web service", moderngovtest.Quirks{}, false},
		{"pages", moderngovtest.Quirks{}, true},
		{"pages changing on every request", moderngovtest.Quirks{Volatile: true}, true},
		{"calendar only, pages changing on every request", moderngovtest.Quirks{Volatile: true, ListingsOff: true}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := variantCouncil(variant{quirks: tc.quirks}, tc.serviceOff)
			councils := append([]moderngovtest.Council{c}, northEast()[1:]...)
			im := moderngovtest.Start(t, councils...)
			dir := testCorpus(t, councils)
			opts := manyOpts(im, dir)
			opts.Site = "https://www.northshire.gov.uk/moderngov"
			for run := 1; run <= 2; run++ {
				opts.Refetch = run == 2
				sum, err := Fetch(context.Background(), opts)
				if err != nil {
					t.Fatalf("fetch %d: %v", run, err)
				}
				stored, unchanged := len(sum.Stored), len(sum.Skipped)
				if run == 2 {
					stored, unchanged = unchanged, stored
				}
				if stored != 5 || unchanged != 0 || len(sum.Failed) != 0 {
					t.Errorf("fetch %d: stored %v, unchanged %v, failed %v; want the 5 meetings with minutes stored by the first fetch only",
						run, ids(sum.Stored), ids(sum.Skipped), sum.Failed)
				}
			}
			if _, full := im.Count("/documents/g"); full != 5 {
				t.Errorf("printed minutes downloaded %d times in two fetches, want 5", full)
			}
		})
	}
}
