package query

import (
	"fmt"
	"slices"

	bsearch "github.com/blevesearch/bleve/v2/search"
)

// Where the words of a phrase stand in a candidate item: their positions,
// the stop words held beside them, or the stored text (phrasetext.go).

// inRow reports whether the current item holds the terms in a row, in
// one field value (the same array positions), as bleve's phrase searcher
// requires; the words without positions are read in the text.
func (s *phraseSearcher) inRow() (bool, error) {
	if s.anchor < 0 {
		return s.read(nil) // no word has positions: the whole text
	}
	clear(s.begins)
	off := s.pos[s.anchor]
	locs := s.currs[s.anchor].FieldTermLocations
	for j := range locs {
		start := &locs[j]
		begin := int(start.Location.Pos) - off
		ap := start.Location.ArrayPositions
		ok := begin >= 1
		for i, c := range s.currs {
			switch {
			case !ok:
			case i == s.anchor:
				s.at[i] = &start.Location
			case !s.inText[i]:
				s.at[i] = locAt(c.FieldTermLocations, uint64(begin+s.pos[i]), ap)
				ok = s.at[i] != nil
			}
		}
		text := false // a stop word to read in the text
		for _, c := range s.checks {
			pos := uint64(begin + s.pos[c.term])
			switch {
			case !ok:
			case locAt(s.currs[c.term].FieldTermLocations, pos, ap) != nil:
				// a word whose light form is a stop word has positions
			case c.beside < 0:
				text = true
			case c.after:
				ok = s.at[c.beside].Start == c.id
			default:
				ok = s.at[c.beside].End == c.id
			}
		}
		if !ok {
			continue
		}
		if !text {
			return true, nil
		}
		if s.begins == nil {
			s.begins = map[string][]int{}
		}
		key := apKey(ap)
		s.begins[key] = append(s.begins[key], begin)
	}
	if len(s.begins) == 0 {
		return false, nil
	}
	return s.read(s.begins)
}

// read reports whether the current item's text holds the words without
// positions where begins say the phrase may begin (nil: anywhere).
func (s *phraseSearcher) read(begins map[string][]int) (bool, error) {
	values, err := s.texts.FieldValues(s.r, s.currs[0].IndexInternalID, s.field)
	if err != nil {
		return false, fmt.Errorf("phrase in %s: %w", s.field, err)
	}
	for i, v := range values {
		if begins == nil {
			if inText(v, nil, s.slots) {
				return true, nil
			}
			continue
		}
		// the value of a list at [i], of a field of one value at []
		b := begins[apKey([]uint64{uint64(i)})]
		if i == 0 {
			b = append(b, begins[apKey(nil)]...)
		}
		if len(b) > 0 && inText(v, b, s.slots) {
			return true, nil
		}
	}
	return false, nil
}

// apKey is array positions as a map key.
func apKey(ap []uint64) string {
	return fmt.Sprint(ap)
}

// locAt is the location of locs at position pos in array positions ap,
// nil for none.
func locAt(locs []bsearch.FieldTermLocation, pos uint64, ap []uint64) *bsearch.Location {
	for i := range locs {
		if l := &locs[i].Location; l.Pos == pos && slices.Equal(l.ArrayPositions, ap) {
			return l
		}
	}
	return nil
}

// stopCheck is how a stop word of a phrase is found at a beginning: in
// the location of the word of terms[beside], after it (its Start) or
// before it (its End), as StopID id; beside is -1 to read it in the text.
type stopCheck struct {
	term, beside int
	after        bool
	id           uint64
}
