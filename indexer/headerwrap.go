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
func wrappedName(header []line, c string, i int) (string, int) {
	if !danglingEnd.MatchString(c) || len(strings.Fields(c)) > 8 {
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
		return c + " " + t, j
	}
	return c, i
}
