package indexer

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/councilminutes/minutes/search/schema"
)

// headerInfo is what the lines before the first item say of the meeting.
type headerInfo struct {
	Council      string
	Committee    string
	Date         time.Time
	HasDate      bool
	Time         string
	Venue        string
	Present      []string
	Apologies    []string
	InAttendance []string
	Attendance   schema.Attendance // the lists above read as people (attendance.go)
	Draft        bool
	DateFrom     string // where in the text the date was read: "heading", "top lines", "front matter date"…

	noMoreDates bool   // past the top of the header: later dates are not the meeting's
	welshName   string // the council named in Welsh, when no line names it in English
	welshBody   bool   // Committee is a name in Welsh ("Pwyllgor …"): its English name, when a line gives it, is taken instead
}

// maxDateLines is how many non-blank header lines are searched for the
// meeting's date.
const maxDateLines = 15

var (
	labelLine = regexp.MustCompile(`^(?i)(venue|place|location|time|start time|present in the chair|in the chair|chair(?:man|woman|person)?|cathaoirleach|present|attendees|members?\s?s?\s?present|members in attendance|members|councillors present|councillors|sectoral (?:representatives|members|interests)(?: present)?|external members(?: present)?|apologies(?: for absence)?|apologies received|absent|in attendance|officials(?: present| in attendance)?|officers(?: present| in attendance)?|also present|also in attendance|statutory co-optees|co-opted members(?: present)?|co-optees|contact|attendance)\b\s*:?\s*(?:-\s*)?(.*)$`)
	// Labels that are also words of headings ("CHAIRMAN'S ANNOUNCEMENTS",
	// "Members' Questions"): labels only when a colon or dash follows.
	strictLabel = regexp.MustCompile(`(?i)^(?:chair(?:man|woman|person)?|cathaoirleach|members|councillors|absent|sectoral|external)`)
	// "KENT COUNTY COUNCIL", "Anytown Parish Council", "London Borough of Camden"
	// Authorities that are no council by name sit as one: "Northvale
	// Combined Authority", "Marlshire and Brackley Combined Fire
	// Authority", "Dunmoor National Park Authority".
	councilLine = regexp.MustCompile(`^(?i)(?:the\s+)?((?:(?:royal|london|metropolitan)\s+)?borough\s+of\s+[a-z][\w&' -]{1,40}|[a-z][\w&'. -]{1,50}?\s(?:county|borough|city|district|parish|town|metropolitan borough|community|unitary)?\s*council|[a-z][\w&'. -]{1,50}?\s(?:combined(?:\s+county)?|fire(?:\s+and\s+rescue)?|national\s+park|waste(?:\s+disposal)?|transport|police)\s+authority|[a-z][\w&'. -]{1,50}?\sparish\s+meeting)$`)
	// A joint body's host: "The Panel is hosted by Northwold County
	// Council.", "Host authority: Eastfield District Council".
	hostedBy = regexp.MustCompile(`(?i)\b(?:hosted\s+by|host\s+(?:authority|council)\s*(?:is|:|-|–)?)\s+(?:the\s+)?([A-Z][\w&' -]{2,60}?(?:council|authority))\b`)
	// A council named in Welsh, the kind of council first: "Cyngor Tref
	// Llanarthen", "CYNGOR CYMUNED LLANGYNFELYN A'R BORTH FACH"; taken
	// when no line names it in English.
	welshCouncilLine = regexp.MustCompile(`^(?i)cyngor\s+(?:tref|cymuned|sir|dinas|bwrdeistref\s+sirol|bwrdeistref|dinas\s+a\s+sir|sir\s+a\s+dinas)\s+[\pL][\pL\w&'’. -]{1,50}$`)
	// "Corporate Parenting Committee - Wednesday, 9th May, 2018 4.00 pm",
	// in Welsh "Pwyllgor Craffu - Dydd Mawrth, 15fed Hydref, 2024"
	committeeDash = regexp.MustCompile(`^(.{3,100}?)\s+[-–—]\s+(?:(?i)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:dydd|nos)\s+\pL+),?\s+)?\d`)
	// A web page's title: "Corporate Parenting Panel: minutes, 25 April
	// 2024", "Cabinet - Minutes - Tuesday 4 June 2024".
	committeeMinutesDate = regexp.MustCompile(`(?i)^(.{3,100}?)(?::|\s+[-–—|])\s+(?:draft\s+)?minutes\s*(?:[-–—:,|]\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d`)
	// A committee named in Welsh, the kind of body first: "Pwyllgor
	// Cynllunio", "Is-bwyllgor Trwyddedu", "Bwrdd Gwasanaethau Cyhoeddus".
	welshCommitteeLine = regexp.MustCompile(`(?i)^(?:y\s+)?(?:pwyllgor|is-bwyllgor|bwrdd|fforwm)\s+\pL[\pL\w&'’ -]{2,80}$`)
	// A heading line naming an executive alone: "EXECUTIVE", "The Executive".
	executiveLine = regexp.MustCompile(`(?i)^(?:the\s+)?executive$`)
	// "MINUTES of a meeting of the Corporate Parenting Panel held in ..."
	minutesOfMeeting = regexp.MustCompile(`(?i)minutes\s+of\s+(?:an?|the)\s+(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?(.{3,80}?)(?:\s+held\b|\s+on\b|,|\.|$)`)
	// A ModernGov page title: "Agenda for Cabinet on Tuesday, 4th February, 2020".
	agendaFor = regexp.MustCompile(`(?i)^(?:agenda|minutes|decisions)(?:\s+and\s+(?:minutes|decisions))?\s+for\s+(.{3,100}?)\s+on\s+\S`)
	// mgAi.aspx: "Meeting: 09/05/2018 - Corporate Parenting Committee (Item 52.)"
	meetingLine = regexp.MustCompile(`^Meeting:\s*(\S+)\s*[-–—]\s*(.+?)(?:\s*\(Item[^)]*\))?$`)
	// A decision notice's heading naming the body that decided: "CABINET
	// DECISION NOTICE", "Licensing Sub-Committee – Decision Notice",
	// "Record of Decisions of the Executive".
	decisionNoticeOf = regexp.MustCompile(`(?i)^(?:(.{3,60}?)\s*[-–—:]?\s+(?:decision\s+notice|notice\s+of\s+decisions?|record\s+of\s+(?:executive\s+)?decisions?)|(?:decision\s+notice|notice\s+of\s+decisions?|record\s+of\s+decisions?)\s*(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|[-–—:]\s*)(.{3,60}?))$`)
	// A label and its value in two cells of a table's row.
	// The colon may be missing when the label is a word or two in bold:
	// "Meeting | Decision Session – Executive Member for Transport".
	labelCells = regexp.MustCompile(`^([^|:]{2,30}?)\s*:?\s*\|\s*([^|]+)$`)
	// "Committee: Standards Committee", a label naming the body that met.
	// "Meeting: Decision Session – Executive Member for Transport" too.
	committeeLabel = regexp.MustCompile(`(?i)^(?:committee|meeting|meeting of|body|decision maker|decision taken by)\s*:\s*(\pL.{2,79})$`)
	// A heading naming the council's own sitting: "ANNUAL MEETING OF THE
	// COUNCIL", "Extraordinary Meeting of the Council", "ANNUAL MEETING OF
	// THE TOWN COUNCIL" (the sitting's kind in the group).
	councilSittingLine = regexp.MustCompile(`(?i)^(?:the\s+)?(?:(?:annual|ordinary|extraordinary|special|budget|adjourned|full)\s+)*meeting\s+of\s+(?:the\s+)?(?:(full|town|parish|community|county|borough|city|district)\s+)?council$`)
	// A kind of meeting alone, no body's name: "Annual Meeting" in a
	// running header "Pennington Town Council – Annual Meeting – 20 May 2025".
	// A meeting named by what it is of: "Meeting of the Council",
	// "Extraordinary Meeting of the Town Council".
	meetingOfBody = regexp.MustCompile(`(?i)^(?:(?:annual|ordinary|extraordinary|special|budget|adjourned|statutory|monthly)\s+)*meeting\s+of\s+(?:the\s+)?(.{3,80})$`)
	// The whole council named with "full" in a sentence: "full council",
	// "Full Town Council".
	fullSitting      = regexp.MustCompile(`(?i)^(?:the\s+)?full\s+(?:(town|parish|city|county|borough|district|community)\s+)?council$`)
	meetingKindAlone = regexp.MustCompile(`(?i)^(?:the\s+)?(?:(?:annual|ordinary|extraordinary|special|budget|adjourned|statutory|monthly)\s+)+meeting$`)
	// A line naming a committee, perhaps with the area it serves in
	// brackets: "Planning Committee (North)", "Area Board (East)".
	committeeWord = regexp.MustCompile(`(?i)\b(?:committee|sub-committee|panel|board|group|forum|cabinet|partnership|commission|assembly|advisory council(?:\s+on\s+[\pL ]{3,40})?|council meeting|full council)(?:\s+\([\pL ]{2,20}\))?$`)
	// Held in/at a place: "held in Darent Room, Sessions House, Maidstone on Friday".
	heldIn = regexp.MustCompile(`(?i)\bheld\s+(?:in|at)\s+(?:the\s+)?(.{3,150}?)\s+on\s+(?:\w+day,?\s+)?\d`)
	// Lines whose dates are of other meetings.
	otherMeeting = regexp.MustCompile(`(?i)\b(?:previous|last|next|future|published|publication|effective|posted|updated|printed|issued|despatch|dispatched|circulated|signed|approved on)\b|\b(?:approve|confirm|agree|accept)\w*\b.*\bminutes\b|\bminutes\b.*\b(?:approved|confirmed|agreed|accepted)\b`)
	// "Minutes of the Corporate Parenting Forum", a heading naming the committee.
	minutesOfCommitteeLine = regexp.MustCompile(`(?i)^minutes\s+of\s+(?:the\s+)?(.{3,80})$`)
	// The venue after the start time: "at 7.30pm in the Village Hall", "10am, Meeting Room 4".
	venueAfterTime = regexp.MustCompile(`(?i)\d(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s*(?:,\s*|\s+(?:in|at)\s+)(?:the\s+)?([A-Z0-9].{3,120})$`)
	// Splits a header's list of people at commas, semicolons and "and";
	// not at "&", which joins the words of a department's name ("Home &
	// Community (Mr. P. Dowling)").
	namesSplit = regexp.MustCompile(`\s*(?:,|;|\band\b)\s*`)
	draftMark  = regexp.MustCompile(`(?i)\bdraft\b|subject to (?:approval|confirmation)|\bunconfirmed\b|not yet (?:been )?approved`)
	// A piece of a list that is a job title, not a person: the list then
	// mixes names and roles without brackets and is kept whole.
	bareRole = regexp.MustCompile(`(?i)^(?:(?:service|assistant|deputy|corporate|executive|strategic|interim)\s+)*(?:director|officer|manager|head|chief executive|clerk)$`)
)

