package pdftext

import (
	"regexp"
	"strings"
	"unicode"
)

// Running headers and footers: a line among the first or last few of a page
// whose text, digits aside, recurs in that place on this share of pages.
const (
	runningDepth = 2   // lines looked at at the top and at the bottom
	runningShare = 0.5 // share of pages a running line is found on
)

// pageNumber matches a page number line once digits are replaced by '#':
// "Page 3 of 6", "3", "- 3 -", "3/6", "Page 3".
var pageNumber = regexp.MustCompile(`^(page )?#+( ?(of|/) ?#+)?$|^[-–] ?#+ ?[-–]$`)

// markRunning marks running headers and footers and page numbers at the
// top and bottom of each page and returns how many lines it marked. They
// stay in the text (their words are the document's too: a council's name
// may be printed nowhere else), but Document.Body leaves out their repeats.
// A one-page document cannot show repetition: there it marks the lines
// that pageLines found set apart in the margin.
func markRunning(pages [][]textLine) int {
	count := make(map[string]int)
	for _, p := range pages {
		seen := make(map[string]bool)
		for _, i := range edgeIndexes(len(p)) {
			seen[runningKey(p[i].text)] = true
		}
		for k := range seen {
			count[k]++
		}
	}
	need := max(2, int(runningShare*float64(len(pages))+0.5))
	isRunning := func(l textLine) bool {
		k := runningKey(l.text)
		return count[k] >= need || pageNumber.MatchString(k) || (len(pages) == 1 && l.margin)
	}
	marked := 0
	for _, p := range pages {
		top := 0
		for top < min(runningDepth, len(p)) && isRunning(p[top]) {
			p[top].running = true
			top++
		}
		bottom := len(p)
		for bottom > top && len(p)-bottom < runningDepth && isRunning(p[bottom-1]) {
			p[bottom-1].running = true
			bottom--
		}
		marked += top + len(p) - bottom
	}
	return marked + markRepeatedHeads(pages)
}

// markRepeatedHeads marks as running the head row of a table that a page
// repeats at its top ("Ref | Subject | Resolution"): the first line under
// a page's running lines, read as cells, whose text (digits aside) an
// earlier page printed. Left in, it stood in the middle of the row the
// page break split, and a word hyphenated at the break was mended with
// it ("twenty-" "Ref").
func markRepeatedHeads(pages [][]textLine) int {
	seen := make(map[string]bool)
	marked := 0
	for n, p := range pages {
		top := 0
		for top < len(p) && p[top].running {
			top++
		}
		if n > 0 && top < len(p) && strings.Contains(p[top].text, " | ") && seen[runningKey(p[top].text)] {
			p[top].running = true
			marked++
		}
		for _, l := range p {
			if strings.Contains(l.text, " | ") {
				seen[runningKey(l.text)] = true
			}
		}
	}
	return marked
}

// edgeIndexes returns the indexes of the first and last runningDepth lines.
func edgeIndexes(n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		if i < runningDepth || i >= n-runningDepth {
			out = append(out, i)
		}
	}
	return out
}

// runningKey normalises a line for comparison across pages: lower case,
// digits as '#', single spaces.
func runningKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsDigit(r):
			r = '#'
		default:
			r = unicode.ToLower(r)
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	k := b.String()
	for strings.Contains(k, "##") {
		k = strings.ReplaceAll(k, "##", "#")
	}
	return k
}
