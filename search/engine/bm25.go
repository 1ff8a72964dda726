package engine

import (
	"context"
	"fmt"
	"math"
	"sync"

	"github.com/blevesearch/bleve/v2/mapping"
	bsearch "github.com/blevesearch/bleve/v2/search"
	index "github.com/blevesearch/bleve_index_api"
)

// BM25 normalises a term's weight by the length of its field against the
// field's average length. Bleve takes that average to be the number of
// distinct terms of the field divided by the number of documents, which
// for the text of minutes is a hundred times too short: every long minute
// then scores almost nothing for the words in it, and short headings and
// attendance lines outrank what was said. LengthStats gives bleve the
// real averages instead, through the statistics it accepts in the search
// context (search.BM25StatsKey), computed once per index snapshot.

// lengthSample bounds the documents read per field to estimate its
// average length.
const lengthSample = 20000

// CommonTerms are words nearly every passage of English holds: the
// lengths of the documents that hold them stand for the field's.
var CommonTerms = []string{"the", "of", "and", "to", "a", "in", "for"}

// LengthStats keeps the statistics of the latest snapshot searched.
type LengthStats struct {
	mu     sync.Mutex
	reader index.IndexReader
	stats  *bsearch.BM25Stats
}

// withStats returns ctx carrying the BM25 statistics of r.
func (c *LengthStats) withStats(ctx context.Context, r index.IndexReader) (context.Context, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stats == nil || c.reader != r {
		s, err := computeStats(ctx, r)
		if err != nil {
			return nil, err
		}
		c.reader, c.stats = r, s
	}
	return context.WithValue(ctx, bsearch.BM25StatsKey, c.stats), nil
}

// computeStats is bleve's statistics for every field, with the average
// length of each full-text field measured from the norms of postings.
func computeStats(ctx context.Context, r index.IndexReader) (*bsearch.BM25Stats, error) {
	n, err := r.DocCount()
	if err != nil {
		return nil, fmt.Errorf("bm25 statistics: %w", err)
	}
	fields, err := r.Fields()
	if err != nil {
		return nil, fmt.Errorf("bm25 statistics: %w", err)
	}
	// bleve also scores pseudo-fields ("*" for an unscored disjunction's
	// document set) and fails on a field it finds no statistics for
	s := &bsearch.BM25Stats{DocCount: float64(n), FieldCardinality: map[string]int{"*": 1, "_all": 1, "_id": 1}}
	br, ok := r.(index.BM25Reader)
	for _, f := range mappedFields() {
		s.FieldCardinality[f] = 0 // a field no document has yet
	}
	for _, f := range fields {
		if ok {
			if s.FieldCardinality[f], err = br.FieldCardinality(f); err != nil {
				return nil, fmt.Errorf("bm25 statistics: %w", err)
			}
		}
	}
	for _, f := range []string{FieldTitle, FieldHeading, FieldAgenda, FieldText, FieldDecisions} {
		avg, err := averageLength(ctx, r, f)
		if err != nil {
			return nil, err
		}
		if avg > 0 {
			// bleve divides this by the document count
			s.FieldCardinality[f] = int(math.Ceil(avg * float64(n)))
		}
	}
	return s, nil
}

// mappedFields lists the fields of the index mapping.
func mappedFields() []string {
	var out []string
	for name := range NewMapping().(*mapping.IndexMappingImpl).DefaultMapping.Properties {
		out = append(out, name)
	}
	return out
}

// averageLength estimates the average length in tokens of field, over
// documents that hold one of CommonTerms (up to lengthSample of them).
// Bleve stores a posting's norm as 1/sqrt(field length). It returns 0
// when no document holds those terms.
func averageLength(ctx context.Context, r index.IndexReader, field string) (float64, error) {
	seen := map[string]bool{}
	var sum float64
	for _, term := range CommonTerms {
		tfr, err := r.TermFieldReader(ctx, []byte(term), field, false, true, false)
		if err != nil {
			return 0, fmt.Errorf("bm25 statistics of %s: %w", field, err)
		}
		var d index.TermFieldDoc
		for len(seen) < lengthSample {
			next, err := tfr.Next(d.Reset())
			if err != nil {
				tfr.Close()
				return 0, fmt.Errorf("bm25 statistics of %s: %w", field, err)
			}
			if next == nil {
				break
			}
			if id := string(next.ID); !seen[id] && next.Norm > 0 {
				seen[id] = true
				sum += 1 / (next.Norm * next.Norm)
			}
		}
		tfr.Close()
	}
	if len(seen) == 0 {
		return 0, nil
	}
	return sum / float64(len(seen)), nil
}
