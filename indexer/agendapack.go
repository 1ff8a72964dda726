package indexer

import (
	"regexp"
	"strings"
)

var (
	// The heading of printed minutes: "MINUTES of a meeting of the Cabinet
	// held…", "Minutes of Proceedings at Meeting of…", "Minutes of the
	// Ashby Parish Council meeting held on…", "MINUTES of the OVERVIEW
	// AND SCRUTINY COMMITTEE held on…", or "MINUTES" alone.
	minutesHeading = regexp.MustCompile(`(?i)^(?:(?:draft|unconfirmed|confirmed)\s+)?minutes(?:\s+of\s+(?:the\s+|an?\s+)?(?:proceedings\s+(?:at|of)\s+(?:the\s+|an?\s+)?)?(?:[\w'’&,.-]+\s+){0,8}?(?:meeting|proceedings)\b.*|\s+of\s+(?:the\s+)?(?:[\w'’&,.-]+\s+){1,10}?held\s+(?:on|at|in)\b.*)?$`)
	// A minutes heading wrapped before "held on": "MINUTES OF THE HEALTH
	// SCRUTINY COMMITTEE" over "held on Tuesday, 4 March 2025 …".
	minutesOfBodyLine = regexp.MustCompile(`(?i)^minutes\s+of\s+(?:the\s+)?(?:[\w'’&,.-]+\s+){0,8}?(?:committee|sub-committee|board|panel|cabinet|council|forum|executive)$`)
	// A covering report's title lines or first section under an agenda
	// item's heading: "Report of the Head of Democratic Services", "1.
	// Purpose".
	reportOpening = regexp.MustCompile(`(?i)^(?:report\s+(?:of|to|by|from)\b|(?:1|1\.0?)[.)]?\s+(?:purpose|summary|introduction|background|recommendations?)\b)`)
	// The front sheet of an agenda pack.
	agendaMark = regexp.MustCompile(`(?i)^(?:agenda|public document pack|summons|notice of (?:the\s+)?meeting|(?:you are|members are) (?:hereby )?(?:summoned|requested|invited))\b`)
	// The mark a pack prints over each agenda item's papers.
	agendaItemMark = regexp.MustCompile(`(?i)^agenda\s+item\s+\d+[a-z]?$`)
	// The last line of minutes: "The meeting closed at 8.05 pm", "Meeting
	// ended at: 12.34 pm", "The meeting rose at 9.14 p.m.".
	meetingClosed = regexp.MustCompile(`(?i)\bmeeting\s+(?:was\s+)?(?:closed|ended|concluded|finished|terminated|rose)\b`)
	// The chair's signature under minutes: "Chairman", "Chair ……………",
	// "Signed: Chairman ……… Date ………".
	chairSigns = regexp.MustCompile(`(?i)^(?:signed\W*)?(?:the\s+)?(?:chair(?:man|woman|person)?|mayor)(?:\W*(?:[.…_]{3,}|date\b))*\W*$`)
	// Attendance near the top of printed minutes.
	attendanceMark = regexp.MustCompile(`(?i)^(?:present|members present|councillors present|attendance|attendees|in attendance|apologies)\b`)
)

// minutesStart finds where the printed minutes start in an agenda pack:
// a front sheet and agenda for the next meeting followed by the minutes
// of the previous one. The minutes are what the document records, so the
// items are theirs and so is the meeting. It returns 0 when the document
// does not start with an agenda, or has no minutes heading after it.
func minutesStart(ls []line) int {
	agenda := -1
	for i, l := range ls {
		t := l.Text
		if t == "" || l.Front {
			continue
		}
		if agenda < 0 {
			if i < 60 && agendaMark.MatchString(t) && !containsFold(t, "minutes") {
				agenda = i // "Agenda and minutes" is a ModernGov page of minutes
			}
			if i >= 60 {
				return 0
			}
			continue
		}
		if len(t) >= 7 && strings.EqualFold(t[:7], "minutes") && (minutesHeading.MatchString(t) || minutesOfBodyLine.MatchString(t)) && opensMinutes(ls, i) && !reportBelow(ls, i) {
			return headingAbove(ls, i, agenda)
		}
		if agendaItemMark.MatchString(t) && i+1 < len(ls) && opensMinutes(ls, i+1) && !reportBelow(ls, i+1) {
			// "Agenda Item 3" over minutes headed by the body and a date
			// alone ("HEALTH AND WELLBEING BOARD" / "9th January, 2025")
			return i + 1
		}
	}
	return 0
}

