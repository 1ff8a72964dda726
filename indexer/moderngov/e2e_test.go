package moderngov_test

import (
	"context"
	"io"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/councilminutes/minutes/indexer"
	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/indexer/moderngov"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/schema"
)

// e2eOpts are the options of a fetch of the imitation site into dir.
func e2eOpts(site *mgSite, dir string) moderngov.Options {
	return moderngov.Options{
		Site: site.srv.URL, Council: "Testshire County Council", Corpus: dir,
		Committees: []string{"corporate parenting", "cabinet", "scrutiny"},
		From:       "2023", To: "2024-12", Retries: 1,
		ConnectTimeout: 5 * time.Second, HeaderTimeout: 5 * time.Second, Timeout: 20 * time.Second,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Progress: io.Discard,
	}
}

// e2eMeeting is what the index must hold of one meeting of the site: its
// committee and date, the word only its minutes hold, the item titles,
// and the page or document its source link leads to.
type e2eMeeting struct {
	committee, date, word string
	titles                []string
	source                string // path and query of the source link on the site
}

var e2eMeetings = []e2eMeeting{
	{"corporate-parenting-panel", "2023-03-13", "assessments", []string{"Apologies for absence", "Health Assessments of Children in Care"},
		"/ieListDocuments.aspx?CId=11&MId=1004"},
	{"corporate-parenting-panel", "2023-09-18", "osprey", []string{"Apologies for absence", "“Our Voice” Children in Care Council"},
		"/ieListDocuments.aspx?CId=11&MId=1001"},
	{"corporate-parenting-panel", "2023-11-20", "bittern", []string{"Apologies for Absence", "Ofsted Focused Visit"},
		"/documents/g1002/Printed%20minutes%2020th-Nov-2023%2014.00%20Corporate%20Parenting%20Panel.pdf?T=1"},
	{"corporate-parenting-panel", "2024-01-15", "kestrel", []string{"Apologies for absence", "Declarations of interest", "Care Leavers Local Offer", "Fostering Recruitment"},
		"/ieListDocuments.aspx?CId=11&MId=1101"},
	{"corporate-parenting-panel", "2024-03-11", "heron", []string{"Apologies for Absence", "Virtual School Annual Report"},
		"/documents/g1102/Printed%20minutes%2011th-Mar-2024%2014.00%20Corporate%20Parenting%20Panel.pdf?T=1&Ver=4"},
	{"cabinet", "2024-02-06", "curlew", []string{"Budget and Council Tax 2024/25", "Home to School Transport Policy"},
		"/ieListDocuments.aspx?CId=12&MId=1201"},
	{"cabinet", "2024-04-09", "plover", []string{"Children's Services Improvement Plan"}, "/documents/g1202/old-link.pdf"},
	{"cabinet", "2024-06-04", "dunlin", []string{"Youth Justice Plan"}, "/ieListDocuments.aspx?CId=12&MId=1203"},
	{"cabinet", "2024-09-10", "lapwing", []string{"Special Educational Needs Capital Programme"}, "/ieListDocuments.aspx?CId=12&MId=1204"},
	{"cabinet", "2024-11-05", "redshank", []string{"Apologies for absence", "Adoption Service Annual Report"}, "/mgPrintedMinutes.aspx?MId=1205&CId=12"},
	{"childrens-services-skills-scrutiny-committee", "2024-01-23", "whimbrel", []string{"Elective Home Education", "Work Programme"},
		"/ieListDocuments.aspx?CId=13&MId=1301"},
	{"childrens-services-skills-scrutiny-committee", "2024-03-19", "sanderling", []string{"School Exclusions"},
		"/DOCUMENTS/G1302/Printed%20minutes%2019th-Mar-2024%2018.00%20Childrens%20Services%20and%20Skills%20Scrutiny%20Committee.pdf?T=1"},
}

// chromeWords are the site's chrome: menus, breadcrumbs, the cookie
// banner, the footer. None may be an item or in an item's title.
var chromeWords = regexp.MustCompile(`(?i)cookie|contact us|council and democracy|committee structure|^home$|^meeting$|support links|accessibility|privacy notice`)

// askedAgain are the requests a second fetch makes again: the lists of
// committees and meetings (new meetings appear there), the pages of the
// meetings without minutes yet or not found, and those whose printed
// minutes were refused (and their links: an --allow-host may let them in).
var askedAgain = regexp.MustCompile(`^/(mgwebservice\.asmx/|mglistcommittees\.aspx|ielistmeetings\.aspx|ielistdocuments\.aspx\?cid=(11&mid=(1003|1104)|12&mid=120[34]|13&mid=1301)$|documents/g(1203|1301)/)`)

