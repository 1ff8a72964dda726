package inspections

import (
	"fmt"
	"strings"
	"time"

	"github.com/councilminutes/minutes/search/inspect"
)

// Kinds of inspection, as written in the data file (see package inspect).
const (
	KindFull            = inspect.KindFull
	KindFocusedVisit    = inspect.KindFocusedVisit
	KindMonitoringVisit = inspect.KindMonitoringVisit
	KindJTAI            = inspect.KindJTAI
	KindOther           = inspect.KindOther
)

// Judgements, as written in the data file. Visits carry JudgementNone.
const (
	JudgementOutstanding         = inspect.JudgementOutstanding
	JudgementGood                = inspect.JudgementGood
	JudgementRequiresImprovement = inspect.JudgementRequiresImprovement
	JudgementInadequate          = inspect.JudgementInadequate
	JudgementNone                = inspect.JudgementNone
)

// DateLayout is the layout of every date the package writes.
const DateLayout = inspect.DateLayout

// Inspection is one inspection of a council, as recorded in
// corpus/inspections.csv. It lives in search/inspect so that the search
// and web layers can use it without importing the indexer.
type Inspection = inspect.Inspection

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

// ParseJudgement turns the common spellings of an Ofsted judgement
// ("Requires improvement to be good", "RI", "Inadequate", grade "4") into one
// of the Judgement* constants. An empty value is JudgementNone.
func ParseJudgement(s string) (string, error) {
	switch squash(s) {
	case "outstanding", "1", "grade 1":
		return JudgementOutstanding, nil
	case "good", "2", "grade 2":
		return JudgementGood, nil
	case "requires-improvement", "requires improvement", "requires improvement to be good",
		"ri", "rig", "3", "grade 3":
		return JudgementRequiresImprovement, nil
	case "inadequate", "4", "grade 4":
		return JudgementInadequate, nil
	case "none", "", "n/a", "na", "not applicable", "no judgement", "not graded", "ungraded", "-":
		return JudgementNone, nil
	}
	return "", fmt.Errorf("unknown judgement %q (want outstanding, good, requires-improvement, inadequate or none)", s)
}

// dateLayouts are the date spellings Import accepts, tried in order.
var dateLayouts = []string{DateLayout, "02/01/2006", "2/1/2006", "02-01-2006", "02.01.2006",
	"2 January 2006", "2 Jan 2006", "January 2, 2006", "2006/01/02"}

// ParseDate reads a date written YYYY-MM-DD, DD/MM/YYYY (UK order, never US),
// DD-MM-YYYY, DD.MM.YYYY or "2 January 2006" and returns it as YYYY-MM-DD.
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
	return "", fmt.Errorf("date %q is not YYYY-MM-DD or DD/MM/YYYY", s)
}

// squash lower-cases s, trims it, turns underscores into spaces and
// collapses runs of spaces, so that "Requires  Improvement" matches.
func squash(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "_", " "))
	s = strings.NewReplacer("’", "", "'", "").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
