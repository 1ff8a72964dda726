package indexer

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// maxDocxXML bounds the uncompressed size of word/document.xml.
const maxDocxXML = 32 << 20

// docxText reads the paragraphs of a Word document (word/document.xml of
// the zip), one line per paragraph, tabs and breaks kept, with the list
// numbers Word draws (numbering.xml) and bold paragraphs marked as
// Markdown bold, each footnote and endnote after the paragraph citing it.
// Running headers come first; footers are returned apart,
// as a PDF's running lines are (furniture: searchable, read for the
// council when the body names none, never in an item's text).
func docxText(data []byte) (text string, footers []string, err error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", nil, fmt.Errorf("read docx zip: %w", err)
	}
	parts := map[string][]byte{}
	var headerParts, footerParts []string
	for _, f := range zr.File {
		name := f.Name
		isHeader := strings.HasPrefix(name, "word/header") && strings.HasSuffix(name, ".xml")
		isFooter := strings.HasPrefix(name, "word/footer") && strings.HasSuffix(name, ".xml")
		if name != "word/document.xml" && name != "word/numbering.xml" && name != "word/styles.xml" &&
			name != "word/footnotes.xml" && name != "word/endnotes.xml" && !isHeader && !isFooter {
			continue
		}
		b, err := readZipFile(f)
		if err != nil {
			return "", nil, err
		}
		parts[name] = b
		switch {
		case isHeader:
			headerParts = append(headerParts, name)
		case isFooter:
			footerParts = append(footerParts, name)
		}
	}
	doc, ok := parts["word/document.xml"]
	if !ok {
		return "", nil, errors.New("docx has no word/document.xml")
	}
	w := wordReader{numbering: parseNumbering(parts["word/numbering.xml"]), styles: parseStyles(parts["word/styles.xml"])}
	w.notes = map[string]string{}
	for kind, part := range map[string]string{"footnote": "word/footnotes.xml", "endnote": "word/endnotes.xml"} {
		if err := w.readNotes(parts[part], kind); err != nil {
			return "", nil, err
		}
	}
	sort.Strings(headerParts)
	sort.Strings(footerParts)
	seen := map[string]bool{}
	running := func(names []string) ([]string, error) {
		var out []string
		for _, n := range names {
			t, err := w.text(parts[n])
			if err != nil {
				return nil, err
			}
			if t = strings.TrimSpace(t); t != "" && !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
		return out, nil
	}
	headers, err := running(headerParts)
	if err != nil {
		return "", nil, err
	}
	var b strings.Builder
	for _, t := range headers {
		b.WriteString(t + "\n\n")
	}
	body, err := w.text(doc)
	if err != nil {
		return "", nil, err
	}
	b.WriteString(body)
	b.WriteString("\n")
	if footers, err = running(footerParts); err != nil {
		return "", nil, err
	}
	return b.String(), footers, nil
}

// readZipFile reads one part of the zip, bounded by maxDocxXML.
func readZipFile(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", f.Name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, maxDocxXML+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", f.Name, err)
	}
	if len(data) > maxDocxXML {
		return nil, fmt.Errorf("%s larger than %d bytes", f.Name, maxDocxXML)
	}
	return data, nil
}

// wordReader turns WordprocessingML into text lines.
type wordReader struct {
	numbering *wordNumbering
	styles    map[string]wordStyle
	notes     map[string]string // footnotes' and endnotes' text by kind and id ("footnote 1")
}

// readNotes reads the footnotes or endnotes (kind) of footnotes.xml or
// endnotes.xml into w.notes. A note's text is written after the
// paragraph that refers to it, as a line of its own: in a PDF it sits at
// the foot of the page, and its words belong to the item that cites it.
func (w wordReader) readNotes(data []byte, kind string) error {
	if len(data) == 0 {
		return nil
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("parse word %ss: %w", kind, err)
		}
		start, ok := tok.(xml.StartElement)
		if !ok || start.Name.Local != kind {
			continue
		}
		var note struct {
			Inner []byte `xml:",innerxml"`
		}
		if err := dec.DecodeElement(&note, &start); err != nil {
			return fmt.Errorf("parse word %ss: %w", kind, err)
		}
		inner := wordReader{numbering: w.numbering, styles: w.styles}
		text, err := inner.text(append(append([]byte("<note>"), note.Inner...), "</note>"...))
		if err != nil {
			return err
		}
		if text = strings.TrimSpace(text); text != "" {
			w.notes[kind+" "+attr(start, "id")] = text
		}
	}
}

