package indexer

import (
	"regexp"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// maxListLines bounds how many lines one attendance list may run over: a
// council of 60 members printed one name a line with blank lines between.
const maxListLines = 150

// listValue gathers the value of a list label (present, apologies, in
// attendance) that goes on below it, over wrapped lines and the blank
// lines that PDF conversions put between them: the list goes on while it
// is open (it ends with a comma, "and", an open bracket, or no full stop)
// and the next line reads as names, and stops at the next label, at a
// date, at a sentence. It returns the value and the last line used.
func listValue(header []line, i int, value string) (string, int) {
	last := i
	blank := false
	for j := i + 1; j < len(header) && j <= i+maxListLines; j++ {
		t := collapseSpace(header[j].Content)
		if t == "" {
			blank = true
			continue
		}
		if isLabelLine(t) || (value != "" && len(findDates(t)) > 0) {
			break
		}
		open := value == "" || listOpen(value)
		switch {
		case value == "":
		case blank && !open:
			return value, last
		case !namesLike(t) && !(open && strings.HasSuffix(value, ",")):
			return value, last
		}
		if value != "" && !strings.Contains(value, ",") && !strings.HasSuffix(value, " and") && !blank && !strings.HasSuffix(value, "(") {
			// One name a line: a new line is a new entry. A
			// comma-separated list that wraps goes on as it is.
			value += ", "
		}
		value = strings.TrimSpace(value + " " + t)
		last, blank = j, false
	}
	return value, last
}

// isLabelLine reports a line that starts a label of the header.
func isLabelLine(t string) bool {
	m := labelLine.FindStringSubmatch(t)
	return m != nil && isLabel(t, m[1])
}

// listOpen reports whether a list as gathered so far goes on: it ends
// with a comma, semicolon, "and" or "&", inside a bracket, or without a
// full stop.
func listOpen(v string) bool {
	v = strings.TrimSpace(strings.TrimRight(v, "*"))
	if strings.Count(v, "(") > strings.Count(v, ")") {
		return true
	}
	for _, end := range []string{",", ";", " and", "&", "-", "–"} {
		if strings.HasSuffix(v, end) {
			return true
		}
	}
	return !strings.HasSuffix(v, ".") && !strings.HasSuffix(v, ")") && !strings.HasSuffix(v, ":")
}

// namesLike reports a line that reads as part of a list of names or
// roles, not a sentence: few of its words start in lower case (the small
// words of names and offices apart).
func namesLike(t string) bool {
	words := strings.Fields(t)
	if len(words) == 0 {
		return false
	}
	lower := 0
	for _, w := range words {
		w = strings.Trim(w, "(),;:.‘’'\"*")
		if w == "" || nameJoiners[strings.ToLower(w)] {
			continue
		}
		if c := w[0]; c >= 'a' && c <= 'z' {
			lower++
		}
	}
	return lower*5 <= len(words)
}

// nameJoiners are the small words of lists of names and offices.
var nameJoiners = map[string]bool{"and": true, "of": true, "the": true, "for": true, "&": true, "de": true, "van": true, "von": true,
	"in": true, "to": true, "on": true, "with": true, "la": true, "le": true, "du": true, "da": true, "di": true, "del": true, "a": true, "an": true}

// attendanceOf reads the people of a meeting's lists, by label: the chair,
// members present, officials, apologies, absent. A member printed with a
// chairing role ("Mrs J Pennington (Chairman)") is the chair when no
// chair is printed apart.
func (h *headerInfo) addPeople(label, value string) {
	people := parsePeople(value)
	a := &h.Attendance
	switch attendanceList(label) {
	case "chair":
		for i := range people {
			if people[i].Role == "" {
				people[i].Role = "Chair"
			}
		}
		a.Chair = append(a.Chair, people...)
	case "apologies":
		a.Apologies = append(a.Apologies, people...)
	case "absent":
		a.Absent = append(a.Absent, people...)
	case "officials":
		a.Officials = append(a.Officials, people...)
	case "members":
		for _, p := range people {
			if chairRole.MatchString(p.Role) && len(a.Chair) == 0 {
				a.Chair = append(a.Chair, p)
				continue
			}
			a.Members = append(a.Members, p)
		}
	}
}

// attendanceList says which list of Attendance a header label fills.
func attendanceList(label string) string {
	l := strings.ToLower(label)
	switch {
	case strings.Contains(l, "chair") || l == "cathaoirleach":
		return "chair"
	case strings.HasPrefix(l, "apolog"):
		return "apologies"
	case l == "absent":
		return "absent"
	case l == "in attendance" || strings.HasPrefix(l, "officers") || strings.HasPrefix(l, "officials") || strings.HasPrefix(l, "also"):
		return "officials"
	case l == "venue" || l == "place" || l == "location" || l == "contact" || strings.Contains(l, "time"):
		return ""
	}
	return "members"
}

// attendanceFromLists reads an attendance from the lists of names alone
// (a ModernGov meeting's attendees): each entry of present, apologies and
// in attendance is one person.
func attendanceFromLists(m *schema.Meeting) schema.Attendance {
	var h headerInfo
	for _, l := range []struct {
		label   string
		entries []string
	}{{"present", m.Present}, {"apologies", m.Apologies}, {"in attendance", m.InAttendance}} {
		for _, e := range l.entries {
			h.addPeople(l.label, e)
		}
	}
	return h.Attendance
}

// proseApology is an apology recorded in a sentence: "An apology for her
// inability to attend was received from Councillor Hurley", "The Clerk
// reported apologies from Mr A, Mrs B and Mr C".
var proseApology = regexp.MustCompile(`(?i)\bapolog(?:y|ies)\b[^.]{0,120}\bfrom\s+(.+)$`)

// readApology reads the people of an apology written as a sentence that
// starts at line i and may wrap onto the lines after it; it returns the
// last line read.
func (h *headerInfo) readApology(ls []line, i int) int {
	text := collapseSpace(ls[i].Content)
	last := i
	for j := i + 1; j < len(ls) && j <= i+6 && !strings.HasSuffix(strings.TrimRight(text, "*"), "."); j++ {
		t := collapseSpace(ls[j].Content)
		if t == "" {
			continue
		}
		if isLabelLine(t) {
			break
		}
		text, last = text+" "+t, j
	}
	m := proseApology.FindStringSubmatch(text)
	if m == nil {
		return i
	}
	names := m[1]
	if k := strings.Index(names, ". "); k > 0 && !isInitial(lastWord(names[:k])) && titleOf(lastWord(names[:k])) == "" {
		names = names[:k] // the sentence ends before the next one
	}
	h.Apologies = append(h.Apologies, splitNames(names)...)
	h.addPeople("apologies", names)
	return last
}

// readAttendance reads the attendance lists of lines that were not read as
// a header (minutes kept whole, or cut into sections): their labelled
// lists and apologies in sentences.
func (h *headerInfo) readAttendance(ls []line) {
	for i := 0; i < len(ls); i++ {
		c := collapseSpace(ls[i].Content)
		if c == "" || ls[i].Front {
			continue
		}
		if m := labelLine.FindStringSubmatch(c); m != nil && isLabel(c, m[1]) && attendanceList(strings.ToLower(m[1])) != "" {
			var value string
			value, i = listValue(ls, i, m[2])
			h.addLabel(strings.ToLower(m[1]), value)
			continue
		}
		if len(h.Attendance.Apologies) == 0 && containsFold(c, "apolog") {
			i = h.readApology(ls, i)
		}
	}
}

// readApologyItems reads the apologies of a meeting that records them in
// an item of their own ("Apologies for Absence: Apologies were received
// from Councillors L Smetham and O Hunter"), when the heading has none:
// a sentence of apologies, or a short list of names.
func (h *headerInfo) readApologyItems(items []schema.Item) {
	if len(h.Attendance.Apologies) > 0 {
		return
	}
	for _, it := range items[:min(len(items), 5)] {
		if !containsFold(it.Title, "apolog") {
			continue
		}
		ls := readLines(it.Text)
		for i := 0; i < len(ls); i++ {
			if containsFold(ls[i].Content, "apolog") {
				i = h.readApology(ls, i)
			}
		}
		if t := collapseSpace(it.Text); len(h.Attendance.Apologies) == 0 && len(t) < 300 && namesLike(t) {
			h.Apologies = append(h.Apologies, splitNames(t)...)
			h.addPeople("apologies", t)
		}
		return
	}
}
