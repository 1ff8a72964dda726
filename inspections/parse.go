package inspections

import (
	"fmt"
	"strings"
	"time"
)

// key identifies an inspection for merging: the same council, kind and
// start date (or publication date when the start is not known).
func key(in Inspection) string {
	if in.StartDate != "" {
		return in.Council + "|" + in.Kind + "|start:" + in.StartDate
	}
	return in.Council + "|" + in.Kind + "|published:" + in.PublicationDate
}

// ParseKind turns the common spellings of an inspection kind into one of
// the Kind* constants.
func ParseKind(s string) (string, error) {
	switch squash(s) {
	case "full", "full inspection", "inspection", "ilacs", "ilacs inspection",
		"standard inspection", "short inspection", "sif", "single inspection framework",
		"inspection of local authority childrens services":
		return KindFull, nil
	case "focused-visit", "focused visit", "focussed visit", "focus visit", "ilacs focused visit":
		return KindFocusedVisit, nil
	case "monitoring-visit", "monitoring visit":
		return KindMonitoringVisit, nil
	case "jtai", "joint targeted area inspection":
		return KindJTAI, nil
	case "other":
		return KindOther, nil
	case "":
		return "", fmt.Errorf("kind is empty (want full, focused-visit, monitoring-visit, jtai or other)")
	}
	return "", fmt.Errorf("unknown kind %q (want full, focused-visit, monitoring-visit, jtai or other)", s)
}

// ParseJudgement turns the common spellings of an overall judgement
// ("Requires improvement to be good", "RI", "Inadequate", grade "4") into
// one of the Judgement* constants. An empty value is JudgementNone. The
// markers of a grade that could not be read ("data_unreadable", "not
// recorded") give JudgementNotRecorded, and a report after the April 2026
// reform, which gives no overall judgement ("not_reported_post_reform"),
// JudgementNone.
func ParseJudgement(s string) (string, error) {
	if j, ok := grade(s); ok {
		return j, nil
	}
	switch squash(s) {
	case "none", "", "n/a", "na", "not applicable", "no judgement", "not graded", "ungraded", "-",
		"not reported post reform", "no overall judgement":
		return JudgementNone, nil
	case "not-recorded", "not recorded", "data unreadable", "unreadable", "unknown", "not known":
		return JudgementNotRecorded, nil
	}
	return "", fmt.Errorf("unknown judgement %q (want outstanding, good, requires-improvement, inadequate, none or not-recorded)", s)
}

// ParseSubJudgement reads a sub-judgement (SubJudgements): the spellings
// ParseJudgement accepts for a grade, "data_unreadable" or "not recorded"
// (JudgementNotRecorded), "inspection_pre_dates_judgement" or "not judged"
// (JudgementNotJudged), and empty or "none" for not stated ("").
func ParseSubJudgement(s string) (string, error) {
	if j, ok := grade(s); ok {
		return j, nil
	}
	switch squash(s) {
	case "", "none", "n/a", "na", "-":
		return "", nil
	case "not-recorded", "not recorded", "data unreadable", "unreadable", "unknown", "not known":
		return JudgementNotRecorded, nil
	case "not-judged", "not judged", "inspection pre dates judgement", "inspection predates judgement", "not applicable":
		return JudgementNotJudged, nil
	}
	return "", fmt.Errorf("unknown judgement %q (want outstanding, good, requires-improvement, inadequate, not-recorded, not-judged or empty)", s)
}

// grade reads the spellings of the four grades.
func grade(s string) (string, bool) {
	switch squash(s) {
	case "outstanding", "1", "grade 1":
		return JudgementOutstanding, true
	case "good", "2", "grade 2":
		return JudgementGood, true
	case "requires-improvement", "requires improvement", "requires improvement to be good",
		"ri", "rig", "3", "grade 3",
		// how one scraper of Ofsted's reports writes the grade of a few 2019
		// reports ("... to requires improvement"): the grade is named in full
		"to requires improvement":
		return JudgementRequiresImprovement, true
	case "inadequate", "4", "grade 4":
		return JudgementInadequate, true
	}
	return "", false
}

// dateLayouts are the date spellings Import accepts, tried in order.
var dateLayouts = []string{DateLayout, "02/01/2006", "2/1/2006", "02-01-2006", "02.01.2006",
	"2 January 2006", "2 Jan 2006", "January 2, 2006", "2006/01/02", "02/01/06", "2/1/06"}

// ParseDate reads a date written YYYY-MM-DD, DD/MM/YYYY (UK order, never US),
// DD-MM-YYYY, DD.MM.YYYY, "2 January 2006" or DD/MM/YY (years 69-99 are
// 19xx, others 20xx) and returns it as YYYY-MM-DD.
// An empty value is returned as "".
func ParseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(DateLayout), nil
		}
	}
	return "", fmt.Errorf("date %q is not YYYY-MM-DD, DD/MM/YYYY or DD/MM/YY", s)
}

// squash lower-cases s, trims it, turns underscores into spaces and
// collapses runs of spaces, so that "Requires  Improvement" matches.
func squash(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "_", " "))
	s = strings.NewReplacer("’", "", "'", "").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
