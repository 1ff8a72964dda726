package coverage

import (
	"path"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// Input is everything Compute needs.
type Input struct {
	Meetings []MeetingInfo  `json:"meetings"` // meetings with minutes indexed
	Failures []Failure      `json:"failures"` // files that could not be read
	Known    []KnownMeeting `json:"known"`    // meetings named by fetched listings
}

// MeetingInfo is one meeting whose minutes were indexed.
type MeetingInfo struct {
	CouncilSlug   string `json:"council_slug"`
	Council       string `json:"council"` // display name
	CommitteeSlug string `json:"committee_slug"`
	Committee     string `json:"committee"`
	Date          string `json:"date"`        // YYYY-MM-DD or ""
	DateSource    string `json:"date_source"` // schema.DateFrom* / DateInferred / DateUnknown
	Items         int    `json:"items"`
	Draft         bool   `json:"draft"` // minutes marked draft or not yet approved
	File          string `json:"file"`  // corpus-relative path
	Format        string `json:"format"`
	OCR           bool   `json:"ocr"` // text came from OCR of page images
	// How extraction found the items (schema.Structure) and how far to
	// trust them; Method is "" for records indexed before it was kept.
	Method     string  `json:"method,omitempty"`
	Confidence float64 `json:"confidence"`
	Reason     string  `json:"reason,omitempty"` // the first reason, in words
}

// MaySplitWrong reports whether the meeting's items may be mis-split: a
// confidence below schema.LowConfidence, or no structure found at all.
func (m MeetingInfo) MaySplitWrong() bool {
	return m.Method != "" && m.Confidence < schema.LowConfidence
}

// Failure is a file of minutes that could not be read.
type Failure struct {
	File        string `json:"file"`         // corpus-relative path
	CouncilSlug string `json:"council_slug"` // from the path's first folder; "" when not known
	Reason      string `json:"reason"`
}

// KnownMeeting is a meeting a fetched listing names (a manifest entry with
// the council's own meeting id), whether or not we hold its minutes.
type KnownMeeting struct {
	CouncilSlug   string `json:"council_slug"`
	CommitteeSlug string `json:"committee_slug"`
	MeetingID     string `json:"meeting_id,omitempty"` // the council's own id, when known
	Date          string `json:"date"`                 // YYYY-MM-DD or ""
	HasMinutes    bool   `json:"has_minutes"`          // the listing links minutes
	// NotHeld says why the meeting was not held ("cancelled", "postponed",
	// "withdrawn"), as the council's listing or meeting page says; "" when
	// it was held. Such a meeting has no minutes to miss.
	NotHeld string `json:"not_held,omitempty"`
}

// FromMeeting describes an extracted meeting. ocr says whether its text
// came from OCR (ReadByOCR).
func FromMeeting(m schema.Meeting, ocr bool) MeetingInfo {
	source := m.DateSource
	if m.Date == "" {
		source = schema.DateUnknown
	}
	info := MeetingInfo{
		CouncilSlug: m.CouncilSlug, Council: m.Council,
		CommitteeSlug: m.CommitteeSlug, Committee: m.Committee,
		Date: m.Date, DateSource: source, Items: len(m.Items), Draft: m.Draft,
		File: m.SourcePath, Format: m.Format, OCR: ocr,
		Method: m.Structure.Method, Confidence: m.Structure.Confidence,
	}
	if len(m.Structure.Reasons) > 0 {
		info.Reason = m.Structure.Reasons[0]
	}
	return info
}

// FailureOf records a failed file, taking the council from the first
// folder of its corpus-relative path ("kent/cpp/2013-12-13.pdf" is kent's).
func FailureOf(file, reason string) Failure {
	council, _ := pathFolders(file)
	return Failure{File: file, CouncilSlug: council, Reason: reason}
}

// pathFolders returns the slugs of the first two folders of a
// corpus-relative path (council/committee/file), "" where there are none.
func pathFolders(file string) (council, committee string) {
	parts := strings.Split(path.Clean(strings.ReplaceAll(file, `\`, "/")), "/")
	if len(parts) >= 2 {
		council = schema.Slug(parts[0])
	}
	if len(parts) >= 3 {
		committee = schema.Slug(parts[1])
	}
	return council, committee
}

// Listing is one manifest entry (corpus/manifest.json) as
// KnownFromListings needs it; the caller converts the manifest, so that
// this package does not depend on the indexer.
type Listing struct {
	Path      string // corpus-relative path of the stored file
	Council   string // council name as the listing gives it; "" when not known
	Committee string // committee name; "" when not known
	Date      string // YYYY-MM-DD or ""
	MeetingID string // the council's own meeting id; "" when not from a fetched listing
}

// KnownFromListings lists the meetings the manifest knows from fetched
// listings: the entries with a meeting_id, one per meeting however many
// files it has. They all have minutes (the manifest lists stored files);
// meetings a fetch found without published minutes are added by the
// caller with HasMinutes false. councilSlug maps a council name to its
// slug (e.g. through the councils list; nil means schema.Slug); without
// a name the council is the path's first folder.
func KnownFromListings(entries []Listing, councilSlug func(name string) string) []KnownMeeting {
	if councilSlug == nil {
		councilSlug = schema.Slug
	}
	var out []KnownMeeting
	seen := map[string]bool{}
	for _, e := range entries {
		if e.MeetingID == "" {
			continue
		}
		council, committee := pathFolders(e.Path)
		if e.Council != "" {
			council = councilSlug(e.Council)
		}
		if e.Committee != "" {
			committee = schema.Slug(e.Committee)
		}
		k := KnownMeeting{CouncilSlug: council, CommitteeSlug: committee,
			MeetingID: e.MeetingID, Date: e.Date, HasMinutes: true}
		key := k.CouncilSlug + "|" + k.CommitteeSlug + "|" + k.MeetingID
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, k)
	}
	return out
}
