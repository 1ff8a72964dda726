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
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	src, err := readSource(ctx, path, opts)
	if err != nil {
		return schema.Meeting{}, fmt.Errorf("extract %s: %w", path, err)
	}
	var m schema.Meeting
	var h headerInfo
	if src.Format == FormatModernGov {
		if m, err = parseModernGov(src.Data); err != nil {
			return schema.Meeting{}, fmt.Errorf("extract %s: %w", path, err)
		}
		h = headerInfo{Committee: m.Committee}
		if d, ok := ParseDate(m.Date); ok {
			h.Date, h.HasDate = d, true
		}
	} else {
		if strings.TrimSpace(src.Text) == "" {
			return schema.Meeting{}, fmt.Errorf("extract %s: no text in the file", path)
		}
		m, h = parseMinutes(src.Text)
	}
	if err := ctx.Err(); err != nil {
		return schema.Meeting{}, fmt.Errorf("extract %s: %w", path, err)
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
	finishMeeting(&m, h, opts)
	return m, nil
}

// parseMinutes reads the text of a set of minutes: the header's metadata
// and the items, without the council, committee and date decisions that
// need the options.
func parseMinutes(text string) (schema.Meeting, headerInfo) {
	ls := splitLines(normaliseText(text))
	res := splitItems(ls)
	m := schema.Meeting{Items: []schema.Item{}, Warnings: []string{}}
	headerLines := res.Header
	if len(headerLines) == 0 && len(ls) > 0 {
		n := min(15, len(ls)) // no header: look for metadata in the first lines
		headerLines = ls[:n]
	}
	h := readHeader(headerLines)
	m.Header = joinLines(res.Header)
	m.Time, m.Venue, m.Draft = h.Time, h.Venue, h.Draft
	m.Present, m.Apologies, m.InAttendance = h.Present, h.Apologies, h.InAttendance
	for _, r := range res.Items {
		it, warns := buildItem(r)
		if it.Title == "" && strings.TrimSpace(it.Text) == "" && it.Agenda == "" {
			continue
		}
		m.Items = append(m.Items, it)
		m.Warnings = append(m.Warnings, warns...)
	}
	if res.Method == "whole" && len(strings.Fields(normaliseText(text))) < 8 {
		// "No items." and the like: nothing to make an item of.
		m.Items, m.Header = []schema.Item{}, joinLines(ls)
	}
	switch {
	case len(m.Items) == 0:
		m.Warnings = append(m.Warnings, "no agenda items found")
	case res.Method == "whole":
		m.Warnings = append(m.Warnings, "no item numbers or headings found: the whole text is one item")
	case res.Method == "headings":
		m.Warnings = append(m.Warnings, "items found from headings, not item numbers")
	}
	return m, h
}

// finishMeeting settles council, committee, date, title, topics and IDs.
func finishMeeting(m *schema.Meeting, h headerInfo, opts ExtractOptions) {
	var all strings.Builder
	all.WriteString(m.Header)
	for _, it := range m.Items {
		all.WriteString("\n" + it.Title + "\n" + it.Agenda + "\n" + it.Text)
	}
	setCouncil(m, h, all.String(), opts)
	setCommittee(m, h, m.Items, opts)
	setDate(m, h, m.SourcePath, opts)
	m.Title = meetingTitle(m, filepath.Base(m.SourcePath))
	tm := newTopicMatcher(opts.Topics)
	for i := range m.Items {
		if m.Items[i].Decisions == nil {
			m.Items[i].Decisions = []string{}
		}
		m.Items[i].Topics = tm.tag(m.Items[i])
	}
	if m.Warnings == nil {
		m.Warnings = []string{}
	}
	m.AssignIDs()
}
