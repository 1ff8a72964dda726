package search

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	bq "github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/query"
)

// Similar-items tuning.
const (
	similarTerms       = 25 // distinctive terms taken from the item
	similarDefaultSize = 5
	// MinSimilarity is the least share of an item's distinctive terms,
	// weighted by their rarity (idf), that another item must contain to be
	// shown as similar; below it the likeness is chance (one common word).
	MinSimilarity = 0.15
	// minSharedTerms is the least number of distinctive terms shared (or
	// all of them, when the item has fewer).
	minSharedTerms = 4
	// similarPool is how many of the best-scored matches are weighed.
	similarPool = 50
	// similarRecheck is how many of those, at least, are weighed both ways,
	// and similarBackBytes how much of each one's text is read for its
	// distinctive words (a long report's first pages name its business).
	similarRecheck   = 10
	similarBackBytes = 12 << 10
)

// Similar finds items like the given one: its most distinctive terms (the
// top tf-idf terms of its title and text) ORed, excluding the item itself
// and, when otherCouncils is true, every item of its own council. Only
// items that share at least MinSimilarity of those terms (weighted by
// idf), and minSharedTerms of them, are kept, best first; each Hit's
// Similarity is that share. There may be none.
func (ix *Index) Similar(ctx context.Context, id string, otherCouncils bool, size int) ([]Hit, error) {
	switch {
	case size == 0:
		size = similarDefaultSize
	case size < 0 || size > MaxSize:
		return nil, fmt.Errorf("%w: parameter \"size\": %d is out of range 1-%d", ErrBadRequest, size, MaxSize)
	}
	item, err := ix.Item(ctx, id)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, ix.opts.SearchTimeout)
	defer cancel()

	dfs, err := ix.newDocFreqs()
	if err != nil {
		return nil, err
	}
	defer dfs.close()
	terms, err := dfs.distinctiveTerms(ctx, item.Title+"\n"+item.Text)
	if err != nil {
		return nil, err
	}
	if len(terms) == 0 {
		return []Hit{}, nil
	}
	var alts []bq.Query
	weight, total := map[string]float64{}, 0.0
	for _, t := range terms {
		alts = append(alts, termQuery(engine.FieldText, t.term))
		tq := termQuery(engine.FieldTitle, t.term)
		tq.SetBoost(2)
		alts = append(alts, tq)
		weight[t.term] = t.idf
		total += t.idf
	}
	exclude := []bq.Query{bq.NewDocIDQuery([]string{id})}
	if otherCouncils {
		exclude = append(exclude, termQuery(engine.FieldCouncil, item.CouncilSlug))
	}
	b := bq.NewBooleanQuery([]bq.Query{bq.NewDisjunctionQuery(alts)}, nil, exclude)
	b.AddFilter(typeQuery(engine.DocItem))
	sr := bleve.NewSearchRequestOptions(b, max(size, similarPool), 0, false)
	sr.IncludeLocations = true // which of the terms each match contains
	res, err := ix.run(ctx, sr)
	if err != nil {
		return nil, err
	}
	need := min(minSharedTerms, len(terms))
	type kept struct {
		id         string
		similarity float64
	}
	var keep []kept
	for _, h := range res.Hits {
		shared := map[string]bool{}
		for _, locs := range h.Locations {
			for term := range locs {
				shared[term] = true
			}
		}
		sum := 0.0
		for term := range shared {
			sum += weight[term]
		}
		if len(shared) < need || total <= 0 || sum/total < MinSimilarity {
			continue
		}
		keep = append(keep, kept{h.ID, math.Round(sum/total*1000) / 1000})
	}
	sort.SliceStable(keep, func(i, j int) bool { return keep[i].similarity > keep[j].similarity })
	// Containment alone favours long items: a report of many pages holds
	// most of any item's words by chance ("Support Services Directorate"
	// was 37% like a district's greenway update). The best candidates are
	// weighed the other way too, by how much of their own distinctive
	// words the item holds, and a pair is as similar as the geometric mean
	// of the two shares.
	keep = keep[:min(len(keep), max(size*2, similarRecheck))]
	own := tokenSet(item.Title + "\n" + item.Text)
	candidates := make([]string, len(keep))
	for i, k := range keep {
		candidates[i] = k.id
	}
	docs, err := ix.storedDocs(ctx, candidates, []string{engine.FieldRecord})
	if err != nil {
		return nil, err
	}
	twoWay := keep[:0]
	for _, k := range keep {
		doc, ok := docs[k.id]
		if !ok {
			continue
		}
		other, err := ix.itemRecordOf(doc)
		if err != nil {
			return nil, err
		}
		back, err := dfs.distinctiveTerms(ctx, other.Title+"\n"+headOf(other.Body.Text, similarBackBytes))
		if err != nil {
			return nil, err
		}
		held, all := 0.0, 0.0
		for _, t := range back {
			all += t.idf
			if own[t.term] {
				held += t.idf
			}
		}
		if all <= 0 {
			continue
		}
		k.similarity = math.Round(math.Sqrt(k.similarity*held/all)*1000) / 1000
		if k.similarity >= MinSimilarity {
			twoWay = append(twoWay, k)
		}
	}
	keep = twoWay
	sort.SliceStable(keep, func(i, j int) bool { return keep[i].similarity > keep[j].similarity })
	keep = keep[:min(size, len(keep))]
	hits := []Hit{}
	if len(keep) == 0 {
		return hits, nil
	}
	// stored fields for the few kept only
	ids := make([]string, len(keep))
	for i, k := range keep {
		ids[i] = k.id
	}
	byID, err := ix.hitsByID(ctx, nil, ids)
	if err != nil {
		return nil, err
	}
	for _, k := range keep {
		if h, ok := byID[k.id]; ok {
			h.Similarity = k.similarity
			hits = append(hits, h)
		}
	}
	return hits, nil
}

