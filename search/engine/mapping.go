package engine

import (
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/councilminutes/minutes/search/query"
)

// Index field names. The full-text ones are shared with package query.
const (
	FieldType           = "type" // DocItem or DocMeeting
	FieldFile           = "file"
	FieldCouncil        = query.FieldCouncil
	FieldCommittee      = query.FieldCommittee
	FieldDateAsc        = "date_asc"      // YYYY-MM-DD, unknown sorts last; with year and month, date ranges (search/daterange.go)
	FieldDateDesc       = "date_desc"     // YYYY-MM-DD, unknown sorts last when descending
	FieldYear           = query.FieldYear // YYYY or UnknownPeriod
	FieldMonth          = "month"         // YYYY-MM or UnknownPeriod
	FieldCouncilYear    = "council_year"
	FieldTitle          = query.FieldTitle
	FieldHeading        = query.FieldHeading // the title, for heading items (heading.go)
	FieldAgenda         = query.FieldAgenda
	FieldText           = query.FieldText
	FieldLines          = query.FieldLines // the text's lines of lists and tables (search/lines.go)
	FieldDecisions      = query.FieldDecisions
	FieldTopics         = query.FieldTopics
	FieldProcedural     = "procedural"
	FieldHeadingItem    = "heading_item"    // true for heading items (heading.go)
	FieldFileHash       = "file_hash"       // the hash again, as a doc value (files.go)
	FieldCouncilLabel   = "council_label"   // slug + labelSep + name, meeting records (labels.go)
	FieldCommitteeLabel = "committee_label" // the same for the committee
	FieldSummary        = "summary"         // a meeting record's summary (summarydv.go)
	FieldRecord         = "record"          // what a document stores, compressed (bodycodec.go, record.go)
	FieldPeople         = query.FieldPeople // keys of an item's people (people.go)
	FieldKind           = query.FieldKind   // minutes, agenda, report, decision
	FieldPeopleLabel    = "people_label"    // key + labelSep + display name, meeting records (labels.go)
)

// Values of the type field.
const (
	DocItem    = "item"
	DocMeeting = "meeting"
	// DocFront is the type of a meeting's front record (search/
	// front.go). Searches for words reach it (they are not filtered by
	// type), and a search's facets count it as its total does (Tally.Fronts);
	// listings of everything and filter-only searches ask for items
	// (DocItem) and leave it out, and so do similar items, item counts and
	// compare.
	DocFront = "front"
)

// UnknownPeriod is the year and month of an item whose date is unknown.
const UnknownPeriod = "unknown"

// textAnalyzer is the analyzer of the full-text fields (query.TextAnalyzer):
// every word in its light form, stop words included, and its stem beside
// it, so that phrases are exact and other forms of a word score lower.
const textAnalyzer = query.AnalyzerName

// NewMapping builds the index mapping: one static document mapping that
// holds both item documents and meeting records (told apart by the type
// field), BM25 scoring, English analysis on the text fields.
func NewMapping() mapping.IndexMapping {
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
	// positions for phrases and nearness (textfield.go); none for a
	// field no phrase reads
	textField := func(positions bool) *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = textAnalyzer
		f.Store = false // in the document's record
		f.IncludeTermVectors = positions
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}

	// Nothing is stored but the record (record.go): every other field is
	// indexed, or kept as a doc value, or both.
	doc := mapping.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(FieldType, keywordField(false, false))
	for _, name := range []string{FieldDateAsc, FieldDateDesc, FieldYear, FieldMonth, FieldCouncilYear, FieldFileHash, FieldCouncilLabel, FieldCommitteeLabel, FieldSummary, FieldPeople, FieldPeopleLabel} {
		doc.AddFieldMappingsAt(name, keywordField(false, true))
	}
	for _, name := range []string{FieldFile, FieldCouncil, FieldCommittee, FieldTopics, FieldKind} {
		doc.AddFieldMappingsAt(name, keywordField(false, true))
	}
	doc.AddFieldMappingsAt(FieldRecord, storedOnly())
	for _, name := range []string{FieldTitle, FieldHeading, FieldAgenda, FieldText, FieldDecisions} {
		doc.AddFieldMappingsAt(name, textField(true))
	}
	// the lines are searched as words (query.wordFields), never as a
	// phrase or for nearness: their positions would go unread
	doc.AddFieldMappingsAt(FieldLines, textField(false))
	proc := mapping.NewBooleanFieldMapping()
	proc.Store = false
	proc.IncludeInAll = false
	proc.DocValues = false // the ranking walks its posting list (rank.go)
	doc.AddFieldMappingsAt(FieldProcedural, proc)
	head := mapping.NewBooleanFieldMapping()
	head.Store = false
	head.IncludeInAll = false
	head.DocValues = false // the ranking walks its posting list (rank.go)
	doc.AddFieldMappingsAt(FieldHeadingItem, head)

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
