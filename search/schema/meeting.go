package schema

// Date sources, as reported in Meeting.DateSource. They say where a
// meeting's date came from, so that a reader can judge how far to trust it.
const (
	DateFromManifest = "manifest" // the corpus manifest (what a crawler knew)
	DateFromText     = "text"     // printed in the minutes themselves
	DateFromFilename = "filename" // the file's name, e.g. 2013-12-13.pdf
	DateInferred     = "inferred" // other solid evidence, e.g. a source URL
	DateUnknown      = "unknown"  // no evidence: Date is empty
)

// Meeting is one set of minutes: the metadata of one committee meeting and
// its agenda items in order. Extraction produces it; indexing consumes it.
type Meeting struct {
	ID            string   `json:"id"`
	Council       string   `json:"council"`        // display name, e.g. "Kent County Council"
	CouncilSlug   string   `json:"council_slug"`   // e.g. "kent"
	Committee     string   `json:"committee"`      // display name
	CommitteeSlug string   `json:"committee_slug"` // e.g. "corporate-parenting-panel"
	Date          string   `json:"date"`           // YYYY-MM-DD, or "" when unknown
	DateSource    string   `json:"date_source"`    // one of the Date* constants
	Time          string   `json:"time,omitempty"` // start time as printed, e.g. "4.00 pm"
	Venue         string   `json:"venue"`
	Title         string   `json:"title"`
	Present       []string `json:"present,omitempty"`
	Apologies     []string `json:"apologies,omitempty"`
	InAttendance  []string `json:"in_attendance,omitempty"`
	// Attendance is who attended, read from the lists above as people:
	// the chair apart, titles and roles apart from names.
	Attendance Attendance `json:"attendance,omitzero"`
	Draft      bool       `json:"draft,omitempty"` // minutes marked draft or not yet approved
	// Header is the text before the first item (headings, venue, attendance
	// lists, contact lines) as printed, so that no word of the source is lost.
	Header string `json:"header,omitempty"`

	// Where the minutes came from.
	SourcePath string `json:"file"`                 // path relative to the corpus root, with forward slashes
	SourceURL  string `json:"source_url,omitempty"` // the council's own URL, when known
	// Alternatives are the other files of the corpus that hold this same
	// meeting (another spelling of its date, another format), as paths
	// like SourcePath: the fullest one is indexed, the others linked.
	Alternatives []string `json:"alternatives,omitempty"`
	Format       string   `json:"format"`          // pdf, text, markdown, html, docx, moderngov
	Pages        int      `json:"pages,omitempty"` // PDF pages
	Hash         string   `json:"hash,omitempty"`  // sha256 of the source file, hex
	// Kind is the kind of paper: KindMinutes, KindAgenda, KindReport or
	// KindDecision, from the file's name (PaperOf) or its manifest entry.
	Kind string `json:"kind,omitempty"`
	// ForMeeting is, for a paper other than minutes, the ID of the meeting
	// it belongs to: the ID its minutes have or would have.
	ForMeeting string `json:"for_meeting,omitempty"`

	Items    []Item   `json:"items"`
	Warnings []string `json:"warnings"`

	// Structure says how the items were found and how far to trust them.
	Structure Structure `json:"structure,omitzero"`
	// CouncilSource and CommitteeSource say where the council and the
	// committee came from, as DateSource does for the date: "manifest",
	// "option", "text" (the heading of the minutes), "mentions",
	// "previous minutes", "folder" or "" when unknown.
	CouncilSource   string `json:"council_source,omitempty"`
	CommitteeSource string `json:"committee_source,omitempty"`
}

// Structure is how extraction found a meeting's items: the method
// ("numbered", "references", "headings", "table", "sections", "whole",
// "moderngov"), a confidence from 0 to 1 that the items are the ones
// printed, and the reasons for it, in words.
type Structure struct {
	Method     string   `json:"method"`
	Confidence float64  `json:"confidence"`
	Reasons    []string `json:"reasons"`
}

// LowConfidence is the confidence below which a meeting's items may be
// mis-split: the meeting page, the indexing report and coverage flag it.
const LowConfidence = 0.5

// Item is one agenda item of a meeting: what was on the agenda, what the
// minute records, and what was decided.
type Item struct {
	ID        string   `json:"id"`
	MeetingID string   `json:"meeting_id"`
	Seq       int      `json:"seq"`    // 1-based position in the meeting
	Number    string   `json:"number"` // as printed: "29", "65", "CPP/17/22", "iv", or ""
	Title     string   `json:"title"`
	Agenda    string   `json:"agenda,omitempty"` // what the item was for (agenda text)
	Text      string   `json:"text"`             // the minute: what happened
	Decisions []string `json:"decisions"`        // RESOLVED / AGREED / NOTED passages
	// DecisionDetails are the decisions as data, one per decision of
	// Decisions (same order, same texts): kind, mover, seconder, votes.
	DecisionDetails []Decision `json:"decision_details,omitempty"`
	// People are those the item names acting: who moved, seconded or
	// voted in a recorded vote (Role "moved", "seconded", "voted"), and
	// the meeting's attendees named with a title in its text ("Councillor
	// Keary asked…", Role "named").
	People    []Person `json:"people,omitempty"`
	Topics    []string `json:"topics"` // topic slugs
	Truncated bool     `json:"truncated,omitempty"`
	// Procedural is true for apologies, declarations of interest, approval of
	// previous minutes and similar housekeeping items.
	Procedural bool `json:"procedural,omitempty"`
}

// AssignIDs sets the meeting's ID from its source path when it is empty, and
// gives every item a stable ID and its 1-based Seq. Call it once extraction
// has settled the item order.
func (m *Meeting) AssignIDs() {
	if m.ID == "" {
		m.ID = MeetingID(m.SourcePath)
	}
	for i := range m.Items {
		m.Items[i].Seq = i + 1
		m.Items[i].MeetingID = m.ID
		m.Items[i].ID = ItemID(m.ID, i+1)
	}
}
