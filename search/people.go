package search

import (
	"cmp"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// maxPeopleFacet bounds the people facet: the people of most items of the
// result, as a council's members number up to a hundred.
const maxPeopleFacet = 50

// kindOf is a meeting's kind of paper, minutes when none is recorded (a
// meeting indexed before kinds existed, a ModernGov meeting).
func kindOf(m *schema.Meeting) string {
	return cmp.Or(m.Kind, schema.KindMinutes)
}

// kindLabel is the label of a kind of paper in the kind facet.
func kindLabel(kind string) string {
	switch kind {
	case schema.KindAgenda:
		return "Agendas"
	case schema.KindReport:
		return "Reports"
	case schema.KindDecision:
		return "Decision records"
	case schema.KindMinutes:
		return "Minutes"
	}
	return kind
}

// peopleKeys are the keys of an item's people, each once, as the people
// field holds them.
func peopleKeys(people []schema.Person) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range people {
		if p.Key != "" && !seen[p.Key] {
			seen[p.Key] = true
			out = append(out, p.Key)
		}
	}
	return out
}

// peopleLabels are the display names of the people of a meeting (its
// attendance and its items' people) by key, as "key<sep>Councillor L.
// Galvin": the people facet's labels, read as the council and committee
// labels are.
func peopleLabels(m *schema.Meeting) []string {
	var out []string
	seen := map[string]bool{}
	add := func(p schema.Person) {
		if p.Key == "" || seen[p.Key] {
			return
		}
		seen[p.Key] = true
		out = append(out, p.Key+labelSep+strings.TrimSpace(p.Title+" "+p.Name))
	}
	a := m.Attendance
	for _, list := range [][]schema.Person{a.Chair, a.Members, a.Officials, a.Apologies, a.Absent} {
		for _, p := range list {
			add(p)
		}
	}
	for _, it := range m.Items {
		for _, p := range it.People {
			add(p)
		}
	}
	return out
}
