package indexer

import (
	"slices"
	"strings"
)

// fillNumberGaps adds to a numbered sequence the line that carries the
// one number missing between two of its items (4 then 6: a "5" between
// them), however weak its other evidence: a title that reads as a
// sentence ("13.17 Minutes of 2/2/17 agreed and signed."), a comma that
// OCR read for the full stop ("2, Deputation"). The numbering is the
// evidence. Page numbers and the document's own heading are never taken.
// Failing that, a number OCR misread in its fixed part fills the gap
// ("4/42" between "2/12" and "6/12": misreadBetween).
func fillNumberGaps(cs []candidate, fam string, picks []int) []int {
	out := make([]int, 0, len(picks))
	for n, p := range picks {
		out = append(out, p)
		if n+1 == len(picks) {
			break
		}
		q := picks[n+1]
		a, okA := keyIn(cs[p], fam)
		b, okB := keyIn(cs[q], fam)
		if !okA || !okB {
			continue
		}
		if stepSize(fam, a, b) > 2 {
			out = append(out, misreadBetween(cs, fam, p, q, a, b)...)
			continue
		}
		if stepSize(fam, a, b) != 2 {
			continue
		}
		found := false
		for k := p + 1; k < q; k++ {
			c := cs[k]
			key, ok := keyIn(c, fam)
			if !ok || c.Feats&(fPageNumber|fDocHeading) != 0 || c.Line < cs[p].Line+cs[p].Skip ||
				stepSize(fam, a, key) != 1 || stepSize(fam, key, b) != 1 {
				continue
			}
			out, found = append(out, k), true
			break
		}
		if !found {
			out = append(out, misreadBetween(cs, fam, p, q, a, b)...)
		}
	}
	if !slices.IsSorted(out) {
		slices.Sort(out)
	}
	return out
}

// keyIn is a candidate's key in the numbering family fam, by its own
// reading or a second one (yearFirst, acrossParts, letterReading).
func keyIn(c candidate, fam string) (int, bool) {
	if c.Family == "" {
		return 0, false
	}
	if c.Family == fam {
		return c.Key, true
	}
	for _, read := range []func(candidate) (string, int, bool){yearFirst, acrossParts, func(c candidate) (string, int, bool) {
		return letterReading(c.Family, c.Number)
	}} {
		if alt, key, ok := read(c); ok && alt == fam {
			return key, true
		}
	}
	return 0, false
}

// misreadBetween finds, between picks p and q (keys a and b), the lines
// whose number reads in fam but for one character of its fixed part, as
// OCR misreads a year ("4/42" among "2/12" … "6/12"), in increasing order
// of key between a and b, each one number on or carrying a title.
func misreadBetween(cs []candidate, fam string, p, q, a, b int) []int {
	var out []int
	last := a
	for k := p + 1; k < q; k++ {
		c := cs[k]
		key, ok := looseKeyIn(c, fam)
		if !ok || c.Feats&(fPageNumber|fDocHeading) != 0 || key <= last || key >= b ||
			stepSize(fam, last, key) != 1 && c.Weight <= itemCost {
			continue
		}
		out = append(out, k)
		last = key
	}
	return out
}

// looseKeyIn is keyIn for a family read with one character of its fixed
// part changed: "slash:*/42" for "slash:*/12".
func looseKeyIn(c candidate, fam string) (int, bool) {
	if key, ok := keyIn(c, fam); ok {
		return key, false // already a member: the sequence left it out
	}
	for _, read := range []func(candidate) (string, int, bool){
		func(c candidate) (string, int, bool) { return c.Family, c.Key, c.Family != "" },
		yearFirst,
	} {
		if alt, key, ok := read(c); ok && oneApart(alt, fam) {
			return key, true
		}
	}
	return 0, false
}

// oneApart reports two family names of one length differing in one
// digit.
func oneApart(x, y string) bool {
	if len(x) != len(y) || x == y {
		return false
	}
	diff := 0
	for i := 0; i < len(x); i++ {
		if x[i] != y[i] {
			if x[i] < '0' || x[i] > '9' || y[i] < '0' || y[i] > '9' {
				return false
			}
			diff++
		}
	}
	return diff == 1
}

// strongAs reports a heading with a title, weighing as much as one of the
// items around it.
func strongAs(c, a, b candidate) bool {
	return c.Feats.has(fTitle) && !c.Feats.has(fSentence) && c.Weight >= min(a.Weight, b.Weight)
}

// labelledAs reports a heading labelled as the items around it are ("Item
// 4:") whose title reads as one but for a full stop at its end ("Item 4:
// Review of the Traveller Accommodation Programme 2024-2028.").
func labelledAs(c, a, b candidate) bool {
	t := strings.TrimSpace(c.Title)
	return c.Feats.has(fLabel) && a.Feats.has(fLabel) && b.Feats.has(fLabel) && strings.EqualFold(c.Said, a.Said) &&
		strings.HasSuffix(t, ".") && titleLike(strings.TrimSuffix(t, "."), 15, false)
}

// takenOutOfOrder adds to a numbered sequence the items a meeting took
// out of their order ("agreed to take Item 7 next": 5, 7, 6, 8), which a
// sequence of rising numbers leaves out: a heading of the family between
// two items, whose number no item has and lies a few before the item
// above it or a few after the item below it, with a title and text of
// its own, weighing as much as the items around it. A list restarting at
// 1 inside an item, or a number far from its neighbours, is not taken.
func takenOutOfOrder(cs []candidate, fam string, picks []int) []int {
	have := map[int]bool{}
	for _, p := range picks {
		if key, ok := keyIn(cs[p], fam); ok {
			have[key] = true
		}
	}
	var add []int
	for n := 0; n+1 < len(picks); n++ {
		p, q := picks[n], picks[n+1]
		a, okA := keyIn(cs[p], fam)
		b, okB := keyIn(cs[q], fam)
		if !okA || !okB {
			continue
		}
		for k := p + 1; k < q; k++ {
			c := cs[k]
			key, ok := keyIn(c, fam)
			if !ok || have[key] || !c.Feats.has(fBody) || c.Feats&(fSub|fPageNumber|fDocHeading|fComma) != 0 ||
				c.Line < cs[p].Line+cs[p].Skip || !(strongAs(c, cs[p], cs[q]) || labelledAs(c, cs[p], cs[q])) {
				continue
			}
			before, after := stepSize(fam, key, a), stepSize(fam, b, key)
			if key < a && before >= 1 && before <= 3 || key > b && after >= 1 && after <= 3 {
				add = append(add, k)
				have[key] = true
			}
		}
	}
	if len(add) == 0 {
		return picks
	}
	out := append(slices.Clone(picks), add...)
	slices.Sort(out)
	return out
}
