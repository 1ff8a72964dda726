package bench

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

// Query classes of the mix, in report order.
const (
	ClassRare     = "rare word"
	ClassCommon   = "common word"
	ClassTwoWords = "two words"
	ClassPhrase   = "phrase"
	ClassOr       = "OR"
	ClassFiltered = "filtered"
	ClassBroad    = "broad (1/3 of items)"
	ClassCompare  = "compare"
	ClassDeep     = "deep page"
)

// Classes lists the query classes in report order.
var Classes = []string{ClassRare, ClassCommon, ClassTwoWords, ClassPhrase, ClassOr, ClassFiltered, ClassBroad, ClassCompare, ClassDeep}

// Operators joining Query.Words.
const (
	OpAnd    = "and"
	OpOr     = "or"
	OpPhrase = "phrase"
)

// Query is one query of the mix in engine-neutral form: each engine
// translates it into its own request.
type Query struct {
	Class    string
	Words    []string
	Op       string // OpAnd, OpOr or OpPhrase
	Council  string // slug filter, or ""
	Topic    string // slug filter, or ""
	Facets   bool   // ask for the council, committee, topic and year facets
	Compare  bool   // a council x year comparison instead of a search
	Page     int    // from 1
	PageSize int
}

// Text is the query in the language users type.
func (q Query) Text() string {
	switch q.Op {
	case OpOr:
		return strings.Join(q.Words, " OR ")
	case OpPhrase:
		return `"` + strings.Join(q.Words, " ") + `"`
	}
	return strings.Join(q.Words, " ")
}

// variants is how many different queries each class cycles through, so
// that no engine answers one query from a warm cache all the time.
const variants = 12

// buildMix chooses the queries of every class from the corpus statistics.
// The choice depends only on the statistics and seed.
func buildMix(s *corpusStats, seed int64) (map[string][]Query, error) {
	if s.Items == 0 {
		return nil, fmt.Errorf("build query mix: the corpus has no items")
	}
	r := rand.New(rand.NewPCG(uint64(seed), 0x71756572))
	n := float64(s.Items)
	words := make([]string, 0, len(s.DF))
	for w := range s.DF {
		words = append(words, w)
	}
	slices.Sort(words)
	frac := func(w string) float64 { return float64(s.DF[w]) / n }
	inBand := func(lo, hi float64) []string {
		var out []string
		for _, w := range words {
			if f := frac(w); f >= lo && f <= hi {
				out = append(out, w)
			}
		}
		return out
	}
	nearest := func(target float64, k int) []string {
		ws := slices.Clone(words)
		slices.SortStableFunc(ws, func(a, b string) int {
			return cmp.Compare(math.Abs(frac(a)-target), math.Abs(frac(b)-target))
		})
		return ws[:min(k, len(ws))]
	}
	// pick chooses k distinct words (fewer if from is shorter).
	pick := func(from []string, k int) []string {
		var out []string
		for _, j := range r.Perm(len(from)) {
			if len(out) == k {
				break
			}
			out = append(out, from[j])
		}
		return out
	}

	rare := inBand(2/n, 5/n)
	if len(rare) == 0 {
		rare = nearest(0, variants)
	}
	common := nearest(0.30, variants)
	broad := nearest(0.33, variants)
	mid := inBand(0.05, 0.30)
	if len(mid) < 2 {
		mid = nearest(0.15, variants)
	}
	low := inBand(0.005, 0.05)
	if len(low) < 2 {
		low = nearest(0.02, variants)
	}
	compareWords := inBand(0.02, 0.15)
	if len(compareWords) == 0 {
		compareWords = nearest(0.05, variants)
	}
	phrases := pickPhrases(s)
	councils := topKeys(s.Councils, 20)
	topicSlugs := topKeys(s.Topics, len(s.Topics))

	mix := map[string][]Query{}
	for i := 0; i < variants; i++ {
		add := func(q Query) {
			if q.PageSize == 0 {
				q.PageSize = 20
			}
			if q.Page == 0 {
				q.Page = 1
			}
			if q.Op == "" {
				q.Op = OpAnd
			}
			// Every search of the API counts the four facets, so every
			// search of the mix asks for them.
			q.Facets = !q.Compare
			mix[q.Class] = append(mix[q.Class], q)
		}
		add(Query{Class: ClassRare, Words: pick(rare, 1)})
		add(Query{Class: ClassCommon, Words: []string{common[i%len(common)]}})
		add(Query{Class: ClassTwoWords, Words: pick(mid, 2)})
		add(Query{Class: ClassPhrase, Words: strings.Fields(phrases[i%len(phrases)]), Op: OpPhrase})
		add(Query{Class: ClassOr, Words: pick(low, 2), Op: OpOr})
		fq := Query{Class: ClassFiltered, Words: []string{common[i%len(common)]}}
		if len(councils) > 0 {
			fq.Council = councils[r.IntN(len(councils))]
		}
		if len(topicSlugs) > 0 {
			fq.Topic = topicSlugs[r.IntN(len(topicSlugs))]
		}
		add(fq)
		add(Query{Class: ClassBroad, Words: []string{broad[i%len(broad)]}})
		add(Query{Class: ClassCompare, Words: pick(compareWords, 1), Compare: true})
		add(Query{Class: ClassDeep, Words: []string{common[i%len(common)]}, Page: 51})
	}
	return mix, nil
}

// pickPhrases returns the candidate phrases in a selective band (0.1% to
// 5% of items), or the rarest that occur at all.
func pickPhrases(s *corpusStats) []string {
	var out, seen []string
	for _, p := range phraseCandidates {
		f := float64(s.PhraseDF[p]) / float64(s.Items)
		if s.PhraseDF[p] > 0 {
			seen = append(seen, p)
		}
		if f >= 0.001 && f <= 0.05 {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		out = seen
	}
	if len(out) == 0 {
		out = phraseCandidates[:1]
	}
	return out
}

// topKeys returns up to k keys with the largest counts, ties by key.
func topKeys(m map[string]int, k int) []string {
	keys := make([]string, 0, len(m))
	for key := range m {
		keys = append(keys, key)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(m[b], m[a]), cmp.Compare(a, b))
	})
	return keys[:min(k, len(keys))]
}
