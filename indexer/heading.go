package indexer

import (
	"regexp"
	"strings"
	"time"
)

// heading is what the heading of a set of minutes says of the meeting,
// read from its first lines taken as one paragraph, so that a heading
// wrapped over lines ("HELD IN THE COMMUNITY CENTRE ON / THURSDAY MARCH
// 3RD 2016") reads as printed.
type heading struct {
	Council   string
	Committee string
	Date      time.Time
	HasDate   bool
	DateFrom  string // where the date was read: "heading", "top lines", "front matter title", "front matter date"
}

// headingLines is how many non-blank lines from the top make the heading.
const headingLines = 25

var (
	// "MINUTES of a meeting of the Cabinet held in…", "Minutes of
	// Proceedings at Meeting of Limerick City and County Council held in…",
	// "Minutes of the Annual Meeting of the Parish Council, 9 May 2016".
	meetingOfPhrase = regexp.MustCompile(`(?i)\bminutes\s+of\s+(?:the\s+)?(?:proceedings\s+(?:at|of)\s+)?(?:the\s+|an?\s+)?((?:[\w-]+\s+|` + dayPossessive + `\s+){0,5}?)meeting\s+(?:[‘'"“][^’'"”]{1,20}[’'"”]\s+)?of\s+(?:the\s+)?(.{3,140}?)(?:\s+(?:held|which\s+took\s+place|convened|meeting)\b|\s+(?:on|at)\s+(?:\w+day\b|\d)|\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\s*[,.;(]\s|\s+-\s|\s+at\s+the\b|\s+in\s+the\b|\s+for\s+(?:your|comments?|approval|information|circulation)\b|\s*$)`)
	// "Minutes of the Ashby Parish Council meeting held on…", "Minutes of
	// Rathkeale Area Committee Meeting held in…", "Minutes of the Planning
	// Committee held on…", "Minutes of the proceedings of the County
	// Council at the Annual Budget Meeting held …".
	minutesOfBody = regexp.MustCompile(`(?i)\bminutes\s+of\s+(?:the\s+)?(?:proceedings\s+(?:at|of)\s+(?:the\s+|an?\s+)?)?(.{3,120}?)(?:\s+(?:(?:special|annual|ordinary|extraordinary|monthly|adjourned|statutory|full)\s+)?meeting\b|\s+at\s+(?:the|an?|its)\s+(?:[\w-]+\s+){0,3}?meeting\b|\s+held\b|\s+on\s+\w+day\b|\s+on\s+\d)`)
	// "Fairleigh Parish Council – minutes of the March meeting", a body that
	// met before a dash and "minutes".
	bodyDashMinutes = regexp.MustCompile(`(?i)^(?:the\s+)?(.{3,80}?)\s+[-–—:|]\s+(?:draft\s+|unconfirmed\s+)?minutes\b`)
	// "A meeting of the Community, Leisure & Emergency Services Strategic
	// Policy Committee was held in…"
	aMeetingOf = regexp.MustCompile(`(?i)\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?(.{3,140}?)\s+(?:was\s+held|took\s+place|held|convened|which)\b`)
	// A council's name at the start of a body that met: "Ashby Parish
	// Council", "Limerick City & County Council", "London Borough of Camden".
	councilPrefix = regexp.MustCompile(`(?i)^((?:royal|london)\s+borough\s+of\s+[a-z][\w'-]+(?:\s+[a-z][\w'-]+)?|(?:[a-z][\w'.-]*\s+){1,5}?(?:(?:city|county|city\s+(?:and|&)\s+county|borough|district|parish|town|community|metropolitan\s+borough|unitary)\s+)?council)\b\s*(.*)$`)
	// The kind of council named by its last words: "Parish Council".
	councilKind = regexp.MustCompile(`(?i)\b(county|city|borough|district|parish|town|community)\s+council$`)
	// A kind of meeting run into "meeting" by a lost space, in a bold
	// heading read from a PDF: "PROCEEDINGS AT ANNUALMEETING OF …".
	gluedMeeting = regexp.MustCompile(`(?i)\b(annual|special|ordinary|extraordinary|monthly|budget|adjourned|statutory)(meeting)\b`)
	// Words around a date that make it another meeting's, or the page's.
	otherDate = regexp.MustCompile(`(?i)\b(?:next|previous|last|future|forthcoming|published|publication|effective|printed|issued|posted|updated|despatch|dispatched|circulated|signed|approved|adopted|confirmed)\b`)
)

