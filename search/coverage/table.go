package coverage

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/councilminutes/minutes/internal/terminal"
)

// Legend says where each column of WriteTable comes from.
const Legend = `known:    meetings named by fetched listings (manifest entries with the council's meeting id); "-" when no listing was fetched
no-mins:  listed meetings the listing shows without minutes
missing:  listed with minutes, but no indexed meeting on that date
indexed:  meetings whose minutes are indexed; items: their agenda items
undated:  indexed meetings with no known date (year "unknown"); inferred: dates inferred, not printed
draft:    minutes marked draft or not yet approved; ocr: text read by OCR
low-conf: meetings whose items may be mis-split (structure confidence below 0.5), listed below the table
failed:   files that could not be read (year from the file name)
expect:   meetings the committees' cadences expect that year, learned from their own history (recesses,
          and years before a committee's first or after its last minutes, expect none); "-": no cadence
gap-mo:   months in which the committee's cadence expects a meeting that has no minutes
thin:     over a third of the meetings expected have no minutes (with no cadence: fewer than 3 indexed)`

// WriteTable prints coverage as a readable text table: per council, a row
// per committee and year, the council's totals per year, the gaps with
// their explanations, the failed files and the notes; then the Legend.
func WriteTable(w io.Writer, covs []CouncilCoverage) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for i, c := range covs {
		if i > 0 {
			fmt.Fprintln(tw)
		}
		if c.Slug == "" {
			fmt.Fprintln(tw, terminal.Escape(c.Name))
		} else {
			fmt.Fprintf(tw, "%s (%s)\n", terminal.Escape(c.Name), terminal.Escape(c.Slug))
		}
		fmt.Fprintln(tw, "committee\tyear\tknown\tno-mins\tmissing\tindexed\titems\tundated\tinferred\tdraft\tocr\tlow-conf\tfailed\texpect\tgap-mo\tthin")
		for _, cm := range c.Committees {
			for _, y := range cm.Years {
				writeRow(tw, cm.Name, y, "")
			}
		}
		for _, y := range c.Years {
			thin := ""
			if y.Thin != "" {
				thin = "thin"
			}
			writeRow(tw, "all committees", y, thin)
		}
		writeRow(tw, "total", YearRow{Year: "", Counts: c.Totals}, "")
		if err := tw.Flush(); err != nil {
			return fmt.Errorf("write coverage table: %w", err)
		}
		writeDetails(w, c)
	}
	if _, err := fmt.Fprintf(w, "\n%s\n", Legend); err != nil {
		return fmt.Errorf("write coverage table: %w", err)
	}
	return nil
}

func writeRow(w io.Writer, name string, y YearRow, thin string) {
	known, noMins, missing := "-", "-", "-"
	if y.Listed {
		known, noMins, missing = fmt.Sprint(y.Known), fmt.Sprint(y.ListedNoMinutes), fmt.Sprint(y.ListedNotIndexed)
	}
	expect := "-"
	if y.Expected > 0 {
		expect = fmt.Sprint(y.Expected)
	}
	fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%d\t%s\n", terminal.Escape(name), terminal.Escape(y.Year), known, noMins, missing,
		y.Indexed, y.Items, y.DateUnknown, y.DateInferred, y.Draft, y.OCR, y.LowConfidence, y.Failed, expect, y.GapMonths, thin)
}

func writeDetails(w io.Writer, c CouncilCoverage) {
	for _, cm := range c.Committees {
		if cm.JudgedBy != "" {
			fmt.Fprintf(w, "  cadence  %s: %s\n", terminal.Escape(cm.Name), terminal.Escape(cm.Cadence))
		}
		for _, g := range cm.Gaps {
			fmt.Fprintf(w, "  gap  %s: %s\n", terminal.Escape(cm.Name), terminal.Escape(g.Explanation))
		}
		for _, n := range cm.NotHeld {
			fmt.Fprintf(w, "  not held  %s: %s: %s\n", terminal.Escape(cm.Name), n.Date, terminal.Escape(n.Words()))
		}
	}
	for _, f := range c.Failures {
		fmt.Fprintf(w, "  failed  %s: %s\n", terminal.Escape(f.File), terminal.Escape(f.Reason))
	}
	for _, m := range c.MaySplitWrong {
		fmt.Fprintf(w, "  low-conf  %s: items %s, confidence %.2f: %s\n", terminal.Escape(m.File), m.Method, m.Confidence, terminal.Escape(m.Reason))
	}
	for _, n := range c.Notes {
		fmt.Fprintf(w, "  note  %s\n", terminal.Escape(n))
	}
}
