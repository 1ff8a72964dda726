package indexer

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// foundDate is one date found in a piece of text, with where it was.
type foundDate struct {
	Date       time.Time
	Start, End int // byte offsets of the match
}

const monthPattern = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

var (
	// "Friday, 13 December 2013", "9th May, 2018", "13th of Dec. 2013",
	// and the ordinals OCR makes of superscripts: "22"° APRIL, 2014", "14™ JULY", "21% JULY"
	// "the 3rd day of March 2016", "16th-March-2021"
	dayMonthYear = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th|\s(?:st|nd|rd|th)\b|["'’”°º™*%]{1,2})?,?(?:\s+day)?(?:\s+of)?(?:\s+|-)` + monthPattern + `\.?,?(?:\s+|-)(\d{4})\b`)
	// "December 13, 2013", "Dec 13th 2013", "MARCH 3RD 2016"
	monthDayYear = regexp.MustCompile(`(?i)\b` + monthPattern + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// Welsh: "12fed Hydref 2023", "nos Fawrth, 27 Chwefror 2024", "2il
	// Hydref", with Welsh ordinals (1af, 2il, 3ydd, 5ed, 7fed, 11eg, 21ain).
	welshDayMonthYear = regexp.MustCompile(`(?i)\b(\d{1,2})(?:af|il|ydd|ed|fed|eg|ain)?,?\s+(ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr),?\s+(\d{4})\b`)
	// "the twelfth day of March 2025", "the Twenty-First of June, 2024":
	// the day as an ordinal word, as formal minutes write it
	wordDayMonthYear = regexp.MustCompile(`(?i)\b(?:(twenty|thirty)[\s-])?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)(?:\s+day)?\s+of\s+` + monthPattern + `\.?,?\s+(\d{4})\b`)
	// "Mon 3 Mar 25", "Tuesday 4th March 25": a two-digit year, trusted
	// only after a weekday that the date falls on
	weekdayDayMonthYY = regexp.MustCompile(`(?i)\b(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+(\d{1,2})(?:st|nd|rd|th)?\s+` + monthPattern + `\.?,?\s+'?(\d{2})\b`)
	// "2013-12-13"
	isoDate = regexp.MustCompile(`\b(\d{4})-(\d{1,2})-(\d{1,2})\b`)
	// "13/12/2013", "13.12.13", "13-12-2013" (day first, as in the UK)
	numericDate = regexp.MustCompile(`\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})\b`)
	// "20131213", only trusted in file names
	compactDate = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d{2})(\d{2})(\d{2})(?:[^0-9]|$)`)
	// "4.00 pm", "6pm", "10:30 a.m.", "noon"
	timePattern = regexp.MustCompile(`(?i)\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?:\W|$)|\b(noon|midday)\b`)
)

// ParseDate returns the first date written in s, in any of the forms
// minutes use: "Friday, 13 December 2013", "Wednesday, 9th May, 2018
// 4.00 pm", "2 March 2021 at 6.00 pm", "13/12/2013", "13.12.13",
// "2013-12-13", "December 13, 2013", "13th Dec 2013". Numeric dates are
// read day first. It reports false when s holds no valid date.
func ParseDate(s string) (time.Time, bool) {
	ds := findDates(s)
	if len(ds) == 0 {
		return time.Time{}, false
	}
	return ds[0].Date, true
}

// findDates returns every valid date written in s, in order of position.
func findDates(s string) []foundDate {
	s = ocrYears.ReplaceAllStringFunc(s, ocrDigits) // same length: offsets hold
	s = ocrDays.ReplaceAllStringFunc(s, ocrDigits)
	var out []foundDate
	add := func(start, end int, y, m, d int) {
		for _, f := range out { // overlapping matches: keep the first
			if start < f.End && end > f.Start {
				return
			}
		}
		if t, ok := makeDate(y, m, d); ok {
			out = append(out, foundDate{Date: t, Start: start, End: end})
		}
	}
	for _, m := range dayMonthYear.FindAllStringSubmatchIndex(s, -1) {
		add(m[0], m[1], atoi(s[m[6]:m[7]]), monthNumber(s[m[4]:m[5]]), atoi(s[m[2]:m[3]]))
	}
	for _, m := range monthDayYear.FindAllStringSubmatchIndex(s, -1) {
		add(m[0], m[1], atoi(s[m[6]:m[7]]), monthNumber(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]))
	}
	for _, m := range welshDayMonthYear.FindAllStringSubmatchIndex(s, -1) {
		add(m[0], m[1], atoi(s[m[6]:m[7]]), welshMonth(s[m[4]:m[5]]), atoi(s[m[2]:m[3]]))
	}
	for _, m := range wordDayMonthYear.FindAllStringSubmatchIndex(s, -1) {
		tens := ""
		if m[2] >= 0 {
			tens = s[m[2]:m[3]]
		}
		add(m[0], m[1], atoi(s[m[8]:m[9]]), monthNumber(s[m[6]:m[7]]), ordinalWord(tens, s[m[4]:m[5]]))
	}
	for _, m := range weekdayDayMonthYY.FindAllStringSubmatchIndex(s, -1) {
		t, ok := makeDate(2000+atoi(s[m[8]:m[9]]), monthNumber(s[m[6]:m[7]]), atoi(s[m[4]:m[5]]))
		if ok && strings.HasPrefix(strings.ToLower(t.Weekday().String()), strings.ToLower(s[m[2]:m[2]+3])) {
			add(m[0], m[1], t.Year(), int(t.Month()), t.Day())
		}
	}
	for _, m := range isoDate.FindAllStringSubmatchIndex(s, -1) {
		add(m[0], m[1], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	for _, m := range numericDate.FindAllStringSubmatchIndex(s, -1) {
		add(m[0], m[1], atoi(s[m[6]:m[7]]), atoi(s[m[4]:m[5]]), atoi(s[m[2]:m[3]]))
	}
	sortDates(out)
	return out
}

// ocrYears is a year as OCR misreads it, letters for digits: "2OO1",
// "l998", "2O16".
var ocrYears = regexp.MustCompile(`\b[12lI][0-9OlI]{3}\b`)

// ocrDays is a day of the month as OCR misreads it: "l4th", "2Ist".
var ocrDays = regexp.MustCompile(`\b[0-9lI][0-9OlI]?(?:st|nd|rd|th)\b`)

// ocrDigits reads O as 0 and l or I as 1 in a year such as "2OO1", when
// it has a digit of its own and a letter to mend.
func ocrDigits(y string) string {
	if strings.IndexAny(y, "0123456789") < 0 || strings.IndexAny(y, "OlI") < 0 {
		return y
	}
	return strings.NewReplacer("O", "0", "l", "1", "I", "1").Replace(y)
}

// dateInFileName finds a date in a file name: 2013-12-13.pdf,
// 13-12-2013.txt, 20131213.pdf, minutes_13.12.13.docx.
func dateInFileName(name string) (time.Time, bool) {
	name = strings.ReplaceAll(name, "_", " ") // "_" would join words for \b
	if t, ok := ParseDate(name); ok {
		return t, true
	}
	if m := compactDate.FindStringSubmatch(name); m != nil {
		return makeDate(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	return time.Time{}, false
}

// findTime returns the first clock time in s as printed ("4.00 pm").
func findTime(s string) string {
	m := timePattern.FindStringSubmatchIndex(s)
	if m == nil {
		return ""
	}
	if m[8] >= 0 {
		return s[m[8]:m[9]]
	}
	h := atoi(s[m[2]:m[3]])
	if h < 1 || h > 12 {
		return ""
	}
	end := m[7] // end of the am/pm group
	return strings.TrimSpace(s[m[0]:end])
}

// makeDate builds a valid calendar date; two-digit years are 20xx.
func makeDate(y, m, d int) (time.Time, bool) {
	if y < 100 {
		y += 2000
	}
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 February and the like
		return time.Time{}, false
	}
	return t, true
}

// monthNumber is 1 for "Jan", "January", "jan." and so on; 0 if unknown.
func monthNumber(s string) int {
	s = strings.ToLower(s)
	for i, name := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(s, name) {
			return i + 1
		}
	}
	return 0
}

// welshMonth is the number of a month named in Welsh ("Hydref": 10), 0
// for another word.
func welshMonth(s string) int {
	s = strings.ToLower(s)
	for i, name := range []string{"ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi", "hydref", "tachwedd", "rhagfyr"} {
		if s == name {
			return i + 1
		}
	}
	return 0
}

// ordinalWord is the day an ordinal word names, with its tens ("twenty",
// "first": 21); 0 for a day that cannot be.
func ordinalWord(tens, unit string) int {
	day := 0
	for i, w := range []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"} {
		if strings.EqualFold(unit, w) {
			day = i + 1
		}
	}
	if strings.EqualFold(unit, "thirtieth") {
		day = 30
	}
	switch {
	case tens == "":
		return day
	case day > 9: // "twenty-twelfth"
		return 0
	case strings.EqualFold(tens, "twenty"):
		return 20 + day
	}
	return 30 + day
}

// atoi is strconv.Atoi with -1 for anything not a number.
func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// sortDates orders dates by position (insertion sort: lists are short).
func sortDates(ds []foundDate) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Start < ds[j-1].Start; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// decisionDateLabel opens a line that labels the date a decision was
// taken or a meeting held: "Date of decision: 11/02/2025", "Decision
// date:", "Date of meeting:", as a decision record prints it below its
// sections.
var decisionDateLabel = regexp.MustCompile(`(?i)^(?:date\s+of\s+(?:the\s+)?(?:decision|meeting)|(?:decision|meeting)\s+date|decision\s+(?:made|taken)\s+on)\s*:?\s*`)

// weekdayOnly is what may stand before a labelled date: a weekday.
var weekdayOnly = regexp.MustCompile(`(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$`)

// labelledDate is the date of the first line labelled as the decision's
// or the meeting's date, anywhere in ls.
func labelledDate(ls []line) (time.Time, bool) {
	for _, l := range ls {
		loc := decisionDateLabel.FindStringIndex(l.Text)
		if loc == nil {
			continue
		}
		rest := l.Text[loc[1]:]
		if ds := findDates(rest); len(ds) > 0 && weekdayOnly.MatchString(rest[:ds[0].Start]) {
			return ds[0].Date, true
		}
	}
	return time.Time{}, false
}
