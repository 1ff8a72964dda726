// Package inspections owns what the project knows about Ofsted inspections of
// councils' children's services: the user-maintained data file
// corpus/inspections.csv (Load, Import, Save), the inspection-relative date
// windows used by search filters and the aligned compare view (Windows,
// MonthsSince), and the mining of inspection reports out of the minutes
// themselves (Mine), whose results are candidates marked "from minutes",
// never facts.
//
// Every Inspection carries a Source: the data file refuses rows without one.
//
// Inspection, Candidate and the window logic are defined in search/inspect
// (aliased here), so that the search and web layers can use them without
// importing the indexer.
package inspections
