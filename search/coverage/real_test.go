package coverage

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/councilminutes/minutes/internal/shared"
)

// TestRealCouncilCadences judges the coverage of a real council's minutes
// (../shared/real-corpus: full council, districts, policy committees and
// a policing committee, 2014-2019, laid out council/committee/date.md)
// from the dates of its files: no committee has a gap in a month of the
// year it never met in (the August recess), and no year is thin, since
// every committee keeps to its own cadence for most of each year.
func TestRealCouncilCadences(t *testing.T) {
	root := shared.Path(t, "real-corpus", "corpus")
	var in Input
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		parts := strings.Split(filepath.ToSlash(rel), "/")
		if len(parts) != 3 || len(parts[2]) < 10 {
			return nil
		}
		in.Meetings = append(in.Meetings, MeetingInfo{CouncilSlug: parts[0], CommitteeSlug: parts[1], Committee: parts[1], Date: parts[2][:10]})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Meetings) < 400 {
		t.Fatalf("only %d meetings in %s", len(in.Meetings), root)
	}
	for _, c := range Compute(in) {
		gapMonths := 0
		for _, cm := range c.Committees {
			met := map[time.Month]bool{}
			for _, m := range in.Meetings {
				if m.CouncilSlug == c.Slug && m.CommitteeSlug == cm.Slug {
					d, _ := parseDate(m.Date)
					met[d.Month()] = true
				}
			}
			for _, g := range cm.Gaps {
				for _, month := range g.Missing {
					d, _ := time.Parse("2006-01", month)
					if !met[d.Month()] {
						t.Errorf("%s %s: gap in %s, a month it never met in (%s)", c.Slug, cm.Slug, month, cm.Cadence)
					}
				}
				gapMonths += len(g.Missing)
			}
		}
		for _, y := range c.Years {
			if y.Thin != "" {
				t.Errorf("%s %s is thin: %s", c.Slug, y.Year, y.Thin)
			}
		}
		t.Logf("%s: %d meetings, %d gap months", c.Slug, c.Totals.Indexed, gapMonths)
	}
}
