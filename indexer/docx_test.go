package indexer

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWordTables checks how a Word table's rows are read: a row of cells
// of one line each on one line between " | ", as PDFs' rows are read (so
// that a table's head is not taken for a heading); a row with a cell of
// several paragraphs one paragraph per line; a table in a cell inside it;
// a bold title run into its text marked as Markdown bold.
func TestWordTables(t *testing.T) {
	p := func(s string) string { return `<w:p><w:r><w:t>` + s + `</w:t></w:r></w:p>` }
	bold := func(s string) string { return `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>` + s + `</w:t></w:r></w:p>` }
	cell := func(ps ...string) string {
		s := "<w:tc>"
		for _, x := range ps {
			s += x
		}
		return s + "</w:tc>"
	}
	row := func(cs ...string) string {
		s := "<w:tr>"
		for _, c := range cs {
			s += c
		}
		return s + "</w:tr>"
	}
	tests := []struct {
		name, body, want string
	}{
		{"one line per cell", p("Planning") + "<w:tbl>" + row(cell(bold("Ref")), cell(bold("Comment"))) + row(cell(p("23/02210/HH")), cell(p("No objection"))) + "</w:tbl>" + p("Next"),
			"Planning\n**Ref** | **Comment**\n23/02210/HH | No objection\nNext\n"},
		{"a cell of several paragraphs", "<w:tbl>" + row(cell(p("P/23/15")), cell(bold("Planning"), p("The committee agreed."))) + "</w:tbl>",
			"P/23/15\n**Planning**\nThe committee agreed.\n"},
		{"a bold title run into its text", "<w:tbl>" + row(cell(p("24/124")), cell(`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Planning.</w:t></w:r><w:r><w:t xml:space="preserve"> PA24/08811, Trewin Barn: support.</w:t></w:r></w:p>`), cell(p("AV"))) + "</w:tbl>",
			"24/124 | **Planning.** PA24/08811, Trewin Barn: support. | AV\n"},
		{"bold words inside a paragraph are no title", `<w:p><w:r><w:t xml:space="preserve">The Council </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>RESOLVED</w:t></w:r><w:r><w:t xml:space="preserve"> to agree.</w:t></w:r></w:p>`,
			"The Council RESOLVED to agree.\n"},
		{"a row with one cell filled", "<w:tbl>" + row(cell(p("Minutes")), cell()) + "</w:tbl>", "Minutes\n"},
		{"a table in a cell", "<w:tbl>" + row(cell(p("12")), cell(p("Finance"), "<w:tbl>"+row(cell(p("HMRC")), cell(p("£128.10")))+"</w:tbl>")) + "</w:tbl>",
			"12\nFinance\nHMRC | £128.10\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wordText(t, tt.body); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestWordFooterCouncil checks that a Word document's footer is read as
// a PDF's running lines are: its council taken when the body names none,
// its words searchable in the header, not in the last item's text.
func TestWordFooterCouncil(t *testing.T) {
	w := `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`
	p := func(s string) string { return `<w:p><w:r><w:t>` + s + `</w:t></w:r></w:p>` }
	doc := w + p("MINUTES") + p("Health Scrutiny Panel - 13 February 2025") +
		p("1. Apologies") + p("Apologies were received from Councillor Osei.") +
		p("2. Declarations of interest") + p("None were declared.") +
		p("3. Work programme") + p("The work programme was agreed.") + `</w:body></w:document>`
	footer := `<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
		`<w:p><w:r><w:t>Ravensgate Borough Council</w:t></w:r><w:r><w:tab/><w:tab/><w:t>Page 1 of 1</w:t></w:r></w:p></w:ftr>`
	path := filepath.Join(t.TempDir(), "minutes.docx")
	if err := os.WriteFile(path, zipOf(t, map[string]string{"word/document.xml": doc, "word/footer1.xml": footer}), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := Extract(context.Background(), path, ExtractOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Council != "Ravensgate Borough Council" {
		t.Errorf("council %q, want the footer's Ravensgate Borough Council", m.Council)
	}
	if len(m.Items) == 0 || strings.Contains(m.Items[len(m.Items)-1].Text, "Ravensgate") || !strings.Contains(m.Header, "Ravensgate") {
		t.Errorf("the footer should be in the header, not the last item: header %q, items %+v", m.Header, m.Items)
	}
}

// TestWordNotes checks that a Word document's footnotes and endnotes are
// read, each after the paragraph that cites it (a PDF prints it at the
// foot of that page, so its words belong to the item citing it), and a
// non-breaking hyphen as a hyphen: words of neither were in the index.
func TestWordNotes(t *testing.T) {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	p := func(s string) string { return `<w:p><w:r><w:t>` + s + `</w:t></w:r></w:p>` }
	doc := `<w:document ` + ns + `><w:body>` + p("1. Apologies") +
		`<w:p><w:r><w:t>Apologies from Councillor Vantreight</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>.</w:t></w:r></w:p>` +
		p("2. Footpaths") +
		`<w:p><w:r><w:t>The Wexcombe bridle</w:t></w:r><w:r><w:noBreakHyphen/></w:r><w:r><w:t>way was noted</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r></w:p>` +
		`</w:body></w:document>`
	notes := func(kind, text string, id int) string {
		return `<w:` + kind + `s ` + ns + `><w:` + kind + ` w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:` + kind + `>` +
			`<w:` + kind + ` w:id="` + string(rune('0'+id)) + `"><w:p><w:r><w:` + kind + `Ref/></w:r><w:r><w:t xml:space="preserve"> ` + text + `</w:t></w:r></w:p></w:` + kind + `></w:` + kind + `s>`
	}
	text, _, err := docxText(zipOf(t, map[string]string{"word/document.xml": doc,
		"word/footnotes.xml": notes("footnote", "Sent her report on the Brackenfield boundary.", 1),
		"word/endnotes.xml":  notes("endnote", "See the Quarrington rights of way map.", 2)}))
	if err != nil {
		t.Fatal(err)
	}
	want := "1. Apologies\nApologies from Councillor Vantreight.\nSent her report on the Brackenfield boundary.\n" +
		"2. Footpaths\nThe Wexcombe bridle-way was noted\nSee the Quarrington rights of way map.\n\n"
	if text != want {
		t.Errorf("text %q, want %q", text, want)
	}
}

// TestWordTextBoxes checks a paragraph that anchors a text box: the text
// of the paragraph before the box was dropped (the box's own paragraphs
// restarted it) and the box was read twice, as mc:AlternateContent's
// Choice and again as its Fallback for older readers.
func TestWordTextBoxes(t *testing.T) {
	box := func(s string) string {
		return `<w:txbxContent><w:p><w:r><w:t>` + s + `</w:t></w:r></w:p></w:txbxContent>`
	}
	body := `<w:p><w:r><w:t xml:space="preserve">Before the box </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>` +
		box("Kettlewick flood grant") + `</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>` + box("Kettlewick flood grant") +
		`</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>and after it.</w:t></w:r></w:p>`
	doc := `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
		`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>` + body + `</w:body></w:document>`
	got, err := wordReader{numbering: parseNumbering(nil)}.text([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Kettlewick flood grant\nBefore the box and after it.\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// zipOf returns a zip archive (a DOCX's container) holding files by name.
func zipOf(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range files {
		f, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestWordNumberColumn checks a table whose Minute No. column is a Word
// list of empty paragraphs: Word draws their numbers, and so the items
// are numbered as printed, each title from the cell beside its number.
func TestWordNumberColumn(t *testing.T) {
	num := `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p>`
	p := func(s string) string { return `<w:p><w:r><w:t>` + s + `</w:t></w:r></w:p>` }
	bold := func(s string) string { return `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>` + s + `</w:t></w:r></w:p>` }
	row := func(cells ...string) string {
		s := "<w:tr>"
		for _, c := range cells {
			s += "<w:tc>" + c + "</w:tc>"
		}
		return s + "</w:tr>"
	}
	doc := `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		p("ORCHARD LEIGH PARISH COUNCIL") + p("Minutes of the meeting held on Monday 10th March 2025 at 7pm") +
		"<w:tbl>" + row(bold("Minute"), bold("Item"), bold("Action")) +
		row(num, bold("Apologies")+p("Cllr Webb sent apologies, which were accepted."), "") +
		row(num, bold("Village green")+p("The bench by the pond is to be replaced before Easter."), p("Clerk")) +
		row(num, bold("Finance")+p("Payments of £412.50 were approved."), p("RT")) +
		"</w:tbl></w:body></w:document>"
	numbering := `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
		`<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="23"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
		`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
	path := filepath.Join(t.TempDir(), "minutes.docx")
	if err := os.WriteFile(path, zipOf(t, map[string]string{"word/document.xml": doc, "word/numbering.xml": numbering}), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := Extract(context.Background(), path, ExtractOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range m.Items {
		got = append(got, it.Number+" "+it.Title)
	}
	if want := []string{"23 Apologies", "24 Village green", "25 Finance"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("items %q, want %q", got, want)
	}
}

// wordText reads a Word document's body (its XML inside w:body) as the
// extractor does.
func wordText(t *testing.T, body string) string {
	t.Helper()
	doc := `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`
	got, err := wordReader{numbering: parseNumbering(nil)}.text([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	return got
}
