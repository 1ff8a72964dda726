package search

import (
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/councilminutes/minutes/search/query"
)

// Index field names. The full-text ones are shared with package query.
const (
	fieldType           = "type" // docItem or docMeeting
	fieldFile           = "file"
	fieldCouncil        = query.FieldCouncil
	fieldCommittee      = query.FieldCommittee
	fieldDate           = "date"          // datetime; absent when unknown
	fieldDateAsc        = "date_asc"      // YYYY-MM-DD, unknown sorts last
	fieldDateDesc       = "date_desc"     // YYYY-MM-DD, unknown sorts last when descending
	fieldYear           = query.FieldYear // YYYY or unknownPeriod
	fieldMonth          = "month"         // YYYY-MM or unknownPeriod
	fieldCouncilYear    = "council_year"
	fieldTitle          = query.FieldTitle
	fieldHeading        = query.FieldHeading // the title, for heading items (heading.go)
	fieldAgenda         = query.FieldAgenda
	fieldText           = query.FieldText
	fieldDecisions      = query.FieldDecisions
	fieldTopics         = query.FieldTopics
	fieldProcedural     = "procedural"
	fieldHeadingItem    = "heading_item"    // true for heading items (heading.go)
	fieldFileHash       = "file_hash"       // the hash again, as a doc value (files.go)
	fieldCouncilLabel   = "council_label"   // slug + labelSep + name, meeting records (labels.go)
	fieldCommitteeLabel = "committee_label" // the same for the committee
	fieldSummary        = "summary"         // a meeting record's summary (summarydv.go)
	fieldRecord         = "record"          // what a document stores, compressed (bodycodec.go, record.go)
	fieldPeople         = query.FieldPeople // keys of an item's people (people.go)
	fieldKind           = query.FieldKind   // minutes, agenda, report, decision
	fieldPeopleLabel    = "people_label"    // key + labelSep + display name, meeting records (labels.go)
)

// Values of the type field.
const (
	docItem    = "item"
	docMeeting = "meeting"
)

// unknownPeriod is the year and month of an item whose date is unknown.
const unknownPeriod = "unknown"

// textAnalyzer is the analyzer of the full-text fields (query.TextAnalyzer):
// every word in its light form, stop words included, and its stem beside
// it, so that phrases are exact and other forms of a word score lower.
const textAnalyzer = query.AnalyzerName

// newMapping builds the index mapping: one static document mapping that
// holds both item documents and meeting records (told apart by the type
// field), BM25 scoring, English analysis on the text fields.
func newMapping() mapping.IndexMapping {
	// docValues only for the fields that are sorted on, counted as facets
	// or listed (Files, labels): each costs a column per segment
	keywordField := func(store, docValues bool) *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = store
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = docValues
		return f
	}
	storedOnly := func() *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Index = false
		f.Store = true
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	textField := func() *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = textAnalyzer
		f.Store = false             // in the document's record
		f.IncludeTermVectors = true // positions: phrases and nearness
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}

	// Nothing is stored but the record (record.go): every other field is
	// indexed, or kept as a doc value, or both.
	doc := mapping.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldType, keywordField(false, false))
	for _, name := range []string{fieldDateAsc, fieldDateDesc, fieldYear, fieldMonth, fieldCouncilYear, fieldFileHash, fieldCouncilLabel, fieldCommitteeLabel, fieldSummary, fieldPeople, fieldPeopleLabel} {
		doc.AddFieldMappingsAt(name, keywordField(false, true))
	}
	for _, name := range []string{fieldFile, fieldCouncil, fieldCommittee, fieldTopics, fieldKind} {
		doc.AddFieldMappingsAt(name, keywordField(false, true))
	}
	doc.AddFieldMappingsAt(fieldRecord, storedOnly())
	for _, name := range []string{fieldTitle, fieldHeading, fieldAgenda, fieldText, fieldDecisions} {
		doc.AddFieldMappingsAt(name, textField())
	}
	date := mapping.NewDateTimeFieldMapping()
	date.Store = false
	date.IncludeInAll = false
	date.DocValues = false // filtered on; sorts use date_asc / date_desc
	doc.AddFieldMappingsAt(fieldDate, date)

	proc := mapping.NewBooleanFieldMapping()
	proc.Store = false
	proc.IncludeInAll = false
	proc.DocValues = false // the ranking walks its posting list (rank.go)
	doc.AddFieldMappingsAt(fieldProcedural, proc)
	head := mapping.NewBooleanFieldMapping()
	head.Store = false
	head.IncludeInAll = false
	head.DocValues = false // the ranking walks its posting list (rank.go)
	doc.AddFieldMappingsAt(fieldHeadingItem, head)

	// no field is included in _all, but bleve would still build and
	// visit the empty composite field for every document
	doc.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())

	im := mapping.NewIndexMapping()
	im.DefaultMapping = doc
	im.DefaultAnalyzer = keyword.Name
	im.ScoringModel = "bm25"
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false
	return im
}
