package bench

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"

	"github.com/councilminutes/minutes/search/schema"
)

// englishStopWords loads the stop list of bleve's "en" analyzer. Words on
// it are left out of the statistics: both engines drop them from queries,
// so queries made of them would measure nothing but the stop filter.
func englishStopWords() map[string]bool {
	tm := analysis.NewTokenMap()
	out := map[string]bool{}
	if err := tm.LoadBytes(en.EnglishStopWords); err != nil {
		return out // the list is compiled in; this cannot fail in practice
	}
	for w := range tm {
		out[w] = true
	}
	return out
}

// phraseCandidates are two-word phrases whose item frequency the stats
// track, to pick phrase queries from.
var phraseCandidates = []string{
	"foster carers", "care leavers", "social workers", "virtual school", "youth justice", "early help",
	"agency staff", "family hubs", "dental checks", "pathway plans", "permanent exclusions", "health assessments",
}

// corpusStats are what the query mix is chosen from: how many items each
// word and phrase occurs in, and the councils and their sizes.
type corpusStats struct {
	Items     int
	Meetings  int
	TextBytes int64
	DF        map[string]int32 // lower-case word -> items containing it
	PhraseDF  map[string]int   // phrase candidate -> items containing it
	Councils  map[string]int   // council slug -> items
	Topics    map[string]int   // topic slug -> items
	Years     map[int]int      // year of the item's date -> items
	lastMeet  string
	seenInDoc map[string]bool
	stop      map[string]bool
}

func newCorpusStats() *corpusStats {
	return &corpusStats{DF: map[string]int32{}, PhraseDF: map[string]int{}, Councils: map[string]int{},
		Topics: map[string]int{}, Years: map[int]int{}, seenInDoc: map[string]bool{}, stop: englishStopWords()}
}

// dropWords lets go of the counts of words and phrases once the query mix
// is built from them: the benchmark's own memory counts in the engines'
// RSS and heap, and on the reference corpus those maps held about 28 MB
// through both builds (a tenth of the heap ours may use while building).
func (s *corpusStats) dropWords() {
	s.DF, s.PhraseDF, s.seenInDoc, s.stop = nil, nil, nil, nil
}

// add counts one item.
func (s *corpusStats) add(it *Item) {
	s.Items++
	s.TextBytes += int64(it.textBytes())
	if k := it.Council + "|" + it.Committee + "|" + it.Date; k != s.lastMeet {
		s.Meetings++
		s.lastMeet = k
	}
	s.Councils[schema.Slug(it.Council)]++
	if d, err := time.Parse(time.DateOnly, it.Date); err == nil {
		s.Years[d.Year()]++
	}
	for _, t := range it.Topics {
		s.Topics[schema.Slug(t)]++
	}
	clear(s.seenInDoc)
	lower := strings.ToLower(it.Title + " " + it.Text + " " + it.Decisions)
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) < 4 || s.stop[w] || s.seenInDoc[w] {
			continue
		}
		s.seenInDoc[w] = true
		if _, ok := s.DF[w]; !ok {
			w = strings.Clone(w) // do not keep the whole item text alive
		}
		s.DF[w]++
	}
	for _, p := range phraseCandidates {
		if strings.Contains(lower, p) {
			s.PhraseDF[p]++
		}
	}
}

// yearSpan lists every year from the corpus's first to its last, so that
// a per-year count covers every item whatever years the corpus holds.
func (s *corpusStats) yearSpan() []int {
	if len(s.Years) == 0 {
		return nil
	}
	var ys []int
	for y := range s.Years {
		ys = append(ys, y)
	}
	lo, hi := slices.Min(ys), slices.Max(ys)
	out := make([]int, 0, hi-lo+1)
	for y := lo; y <= hi; y++ {
		out = append(out, y)
	}
	return out
}
