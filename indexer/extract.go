package indexer

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search/schema"
)

// ExtractOptions carries what extraction needs to know besides the file:
// what the manifest says of it, the councils list and topic taxonomy, and
// the per-file limits.
type ExtractOptions struct {
	Rel      string        // path relative to the corpus root, forward slashes ("" outside a corpus)
	Entry    *corpus.Entry // the manifest entry, if any
	Council  string        // council name given by the user (minutes extract --council)
	Councils corpus.Councils
	Topics   []corpus.Topic
	MaxBytes int64         // refuse larger files (0: no limit)
	MaxPages int           // refuse PDFs with more pages (0: no limit)
	Timeout  time.Duration // per-file time limit (0: none)
	OCR      bool          // read PDFs without a text layer by OCR when tesseract is installed
	Data     []byte        // the file's bytes when the caller has read them (the indexing run opens each file once); nil reads path
	PDFChild []string      // command of the PDF reader's child process (pdftext.Options.Child); nil reads in this process
}

// ErrUnsupported is returned for files whose format extraction does not read.
var ErrUnsupported = errors.New("unsupported file format")

// Extract reads one file of minutes and returns the meeting it records,
// with IDs assigned (schema.Meeting.AssignIDs) and warnings for everything
// it was unsure of. The error names the file.
func Extract(ctx context.Context, path string, opts ExtractOptions) (schema.Meeting, error) {
	m, _, err := extract(ctx, path, opts)
	return m, err
}

// parsed is what the structure search saw and chose, kept for Explain.
type parsed struct {
	lines []line
	split splitResult
}