// readHeader reads the meeting's metadata from the header lines.
func readHeader(header []line) headerInfo {
	var h headerInfo
	seen := 0 // non-blank lines so far: the meeting's date is printed near the top
	listed := datedList(header)
	for i := 0; i < len(header); i++ {
		c := collapseSpace(unletterSpace(header[i].Content))
		if c == "" || header[i].Front || listed[i] {
			continue
		}
		if m := labelCells.FindStringSubmatch(c); m != nil {
			c = m[1] + ": " + m[2] // a table's row "Committee: | Standards Committee"
		}
		if seen++; seen > maxDateLines {
			h.noMoreDates = true
		}
		if m := labelLine.FindStringSubmatch(c); m != nil && isLabel(c, m[1]) {
			value := m[2]
			label := strings.ToLower(m[1])
			if attendanceList(label) == "" {
				// A venue or time goes on the next line when the label
				// stands alone.
				for j := i + 1; j < len(header) && j <= i+6 && value == ""; j++ {
					if t := collapseSpace(header[j].Content); t != "" && !isLabelLine(t) {
						value, i = t, j
					}
				}
			} else {
				value, i = listValue(header, i, value)
			}
			h.addLabel(label, value)
			continue
		}
		if len(h.Attendance.Apologies) == 0 && containsFold(c, "apolog") {
			i = h.readApology(header, i)
			continue
		}
		if h.Committee == "" && (header[i].Heading || header[i].Bold || isCaps(c)) && strings.EqualFold(c, "council") {
			h.Committee = "Council" // a page headed by the body that met: the council itself
			continue
		}
		c, i = wrappedName(header, c, i)
		h.readLine(c)
	}
	if h.Council == "" {
		h.Council = h.welshName
	}
	if h.Committee == "" {
		// Minutes of a parish, town or community council that name no
		// committee are the council's own: "KELDON PARISH COUNCIL /
		// MINUTES OF MEETING HELD 5.3.24".
		if k := localCouncilKind(h.Council); k != "" {
			h.Committee = k
		}
	}
	if h.Venue == "" {
		// "held in Darent Room, Sessions House, County Hall, Maidstone on
		// Friday…" often wraps onto a second line.
		var all []string
		for _, l := range header {
			all = append(all, l.Content)
		}
		if m := heldIn.FindStringSubmatch(collapseSpace(strings.Join(all, " "))); m != nil {
			h.Venue = strings.TrimSpace(m[1])
		}
	}
	return h
}

