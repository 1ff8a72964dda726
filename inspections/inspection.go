package inspections

import "time"

// Kinds of inspection, as written in the data file.
const (
	KindFull            = "full"             // a full (graded) inspection: ILACS, SIF
	KindFocusedVisit    = "focused-visit"    // an ILACS focused visit
	KindMonitoringVisit = "monitoring-visit" // a monitoring visit after an inadequate judgement
	KindJTAI            = "jtai"             // a joint targeted area inspection
	KindOther           = "other"            // anything else (SEND area inspections, notices, ...)
)

// Judgements, as written in the data file.
const (
	JudgementOutstanding         = "outstanding"
	JudgementGood                = "good"
	JudgementRequiresImprovement = "requires-improvement"
	JudgementInadequate          = "inadequate"
	// JudgementNone: no judgement was given. Visits and JTAIs give none,
	// and so do full inspections since the April 2026 reform, which no
	// longer give an overall judgement.
	JudgementNone = "none"
	// JudgementNotRecorded: a judgement was given but is not recorded
	// here (the source could not read it from the report). Never read as
	// any grade.
	JudgementNotRecorded = "not-recorded"
	// JudgementNotJudged is a sub-judgement the inspection did not make:
	// care leavers were judged apart only from 2023.
	JudgementNotJudged = "not-judged"
)

// Graded lists the judgements a full inspection can give, best first.
var Graded = []string{JudgementOutstanding, JudgementGood, JudgementRequiresImprovement, JudgementInadequate}

// DateLayout is the layout of every date the package reads and writes.
const DateLayout = "2006-01-02"

// FromMinutes is the Source of every Candidate: mined from the minutes,
// not confirmed against Ofsted's own record.
const FromMinutes = "from minutes"

// Inspection is one inspection of a council, as recorded in
// data/inspections.csv (built in) or a corpus's inspections.csv.
type Inspection struct {
	Council         string `json:"council"`                    // council slug, e.g. "luton"
	Kind            string `json:"kind"`                       // one of the Kind* constants
	StartDate       string `json:"start_date,omitempty"`       // YYYY-MM-DD
	PublicationDate string `json:"publication_date,omitempty"` // YYYY-MM-DD
	// Judgement is the overall effectiveness: a Graded value,
	// JudgementNone or JudgementNotRecorded.
	Judgement string `json:"judgement"`
	// SubJudgements are the judgements of an ILACS inspection beside the
	// overall one, each a Graded value, JudgementNotRecorded,
	// JudgementNotJudged or "" when not stated.
	SubJudgements
	ReportURL string `json:"report_url,omitempty"`
	Source    string `json:"source"` // where the entry came from; never empty
}

// SubJudgements are the four judgements an ILACS inspection gives beside
// the overall effectiveness. Their JSON and column names are those of the
// API's filters (care_leavers=inadequate).
type SubJudgements struct {
	Leaders           string `json:"leaders,omitempty"`             // the impact of leaders on social work practice
	HelpAndProtection string `json:"help_and_protection,omitempty"` // children who need help and protection
	InCare            string `json:"in_care,omitempty"`             // children in care
	CareLeavers       string `json:"care_leavers,omitempty"`        // care leavers (judged apart from 2023)
}

// SubJudgement names one of the SubJudgements: its column and parameter
// name and what it judges, in words.
type SubJudgement struct {
	Name, Label string
}

// SubJudgementNames lists the sub-judgements in the order reports give them.
var SubJudgementNames = []SubJudgement{
	{"leaders", "impact of leaders"},
	{"help_and_protection", "help and protection"},
	{"in_care", "children in care"},
	{"care_leavers", "care leavers"},
}

// Get returns the sub-judgement of that name ("" for an unknown name).
func (s SubJudgements) Get(name string) string {
	switch name {
	case "leaders":
		return s.Leaders
	case "help_and_protection":
		return s.HelpAndProtection
	case "in_care":
		return s.InCare
	case "care_leavers":
		return s.CareLeavers
	}
	return ""
}

// Set sets the sub-judgement of that name; it reports false for an
// unknown name.
func (s *SubJudgements) Set(name, value string) bool {
	switch name {
	case "leaders":
		s.Leaders = value
	case "help_and_protection":
		s.HelpAndProtection = value
	case "in_care":
		s.InCare = value
	case "care_leavers":
		s.CareLeavers = value
	default:
		return false
	}
	return true
}

// IsZero reports whether no sub-judgement is set.
func (s SubJudgements) IsZero() bool { return s == SubJudgements{} }

// Date is the date the inspection counts from: its publication date,
// falling back to its start date. ok is false when it has neither.
func (in Inspection) Date() (time.Time, bool) {
	for _, s := range []string{in.PublicationDate, in.StartDate} {
		if t, err := time.Parse(DateLayout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// IsGraded reports whether a judgement is one of Graded.
func IsGraded(judgement string) bool {
	switch judgement {
	case JudgementOutstanding, JudgementGood, JudgementRequiresImprovement, JudgementInadequate:
		return true
	}
	return false
}

// Candidate is a sentence of the minutes that reports an inspection or its
// outcome. It is evidence for a person to check, not an Inspection.
type Candidate struct {
	Council     string `json:"council"`      // council slug of the meeting
	Kind        string `json:"kind"`         // one of the Kind* constants; full when the minutes just say "inspection"
	Judgement   string `json:"judgement"`    // one of the Judgement* constants but none, or "" when not stated
	When        string `json:"when"`         // YYYY-MM or YYYY as stated, else ""
	MeetingID   string `json:"meeting_id"`   // the meeting whose minutes say it
	MeetingDate string `json:"meeting_date"` // that meeting's date, "" when unknown
	ItemID      string `json:"item_id"`
	URL         string `json:"url,omitempty"` // the item's page: filled by the web layer (web/links.go)
	Sentence    string `json:"sentence"`      // the sentence, whitespace collapsed
	Source      string `json:"source"`        // always FromMinutes
	// Recorded is the inspection of the record the sentence speaks of (the
	// same council, within a month), set by Check; nil when none matches,
	// and the candidate stays "from minutes, not in Ofsted's record".
	Recorded *Inspection `json:"recorded,omitempty"`
}
