package bench

import (
	"context"
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/en" // the "en" analyzer
	"github.com/blevesearch/bleve/v2/mapping"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/schema"
)

// baseline is plain bleve at its default settings: tf-idf scoring, the
// "en" analyzer on title, text and decisions (stored, with term vectors),
// keyword fields for the facets, the date as a datetime field, one writer
// and batches as the driver sends them. Its year facet and its compare
// cover years, every year of the corpus.
type baseline struct {
	idx   bleve.Index
	years []int
}

func (b *baseline) Name() string { return "plain bleve" }

func baselineMapping() mapping.IndexMapping {
	text := bleve.NewTextFieldMapping()
	text.Analyzer = "en"
	kw := bleve.NewKeywordFieldMapping()
	dm := bleve.NewDocumentMapping()
	for _, f := range []string{"title", "text", "decisions"} {
		dm.AddFieldMappingsAt(f, text)
	}
	for _, f := range []string{"council", "committee", "topic"} {
		dm.AddFieldMappingsAt(f, kw)
	}
	dm.AddFieldMappingsAt("date", bleve.NewDateTimeFieldMapping())
	im := bleve.NewIndexMapping()
	im.DefaultAnalyzer = "en"
	im.DefaultMapping = dm
	return im
}

func (b *baseline) Create(path string) error {
	idx, err := bleve.New(path, baselineMapping())
	if err != nil {
		return fmt.Errorf("create baseline index %s: %w", path, err)
	}
	b.idx = idx
	return nil
}

func (b *baseline) Open(path string) error {
	idx, err := bleve.Open(path)
	if err != nil {
		return fmt.Errorf("open baseline index %s: %w", path, err)
	}
	b.idx = idx
	return nil
}

func (b *baseline) Close() error {
	if b.idx == nil {
		return nil
	}
	err := b.idx.Close()
	b.idx = nil
	if err != nil {
		return fmt.Errorf("close baseline index: %w", err)
	}
	return nil
}

func (b *baseline) Index(ctx context.Context, batch []meeting) error {
	bb := b.idx.NewBatch()
	for _, m := range batch {
		for _, it := range m.Items {
			date, err := time.Parse(time.DateOnly, it.Date)
			if err != nil {
				return fmt.Errorf("baseline: item %s: %w", it.ID, err)
			}
			topics := make([]string, len(it.Topics))
			for i, t := range it.Topics {
				topics[i] = schema.Slug(t)
			}
			doc := map[string]any{
				"title": it.Title, "text": it.Text, "decisions": it.Decisions,
				"council": schema.Slug(it.Council), "committee": schema.Slug(it.Committee),
				"topic": topics, "date": date,
			}
			if err := bb.Index(it.ID, doc); err != nil {
				return fmt.Errorf("baseline: index item %s: %w", it.ID, err)
			}
		}
	}
	if err := b.idx.Batch(bb); err != nil {
		return fmt.Errorf("baseline: batch: %w", err)
	}
	return nil
}

// textQuery matches the words of q in title, text or decisions.
func textQuery(q Query) bq.Query {
	inFields := func(word string, phrase bool) bq.Query {
		var alts []bq.Query
		for _, f := range []string{"title", "text", "decisions"} {
			if phrase {
				mq := bleve.NewMatchPhraseQuery(word)
				mq.SetField(f)
				alts = append(alts, mq)
				continue
			}
			mq := bleve.NewMatchQuery(word)
			mq.SetField(f)
			alts = append(alts, mq)
		}
		return bleve.NewDisjunctionQuery(alts...)
	}
	switch q.Op {
	case OpPhrase:
		return inFields(q.Text()[1:len(q.Text())-1], true)
	case OpOr:
		var alts []bq.Query
		for _, w := range q.Words {
			alts = append(alts, inFields(w, false))
		}
		return bleve.NewDisjunctionQuery(alts...)
	}
	var all []bq.Query
	for _, w := range q.Words {
		all = append(all, inFields(w, false))
	}
	return bleve.NewConjunctionQuery(all...)
}

func (b *baseline) request(q Query) *bleve.SearchRequest {
	bqry := textQuery(q)
	if q.Council != "" || q.Topic != "" {
		parts := []bq.Query{bqry}
		if q.Council != "" {
			tq := bleve.NewTermQuery(q.Council)
			tq.SetField("council")
			parts = append(parts, tq)
		}
		if q.Topic != "" {
			tq := bleve.NewTermQuery(q.Topic)
			tq.SetField("topic")
			parts = append(parts, tq)
		}
		bqry = bleve.NewConjunctionQuery(parts...)
	}
	req := bleve.NewSearchRequestOptions(bqry, q.PageSize, (q.Page-1)*q.PageSize, false)
	req.Fields = []string{"title", "council", "committee", "date", "topic"}
	req.Highlight = bleve.NewHighlight()
	req.Highlight.AddField("text")
	if q.Facets {
		for _, f := range []string{"council", "committee", "topic"} {
			req.AddFacet(f, bleve.NewFacetRequest(f, 20))
		}
		req.AddFacet("year", yearFacet(b.years))
	}
	return req
}

// yearFacet is the year facet as plain bleve does it: one date range a
// year of the corpus.
func yearFacet(years []int) *bleve.FacetRequest {
	fr := bleve.NewFacetRequest("date", len(years))
	for _, y := range years {
		start := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		fr.AddDateTimeRange(fmt.Sprint(y), start, start.AddDate(1, 0, 0))
	}
	return fr
}

func (b *baseline) Search(ctx context.Context, q Query) (uint64, error) {
	if q.Compare {
		return b.compare(ctx, q)
	}
	res, err := b.idx.SearchInContext(ctx, b.request(q))
	if err != nil {
		return 0, fmt.Errorf("baseline: search %s %q: %w", q.Class, q.Text(), err)
	}
	return res.Total, nil
}

// compare builds the council x year matrix of matches the plain way: one
// search a year of the corpus, each with a terms facet on council.
func (b *baseline) compare(ctx context.Context, q Query) (uint64, error) {
	var total uint64
	for _, y := range b.years {
		start := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		end := start.AddDate(1, 0, 0)
		inclusive := false
		dr := bleve.NewDateRangeInclusiveQuery(start, end, nil, &inclusive)
		dr.SetField("date")
		req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(textQuery(q), dr), 0, 0, false)
		req.AddFacet("council", bleve.NewFacetRequest("council", NumCouncils+50))
		res, err := b.idx.SearchInContext(ctx, req)
		if err != nil {
			return 0, fmt.Errorf("baseline: compare %q %d: %w", q.Text(), y, err)
		}
		total += res.Total
	}
	return total, nil
}