// merge takes what the heading says (heading.go) over what single lines
// said: its body that met names the committee, its date is the meeting's.
// A date from the top lines stays unless the heading's phrase gave one.
func (h *headerInfo) merge(hd heading) {
	if hd.Council != "" && h.Council == "" {
		h.Council = hd.Council
	}
	if hd.Committee != "" {
		h.Committee = hd.Committee
	}
	if h.HasDate && h.DateFrom == "" {
		h.DateFrom = "top lines"
	}
	if hd.HasDate && (hd.DateFrom == "heading" || !h.HasDate) {
		h.Date, h.HasDate, h.DateFrom = hd.Date, true, hd.DateFrom
	}
}

// committeeOf is the body that met without the council's name run into
// it, as the heading's lines joined or a banner print it: "North Brenshire
// Combined Authority Transport Sub-Committee" is the Transport
// Sub-Committee of North Brenshire Combined Authority. A name that is the
// council's and no more is left whole.
func committeeOf(committee, council string) string {
	// OCR's digit one for a letter l: "Hollybrook Parish Counci1"
	committee = ocrCouncilWord.ReplaceAllStringFunc(committee, func(w string) string {
		if w == strings.ToUpper(w) {
			return "COUNCIL"
		}
		return "Council"
	})
	if loc := minuteOfMeetingOf.FindStringIndex(committee); loc != nil && committeeWord.MatchString(committee[loc[1]:]) {
		// "MINUTE of MEETING of the EDUCATION COMMITTEE": the heading's
		// words before the body's name
		committee = committee[loc[1]:]
		if isCaps(committee) {
			committee = titleCase(committee)
		}
	}
	if loc := minutesSuffix.FindStringIndex(committee); loc != nil && committeeWord.MatchString(committee[:loc[0]]) {
		// "Thornleigh Health and Wellbeing Board Minutes – 25 March 2025",
		// a page header's body and the paper's name: the body met
		committee = committee[:loc[0]]
	}
	if m := fullSitting.FindStringSubmatch(committee); m != nil {
		// "full council" and "the Full Town Council meeting" of a sentence: the
		// council sat, named as a heading names it ("Full Council", "Town Council")
		if m[1] == "" {
			return "Full Council"
		}
		return strings.ToUpper(m[1][:1]) + strings.ToLower(m[1][1:]) + " Council"
	}
	prefix := council + " "
	if council == "" || len(committee) <= len(prefix) || !strings.EqualFold(committee[:len(prefix)], prefix) {
		return committee
	}
	if rest := strings.TrimSpace(committee[len(prefix):]); committeeWord.MatchString(rest) {
		return rest
	}
	return committee
}

