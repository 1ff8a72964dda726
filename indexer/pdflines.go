package indexer

import (
	"strings"
	"unicode"

	"github.com/councilminutes/minutes/indexer/pdftext"
)

// pdfLines turns the lines package pdftext read, with their typography
// (size, bold, indentation, a tab after the number), into the lines the
// structure search weighs. A running header or footer is kept where it
// first appears; its repeats and the page numbers are returned apart as
// furniture, kept with the text outside the items so that every word the
// pages print stays searchable without breaking the items' sentences.
func pdfLines(doc *pdftext.Document) (ls []line, furniture []string) {
	ls = make([]line, 0, len(doc.Lines)+len(doc.Lines)/4)
	seen := map[string]bool{}
	for _, pl := range doc.Lines {
		// A pack's "Agenda Item 5" over each paper is no running header:
		// it marks where one paper ends and the next starts (minutesEnd).
		if pl.Running && !agendaItemMark.MatchString(strings.TrimSpace(pl.Text)) {
			k := runningKey(pl.Text)
			if k == "" || seen[k] {
				furniture = append(furniture, strings.TrimSpace(pl.Text))
				continue
			}
			seen[k] = true
		}
		if pl.Para && len(ls) > 0 && ls[len(ls)-1].Text != "" {
			ls = append(ls, line{Page: int32(pl.Page)}) // paragraphs apart, as in the text
		}
		l := parseLine(cleanLine(pl.Text))
		l.Page, l.Para = int32(pl.Page), pl.Para
		l.Size, l.Indent, l.Tab = float32(pl.Size), float32(pl.Indent), float32(pl.Tab)
		l.Bold = l.Bold || pl.Bold
		ls = append(ls, l)
	}
	return ls, furniture
}

// runningKey is a running line's words without its numbers, so that
// "Page 3 of 12" and "Page 4 of 12" are one footer; "" for a line of
// numbers alone (a page number).
func runningKey(s string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w == "page" || w == "of" {
			continue
		}
		b.WriteString(w)
		b.WriteByte(' ')
	}
	return b.String()
}
