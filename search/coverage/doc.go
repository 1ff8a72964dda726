// Package coverage computes what the record holds and what it is missing,
// per council, committee and year: meetings known from fetched listings,
// meetings with minutes indexed, items, dates unknown or inferred, drafts,
// files that failed or needed OCR, and gaps where a committee's usual
// cadence says minutes are missing. Each committee's cadence is learned
// from its own history (cadence.go): the months of the year it meets in,
// or its usual interval, with its council's recess; a year is thin against
// what the cadences expect (thin.go). A meeting a fetched listing or page
// says was not held (cancelled, postponed) excuses the missing month
// nearest it: it is listed, not counted as a gap (notheld.go). It is pure computation over plain
// values (Input); the caller gathers them from the index run and the
// manifest. Every figure names where it came from (see the field comments
// and Legend), so that an absence of minutes is never read as an absence
// of action.
package coverage