// isLabel reports whether a line starting with a label word really is a
// label: followed by a colon, or printed in capitals ("PRESENT Mr A").
func isLabel(c, label string) bool {
	rest := strings.TrimSpace(c[len(label):])
	if strictLabel.MatchString(label) {
		return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–")
	}
	if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "-") || rest == "" {
		return true
	}
	// "PRESENT Mr A": a list's label in capitals needs no colon; a
	// venue's or time's does, or "PLACE SCRUTINY PANEL" would be a venue.
	return label == strings.ToUpper(label) && attendanceList(label) != ""
}

// addLabel files the value of a labelled header line.
func (h *headerInfo) addLabel(label, value string) {
	switch {
	case label == "venue" || label == "place" || label == "location":
		if h.Venue == "" {
			h.Venue = strings.TrimSpace(viewDirections.ReplaceAllString(value, ""))
		}
	case label == "contact":
	case label == "time" || label == "start time":
		if h.Time == "" {
			h.Time = findTime(value)
		}
	case attendanceList(label) == "apologies":
		h.Apologies = append(h.Apologies, splitNames(value)...)
	case attendanceList(label) == "officials":
		h.InAttendance = append(h.InAttendance, splitNames(value)...)
	case attendanceList(label) == "absent":
	default:
		h.Present = append(h.Present, splitNames(value)...)
	}
	h.addPeople(label, value)
}

