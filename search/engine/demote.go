package engine

import (
	"fmt"
	"math"
	"strings"

	bsearch "github.com/blevesearch/bleve/v2/search"
	index "github.com/blevesearch/bleve_index_api"
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

// demotion is the factor of one match's score and why: a thin body
// (body.go), housekeeping, a heading line.
func (s *rankSearcher) demotion(sctx *bsearch.SearchContext, id index.IndexInternalID) (float64, string, error) {
	proc, err := s.proc.has(sctx, id)
	if err != nil {
		return 0, "", fmt.Errorf("procedural items: %w", err)
	}
	enough := float64(fullProse) // the prose factor is 1 from there
	if proc {
		enough = math.Inf(1) // the procedural share needs the whole length
	}
	n, err := s.body.tokens(id, enough)
	if err != nil {
		return 0, "", fmt.Errorf("body lengths: %w", err)
	}
	f := ProseFactor(n)
	var why []string
	if f < 1 {
		why = append(why, fmt.Sprintf("body of %.0f tokens of prose", n))
	}
	if proc {
		front, err := s.front.has(sctx, id)
		if err != nil {
			return 0, "", fmt.Errorf("front records: %w", err)
		}
		if front {
			// the heading and attendance of a meeting: housekeeping
			// however long
			f *= ProceduralFactor
		} else {
			f *= ProceduralShare(n)
		}
		why = append(why, "procedural item")
	}
	head, err := s.heading.has(sctx, id)
	if err != nil {
		return 0, "", fmt.Errorf("heading items: %w", err)
	}
	if head {
		f *= HeadingFactor
		why = append(why, "heading line")
	}
	return f, strings.Join(why, ", "), nil
}
