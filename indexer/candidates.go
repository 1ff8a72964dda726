package indexer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// candidate is a line that may start an item, with the evidence for and
// against it.
type candidate struct {
	Line   int    // the line with the number or heading
	Skip   int    // lines taken by the number and the title
	Number string // as printed; "" for an unnumbered heading
	Said   string // the number's label as printed ("Item", "Min. No."), "" when none
	Family string // numbering family (numbers.go); "" for an unnumbered heading
	Key    int    // place in the family's sequence
	Ref    int    // the number of an "(Item N)" reference, -1 when none
	Title  string
	Rest   string // text after the title on the same line
	Feats  feature
	Weight float64
	Hard   bool // the title was hard-wrapped onto the lines below (hardwrap.go)
	Colon  bool // a title read as one though printed with a colon after it (colonHeading)
}

var (
	// A sentence opening a list, not a heading: "The following were
	// nominated:", "It was agreed as follows:".
	listIntro = regexp.MustCompile(`(?i)^(?:the|it|this|these|there|that|as|in|we|they|he|she)\b|\b(?:following|follows|below|namely|including|as under)$`)
	// A member's question, motion or the like, a heading in sentence case:
	// "Question submitted by Councillor Ryan", "Notice of Motion from Cllr Ash".
	memberBusiness = regexp.MustCompile(`(?i)^(?:questions?|notices? of motion|motions?|deputations?|petitions?)\b`)
	// An agenda reference on its own line: "(Item 4)", "(Ref: 8)", "(Agenda item 3a)".
	refLine = regexp.MustCompile(`^[(\[]\s*(?i:agenda\s+item|item|ref(?:erence)?|minute|min)\.?\s*(?i:no\.?)?\s*:?\s*[A-Z]?(\d{1,3})[^()\[\]]{0,24}[)\]]\.?$`)
	// "Minutes of the last meeting": an item about earlier minutes, not a heading.
	refersBack = regexp.MustCompile(`(?i)\b(?:last|previous|prior|earlier|matters\s+arising|to\s+(?:approve|confirm|agree|receive|sign)|approval|confirmation)\b`)
	// The number inside an agenda reference at the end of a title.
	refNumber = regexp.MustCompile(`(?i)(?:item|ref|minute)[^0-9()]{0,12}[A-Z]?(\d{1,3})`)
)

// docStats are measures of the whole document that lines are judged
// against.
type docStats struct {
	wrap   int // length of a full line: a line this long runs on into the next
	widest int // the widest line of plain text, its indent counted, in characters
}

// measure takes the document's measures in one pass over its lines.
func measure(ls []line) docStats {
	var hist [301]int
	n := 0
	widest := 0
	for _, l := range ls {
		if l.Text != "" {
			hist[min(len(l.Text), 300)]++
			n++
			widest = max(widest, textWidth(l))
		}
	}
	st := docStats{wrap: 300, widest: widest}
	seen := 0
	for length := 300; length >= 0; length-- { // the 90th percentile
		seen += hist[length]
		if seen*10 >= n {
			st.wrap = max(length, 40)
			break
		}
	}
	return st
}

// findCandidates lists every line that could start an item, numbered or
// not, with its features and weight.
func findCandidates(ls []line, from, to int) []candidate {
	return findCandidatesIn(ls, from, to, false)
}

// findCandidatesIn is findCandidates, with the sentence-case lines of
// sentenceHeading taken as plain headings too when sentence is set (a
// text that shows that pattern and no other structure).
func findCandidatesIn(ls []line, from, to int, sentence bool) []candidate {
	st := measure(ls[from:to])
	top := headingEnd(ls, from, to)
	heading := topLine(ls, from, to) // the council's or committee's name may head the text above it
	var out []candidate
	for i := from; i < to; i++ {
		l := ls[i]
		if l.Text == "" || l.Front || l.Bullet {
			continue
		}
		if num, ok := readNumber(l.Text); ok {
			if c, ok := numberedAt(ls, i, to, num, st); ok {
				out = append(out, c)
				if c.Feats.has(fTitle) {
					heading = min(heading, i) // past the first numbered title: the text's items
				}
			}
			continue
		}
		if num, ok := commaNumber(l.Text); ok {
			if c, ok := numberedAt(ls, i, to, num, st); ok {
				c.Feats |= fComma // taken only where the sequence lacks its number (fillNumberGaps)
				out = append(out, c)
			}
			continue
		}
		if c, ok := headingAt(ls, i, to, heading, sentence && sentenceHeading(ls, i, from, to)); ok {
			if i <= top {
				c.Feats |= fDocHeading // a line of the minutes' own heading
			} else if strings.EqualFold(c.Title, "minutes") && agendaHeadingBefore(out) {
				// "Minutes" alone after "Apologies", "Declarations of
				// interest": the item approving the last minutes, not the
				// document's title
				c.Feats &^= fDocHeading
			}
			out = append(out, c)
		}
	}
	keepColonHeadings(out)
	judgeInContext(ls, out, to)
	return out
}

// keepColonHeadings reads as text again the numbered lines ending in a
// colon that make a list starting again at 1 inside an item ("3.
// Appointments" then "1. Audit Committee:", "2. Harbour Board:" … "4.
// Sports Partnership:"), all of it, as it did before such lines were
// titles. Others stay titles for the sequence to choose from ("1. ELECTION
// OF CHAIR:", "6. Question submitted by Cllr Ryan:" after "5. Finance", "2.
// Schedule of Meetings:" after an OCR'd "4." for "1.").
func keepColonHeadings(cs []candidate) {
	type seen struct {
		key      int
		rejected bool // the family's last colon heading was read as text
	}
	last := map[string]int{}
	prev := map[string]seen{}
	for k := range cs {
		c := &cs[k]
		if c.Family == "" || c.Feats.has(fSub) {
			continue
		}
		before, ok := last[c.Family]
		if !c.Colon {
			if c.Feats.has(fTitle) {
				last[c.Family] = c.Key
				prev[c.Family] = seen{key: c.Key}
			}
			continue
		}
		p, hasPrev := prev[c.Family]
		listGoesOn := hasPrev && p.rejected && c.Key > p.key && stepSize(c.Family, p.key, c.Key) <= 2
		restart := ok && c.Key <= before && startsList(c.Number)
		if !listGoesOn && !restart {
			last[c.Family] = c.Key
			prev[c.Family] = seen{key: c.Key}
			continue
		}
		c.Feats = c.Feats&^fTitle | fSentence
		c.Colon = false
		prev[c.Family] = seen{key: c.Key, rejected: true}
	}
}

