package pdftext

import (
	"reflect"
	"strings"
	"testing"
)

// glyphsOf lays out text as 10-point glyphs 6 points wide starting at x on
// baseline y, a space glyph between words.
func glyphsOf(text string, x, y float64) []glyph {
	var gs []glyph
	for _, r := range text {
		gs = append(gs, glyph{s: string(r), x: x, y: y, w: 6, size: 10})
		x += 6
	}
	return gs
}

// tracked lays out text like glyphsOf with gap points of letter spacing
// after every glyph, spaces included.
func tracked(text string, x, y, gap float64) []glyph {
	var gs []glyph
	for _, r := range text {
		gs = append(gs, glyph{s: string(r), x: x, y: y, w: 6, size: 10})
		x += 6 + gap
	}
	return gs
}

// joined concatenates glyph lists.
func joined(parts ...[]glyph) []glyph {
	var gs []glyph
	for _, p := range parts {
		gs = append(gs, p...)
	}
	return gs
}

func TestBuildLinesWords(t *testing.T) {
	tests := []struct {
		name   string
		glyphs []glyph
		want   []string
	}{
		{"space glyphs", glyphsOf("the panel noted", 0, 100), []string{"the panel noted"}},
		{"gap without space glyph", append(glyphsOf("the", 0, 100), glyphsOf("panel", 21, 100)...), []string{"the panel"}},
		{"kerning is not a gap", append(glyphsOf("pa", 0, 100), glyphsOf("nel", 12.5, 100)...), []string{"panel"}},
		{"lines top to bottom", append(glyphsOf("second", 0, 80), glyphsOf("first", 0, 100)...), []string{"first", "second"}},
		{"subscript stays on its line", append(glyphsOf("CO", 0, 100), glyph{s: "2", x: 12, y: 98, w: 4, size: 7}), []string{"CO2"}},
		{"footnote mark after a word", append(glyphsOf("Vantreight", 0, 100), glyph{s: "1", x: 60, y: 104, w: 4, size: 6.5}), []string{"Vantreight 1"}},
		{"footnote mark after a full stop stays", append(glyphsOf("Act.", 0, 100), glyph{s: "2", x: 24, y: 104, w: 4, size: 6.5}), []string{"Act.2"}},
		{"ordinal stays", append(glyphsOf("25", 0, 100), glyph{s: "t", x: 12, y: 104, w: 3, size: 6.5}, glyph{s: "h", x: 15, y: 104, w: 3, size: 6.5}), []string{"25th"}},
		{"fake bold drawn twice", append(glyphsOf("ab", 0, 100), glyphsOf("ab", 0.3, 100)...), []string{"ab"}},
		{"ligature expanded", []glyph{{s: "\ufb01", x: 0, y: 100, w: 6, size: 10}, {s: "ne", x: 6, y: 100, w: 12, size: 10}}, []string{"fine"}},
		{"one wide gap is no table", append(glyphsOf("Unfilled posts", 0, 100), glyphsOf("16", 200, 100)...), []string{"Unfilled posts 16"}},
		// LibreOffice ends an underline with a space whose end is the last
		// letter's: drawn over the "t", it is not a space before it.
		{"underline's closing space over the last letter", append(glyphsOf("Interest", 0, 100),
			glyph{s: " ", x: 42.5, y: 100, w: 5.5, size: 10}), []string{"Interest"}},
		{"closing space over a narrow last letter", append(glyphsOf("Accounts (unaudited", 0, 100),
			glyph{s: ")", x: 114, y: 100, w: 3.5, size: 10}, glyph{s: " ", x: 113.5, y: 100, w: 4, size: 10}), []string{"Accounts (unaudited)"}},
		{"space at a tab stop under the first letter", append(append(glyphsOf("76.", 0, 100), glyph{s: " ", x: 30, y: 100, w: 5, size: 10}),
			glyphsOf("Apologies", 30, 100)...), []string{"76. Apologies"}},
		{"space of no advance between touching letters", append(append(glyphsOf("co", 0, 100), glyph{s: " ", x: 12, y: 100, w: 3, size: 10}),
			glyphsOf("operation", 12, 100)...), []string{"cooperation"}},
		{"label's space under the paragraph's first letter", append(append(glyphsOf("1.1.", 0, 100), glyph{s: " ", x: 24, y: 100, w: 4, size: 10}),
			glyphsOf("NHS", 25, 100)...), []string{"1.1. NHS"}},
		{"space between close glyphs", append(append(glyphsOf("ab", 0, 100), glyph{s: " ", x: 12, y: 100, w: 1, size: 10}),
			glyphsOf("cd", 12.5, 100)...), []string{"ab cd"}},
		// Letter spacing (LibreOffice, Chromium) leaves a gap alone between
		// letters; the line's words are apart by space glyphs.
		{"letter-spaced word among others", joined(glyphsOf("the ", 0, 100), tracked("RESOLVED", 24, 100, 3), glyphsOf(" to", 93, 100)),
			[]string{"the RESOLVED to"}},
		{"letter-spaced words with a kerned pair", joined(glyphsOf("be ", 0, 100), tracked("RESOL", 18, 100, 3), tracked("VED", 62, 100, 3), glyphsOf(" so", 87, 100)),
			[]string{"be RESOLVED so"}},
		{"letter-spaced word with a pair kerned shut", joined(glyphsOf("be ", 0, 100), tracked("RESO", 18, 100, 3), glyphsOf("LV", 54, 100), tracked("ED", 69, 100, 3), glyphsOf(" so", 87, 100)),
			[]string{"be RESOLVED so"}},
		{"a tab after a short label", joined(glyphsOf("a)", 0, 100), glyphsOf("Apologies", 16, 100)), []string{"a) Apologies"}},
		{"letter-spaced words", joined(glyphsOf("x ", 0, 100), tracked("agreed the plan", 12, 100, 3)), []string{"x agreed the plan"}},
		{"initials with spaces drawn", glyphsOf("Mr M A J Hood", 0, 100), []string{"Mr M A J Hood"}},
		{"one-letter table cells", joined(glyphsOf("votes ", 0, 100), tracked("YNY", 36, 100, 12)), []string{"votes Y N Y"}},
		{"a tab after a word", joined(glyphsOf("CA101", 0, 100), glyphsOf("Apologies for", 33, 100)), []string{"CA101 Apologies for"}},
		{"underline typed as underscores over the title", joined(glyphsOf("AC2 Declarations of Interest", 0, 100), glyphsOf(strings.Repeat("_", 28), 0, 100)),
			[]string{"AC2 Declarations of Interest"}},
		{"underscores to sign on stay", glyphsOf("Signed ____ Chair", 0, 100), []string{"Signed ____ Chair"}},
		{"bad coordinates dropped", []glyph{{s: "x", x: 0, y: 100, w: 6, size: 0}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range buildLines(tt.glyphs) {
				got = append(got, l.text())
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("lines = %q, want %q", got, tt.want)
			}
		})
	}
}

