package indexer

import (
	"cmp"
	"math"
	"slices"
)

// score weighs the evidence for family f in the item, hits[i] being
// where its i-th rule (the family's own, then its topics') matched:
// whether the family is given, its score, and its topics that are.
func (x itemText) score(f family, hits []ruleHits) (familyScore, bool) {
	var fs familyScore
	titleAt, bodyAt := map[int]bool{}, map[int]bool{}
	for i, r := range f.rules {
		titleHits, bodyHits := hits[i].title, hits[i].body
		if len(titleHits)+len(bodyHits) == 0 && !(r.procedural && x.procedural) {
			continue
		}
		ts := topicScore{index: i, score: titleWeight*len(titleHits) + len(bodyHits)}
		if r.procedural {
			// Housekeeping shows in the title or the item's own flag, never
			// in words that happen to be in the text.
			if x.procedural {
				fs.forced = true
				ts.score = max(ts.score, titleWeight)
			} else if len(titleHits) == 0 {
				continue
			}
			bodyHits = nil
		}
		for _, p := range titleHits {
			titleAt[p] = true
		}
		for _, p := range bodyHits {
			bodyAt[p] = true
		}
		need := x.need(r.minHits)
		if x.procedural && !r.procedural {
			need = x.dwell(need)
		}
		given := r.procedural || len(bodyHits) >= need || (len(titleHits) > 0 && !x.procedural)
		if given && i > 0 {
			fs.topics = append(fs.topics, ts)
		} else if given {
			fs.own = true
		}
	}
	fs.score = titleWeight*len(titleAt) + len(bodyAt)
	fs.titled = len(titleAt) > 0 && !x.procedural
	// The family's and its topics' terms together are evidence only for a
	// family with a context, which is there: elsewhere words of one family
	// scattered through a text are weaker evidence than one topic's.
	need := math.MaxInt
	if f.rules[0].context != nil {
		need = x.need(f.rules[0].minHits)
	}
	if x.procedural {
		need = x.dwell(need)
	}
	ok := fs.own || fs.forced || fs.titled || len(fs.topics) > 0 || len(bodyAt) >= need
	return fs, ok
}

// dwell is what a housekeeping item needs to be given another topic:
// three times the usual hits, and more than a few lines of text.
func (x itemText) dwell(need int) int {
	if len(x.body.words) < dwellWords {
		return math.MaxInt
	}
	return 3 * need
}

// inContext reports whether context c is there (nil always is).
func (x itemText) inContext(c *topicContext) bool {
	return c == nil || x.title.has(c.terms) || x.body.has(c.terms) || x.committee.has(c.terms) || x.committee.has(c.committee)
}

// familyScore is the evidence for one family in one item.
type familyScore struct {
	index  int
	score  int
	own    bool         // the family's own terms are evidence enough
	titled bool         // evidence in the title: kept whatever the others score
	forced bool         // a housekeeping item: always kept, with its procedural topic
	topics []topicScore // its topics that are given, in taxonomy order
}

type topicScore struct {
	index int // in family.rules
	score int
}

// pick keeps the families the item dwells on most and their best topics,
// and lists them in taxonomy order, each family before its topics.
func pick(fams []family, found []familyScore) []string {
	ranked := slices.Clone(found)
	slices.SortStableFunc(ranked, func(a, b familyScore) int {
		return cmp.Or(firstIf(a.forced, b.forced), firstIf(a.titled, b.titled), cmp.Compare(b.score, a.score))
	})
	best := 0
	for _, fs := range ranked {
		if !fs.forced {
			best = max(best, fs.score)
		}
	}
	var kept []familyScore
	for _, fs := range ranked {
		if len(kept) < maxFamilies && (fs.forced || fs.titled || fs.score*keepShareDiv >= best) {
			kept = append(kept, fs)
		}
	}
	// The best topics of the kept families, a forced (procedural) one first.
	type ref struct{ fam, topic, score int }
	var refs []ref
	for _, fs := range kept {
		for _, ts := range fs.topics {
			s := ts.score
			if fs.forced && fams[fs.index].rules[ts.index].procedural {
				s = math.MaxInt
			}
			refs = append(refs, ref{fs.index, ts.index, s})
		}
	}
	slices.SortStableFunc(refs, func(a, b ref) int { return cmp.Compare(b.score, a.score) })
	keep := map[[2]int]bool{}
	for _, r := range refs[:min(len(refs), maxTopics)] {
		keep[[2]int{r.fam, r.topic}] = true
	}
	slices.SortFunc(kept, func(a, b familyScore) int { return cmp.Compare(a.index, b.index) })
	out := []string{}
	for _, fs := range kept {
		f := fams[fs.index]
		out = append(out, f.rules[0].slug)
		for _, ts := range fs.topics {
			if keep[[2]int{fs.index, ts.index}] {
				out = append(out, f.rules[ts.index].slug)
			}
		}
	}
	return out
}

// firstIf orders a before b when only a is so.
func firstIf(a, b bool) int {
	switch {
	case a && !b:
		return -1
	case b && !a:
		return 1
	}
	return 0
}