// headOf is the first n bytes of text, cut at a space.
func headOf(text string, n int) string {
	if len(text) <= n {
		return text
	}
	if i := strings.LastIndexByte(text[:n], ' '); i > 0 {
		return text[:i]
	}
	return text[:n]
}

// tokenSet is the set of the light forms of text's words, as
// distinctiveTerms reads them.
func tokenSet(text string) map[string]bool {
	set := map[string]bool{}
	for _, tok := range query.Tokens(text) {
		set[tok.Light] = true
	}
	return set
}

// distinctTerm is a term of an item with its rarity.
type distinctTerm struct {
	term string
	idf  float64
}

// docFreqs reads terms' document frequencies in the text field from one
// reader, each term once however many texts ask for it.
type docFreqs struct {
	r  index.IndexReader
	n  uint64
	df map[string]uint64
}

func (ix *Index) newDocFreqs() (*docFreqs, error) {
	adv, err := ix.idx.Advanced()
	if err != nil {
		return nil, fmt.Errorf("similar: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("similar: %w", err)
	}
	n, err := r.DocCount()
	if err != nil {
		r.Close()
		return nil, fmt.Errorf("similar: %w", err)
	}
	return &docFreqs{r: r, n: n, df: map[string]uint64{}}, nil
}

func (d *docFreqs) close() { d.r.Close() }

func (d *docFreqs) of(ctx context.Context, term string) (uint64, error) {
	if df, ok := d.df[term]; ok {
		return df, nil
	}
	tfr, err := d.r.TermFieldReader(ctx, []byte(term), engine.FieldText, false, false, false)
	if err != nil {
		return 0, fmt.Errorf("similar: read term %q: %w", term, err)
	}
	df := tfr.Count()
	tfr.Close()
	d.df[term] = df
	return df, nil
}

// distinctiveTerms analyses text as the index does and returns its terms
// with the highest tf-idf over the text field, rarest first on ties, each
// with its idf.
func (d *docFreqs) distinctiveTerms(ctx context.Context, text string) ([]distinctTerm, error) {
	tf := map[string]int{}
	for _, tok := range query.Tokens(text) {
		if t := tok.Light; !tok.Stop && len(t) >= 3 && !isNumber(t) {
			tf[t]++
		}
	}
	type scored struct {
		term       string
		score, idf float64
		df         uint64
	}
	var list []scored
	for t, f := range tf {
		df, err := d.of(ctx, t)
		if err != nil {
			return nil, err
		}
		if df < 2 { // only in this item: matches nothing else
			continue
		}
		idf := math.Log(float64(d.n) / float64(df))
		list = append(list, scored{t, float64(f) * idf, idf, df})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].score != list[j].score {
			return list[i].score > list[j].score
		}
		if list[i].df != list[j].df {
			return list[i].df < list[j].df
		}
		return list[i].term < list[j].term
	})
	var out []distinctTerm
	for _, s := range list[:min(similarTerms, len(list))] {
		if s.score > 0 {
			out = append(out, distinctTerm{s.term, s.idf})
		}
	}
	return out, nil
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