// agendaHeadingBefore reports an unnumbered heading of an agenda's usual
// words among the candidates so far, not part of the document's heading.
func agendaHeadingBefore(cs []candidate) bool {
	for _, c := range cs {
		if c.Family == "" && c.Feats.has(fAgendaWord) && c.Feats.has(fTitle) && !c.Feats.has(fDocHeading) {
			return true
		}
	}
	return false
}

// ocrComma is a number followed by a comma where a full stop was
// printed, as OCR misreads it: "2, Deputation from the Residents".
var ocrComma = regexp.MustCompile(`^(\d{1,3}), +[A-Z]`)

// commaNumber reads a line such as "2, Deputation" as "2. Deputation".
// An address ("36, Lee Estate") reads the same: such a line is an item
// only where a numbered sequence lacks that number.
func commaNumber(s string) (numbered, bool) {
	m := ocrComma.FindStringSubmatch(s)
	if m == nil {
		return numbered{}, false
	}
	return readNumber(m[1] + ". " + strings.TrimLeft(s[len(m[1])+1:], " "))
}

// headingEnd is the line where the first date near the top of the
// minutes ends, which ends their heading ("… held on Thursday 3rd /
// March 2016"); -1 when there is none before a numbered line.
func headingEnd(ls []line, from, to int) int {
	seen := 0
	prev := ""
	for i := from; i < to && seen < 30; i++ {
		t := ls[i].Text
		if t == "" || ls[i].Front {
			continue
		}
		seen++
		if _, isNum := readNumber(t); isNum {
			return -1
		}
		if ls[i].Heading && strings.HasSuffix(t, ":") && !documentLabel.MatchString(t) {
			// a page's label heading over its text ("<h2>Decision:</h2>",
			// "<h2>Reasons for the decision:</h2>"): a section, past the
			// heading, though the page's dates are printed below it
			return -1
		}
		if len(findDates(t)) > 0 {
			return i
		}
		if ds := findDates(prev + " " + t); len(ds) > 0 && ds[0].End > len(prev)+1 { // a date wrapped over two lines
			return i
		}
		prev = t
	}
	return -1
}

// topLine is the line after the first fifteen non-blank lines from
// `from`: above it, a line naming a council or committee is the
// document's heading; below it, "Public Forum" is an item.
func topLine(ls []line, from, to int) int {
	seen := 0
	for i := from; i < to; i++ {
		if ls[i].Text != "" && !ls[i].Front {
			if seen++; seen > 15 {
				return i
			}
		}
	}
	return to
}

// numberedAt weighs line i, which starts with the number num.
func numberedAt(ls []line, i, to int, num numbered, st docStats) (candidate, bool) {
	c := candidate{Line: i, Number: num.Number, Said: num.Said, Family: num.Family, Key: num.Key, Ref: -1, Feats: fNumber}
	if num.Label {
		c.Feats |= fLabel
	}
	if num.Sub {
		c.Feats |= fSub
	}
	if num.Gap || ls[i].Tab >= 1.0 { // a tab stop after the number (ems, from the PDF)
		c.Feats |= fGap
	}
	first, rest := i, num.Rest
	if rest == "" {
		j := nextNonBlank(ls, i+1, 4)
		if j < 0 || j >= to || ls[j].Bullet || refLine.MatchString(ls[j].Text) {
			return c, false
		}
		if _, isNum := readNumber(ls[j].Text); isNum {
			return c, false
		}
		if _, _, _, side := voteSideLine(ls[j].Text); side {
			return c, false // "(7)" then "Against": a vote's count, not an item
		}
		first, rest = j, ls[j].Text
		c.Feats |= fAlone
	}
	// A table's row read as one line ("23 | EXTERNAL AUDIT … | Director
	// of Finance"): the title is in the cell after the number; the cells
	// beside it (an "Action by" column) are text, not title.
	rest, cells := titleCell(rest)
	title, last := wrapTitle(ls, first, to, rest)
	if cells == "" {
		if t, l := hardWrapTitle(ls, i, first, to, rest, st); l > first && l >= last {
			title, last, c.Hard = t, l, true
		}
	}
	c.Feats |= lookOf(ls[i]) | lookOf(ls[first])
	c.Ref, last = refAfter(ls, title, last, to)
	if c.Ref >= 0 {
		c.Feats |= fRef
	}
	c.Skip = last - i + 1
	c.Title = title
	if lead := leadTitle(ls[first].Lead, num.Number, rest); lead != "" && last == first && titleLike(lead, 15, true) {
		// a bold title run into its text: "112. **Apologies for absence.** Cllr Gray (work)."
		c.Title, c.Rest = lead, strings.TrimSpace(rest[len(lead):])
		c.Feats |= fTitle | fInline | fBold
		if knownAgendaTitle(lead) {
			c.Feats |= fAgendaWord
		}
		if cells != "" { // the row's other cells ("| Clerk") are its text too
			c.Rest = strings.TrimPrefix(strings.TrimSpace(c.Rest+" | "+cells), "| ")
		}
		return c, true
	}
	judgeTitle(&c, ls, last, to, st)
	if cells != "" {
		c.Rest = strings.TrimSpace(c.Rest + " | " + cells)
		c.Rest = strings.TrimPrefix(c.Rest, "| ")
	}
	return c, true
}

