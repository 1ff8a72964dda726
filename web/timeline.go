package web

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search"
)

// Timeline geometry. Across, a position is a percentage of the drawing's
// width, so that the timeline fits any screen, a phone's too, with every
// mark in view; down, SVG user units.
const (
	tlLeft, tlRight = 2.0, 98.0 // the plot's edges, in percent
	tlSourcedY      = 26        // baseline of sourced inspection markers
	tlTickTop       = 44        // meeting ticks run from here ...
	tlTickBottom    = 74        // ... to here
	tlMinedY        = 90        // centre of mined markers
	tlAxisY         = 112       // year labels
	tlHeight        = 120
	// tlWideLabels is how many year labels a wide screen shows at most,
	// tlNarrowLabels how many a phone shows (the others are minor).
	tlWideLabels, tlNarrowLabels = 20, 6
	// tlRefWidth is the width, in pixels, a wide screen gives the
	// timeline, used to keep labels of markers apart; phones hide them.
	tlRefWidth = 1100.0
)

// timelineSVG is a council's meetings and inspections on one time axis.
type timelineSVG struct {
	Height   int
	Left     float64 // the axis, from Left to Right percent
	Right    float64
	Years    []tlYear
	Ticks    []tlTick
	Sourced  []tlMarker
	Mined    []tlMarker
	Undated  int // meetings with no date, not drawn
	Unplaced int // mined candidates with no date, not drawn
}

type tlYear struct {
	X, LabelX float64 // percent
	Label     string  // "" when too many years for a label each
	Minor     bool    // a label a phone leaves out, for room
}

// tlTick is a month's meetings: a bar whose height grows with their
// number, linking to the meeting when there is one, else to the year's
// list below the drawing.
type tlTick struct {
	X     float64 // percent
	Y, H  int
	URL   string
	Title string
}

type tlMarker struct {
	X      float64 // percent
	Y      int
	LabelY int // baseline of the label, raised when it would run into the one before
	// LabelEnd is true for a label near the right edge, drawn to the left
	// of its marker so that it is not cut off.
	LabelEnd bool
	Label    string
	URL      string
	Title    string
}

// newTimeline places meetings (ticks), sourced inspections (labelled
// triangles above) and mined candidates (circles below) on one axis of
// whole years covering them all. It returns ok false when nothing has a date.
func newTimeline(meetings []search.MeetingSummary, sourced []inspections.Inspection, mined []inspections.Candidate) (timelineSVG, bool) {
	var t timelineSVG
	first, last := 0, 0
	see := func(d time.Time) {
		if first == 0 || d.Year() < first {
			first = d.Year()
		}
		last = max(last, d.Year())
	}
	for _, m := range meetings {
		if d, ok := dayOf(m.Date); ok {
			see(d)
		}
	}
	for _, in := range sourced {
		if d, ok := in.Date(); ok {
			see(d)
		}
	}
	for _, c := range mined {
		if d, ok := candidateDate(c); ok {
			see(d)
		}
	}
	if first == 0 {
		return t, false
	}
	t.Height, t.Left, t.Right = tlHeight, tlLeft, tlRight
	start := time.Date(first, 1, 1, 0, 0, 0, 0, time.UTC)
	span := time.Date(last+1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(start).Hours()
	x := func(d time.Time) float64 { return tlLeft + d.Sub(start).Hours()/span*(tlRight-tlLeft) }
	years := last - first + 1
	wideStep, narrowStep := ceilDiv(years, tlWideLabels), ceilDiv(years, tlNarrowLabels)
	for y := first; y <= last; y++ {
		x0 := x(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))
		x1 := x(time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC))
		ty := tlYear{X: x0, LabelX: (x0 + x1) / 2, Minor: (y-first)%narrowStep != 0}
		if (y-first)%wideStep == 0 {
			ty.Label = strconv.Itoa(y)
		}
		t.Years = append(t.Years, ty)
	}
	t.Ticks, t.Undated = monthTicks(meetings, x)
	for _, in := range sourced {
		d, ok := in.Date()
		if !ok {
			continue
		}
		t.Sourced = append(t.Sourced, tlMarker{X: x(d), Y: tlSourcedY,
			Label: inspectionLabel(in.Kind, in.Judgement), URL: in.ReportURL,
			Title: fmt.Sprintf("%s, %s%s (source: %s)", inspectionLabel(in.Kind, in.Judgement), longDate(d.Format(time.DateOnly)), subTitle(in), in.Source)})
	}
	staggerLabels(t.Sourced)
	for i := range t.Sourced {
		t.Sourced[i].LabelEnd = t.Sourced[i].X+labelWidth(t.Sourced[i].Label) > tlRight
	}
	for _, c := range mined {
		d, ok := candidateDate(c)
		if !ok {
			t.Unplaced++
			continue
		}
		when := c.When
		if when == "" {
			when = "undated; drawn at the meeting " + c.MeetingDate
		}
		checked := "; not in Ofsted's record"
		if c.Recorded != nil {
			checked = "; matches the inspection of the record of " + longDate(c.Recorded.PublicationDate)
		}
		t.Mined = append(t.Mined, tlMarker{X: x(d), Y: tlMinedY, Label: inspectionLabel(c.Kind, c.Judgement), URL: c.URL,
			Title: fmt.Sprintf("From minutes (%s%s): %s", when, checked, c.Sentence)})
	}
	return t, true
}

