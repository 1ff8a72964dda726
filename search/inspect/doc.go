// Package inspect holds the plain values of Ofsted inspections that the
// search and web layers need: an Inspection as recorded in
// corpus/inspections.csv, a Candidate mined "from minutes", and the
// inspection-relative date logic (Windows, MonthsSince, ParseWithin,
// Filter). It imports nothing of the project, so search and web can use it
// without depending on the indexer; reading and writing the data file and
// mining the minutes stay in indexer/inspections, which aliases these types.
package inspect