// TestFetchImitationSiteThenIndex fetches the imitation ModernGov site of
// testdata/mgsite into a corpus, indexes it and searches it: every
// meeting with minutes is found under its council, committee and date,
// with its items and a source link back to the site's page or document;
// a cancelled meeting is recorded as not held; the chrome of the pages
// is no item; nothing from the internal network is asked for or stored;
// and a second fetch asks only for the lists and the meetings still
// without minutes, and indexes nothing.
func TestFetchImitationSiteThenIndex(t *testing.T) {
	ctx := context.Background()
	site := newMgSite(t)
	dir := t.TempDir()
	sum, err := moderngov.Fetch(ctx, e2eOpts(site, dir))
	if err != nil {
		t.Fatalf("fetch: %v", err)
	}
	checkFetchSummary(t, sum)
	checkCorpus(t, site, dir)
	idx := filepath.Join(t.TempDir(), "minutes.bleve")
	isum, err := indexer.Run(ctx, indexer.Options{Corpus: dir, Index: idx, Workers: 1})
	if err != nil {
		t.Fatalf("index: %v", err)
	}
	if isum.Failed != 0 || isum.Meetings != len(e2eMeetings) {
		t.Errorf("index: %d meetings, %d files failed %+v; want %d meetings and none failed", isum.Meetings, isum.Failed, isum.Failures, len(e2eMeetings))
	}
	checkIndex(t, site, idx)

	before := site.requests()
	sum, err = moderngov.Fetch(ctx, e2eOpts(site, dir))
	if err != nil {
		t.Fatalf("second fetch: %v", err)
	}
	if len(sum.Stored) != 0 {
		t.Errorf("second fetch stored %v again, want nothing changed", sum.Stored)
	}
	for key, n := range site.requests() {
		if n != before[key] && !askedAgain.MatchString(key) {
			t.Errorf("second fetch asked for %s again (%d requests, %d before)", key, n, before[key])
		}
	}
	isum, err = indexer.Run(ctx, indexer.Options{Corpus: dir, Index: idx, Workers: 1})
	if err != nil {
		t.Fatalf("second index: %v", err)
	}
	if isum.Indexed != 0 {
		t.Errorf("second index indexed %d files, want none: nothing changed", isum.Indexed)
	}
}

// checkFetchSummary checks what the fetch says became of each meeting.
func checkFetchSummary(t *testing.T, sum *moderngov.Summary) {
	t.Helper()
	ids := func(os []moderngov.Outcome) []string {
		var out []string
		for _, o := range os {
			out = append(out, o.MeetingID)
		}
		slices.Sort(out)
		return out
	}
	for _, c := range []struct {
		what string
		got  []string
		want []string
	}{
		{"stored", ids(sum.Stored), []string{"1001", "1002", "1004", "1101", "1102", "1201", "1202", "1203", "1204", "1205", "1301", "1302"}},
		{"not published", ids(sum.NotPublished), []string{"1103", "1104"}},
		{"failed", ids(sum.Failed), []string{"1003"}},
	} {
		if !slices.Equal(c.got, c.want) {
			t.Errorf("%s: meetings %v, want %v", c.what, c.got, c.want)
		}
	}
	// 1203's printed minutes redirect to the internal network, 1204's are
	// on another host, 1301's redirect to one.
	if sum.Refused != 3 {
		t.Errorf("%d requests refused, want the 3 that lead off the site", sum.Refused)
	}
	for _, o := range sum.NotPublished {
		if want := map[string]string{"1103": "cancelled", "1104": "not published"}[o.MeetingID]; !strings.Contains(o.Reason, want) {
			t.Errorf("meeting %s: %q, want it said %s", o.MeetingID, o.Reason, want)
		}
	}
}