// twoColumnPage is a heading across the page, six lines in two columns
// of four words each, and a closing line across the page.
func twoColumnPage() []glyph {
	gs := glyphsOf("Heading across the whole page of the minutes here", 0, 700)
	for i := 0; i < 6; i++ {
		y := 680 - 12*float64(i)
		gs = append(gs, glyphsOf(strings.Repeat("left ", 4)+string(rune('a'+i)), 0, y)...)
		gs = append(gs, glyphsOf(strings.Repeat("right ", 4)+string(rune('a'+i)), 200, y)...)
	}
	return append(gs, glyphsOf("Closing line across the whole page of the minutes", 0, 600)...)
}

func TestReadingOrderTwoColumns(t *testing.T) {
	var got []string
	for _, l := range readingOrder(buildLines(twoColumnPage())) {
		got = append(got, l.text())
	}
	want := []string{"Heading across the whole page of the minutes here"}
	for i := 0; i < 6; i++ {
		want = append(want, strings.Repeat("left ", 4)+string(rune('a'+i)))
	}
	for i := 0; i < 6; i++ {
		want = append(want, strings.Repeat("right ", 4)+string(rune('a'+i)))
	}
	want = append(want, "Closing line across the whole page of the minutes")
	if !reflect.DeepEqual(got, want) {
		t.Errorf("reading order:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadingOrderKeepsTableRows(t *testing.T) {
	var gs []glyph
	for i := 0; i < 5; i++ {
		y := 700 - 12*float64(i)
		gs = append(gs, glyphsOf("Item", 0, y)...)
		gs = append(gs, glyphsOf("Owner name", 120, y)...)
		gs = append(gs, glyphsOf("June", 260, y)...)
		gs = append(gs, glyphsOf("Open", 360, y)...)
	}
	lines := markCells(readingOrder(buildLines(gs)))
	if len(lines) != 5 {
		t.Fatalf("got %d lines, want the 5 rows kept whole", len(lines))
	}
	if got := lines[0].text(); got != "Item | Owner name | June | Open" {
		t.Errorf("row = %q", got)
	}
}

// TestReadingOrderKeepsWrappedCells checks a table whose middle column
// wraps its titles over several lines beside the text of the last: a
// short stretch split by a blank strip is a table's rows, read across,
// not two columns of text.
func TestReadingOrderKeepsWrappedCells(t *testing.T) {
	rows := [][3]string{
		{"DC.64", "23/0658/FUL Erection of 24", "The Planning Manager reported two letters."},
		{"", "affordable dwellings with", "The Committee discussed drainage at length."},
		{"", "access from Mill Road, land", "RESOLVED: Grant, subject to a legal agreement"},
		{"", "west of Stour Valley Primary", "and conditions."},
		{"", "School, Upper Stourmouth", ""},
		{"DC.65", "23/0712/HOUSE Single", "RESOLVED: Refuse."},
		{"", "storey rear extension", ""},
	}
	var gs []glyph
	var want []string
	for i, r := range rows {
		y := 700 - 12*float64(i)
		var parts []string
		for c, x := range []float64{0, 60, 300} {
			if r[c] != "" {
				gs = append(gs, glyphsOf(r[c], x, y)...)
				parts = append(parts, r[c])
			}
		}
		want = append(want, strings.Join(parts, " "))
	}
	var got []string
	for _, l := range readingOrder(buildLines(gs)) {
		got = append(got, l.text())
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("reading order:\n%s\nwant the rows:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestMarkRunning(t *testing.T) {
	page := func(n string, body ...string) []textLine {
		lines := []textLine{{text: "Kent County Council - Panel - 13 December 2013"}}
		for _, b := range body {
			lines = append(lines, textLine{text: b})
		}
		return append(lines, textLine{text: "Page " + n + " of 3"})
	}
	pages := [][]textLine{page("1", "65. Minutes", "RESOLVED"), page("2", "66. Update"), page("3", "67. Close", "14")}
	marked := markRunning(pages)
	var body []string
	for _, p := range pages {
		for _, l := range p {
			if !l.running {
				body = append(body, l.text)
			}
		}
	}
	want := []string{"65. Minutes", "RESOLVED", "66. Update", "67. Close"}
	if !reflect.DeepEqual(body, want) || marked != 7 {
		t.Errorf("body %q (marked %d), want %q (marked 7)", body, marked, want)
	}
	doc := assemble(pages, MethodNative, nil)
	if n := strings.Count(doc.Text, "Kent County Council"); n != 3 {
		t.Errorf("Text holds the running header %d times, want all 3:\n%s", n, doc.Text)
	}
}

func TestPageNumberPattern(t *testing.T) {
	tests := map[string]bool{
		"Page 3 of 6": true, "3": true, "- 12 -": true, "3/6": true, "Page 4": true,
		"48.": false, "Page 3 of the report": false, "2013": true, "Minutes": false,
	}
	for in, want := range tests {
		if got := pageNumber.MatchString(runningKey(in)); got != want {
			t.Errorf("page number %q = %v, want %v", in, got, want)
		}
	}
}

// TestHyphenation: a hyphen at a line end is kept for a compound and
// dropped in a word broken at a syllable, from what the document shows;
// one that nothing explains follows the document's other line ends
// (below: a document hyphenated at syllables, "recruit-" "ment" where
// "recruitment" is found whole and "care-" "ful").
func TestHyphenation(t *testing.T) {
	pages := [][]textLine{{{text: "a well-qualified recruitment team"}, {text: "their pathway plans; risk and quality"},
		{text: "planning was based on"}, {text: "care proceedings; the recruit-"}, {text: "ment was care-"}, {text: "ful"}}}
	h := newHyphenation(pages)
	tests := []struct {
		head, tail, want string
		joined           bool
	}{
		{"the recruit-", "ment of staff", "the recruitment of staff", true},
		{"a well-", "qualified team", "a well-qualified team", true},
		{"soft\u00ad", "ware", "software", true},
		{"Mr Smith -", "the chair", "", false},
		{"Mr Crow-", "Brown and", "Mr Crow-Brown and", true},
		{"in 2013-", "14 it", "in 2013-14 it", true},
		{"aged 0-", "25years", "aged 0-25years", true},
		{"were co-", "located", "were co-located", true},
		{"day-to-", "day work", "day-to-day work", true},
		{"repairs on C-", "class roads", "repairs on C-class roads", true},
		{"an NHS-", "funded post", "an NHS-funded post", true},
		{"the pathway-", "planning of", "the pathway-planning of", true},
		{"a risk-", "based plan", "a risk-based plan", true},
		{"the plan-", "ning of", "the planning of", true},
		{"some-", "times it", "sometimes it", true},
		{"the pre-", "proceedings stage", "the pre-proceedings stage", true},
		{"the pre-", "vious plan", "the previous plan", true},
		{"in out-", "of-borough placements", "in out-of-borough placements", true},
		{"an end-", "to-end review", "an end-to-end review", true},
		{"a multi-", "ple of", "a multiple of", true},
		{"the recruit-", "(ment)", "", false},
		{"no hyphen", "here", "", false},
	}
	for _, tt := range tests {
		got, ok := h.join(tt.head, tt.tail)
		if ok != tt.joined || got != tt.want {
			t.Errorf("join(%q, %q) = %q, %v; want %q, %v", tt.head, tt.tail, got, ok, tt.want, tt.joined)
		}
	}
}

// TestHyphenationCompoundDocument: in a document whose line-end hyphens
// are compounds' (as in Word's minutes and reports: "child-" "friendly"),
// a hyphen nothing explains is kept; a word found whole elsewhere, or a
// word ending, still loses it.
func TestHyphenationCompoundDocument(t *testing.T) {
	pages := [][]textLine{{{text: "the well-"}, {text: "led and non-"}, {text: "executive voice; recruitment"}}}
	h := newHyphenation(pages)
	if !h.compounds {
		t.Fatal("the document's line-end hyphens are not taken for compounds'")
	}
	tests := []struct{ head, tail, want string }{
		{"the child-", "friendly service", "the child-friendly service"},
		{"an in-", "house team", "an in-house team"},
		{"counter-", "intuitive", "counter-intuitive"},
		{"the recruit-", "ment of staff", "the recruitment of staff"},
		{"care-", "ful work", "careful work"},
		{"in 2024-", "25 it", "in 2024-25 it"},
	}
	for _, tt := range tests {
		if got, ok := h.join(tt.head, tt.tail); !ok || got != tt.want {
			t.Errorf("join(%q, %q) = %q, %v; want %q", tt.head, tt.tail, got, ok, tt.want)
		}
	}
}

// TestJoinLinesOnlyWhereALineWrapped: a line-end hyphen joins the next
// line when that line is where the text wrapped to (below, starting left
// of the hyphen) or the next column (higher up), not a line beside it.
func TestJoinLinesOnlyWhereALineWrapped(t *testing.T) {
	head := textLine{text: "Cllr Owen Sherratt (Vice-", placed: true, size: 9, x0: 60, x1: 165, y: 668}
	tests := []struct {
		name string
		next textLine
		want []string
	}{
		{"the next line", textLine{text: "Chair)", placed: true, size: 9, x0: 60, x1: 85, y: 657},
			[]string{"Cllr Owen Sherratt (Vice-Chair)"}},
		{"the top of the next column", textLine{text: "chair of the panel", placed: true, size: 9, x0: 300, x1: 380, y: 760},
			[]string{"Cllr Owen Sherratt (Vicechair of the panel"}},
		{"a line beside it, a little lower", textLine{text: "the Council and took no part", placed: true, size: 10, x0: 193, x1: 400, y: 663},
			[]string{"Cllr Owen Sherratt (Vice-", "the Council and took no part"}},
		{"a line beside it on its baseline", textLine{text: "the Council", placed: true, size: 9, x0: 193, x1: 250, y: 668},
			[]string{"Cllr Owen Sherratt (Vice-", "the Council"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range (hyphenation{}).joinLines([][]textLine{{head, tt.next}}) {
				got = append(got, l.text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("lines = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHyphenationHalvesAreNotWords: the two halves of a word broken at a
// line end are not words the document has whole.
func TestHyphenationHalvesAreNotWords(t *testing.T) {
	pages := [][]textLine{{{text: "the stock-"}, {text: "taking and the care-"}}, {{text: "ful stock and the recruit-"}, {text: "ment of staff; recruitment"}}}
	h := newHyphenation(pages)
	if got, _ := h.join("the care-", "ful stock"); got != "the careful stock" {
		t.Errorf("join = %q, want the careful stock", got)
	}
	if got, _ := h.join("the stock-", "taking and the care-"); got != "the stocktaking and the care-" {
		t.Errorf("join = %q, want the stocktaking and the care- (\"taking\" is only a half)", got)
	}
}

func TestRenderParagraphs(t *testing.T) {
	pages := [][]textLine{
		{{text: "RESOLVED that the recruit-"}, {text: "ment be noted."}, {text: "67. Update", para: true}, {text: "The Panel recruit-"}},
		{{text: "ed two."}, {text: "68. Close"}},
	}
	got := renderLines(typeset(hyphenation{}.joinLines(pages), 2))
	want := "RESOLVED that the recruitment be noted.\n\n67. Update\nThe Panel recruited two.\n68. Close"
	if got != want {
		t.Errorf("render = %q, want %q", got, want)
	}
}

// tableRowsPage lays out rows of a table with a space between rows: a
// reference and a title wrapped in a narrow column beside wide text.
func tableRowsPage(rows [][]string) []glyph {
	var gs []glyph
	y := 700.0
	for _, r := range rows { // r[0] the left cell's lines, r[1] the right cell's, "~" between
		left, right := strings.Split(r[0], "~"), strings.Split(r[1], "~")
		for i := range max(len(left), len(right)) {
			if i < len(left) {
				gs = append(gs, glyphsOf(left[i], 0, y)...)
			}
			if i < len(right) {
				gs = append(gs, glyphsOf(right[i], 200, y)...)
			}
			y -= 12
		}
		y -= 7 // the cells' padding between rows
	}
	return gs
}

// TestReadingOrderTableRows checks that rows of a table whose title cells
// wrap beside a wide cell of text are read row by row, each title whole
// on one line before its text, not as two columns of text.
func TestReadingOrderTableRows(t *testing.T) {
	gs := tableRowsPage([][]string{
		{"FC/101 Declarations of~members interests", "Councillor Dowding declared~an interest in the item"},
		{"FC/102 Minutes of the~meeting held on 15~January 2025", "RESOLVED that the minutes~be approved as a correct~record and signed"},
		{"FC/103 Public question time", "A resident asked when the~public toilets in Station~Road would reopen and~the Clerk replied"},
		{"FC/104 Budget, precept~and reserves", "The Council considered~the budget for the year~and the reserves"},
	})
	var got []string
	for _, l := range readingOrder(buildLines(gs)) {
		got = append(got, l.text())
	}
	want := []string{
		"FC/101 Declarations of members interests", "Councillor Dowding declared", "an interest in the item",
		"FC/102 Minutes of the meeting held on 15 January 2025", "RESOLVED that the minutes", "be approved as a correct", "record and signed",
		"FC/103 Public question time", "A resident asked when the", "public toilets in Station", "Road would reopen and", "the Clerk replied",
		"FC/104 Budget, precept and reserves", "The Council considered", "the budget for the year", "and the reserves",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("reading order:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestReadingOrderColumnsWithParagraphs checks that two columns of text
// whose paragraphs are set apart by space, each column on its own, are
// still read column by column.
func TestReadingOrderColumnsWithParagraphs(t *testing.T) {
	var gs []glyph
	var left, right []string
	ly, ry := 700.0, 700.0
	for i := range 12 {
		l := strings.Repeat("left ", 4) + string(rune('a'+i))
		r := strings.Repeat("right ", 4) + string(rune('a'+i))
		gs = append(gs, glyphsOf(l, 0, ly)...)
		gs = append(gs, glyphsOf(r, 200, ry)...)
		left, right = append(left, l), append(right, r)
		ly -= 12
		ry -= 12
		if i%4 == 3 { // a paragraph ends on the left
			ly -= 12
		}
		if i%5 == 1 { // and elsewhere on the right
			ry -= 12
		}
	}
	var got []string
	for _, l := range readingOrder(buildLines(gs)) {
		got = append(got, l.text())
	}
	want := append(left, right...)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("reading order:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestMarkRepeatedHeads checks that a table's head row repeated at the
// top of a page is a running line, and the row it first heads is not.
func TestMarkRepeatedHeads(t *testing.T) {
	pages := [][]textLine{
		{{text: "Minutes"}, {text: "Ref | Subject | Resolution"}, {text: "FC/101 | Apologies | None"}},
		{{text: "Ref | Subject | Resolution"}, {text: "twenty-eight spaces"}, {text: "FC/102 | Minutes | Agreed"}},
	}
	if n := markRepeatedHeads(pages); n != 1 || !pages[1][0].running || pages[0][1].running || pages[1][2].running {
		t.Errorf("marked %d: page 1 head %v, page 2 head %v", n, pages[0][1].running, pages[1][0].running)
	}
}