// monthTicks draws the meetings a bar a month (one mark per meeting would
// repeat the list below the drawing, and a thousand of them weigh more
// than the rest of the page): its height grows with the month's meetings,
// up to the busiest month's. It returns the bars in date order and the
// number of meetings without a date.
func monthTicks(meetings []search.MeetingSummary, x func(time.Time) float64) ([]tlTick, int) {
	byMonth := map[string][]search.MeetingSummary{}
	undated, most := 0, 0
	for _, m := range meetings {
		if _, ok := dayOf(m.Date); !ok {
			undated++
			continue
		}
		byMonth[m.Date[:7]] = append(byMonth[m.Date[:7]], m)
		most = max(most, len(byMonth[m.Date[:7]]))
	}
	months := make([]string, 0, len(byMonth))
	for month := range byMonth {
		months = append(months, month)
	}
	sort.Strings(months)
	ticks := make([]tlTick, 0, len(months))
	for _, month := range months {
		ms := byMonth[month]
		start, _ := time.Parse("2006-01", month)
		h := tlTickBottom - tlTickTop
		if most > 1 {
			h = 8 + (h-8)*(len(ms)-1)/(most-1)
		}
		tick := tlTick{X: x(start.AddDate(0, 0, 14)), Y: tlTickBottom - h, H: h}
		if len(ms) == 1 {
			m := ms[0]
			tick.URL = meetingPath(m.ID)
			tick.Title = fmt.Sprintf("%s · %s (%s)", longDate(m.Date), m.CommitteeName, plural(m.Items, "item", "items"))
		} else {
			tick.URL = "#y-" + month[:4]
			tick.Title = fmt.Sprintf("%s: %d meetings (listed below)", start.Format("January 2006"), len(ms))
		}
		ticks = append(ticks, tick)
	}
	return ticks, undated
}

// labelWidth estimates the width of a marker's label in the timeline's
// 12-pixel font, with the gap after the marker, as a percentage of a wide
// screen's timeline.
func labelWidth(label string) float64 {
	return float64(6*len([]rune(label))+16) / tlRefWidth * 100
}

func ceilDiv(a, b int) int {
	return (a + b - 1) / b
}

// staggerLabels raises the label of a marker that is too close to the one
// before it (in date order) for that one's label, so that labels do not
// overlap.
func staggerLabels(ms []tlMarker) {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].X < ms[j].X })
	for i := range ms {
		ms[i].LabelY = ms[i].Y - 2
		if i > 0 && ms[i].X-ms[i-1].X < labelWidth(ms[i-1].Label) && ms[i-1].LabelY == ms[i-1].Y-2 {
			ms[i].LabelY = ms[i].Y - 14
		}
	}
}

// candidateDate places a mined candidate: at the middle of the month or
// year it names, else at its meeting's date.
func candidateDate(c inspections.Candidate) (time.Time, bool) {
	if d, err := time.Parse("2006-01", c.When); err == nil {
		return d.AddDate(0, 0, 14), true
	}
	if d, err := time.Parse("2006", c.When); err == nil {
		return d.AddDate(0, 6, 0), true
	}
	return dayOf(c.MeetingDate)
}

func dayOf(s string) (time.Time, bool) {
	d, err := time.Parse(time.DateOnly, s)
	return d, err == nil
}

// inspectionLabel names an inspection briefly: "Full: inadequate",
// "Monitoring visit".
func inspectionLabel(kind, judgement string) string {
	k := strings.ReplaceAll(kind, "-", " ")
	if k == "jtai" {
		k = "JTAI"
	}
	if k != "" {
		k = strings.ToUpper(k[:1]) + k[1:]
	}
	switch {
	case judgement == inspections.JudgementNotRecorded:
		return k + ": judgement not recorded"
	case judgement == inspections.JudgementNone && kind == inspections.KindFull:
		return k + ": no overall judgement"
	case judgement == "" || judgement == inspections.JudgementNone:
		return k
	}
	return k + ": " + strings.ReplaceAll(judgement, "-", " ")
}

// subTitle lists an inspection's sub-judgements for a tooltip: "; help and
// protection: good, ...", or "" when it has none.
func subTitle(in inspections.Inspection) string {
	var parts []string
	for _, sub := range inspections.SubJudgementNames {
		if v := in.Get(sub.Name); v != "" {
			parts = append(parts, sub.Label+": "+subOutcome(v))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "; " + strings.Join(parts, ", ")
}