// titleCell cuts the cells that follow the first of a table row read as
// one line ("Public Forum - A resident asked … | Clerk"): the first cell
// and the rest, joined by " | " as printed; s whole when it has no cells.
func titleCell(s string) (first, cells string) {
	i := strings.Index(s, " | ")
	if i <= 0 {
		return s, ""
	}
	return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+3:])
}

// leadTitle is a line's leading emphasis when it is the start of the
// text after the number (the number may be inside the emphasis or not).
func leadTitle(lead, number, rest string) string {
	if lead == "" {
		return ""
	}
	if strings.HasPrefix(lead, number) {
		lead = strings.TrimLeft(lead[len(number):], ".):– \t")
	}
	if lead == "" || len(lead) >= len(rest) || !strings.HasPrefix(rest, lead) {
		return ""
	}
	return lead
}

// headingAt weighs line i as an unnumbered heading: it must look like one
// (heading mark, bold, larger type, capitals) or carry an agenda
// reference on the next line, or be a sentence-case heading of a text
// whose items are headed so (sentence).
func headingAt(ls []line, i, to, top int, sentence bool) (candidate, bool) {
	l := ls[i]
	if _, _, _, side := voteSideLine(l.Text); side {
		return candidate{}, false // "For", "Against (12)": a side of a recorded vote
	}
	look := lookOf(l)
	title, last := wrapTitle(ls, i, to, l.Text)
	ref, last := refAfter(ls, title, last, to)
	if look == 0 && ref < 0 && !plainHeading(ls, i, last, to) && !(sentence && last == i) {
		return candidate{}, false
	}
	c := candidate{Line: i, Skip: last - i + 1, Ref: ref, Title: title, Feats: look}
	if ref >= 0 {
		c.Feats |= fRef
	}
	maxWords := 15
	if ref >= 0 {
		maxWords = 25
	}
	label := false
	if t := strings.TrimRight(title, " "); strings.HasSuffix(t, ":") && look&(fBold|fMarkdown|fLarge|fCaps) != 0 && textBelow(ls, l, last, to) {
		// a bold label heading its section: "Reason(s) for decision:" then the
		// text; in a typed text, capitals: "APOLOGIES:"
		title, label = strings.TrimSpace(strings.TrimSuffix(t, ":")), true
		c.Title = title
	}
	if !(titleLike(title, maxWords, ref >= 0) || label && labelTitle(title)) || strings.ContainsRune(`"“‘'`, rune(title[0])) || !headingWords(title) {
		return candidate{}, false
	}
	if ref < 0 && look&(fBold|fCaps|fMarkdown|fLarge) != 0 && inBlock(ls, i, last, to, look) {
		return candidate{}, false // a line of a bold or capitals paragraph
	}
	c.Feats |= fTitle
	if notItemHeading(collapseSpace(title), i < top) || minutesHeading.MatchString(title) && !refersBack.MatchString(title) {
		c.Feats |= fDocHeading
	}
	if knownAgendaTitle(title) {
		c.Feats |= fAgendaWord
	}
	if caption.MatchString(collapseSpace(title)) {
		c.Feats |= fCaption
	}
	return c, true
}

// textBelow reports text right below a label heading ending on line
// last: on the next line, or after a blank line under a page's heading
// ("<h2>Reasons for the decision:</h2>" then its paragraph).
func textBelow(ls []line, l line, last, to int) bool {
	if last+1 < to && ls[last+1].Text != "" {
		return true
	}
	return l.Heading && last+2 < to && ls[last+1].Text == "" && ls[last+2].Text != ""
}

// plainHeading reports a heading of a typed text with no typography: a
// short title-cased line alone after a blank line, its text on the lines
// right below it ("Clerk's Report" / "- Precept request …"), as a small
// parish's clerk types minutes without numbers.
func plainHeading(ls []line, i, last, to int) bool {
	l := ls[i]
	if l.Page > 0 || last != i || i > 0 && ls[i-1].Text != "" || i+1 >= to || ls[i+1].Text == "" {
		return false
	}
	t := strings.TrimSpace(l.Text)
	if n := strings.Count(t, " ") + 1; t == "" || n > 6 || strings.ContainsAny(t[len(t)-1:], ".,;:") || !startsUpper(t) || !titleCased(t) {
		return false
	}
	next := strings.TrimSpace(ls[i+1].Text)
	return len(next) > len(t) || strings.HasSuffix(next, ".")
}

// caption is a table's or a chart's caption, or its total row, printed
// in bold like a heading: "Table 1: Sources of Income", "Chart 5",
// "Total". They head a table inside an item, never an item.
var caption = regexp.MustCompile(`(?i)^(?:(?:table|chart|figure|graph|appendix table)\s+\d+[a-z]?\b.*|(?:sub-?\s?|grand\s+)?totals?:?)$`)

// labelTitle reports whether a bold label ending in a colon can head a
// section: a short title, which may be a word such as "Decision".
func labelTitle(s string) bool {
	return strings.Count(s, " ") < 15 && !strings.HasSuffix(s, ".") && !isDateLine(s) && titleLike("X "+s, 16, false)
}

// headingWords reports whether a heading has words enough to name an
// item: a word of four letters or more, or two words, and no sentence
// ending inside it ("Limerick. I had the pleasure").
func headingWords(t string) bool {
	fields := strings.Fields(t)
	long := false
	for i, w := range fields {
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 4 {
			long = true
		}
		if i+1 < len(fields) && strings.HasSuffix(w, ".") && letters >= 4 && w != strings.ToUpper(w) {
			if r, _ := utf8.DecodeRuneInString(fields[i+1]); unicode.IsUpper(r) {
				return false
			}
		}
	}
	return long || len(fields) >= 2 && len(t) >= 6
}

