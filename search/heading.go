package search

import (
	"regexp"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// Minutes open with their heading: whose meeting, where it was held, on
// what day, who was present. When extraction cannot tell the heading from
// the business, heading lines become items of their own, titled "Newcastle
// West, Co. Limerick, on Tuesday, 20th" or "Minutes of Proceedings at
// Meeting of the ...", with the attendance list as their text, and a
// search for a town would rank every meeting held there above what was
// said about the town. Such titles are indexed in the heading field,
// weighted far below titles (query.FieldHeading), and the items' scores
// are multiplied by engine.HeadingFactor (engine/rank.go), so that heading, venue and
// attendance lines never outrank item text; they are still found and
// shown.

// headingTitle matches the titles of heading lines: a venue ("held in",
// "... on" cut at the line's end), a day ("on Tuesday, 20th"), or "(Minutes of)
// Proceedings" / "Meeting of the" / "Of the" opening the title.
var headingTitle = regexp.MustCompile(`(?i)\bheld\s+(in|at)\b|\b(on|at)\s*,?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*(,|\d|the\b|$)|\bon\s*$|^(minutes\s+of\s+)?(the\s+)?(proceedings|meeting\s+of\s+the)\b|^of\s+the\s`)

// isHeading reports whether an item is a heading line of its meeting
// rather than business: it has no number and its title reads as one.
func isHeading(it schema.Item) bool {
	return it.Number == "" && headingTitle.MatchString(strings.TrimSpace(it.Title))
}

// A request to hold a meeting somewhere ("Request to hold Meeting at
// Kilcornan Community Centre") names a venue, not the business: for
// "community centre" it outranked every item about one. Its title is
// indexed with heading lines too, the item itself not demoted.
var venueTitle = regexp.MustCompile(`(?i)\bhold\b.{0,30}\bmeeting\b.{0,30}\b(at|in)\b|\bvenue\b.{0,20}\bmeeting\b`)

// isVenueRequest reports whether an item's title asks where a meeting
// is held.
func isVenueRequest(title string) bool {
	return venueTitle.MatchString(title)
}

// An item the extraction titled with its meeting's name and date
// ("Full Council, 26 January 2015") holds the text before the business:
// its title names the meeting, not what the item is about.
var meetingTitle = regexp.MustCompile(`(?i),\s*\d{1,2}\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4}$`)

// isMeetingTitle reports whether an item's title is its meeting's name
// and date.
func isMeetingTitle(title string) bool {
	return meetingTitle.MatchString(strings.TrimSpace(title))
}
