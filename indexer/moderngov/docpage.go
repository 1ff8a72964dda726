package moderngov

import (
	"fmt"
	"io"
	"regexp"
	"strings"

	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/councilminutes/minutes/search/schema"
)

// HTMLFormat is the manifest format of a stored ieListDocuments page.
const HTMLFormat = "html"

var (
	// itemNumber matches the number cell of an item row: "29.", "CPP/17/22", "iv".
	itemNumber = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9/().\-]{0,14}$`)
	// iconResidue matches document links' icon text: "pdf icon PDF 98 KB".
	iconResidue = regexp.MustCompile(`(?i)\s*\b(pdf|doc|docx|xls|xlsx|ppt|pptx|html?)\s+icon\s+\w+\s+[\d.,]+\s*[KMG]B\b`)
	// viewFull matches the cut-off notice of a long minute.
	viewFull = regexp.MustCompile(`(?i)\.{3}\s*view the full minutes text for item [^\s.]+\.?`)
	// titleCommittee matches "Agenda and minutes for Cabinet on Tuesday, …".
	titleCommittee = regexp.MustCompile(`(?i)(?:agenda|minutes|decisions)[a-z ]*?\s+(?:for|of)\s+(.+?)\s+on\s+`)
	// minuteHeading matches the heading of what was recorded of an item:
	// "Minutes:", or "Decision:" on an executive's page.
	minuteHeading = regexp.MustCompile(`(?i)^(minutes|decisions?)\s*:`)
	// clockTime matches "4.00 pm", "10:30am".
	clockTime = regexp.MustCompile(`(?i)\b\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?`)
)

// ParseDocumentsPage reads a ModernGov "Agenda and minutes" page
// (ieListDocuments.aspx), as Fetch stores it when the web service is off,
// into a meeting: the date, time and committee from the page title, the
// venue, and an item for every row of the item table with its number,
// title, agenda text and the text after "Minutes:" (or "Decision:").
// Council, IDs and topics are left for the caller.
func ParseDocumentsPage(r io.Reader) (schema.Meeting, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxMeetingBytes+1))
	if err != nil {
		return schema.Meeting{}, fmt.Errorf("read documents page: %w", err)
	}
	if len(data) > maxMeetingBytes {
		return schema.Meeting{}, fmt.Errorf("documents page larger than %d bytes", maxMeetingBytes)
	}
	doc, err := parsePage(data)
	if err != nil {
		return schema.Meeting{}, fmt.Errorf("parse documents page: %w", err)
	}
	m := schema.Meeting{Format: HTMLFormat, DateSource: schema.DateUnknown, Items: []schema.Item{}, Warnings: []string{}}
	var heading string
	for n := range doc.Descendants() {
		if n.Type != nethtml.ElementNode {
			continue
		}
		switch {
		case n.DataAtom == atom.Title && heading == "":
			if n.FirstChild != nil {
				heading = cleanText(n.FirstChild.Data)
			}
		case n.DataAtom == atom.Tr:
			if it, ok := itemFromRow(n); ok {
				m.Items = append(m.Items, it)
			}
		case n.DataAtom == atom.P || n.DataAtom == atom.Div:
			if t := cleanText(nodeText(n)); m.Venue == "" && strings.HasPrefix(t, "Venue:") && len(t) < 300 {
				m.Venue = strings.TrimSpace(strings.TrimPrefix(t, "Venue:"))
			}
		}
	}
	if d, ok := findTextDate(heading); ok {
		m.Date, m.DateSource = d, schema.DateFromText
	}
	m.Time = clockTime.FindString(heading)
	if c := titleCommittee.FindStringSubmatch(heading); c != nil {
		m.Committee = strings.TrimSpace(c[1])
		m.CommitteeSlug = schema.Slug(m.Committee)
	}
	m.Title = heading
	if len(m.Items) == 0 {
		m.Warnings = append(m.Warnings, "no agenda items found on the page")
	}
	return m, nil
}

// itemFromRow reads one row of the item table: a number cell, then a cell
// with the title, the agenda text and, after "Minutes:" (or an
// executive's "Decision:"), the minute.
func itemFromRow(tr *nethtml.Node) (schema.Item, bool) {
	var cells []*nethtml.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == nethtml.ElementNode && c.DataAtom == atom.Td {
			cells = append(cells, c)
		}
	}
	if len(cells) < 2 {
		return schema.Item{}, false
	}
	number := strings.TrimRight(cleanText(nodeText(cells[0])), ".")
	if number != "" && !itemNumber.MatchString(number) {
		return schema.Item{}, false
	}
	paras := splitParagraphs(iconResidue.ReplaceAllString(nodeText(cells[1]), ""))
	if len(paras) == 0 {
		return schema.Item{}, false
	}
	it := schema.Item{Number: number, Title: cleanText(paras[0]), Topics: []string{}}
	var agenda, minute []string
	inMinutes := false
	for _, p := range paras[1:] {
		if m := minuteHeading.FindStringIndex(p); !inMinutes && m != nil {
			inMinutes = true
			if rest := strings.TrimSpace(p[m[1]:]); rest != "" {
				minute = append(minute, rest)
			}
			continue
		}
		if inMinutes {
			minute = append(minute, p)
		} else {
			agenda = append(agenda, p)
		}
	}
	it.Agenda = strings.Join(agenda, "\n\n")
	it.Text = strings.Join(minute, "\n\n")
	if viewFull.MatchString(it.Text) {
		it.Text = strings.TrimSpace(viewFull.ReplaceAllString(it.Text, ""))
		it.Truncated = true
	}
	it.Decisions = findDecisions(it.Text)
	if it.Decisions == nil {
		it.Decisions = []string{}
	}
	it.Procedural = procedural.MatchString(it.Title)
	return it, true
}
