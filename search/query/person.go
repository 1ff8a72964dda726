package query

import (
	"regexp"
	"strings"

	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/schema"
)

// personTitles are forms of address a person: search may start with
// ("person:\"Councillor Galvin\""): they are no part of a person's key.
var personTitles = []string{"councillors", "councillor", "cllrs", "cllr", "cmhlr", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "alderman"}

// PersonQuery matches the items of a person by key (schema.Person.Key):
// "galvin" finds Galvin and, where a meeting tells people of that surname
// apart by initial, every one of them ("j-galvin", "l-galvin"); "j-collins"
// or "J Collins" finds J Collins only.
func PersonQuery(text string) bq.Query {
	key := schema.Slug(text)
	for _, t := range personTitles {
		key = strings.TrimPrefix(key, t+"-")
	}
	exact := bq.NewTermQuery(key)
	exact.SetField(FieldPeople)
	if key == "" || strings.Contains(key, "-") && len(key) > 2 && key[1] == '-' {
		return exact // a key with its initial
	}
	initial := bq.NewRegexpQuery(`[a-z]-` + regexp.QuoteMeta(key))
	initial.SetField(FieldPeople)
	return bq.NewDisjunctionQuery([]bq.Query{exact, initial})
}