// inBlock reports whether the heading-like lines i..last sit in a block
// of lines that look the same (bold, capitals): a bold paragraph, or a
// heading in capitals wrapped over lines, not an item's heading.
func inBlock(ls []line, i, last, to int, look feature) bool {
	same := func(j int) bool {
		l := ls[j]
		return lookOf(l)&look&(fBold|fCaps|fMarkdown|fLarge) != 0 && len(l.Text) > 0
	}
	if j := nextNonBlank(ls, last+1, 1); j >= 0 && j < to && same(j) && !titleLike(ls[j].Text, 15, false) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if ls[j].Text != "" {
			return same(j) && !titleLike(ls[j].Text, 15, false) && !strings.HasSuffix(ls[j].Text, ":")
		}
	}
	return false
}

// lookOf is the typography of a line: heading mark, bold, size, capitals,
// indentation.
func lookOf(l line) feature {
	var f feature
	if l.Heading {
		f |= fMarkdown
	}
	if l.Bold {
		f |= fBold
	}
	if l.Size >= 1.12 {
		f |= fLarge
	}
	if l.Indent >= 6 || l.Page > 0 && l.Indent >= 2.5 { // spaces in text, ems in a PDF
		f |= fIndented
	}
	if isCaps(l.Text) {
		f |= fCaps
	}
	return f
}

// isCaps reports a line in capitals: at least four letters, none
// lower-case.
func isCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 4
}

// wrapTitle returns the title starting with text on line j, carried on
// over the next lines when it wraps: it has an open bracket or ends on a
// word that runs on ("… to be"), the next line starts in lower case, or
// an agenda reference follows. An unfinished title may go on across a
// blank line and over up to ten short lines (text laid out a word a line).
func wrapTitle(ls []line, j, to int, text string) (string, int) {
	// a reference within three lines, no blank between: the lines up to
	// it are the title ("47. OFSTED INSPECTION …" / "(ILACS) - … THE
	// IMPROVEMENT" / "BOARD" / "(Item 3)")
	for r := j + 1; r < to && r <= j+3 && ls[r].Text != ""; r++ {
		if refLine.MatchString(ls[r].Text) {
			title := text
			for k := j + 1; k < r; k++ {
				title += " " + ls[k].Text
			}
			if r > j+1 && strings.Count(title, " ") < 40 {
				return title, r - 1
			}
			break
		}
	}
	if title, last, ok := cellTitle(ls, j, to, text); ok {
		return title, last
	}
	title, last := text, j
	for k := 0; k < 10 && last+1 < to; k++ {
		open := strings.Count(title, "(") > strings.Count(title, ")")
		unfinished := open || runsOn(lastWord(title))
		next := last + 1
		if ls[next].Text == "" && unfinished && next+1 < to {
			next++
		}
		l := ls[next]
		t := l.Text
		if t == "" || l.Bullet || refLine.MatchString(t) || len(t) > 120 || len(title) > 300 {
			break
		}
		words := strings.Count(t, " ") + 1
		// a title in capitals wrapped onto a second line in capitals
		// ("PERFORMANCE REPORT - CHILDREN LOOKED AFTER AND CARE" /
		// "LEAVERS, QUARTER 4 2023/24"), not a label ("RESOLVED:"); its
		// second line may start with a number ("… FOR" / "2025/26 AND …")
		capsOn := k == 0 && next == last+1 && isCaps(title) && isCaps(t) && strings.Count(title, " ") >= 4 && words <= 10 &&
			!strings.HasSuffix(t, ":") && !decisionWord.MatchString(t)
		// a bold title's last line a year alone, "Treasury Management
		// Strategy Statement" / "2025/26", set as the title is: no number
		yearOn := next == last+1 && yearSpan(t) && l.Bold && ls[last].Bold && ls[last].Size == l.Size && plainBelow(ls, next, to)
		// a capitals title's last line a year alone, the same weight as
		// the title ("… – LEISURE CENTRES REVIEW" / "2011/12"), the text in
		// small letters below it
		if b := nextNonBlank(ls, next+1, 2); !yearOn && k == 0 && next == last+1 && yearSpan(t) && isCaps(title) &&
			l.Bold == ls[last].Bold && l.Size == ls[last].Size && b >= 0 && b < to && !isCaps(ls[b].Text) && !yearSpan(ls[b].Text) {
			yearOn = true
		}
		if _, isNum := readNumber(t); isNum && !(capsOn && unfinished) && !yearOn {
			break
		}
		// a bold title broken after a dash, its end on the next line set
		// alike ("… Driver's Licence –" / "Driver Ref. D/0418")
		dashOn := k == 0 && next == last+1 && endsInDash(title) && ls[last].Bold && l.Bold && ls[last].Size == l.Size &&
			words <= 8 && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ":")
		// a bold title wrapped in a narrow column over three or four lines
		// of one paragraph, every line bold ("Minute 15(a) Recommendation"
		// / "from Cabinet – Council Tax Reduction" / "Scheme 2025/26"),
		// the text below it plain
		boldOn := next == last+1 && ls[j].Bold && ls[last].Bold && l.Bold && ls[last].Size == l.Size && words >= 2 && words <= 10 &&
			strings.Count(title, " ")+words <= 20 && !isCaps(title) && !isCaps(t) &&
			!strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ":") && !decisionStart.MatchString(t) && plainBelow(ls, next, to) &&
			unicode.IsLetter(r0(t)) && !labelled(t)
		// a title in capitals run into its paragraph, wrapped before its
		// full stop ("105. … EXPANSION OF SPECIALIST RESOURCE" /
		// "PROVISION. The Cabinet considered …"): the line is taken whole,
		// judgeTitle cuts the text off at the stop
		_, _, stopOn := capsStopTitle(t)
		stopOn = stopOn && k == 0 && next == last+1 && isCaps(title) && !strings.Contains(title, ". ") && strings.Count(t[:strings.Index(t, ". ")], " ") < 8
		r, _ := utf8.DecodeRuneInString(t)
		lower := unicode.IsLower(r) && words <= 8 && !strings.HasSuffix(title, ".")
		refNext := next+1 < to && refLine.MatchString(ls[next+1].Text) && words <= 14
		short := words <= 6 || unfinished && words <= 10
		if k >= 2 && !(unfinished && words <= 3) && !(boldOn && k < 4) {
			break // beyond two lines only a title laid out a word a line goes on
		}
		if stopOn {
			title, last = title+" "+t, next
			break
		}
		if !(unfinished && short || lower || refNext || capsOn || dashOn || boldOn || yearOn) || strings.HasSuffix(t, ".") && !refNext && !unfinished {
			break
		}
		title, last = title+" "+t, next
	}
	return title, last
}