// listedName is the rest of a committee's name that lists its subjects
// with commas, after the first: ", FAMILIES AND LIFELONG LEARNING SELECT
// COMMITTEE held at …" of "the CHILDREN, FAMILIES AND …", up to the word
// that names the kind of body, and the heading going on after it.
var listedName = regexp.MustCompile(`(?i)^,\s+(?:[\pL'’&-]+,?\s+){0,8}?(?:select\s+|scrutiny\s+)?(?:committee|sub-committee|panel|board|forum|partnership|commission)\b(?:\s+(?:held|on|at|in|meeting)\b|\s*[,.]|\s*$)`)

// listedNameTail returns how much of after, the text after a body's name
// cut at a comma, is still the name (listedName); 0 when none is.
func listedNameTail(after string) int {
	m := listedName.FindString(after)
	if m == "" {
		return 0
	}
	m = strings.TrimRight(m, ",. ")
	for _, w := range []string{" held", " on", " at", " in", " meeting"} {
		if len(m) > len(w) && strings.EqualFold(m[len(m)-len(w):], w) {
			m = m[:len(m)-len(w)]
			break
		}
	}
	return len(strings.TrimRight(m, " "))
}

// readHeading reads the council, committee and date from the first lines
// of the minutes (from `from`, before the first item), then from a YAML
// front matter's title and date. Front matter and page dates never beat
// a date printed in the minutes.
func readHeading(ls []line, from, to int) heading {
	var h heading
	text := headingText(ls, from, to)
	at := 0 // where the heading's sentence starts
	if loc := bodyDashMinutes.FindStringSubmatchIndex(text); loc != nil && plausibleBody(text[loc[2]:loc[3]]) {
		h.Council, h.Committee = splitBody(text[loc[2]:loc[3]])
		h.Date, h.HasDate, at = dateAfter(text, loc[0])
	} else if loc := meetingOfPhrase.FindStringSubmatchIndex(text); loc != nil {
		h.Council, h.Committee = splitBody(text[loc[4] : loc[5]+listedNameTail(text[loc[5]:])])
		if kind := strings.TrimSpace(text[loc[2]:loc[3]]); sittingOnly.MatchString(kind) && h.Council != "" {
			// "Minutes of the Parish Council Meeting of Cotesby Parish Council": the council sat
			h.Committee = titleCase(kind)
		} else if !meetingKind(kind) {
			// "Joint Policing Sub Committee meeting of the Municipal District of X"
			h.Committee = titleCase(kind) + " of " + strings.TrimSpace(h.Committee+" "+h.Council)
		}
		h.Date, h.HasDate, at = dateAfter(text, loc[0])
	} else if loc := minutesOfBody.FindStringSubmatchIndex(text); loc != nil && plausibleBody(text[loc[2]:loc[3]]) {
		h.Council, h.Committee = splitBody(text[loc[2]:loc[3]])
		if m, ok := townsMeeting(text[loc[2]:loc[3]], text[loc[3]:]); ok {
			h.Council, h.Committee = "", m
		}
		h.Date, h.HasDate, at = dateAfter(text, loc[0])
	} else if loc := aMeetingOf.FindStringSubmatchIndex(text); loc != nil && plausibleBody(text[loc[2]:loc[3]]) {
		h.Council, h.Committee = splitBody(text[loc[2]:loc[3]])
		h.Date, h.HasDate, at = dateAfter(text, loc[0])
	}
	if d, ok := yearlessMeetingDate(text, at, ls[from:]); ok {
		// "held on Tuesday 4th February at 7.30pm", before any date with a year
		h.Date, h.HasDate, h.DateFrom = d, true, "heading"
		return h
	}
	if h.HasDate {
		h.DateFrom = "heading"
		return h
	}
	if d, ok := firstMeetingDate(text); ok {
		h.Date, h.HasDate, h.DateFrom = d, true, "top lines"
		return h
	}
	if d, ok := firstMeetingDate(frontValue(ls, "title")); ok {
		h.Date, h.HasDate, h.DateFrom = d, true, "front matter title"
		return h
	}
	// A front matter's date: is the day the page was published, not the
	// meeting's: it is never taken.
	return h
}

// yearlessDate is a weekday and a date with no year, as a parish clerk
// heads the minutes: "held on Tuesday 4th February at 7.30pm".
var yearlessDate = regexp.MustCompile(`(?i)\b(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+` + monthPattern + `\b\.?,?(\s+\d{4}\b)?`)

