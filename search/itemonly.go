package search

import (
	bq "github.com/blevesearch/bleve/v2/search/query"
)

// itemFields are the fields only item documents have: meeting records
// carry none of them (see meetingDocument).
var itemFields = map[string]bool{
	fieldTitle: true, fieldHeading: true, fieldAgenda: true, fieldText: true, fieldDecisions: true, fieldTopics: true,
}

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
	case bq.FieldableQuery:
		return itemFields[q.Field()]
	}
	return false
}