// wordPara is the paragraph being read.
type wordPara struct {
	style       string
	numID       string
	ilvl        int
	text        strings.Builder
	bold, plain bool     // some text in bold, some not
	leadEnd     int      // where the bold run opening the paragraph ends in text, 0 when it opens with plain text
	cell        bool     // in a table's cell
	notes       []string // the footnotes and endnotes it refers to, by w.notes' keys
}

// text walks WordprocessingML: w:t is text, w:tab a tab, w:br and w:cr
// line breaks, and each w:p ends a line, prefixed with its list number.
func (w wordReader) text(data []byte) (string, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var b strings.Builder
	p := &wordPara{ilvl: -1}
	var outer []*wordPara // paragraphs holding the one being read (a text box's inside a paragraph)
	var rows []*wordRow   // the table rows being read, innermost last
	inText, inPPr, runBold := false, false, false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", fmt.Errorf("parse word xml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "Fallback":
				// mc:AlternateContent holds the same content twice, as
				// its Choice (read) and a Fallback for older readers.
				if err := dec.Skip(); err != nil {
					return "", fmt.Errorf("parse word xml: %w", err)
				}
			case "p":
				outer = append(outer, p)
				r := lastRow(rows)
				p = &wordPara{ilvl: -1, cell: r != nil && len(r.cells) > 0}
			case "tr":
				rows = append(rows, &wordRow{})
			case "tc":
				if len(rows) > 0 {
					r := rows[len(rows)-1]
					r.cells = append(r.cells, nil)
				}
			case "pPr":
				inPPr = true
			case "pStyle":
				p.style = attr(t, "val")
			case "numId":
				if inPPr {
					p.numID = attr(t, "val")
				}
			case "ilvl":
				if inPPr {
					p.ilvl, _ = strconv.Atoi(attr(t, "val"))
				}
			case "r":
				runBold = false
			case "b":
				if !inPPr {
					runBold = on(t)
				}
			case "rStyle":
				runBold = runBold || w.styles[attr(t, "val")].bold
			case "t":
				inText = true
			case "tab":
				if !inPPr {
					p.text.WriteByte('\t')
				}
			case "br", "cr":
				p.text.WriteByte('\n')
			case "noBreakHyphen":
				p.text.WriteByte('-')
			case "footnoteReference", "endnoteReference":
				p.notes = append(p.notes, strings.TrimSuffix(t.Name.Local, "Reference")+" "+attr(t, "id"))
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "pPr":
				inPPr = false
			case "p":
				lines := append([]string{w.paragraph(p)}, w.notesOf(p)...)
				if n := len(outer); n > 0 {
					p, outer = outer[n-1], outer[:n-1]
				}
				if r := lastRow(rows); r != nil && len(r.cells) > 0 {
					c := &r.cells[len(r.cells)-1]
					*c = append(*c, lines...)
					break
				}
				for _, l := range lines {
					b.WriteString(l)
					b.WriteByte('\n')
				}
			case "tr":
				if len(rows) == 0 {
					break
				}
				lines := rows[len(rows)-1].lines()
				rows = rows[:len(rows)-1]
				if r := lastRow(rows); r != nil && len(r.cells) > 0 { // a table in a cell
					c := &r.cells[len(r.cells)-1]
					*c = append(*c, lines...)
					break
				}
				for _, l := range lines {
					b.WriteString(l)
					b.WriteByte('\n')
				}
			}
		case xml.CharData:
			if inText {
				p.text.Write(t)
				if strings.TrimSpace(string(t)) != "" {
					if runBold {
						p.bold = true
						if !p.plain {
							p.leadEnd = p.text.Len()
						}
					} else {
						p.plain = true
					}
				}
			}
		}
	}
	return b.String(), nil
}

