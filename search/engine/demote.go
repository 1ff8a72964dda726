package engine

import (
	"fmt"
	"strings"
)

// housekeeping is how many tokens the housekeeping of a procedural item
// takes at most: apologies from a dozen members, or the minutes of the
// last meeting confirmed, proposed and seconded (about 70 words; tokens
// count a word and its stem). Extraction sometimes leaves the heading of
// such an item in front of the business that follows ("Adoption of
// Minutes", then a whole report on housing); the words beyond this many
// are that business, and are not demoted.
const housekeeping = 100

// frontHousekeeping is how many tokens the text before a meeting's first
// item takes at most when it holds only the meeting's heading, venue and
// attendance (about 500 words: a full council's members, officials and
// apologies). Extraction sometimes leaves business there: the debate of a
// budget meeting (3,800 words) or of a special meeting whose items it did
// not find, which ranked below every passing mention of its subject.
const frontHousekeeping = 1000

// ProceduralShare is the factor of a procedural item whose body holds
// tokens tokens of prose: ProceduralFactor for its housekeeping, 1 for
// the rest, weighed by their shares of the body.
func ProceduralShare(tokens float64) float64 {
	return housekeepingShare(tokens, housekeeping)
}

// FrontShare is the factor of the text before a meeting's first item,
// of tokens tokens of prose, as ProceduralShare with frontHousekeeping.
func FrontShare(tokens float64) float64 {
	return housekeepingShare(tokens, frontHousekeeping)
}

// housekeepingShare is ProceduralFactor for the first most tokens of a
// body of tokens tokens, and 1 for the rest, weighed by their shares.
func housekeepingShare(tokens, most float64) float64 {
	if tokens <= most {
		return ProceduralFactor
	}
	return ProceduralFactor + (1-ProceduralFactor)*(tokens-most)/tokens
}

// demotion is the factor of the score of a document whose body holds
// tokens tokens of prose (body.go) with the given flags (demotetable.go):
// a thin body, housekeeping, a heading line.
func demotion(tokens float64, flags uint8) float64 {
	f := ProseFactor(tokens)
	if flags&flagProcedural != 0 {
		if flags&flagFront != 0 {
			// the heading and attendance of a meeting, and what
			// business extraction left after them
			f *= FrontShare(tokens)
		} else {
			f *= ProceduralShare(tokens)
		}
	}
	if flags&flagHeading != 0 {
		f *= HeadingFactor
	}
	return f
}

// demotionWhy says why demotion gives a document less than 1.
func demotionWhy(tokens float64, flags uint8) string {
	var why []string
	if ProseFactor(tokens) < 1 {
		why = append(why, fmt.Sprintf("body of %.0f tokens of prose", tokens))
	}
	if flags&flagProcedural != 0 {
		why = append(why, "procedural item")
	}
	if flags&flagHeading != 0 {
		why = append(why, "heading line")
	}
	return strings.Join(why, ", ")
}
