package indexer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// Link residue of ModernGov pages: "pdf icon PDF 98 KB", "PDF 1 MB".
	// "HeatingPDF 500 KB" (no space) and "(PDF, 132 KB)" occur too.
	linkResidue = regexp.MustCompile(`(?i)(?:pdf icon\s*)?\(?(?:PDF|DOCX?|XLSX?|PPTX?|RTF),?\s+\d+(?:[.,]\d+)?\s*[KMG]B\b\)?`)
	// "View directions" after a ModernGov venue.
	viewDirections = regexp.MustCompile(`(?i)\.?\s*View directions\s*$`)
)

// forEachLine calls fn with each line of s, breaking at "\n", "\r\n", "\r",
// form feeds and vertical tabs, without copying s.
func forEachLine(s string, fn func(string)) {
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\f', '\v':
			fn(s[start:i])
			start = i + 1
		case '\r':
			fn(s[start:i])
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	fn(s[start:])
}

// cleanLine normalises one line: odd spaces become spaces, invisible and
// control characters go, trailing space is trimmed. It copies the line
// only when it changes something. Link residue ("pdf icon PDF 98 KB"),
// page footers and "View the decision for item 4." stay: every word of
// the source remains searchable; titles shed them (cleanTitle), and
// page footers are never item headings.
func cleanLine(l string) string {
	if needsMapping(l) {
		l = strings.Map(mapRune, l)
	}
	return strings.TrimRight(l, " \t")
}

// needsMapping reports whether l holds a byte mapRune may change: a
// control character other than tab, or any non-ASCII byte.
func needsMapping(l string) bool {
	for i := 0; i < len(l); i++ {
		if c := l[i]; c >= utf8.RuneSelf || (c < 0x20 && c != '\t') || c == 0x7f {
			return true
		}
	}
	return false
}

// mapRune turns odd spaces into spaces and drops invisible characters.
func mapRune(r rune) rune {
	switch r {
	case '\u00a0', '\u2007', '\u202f', '\u2002', '\u2003', '\u2009', '\u3000':
		return ' '
	case '\ufeff', '\u200b', '\u200c', '\u200d', '\u00ad', '\u2060':
		return -1
	// Word's bullets in the Symbol and Wingdings fonts reach the text as
	// private-use characters (U+F000 plus the font's code), which no
	// other font shows and which no list pattern knew: the bullets they
	// are drawn as.
	case '\uf0b7', '\uf0d8', '\uf076', '\uf0a4': // Symbol's bullet; Wingdings' arrowhead, diamond and circled bullets
		return '•'
	case '\uf02d': // Symbol's minus, a dash bullet
		return '-'
	case '\uf0a7', '\uf06e': // Wingdings' small and black squares
		return '▪'
	case '\uf06c': // Wingdings' black circle
		return '●'
	case '\uf0fc': // Wingdings' tick
		return '✓'
	}
	if r != '\t' && unicode.IsControl(r) {
		return -1
	}
	return r
}

// containsFold reports whether sub occurs in s, ignoring ASCII case.
// sub must be lower-case ASCII.
func containsFold(s, sub string) bool {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if s[i]|0x20 != sub[0] {
			continue
		}
		j := 1
		for ; j < n; j++ {
			c := s[i+j]
			if c >= 'A' && c <= 'Z' {
				c |= 0x20
			}
			if c != sub[j] {
				break
			}
		}
		if j == n {
			return true
		}
	}
	return false
}

// collapseSpace turns every run of white space into one space.
func collapseSpace(s string) string {
	if !strings.Contains(s, "  ") && !strings.ContainsAny(s, "\t\n\r") {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.Fields(s), " ")
}
