package search

import (
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/engine"
)

// itemFields are the fields only item documents have: meeting records
// carry none of them (see meetingDocument).
var itemFields = map[string]bool{
	engine.FieldTitle: true, engine.FieldHeading: true, engine.FieldAgenda: true, engine.FieldText: true, engine.FieldLines: true, engine.FieldDecisions: true, engine.FieldTopics: true,
}

// multiFieldQuery is a query on several fields at once (query.wordQuery).
type multiFieldQuery interface{ Fields() []string }

// wrappingQuery matches what another query matches, scoring it its own
// way (query.passingQuery).
type wrappingQuery interface{ Wrapped() bq.Query }

// itemOnly reports whether every document q matches must have one of the
// item-only fields, so that q can only match items. It answers false
// when unsure (match-all, keyword fields meetings share, unknown types).
func itemOnly(q bq.Query) bool {
	switch q := q.(type) {
	case *bq.BooleanQuery:
		return q.Must != nil && itemOnly(q.Must)
	case *bq.ConjunctionQuery:
		for _, c := range q.Conjuncts {
			if itemOnly(c) {
				return true
			}
		}
		return false
	case *bq.DisjunctionQuery:
		for _, c := range q.Disjuncts {
			if !itemOnly(c) {
				return false
			}
		}
		return len(q.Disjuncts) > 0
	case wrappingQuery:
		return itemOnly(q.Wrapped())
	case bq.FieldableQuery:
		return itemFields[q.Field()]
	case multiFieldQuery:
		for _, f := range q.Fields() {
			if !itemFields[f] {
				return false
			}
		}
		return len(q.Fields()) > 0
	}
	return false
}