// yearlessMeetingDate reads the first yearless date in a heading, after
// at and before any date with a year, that is not another meeting's, and
// gives it the year in which its weekday falls
// nearest to a date printed with a year in the minutes (the previous and
// next meetings, a finance date): "Tuesday 4th February" beside "7th
// January 2025" is 4 February 2025.
func yearlessMeetingDate(text string, at int, ls []line) (time.Time, bool) {
	var day, month int
	var weekday string
	prevEnd := at
	for _, m := range yearlessDate.FindAllStringSubmatchIndex(text[at:], -1) {
		for k := range m {
			if m[k] >= 0 {
				m[k] += at
			}
		}
		if m[8] >= 0 || len(findDates(text[at:m[0]])) > 0 {
			return time.Time{}, false // a date with a year comes first
		}
		if otherDate.MatchString(text[max(prevEnd, m[0]-40):m[0]]) {
			prevEnd = m[1]
			continue
		}
		weekday, day, month = strings.ToLower(text[m[2]:m[3]]), atoi(text[m[4]:m[5]]), monthNumber(text[m[6]:m[7]])
		break
	}
	if month == 0 {
		return time.Time{}, false
	}
	var best time.Time
	bestGap := 200 * 24 * time.Hour
	for i, l := range ls {
		if i >= 400 {
			break
		}
		for _, d := range findDates(l.Text) {
			for y := d.Date.Year() - 1; y <= d.Date.Year()+1; y++ {
				t, ok := makeDate(y, month, day)
				if !ok || !strings.HasPrefix(strings.ToLower(t.Weekday().String()), weekday) {
					continue
				}
				gap := t.Sub(d.Date)
				if gap < 0 {
					gap = -gap
				}
				if gap < bestGap {
					best, bestGap = t, gap
				}
			}
		}
	}
	return best, !best.IsZero()
}

// headingText joins the first non-blank lines of the minutes into one
// paragraph, skipping front matter.
func headingText(ls []line, from, to int) string {
	var b strings.Builder
	seen := 0
	listed := datedList(ls[from:to])
	for i := from; i < to && seen < headingLines; i++ {
		if ls[i].Text == "" || ls[i].Front || listed[i-from] {
			continue // a list of other meetings names neither the date nor the body
		}
		seen++
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(ls[i].Text)
	}
	return gluedMeeting.ReplaceAllString(collapseSpace(b.String()), "$1 $2")
}

// dateAfter returns the first date printed after the start of a minutes
// heading, within the heading's sentence or the next.
func dateAfter(text string, at int) (time.Time, bool, int) {
	rest := text[at:]
	if len(rest) > 400 {
		rest = rest[:400]
	}
	d, ok := meetingDate(rest, 30)
	return d, ok, at
}

// firstMeetingDate is the first date in text that is not said to be
// another meeting's or the page's ("next meeting", "published on").
func firstMeetingDate(text string) (time.Time, bool) {
	return meetingDate(text, 40)
}

// meetingDate is the first date in text whose words before it (at most
// window bytes, back to the previous date) do not make it another
// meeting's or the page's.
func meetingDate(text string, window int) (time.Time, bool) {
	prevEnd := 0
	for _, d := range findDates(text) {
		if !otherDate.MatchString(text[max(prevEnd, d.Start-window):d.Start]) {
			return d.Date, true
		}
		prevEnd = d.End
	}
	return time.Time{}, false
}

// isMonth reports a month's name, in full or short: "march", "sept".
func isMonth(w string) bool {
	return dayMonthYear.MatchString("1 "+w+" 2000") && monthNumber(w) > 0 && len(w) >= 3 &&
		!strings.HasPrefix(w, "mayor")
}

// dayPossessive is a day named as a meeting's, in a covering note:
// "Tuesday's", "last night's", "today's".
const dayPossessive = `(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|night|week)['’]s`

// dayWord reads dayPossessive alone.
var dayWord = regexp.MustCompile(`^` + dayPossessive + `$`)

// meetingKind reports whether the words before "meeting of" only say
// what kind of meeting it was ("special", "annual", "adjourned budget"),
// or when ("Tuesday's", "last night's").
func meetingKind(words string) bool {
	for _, w := range strings.Fields(strings.ToLower(words)) {
		if dayWord.MatchString(w) {
			continue
		}
		switch w {
		case "special", "annual", "ordinary", "extraordinary", "monthly", "adjourned", "statutory", "budget", "budgetary",
			"general", "full", "regular", "emergency", "reconvened", "quarterly", "inaugural", "bi-monthly", "joint", "the", "a", "an", "draft",
			"plan", "estimates", "public", "private", "last", "this":
			continue
		}
		return false
	}
	return true
}