// Limits of a title wrapped in a table's narrow cell (cellTitle).
const (
	cellLines      = 4   // lines of the cell
	cellWidth      = 40  // characters of each
	cellTitleWords = 15  // words of the title
	cellText       = 1.6 // times the cell's longest line: the text's first line at least
)

// cellTitle reads a title wrapped in a table's narrow cell, as pdftotext
// reads a row cell by cell ("FC/24/103 Minutes of the" / "meeting held on
// 15" / "January 2025", a blank line, then the text in lines much longer):
// the paragraph of line j, of two to cellLines short lines that end no
// sentence, each broken where a sentence runs on (before a small letter,
// after "of", "and" or an open bracket, a date's month after its day),
// is the title when the text after it runs much wider. A line that reads
// as a number goes on a title left unfinished ("… policy for" /
// "2025/26").
func cellTitle(ls []line, j, to int, text string) (string, int, bool) {
	if text == "" {
		return "", 0, false
	}
	end := j
	for end+1 < to && ls[end+1].Text != "" {
		end++
	}
	if end == j || end-j+1 > cellLines || end+2 >= to || ls[end+2].Text == "" {
		return "", 0, false
	}
	title, widest := text, utf8.RuneCountInString(text)
	for k := j; k <= end; k++ {
		t := ls[k].Text
		if k > j {
			if _, isNum := readNumber(t); isNum && !runsOn(lastWord(title)) || ls[k].Bullet || refLine.MatchString(t) || labelled(t) {
				return "", 0, false
			}
			prev := ls[k-1].Text
			if k == j+1 {
				prev = text
			}
			dateOn := unicode.IsDigit(rune(prev[len(prev)-1])) && isMonth(strings.ToLower(strings.Fields(t)[0])) // "held on 15" / "January 2025"
			if !unicode.IsLower(r0(t)) && !runsOn(lastWord(prev)) && !dateOn &&
				strings.Count(title, "(") <= strings.Count(title, ")") {
				return "", 0, false // a heading over a sub-heading ("… Directorate" / "Great Southern Trail")
			}
			title += " " + t
			widest = max(widest, utf8.RuneCountInString(t))
		}
		if last := t[len(t)-1]; last == '.' || last == ':' || last == ';' {
			return "", 0, false
		}
	}
	if widest > cellWidth || len(strings.Fields(title)) > cellTitleWords || decisionStart.MatchString(ls[j+1].Text) {
		return "", 0, false
	}
	if float64(utf8.RuneCountInString(ls[end+2].Text)) < cellText*float64(widest) {
		return "", 0, false
	}
	return title, end, true
}

