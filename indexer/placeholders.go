package indexer

import (
	"regexp"
	"strings"
)

// imagePlaceholder is a line a converter writes where it left an image
// out: "(Image omitted)", "[image]", "<!-- image -->", "[Figure]",
// "==> picture [612 x 792] intentionally omitted <==". It is no word of
// the minutes themselves.
var imagePlaceholder = regexp.MustCompile(`(?i)^(?:[(\[{<]\s*(?:!--\s*)?(?:image|picture|figure|graphic|chart|diagram|photo(?:graph)?|logo)s?(?:\s+(?:omitted|removed|not\s+(?:shown|included)|\d+))?\s*(?:--\s*)?[)\]}>]|=+>\s*picture\b.*\bomitted\s*<=+)$`)

// collapsePlaceholders keeps the first of every run of image placeholder
// lines (blank lines between them belong to the run) and blanks the
// rest. A budget book converted page by page leaves one placeholder per
// drawn cell of its charts and tables: 17,000 lines of "(Image omitted)"
// in a row made one item of 160,000 characters that held 300 of text.
// One placeholder stays, so that the text still says an image was there.
func collapsePlaceholders(ls []line) {
	inRun := false
	for i := range ls {
		t := ls[i].Text
		switch {
		case t == "":
			// a blank line neither starts nor ends a run
		case len(t) <= 80 && imagePlaceholder.MatchString(strings.TrimSpace(t)):
			if inRun {
				ls[i] = line{Page: ls[i].Page}
			}
			inRun = true
		default:
			inRun = false
		}
	}
}