// readLine looks for the council, committee, date, time and venue in one
// header line.
func (h *headerInfo) readLine(c string) {
	if m := hostedBy.FindStringSubmatch(c); m != nil && h.Council == "" && councilLine.MatchString(m[1]) {
		h.Council = titleCase(m[1]) // a panel or joint committee of several councils, named by its host
		return
	}
	if draftMark.MatchString(c) && len(strings.Fields(c)) <= 12 {
		h.Draft = true
	}
	if m := meetingLine.FindStringSubmatch(c); m != nil {
		if t, ok := ParseDate(m[1]); ok && !h.HasDate {
			h.Date, h.HasDate = t, true
		}
		if h.Committee == "" {
			h.Committee = strings.TrimSpace(m[2])
		}
		return
	}
	if m := councilLine.FindStringSubmatch(c); m != nil && len(strings.Fields(c)) <= 7 && !strings.Contains(strings.ToLower(c), "care council") &&
		!strings.HasPrefix(strings.ToLower(c), "minutes") && !meetingKindOnly.MatchString(m[1]) && !sittingOnly.MatchString(m[1]) {
		// "Full Council", "Town Council" alone name a sitting, not a council
		name := firstCouncil(titleCase(strings.TrimSpace(m[1])))
		if h.Council == "" {
			h.Council = name
			return
		}
		if extendsName(h.Council, name) {
			// a page's <title> gives "Ashby Council", its text
			// "Ashby Metropolitan Borough Council": the fuller name
			h.Council = name
			return
		}
	}
	if m := parishMeetingLine.FindStringSubmatch(strings.TrimSpace(c)); m != nil && h.Committee == "" {
		// "ANNUAL PARISH MEETING" on its own line under the parish's (or
		// the parish meeting's) name: the body that met, as "Minutes of the
		// Annual Parish Meeting held on …" names it
		h.Committee = capitalised(m[1]) + " " + capitalised(m[2]) + " Meeting"
		return
	}
	if welshCouncilLine.MatchString(c) && len(strings.Fields(c)) <= 8 {
		if h.welshName == "" {
			h.welshName = titleCase(c)
		}
		return
	}
	if m := committeeLabel.FindStringSubmatch(c); m != nil && h.Committee == "" {
		h.Committee = strings.TrimSpace(m[1])
		return
	}
	if m := decisionNoticeOf.FindStringSubmatch(c); m != nil && h.Committee == "" {
		if body := strings.TrimSpace(m[1] + m[2]); (committeeWord.MatchString(body) || strings.EqualFold(body, "executive")) && !councilLine.MatchString(body) {
			h.Committee = titleCase(body)
			return
		}
	}
	if m := agendaFor.FindStringSubmatch(printStamp.ReplaceAllString(c, "")); m != nil && h.Committee == "" {
		// "Minutes for Cabinet on Tuesday, 12th March, 2024, 6.30 pm - Brookfield Council",
		// perhaps after a browser's print stamp "12/03/2024, 21:47"
		h.Committee = strings.TrimSpace(m[1])
		if i := strings.LastIndex(c, " - "); i > 0 && h.Council == "" {
			if name := strings.TrimSpace(c[i+3:]); councilLine.MatchString(name) && !sittingOnly.MatchString(name) {
				h.Council = titleCase(name)
			}
		}
	}
	if !h.HasDate && !h.noMoreDates && !otherMeeting.MatchString(c) {
		if ds := findDates(c); len(ds) > 0 {
			h.Date, h.HasDate = ds[0].Date, true
			h.Time = findTime(c[ds[0].Start:])
			// the body's name is before the dash and the date after it: not
			// "… held on Thursday 27 March 2025, 4.00pm – 6.00pm"
			if m := committeeDash.FindStringSubmatch(c); m != nil && h.Committee == "" && len(m[1]) <= ds[0].Start {
				if body := dropCouncilPart(strings.TrimSpace(m[1]), h); !meetingKindAlone.MatchString(body) {
					if mm := meetingOfBody.FindStringSubmatch(body); mm != nil {
						// "MEETING OF THE COUNCIL - Tuesday, …": the body is
						// what the meeting is of, named as "Minutes of a
						// meeting of the Council held …" names it
						body = titleCase(mm[1])
					}
					h.Committee = body
				}
			}
			if m := committeeMinutesDate.FindStringSubmatch(c); m != nil && h.Committee == "" && committeeWord.MatchString(m[1]) {
				h.Committee = dropCouncilPart(strings.TrimSpace(m[1]), h)
			}
		}
	}
	if loc := minutesOfMeeting.FindStringSubmatchIndex(c); loc != nil && h.Committee == "" {
		h.Committee = titleCase(strings.TrimSpace(c[loc[2] : loc[3]+listedNameTail(c[loc[3]:])]))
		if councilLine.MatchString(h.Committee) { // a meeting of the whole council
			if h.Council == "" && !sittingOnly.MatchString(h.Committee) { // "the Full Council" names no council
				h.Council = h.Committee
			}
			h.Committee = "Full Council"
		}
	}
	if m := minutesOfCommitteeLine.FindStringSubmatch(c); m != nil && h.Committee == "" && (committeeWord.MatchString(m[1]) || executiveLine.MatchString(m[1])) {
		// "Minutes of the Planning Committee", "Minutes of the Executive"
		h.Committee = titleCase(strings.TrimSpace(m[1]))
	}
	if m := heldIn.FindStringSubmatch(c); m != nil && h.Venue == "" {
		h.Venue = strings.TrimSpace(m[1])
	}
	if m := venueAfterTime.FindStringSubmatch(c); m != nil && h.Venue == "" && h.HasDate {
		h.Venue = strings.TrimSpace(m[1])
	}
	if h.Committee == "" && welshCommitteeLine.MatchString(c) && titleLike(c, 10, false) {
		h.Committee, h.welshBody = c, true // a committee named in Welsh, its kind first: "Pwyllgor Craffu Addysg a Phlant"
		return
	}
	if h.Committee == "" && executiveLine.MatchString(c) {
		h.Committee = "Executive" // a heading naming the body that met: "EXECUTIVE"
		return
	}
	if m := councilSittingLine.FindStringSubmatch(c); m != nil && h.Committee == "" {
		// "ANNUAL MEETING OF THE COUNCIL": the council itself sat
		h.Committee = "Council"
		if m[1] != "" && !strings.EqualFold(m[1], "full") {
			h.Committee = titleCase(m[1]) + " Council" // "… OF THE TOWN COUNCIL"
		}
		return
	}
	// A title line whose "– minutes" wrapped onto the next line: "Scrutiny Panel –".
	name := strings.TrimRight(c, " -–—:")
	if body, ok := cutMeetingWord(name); ok && committeeWord.MatchString(body) {
		name = body // "PLANNING COMMITTEE MEETING": the committee that met
	}
	if (h.Committee == "" || h.welshBody) && committeeWord.MatchString(name) && titleLike(name, 10, false) && !councilLine.MatchString(name) && hasName(name) {
		// "Hallowfield Town Council - Planning and Environment Committee": the council apart;
		// and a bilingual heading's English line after the Welsh one
		h.Committee, h.welshBody = titleCase(dropCouncilPart(name, h)), false
	}
}