// r0 is the first rune of s.
func r0(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// labelled reports a line starting with a number's label and a digit,
// "Item 6(a) – …", "Minute 12": a sub-heading of its own, no title's end.
func labelled(s string) bool {
	rest, label := cutLabel(s)
	return label != "" && rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// plainBelow reports whether the paragraph of line i ends within three
// lines and the text after it is not bold: a bold title over plain text,
// not a page set wholly in bold.
func plainBelow(ls []line, i, to int) bool {
	for k := i + 1; k < to && k <= i+4; k++ {
		if ls[k].Text == "" {
			continue
		}
		if !ls[k].Bold {
			return true
		}
		if k > i+3 {
			return false
		}
	}
	return false
}

// endsInDash reports a title whose last word is a dash: "… Licence –".
func endsInDash(s string) bool {
	w := lastWord(s)
	return w == "-" || w == "–" || w == "—"
}

// lastWord is the last word of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// refAfter finds an agenda reference closing a title: at its end
// ("Minutes (Item A2)") or on the line after it ("(Item 4)"). It returns
// the reference's number (-1 when none) and the last line used.
func refAfter(ls []line, title string, last, to int) (int, int) {
	if j := last + 1; j < to {
		if m := refLine.FindStringSubmatch(ls[j].Text); m != nil {
			return digits(m[1], 3), j
		}
	}
	if strings.HasSuffix(title, ")") {
		if loc := agendaRef.FindStringIndex(title); loc != nil && loc[0] > 0 {
			if m := refNumber.FindStringSubmatch(title[loc[0]:]); m != nil {
				return digits(m[1], 3), last
			}
		}
	}
	return -1, last
}

// decisionWord opens a decision in capitals: "RESOLVED", "AGREED".
var decisionWord = regexp.MustCompile(`^(?:RESOLVED|AGREED|DECIDED|NOTED|DECISION)\b`)

// capsTitle is a title in capitals followed by text on the same line:
// "BUDGET MONITORING – The Head of Finance reported".
var capsTitle = regexp.MustCompile(`^([A-Z][A-Z0-9'’&,/()\-–— ]{4,80}[A-Z0-9)])(?:\s*[-–—:.]\s+|\s+)([A-Z]?[a-z].*)$`)

// capsRunIn matches capsTitle, giving back to the text a decision's word
// in capitals that the title's capitals ran into: "MINUTES RESOLVED that
// the minutes …" is the title "MINUTES" and the text "RESOLVED that …".
func capsRunIn(s string) []string {
	m := capsTitle.FindStringSubmatch(s)
	if m == nil || startsUpper(m[2]) && mostlyCaps(m[2]) {
		// "SMOKE CONTROL ORDER No. 7 (HOLLINGWORTH)": the title goes on
		// in capitals after a word that is not
		return nil
	}
	i := strings.LastIndexByte(m[1], ' ')
	if i < 4 || !decisionWord.MatchString(m[1][i+1:]) || !strings.HasPrefix(s, m[1]) {
		return m
	}
	title := strings.TrimRight(m[1][:i], " -–—:")
	return []string{m[0], title, strings.TrimSpace(s[len(title):])}
}

// capsStopTitle cuts a title in capitals ended by a full stop off the
// text that runs on after it in the same paragraph, as printed minutes
// set a bold capitals title at the start of a justified paragraph:
// "APOLOGIES. Apologies for absence were …", "QUARTER 3 2024/25.
// RESOLVED – That …". The text after the stop is a sentence in mixed
// case or a decision's word; the title is no abbreviation's stop ("NO.
// 7") and no decision itself.
func capsStopTitle(s string) (title, rest string, ok bool) {
	i := strings.Index(s, ". ")
	if i <= 0 || i > 160 {
		return "", "", false
	}
	head, tail := s[:i], strings.TrimSpace(s[i+2:])
	if !isCaps(head) || abbreviation(lastWord(head)) || decisionWord.MatchString(head) || !titleLike(head, 20, false) || tail == "" {
		return "", "", false
	}
	words := strings.Fields(tail)
	mixed := false
	for _, w := range words[:min(len(words), 3)] {
		mixed = mixed || strings.ToUpper(w) != w
	}
	if !startsUpper(tail) || !(mixed && !isCaps(words[0]+" "+strings.Join(words[1:min(len(words), 3)], " ")) || decisionWord.MatchString(tail)) {
		return "", "", false
	}
	return head, tail, true
}

// judgeTitle decides whether a candidate's title reads as a title, as a
// title with text after it, or as a sentence.
func judgeTitle(c *candidate, ls []line, last, to int, st docStats) {
	t := collapseSpace(c.Title)
	maxWords := 15
	switch {
	case c.Feats.has(fRef), c.Hard:
		maxWords = 25
	case ls[c.Line].Heading:
		maxWords = 25 // a heading of the page says itself that it is one
	case c.Feats.has(fAlone) || c.Feats.has(fGap) || strings.Contains(t, "("):
		// "Notice of Motion submitted by Councillor X (to be referred to…)",
		// "LS/4<tab>Review of a Premises Licence following … - Late Bar, 17 Station Road"
		maxWords = 20
	}
	n := strings.Count(t, " ") + 1
	caps := capsRunIn(t)
	apart := c.Feats&(fAlone|fGap|fLabel) != 0
	inline, rest, split := splitInlineTitle(t, apart)
	runIn := false
	if c.Hard {
		split = false // a title the typist's line breaks wrapped is whole: "Internal audit - interim report …"
	}
	if !split && !c.Hard && c.Family != "" {
		inline, rest, split = runInTitle(t)
		runIn = split
		if split && boldTitleGoesOn(ls[c.Line], rest) {
			// "2025/26-020<tab>Tree preservation order – The Paddocks", all
			// in bold: the title goes on after its dash
			inline, rest, split, runIn = "", "", false, false
		}
	}
	if head, tail, ok := capsStopTitle(t); ok && c.Family != "" {
		// "104. SCHOOL PLACES PLANNING 2025–2030. The Cabinet Member …"
		inline, rest, split, runIn = head, tail, true, true
	}
	// "1<tab>Roads Capital Programme – Approval.": a title-cased title
	// whose full stop closes it, the number set apart by a tab
	gapStop := c.Feats.has(fGap) && stopTitle(t)
	switch {
	case split && (sentenceInside(t) || runIn || strings.HasPrefix(t[len(inline):], " | ")):
		c.Title, c.Rest = inline, rest // "Apologies. Cllr Henshaw (unwell); accepted."
		c.Feats |= fInline
	case caps != nil && !isCaps(t) && titleLike(caps[1], 12, false) && (len(caps[1])+1 < len(t)-len(caps[2]) || strings.Count(caps[2], " ") >= 3):
		// "APOLOGIES FOR ABSENCE: Cllr Marsh sent apologies", not "COVID-19 Arrangements"
		c.Title, c.Rest = caps[1], caps[2]
		c.Feats |= fInline
	case titleLike(t, maxWords, c.Feats.has(fAlone) || c.Feats.has(fRef) || capsStop(t) || gapStop) && !(strings.HasSuffix(t, ".") && n > 8 && !gapStop):
		c.Feats |= fTitle
		// as long as the text's lines and running on into the next: a
		// wrapped paragraph, not a title
		// (a heading, or a bold line before plain text, runs on into nothing)
		if !c.Feats.has(fRef) && n > 6 && len(ls[last].Text) >= st.wrap*85/100 && last+1 < to && ls[last+1].Text != "" &&
			!ls[last].Heading && !(ls[last].Bold && !ls[last+1].Bold) && !isCaps(t) {
			c.Feats = c.Feats&^fTitle | fSentence
			if split && strings.Count(inline, " ") < 8 {
				// "Planning - 24/01733/FUL Low Barns, erection of …" wrapping
				// on: a short title run into a paragraph
				c.Title, c.Rest = inline, rest
				c.Feats = c.Feats&^fSentence | fInline
			}
		}
	case !c.Feats.has(fSub) && colonHeading(t, maxWords) && !(n > 6 && len(ls[last].Text) >= st.wrap*85/100 && !isCaps(t)):
		// "7. ASSOCIATION OF LOCAL GOVERNMENT:", "6. Question submitted by
		// Councillor Ryan:": a heading printed with a colon before its text
		c.Feats |= fTitle
		c.Colon = true
	default:
		if split {
			c.Title, c.Rest = inline, rest
			c.Feats |= fInline
		} else {
			c.Feats |= fSentence
		}
	}
	if knownAgendaTitle(c.Title) {
		c.Feats |= fAgendaWord
	}
	if isCaps(c.Title) {
		c.Feats |= fCaps
	}
}

// startsList reports a number that starts a list: "1.", "(a)", "i)".
func startsList(num string) bool {
	switch strings.Trim(num, ".():) ") {
	case "1", "01", "a", "A", "i", "I":
		return true
	}
	return false
}

// colonHeading reports a title printed with a colon after it, as some
// councils close every heading ("HUNT MUSEUM:", "Question submitted by
// Councillor Ryan :"): in capitals, title-cased, a standard agenda title or
// a member's question or motion; not a sentence introducing a list ("The
// following were nominated:", "It was agreed as follows:").
func colonHeading(t string, maxWords int) bool {
	head := strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(t, "-"), ":"))
	if head == t || head == "" || strings.HasSuffix(head, ":") || !titleLike(head, maxWords, false) || listIntro.MatchString(head) {
		return false
	}
	return isCaps(head) || titleCased(head) || knownAgendaTitle(head) || memberBusiness.MatchString(head)
}

