package pdftext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const softHyphen = "\u00ad"

// hyphenation decides whether a word broken at a line end with a hyphen is
// one word ("recruit-" "ment") or a compound ("well-" "qualified"), from
// the words found unbroken elsewhere in the document.
type hyphenation struct {
	words map[string]bool // lower-case words of the document, hyphens kept
}

func newHyphenation(pages [][]textLine) hyphenation {
	h := hyphenation{words: make(map[string]bool)}
	for _, p := range pages {
		for _, l := range p {
			for _, f := range strings.Fields(l.text) {
				h.words[normWord(f)] = true
			}
		}
	}
	return h
}

// join returns the text of a line ending in head followed by a line
// starting with tail, and whether they were joined into one line.
func (h hyphenation) join(head, tail string) (string, bool) {
	if soft, ok := strings.CutSuffix(head, softHyphen); ok {
		return soft + tail, true
	}
	stem, ok := strings.CutSuffix(head, "-")
	if !ok || !endsWithLetter(stem) || !startsWithLower(tail) {
		return "", false
	}
	first, _, _ := strings.Cut(tail, " ")
	last := stem[strings.LastIndexByte(stem, ' ')+1:]
	compound := normWord(last + "-" + first)
	whole := normWord(last + first)
	if h.words[compound] && !h.words[whole] {
		return stem + "-" + tail, true
	}
	return stem + tail, true
}

// render joins a page's lines: hyphenated line ends mended, a blank line
// before each paragraph.
func (h hyphenation) render(lines []textLine) string {
	var b strings.Builder
	cur := ""
	for i, l := range lines {
		if i > 0 {
			if joined, ok := h.join(cur, l.text); ok && !l.para {
				cur = joined
				continue
			}
			b.WriteString(cur)
			b.WriteString("\n")
			if l.para {
				b.WriteString("\n")
			}
		}
		cur = l.text
	}
	b.WriteString(cur)
	return strings.ReplaceAll(b.String(), softHyphen, "")
}

// joinPages joins rendered pages with blank lines, mending a word
// hyphenated across a page break.
func (h hyphenation) joinPages(pages []string) string {
	var b strings.Builder
	for i, p := range pages {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			text := b.String()
			cut := strings.LastIndexByte(text, '\n') + 1
			if joined, ok := h.join(text[cut:], p); ok {
				b.Reset()
				b.WriteString(text[:cut])
				b.WriteString(joined)
				continue
			}
			b.WriteString("\n\n")
		}
		b.WriteString(pages[i])
	}
	return b.String()
}

// normWord lower-cases a word and trims punctuation around it.
func normWord(s string) string {
	return strings.ToLower(strings.TrimFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}))
}

func endsWithLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

func startsWithLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// splitLines splits text into lines without their ends, trailing spaces
// trimmed.
func splitLines(text string) []string {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return lines
}
