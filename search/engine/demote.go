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

// ProceduralShare is the factor of a procedural item whose body holds
// tokens tokens of prose: ProceduralFactor for its housekeeping, 1 for
// the rest, weighed by their shares of the body.
func ProceduralShare(tokens float64) float64 {
	if tokens <= housekeeping {
		return ProceduralFactor
	}
	return ProceduralFactor + (1-ProceduralFactor)*(tokens-housekeeping)/tokens
}

// demotion is the factor of the score of a document whose body holds
// tokens tokens of prose (body.go) with the given flags (demotetable.go):
// a thin body, housekeeping, a heading line.
func demotion(tokens float64, flags uint8) float64 {
	f := ProseFactor(tokens)
	if flags&flagProcedural != 0 {
		if flags&flagFront != 0 {
			// the heading and attendance of a meeting: housekeeping
			// however long
			f *= ProceduralFactor
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