// minutesEnd finds where the printed minutes found by minutesStart end in
// an agenda pack: at the first "Agenda Item N" mark after the line that
// closes the meeting ("The meeting closed at …") or the chair's signature,
// where the pack's next
// paper (a report, a work programme) starts. The papers after the minutes
// are no items of theirs: their sections and tables are read as text of
// the last minute, so that no word is lost. It returns len(ls) when the
// minutes start the document or no paper follows them.
func minutesEnd(ls []line, from int) int {
	if from <= 0 {
		return len(ls)
	}
	closed := false
	for i := from; i < len(ls); i++ {
		t := ls[i].Text
		if t == "" {
			continue
		}
		if meetingClosed.MatchString(t) || chairSigns.MatchString(t) {
			closed = true
			continue
		}
		if closed && agendaItemMark.MatchString(t) {
			return i
		}
	}
	return len(ls)
}

// headingAbove moves the start of the minutes up over the lines of their
// heading printed above "Minutes of a meeting…": the council's or the
// committee's name in capitals or bold (at most three lines).
func headingAbove(ls []line, i, floor int) int {
	start := i
	for n := 0; n < 3; n++ {
		j := start - 1
		for j > floor && ls[j].Text == "" {
			j--
		}
		if j <= floor {
			break
		}
		t := ls[j].Text
		if _, isNum := readNumber(t); isNum || !(isCaps(t) || ls[j].Bold || ls[j].Heading || councilLine.MatchString(t)) || !titleLike(t, 12, false) {
			break
		}
		start = j
	}
	return start
}

// nextMinutes finds another set of minutes starting at the agenda item's
// mark at line end, where a pack's first set of minutes ended: a minutes
// heading within the mark's next lines, dated and with attendance below,
// no covering report. It returns the line the set starts at (its heading
// lines above the minutes heading counted), or -1.
func nextMinutes(ls []line, end int) int {
	if end >= len(ls) || !agendaItemMark.MatchString(ls[end].Text) {
		return -1
	}
	seen := 0
	for j := end + 1; j < len(ls) && seen < 4; j++ {
		t := ls[j].Text
		if t == "" {
			continue
		}
		seen++
		if len(t) >= 7 && strings.EqualFold(t[:7], "minutes") && (minutesHeading.MatchString(t) || minutesOfBodyLine.MatchString(t)) {
			if opensMinutes(ls, j) && !reportBelow(ls, j) {
				return headingAbove(ls, j, end)
			}
			return -1
		}
	}
	return -1
}

// reportBelow reports a covering report under the heading at line i
// ("Minutes of the previous meeting" / "Report of the Head of Democratic
// Services" / "1. Purpose"): the minutes it presents are printed after it
// under their own heading, as its appendix.
func reportBelow(ls []line, i int) bool {
	seen := 0
	for j := i + 1; j < len(ls) && seen < 4; j++ {
		t := ls[j].Text
		if t == "" {
			continue
		}
		seen++
		if reportOpening.MatchString(t) {
			return true
		}
	}
	return false
}

// opensMinutes reports whether a minutes heading at line i opens a set of
// minutes: a date soon after it and attendance below, before any other
// minutes heading (a short report under "Agenda Item 3" does not open the
// minutes printed after it).
func opensMinutes(ls []line, i int) bool {
	dated, present := false, false
	seen := 0
	prev := ""
	for j := i; j < len(ls) && seen < 20; j++ {
		t := ls[j].Text
		if t == "" {
			continue
		}
		if j > i && len(t) >= 7 && strings.EqualFold(t[:7], "minutes") && minutesHeading.MatchString(t) {
			break // the heading of minutes further on: the attendance below it is theirs
		}
		seen++
		// a date on one line, or wrapped over two ("… held on Tuesday 10" / "September 2024")
		if seen <= 6 && !dated && (len(findDates(t)) > 0 || len(findDates(prev+" "+t)) > 0) {
			dated = true
		}
		prev = t
		if attendanceMark.MatchString(t) {
			present = true
		}
	}
	return dated && present
}
