package indexer

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/internal/terminal"
	"github.com/councilminutes/minutes/search/schema"
)

// Failure is a file the run could not index, with the reason. A file that
// fails keeps whatever the index held for it before.
type Failure struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// FileWarnings are the doubts extraction had about one file that it did
// index.
type FileWarnings struct {
	File     string   `json:"file"`
	Warnings []string `json:"warnings"`
}

// Summary is the outcome of an indexing run, printed at its end and written
// as JSON by --report.
type Summary struct {
	Corpus    string         `json:"corpus"`
	Index     string         `json:"index"`
	Full      bool           `json:"full"`
	Seen      int            `json:"files_seen"`
	Indexed   int            `json:"files_indexed"`
	Unchanged int            `json:"files_unchanged"`
	Skipped   int            `json:"files_skipped"` // unchanged plus passed over (links, unreadable)
	Failed    int            `json:"files_failed"`
	Deleted   int            `json:"files_deleted"`
	Retagged  int            `json:"files_retagged"` // written again for an edit of topics.json
	Meetings  int            `json:"meetings"`       // meetings written by this run
	Items     int            `json:"items"`          // items written by this run
	Seconds   float64        `json:"seconds"`
	Failures  []Failure      `json:"failures"`
	Passed    []Skipped      `json:"passed_over,omitempty"`
	Warnings  []FileWarnings `json:"warnings,omitempty"`
	// Duplicates are the meetings held by several files: one is indexed,
	// the others are linked from it (see Duplicate).
	Duplicates []Duplicate `json:"duplicates,omitempty"`
	// LowConfidence lists the files whose items may be mis-split
	// (structure confidence below schema.LowConfidence).
	LowConfidence []FileStructure `json:"low_confidence,omitempty"`
}

// FileStructure is how extraction found one file's items.
type FileStructure struct {
	File string `json:"file"`
	schema.Structure
}

// noteMeeting records what a run should report of a file it indexed: its
// warnings, and its structure when the items may be mis-split.
func (s *Summary) noteMeeting(rel string, m schema.Meeting) {
	if len(m.Warnings) > 0 {
		s.Warnings = append(s.Warnings, FileWarnings{File: rel, Warnings: m.Warnings})
	}
	if m.Structure.Method != "" && m.Structure.Confidence < schema.LowConfidence {
		s.LowConfidence = append(s.LowConfidence, FileStructure{File: rel, Structure: m.Structure})
	}
}

// NoChange reports whether the run wrote nothing to the index.
func (s *Summary) NoChange() bool {
	return s.Indexed == 0 && s.Deleted == 0 && s.Retagged == 0
}

// Line is the one-line summary printed at the end of a run.
func (s *Summary) Line() string {
	line := fmt.Sprintf("files seen %d, indexed %d, skipped %d, failed %d, deleted %d; wrote %d meetings, %d items; %.2fs",
		s.Seen, s.Indexed, s.Skipped, s.Failed, s.Deleted, s.Meetings, s.Items, s.Seconds)
	if s.Retagged > 0 {
		line += fmt.Sprintf("; re-tagged %d after a topics edit", s.Retagged)
	}
	if s.NoChange() {
		line += " (nothing changed: no indexing work done)"
	}
	return line
}

// Print writes the summary for people: the failures, one a line, then the
// summary line.
func (s *Summary) Print(w io.Writer) {
	for _, f := range s.Failures {
		fmt.Fprintf(w, "FAILED %s: %s\n", terminal.Escape(f.File), terminal.Escape(f.Reason))
	}
	for _, p := range s.Passed {
		fmt.Fprintf(w, "passed over %s: %s\n", terminal.Escape(p.Rel), terminal.Escape(p.Reason))
	}
	for _, d := range s.Duplicates {
		fmt.Fprintf(w, "same meeting %s: indexed %s, linked %s\n", terminal.Escape(d.MeetingID),
			terminal.Escape(d.Kept), terminal.Escape(strings.Join(d.Alternatives, ", ")))
	}
	for _, f := range s.LowConfidence {
		reason := ""
		if len(f.Reasons) > 0 {
			reason = ": " + f.Reasons[0]
		}
		fmt.Fprintf(w, "low confidence %s: items %s, confidence %.2f%s (may be mis-split)\n", terminal.Escape(f.File), f.Method, f.Confidence, terminal.Escape(reason))
	}
	fmt.Fprintln(w, s.Line())
}

// WriteReport writes the summary as indented JSON to path, atomically.
func (s *Summary) WriteReport(path string) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("encode report: %w", err)
	}
	if err := corpus.WriteFileAtomic(path, append(data, '\n')); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}
