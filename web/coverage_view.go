package web

import (
	"fmt"
	"strings"

	"github.com/councilminutes/minutes/search/coverage"
)

// coverageGrid is a council's year x committee grid: meetings indexed per
// cell, gaps and failed files marked, thin years flagged.
type coverageGrid struct {
	Years    []gridYear
	Rows     []gridRow
	Gaps     []gridNote // each gap, explained
	NotHeld  []gridNote // each meeting the council says was not held
	Failures []gridNote // each file that could not be read
	Notes    []string
}

type gridYear struct {
	Year string
	Thin string // why the year is too thin to compare; "" when it is not
}

type gridRow struct {
	Name    string
	Cadence string // the committee's cadence in words, or why it has none
	Cells   []gridCell
	Total   bool // the all-committees row
}

type gridCell struct {
	Indexed int
	Class   string // "", "none", "gap", "failed" (space-separated, may combine)
	Title   string
}

type gridNote struct {
	Label, Text string
}

// newCoverageGrid lays out a council's coverage.
func newCoverageGrid(cov *coverage.CouncilCoverage) coverageGrid {
	var g coverageGrid
	for _, y := range cov.Years {
		g.Years = append(g.Years, gridYear{Year: y.Year, Thin: y.Thin})
	}
	for _, cm := range cov.Committees {
		byYear := map[string]coverage.YearRow{}
		for _, y := range cm.Years {
			byYear[y.Year] = y
		}
		row := gridRow{Name: cm.Name, Cadence: cm.Cadence}
		for _, y := range g.Years {
			row.Cells = append(row.Cells, newGridCell(cm.Name, y.Year, byYear[y.Year]))
		}
		g.Rows = append(g.Rows, row)
		for _, gap := range cm.Gaps {
			g.Gaps = append(g.Gaps, gridNote{Label: cm.Name, Text: gap.Explanation})
		}
		for _, n := range cm.NotHeld {
			g.NotHeld = append(g.NotHeld, gridNote{Label: cm.Name, Text: n.Date + ": " + n.Words()})
		}
	}
	if len(cov.Committees) > 1 {
		row := gridRow{Name: "All committees", Total: true}
		for _, y := range cov.Years {
			row.Cells = append(row.Cells, newGridCell("All committees", y.Year, y))
		}
		g.Rows = append(g.Rows, row)
	}
	for _, f := range cov.Failures {
		g.Failures = append(g.Failures, gridNote{Label: f.File, Text: f.Reason})
	}
	g.Notes = cov.Notes
	return g
}

func newGridCell(name, year string, y coverage.YearRow) gridCell {
	c := gridCell{Indexed: y.Indexed}
	var class, says []string
	says = append(says, fmt.Sprintf("%s, %s: %s indexed", name, year, plural(y.Indexed, "meeting", "meetings")))
	if y.Expected > 0 {
		says[0] += fmt.Sprintf(" of about %d its cadence expects", y.Expected)
	}
	if y.Indexed == 0 {
		class = append(class, "none")
	}
	if y.GapMonths > 0 {
		class = append(class, "gap")
		says = append(says, plural(y.GapMonths, "month", "months")+" missing where the cadence says it met")
	}
	if y.NotHeld > 0 {
		says = append(says, plural(y.NotHeld, "meeting", "meetings")+" not held (cancelled)")
	}
	if y.Failed > 0 {
		class = append(class, "failed")
		says = append(says, plural(y.Failed, "file", "files")+" could not be read")
	}
	if y.Listed {
		says = append(says, fmt.Sprintf("%d listed by the council", y.Known))
	}
	c.Class = strings.Join(class, " ")
	c.Title = strings.Join(says, "; ")
	return c
}