// notesOf returns the text of the notes paragraph p refers to.
func (w wordReader) notesOf(p *wordPara) []string {
	var out []string
	for _, id := range p.notes {
		if text, ok := w.notes[id]; ok {
			out = append(out, text)
		}
	}
	return out
}

// wordRow is a table row being read: the paragraphs of each cell.
type wordRow struct {
	cells [][]string
}

// lastRow is the innermost row being read, nil outside tables.
func lastRow(rows []*wordRow) *wordRow {
	if len(rows) == 0 {
		return nil
	}
	return rows[len(rows)-1]
}

// lines writes a table row: on one line with its cells between " | ",
// as PDFs' rows are read, when each cell holds one line at most
// ("23/02210/HH | 14 Cobb Lane - rear extension | No objection"), so
// that a table's head is never taken for a heading; else each cell's
// paragraphs one per line, in order.
func (r *wordRow) lines() []string {
	simple, filled := true, 0
	var cells []string
	for _, c := range r.cells {
		var text []string
		for _, p := range c {
			if strings.TrimSpace(p) != "" {
				text = append(text, p)
			}
		}
		if len(text) > 1 || len(text) == 1 && strings.ContainsAny(text[0], "\n\t") {
			simple = false
		}
		if len(text) > 0 {
			filled++
			cells = append(cells, strings.TrimSpace(text[0]))
		}
	}
	if simple && filled >= 2 {
		return []string{strings.Join(cells, " | ")}
	}
	var out []string
	for _, c := range r.cells {
		out = append(out, c...)
	}
	return out
}

// paragraph writes a paragraph as a line: its list number, a tab, its
// text; in Markdown bold when all of its text is bold.
func (w wordReader) paragraph(p *wordPara) string {
	text := p.text.String()
	st := resolveStyle(w.styles, p.style)
	numID, ilvl := p.numID, p.ilvl
	if numID == "" {
		numID, ilvl = st.numID, st.ilvl
	}
	if ilvl < 0 {
		ilvl = 0
	}
	if numID != "" && numID != "0" && (strings.TrimSpace(text) != "" || p.cell) {
		// Word numbers an empty paragraph too: a table's Minute No. column
		// is often an automatic list of empty cells
		if n := w.numbering.next(numID, ilvl); n != "" {
			text = strings.TrimRight(n+"\t"+text, "\t")
		}
	}
	bold := (p.bold || st.bold) && !(p.plain && !st.bold)
	if bold && strings.TrimSpace(text) != "" && !strings.Contains(text, "\n") && !strings.Contains(text, "*") {
		return "**" + strings.TrimSpace(text) + "**"
	}
	if !bold && !st.bold && p.plain && p.leadEnd > 0 {
		return leadInBold(text, len(text)-p.text.Len()+p.leadEnd)
	}
	return text
}

// leadInBold marks in Markdown bold the bold run that opens a paragraph
// whose text goes on in plain weight, text[:end]: "1.<tab>**Apologies
// for Absence** – were received from …". A separator at the run's end (a
// dash, a colon) is left outside the marks; the change of weight is the
// title's end. The text is left as it is when the run holds a line break
// or a star.
func leadInBold(text string, end int) string {
	head, tail := text[:end], text[end:]
	start := len(head) - len(strings.TrimLeft(head, " \t"))
	if i := strings.LastIndexByte(head, '\t'); i >= start && i < len(head)-1 {
		start = i + 1 // "1.<tab>": a list number Word draws before the run
	}
	lead := strings.TrimRight(head[start:], " \t–—-:")
	if lead == "" || strings.ContainsAny(head, "\n*") || strings.Contains(tail, "*") {
		return text
	}
	return head[:start] + "**" + lead + "**" + head[start+len(lead):] + tail
}
