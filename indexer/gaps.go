package indexer

import "slices"

// fillNumberGaps adds to a numbered sequence the line that carries the
// one number missing between two of its items (4 then 6: a "5" between
// them), however weak its other evidence: a title that reads as a
// sentence ("13.17 Minutes of 2/2/17 agreed and signed."), a comma that
// OCR read for the full stop ("2, Deputation"). The numbering is the
// evidence. Page numbers and the document's own heading are never taken.
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
		if !okA || !okB || stepSize(fam, a, b) != 2 {
			continue
		}
		for k := p + 1; k < q; k++ {
			c := cs[k]
			key, ok := keyIn(c, fam)
			if !ok || c.Feats&(fPageNumber|fDocHeading) != 0 || c.Line < cs[p].Line+cs[p].Skip ||
				stepSize(fam, a, key) != 1 || stepSize(fam, key, b) != 1 {
				continue
			}
			out = append(out, k)
			break
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
