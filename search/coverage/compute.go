package coverage

import (
	"path"
	"sort"
	"strconv"
	"time"

	"github.com/councilminutes/minutes/search/schema"
)

// Compute tallies the input per council, committee and year, finds the gaps
// in each committee's cadence and explains what the figures leave out.
// Councils are sorted by slug (failures of no known council last),
// committees by slug.
func Compute(in Input) []CouncilCoverage {
	t := tally{councils: map[string]*councilTally{}}
	for _, m := range in.Meetings {
		t.meeting(m)
	}
	for _, k := range in.Known {
		t.known(k)
	}
	for _, f := range in.Failures {
		t.failure(f)
	}
	out := make([]CouncilCoverage, 0, len(t.councils))
	for _, c := range t.councils {
		out = append(out, c.finish())
	}
	sort.Slice(out, func(i, j int) bool {
		if (out[i].Slug == "") != (out[j].Slug == "") {
			return out[j].Slug == ""
		}
		return out[i].Slug < out[j].Slug
	})
	return out
}

// tally gathers the figures before they are laid out in rows.
type tally struct {
	councils map[string]*councilTally
}

type councilTally struct {
	slug, name string
	committees map[string]*committeeTally
	failures   []Failure
	own        map[string]*Counts // failures with no committee folder, by year
	// meetings whose items may be mis-split
	lowConfidence []MeetingInfo
}

type committeeTally struct {
	slug, name string
	years      map[string]*Counts
	dates      []time.Time     // dates of indexed meetings
	indexedOn  map[string]bool // YYYY-MM-DD of indexed meetings
	known      []KnownMeeting
}

func (t *tally) council(slug, name string) *councilTally {
	c, ok := t.councils[slug]
	if !ok {
		c = &councilTally{slug: slug, committees: map[string]*committeeTally{}, own: map[string]*Counts{}}
		t.councils[slug] = c
	}
	if c.name == "" {
		c.name = name
	}
	return c
}

func (c *councilTally) committee(slug, name string) *committeeTally {
	m, ok := c.committees[slug]
	if !ok {
		m = &committeeTally{slug: slug, years: map[string]*Counts{}, indexedOn: map[string]bool{}}
		c.committees[slug] = m
	}
	if m.name == "" {
		m.name = name
	}
	return m
}

func row(rows map[string]*Counts, year string) *Counts {
	r, ok := rows[year]
	if !ok {
		r = &Counts{}
		rows[year] = r
	}
	return r
}

func (t *tally) meeting(m MeetingInfo) {
	cm := t.council(m.CouncilSlug, m.Council).committee(m.CommitteeSlug, m.Committee)
	d, dated := parseDate(m.Date)
	year := UnknownYear
	if dated {
		year = strconv.Itoa(d.Year())
		cm.dates = append(cm.dates, d)
		cm.indexedOn[m.Date] = true
	}
	r := row(cm.years, year)
	r.Indexed++
	r.Items += m.Items
	if !dated {
		r.DateUnknown++
	} else if m.DateSource == schema.DateInferred {
		r.DateInferred++
	}
	if m.Draft {
		r.Draft++
	}
	if m.OCR {
		r.OCR++
	}
	if m.MaySplitWrong() {
		r.LowConfidence++
		c := t.council(m.CouncilSlug, m.Council)
		c.lowConfidence = append(c.lowConfidence, m)
	}
}

// known is called after every meeting, so that it can tell which listed
// meetings are indexed.
func (t *tally) known(k KnownMeeting) {
	cm := t.council(k.CouncilSlug, "").committee(k.CommitteeSlug, "")
	cm.known = append(cm.known, k)
	year := UnknownYear
	if d, ok := parseDate(k.Date); ok {
		year = strconv.Itoa(d.Year())
	}
	r := row(cm.years, year)
	r.Known++
	switch {
	case k.NotHeld != "":
		r.NotHeld++
	case !k.HasMinutes:
		r.ListedNoMinutes++
	case k.Date != "" && !cm.indexedOn[k.Date]:
		r.ListedNotIndexed++
	}
}

func (t *tally) failure(f Failure) {
	c := t.council(f.CouncilSlug, "")
	c.failures = append(c.failures, f)
	year := yearOfFile(f.File)
	if _, committee := pathFolders(f.File); committee != "" {
		row(c.committee(committee, "").years, year).Failed++
		return
	}
	row(c.own, year).Failed++
}

// yearOfFile reads the year from a file named by its date
// ("2013-12-13.pdf"), else UnknownYear.
func yearOfFile(file string) string {
	base := path.Base(file)
	if len(base) >= 10 {
		if d, ok := parseDate(base[:10]); ok {
			return strconv.Itoa(d.Year())
		}
	}
	return UnknownYear
}

// dateLayout is how dates are written: YYYY-MM-DD.
const dateLayout = "2006-01-02"

func parseDate(s string) (time.Time, bool) {
	d, err := time.Parse(dateLayout, s)
	return d, err == nil
}
