package indexer

import (
	"slices"
	"sort"
	"strconv"
	"strings"
)

// chain is a sequence of candidates that may be a document's items: all
// of one numbering family, or all agenda references, or all headings of
// one look.
type chain struct {
	Family string
	Picks  []int // indexes into the candidates, in line order
	Score  float64
}

// member is a candidate in a family, with its key in that family.
type member struct{ idx, key int }

// dpWindow bounds how far back the search for a chain's previous item
// looks (in members of one family), so that it stays linear.
const dpWindow = 256

// stepBonus scores a step between two items of a sequence: one number on
// is what minutes print; skips and jumps happen but cost.
func stepBonus(step int) float64 {
	switch {
	case step == 1:
		return 0.5
	case step == 2:
		return 0.1
	case step <= 5:
		return -0.4
	case step <= 20:
		return -0.8
	}
	return -1.5
}

// families groups the candidates with positive weight that may form a
// sequence: each numbering family; agenda references "(Item N)" as a
// family of their own; unnumbered headings by their look.
func families(cs []candidate) map[string][]member {
	fams := map[string][]member{}
	for k, c := range cs {
		if c.Weight <= 0 {
			continue
		}
		if c.Family != "" {
			fams[c.Family] = append(fams[c.Family], member{k, c.Key})
			if alt, key, ok := yearFirst(c); ok {
				fams[alt] = append(fams[alt], member{k, key})
			}
			if alt, key, ok := acrossParts(c); ok {
				fams[alt] = append(fams[alt], member{k, key})
			}
			if alt, key, ok := letterReading(c.Family, c.Number); ok {
				fams[alt] = append(fams[alt], member{k, key})
			}
		} else if c.Ref < 0 { // headings with a reference are read as references
			fams[headingFamily(c)] = append(fams[headingFamily(c)], member{k, k})
		}
		if c.Ref >= 0 {
			fams["ref"] = append(fams["ref"], member{k, c.Ref})
		}
	}
	return fams
}

// yearFirst gives the second reading of a minute number such as
// "101/24", where the part before the slash counts items and the part
// after is the year, as in many parish minutes.
// A committee's letters may come first: "CAB 12/23", "FGP 21/45".
func yearFirst(c candidate) (string, int, bool) {
	if len(c.Family) < 7 || c.Family[:6] != "slash:" {
		return "", 0, false
	}
	p := c.Family[6:]
	i := strings.LastIndexByte(p, ' ') + 1
	k := digits(p[i:], 4)
	if k < 0 {
		return "", 0, false
	}
	return "slash:" + p[:i] + "*/" + strconv.Itoa(c.Key), k, true
}

// acrossParts gives the second reading of a lettered number such as
// "B2": one sequence running through the parts, A1, A2, B1, B2, C1, as
// a record of decisions numbers them. A budget's codes (A01 … H11), padded
// with a zero, are not read so: a budget meeting's table is not its items.
func acrossParts(c candidate) (string, int, bool) {
	if !strings.HasPrefix(c.Family, "A1:") || len(c.Family) != 4 || len(c.Number) > 1 && c.Number[1] == '0' {
		return "", 0, false // "B04", "D0501": a budget's codes, not items
	}
	return "A1:*", int(c.Family[3]-'A')*100 + c.Key, true
}

// headingFamily names the look of an unnumbered heading: its Markdown
// level, bold, capitals, size, or its agenda reference.
func headingFamily(c candidate) string {
	name := "headings"
	if c.Feats.has(fMarkdown) {
		name += ":h"
	}
	if c.Feats.has(fBold) {
		name += ":bold"
	}
	if c.Feats.has(fLarge) {
		name += ":large"
	}
	if c.Feats.has(fCaps) {
		name += ":caps"
	}
	if c.Feats.has(fRef) {
		name += ":ref"
	}
	return name
}

// bestChain finds, by dynamic programming, the sequence of a family's
// candidates, keys increasing, with the greatest sum of weights less
// itemCost each, plus step bonuses. Headings have no numbers to follow:
// their chain is all of them.
func bestChain(cs []candidate, fam string, ms []member) chain {
	ch := chain{Family: fam}
	if strings.HasPrefix(fam, "headings") {
		end := -1
		for _, m := range ms {
			if c := cs[m.idx]; c.Line >= end {
				ch.Picks = append(ch.Picks, m.idx)
				ch.Score += c.Weight - itemCost
				end = c.Line + c.Skip
			}
		}
		return ch
	}
	score := make([]float64, len(ms))
	prev := make([]int32, len(ms))
	top := -1
	for j := range ms {
		cj := &cs[ms[j].idx]
		score[j], prev[j] = cj.Weight-itemCost, -1
		for i := j - 1; i >= 0 && i >= j-dpWindow; i-- {
			ci := &cs[ms[i].idx]
			if ms[i].key >= ms[j].key || ci.Line+ci.Skip > cj.Line {
				continue
			}
			s := score[i] + cj.Weight - itemCost + stepBonus(stepSize(fam, ms[i].key, ms[j].key))
			if s > score[j] {
				score[j], prev[j] = s, int32(i)
			}
		}
		if top < 0 || score[j] > score[top] {
			top = j
		}
	}
	if top < 0 {
		return ch
	}
	ch.Score = score[top]
	for k := int32(top); k >= 0; k = prev[k] {
		ch.Picks = append(ch.Picks, ms[k].idx)
	}
	slices.Reverse(ch.Picks)
	return ch
}

// rankChains finds the best chain of every family, best first.
func rankChains(cs []candidate) []chain {
	var out []chain
	for fam, ms := range families(cs) {
		if ch := bestChain(cs, fam, ms); len(ch.Picks) > 0 {
			out = append(out, ch)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		if a, b := cs[out[i].Picks[0]].Line, cs[out[j].Picks[0]].Line; a != b {
			return a < b
		}
		return out[i].Family < out[j].Family
	})
	return out
}
