package indexer

import (
	"cmp"
	"slices"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search/schema"
)

// How items are tagged from the taxonomy (corpus/topics.json): families
// of council business, each with topics. A topic is evidenced by one of
// its terms in the item's title, or by enough of them in its text — its
// min_hits (default 2), and one more per 400 words, since a long minute
// mentions much in passing. A family is evidenced by its own terms and its
// topics' together. Terms inside a "not" phrase never count ("adoption of
// the minutes"), and a family or topic with a context is given only when
// one of its context terms is in the title, the text or the committee's
// name: "placement" or "inspection" alone never makes an item about
// children's services. An item keeps the families it dwells on most (at
// most 3, each scoring at least a third of the best; a title hit counts
// three times) and their best topics (at most 4). It carries each family's
// slug with its topics', so that a search for the family finds them all.
// Housekeeping items (apologies, minutes, declarations) get the procedural
// topic and no other unless the text dwells on one.

const (
	maxFamilies  = 3 // families an item is tagged with, at most
	maxTopics    = 4 // topics within them, at most
	wordsPerHit  = 400
	titleWeight  = 3
	keepShareDiv = 2   // a family is kept when its score is at least half the best's
	dwellWords   = 150 // a housekeeping item shorter than this is only housekeeping
	shortWords   = 60  // a minute shorter than this needs one hit fewer
)

// rule is one compiled taxonomy entry. A family's not phrases and
// context bind its topics too; they are kept on the family's own rule.
type rule struct {
	slug       string
	terms      []term
	titleTerms []term // count in the title only
	inTitle    []term // terms and titleTerms
	not        []term
	context    *topicContext // nil: none needed
	minHits    int
	procedural bool
}

// topicContext is there when one of terms is in the item's title, text or
// committee name, or one of committee is in the committee name.
type topicContext struct {
	terms, committee []term
}

// family is a family entry (rules[0]) and its topics (rules[1:]).
type family struct {
	rules []rule
}

// topicMatcher tags items with topics from the taxonomy.
type topicMatcher struct {
	families        []family
	inTitle, inBody termIndex
}

// newTopicMatcher compiles a taxonomy. An entry without a family (and the
// entries of an older, flat topics.json) is a family; an entry naming a
// family that is not there is a family of its own.
func newTopicMatcher(ts []corpus.Topic) *topicMatcher {
	isFamily := map[string]bool{}
	for _, t := range ts {
		if t.Family == "" {
			isFamily[t.Slug] = true
		}
	}
	tm := &topicMatcher{}
	at := map[string]int{}
	for _, t := range ts {
		if !isFamily[t.Family] {
			at[t.Slug] = len(tm.families)
			tm.families = append(tm.families, family{rules: []rule{compileRule(t)}})
		}
	}
	for _, t := range ts {
		if isFamily[t.Family] {
			f := &tm.families[at[t.Family]]
			f.rules = append(f.rules, compileRule(t))
		}
	}
	tm.indexTerms()
	return tm
}

// compileRule compiles an entry.
func compileRule(t corpus.Topic) rule {
	r := rule{slug: t.Slug, terms: compileTerms(t.Terms), titleTerms: compileTerms(t.TitleTerms),
		not: compileTerms(t.Not), minHits: cmp.Or(t.MinHits, 2), procedural: t.Procedural}
	r.inTitle = slices.Concat(r.terms, r.titleTerms)
	if c := (topicContext{compileTerms(t.Context), compileTerms(t.CommitteeContext)}); len(c.terms)+len(c.committee) > 0 {
		r.context = &c
	}
	return r
}

func compileTerms(ss []string) []term {
	var out []term
	for _, s := range ss {
		if t, ok := newTerm(s); ok {
			out = append(out, t)
		}
	}
	return out
}

// itemText is an item's words, read once for all rules.
type itemText struct {
	title, body, committee text
	procedural             bool
	titled                 bool // some family has a term in the title
}

// need is the hits the item's text needs where min_hits is min: one
// fewer in a short minute under a title that names nothing ("Matters
// arising", "Public time"), since it says only what it is about, and one
// more per 400 words in a long one, which mentions much in passing.
func (x itemText) need(min int) int {
	n := len(x.body.words)
	if n < shortWords && !x.titled {
		return max(1, min-1)
	}
	return min + n/wordsPerHit
}

// tag returns the slugs an item is tagged with, committee being the name
// of the committee whose minutes it is in.
func (tm *topicMatcher) tag(it schema.Item, committee string) []string {
	x := itemText{title: newText(it.Title), body: newText(agendaContent(it) + "\n" + it.Text),
		committee: newText(committee), procedural: it.Procedural}
	hits := x.allHits(tm)
	for i, f := range tm.families {
		for j, r := range f.rules {
			if len(hits[i][j].title) > 0 && !r.procedural {
				x.titled = true
			}
		}
	}
	var found []familyScore
	for i, f := range tm.families {
		if fs, ok := x.score(f, hits[i]); ok {
			fs.index = i
			found = append(found, fs)
		}
	}
	return pick(tm.families, found)
}