// plausibleBody reports whether the words after "Minutes of" name a body
// that met, not a previous meeting ("the meeting held on…") or an item.
func plausibleBody(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	for _, p := range []string{"the ", "a ", "an ", "this "} {
		l = strings.TrimPrefix(l, p)
	}
	if meetingKind(l) || dayWord.MatchString(strings.Fields(l + " x")[0]) {
		return false // "MINUTES OF THE ORDINARY MEETING HELD ON …", "minutes of Tuesday's meeting": a kind of meeting or a day, no body
	}
	if strings.HasPrefix(l, "meeting") || strings.HasPrefix(l, "proceedings") || strings.HasPrefix(l, "hearing") || strings.HasPrefix(l, "sitting") || isMonth(strings.Fields(l + " x")[0]) && len(strings.Fields(l)) <= 2 {
		return false // "the March meeting"
	}
	return !strings.HasPrefix(l, "the previous") && !strings.HasPrefix(l, "previous") && !strings.HasPrefix(l, "last") &&
		len(findDates(s)) == 0 && len(strings.Fields(s)) <= 14
}

// splitBody cuts the body that met into a council and a committee:
// "Ashby Parish Council" is the council and, sitting as a whole, the
// committee "Parish Council"; "Limerick City & County Council Environment
// SPC" is a council's committee; "the Planning Committee of Ashby Parish
// Council" too; "Cabinet" is a committee of a council named elsewhere.
func splitBody(body string) (council, committee string) {
	body = strings.TrimSpace(strings.Trim(collapseSpace(body), ",.;:-–— "))
	// The first " of " after which the rest is a council's whole name:
	// "Scrutiny Sub-Committee of the London Borough of Ashworth Park".
	lower := strings.ToLower(body)
	for i := strings.Index(lower, " of "); i > 0; {
		rest := strings.TrimSpace(body[i+4:])
		if len(rest) > 4 && strings.EqualFold(rest[:4], "the ") {
			rest = rest[4:]
		}
		if m := councilPrefix.FindStringSubmatch(rest); m != nil && strings.TrimSpace(m[2]) == "" && hasName(m[1]) {
			return titleCase(m[1]), titleCase(body[:i])
		}
		next := strings.Index(lower[i+4:], " of ")
		if next < 0 {
			break
		}
		i += 4 + next
	}
	m := councilPrefix.FindStringSubmatch(body)
	if m == nil || !hasName(m[1]) {
		return "", titleCase(body)
	}
	council = titleCase(strings.TrimSpace(m[1]))
	rest := strings.TrimSpace(strings.Trim(m[2], ",-–—: "))
	for _, p := range []string{"’s ", "'s ", "’S ", "'S "} { // "Limerick City & County Council’s Travel … Committee"
		rest = strings.TrimPrefix(rest, strings.TrimSpace(p))
	}
	rest = strings.TrimSpace(rest)
	if strings.Contains(rest, " ") || committeeWord.MatchString(rest) {
		return council, titleCase(rest)
	}
	if k := councilKind.FindStringSubmatch(council); k != nil {
		return council, titleCase(strings.ToUpper(k[1][:1])+strings.ToLower(k[1][1:])) + " Council"
	}
	return council, "Full Council"
}

// hasName reports whether a council's name has a place in it, not only
// kind words: "Ashby Parish Council", not "County Council" or "the Council".
func hasName(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch w {
		case "the", "council", "county", "city", "borough", "district", "parish", "town", "community",
			"metropolitan", "unitary", "and", "&", "full", "special", "annual", "ordinary", "extraordinary",
			"committee", "sub-committee", "meeting", "panel", "board", "group", "forum":
			continue
		}
		return true
	}
	return false
}

// townsMeeting reads a meeting of a parish's or town's electors, which is
// no council's committee: "Minutes of the Annual Parish Meeting held on …"
// sat as the "Annual Parish Meeting", "the Ordinary Parish Meeting" as the
// "Parish Meeting" (an ordinary meeting is the usual sitting). body is
// what came before "meeting", after the words that follow it.
func townsMeeting(body, after string) (string, bool) {
	words := strings.Fields(strings.ToLower(body))
	if len(words) == 0 || !strings.HasPrefix(strings.ToLower(strings.TrimSpace(after)), "meeting") {
		return "", false
	}
	last := words[len(words)-1]
	if last != "parish" && last != "town" || !meetingKind(strings.Join(words[:len(words)-1], " ")) {
		return "", false
	}
	var name []string
	for _, w := range words {
		if w != "ordinary" && w != "the" && w != "a" && w != "an" {
			name = append(name, strings.ToUpper(w[:1])+w[1:])
		}
	}
	return strings.Join(name, " ") + " Meeting", true
}
