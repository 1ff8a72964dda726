package indexer

import (
	"fmt"
	"math"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// assess says how the items of a split were found and how far to trust
// them. The confidence mixes four measures, each from 0 to 1:
//
//   - evidence: how strongly each chosen heading looks like one (its
//     weight, up to 4: a number, a title line, a gap, a reference…);
//   - sequence: the share of steps from item to item that go up by one;
//   - margin: how far the chosen reading beats the best one that cuts
//     the text elsewhere;
//   - coverage: the share of the words that fall in items rather than in
//     the text before the first.
//
// A table of items is trusted; sections and a whole text are not.
func assess(res splitResult, ls []line) schema.Structure {
	st := schema.Structure{Method: res.Method}
	switch res.Method {
	case MethodTable:
		st.Confidence = 0.9
		st.Reasons = []string{fmt.Sprintf("%d items read from a flattened ModernGov item table", len(res.Items))}
		return st
	case MethodWhole:
		st.Confidence = 0.1
		st.Reasons = []string{"no item numbers or headings found: the whole text is one item"}
		return st
	}
	n := len(res.Starts)
	evidence := 0.0
	for _, c := range res.Starts {
		evidence += math.Min(1, math.Max(0, c.Weight)/4)
	}
	evidence /= float64(n)
	ones, steps := 0, 0
	for k := 1; k < n; k++ {
		a, b := res.Starts[k-1], res.Starts[k]
		if a.Family == "" || a.Family != b.Family {
			continue
		}
		steps++
		if stepSize(a.Family, a.Key, b.Key) == 1 {
			ones++
		}
	}
	sequence := 0.5 // headings have no numbers to follow
	if steps > 0 {
		sequence = float64(ones) / float64(steps)
	}
	if res.Method == MethodReferences {
		sequence = refSequence(res.Starts)
	}
	margin, rival := marginOver(res)
	coverage := 1 - wordShare(res.Header[min(res.Region, len(res.Header)):], ls[res.Region:])
	st.Confidence = 0.4*evidence + 0.25*sequence + 0.2*margin + 0.15*coverage
	if res.Method == MethodSections {
		st.Confidence = math.Min(st.Confidence, 0.35)
	}
	st.Confidence = math.Round(st.Confidence*100) / 100

	st.Reasons = append(st.Reasons, describeStarts(res))
	if steps > 0 {
		st.Reasons = append(st.Reasons, fmt.Sprintf("%d of %d steps go up by one", ones, steps))
	}
	st.Reasons = append(st.Reasons, fmt.Sprintf("heading evidence %.2f of 1 (%s)", evidence, commonFeatures(res.Starts)))
	if rival != "" {
		st.Reasons = append(st.Reasons, rival)
	}
	st.Reasons = append(st.Reasons, fmt.Sprintf("%.0f%% of the words are in items", 100*coverage))
	if res.Region > 0 {
		st.Reasons = append(st.Reasons, "the minutes follow an agenda front sheet: their items are the meeting's")
	}
	return st
}

// refSequence is the share of agenda references that go up by one.
func refSequence(cs []candidate) float64 {
	ones, steps := 0, 0
	for k := 1; k < len(cs); k++ {
		if cs[k-1].Ref >= 0 && cs[k].Ref >= 0 {
			steps++
			if cs[k].Ref == cs[k-1].Ref+1 {
				ones++
			}
		}
	}
	if steps == 0 {
		return 0.5
	}
	return float64(ones) / float64(steps)
}

// marginOver compares the chosen chain with the best chain that cuts the
// text at other lines (one sharing most of its lines is the same reading
// under another family, such as numbers and their references).
func marginOver(res splitResult) (float64, string) {
	if len(res.Chains) == 0 || res.Method == MethodSections {
		return 0, ""
	}
	best := res.Chains[0]
	chosen := map[int]bool{}
	for _, c := range res.Starts {
		chosen[c.Line] = true
	}
	for _, ch := range res.Chains[1:] {
		shared := 0
		for _, k := range ch.Picks {
			if chosen[res.Cands[k].Line] {
				shared++
			}
		}
		if shared*2 >= len(ch.Picks) {
			continue
		}
		m := 1.0
		if best.Score > 0 {
			m = math.Max(0, 1-ch.Score/best.Score)
		}
		return m, fmt.Sprintf("next best reading: %d items of %s (score %.1f against %.1f)", len(ch.Picks), familyName(ch.Family), ch.Score, best.Score)
	}
	return 1, ""
}

// describeStarts says in words how many items were found and how.
func describeStarts(res splitResult) string {
	n := len(res.Starts)
	first, last := res.Starts[0], res.Starts[n-1]
	switch res.Method {
	case MethodNumbered:
		return fmt.Sprintf("%d items numbered %s to %s (%s)", n, first.Number, last.Number, familyName(first.Family))
	case MethodReferences:
		return fmt.Sprintf("%d items from headings with agenda references %d to %d", n, first.Ref, last.Ref)
	case MethodHeadings:
		return fmt.Sprintf("%d items from unnumbered headings (%s)", n, familyName(headingFamily(first)))
	}
	return fmt.Sprintf("no sequence of items scored %.0f or more: %d sections by their headings", minChainScore, n)
}

// familyName names a numbering family for people.
func familyName(fam string) string {
	switch {
	case fam == "ref":
		return "agenda references"
	case strings.HasPrefix(fam, "headings"):
		look := strings.ReplaceAll(strings.TrimPrefix(strings.TrimPrefix(fam, "headings"), ":"), ":", ", ")
		look = strings.Replace(look, "h", "heading marks", 1)
		if look == "" {
			return "plain headings"
		}
		return "headings in " + look
	case strings.HasPrefix(fam, "pfx:"):
		return "numbers " + strings.TrimPrefix(fam, "pfx:") + " N"
	case strings.HasPrefix(fam, "slash:"):
		return "numbers " + strings.TrimPrefix(fam, "slash:") + "/N"
	case strings.HasPrefix(fam, "yearspan:"):
		return "numbers " + strings.TrimPrefix(fam, "yearspan:") + "-N"
	case strings.HasPrefix(fam, "n.n.n:"):
		return "numbers " + strings.TrimPrefix(fam, "n.n.n:") + ".N"
	case fam == "item":
		return `numbers with a label ("Item N")`
	case strings.HasPrefix(fam, "roman-lower"):
		return "lower-case Roman numerals"
	case strings.HasPrefix(fam, "roman"):
		return "Roman numerals"
	case strings.HasPrefix(fam, "letter"):
		return "letters"
	case fam == "A1:*":
		return `numbers like "A1", "B1"`
	case strings.HasPrefix(fam, "A1:"):
		return `numbers like "` + fam[3:] + `1"`
	}
	return `numbers like "` + strings.ReplaceAll(fam, "n", "1") + `"`
}

// commonFeatures lists the features most of the chosen headings share.
func commonFeatures(cs []candidate) string {
	var names []string
	for i := range nFeatures {
		f := feature(1) << i
		n := 0
		for _, c := range cs {
			if c.Feats.has(f) {
				n++
			}
		}
		if n*2 > len(cs) && featureInfo[i].weight > 0 {
			names = append(names, featureInfo[i].name)
		}
	}
	if len(names) == 0 {
		return "nothing shared"
	}
	return strings.Join(names, ", ")
}

// wordShare is the share of the words of all that are in part.
func wordShare(part, all []line) float64 {
	a := wordCount(all)
	if a == 0 {
		return 0
	}
	return float64(wordCount(part)) / float64(a)
}

// wordCount counts runs of letters and digits in the lines' text.
func wordCount(ls []line) int {
	n := 0
	for _, l := range ls {
		in := false
		for i := 0; i < len(l.Text); i++ {
			c := l.Text[i]
			w := c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
			if w && !in {
				n++
			}
			in = w
		}
	}
	return n
}
