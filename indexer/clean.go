package indexer

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	// Link residue of ModernGov pages: "pdf icon PDF 98 KB", "PDF 1 MB".
	// "HeatingPDF 500 KB" (no space) and "(PDF, 132 KB)" occur too.
	linkResidue = regexp.MustCompile(`(?i)(?:pdf icon\s*)?\(?(?:PDF|DOCX?|XLSX?|PPTX?|RTF),?\s+\d+(?:[.,]\d+)?\s*[KMG]B\b\)?`)
	// "View the decision for item 4.", a ModernGov link.
	viewDecision = regexp.MustCompile(`(?i)^\s*(?:-\s*)?View the (?:decision|background to item) for item \S+?\.?\s*$`)
	// "Additional documents:", a ModernGov link label with its links gone.
	additionalDocs = regexp.MustCompile(`(?i)\s*\bAdditional documents:\s*`)
	// "View directions" after a ModernGov venue.
	viewDirections = regexp.MustCompile(`(?i)\.?\s*View directions\s*$`)
	// Page footers added by PDF layout: "Page 3 of 12", "Page 3".
	pageFooter = regexp.MustCompile(`(?i)^\s*(?:-\s*)?page\s+\d+(?:\s+of\s+\d+)?\s*(?:-\s*)?$`)
	// Markdown emphasis and heading marks.
	mdHeading  = regexp.MustCompile(`^\s{0,3}#{1,6}\s+`)
	mdEmphasis = regexp.MustCompile(`\*{1,3}([^*\n]+?)\*{1,3}`)
	// A bullet or list marker at the start of a line.
	bulletPrefix = regexp.MustCompile(`^\s*(?:[-*+•·▪●◦o§]\s+|[-•·▪●◦]\s*$)`)
)

// normaliseText makes the text of any format uniform: newlines, spaces,
// invisible characters and link residue.
func normaliseText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u00a0', '\u2007', '\u202f', '\u2002', '\u2003', '\u2009', '\u3000':
			return ' '
		case '\ufeff', '\u200b', '\u200c', '\u200d', '\u00ad', '\u2060':
			return -1
		case '\f', '\v':
			return '\n'
		}
		if r != '\n' && r != '\t' && unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lower := strings.ToLower(l)
		if strings.Contains(lower, "kb") || strings.Contains(lower, "mb") {
			l = linkResidue.ReplaceAllString(l, "")
		}
		if strings.Contains(lower, "additional documents") {
			l = additionalDocs.ReplaceAllString(l, " ")
		}
		if strings.Contains(lower, "page") && pageFooter.MatchString(l) {
			l = ""
		}
		if strings.Contains(lower, "view the") && viewDecision.MatchString(l) {
			l = ""
		}
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.Join(lines, "\n")
}

// line is one line of the normalised text, with Markdown marks taken off.
type line struct {
	Text    string // the line without heading and emphasis marks
	Heading bool   // a Markdown heading (# ...)
	Bullet  bool   // starts with a bullet or list dash
	Content string // Text without its bullet, trimmed
}

// splitLines cuts normalised text into lines and strips Markdown marks.
func splitLines(s string) []line {
	raw := strings.Split(s, "\n")
	out := make([]line, 0, len(raw))
	for _, r := range raw {
		out = append(out, parseLine(r))
	}
	return out
}

// parseLine strips Markdown heading and emphasis marks from one line and
// notes whether it is a heading or a bullet.
func parseLine(r string) line {
	var l line
	if loc := mdHeading.FindStringIndex(r); loc != nil {
		l.Heading = true
		r = r[loc[1]:]
	}
	r = mdEmphasis.ReplaceAllString(r, "$1")
	l.Text = strings.TrimRight(r, " \t")
	c := strings.TrimSpace(l.Text)
	if loc := bulletPrefix.FindStringIndex(c); loc != nil {
		l.Bullet = true
		c = strings.TrimSpace(c[loc[1]:])
	}
	l.Content = c
	return l
}

// joinLines joins lines into paragraphs text: blank lines collapse to
// one and the result is trimmed.
func joinLines(ls []line) string {
	var b strings.Builder
	blank := false
	for _, l := range ls {
		t := strings.TrimSpace(l.Text)
		if t == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			if blank {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(t)
	}
	return b.String()
}

// collapseSpace turns every run of white space into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
