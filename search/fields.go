package search

import "github.com/councilminutes/minutes/search/engine"

// The fields and document types of the index are defined with its mapping
// in package engine (engine/mapping.go). The searches of this package name
// them by these short names.
const (
	fieldAgenda         = engine.FieldAgenda
	fieldCommittee      = engine.FieldCommittee
	fieldCommitteeLabel = engine.FieldCommitteeLabel
	fieldCouncil        = engine.FieldCouncil
	fieldCouncilLabel   = engine.FieldCouncilLabel
	fieldCouncilYear    = engine.FieldCouncilYear
	fieldDate           = engine.FieldDate
	fieldDateAsc        = engine.FieldDateAsc
	fieldDateDesc       = engine.FieldDateDesc
	fieldDecisions      = engine.FieldDecisions
	fieldFile           = engine.FieldFile
	fieldFileHash       = engine.FieldFileHash
	fieldHeading        = engine.FieldHeading
	fieldHeadingItem    = engine.FieldHeadingItem
	fieldKind           = engine.FieldKind
	fieldMonth          = engine.FieldMonth
	fieldPeople         = engine.FieldPeople
	fieldPeopleLabel    = engine.FieldPeopleLabel
	fieldProcedural     = engine.FieldProcedural
	fieldRecord         = engine.FieldRecord
	fieldSummary        = engine.FieldSummary
	fieldText           = engine.FieldText
	fieldTitle          = engine.FieldTitle
	fieldTopics         = engine.FieldTopics
	fieldType           = engine.FieldType
	fieldYear           = engine.FieldYear

	docItem    = engine.DocItem
	docMeeting = engine.DocMeeting
	docFront   = engine.DocFront

	unknownPeriod = engine.UnknownPeriod
)
