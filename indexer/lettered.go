package indexer

import (
	"regexp"
	"strconv"
	"strings"
)

// letteredSubItems adds to a numbered sequence the agenda sub-items
// printed under one of its items as the item's number and a letter,
// "4a", "4b", "4c" under "4. Planning applications" (ModernGov's
// sub-item tables, a planning committee's applications), which read as
// another numbering family than "4." and so are not in the sequence. A
// run counts when it starts at "a", goes on a letter at a time, has two
// or more members, each a title line between the item and the next.
func letteredSubItems(cs []candidate, picks []int) []int {
	out := make([]int, 0, len(picks))
	for n, p := range picks {
		out = append(out, p)
		run := subRun(cs, picks, n, func(parent string, i int) string {
			return parent + string(rune('a'+i))
		})
		if len(run) >= 2 {
			out = append(out, run...)
		}
	}
	return out
}

// subRun is the run of title candidates between picks[n] and the next
// pick numbered next(parent, 0), next(parent, 1), … in turn, where parent
// is picks[n]'s number of digits alone; nil when it has none.
func subRun(cs []candidate, picks []int, n int, next func(parent string, i int) string) []int {
	p := picks[n]
	parent := plainNumber(cs[p].Number)
	if parent == "" {
		return nil
	}
	end := len(cs)
	if n+1 < len(picks) {
		end = picks[n+1]
	}
	var run []int
	for k := p + 1; k < end; k++ {
		c := cs[k]
		if c.Line < cs[p].Line+cs[p].Skip || !c.Feats.has(fTitle) || c.Family == "" {
			continue
		}
		if strings.TrimRight(c.Number, ".):") == next(parent, len(run)) {
			run = append(run, k)
		}
	}
	return run
}

// plainNumber is an item number of digits alone, "4" of "4" or "4.";
// "" for any other ("4.1", "23/045", "A2").
func plainNumber(n string) string {
	n = strings.TrimRight(n, ".):")
	if n == "" || digits(n, 4) < 0 {
		return ""
	}
	return n
}

// groupSubItems adds to a numbered sequence the reports sub-numbered
// under a group heading, "4.1", "4.2", "4.3" under "4. REPORTS FOR
// APPROVAL" (Northern Irish councils' minutes), which read as another
// numbering family than "4." and so are not in the sequence. The group
// heading holds no text of its own: the first sub-item, "N.1", is the
// next line after it, and it is printed in capitals or names a kind of
// business ("Reports for Noting"), not a topic whose parts are sub-headed
// ("4. Finance", "4.1 Payments"); the run goes on a number at a time, has two or
// more members, each a title line, not a numbered paragraph's sentence.
var groupTitle = regexp.MustCompile(`(?i)^(?:reports?|matters?|items?|business|papers?)\s+(?:for|to\s+note|to\s+approve|requiring)\b`)

func groupSubItems(ls []line, cs []candidate, picks []int) []int {
	out := make([]int, 0, len(picks))
	for n, p := range picks {
		out = append(out, p)
		run := subRun(cs, picks, n, func(parent string, i int) string {
			return parent + "." + strconv.Itoa(i+1)
		})
		if len(run) < 2 || nextTextLine(ls, cs[p].Line+cs[p].Skip) != cs[run[0]].Line ||
			!cs[p].Feats.has(fCaps) && !groupTitle.MatchString(cs[p].Title) {
			continue
		}
		out = append(out, run...)
	}
	return out
}

// nextTextLine is the first line from i on that is not blank, len(ls)
// when none.
func nextTextLine(ls []line, i int) int {
	for ; i < len(ls); i++ {
		if strings.TrimSpace(ls[i].Text) != "" {
			return i
		}
	}
	return len(ls)
}
