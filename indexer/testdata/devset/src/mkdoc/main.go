// Command mkdoc turns a dev-set source (NAME.doc, a small line markup) into a
// LibreOffice flat ODF text document on standard output, laid out like a
// council's Word document: A4, running header and footer with page fields,
// tab stops, bold headings, hanging-indent numbered paragraphs, bullets,
// tables, and Word-style automatic numbering. regen.sh converts the result
// to PDF or DOCX with LibreOffice.
//
// Usage: go run ./mkdoc SOURCE.doc > OUT.fodt
//
// Settings, one per line at the top:
//
//	%out pdf|docx       what regen.sh makes (read by the script, not here)
//	%font sans|serif SIZE
//	%margins CM
//	%tabs CM CM ...     tab stops of every paragraph
//	%header TEXT        running header; %n is the page number, %m the page count
//	%footer TEXT        running footer, the same fields
//	%columns N          N newspaper columns on every page (text flows down
//	                    one column, then the next)
//	%numlabel PRE#SUF   the automatic numbers' label: # is the number, PRE
//	                    and SUF the text Word puts around it (default "#.")
//
// Blocks are separated by blank lines; the lines of a block join with a
// space, except that a line ending in " \" ends with a line break. "\t" is
// a tab. A block's first characters choose its style:
//
//	# centred bold large     ## centred bold     ^ centred
//	= bold                   _ bold underlined   ! right-aligned
//	> hanging indent 1.27cm  >> hanging indent 2.54cm
//	- bullet                 @ / @N  bold, Word automatic numbering (from N)
//	| a | b |  bordered table row ("|% 2 10 4" sets column widths in cm;
//	           "|^ a | b |" is a heading row, repeated on each page)
//	/| a | b | borderless table row
//	~page  page break        . plain (when the text starts with a marker)
//
// Inline, **bold** and __underlined__ spans are kept as such.
package main

