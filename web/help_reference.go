package web

import (
	"reflect"
	"slices"
	"strings"

	"github.com/councilminutes/minutes/search/coverage"
)

// helpParam is one request parameter as /help documents it.
type helpParam struct {
	Name  string
	Where string // the endpoints and pages that read it
	What  string
}

// helpParams are every request parameter of the API and pages
// (web/params.go, params_cohort.go, params_inspect.go), for /help's
// reference; TestHelpDocumentsEveryParameter holds it to the code.
var helpParams = []helpParam{
	{"q", "search, compare, feeds", "the query: words, \"phrases\", OR, -word, +word, prefix*, field:value (title:, text:, decisions:, person:, kind:); empty means everything"},
	{"council", "search, compare", "a council's slug; repeat for several"},
	{"committee", "search, compare", "a committee's slug; repeat for several"},
	{"topic", "search, compare", "a topic's or a family's slug (a family keeps all its topics); repeat for several"},
	{"person", "search", "a person's key (a surname's slug, with the initial where two share it: j-collins)"},
	{"kind", "search", "kind of paper: minutes, agenda, report or decision"},
	{"from", "search, compare", "first date: YYYY, YYYY-MM or YYYY-MM-DD"},
	{"to", "search, compare", "last date, as from"},
	{"year", "search", "one year (YYYY), as the year facet gives it"},
	{"undated", "search", "1: only items whose date is unknown"},
	{"decisions", "search", "1: match only the decisions' text"},
	{"sort", "search", "relevance (the default), date (oldest first) or -date (newest first)"},
	{"page", "search", "page of results, from 1"},
	{"size", "search", "hits per page, default 20, at most 100"},
	{"after", "search, compare", "a page's last sort key (next page without counting), or inspection: items after an inspection of their council"},
	{"before", "search, compare", "inspection: items before an inspection of their council"},
	{"within", "search, compare", "with after or before=inspection: the window, 12m (default), 18m, 2y…"},
	{"group", "search", "meeting: one result per meeting, its matching items within"},
	{"format", "search, compare", "csv: every matching row as CSV"},
	{"region", "search, compare", "councils of the register in a region; repeat for several"},
	{"type", "search, compare", "councils of the register of a type (london-borough, metropolitan-district, unitary-authority, county); repeat for several"},
	{"neighbours_of", "search, compare", "a council of the register and its ten statistical neighbours"},
	{"judgement", "search, compare", "outstanding, good, requires-improvement or inadequate: inspections (or councils) with that overall judgement"},
	{"leaders", "search, compare", "as judgement, for the impact of leaders"},
	{"help_and_protection", "search, compare", "as judgement, for children who need help and protection"},
	{"in_care", "search, compare", "as judgement, for children in care"},
	{"care_leavers", "search, compare", "as judgement, for care leavers"},
	{"moved", "search, compare", "FROM..TO: councils whose overall judgement moved so between two inspections"},
	{"by", "compare", "council (the default) or committee: a row per committee of the councils chosen (every council's without one)"},
	{"per", "compare", "year (the default) or months_since_inspection"},
	{"norm", "compare page", "share (the default) or per10k: shade by items per 10,000 residents aged 0–25"},
	{"all", "similar items", "1: similar items of any council, not only others"},
}

// helpAnswer is one JSON answer as /help documents it: every field name
// it may hold, nested ones included.
type helpAnswer struct {
	Endpoint string
	What     string
	Fields   []string
}

// helpAnswers lists the JSON answers' fields, read from the types that
// encode them, so that the reference cannot drift from the answers.
func helpAnswers() []helpAnswer {
	return []helpAnswer{
		{"/api/search", "the hits of a search, its facets (council, committee, topic, year, region, type, kind, people) and what was relaxed or suggested", jsonFields(SearchAnswer{})},
		{"/api/items/{id}", "one item: every hit field, its text, decisions as data and people", jsonFields(ItemJSON{})},
		{"/api/items/{id}/similar", "items like this one", jsonFields(SimilarAnswer{})},
		{"/api/meetings/{id}", "one meeting: its record, attendance and items", jsonFields(MeetingJSON{})},
		{"/api/councils, /api/councils/{slug}", "councils, their committees, register entry and latest inspection", jsonFields(CouncilJSON{})},
		{"/api/councils/{slug}/inspections", "inspections of the record and mentions mined from the minutes", jsonFields(InspectionsAnswer{})},
		{"/api/councils/{slug}/coverage", "what the record holds and misses per committee and year", jsonFields(coverage.CouncilCoverage{})},
		{"/api/compare", "matching items per council (or committee) and year", jsonFields(CompareAnswer{})},
	}
}

// jsonFields returns the JSON names of v's fields and of the fields of
// the structs it holds, in order of first appearance.
func jsonFields(v any) []string {
	var out []string
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		for f := range t.Fields() {
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			if f.Anonymous && name == "" {
				walk(f.Type)
				continue
			}
			if name == "" {
				name = f.Name
			}
			if !slices.Contains(out, name) {
				out = append(out, name)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeOf(v))
	return out
}
