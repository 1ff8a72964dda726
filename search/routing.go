package search

import (
	"regexp"
	"strings"
)

// Minutes often say in an item's title where the item goes next: "Notice
// of Motion submitted by Councillor Byrne (to be referred to the Climate
// Change and Environment Strategic Policy Committee)". Those words name a
// committee, not the subject, and as title words they outranked what was
// said: a motion on emission limits came second for "climate change", one
// on carbon monoxide alarms for "social housing" (Home and Social
// Development). The routing is indexed with heading lines (heading.go),
// weighted far below titles, so that it is still found; the title shown
// is the whole title.

// routingNote matches a parenthesised referral at the end of a title, its
// closing bracket optional (titles are cut at the end of a line).
var routingNote = regexp.MustCompile(`(?i)\(\s*(?:to\s+be\s+)?(?:referred|referral)\s+(?:back\s+)?(?:to|from)\b[^()]*\)?\s*$`)

// splitRouting cuts a title into its subject and the referral at its end
// ("" when there is none).
func splitRouting(title string) (subject, routing string) {
	loc := routingNote.FindStringIndex(title)
	if loc == nil {
		return title, ""
	}
	return strings.TrimSpace(title[:loc[0]]), title[loc[0]:]
}
