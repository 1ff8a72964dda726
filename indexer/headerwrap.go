package indexer

import (
	"regexp"
	"strings"
)

// danglingEnd is a line's last word that cannot end a name: "LONDON
// BOROUGH OF" / "EASTMERE" is one name wrapped in a narrow heading.
var danglingEnd = regexp.MustCompile(`(?i)\s(?:of|and|&|the|upon|on|in|under)$`)

// wrappedName joins line i's text c with the next non-blank line when c
// ends in a word that cannot end a name and the next is set alike (bold,
// size) and short: a council's or committee's name wrapped over lines. It
// returns the text and the last line read.
//
// It joins too a next line that is only the kind of body, set alike
// ("Ashby and Corve Joint Transport Partnership" / "Committee"): the
// name's last word wrapped onto a line of its own.
func wrappedName(header []line, c string, i int) (string, int) {
	dangling := danglingEnd.MatchString(c)
	if len(strings.Fields(c)) > 8 || !dangling && (len(strings.Fields(c)) < 2 || !titleLike(c, 8, false)) {
		return c, i
	}
	for j := i + 1; j < len(header) && j <= i+2; j++ {
		t := collapseSpace(header[j].Content)
		if t == "" {
			continue
		}
		if header[j].Bold != header[i].Bold || header[j].Size != header[i].Size || len(strings.Fields(t)) > 6 || isLabelLine(t) {
			return c, i
		}
		if !dangling && !bodyKindOnly.MatchString(t) {
			return c, i
		}
		return c + " " + t, j
	}
	return c, i
}

// bodyKindOnly is a line naming only a kind of body, the last word of a
// committee's name wrapped: "Committee", "Joint Sub-Committee".
var bodyKindOnly = regexp.MustCompile(`(?i)^(?:(?:joint|standing|select|scrutiny|advisory)\s+)?(?:committee|sub-committee|board|panel)$`)
