package inspect

import "time"

// Kinds of inspection, as written in the data file.
const (
	KindFull            = "full"             // a full (graded) inspection: ILACS, SIF
	KindFocusedVisit    = "focused-visit"    // an ILACS focused visit
	KindMonitoringVisit = "monitoring-visit" // a monitoring visit after an inadequate judgement
	KindJTAI            = "jtai"             // a joint targeted area inspection
	KindOther           = "other"            // anything else (SEND area inspections, notices, ...)
)

// Judgements, as written in the data file. Visits carry JudgementNone.
const (
	JudgementOutstanding         = "outstanding"
	JudgementGood                = "good"
	JudgementRequiresImprovement = "requires-improvement"
	JudgementInadequate          = "inadequate"
	JudgementNone                = "none"
)

// Graded lists the judgements a full inspection can give, best first.
var Graded = []string{JudgementOutstanding, JudgementGood, JudgementRequiresImprovement, JudgementInadequate}

// DateLayout is the layout of every date the package reads and writes.
const DateLayout = "2006-01-02"

// FromMinutes is the Source of every Candidate: mined from the minutes,
// not confirmed against Ofsted's own record.
const FromMinutes = "from minutes"

// Inspection is one inspection of a council, as recorded in
// corpus/inspections.csv.
type Inspection struct {
	Council         string `json:"council"`                    // council slug, e.g. "luton"
	Kind            string `json:"kind"`                       // one of the Kind* constants
	StartDate       string `json:"start_date,omitempty"`       // YYYY-MM-DD
	PublicationDate string `json:"publication_date,omitempty"` // YYYY-MM-DD
	Judgement       string `json:"judgement"`                  // one of the Judgement* constants
	ReportURL       string `json:"report_url,omitempty"`
	Source          string `json:"source"` // where the entry came from; never empty
}

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
	URL         string `json:"url,omitempty"` // this app's page for the item, when known
	Sentence    string `json:"sentence"`      // the sentence, whitespace collapsed
	Source      string `json:"source"`        // always FromMinutes
}