// boldTitleGoesOn reports a line set wholly in bold whose words after a
// dash are a few words of a title's end, not a sentence: "Tree
// preservation order – The Paddocks", not "Apologies – Cllr Ash sent
// apologies." (run-in text is set plain). A page's heading ("<h3>24a
// Premises licence review – The Anchor") is whole in the same way.
func boldTitleGoesOn(l line, tail string) bool {
	return (l.Bold || l.Heading) && tail != "" && strings.Count(tail, " ") < 8 && !strings.HasSuffix(tail, ".") && !strings.Contains(tail, ". ")
}

// splitInlineTitle cuts a title off text that goes on after it on the
// same line: capitals then text ("APOLOGIES FOR ABSENCE: Cllr Marsh…"),
// a title-cased heading then a colon or dash ("Play Area – The…"), or,
// where the layout sets the number apart (alone, a gap, a label), a
// short heading and a full stop ("Apologies. Cllr Henshaw (unwell)").
func splitInlineTitle(s string, apart bool) (title, rest string, ok bool) {
	if m := capsRunIn(s); m != nil && titleLike(m[1], 12, false) {
		return m[1], m[2], true
	}
	for _, sep := range []string{": ", " – ", " — ", " - ", " | "} {
		i := strings.Index(s, sep)
		if i <= 0 || i > 90 {
			continue
		}
		head := s[:i]
		if sep != " | " && isCaps(head) && capsWordFirst(s[i+len(sep):]) {
			continue // "COUNTY MATTER – VARIATION OF …": the capitals title goes on
		}
		if titleLike(head, 10, false) && (titleCased(head) || knownAgendaTitle(head) || sep == " | ") { // a table's cells
			return head, strings.TrimSpace(s[i+len(sep):]), true
		}
	}
	if i := strings.Index(s, ". "); apart && i > 0 && i <= 70 {
		head := s[:i]
		if strings.Count(head, " ") <= 6 && titleLike(head, 7, false) && !abbreviation(lastWord(head)) {
			return head, strings.TrimSpace(s[i+2:]), true
		}
	}
	return "", "", false
}

// runInTitle cuts a short title run into its text after a number, as
// clerks type it: "201. Apologies. Cllr Tuck sent apologies." The title
// is a few words, not a sentence's start ("The", "It"), and a sentence
// follows it.
func runInTitle(s string) (title, rest string, ok bool) {
	i, sep := strings.Index(s, ". "), 2
	for _, dash := range []string{" - ", " – ", " — "} { // "Matters arising - the bench …"
		if j := strings.Index(s, dash); j > 0 && (i < 0 || j < i) && strings.Count(s[:j], " ") <= 4 {
			i, sep = j, len(dash)
		}
	}
	if i <= 0 || i > 70 {
		return "", "", false
	}
	head, tail := s[:i], strings.TrimSpace(s[i+sep:])
	if sep > 2 {
		// "COUNTY MATTER – VARIATION OF CONDITION 4": a title in
		// capitals goes on after its dash
		return head, tail, titleLike(head, 5, false) && tail != "" && !(isCaps(head) && capsWordFirst(tail))
	}
	first := strings.ToLower(strings.Fields(head)[0])
	switch first {
	case "the", "that", "this", "it", "a", "an", "there", "he", "she", "they", "we", "i", "members", "cllr", "councillor", "mr", "mrs", "ms", "dr":
		return "", "", false
	}
	if strings.Count(head, " ") > 4 || strings.Contains(head, ",") || !titleLike(head, 7, false) || abbreviation(lastWord(head)) ||
		tail == "" || !startsUpper(tail) && !strings.ContainsRune("(0123456789", rune(tail[0])) ||
		strings.Count(tail, " ") < 2 && !strings.HasSuffix(tail, ".") { // a sentence follows, not a name's end ("L.M. Sheehy")
		return "", "", false
	}
	return head, tail, true
}

// capsWordFirst reports text starting with a word in capitals (two
// letters or more) that is no decision's word: "VARIATION OF …", "EXEMPT
// The Committee …", not "RESOLVED that …".
func capsWordFirst(s string) bool {
	w := strings.Trim(strings.Fields(s + " x")[0], ",.:;")
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w && !decisionWord.MatchString(w)
}

// sentenceInside reports a full stop inside s followed by a capital:
// a sentence ends there.
func sentenceInside(s string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], ". ")
		if j < 0 {
			return false
		}
		j += i
		if r, _ := utf8.DecodeRuneInString(s[j+2:]); j > 0 && unicode.IsUpper(r) && !abbreviation(lastWord(s[:j])) {
			return true
		}
		i = j + 2
	}
}