var (
	// The date and time a browser prints before a page's title at the
	// top of a printed web page: "12/03/2024, 21:47 ".
	printStamp = regexp.MustCompile(`^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?\s+`)
	// What divides a running line or a banner into parts: tabs or wide
	// spaces between its cells, then dashes, bars and a breadcrumb's arrows.
	runningCells = regexp.MustCompile(`\t+|\s{3,}`)
	runningParts = regexp.MustCompile(`\s+[-–—|>›»]\s+`)
	// " Minutes" after a body's name in a running header ("… Board
	// Minutes"), and "Minutes of the " before it.
	minutesSuffix = regexp.MustCompile(`(?i)\s+(?:draft\s+|unconfirmed\s+|approved\s+)?minutes$`)
	// "MINUTE of MEETING of the ", "Minutes of a meeting of the " before
	// a body's name kept as its name.
	minuteOfMeetingOf = regexp.MustCompile(`(?i)^minutes?\s+of\s+(?:(?:an?|the)\s+)?(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?`)
	// OCR's "Counci1", "Counc1l": the word Council with a digit for an l.
	ocrCouncilWord = regexp.MustCompile(`\b(?:Counci1|Counc1l|COUNCI1|COUNC1L)\b`)
	minutesOfThe   = regexp.MustCompile(`(?i)^minutes\s+of\s+(?:the\s+)?`)
	// The document's kind alone, a part of a title: "Minutes", "Draft minutes".
	minutesWord = regexp.MustCompile(`(?i)^(?:(?:draft|approved|confirmed|signed|unconfirmed)\s+)?minutes$`)
	// A council's sitting named by its kind alone: "Town Council", "Full
	// Council": no council's name.
	sittingOnly = regexp.MustCompile(`(?i)^(?:the\s+)?(?:full|county|borough|city|district|parish|town|community|metropolitan borough|unitary)?\s*council$`)
	// A parish meeting named by its kind alone: "Annual Parish Meeting".
	// Two councils' names on one line, a joint body's logos: "Ashby
	// Borough Council Corve District Council".
	twoCouncils = regexp.MustCompile(`(?i)^(.+?\scouncil)\s+((?:[a-z][\w&'.-]*\s+){1,6}council)$`)
	// The same with its kind named, on a line of its own: "ANNUAL PARISH MEETING".
	parishMeetingLine = regexp.MustCompile(`(?i)^(?:the\s+)?(annual|extraordinary|special)\s+(parish|town)\s+meeting$`)
	meetingKindOnly   = regexp.MustCompile(`(?i)^(?:the\s+)?(?:annual|extraordinary|special|ordinary)?\s*parish\s+meeting$`)
)