// checkCorpus checks the manifest and files of the fetched corpus: the
// cancelled meeting recorded as not held, every source link on the site,
// and nothing of the internal network asked for or stored.
func checkCorpus(t *testing.T, site *mgSite, dir string) {
	t.Helper()
	man, err := corpus.LoadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(man.NotHeld) != 1 || man.NotHeld[0].MeetingID != "1103" || man.NotHeld[0].Reason != "cancelled" || man.NotHeld[0].Date != "2024-05-13" {
		t.Errorf("not held: %+v, want meeting 1103 of 2024-05-13, cancelled", man.NotHeld)
	}
	siteURL, _ := url.Parse(site.srv.URL)
	for _, e := range man.Files {
		u, err := url.Parse(e.SourceURL)
		if err != nil || u.Host != siteURL.Host {
			t.Errorf("%s: source %q, want a link on the site %s", e.Path, e.SourceURL, siteURL.Host)
		}
		if e.Council != "Testshire County Council" {
			t.Errorf("%s: council %q", e.Path, e.Council)
		}
	}
	if n := site.internalRequests(); n != 0 {
		t.Errorf("the internal network was asked %d times, want never", n)
	}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if strings.Contains(string(data), "INTERNAL-SECRET") || strings.Contains(string(data), site.internal.URL[len("http://"):]) && strings.HasSuffix(p, "manifest.json") {
			t.Errorf("%s holds what the internal network answered or its address", p)
		}
		return nil
	})
	for _, key := range []string{
		"/ielistdocuments.aspx?cid=11&mid=901",  // before the window
		"/ielistmeetings.aspx?cid=11&year=2022", // a year before the window
		"/mgmeetingattendance.aspx?id=1101",     // listed beside meetings, not one
		"/mgcalendarmonthview.aspx",             // the chrome's menu
	} {
		if n := site.count(key); n != 0 {
			t.Errorf("%s asked %d times, want never", key, n)
		}
	}
}

// checkIndex checks the meetings and items the index holds, and that a
// search for each meeting's own word finds that meeting's item alone.
func checkIndex(t *testing.T, site *mgSite, idx string) {
	t.Helper()
	ctx := context.Background()
	ix, err := search.Open(idx, search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ms, err := ix.Meetings(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	byKey := map[string]schema.Meeting{}
	for _, m := range ms {
		key := m.CommitteeSlug + " " + m.Date
		if _, dup := byKey[key]; dup {
			t.Errorf("%s indexed twice (%s): a meeting's documents must stay one meeting", key, m.SourcePath)
		}
		byKey[key] = m
		if strings.ContainsRune(m.Committee+m.Title, utf8.RuneError) {
			t.Errorf("%s: committee %q, title %q: text read in the wrong encoding", key, m.Committee, m.Title)
		}
		if m.CouncilSlug != "testshire" || m.Council != "Testshire County Council" {
			t.Errorf("%s: council %q (%s)", key, m.Council, m.CouncilSlug)
		}
		for _, it := range m.Items {
			if chromeWords.MatchString(it.Title) {
				t.Errorf("%s: item %s %q is the site's chrome", key, it.Number, it.Title)
			}
			if strings.HasSuffix(strings.TrimSpace(it.Agenda), "Minutes:") {
				t.Errorf("%s: item %s's agenda ends with the page's label: %q", key, it.Number, it.Agenda)
			}
		}
	}
	for _, want := range e2eMeetings {
		key := want.committee + " " + want.date
		m, ok := byKey[key]
		if !ok {
			t.Errorf("%s: not indexed", key)
			continue
		}
		var titles []string
		for _, it := range m.Items {
			titles = append(titles, it.Title)
		}
		if !slices.Equal(titles, want.titles) {
			t.Errorf("%s: items %q, want %q", key, titles, want.titles)
		}
		if broken := want.date == "2023-03-13"; broken != strings.Contains(strings.Join(m.Warnings, " "), "could not be read") {
			t.Errorf("%s: warnings %q; want one about the broken printed minutes only on the meeting that has them", key, m.Warnings)
		}
		if m.SourceURL != site.srv.URL+want.source {
			t.Errorf("%s: source %q, want %q", key, m.SourceURL, site.srv.URL+want.source)
		}
		res, err := ix.Search(ctx, search.Request{Query: want.word, Size: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || res.Hits[0].MeetingID != m.ID {
			t.Errorf("%s: search %q found %d hits, first %+v; want this meeting's item", key, want.word, len(res.Hits), res.Hits)
		}
	}
	res, err := ix.Search(ctx, search.Request{Query: `"young people’s" £50`, Size: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 || res.Hits[0].Date != "2023-09-18" {
		t.Errorf("the Windows-1252 page's curly quotes and pound sign: %d hits, want the meeting of 2023-09-18", len(res.Hits))
	}
}