// abbreviation reports a word that ends in a full stop without ending a
// sentence: "Mr", "Cllr", "No", a single letter.
func abbreviation(w string) bool {
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "cllr", "no", "st", "co", "rev", "prof", "vs", "cf", "ref", "nos", "approx":
		return true
	}
	return utf8.RuneCountInString(w) <= 1 || initials(w)
}

// initials reports a word of single letters between full stops: "L.M", "T.d".
func initials(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}

// titleCased reports whether every word of four letters or more starts
// with a capital, as in "Children's Play Area".
func titleCased(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if utf8.RuneCountInString(w) >= 4 && unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// judgeInContext adds the features that depend on a candidate's
// neighbours, and weighs every candidate: a sub-number under a printed
// "5.0", a blank line before, body text after.
func judgeInContext(ls []line, cs []candidate, to int) {
	for _, k := range yearCounters(cs) {
		cs[k].Feats &^= fSub // "01.23", "23.04": items counted within a year, not sub-numbers
	}
	majors := map[int]bool{} // x of every "x.0" printed
	titles := map[string]int{}
	for _, c := range cs {
		if c.Family == "n.n" && c.Key%1000 == 0 {
			majors[c.Key/1000] = true
		}
		titles[strings.ToLower(c.Title)]++
	}
	for k := range cs {
		c := &cs[k]
		if c.Family == "n.n" && c.Key%1000 != 0 && majors[c.Key/1000] {
			c.Feats |= fSubOfItem
		}
		if c.Line == 0 || ls[c.Line-1].Text == "" || ls[c.Line-1].Page != ls[c.Line].Page {
			c.Feats |= fBlankBefore
		}
		if titles[strings.ToLower(c.Title)] >= 3 {
			c.Feats |= fRepeated
		}
		if c.Feats.has(fAlone) && !c.Feats.has(fLabel) && besidePageBreak(ls, c.Line) { // "Item 6." is no page number
			c.Feats |= fPageNumber
		}
		body := c.Rest != ""
		if j := nextNonBlank(ls, c.Line+c.Skip, 3); !body && j >= 0 && j < to {
			body = true
			if k+1 < len(cs) && cs[k+1].Line == j && cs[k+1].Family == c.Family && !cs[k+1].Feats.has(fSentence) {
				body = false // the next item straight after: an agenda list
			}
		}
		if body {
			c.Feats |= fBody
		}
		c.Weight = c.Feats.weight()
		if c.Family == "" {
			c.Weight += unnumberedBase
		}
	}
}

// yearCounters finds the numbers like "5.2" that are not sub-numbers
// but a year's running count: "01.23", "02.23" … (item, year: the same
// two-digit second part under three first parts or more, padded with a
// zero or at least 10) and "23.01", "23.02" … (year, item: one first part
// over three numbers or more, their second parts of two digits or more,
// one padded with a zero). It returns their indexes.
func yearCounters(cs []candidate) []int {
	byYear, byFirst := map[string][]int{}, map[string][]int{}
	for k, c := range cs {
		if c.Family != "n.n" {
			continue
		}
		a, b, _ := strings.Cut(c.Number, ".")
		byYear[b] = append(byYear[b], k)
		byFirst[a] = append(byFirst[a], k)
	}
	var out []int
	for b, ks := range byYear {
		firsts, padded := map[string]bool{}, false
		for _, k := range ks {
			a, _, _ := strings.Cut(cs[k].Number, ".")
			firsts[a] = true
			padded = padded || len(a) == 2 && a[0] == '0'
		}
		if len(b) == 2 && len(firsts) >= 3 && (padded || b[0] != '0') {
			out = append(out, ks...)
		}
	}
	for _, ks := range byFirst {
		wide, padded := true, false
		for _, k := range ks {
			_, b, _ := strings.Cut(cs[k].Number, ".")
			wide = wide && len(b) >= 2
			padded = padded || b[0] == '0' && len(b) >= 2
		}
		if len(ks) >= 3 && wide && padded {
			out = append(out, ks...)
		}
	}
	return out
}

// besidePageBreak reports whether the nearest non-blank line before or
// after line i is a page break kept as a Markdown rule ("---").
func besidePageBreak(ls []line, i int) bool {
	isRule := func(t string) bool { return t == "---" || t == "***" || t == "___" || t == "* * *" }
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if ls[j].Text != "" {
			if isRule(ls[j].Text) {
				return true
			}
			break
		}
	}
	for j := i + 1; j < len(ls) && j <= i+3; j++ {
		if ls[j].Text != "" {
			return isRule(ls[j].Text)
		}
	}
	return false
}

// nextNonBlank returns the index of the first non-blank line from `from`
// within limit lines, or -1.
func nextNonBlank(ls []line, from, limit int) int {
	for j := from; j < len(ls) && j < from+limit+1; j++ {
		if ls[j].Text != "" {
			return j
		}
	}
	return -1
}

// stopTitle reports a title in title case closed by its one full stop,
// as Scottish minutes print an article's heading: "Roads Capital
// Programme 2025/26 – Carron Valley Schemes – Approval.", not "The
// Committee noted the report." nor two sentences.
func stopTitle(t string) bool {
	body, ok := strings.CutSuffix(t, ".")
	if !ok || body == "" || strings.Contains(body, ".") && sentenceInside(body) || strings.HasSuffix(body, ".") {
		return false
	}
	n := len(strings.Fields(body))
	return n <= 14 && titleCased(body) && !runsOn(strings.Fields(body)[n-1])
}

// capsStop reports a short title in capitals ending in a full stop, as
// typed minutes print them after a number: "FGP/23/58 APOLOGIES.",
// "12. MINUTES." (a sentence in capitals is longer).
func capsStop(t string) bool {
	return strings.HasSuffix(t, ".") && isCaps(t) && len(strings.Fields(t)) <= 5
}
