package inspections

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Selector chooses inspections by their judgements: the overall one and
// the sub-judgements. An empty field matches any value; the zero Selector
// matches every inspection.
type Selector struct {
	Judgement string
	SubJudgements
}

// IsZero reports whether the selector matches every inspection.
func (s Selector) IsZero() bool { return s == Selector{} }

// Matches reports whether an inspection has every judgement the selector
// names.
func (s Selector) Matches(in Inspection) bool {
	if s.Judgement != "" && in.Judgement != s.Judgement {
		return false
	}
	for _, sub := range SubJudgementNames {
		if want := s.Get(sub.Name); want != "" && in.Get(sub.Name) != want {
			return false
		}
	}
	return true
}

// Describe says in words which inspections the selector keeps: "an
// inadequate inspection", "an inspection with care leavers judged
// inadequate".
func (s Selector) Describe() string {
	what := "inspection"
	if s.Judgement != "" {
		what = inWords(s.Judgement) + " " + what
	}
	var subs []string
	for _, sub := range SubJudgementNames {
		if v := s.Get(sub.Name); v != "" {
			subs = append(subs, sub.Label+" judged "+inWords(v))
		}
	}
	if len(subs) > 0 {
		what += " with " + strings.Join(subs, " and ")
	}
	return article(what) + " " + what
}

// inWords writes a judgement for people: "requires improvement".
func inWords(judgement string) string { return strings.ReplaceAll(judgement, "-", " ") }

func article(s string) string {
	if s != "" && strings.ContainsRune("aeiou", rune(s[0])) {
		return "an"
	}
	return "a"
}

// Having returns the councils, sorted, with at least one inspection that
// sel matches.
func Having(insps []Inspection, sel Selector) []string {
	seen := map[string]bool{}
	for _, in := range insps {
		if sel.Matches(in) {
			seen[in.Council] = true
		}
	}
	return sortedKeys(seen)
}

// ParseMove reads a move of the overall judgement written FROM..TO, e.g.
// "inadequate..good", each end one of Graded and the two different.
func ParseMove(s string) (from, to string, err error) {
	from, to, ok := strings.Cut(strings.TrimSpace(s), "..")
	if !ok || !IsGraded(from) || !IsGraded(to) || from == to {
		return "", "", fmt.Errorf("%q is not FROM..TO with two different judgements of %s, e.g. inadequate..good", s, strings.Join(Graded, ", "))
	}
	return from, to, nil
}

// Moved returns the councils, sorted, whose overall judgement moved from
// one grade to another between two consecutive full inspections. Only
// recorded judgements count: a full inspection whose judgement is not
// recorded breaks the sequence (the grade between is unknown), and one
// that gives no overall judgement (since the 2026 reform) is passed over.
func Moved(insps []Inspection, from, to string) []string {
	byCouncil := map[string][]Inspection{}
	for _, in := range insps {
		if in.Kind == KindFull {
			byCouncil[in.Council] = append(byCouncil[in.Council], in)
		}
	}
	moved := map[string]bool{}
	for council, list := range byCouncil {
		sortByDate(list)
		prev := ""
		for _, in := range list {
			switch {
			case in.Judgement == JudgementNone:
				continue
			case !IsGraded(in.Judgement):
				prev = ""
				continue
			}
			if prev == from && in.Judgement == to {
				moved[council] = true
			}
			prev = in.Judgement
		}
	}
	return sortedKeys(moved)
}

// sortByDate orders inspections by Date, those without one first.
func sortByDate(list []Inspection) {
	sort.SliceStable(list, func(i, j int) bool {
		a, _ := list[i].Date()
		b, _ := list[j].Date()
		return a.Before(b)
	})
}

// Latest returns the inspection of insps with the latest date.
func Latest(insps []Inspection) (Inspection, bool) {
	var best Inspection
	found := false
	for _, in := range insps {
		d, ok := in.Date()
		if !ok {
			continue
		}
		if b, _ := best.Date(); !found || d.After(b) {
			best, found = in, true
		}
	}
	return best, found
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
