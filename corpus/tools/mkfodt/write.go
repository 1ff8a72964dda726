package main

import (
	"bufio"
	"fmt"
	"html"
	"strings"
)

// write renders the blocks as a flat ODF text document.
func write(w *bufio.Writer, blocks []block, opts options) error {
	head := fmt.Sprintf(prologue, opts.fontSize, opts.fontSize+5, opts.fontSize+2, opts.fontSize)
	if opts.softHyphens {
		// Writer honours soft hyphens only where hyphenation is switched on.
		head = strings.Replace(head, `fo:country="GB"/>`, `fo:country="GB" fo:hyphenate="true"/>`, 1)
	}
	w.WriteString(head)
	fmt.Fprintf(w, masterPage, esc(opts.header), footer(opts.footer))
	w.WriteString("<office:body><office:text>\n")
	tables := 0
	inColumns := false
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		text := esc(b.text)
		if opts.softHyphens {
			text = hyphenate(text)
		}
		switch b.kind {
		case paragraph:
			fmt.Fprintf(w, "<text:p text:style-name=\"Body\">%s</text:p>\n", text)
		case heading:
			fmt.Fprintf(w, "<text:p text:style-name=\"H%d\">%s</text:p>\n", b.level, text)
		case listItem:
			fmt.Fprintf(w, "<text:p text:style-name=\"L%d\">%s</text:p>\n", min(b.level, 3), text)
		case pageBreak:
			w.WriteString("<text:p text:style-name=\"Break\"/>\n")
		case columnsStart:
			if inColumns {
				return fmt.Errorf("block %d: nested \"::: columns\"", i+1)
			}
			inColumns = true
			w.WriteString("<text:section text:style-name=\"Cols\" text:name=\"Columns\">\n")
		case columnsEnd:
			if !inColumns {
				return fmt.Errorf("block %d: \":::\" without \"::: columns\"", i+1)
			}
			inColumns = false
			w.WriteString("</text:section>\n")
		case tableRow:
			j := i
			for j < len(blocks) && blocks[j].kind == tableRow {
				j++
			}
			tables++
			writeTable(w, tables, blocks[i:j])
			i = j - 1
		}
	}
	if inColumns {
		w.WriteString("</text:section>\n")
	}
	w.WriteString("</office:text></office:body></office:document>\n")
	return nil
}

// writeTable renders consecutive table rows as one bordered table.
func writeTable(w *bufio.Writer, n int, rows []block) {
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r.cells))
	}
	fmt.Fprintf(w, "<table:table table:name=\"Table%d\" table:style-name=\"Tbl\">\n", n)
	fmt.Fprintf(w, "<table:table-column table:number-columns-repeated=\"%d\"/>\n", cols)
	for _, r := range rows {
		w.WriteString("<table:table-row>")
		for c := range cols {
			cell := ""
			if c < len(r.cells) {
				cell = esc(r.cells[c])
			}
			fmt.Fprintf(w, "<table:table-cell table:style-name=\"Cell\" office:value-type=\"string\"><text:p text:style-name=\"CellText\">%s</text:p></table:table-cell>", cell)
		}
		w.WriteString("</table:table-row>\n")
	}
	w.WriteString("</table:table>\n")
}

// footer turns "Page %n of %m" into text with page-number fields.
func footer(f string) string {
	f = esc(f)
	f = strings.ReplaceAll(f, "%n", `<text:page-number text:select-page="current">1</text:page-number>`)
	return strings.ReplaceAll(f, "%m", `<text:page-count>1</text:page-count>`)
}

// hyphenate puts soft hyphens into every word of seven letters or more,
// every third letter from the third on and at least three letters from the
// end, so that justified lines often break inside words as in print.
func hyphenate(s string) string {
	words := strings.Split(s, " ")
	for i, word := range words {
		runes := []rune(word)
		if len(runes) < 7 || strings.ContainsAny(word, "&;<>") {
			continue
		}
		var b strings.Builder
		for j, r := range runes {
			if j >= 3 && j <= len(runes)-3 && j%3 == 0 {
				b.WriteString("\u00ad")
			}
			b.WriteRune(r)
		}
		words[i] = b.String()
	}
	return strings.Join(words, " ")
}

func esc(s string) string { return html.EscapeString(s) }
