package moderngov

import (
	"fmt"
	"io"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/internal/terminal"
)

// Outcome is what became of one meeting (or, with no MeetingID, of a
// whole committee whose meetings could not be listed).
type Outcome struct {
	Committee string   `json:"committee"`
	MeetingID string   `json:"meeting_id,omitempty"`
	Date      string   `json:"date,omitempty"`
	Files     []string `json:"files,omitempty"`  // corpus-relative paths written or kept
	Reason    string   `json:"reason,omitempty"` // why it failed, was skipped, or a warning
}

// Summary reports a Fetch: the meetings stored (new or changed), skipped
// (already stored and unchanged), without published minutes, and failed,
// each failure with its reason.
type Summary struct {
	Site         string    `json:"site"`
	Council      string    `json:"council"`
	CouncilSlug  string    `json:"council_slug"`
	Committees   []string  `json:"committees"`
	Fallback     bool      `json:"fallback"` // the HTML pages were used for at least one request
	Stored       []Outcome `json:"stored"`
	Skipped      []Outcome `json:"skipped"`
	NotPublished []Outcome `json:"not_published"`
	Failed       []Outcome `json:"failed"`
	Requests     int       `json:"requests"` // HTTP requests sent, retries included
	Refused      int       `json:"refused"`  // requests and redirects refused: another host, or a non-public address
}

// String is the summary line printed at the end of a fetch.
func (s *Summary) String() string {
	line := fmt.Sprintf("%s: %d committees, %d meetings stored, %d unchanged, %d without minutes, %d failed, %d requests",
		s.Council, len(s.Committees), len(s.Stored), len(s.Skipped), len(s.NotPublished), len(s.Failed), s.Requests)
	if s.Refused > 0 {
		line += fmt.Sprintf(", %d refused (another host or a non-public address)", s.Refused)
	}
	return line
}

// Print writes the summary line, then every failure with its reason.
func (s *Summary) Print(w io.Writer) {
	fmt.Fprintln(w, terminal.Escape(s.String()))
	for _, o := range s.Failed {
		fmt.Fprintln(w, terminal.Escape(fmt.Sprintf("failed: %s %s %s: %s", o.Committee, o.Date, o.MeetingID, o.Reason)))
	}
}

// Outcome kinds, as recorded by the fetcher.
const (
	stored       = "stored"
	skipped      = "unchanged"
	notPublished = "no minutes"
	failed       = "failed"
)

// add records an outcome of the given kind and writes a progress line.
func (s *Summary) add(kind string, o Outcome, progress io.Writer) {
	switch kind {
	case stored:
		s.Stored = append(s.Stored, o)
	case skipped:
		s.Skipped = append(s.Skipped, o)
	case notPublished:
		s.NotPublished = append(s.NotPublished, o)
	default:
		s.Failed = append(s.Failed, o)
	}
	if progress == nil {
		return
	}
	line := fmt.Sprintf("%s %s %s: %s", o.Committee, o.Date, o.MeetingID, kind)
	if o.Reason != "" {
		line += " (" + o.Reason + ")"
	}
	fmt.Fprintln(progress, terminal.Escape(line))
}

// counts are the summary's figures as sources.json and a many-council
// run's table keep them.
func (s *Summary) counts() corpus.FetchCounts {
	return corpus.FetchCounts{Committees: len(s.Committees), Stored: len(s.Stored), Unchanged: len(s.Skipped),
		WithoutMinutes: len(s.NotPublished), Failed: len(s.Failed), Requests: s.Requests}
}
