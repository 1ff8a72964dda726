package moderngov

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/internal/terminal"
)

// What became of a council in a many-council run (CouncilResult.Status).
const (
	statusFetched     = "fetched"
	statusEarlier     = "fetched earlier in this run"
	statusFailed      = "failed"
	statusInterrupted = "interrupted"
	statusNotReached  = "not reached"
)

// CouncilResult is what a many-council run did with one council: its
// site and how it was found, the committees fetched, the meetings stored
// (new or changed), unchanged, without minutes and failed, and why it
// failed or stopped.
type CouncilResult struct {
	Slug    string `json:"slug"`
	Name    string `json:"name"`
	Site    string `json:"site,omitempty"`
	FoundBy string `json:"found_by,omitempty"`
	Status  string `json:"status"`
	corpus.FetchCounts
	Error    string    `json:"error,omitempty"`
	Failures []Outcome `json:"failures,omitempty"` // the meetings that failed, with their reasons
}

// RunSummary reports a many-council run: every council chosen, the
// requests this run sent and how long it took, and why it stopped early.
type RunSummary struct {
	Started  string          `json:"started"` // the run's start (an earlier one when it was resumed)
	Resumed  bool            `json:"resumed"`
	Councils []CouncilResult `json:"councils"`
	Requests int             `json:"requests"`
	Took     time.Duration   `json:"took_ns"`
	Stopped  string          `json:"stopped,omitempty"`
}

// resultFromSummary fills in a result's counts from a council's fetch.
func resultFromSummary(r CouncilResult, s *Summary) CouncilResult {
	if s == nil {
		return r
	}
	r.FetchCounts = s.counts()
	r.Failures = s.Failed
	return r
}

// resultFromSource is the result of a council fetched earlier in the run,
// as sources.json recorded it.
func resultFromSource(t target, src corpus.Source, status string) CouncilResult {
	return CouncilResult{Slug: t.slug, Name: t.name, Site: src.Site, FoundBy: src.FoundBy, Status: status,
		FetchCounts: src.FetchCounts, Error: src.LastError}
}

// Print writes the run's table (council, site, committees, meetings
// stored, unchanged, without minutes and failed, and what happened), a
// line of totals, and every failure with its reason.
func (r *RunSummary) Print(w io.Writer) {
	var table bytes.Buffer
	tw := tabwriter.NewWriter(&table, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "council\tsite\tcommittees\tstored\tunchanged\tno minutes\tfailed\tnote")
	counts := map[string]int{}
	for _, c := range r.Councils {
		counts[c.Status]++
		site := orElse(c.Site, "-")
		if c.FoundBy == corpus.FoundByDomain && c.Site != "" {
			site += " (found)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%s\n", terminal.Escape(c.Slug), terminal.Escape(site),
			c.Committees, c.Stored, c.Unchanged, c.WithoutMinutes, c.Failed, note(c))
	}
	tw.Flush()
	for _, line := range strings.Split(strings.TrimSuffix(table.String(), "\n"), "\n") {
		fmt.Fprintln(w, strings.TrimRight(line, " ")) // rows with no note end in padding
	}
	var parts []string
	for _, s := range []string{statusFetched, statusEarlier, statusFailed, statusInterrupted, statusNotReached} {
		if counts[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[s], s))
		}
	}
	fmt.Fprintf(w, "%d councils: %s; %d requests in %s\n", len(r.Councils), strings.Join(parts, ", "), r.Requests, r.Took.Round(time.Second))
	if r.Stopped != "" {
		fmt.Fprintln(w, terminal.Escape("stopped: "+r.Stopped+"; run the same command again to carry on"))
	}
	var failures []string
	for _, c := range r.Councils {
		if c.Error != "" && c.Status != statusEarlier {
			failures = append(failures, c.Slug+": "+c.Error)
		}
		for _, o := range c.Failures {
			failures = append(failures, fmt.Sprintf("%s: %s %s %s: %s", c.Slug, o.Committee, o.Date, o.MeetingID, o.Reason))
		}
	}
	if len(failures) > 0 {
		fmt.Fprintln(w, "failures:")
		for _, f := range failures {
			fmt.Fprintln(w, "  "+terminal.Escape(f))
		}
	}
}

// note is the last column of a council's row: what became of it, when
// it is not simply fetched.
func note(c CouncilResult) string {
	switch c.Status {
	case statusFetched:
		return ""
	case statusFailed:
		if c.Site == "" {
			return "no site found"
		}
		return "failed"
	}
	return c.Status
}
