package search

import (
	"context"

	bsearch "github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
)

// proceduralFactor scales the score of procedural items (apologies,
// declarations of interest, minutes of the last meeting) so that they rank
// below substantive items that match as well. A multiplier, unlike an
// optional boosting clause, keeps the order whatever the query's scale.
const proceduralFactor = 0.3

// demoteProcedural wraps q so that procedural items score lower.
func demoteProcedural(q bq.Query) bq.Query {
	return bq.NewCustomScoreQueryWithScorer(q, func(_ context.Context, d *bsearch.DocumentMatch) (float64, error) {
		if isTrue(d.Fields[fieldProcedural]) {
			return d.Score * proceduralFactor, nil
		}
		return d.Score, nil
	}, []string{fieldProcedural}, nil)
}

// isTrue reads a boolean doc value as the custom scorer sees it.
func isTrue(v any) bool {
	switch v := v.(type) {
	case bool:
		return v
	case string:
		return v == "T" || v == "true"
	case []any:
		return len(v) > 0 && isTrue(v[0])
	}
	return false
}