// extract is Extract, also returning what the structure search saw (nil
// for ModernGov XML, whose items are given).
func extract(ctx context.Context, path string, opts ExtractOptions) (schema.Meeting, *parsed, error) {
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	src, err := readSource(ctx, path, opts)
	if err != nil {
		return schema.Meeting{}, nil, fmt.Errorf("extract %s: %w", path, err)
	}
	var m schema.Meeting
	var h headerInfo
	var p *parsed
	if src.Format == FormatModernGov {
		if m, err = parseModernGov(src.Data); err != nil {
			return schema.Meeting{}, nil, fmt.Errorf("extract %s: %w", path, err)
		}
		h = headerInfo{Committee: m.Committee}
		if d, ok := ParseDate(m.Date); ok {
			h.Date, h.HasDate = d, true
		}
		m.Structure = schema.Structure{Method: FormatModernGov, Confidence: 1,
			Reasons: []string{"items read from the structured meeting XML of ModernGov's web service"}}
	} else {
		ls := src.Lines
		if ls == nil {
			ls = readLines(src.Text)
		}
		if wordCount(ls) == 0 {
			return schema.Meeting{}, nil, fmt.Errorf("extract %s: no text in the file", path)
		}
		m, h, p = parseLines(ls)
		if src.Format == FormatHTML {
			movePageLabels(m.Items)
		}
		if len(src.Furniture) > 0 { // a PDF's repeated running lines, a page's banner and footer: searchable, outside the items
			m.Header = strings.TrimSpace(m.Header + "\n\n" + strings.Join(src.Furniture, "\n"))
			if h.Council == "" {
				h.Council = councilIn(src.Furniture)
			}
			if !h.HasDate {
				if d, ok := runningDate(src.Furniture, h.Committee); ok {
					h.Date, h.HasDate, h.DateFrom = d, true, "running lines"
				}
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return schema.Meeting{}, nil, fmt.Errorf("extract %s: %w", path, err)
	}
	m.Format, m.Pages, m.Hash = src.Format, src.Pages, src.Hash
	m.Warnings = append(src.Warnings, m.Warnings...)
	m.SourcePath = opts.Rel
	if m.SourcePath == "" {
		m.SourcePath = filepath.Base(path)
	}
	if opts.Entry != nil && opts.Entry.SourceURL != "" {
		m.SourceURL = opts.Entry.SourceURL
	}
	setKind(&m)
	finishMeeting(&m, h, opts)
	return m, p, nil
}

// minListedMembers is the fewest members (the chair counted) a list at the
// top of the first item must name to be read as the meeting's attendance.
const minListedMembers = 2

// parseLines reads the lines of a set of minutes: the items, the text
// before them, the heading's metadata and how far to trust the split,
// without the council, committee and date decisions that need the
// options.
func parseLines(ls []line) (schema.Meeting, headerInfo, *parsed) {
	moveTrailingNumbers(ls)
	res := splitItems(ls)
	m := schema.Meeting{Items: []schema.Item{}, Warnings: []string{}}
	first := len(ls) // the first item's line
	if len(res.Starts) > 0 {
		first = res.Starts[0].Line
	} else if res.Method != MethodWhole {
		first = len(res.Header)
	}
	// the minutes' own heading starts after a covering e-mail's header
	// block: the e-mail's sent date and note are not the meeting's
	top := max(res.Region, afterEmailHeader(ls, res.Region, first))
	meta := ls[top:min(first, top+maxHeaderLines)]
	if res.Method == MethodWhole || len(meta) == 0 {
		meta = ls[top:min(len(ls), top+maxDateLines)] // no header: look for metadata in the first lines
	}
	h := readHeader(meta)
	if res.Method == MethodWhole || len(meta) == 0 {
		// minutes kept whole: their lists lie below the top lines read
		h.Present, h.Apologies, h.InAttendance, h.Attendance = nil, nil, nil, schema.Attendance{}
		h.readAttendance(ls[top:min(len(ls), top+maxHeaderLines)])
	}
	if h.Council == "" && res.Region > 0 { // an agenda pack names its council on the front sheet
		h.Council = readHeader(ls[:min(res.Region, 60)]).Council
	}
	to := first // the heading is above the first item; sections may cut it, so read the top lines
	if to <= top || res.Method == MethodSections || res.Method == MethodWhole {
		to = len(ls)
	}
	h.merge(readHeading(ls, top, to))
	if h.Council == "" {
		// a printed web page's banner or breadcrumb above the minutes:
		// "Thornbury Heath Council Home > Council and democracy > Meetings"
		h.Council = councilIn(topLines(ls[top:first], 3))
	}
	if h.Council == "" && top > res.Region { // the e-mail's signature: "Stainby Town Council | Town Hall"
		h.Council = readHeader(ls[res.Region:top]).Council
	}
	if h.Council == "" {
		// a web page's closing links: "Wenford City Council | Privacy"
		h.Council = councilIn(bottomLines(ls, 2))
	}
	h.Committee = committeeOf(h.Committee, h.Council)
	if !h.HasDate { // a decision page's labelled date below its sections: "Date of decision: 11/02/2025"
		if d, ok := labelledDate(ls); ok {
			h.Date, h.HasDate, h.DateFrom = d, true, "labelled date"
		}
	}
	if !h.HasDate { // a one-page document's footer: "Committee – 17 June 2025 – Page 1 of 1"
		if d, ok := runningDate(lastLines(ls, 2), h.Committee); ok {
			h.Date, h.HasDate, h.DateFrom = d, true, "page footer"
		}
	}
	m.Header = joinLines(res.Header)
	if len(res.Tail) > 0 { // an agenda pack's papers after the minutes
		m.Header = strings.TrimSpace(m.Header + "\n\n" + joinLines(res.Tail))
	}
	m.Time, m.Venue, m.Draft = h.Time, h.Venue, h.Draft
	for _, r := range splitLongItems(res.Items) {
		it, warns := buildItem(r)
		if it.Title == "" && strings.TrimSpace(it.Text) == "" && it.Agenda == "" {
			continue
		}
		m.Items = append(m.Items, it)
		m.Warnings = append(m.Warnings, warns...)
	}
	if a := h.Attendance; len(a.Chair)+len(a.Members)+len(a.Officials) == 0 && len(h.Present) == 0 && first < len(ls) {
		// no lists above the first item: a heading line read as an item
		// ("2019 AT 3.30 P.M.") left them at the top of the first
		// item's text; read them there when they name members (an item
		// of apologies alone is readApologyItems')
		var in headerInfo
		in.readAttendance(ls[first:min(len(ls), first+maxHeaderLines)])
		if len(in.Attendance.Chair)+len(in.Attendance.Members) >= minListedMembers {
			apologies := h.Attendance.Apologies
			h.Present, h.InAttendance, h.Attendance = in.Present, in.InAttendance, in.Attendance
			if len(apologies) > 0 { // the heading's apologies stand
				h.Attendance.Apologies = apologies
			} else {
				h.Apologies = append(h.Apologies, in.Apologies...)
			}
		}
	}
	h.readApologyItems(m.Items)
	m.Present, m.Apologies, m.InAttendance = h.Present, h.Apologies, h.InAttendance
	m.Attendance = h.Attendance
	if res.Method == MethodWhole && wordCount(ls) < 8 {
		// "No items." and the like: nothing to make an item of.
		m.Items, m.Header = []schema.Item{}, joinLines(ls)
	}
	var long int
	if m.Items, long = cutLongItems(m.Items); long > 0 {
		m.Warnings = append(m.Warnings, fmt.Sprintf("%d items of over %d words cut into parts at paragraph breaks", long, maxItemWords))
	}
	m.Structure = assess(res, ls)
	switch {
	case len(m.Items) == 0:
		m.Warnings = append(m.Warnings, "no agenda items found")
	case res.Method == MethodWhole:
		m.Warnings = append(m.Warnings, "no item numbers or headings found: the whole text is one item")
	case res.Method == MethodSections:
		m.Warnings = append(m.Warnings, fmt.Sprintf("no item structure found with confidence: the text is cut into its %d sections by their headings", len(m.Items)))
	case res.Method == MethodHeadings:
		m.Warnings = append(m.Warnings, "items found from headings, not item numbers")
	}
	if len(m.Items) > 0 && res.Method != MethodWhole && res.Method != MethodSections && m.Structure.Confidence < schema.LowConfidence {
		m.Warnings = append(m.Warnings, fmt.Sprintf("the items may be mis-split: structure confidence %.2f", m.Structure.Confidence))
	}
	return m, h, &parsed{lines: ls, split: res}
}

// maxHeaderLines bounds the lines before the first item read for
// attendance, venue and time: a long text with its first item far down
// is not read line by line for them.
const maxHeaderLines = 400

// finishMeeting settles council, committee, date, title, topics and IDs.
func finishMeeting(m *schema.Meeting, h headerInfo, opts ExtractOptions) {
	setCouncil(m, h, opts)
	setCommittee(m, h, m.Items, opts)
	setDate(m, h, m.SourcePath, opts)
	m.Title = meetingTitle(m, filepath.Base(m.SourcePath))
	if m.Structure.Method == MethodWhole {
		// one item is the whole meeting: it goes by the meeting's title
		for i := range m.Items {
			if t := m.Items[i].Title; t == "" || strings.HasPrefix(t, "(part ") {
				m.Items[i].Title = strings.TrimSpace(m.Title + " " + t)
			}
		}
	}
	if m.Attendance.IsZero() {
		m.Attendance = attendanceFromLists(m)
	}
	readPeople(m)
	tm := newTopicMatcher(opts.Topics)
	for i := range m.Items {
		if m.Items[i].Decisions == nil {
			m.Items[i].Decisions = []string{}
		}
		m.Items[i].Topics = tm.tag(m.Items[i], m.Committee)
	}
	if m.Warnings == nil {
		m.Warnings = []string{}
	}
	m.AssignIDs()
}

// topLines returns the first n non-blank lines' text.
func topLines(ls []line, n int) []string {
	var out []string
	for _, l := range ls {
		if len(out) == n {
			break
		}
		if t := strings.TrimSpace(l.Text); t != "" && !l.Front {
			out = append(out, t)
		}
	}
	return out
}

// bottomLines is the last n non-blank lines of ls of a dozen words at
// most (a footer's or a link bar's, not a sentence's), in order.
func bottomLines(ls []line, n int) []string {
	var out []string
	for i := len(ls) - 1; i >= 0 && len(out) < n; i-- {
		t := strings.TrimSpace(ls[i].Text)
		if t == "" || ls[i].Front {
			continue
		}
		if len(strings.Fields(t)) > 12 {
			break
		}
		out = append([]string{t}, out...)
	}
	return out
}