// datedList marks the lines of a list of dated entries, two or more list
// items one after the other each holding a date: a page's list of other
// meetings or their minutes ("- Minutes 3 February 2025", "- Minutes 6
// January 2025") above the minutes' own heading, which name neither the
// meeting's date nor its body.
func datedList(header []line) []bool {
	listed := make([]bool, len(header))
	dated := func(i int) bool { return header[i].Bullet && len(findDates(header[i].Content)) > 0 }
	prev := -1 // the last non-blank line
	for i := range header {
		if header[i].Text == "" {
			continue
		}
		if prev >= 0 && dated(i) && dated(prev) {
			listed[i], listed[prev] = true, true
		}
		prev = i
	}
	return listed
}

// cutMeetingWord takes a last word "Meeting" off s: "Planning Committee
// Meeting" is the Planning Committee's.
func cutMeetingWord(s string) (string, bool) {
	w := lastWord(s)
	if !strings.EqualFold(w, "meeting") || len(w) == len(s) {
		return s, false
	}
	return strings.TrimSpace(s[:len(s)-len(w)]), true
}

// dropCouncilPart takes a council's name off a running header such as
// "Luton Borough Council - Scrutiny Children Services Review Group",
// noting the council when the header did not name one yet, and the
// document's kind and the word "Meeting" off a title such as "Minutes –
// Parish Council Meeting".
func dropCouncilPart(s string, h *headerInfo) string {
	parts := regexp.MustCompile(`\s+[-–—|]\s+`).Split(s, -1)
	var keep []string
	for _, p := range parts {
		// "Minutes of the Town Council - 18 September 2024": the sitting, not a council's name
		p = strings.TrimSpace(minutesOfThe.ReplaceAllString(p, ""))
		if minutesWord.MatchString(p) {
			continue // "Minutes – Parish Council Meeting – 4 March 2025": the document, not the body
		}
		if body, ok := cutMeetingWord(p); ok && (sittingOnly.MatchString(body) || committeeWord.MatchString(body)) {
			p = body // "Parish Council Meeting", "Planning Committee Meeting": the body that met
		}
		if councilLine.MatchString(p) && !sittingOnly.MatchString(p) {
			if h.Council == "" {
				h.Council = titleCase(p)
			}
			continue
		}
		keep = append(keep, p)
	}
	if len(keep) == 0 {
		return s
	}
	return strings.Join(keep, " - ")
}

// splitNames cuts a header's list of people (present, apologies, in
// attendance) as printed, for showing: at commas, semicolons and "and"
// but not "&", a bracket kept with the entry before it even after a comma
// ("Chief Executive (Mr. C. Murray)"). A list that names an office bare,
// without brackets ("Damien Elcock, Service Director, Quality and
// Improvement Allison Parkinson, ..."), is kept whole: cut, it would give
// "Quality" and "Improvement Allison Parkinson" as people.
func splitNames(s string) []string {
	out := cutList(s, namesSplit, true)
	out = slices.DeleteFunc(out, func(p string) bool { return honoursOnly.MatchString(p) })
	if !strings.Contains(s, "(") {
		for _, p := range out {
			if bareRole.MatchString(p) {
				return []string{strings.TrimSpace(s)}
			}
		}
	}
	return out
}

