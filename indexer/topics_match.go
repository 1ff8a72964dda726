package indexer

import (
	"cmp"
	"slices"
	"strings"
)

// Finding where the taxonomy's terms match an item. Rather than look for
// each of its thousand or so terms in every item, the matcher indexes the
// terms by their first word and walks the item's words once.

// termRef is one term of the taxonomy and the rule it is a term of.
type termRef struct {
	fam, rule int
	term      term
}

// termIndex finds the terms that may start at a word.
type termIndex struct {
	byFirst map[string][]termRef
	prefix  []termRef // one-word prefix terms ("foster*"), tried on every word
}

func newTermIndex() termIndex { return termIndex{byFirst: map[string][]termRef{}} }

func (ix *termIndex) add(ref termRef) {
	if ref.term.prefix && len(ref.term.words) == 1 {
		ix.prefix = append(ix.prefix, ref)
		return
	}
	w := ref.term.words[0]
	ix.byFirst[w] = append(ix.byFirst[w], ref)
}

// indexTerms indexes the terms of every rule: those that count in titles
// and those that count in the text.
func (tm *topicMatcher) indexTerms() {
	tm.inTitle, tm.inBody = newTermIndex(), newTermIndex()
	for i, f := range tm.families {
		for j, r := range f.rules {
			for _, t := range r.inTitle {
				tm.inTitle.add(termRef{i, j, t})
			}
			for _, t := range r.terms {
				tm.inBody.add(termRef{i, j, t})
			}
		}
	}
}

// ruleHits is where one rule's terms start in the title and the text.
type ruleHits struct{ title, body []int }

// span is where a term matched: words [start, end).
type span struct{ start, end int }

// match is one place a rule's term matched.
type match struct {
	fam, rule int
	title     bool
	span
}

// allHits finds, for each family and rule, where its terms match outside
// its not phrases (none where its context is missing). Each place counts
// once, for the longest term that matched there in any family: "school
// buses" is school transport, not buses; "social care" inside "adult
// social care" is the same evidence.
func (x itemText) allHits(tm *topicMatcher) [][]ruleHits {
	st := newRuleStates(x, tm.families)
	var all []match
	for _, side := range []struct {
		text  text
		index termIndex
		title bool
	}{{x.title, tm.inTitle, true}, {x.body, tm.inBody, false}} {
		for p, w := range side.text.words {
			try := func(ref termRef) {
				if st.ok(ref.fam, ref.rule) && side.text.matchAt(ref.term, p, st.mask(ref.fam, ref.rule, side.title)) {
					all = append(all, match{ref.fam, ref.rule, side.title, span{p, p + len(ref.term.words)}})
				}
			}
			for _, ref := range side.index.byFirst[w] {
				try(ref)
			}
			for _, ref := range side.index.prefix {
				if strings.HasPrefix(w, ref.term.words[0]) {
					try(ref)
				}
			}
		}
	}
	return outermostHits(all, tm.families)
}

// outermostHits keeps the matches not inside a longer one, each rule's
// place once.
func outermostHits(all []match, fams []family) [][]ruleHits {
	out := make([][]ruleHits, len(fams))
	for i, f := range fams {
		out[i] = make([]ruleHits, len(f.rules))
	}
	// Longest first at each place, so a match inside a longer one comes
	// after it; it can only be inside one that starts at most longest
	// words before it.
	slices.SortFunc(all, func(a, b match) int {
		return cmp.Or(firstIf(a.title, b.title), cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end))
	})
	longest := 0
	for _, m := range all {
		longest = max(longest, m.end-m.start)
	}
	seen := map[match]bool{}
	for k, m := range all {
		inside := false
		for l := k - 1; l >= 0 && all[l].title == m.title && all[l].start > m.start-longest && !inside; l-- {
			o := all[l]
			inside = o.start <= m.start && m.end <= o.end && o.end-o.start > m.end-m.start
		}
		key := match{m.fam, m.rule, m.title, span{m.start, 0}}
		if inside || seen[key] {
			continue
		}
		seen[key] = true
		h := &out[m.fam][m.rule]
		if m.title {
			h.title = append(h.title, m.start)
		} else {
			h.body = append(h.body, m.start)
		}
	}
	return out
}

// ruleStates works out, once per item and only when asked, whether each
// rule's context is there and which words its not phrases cover.
type ruleStates struct {
	x     itemText
	fams  []family
	state [][]ruleState
}

type ruleState struct {
	checked, ok         bool
	masked              bool
	titleMask, bodyMask []bool
}

func newRuleStates(x itemText, fams []family) *ruleStates {
	st := &ruleStates{x: x, fams: fams, state: make([][]ruleState, len(fams))}
	for i, f := range fams {
		st.state[i] = make([]ruleState, len(f.rules))
	}
	return st
}

// ok reports whether rule j of family i is in its context: the family's
// and its own.
func (st *ruleStates) ok(i, j int) bool {
	s := &st.state[i][j]
	if !s.checked {
		s.checked = true
		s.ok = st.x.inContext(st.fams[i].rules[j].context) && (j == 0 || st.ok(i, 0))
	}
	return s.ok
}

// mask is the words that rule j of family i leaves out: its own not
// phrases' and its family's.
func (st *ruleStates) mask(i, j int, title bool) []bool {
	s := &st.state[i][j]
	if !s.masked {
		s.masked = true
		nots := st.fams[i].rules[j].not
		s.titleMask, s.bodyMask = st.x.title.mask(nots), st.x.body.mask(nots)
		if j > 0 {
			st.mask(i, 0, true)
			fam := st.state[i][0]
			s.titleMask, s.bodyMask = orMask(fam.titleMask, s.titleMask), orMask(fam.bodyMask, s.bodyMask)
		}
	}
	if title {
		return s.titleMask
	}
	return s.bodyMask
}

// orMask marks the words either mask marks.
func orMask(a, b []bool) []bool {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	out := slices.Clone(a)
	for i, m := range b {
		out[i] = out[i] || m
	}
	return out
}
