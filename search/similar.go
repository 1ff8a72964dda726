package search

import (
	"context"
	"fmt"
	"math"
	"sort"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/query"
)

// Similar-items tuning.
const (
	similarTerms       = 25 // distinctive terms taken from the item
	similarDefaultSize = 5
)

// Similar finds items like the given one: its most distinctive terms (the
// top tf-idf terms of its title and text) ORed, excluding the item itself
// and, when otherCouncils is true, every item of its own council.
func (ix *Index) Similar(ctx context.Context, id string, otherCouncils bool, size int) ([]Hit, error) {
	switch {
	case size == 0:
		size = similarDefaultSize
	case size < 0 || size > MaxSize:
		return nil, fmt.Errorf("%w: size: %d is out of range 1-%d", ErrBadRequest, size, MaxSize)
	}
	item, err := ix.Item(ctx, id)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, ix.opts.SearchTimeout)
	defer cancel()

	terms, err := ix.distinctiveTerms(ctx, item.Title+"\n"+item.Text)
	if err != nil {
		return nil, err
	}
	if len(terms) == 0 {
		return []Hit{}, nil
	}
	var alts []bq.Query
	for _, t := range terms {
		alts = append(alts, termQuery(fieldText, t))
		tq := termQuery(fieldTitle, t)
		tq.SetBoost(2)
		alts = append(alts, tq)
	}
	exclude := []bq.Query{bq.NewDocIDQuery([]string{id})}
	if otherCouncils {
		exclude = append(exclude, termQuery(fieldCouncil, item.Council))
	}
	b := bq.NewBooleanQuery([]bq.Query{bq.NewDisjunctionQuery(alts)}, nil, exclude)
	b.AddFilter(typeQuery(docItem))
	sr := bleve.NewSearchRequestOptions(b, size, 0, false)
	sr.Fields = hitFields
	res, err := ix.run(ctx, sr)
	if err != nil {
		return nil, err
	}
	hits := []Hit{}
	for _, h := range res.Hits {
		hits = append(hits, ix.hit(h))
	}
	return hits, nil
}

// distinctiveTerms analyses text as the index does and returns its terms
// with the highest tf-idf over the text field, rarest first on ties.
func (ix *Index) distinctiveTerms(ctx context.Context, text string) ([]string, error) {
	tf := map[string]int{}
	for _, tok := range query.Tokens(text) {
		if t := tok.Light; !tok.Stop && len(t) >= 3 && !isNumber(t) {
			tf[t]++
		}
	}
	adv, err := ix.idx.Advanced()
	if err != nil {
		return nil, fmt.Errorf("similar: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("similar: %w", err)
	}
	defer r.Close()
	n, err := r.DocCount()
	if err != nil {
		return nil, fmt.Errorf("similar: %w", err)
	}
	type scored struct {
		term  string
		score float64
		df    uint64
	}
	var list []scored
	for t, f := range tf {
		tfr, err := r.TermFieldReader(ctx, []byte(t), fieldText, false, false, false)
		if err != nil {
			return nil, fmt.Errorf("similar: read term %q: %w", t, err)
		}
		df := tfr.Count()
		tfr.Close()
		if df < 2 { // only in this item: matches nothing else
			continue
		}
		list = append(list, scored{t, float64(f) * math.Log(float64(n)/float64(df)), df})
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
	var out []string
	for _, s := range list[:min(similarTerms, len(list))] {
		if s.score > 0 {
			out = append(out, s.term)
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