// honoursOnly is a part of a list of names that is only post-nominal
// letters, printed after a comma ("Mrs T Dean, MBE, Mr P Hill"): no one.
var honoursOnly = regexp.MustCompile(`^(?:(?:MBE|OBE|CBE|KBE|DBE|BEM|JP|DL|QC|KC|MP|MEP|FRSA|MA|BA|PhD)\.?[\s,]*)+$`)

// localCouncilKind is the sitting of a parish, town or community council
// as a whole ("Parish Council"), from its name in English or Welsh; ""
// for other councils, whose minutes name their committee.
func localCouncilKind(council string) string {
	l := strings.ToLower(council)
	switch {
	case strings.HasSuffix(l, " parish council"):
		return "Parish Council"
	case strings.HasSuffix(l, " town council"), strings.HasPrefix(l, "cyngor tref "):
		return "Town Council"
	case strings.HasSuffix(l, " community council"), strings.HasPrefix(l, "cyngor cymuned "):
		return "Community Council"
	}
	return ""
}

// councilIn is the council a running header or a web page's banner names
// ("Cyngor Bwrdeistref Sirol Glyn Ebwy Fach | Glyn Ebwy Fach County
// Borough Council Cymraeg", "Thornbury Council Home > Meetings"), read
// part by part (between tabs, dashes, bars and a breadcrumb's arrows), a
// part's last words perhaps a link's: the first in English, else in
// Welsh; "" when none does.
func councilIn(lines []string) string {
	var h headerInfo
	var parts []string
	for _, l := range lines {
		for _, cell := range runningCells.Split(l, -1) { // "Ravensgate Borough Council<tab><tab>Page 1 of 3"
			parts = append(parts, runningParts.Split(collapseSpace(cell), -1)...)
		}
	}
	for _, part := range parts {
		words := strings.Fields(part)
		for drop := 0; drop <= 2 && drop < len(words); drop++ { // a link after the name: "… Council Cymraeg"
			h.readLine(strings.Join(words[:len(words)-drop], " "))
			if h.Council != "" {
				return h.Council
			}
		}
	}
	return h.welshName
}

// unletterSpace reads a heading typed or scanned with its letters spaced
// out, "B R A C K L E Y    P A R I S H    C O U N C I L", as its words,
// "BRACKLEY PARISH COUNCIL": letters one space apart, words two or more.
// Any other line is returned as it is.
func unletterSpace(s string) string {
	if strings.Count(s, " ") < 4 {
		return s
	}
	var words []string
	letters := 0
	for _, group := range strings.Split(s, "  ") {
		group = strings.TrimSpace(group)
		if group == "" {
			continue
		}
		var w strings.Builder
		for _, tok := range strings.Split(group, " ") {
			if utf8.RuneCountInString(tok) != 1 {
				return s
			}
			w.WriteString(tok)
			letters++
		}
		words = append(words, w.String())
	}
	if letters < 5 {
		return s
	}
	return strings.Join(words, " ")
}

// capitalised is a word with a capital and the rest in lower case.
func capitalised(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
}

// firstCouncil is the first of two councils' names printed on one line
// (a joint body's heading with both councils' logos), whole, rather than
// the two run together; a single council's name is returned as it is.
func firstCouncil(s string) string {
	m := twoCouncils.FindStringSubmatch(s)
	if m == nil {
		return s
	}
	switch w, _, _ := strings.Cut(strings.ToLower(m[2]), " "); w {
	case "of", "for", "and", "the", "&", "in", "on", "at":
		return s // "… Council of the … Council"? not two names
	}
	if len(strings.Fields(m[1])) < 2 {
		return s
	}
	return m[1]
}

// extendsName reports whether council name long is the short one with
// words added before its last ("Ashby Council", "Ashby
// Metropolitan Borough Council"): the same council named in full.
func extendsName(short, long string) bool {
	sw, lw := strings.Fields(strings.ToLower(short)), strings.Fields(strings.ToLower(long))
	if len(sw) < 2 || len(lw) <= len(sw) || sw[len(sw)-1] != lw[len(lw)-1] {
		return false
	}
	for k, w := range sw[:len(sw)-1] {
		if lw[k] != w {
			return false
		}
	}
	for _, w := range lw[len(sw)-1 : len(lw)-1] {
		switch w {
		case "county", "borough", "city", "district", "metropolitan", "town", "parish", "community", "unitary", "royal":
		default:
			return false // "Limerick City and County Council": another council
		}
	}
	return true
}
