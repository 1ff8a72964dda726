package query

import (
	"reflect"
	"testing"
)

// TestSpansRemembersWords: a marker that remembers what its rules say of
// each word as written marks every text as reading each token afresh
// would, field by field, however the texts and fields follow each other.
func TestSpansRemembersWords(t *testing.T) {
	texts := []string{
		"Foster carers and fostering: the Panel noted the placements of children.",
		"CHILDREN'S placements; young people's views. Fosterers' allowances rose.",
		"The Chairman's report on care leavers, care-leavers and careful budgets.",
		"",
		"Placement stability — children placed out of area (32%).",
	}
	fields := []string{FieldText, FieldTitle, FieldHeading, FieldDecisions, FieldAgenda}
	// what Spans answered before it remembered words: each token read
	// and judged by the field's rules
	fresh := func(m *Marker, field, text string) [][2]int {
		if field == FieldHeading {
			field = FieldTitle
		}
		var out [][2]int
		for _, tok := range m.words.Tokens(text) {
			for i := range m.rules {
				if r := &m.rules[i]; (r.field == "" || r.field == field) && r.marksWord(tok) {
					out = append(out, [2]int{tok.Start, tok.End})
					break
				}
			}
		}
		return out
	}
	for _, q := range []string{"placements", "foster*", "title:care children", "children OR young", "care -careful", "the placements"} {
		m, err := NewMarker(q, Options{Words: NewAnalyser()})
		if err != nil {
			t.Fatal(err)
		}
		for round := range 3 {
			for i, text := range texts {
				field := fields[(i+round)%len(fields)]
				if got, want := m.Spans(field, text), fresh(m, field, text); !reflect.DeepEqual(got, want) {
					t.Errorf("%q in %s, round %d: %v, want %v (%q)", q, field, round, got, want, text)
				}
			}
		}
	}
}
