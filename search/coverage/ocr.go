package coverage

import (
	"regexp"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// ReadByOCR reports whether a meeting's text, or part of it, was read by
// OCR: the PDF reader says so in a warning ("no text layer; text read by
// OCR (tesseract), ..."), or the document itself carries a scan marker,
// as text converted from scanned pages elsewhere does at the top of each
// page ("Scanned page, text may contain errors").
func ReadByOCR(m schema.Meeting) bool {
	for _, w := range m.Warnings {
		if strings.Contains(strings.ToLower(w), "read by ocr") {
			return true
		}
	}
	if ScanMarked(m.Header) {
		return true
	}
	for _, it := range m.Items {
		if ScanMarked(it.Title) || ScanMarked(it.Agenda) || ScanMarked(it.Text) {
			return true
		}
	}
	return false
}

// maxMarkerLine: a scan marker is a line of its own, not a sentence of the
// minutes that happens to speak of scanning.
const maxMarkerLine = 160

// scanMarker matches a scan marker's wording, in lower case.
var scanMarker = regexp.MustCompile(`\bscanned (?:page|document|copy|image)s?\b|\boptical character recognition\b|` +
	`\btext (?:may|might|could) contain errors\b|\bocr(?:'d|ed)?\b.*\b(?:text|page|scan|recogni[sz]ed|errors|read|processed)|` +
	`\b(?:text|page|scan|recogni[sz]ed|errors|read|processed)\b.*\bocr\b`)

// ScanMarked reports whether text has a line of its own that marks it as
// read from a scan by OCR.
func ScanMarked(text string) bool {
	lower := strings.ToLower(text)
	if !strings.Contains(lower, "scanned") && !strings.Contains(lower, "ocr") &&
		!strings.Contains(lower, "optical character") && !strings.Contains(lower, "contain errors") {
		return false
	}
	for line := range strings.Lines(lower) {
		line = strings.TrimSpace(markup.ReplaceAllString(line, " "))
		if line != "" && len(line) <= maxMarkerLine && scanMarker.MatchString(line) {
			return true
		}
	}
	return false
}

// markup is what surrounds a marker's words: HTML tags and Markdown
// emphasis.
var markup = regexp.MustCompile(`<[^>]{0,40}>|[*_#>\[\]]+`)
