package inspections

import "strings"

// mayMention is a cheap first test: could the sentence match inspectionContext at all?
func mayMention(lower string) bool {
	for _, w := range []string{"ofsted", "inspect", "visit", "jtai", "notice", "judged", "rated", "graded"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// inspectorateWords holds a word or phrase of each wording inspectorate
// matches (phrases with single spaces), but that of a children's service
// judged, so that text without any of them cannot match it.
var inspectorateWords = []string{"ofsted", "inspectorate", "hmi", "cqc", "care quality commission",
	"focus visit", "focused visit", "focussed visit", "monitoring visit", "jtai", "joint targeted area", "ilacs", "sif",
	"single inspection", "improvement notice", "send inspection", "send area", "send revisit", "local area send"}

// mayNameInspectorate reports whether lower-cased text, its spaces
// collapsed, may match inspectorate: a quick test that spares the pattern
// most of a council's business.
func mayNameInspectorate(collapsed string) bool {
	for _, w := range inspectorateWords {
		if strings.Contains(collapsed, w) {
			return true
		}
	}
	return strings.Contains(collapsed, "children") &&
		(strings.Contains(collapsed, "judged") || strings.Contains(collapsed, "rated") || strings.Contains(collapsed, "graded"))
}

// lookingForward reports whether a future or hypothetical word stands within
// nearWords words of an inspection word.
func lookingForward(clause string) bool {
	ws := words.FindAllStringIndex(clause, -1)
	for _, ctx := range inspectionContext.FindAllStringIndex(clause, -1) {
		at := 0
		for i, w := range ws {
			if w[0] <= ctx[0] {
				at = i
			}
		}
		for i := max(0, at-nearWords); i < min(len(ws), at+nearWords+1); i++ {
			if futureWords.MatchString(clause[ws[i][0]:ws[i][1]]) {
				return true
			}
		}
	}
	return false
}

// anyFutureWord reports whether a clause has a future or hypothetical word anywhere.
func anyFutureWord(clause string) bool {
	for _, w := range words.FindAllString(clause, -1) {
		if futureWords.MatchString(w) {
			return true
		}
	}
	return false
}

// nearDate is how many words may stand between an inspection word and a
// date for the date alone to make the clause a report of the inspection:
// "the January 2020 Ofsted inspection", "findings by Ofsted in November 2019".
const nearDate = 3

// dateNearInspection reports whether a date stands within nearDate words of
// an inspection word.
func dateNearInspection(clause string) bool {
	ws := words.FindAllStringIndex(clause, -1)
	wordAt := func(offset int) int {
		at := 0
		for i, w := range ws {
			if w[0] <= offset {
				at = i
			}
		}
		return at
	}
	dates := monthYear.FindAllStringIndex(clause, -1)
	dates = append(dates, year.FindAllStringIndex(clause, -1)...)
	for _, ctx := range inspectionContext.FindAllStringIndex(clause, -1) {
		first, last := wordAt(ctx[0]), wordAt(ctx[1]-1)
		for _, d := range dates {
			start, end := wordAt(d[0]), wordAt(d[1]-1)
			if (start > last && start-last <= nearDate) || (end < first && first-end <= nearDate) {
				return true
			}
		}
	}
	return false
}
