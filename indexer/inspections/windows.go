package inspections

import "github.com/councilminutes/minutes/search/inspect"

// The date logic lives in search/inspect, where the search and web layers
// use it; these names keep the package's own API whole.

// DateRange is an inclusive range of dates drawn around inspections.
type DateRange = inspect.DateRange

// Filter returns the inspections of a council with the given judgement and
// kind; see inspect.Filter.
func Filter(insps []Inspection, council, judgement, kind string) []Inspection {
	return inspect.Filter(insps, council, judgement, kind)
}

// Windows gives a council's date ranges around its inspections; see
// inspect.Windows.
func Windows(insps []Inspection, council, judgement string, after bool, months int) []DateRange {
	return inspect.Windows(insps, council, judgement, after, months)
}

// MonthsSince returns the whole months from a council's latest inspection
// on or before date; see inspect.MonthsSince.
func MonthsSince(insps []Inspection, council, date string) (int, bool) {
	return inspect.MonthsSince(insps, council, date)
}

// ParseWithin reads a window length in months ("12m", "2y"); see
// inspect.ParseWithin.
func ParseWithin(s string) (int, error) {
	return inspect.ParseWithin(s)
}