import (
	"bufio"
	"fmt"
	"html"
	"os"
	"regexp"
	"strings"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: mkdoc SOURCE.doc > OUT.fodt")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "mkdoc:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	if err := render(w, string(data)); err != nil {
		fmt.Fprintf(os.Stderr, "mkdoc: %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
	w.Flush()
}

// settings are the % lines of a source.
type settings struct {
	font, size, margins, header, footer string
	columns, numlabel                   string
	tabs                                []string
}

// render writes the whole flat ODF document.
func render(w *bufio.Writer, src string) error {
	s := settings{font: "sans", size: "11", margins: "2.5"}
	var blocks [][]string
	var cur []string
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, " \r")
		if strings.HasPrefix(line, "%") && len(blocks) == 0 && cur == nil {
			key, val, _ := strings.Cut(line[1:], " ")
			switch key {
			case "font":
				s.font, s.size, _ = strings.Cut(val, " ")
			case "margins":
				s.margins = val
			case "tabs":
				s.tabs = strings.Fields(val)
			case "header":
				s.header = val
			case "footer":
				s.footer = val
			case "columns":
				s.columns = val
			case "numlabel":
				s.numlabel = val
			case "out":
			default:
				return fmt.Errorf("unknown setting %q", key)
			}
			continue
		}
		if line == "" {
			if cur != nil {
				blocks = append(blocks, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if cur != nil {
		blocks = append(blocks, cur)
	}
	fmt.Fprint(w, prologue(s, columnStyles(blocks)))
	w.WriteString("<office:body><office:text>\n")
	tables := 0
	for _, b := range blocks {
		if strings.HasPrefix(b[0], "|") || strings.HasPrefix(b[0], "/|") {
			tables++
			writeTable(w, tables, b)
			continue
		}
		writeParagraph(w, b)
	}
	w.WriteString("</office:text></office:body></office:document>\n")
	return nil
}

var numbered = regexp.MustCompile(`^@(\d*) `)

// writeParagraph writes one block as a paragraph of the style its marker names.
func writeParagraph(w *bufio.Writer, b []string) {
	first := b[0]
	style, text := "P", first
	for _, m := range []struct{ marker, style string }{
		{"## ", "H2"}, {"# ", "H1"}, {"^ ", "C"}, {"= ", "B"}, {"_ ", "U"}, {"! ", "R"},
		{">> ", "I2"}, {"> ", "I1"}, {"- ", "Bul"}, {". ", "P"},
	} {
		if strings.HasPrefix(first, m.marker) {
			style, text = m.style, first[len(m.marker):]
			break
		}
	}
	if first == "~page" {
		w.WriteString("<text:p text:style-name=\"Break\"/>\n")
		return
	}
	lines := append([]string{text}, b[1:]...)
	body := inline(lines)
	if style == "Bul" {
		body = "•<text:tab/>" + body
	}
	if m := numbered.FindStringSubmatch(first); m != nil {
		body = inline(append([]string{first[len(m[0]):]}, b[1:]...))
		start := ""
		if m[1] != "" {
			start = fmt.Sprintf(` text:start-value="%s"`, m[1])
		}
		fmt.Fprintf(w, "<text:list text:style-name=\"Num\" text:continue-numbering=\"true\"><text:list-item%s><text:p text:style-name=\"B\">%s</text:p></text:list-item></text:list>\n", start, body)
		return
	}
	fmt.Fprintf(w, "<text:p text:style-name=\"%s\">%s</text:p>\n", style, body)
}

var (
	boldSpan  = regexp.MustCompile(`\*\*(.+?)\*\*`)
	underSpan = regexp.MustCompile(`__(.+?)__`)
)

// inline joins a block's lines and turns tabs, breaks and spans into ODF.
func inline(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		brk := strings.HasSuffix(l, " \\")
		l = strings.TrimSuffix(l, " \\")
		b.WriteString(html.EscapeString(l))
		switch {
		case i == len(lines)-1:
		case brk:
			b.WriteString("<text:line-break/>")
		default:
			b.WriteString(" ")
		}
	}
	s := strings.ReplaceAll(b.String(), `\t`, "<text:tab/>")
	s = boldSpan.ReplaceAllString(s, `<text:span text:style-name="Bold">$1</text:span>`)
	return underSpan.ReplaceAllString(s, `<text:span text:style-name="Under">$1</text:span>`)
}

// writeTable writes consecutive table rows as one table.
func writeTable(w *bufio.Writer, n int, rows []string) {
	cell := "Cell"
	if strings.HasPrefix(rows[0], "/") {
		cell = "CellPlain"
	}
	var widths []string
	var cells [][]string
	heads := 0 // the leading rows that repeat on each page
	for _, r := range rows {
		r = strings.TrimPrefix(r, "/")
		if strings.HasPrefix(r, "|%") {
			widths = strings.Fields(r[2:])
			continue
		}
		if strings.HasPrefix(r, "|^") {
			r = r[2:]
			heads++
		}
		inner := strings.TrimSuffix(strings.TrimPrefix(r, "|"), "|")
		parts := strings.Split(inner, "|")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		cells = append(cells, parts)
	}
	cols := 0
	for _, c := range cells {
		cols = max(cols, len(c))
	}
	fmt.Fprintf(w, "<table:table table:name=\"Table%d\" table:style-name=\"Tbl\">\n", n)
	for c := range cols {
		if c < len(widths) {
			fmt.Fprintf(w, "<table:table-column table:style-name=\"T%dC%d\"/>\n", n, c)
		} else {
			w.WriteString("<table:table-column/>\n")
		}
	}
	for i, r := range cells {
		if heads > 0 && i == 0 {
			w.WriteString("<table:table-header-rows>\n")
		}
		w.WriteString("<table:table-row>")
		for c := range cols {
			text := ""
			if c < len(r) {
				text = r[c]
			}
			var paras []string
			for _, p := range strings.Split(text, "\\n") {
				paras = append(paras, "<text:p text:style-name=\"CellText\">"+inline([]string{p})+"</text:p>")
			}
			fmt.Fprintf(w, "<table:table-cell table:style-name=\"%s\" office:value-type=\"string\">%s</table:table-cell>", cell, strings.Join(paras, ""))
		}
		w.WriteString("</table:table-row>\n")
		if heads > 0 && i == heads-1 {
			w.WriteString("</table:table-header-rows>\n")
		}
	}
	w.WriteString("</table:table>\n")
}

// columnStyles declares the column widths that tables ask for with "|%".
func columnStyles(blocks [][]string) string {
	var b strings.Builder
	n := 0
	for _, bl := range blocks {
		if !strings.HasPrefix(bl[0], "|") && !strings.HasPrefix(bl[0], "/|") {
			continue
		}
		n++
		for _, r := range bl {
			r = strings.TrimPrefix(r, "/")
			if !strings.HasPrefix(r, "|%") {
				continue
			}
			for c, wd := range strings.Fields(r[2:]) {
				fmt.Fprintf(&b, " <style:style style:name=\"T%dC%d\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"%scm\"/></style:style>\n", n, c, wd)
			}
		}
	}
	return b.String()
}
