package query

import "sort"

// Index field names the query language reaches. The search package's
// mapping defines the same fields.
const (
	FieldTitle     = "title"
	FieldAgenda    = "agenda"
	FieldText      = "text"
	FieldLines     = "lines" // the text's lines of lists and tables, again (search/lines.go)
	FieldDecisions = "decisions"
	FieldHeading   = "heading" // the title of an item that is a heading line of its meeting
	FieldCouncil   = "council"
	FieldCommittee = "committee"
	FieldTopics    = "topics"
	FieldYear      = "year"   // the meeting's year, YYYY
	FieldPeople    = "people" // keys of the item's people (schema.Person.Key)
	FieldKind      = "kind"   // the kind of paper: minutes, agenda, report, decision
)

// textField is a full-text field searched by unqualified words, with the
// boost it gets there: titles and decisions weigh more than the body.
type textField struct {
	Name  string
	Boost float64
}

// defaultFields are searched by words without a field. Decisions are not
// among them: a decision is a passage of the item's text, so searching
// both counted its words twice, and once decisions were read on 40% of
// items rather than a few, that outranked what was discussed (decisions:
// and decisions=1 search them alone).
var defaultFields = []textField{
	{FieldTitle, 2},
	{FieldAgenda, 1.2},
	{FieldText, 1},
	{FieldHeading, 0.2},
}

// wordFields weigh the fields of a word without a field in its one BM25F
// score (bm25f.go): each occurrence counts this many times, after the
// field's length normalisation, before the score saturates. A title is
// a few words chosen to name the item, so a word in it counts as much as
// several in the text; the weight is not a multiplier of a score any
// more, so it is larger than defaultFields' (which weigh whole clauses:
// phrases, prefixes).
var wordFields = []textField{
	{FieldTitle, 6},
	{FieldAgenda, 1.2},
	{FieldText, 1},
	{FieldLines, listLineWeight},
	{FieldHeading, 0.2},
}

// userFields maps the names users type before ':' to index fields, and says
// whether the field holds keywords (slugs) rather than analysed text.
var userFields = map[string]struct {
	index   string
	keyword bool
}{
	"title":     {FieldTitle, false},
	"agenda":    {FieldAgenda, false},
	"text":      {FieldText, false},
	"decisions": {FieldDecisions, false},
	"decision":  {FieldDecisions, false},
	"council":   {FieldCouncil, true},
	"committee": {FieldCommittee, true},
	"topic":     {FieldTopics, true},
	"topics":    {FieldTopics, true},
	"person":    {FieldPeople, true},
	"people":    {FieldPeople, true},
	"kind":      {FieldKind, true},
}

// FieldNames lists the field names a query may use, sorted.
func FieldNames() []string {
	names := make([]string, 0, len(userFields))
	for n := range userFields {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
