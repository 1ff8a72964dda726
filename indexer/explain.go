package indexer

import (
	"context"
	"sort"

	"github.com/councilminutes/minutes/search/schema"
)

// Explanation is what `minutes extract --explain` prints: the meeting,
// each line chosen as an item's heading with the evidence for it, the
// strongest lines passed over, and the best reading of every numbering
// family or heading look.
type Explanation struct {
	Meeting  schema.Meeting
	Region   int            // the line (from 1) where the minutes start, after an agenda; 0 at the top
	Chosen   []HeadingLine  // the item headings, in order
	Passed   []HeadingLine  // the heaviest candidates not chosen, heaviest first
	Readings []ReadingOfSet // the best sequence of each family, best first
}

// HeadingLine is one line weighed as the start of an item.
type HeadingLine struct {
	Line     int     // from 1
	Text     string  // the line as read
	Number   string  // as printed; "" for an unnumbered heading
	Family   string  // its numbering family, in words
	Title    string  // the title read with it
	Weight   float64 // the sum of the features' weights
	Features string  // each feature with its weight
}

// ReadingOfSet is the best sequence of one family, as rankChains found it.
type ReadingOfSet struct {
	Family string
	Items  int
	Score  float64
	First  string // the first and last headings of the sequence
	Last   string
}

// maxPassed bounds the candidates listed as passed over.
const maxPassed = 12

// Explain extracts a file as Extract does and says why each item heading
// was chosen, for whoever debugs a new layout.
func Explain(ctx context.Context, path string, opts ExtractOptions) (Explanation, error) {
	m, p, err := extract(ctx, path, opts)
	if err != nil {
		return Explanation{}, err
	}
	ex := Explanation{Meeting: m}
	if p == nil {
		return ex, nil
	}
	res := p.split
	if res.Region > 0 {
		ex.Region = res.Region + 1
	}
	chosen := map[int]bool{}
	for _, c := range res.Starts {
		ex.Chosen = append(ex.Chosen, headingLine(p.lines, c))
		chosen[c.Line] = true
	}
	for _, c := range res.Cands {
		if !chosen[c.Line] && c.Weight > 0 {
			ex.Passed = append(ex.Passed, headingLine(p.lines, c))
		}
	}
	sort.SliceStable(ex.Passed, func(i, j int) bool { return ex.Passed[i].Weight > ex.Passed[j].Weight })
	ex.Passed = ex.Passed[:min(len(ex.Passed), maxPassed)]
	for _, ch := range res.Chains {
		first, last := res.Cands[ch.Picks[0]], res.Cands[ch.Picks[len(ch.Picks)-1]]
		ex.Readings = append(ex.Readings, ReadingOfSet{Family: familyName(ch.Family), Items: len(ch.Picks), Score: ch.Score,
			First: label(first), Last: label(last)})
	}
	return ex, nil
}

// headingLine describes a candidate for Explain.
func headingLine(ls []line, c candidate) HeadingLine {
	h := HeadingLine{Line: c.Line + 1, Text: ls[c.Line].Text, Number: c.Number, Title: c.Title, Weight: c.Weight, Features: c.Feats.String()}
	if c.Family != "" {
		h.Family = familyName(c.Family)
	} else {
		h.Family = familyName(headingFamily(c))
		h.Features += ", unnumbered " + trimFloat(unnumberedBase)
	}
	return h
}

// label is a candidate's number and title, shortened.
func label(c candidate) string {
	s := c.Title
	if c.Number != "" {
		s = c.Number + " " + s
	}
	if r := []rune(s); len(r) > 50 {
		s = string(r[:47]) + "..."
	}
	return s
}
