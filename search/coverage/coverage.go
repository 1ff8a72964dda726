package coverage

// UnknownYear is the Year of the row counting what has no known date.
const UnknownYear = "unknown"

// Counts are the figures of one row. Each says where it comes from.
type Counts struct {
	// Listed is true when a fetched listing (a manifest entry with the
	// council's meeting id) covers the row; without one, Known and
	// ListedNotIndexed are 0 because nothing is known, not because nothing met.
	Listed           bool `json:"listed"`
	Known            int  `json:"known"`              // meetings the listings name
	ListedNoMinutes  int  `json:"listed_no_minutes"`  // of those, meetings the listing shows without minutes
	NotHeld          int  `json:"not_held"`           // of those, meetings the listing or meeting page says were not held (cancelled)
	ListedNotIndexed int  `json:"listed_not_indexed"` // listed with minutes, but no indexed meeting on that date
	Indexed          int  `json:"indexed"`            // meetings whose minutes are indexed
	Items            int  `json:"items"`              // agenda items of those meetings
	DateUnknown      int  `json:"date_unknown"`       // indexed meetings without a date (counted under "unknown")
	DateInferred     int  `json:"date_inferred"`      // indexed meetings whose date was inferred, not printed
	Draft            int  `json:"draft"`              // minutes marked draft or not yet approved
	OCR              int  `json:"ocr"`                // meetings whose text came from OCR
	LowConfidence    int  `json:"low_confidence"`     // meetings whose items may be mis-split (structure confidence below 0.5)
	Failed           int  `json:"failed"`             // files that could not be read (year from the file name)
	Expected         int  `json:"expected"`           // meetings the committees' cadences expect (0: no cadence to judge by)
	GapMonths        int  `json:"gap_months"`         // months in which the cadence says a meeting is missing
	GapDays          int  `json:"gap_days"`           // days of the year inside gaps (council rows: the largest of its committees)
}

// YearRow is the figures of one calendar year, or of UnknownYear.
type YearRow struct {
	Year string `json:"year"`
	Counts
	// Thin, on a council's rows, says why the year's record is too thin to
	// compare (see ThinReason); "" when it is not, and on committee rows.
	Thin string `json:"thin,omitempty"`
}

// Gap is a stretch with no minutes where the committee's cadence says it
// met (see cadence.go): months it meets in without minutes, or an interval
// between meetings longer than GapFactor times its median interval.
type Gap struct {
	From        string   `json:"from"`               // date of the meeting before the gap
	To          string   `json:"to"`                 // date of the meeting after it
	Missing     []string `json:"missing"`            // YYYY-MM of the meetings the cadence expects
	MedianDays  int      `json:"median_days"`        // the committee's usual interval
	ListedInGap int      `json:"listed_in_gap"`      // meetings a listing names inside the gap (held ones)
	NotHeld     string   `json:"not_held,omitempty"` // meetings not held inside the gap, in words; each excused one missing month
	Explanation string   `json:"explanation"`
}

// CommitteeCoverage is one committee's record.
type CommitteeCoverage struct {
	Slug       string    `json:"slug"`
	Name       string    `json:"name"`
	Years      []YearRow `json:"years"` // every year from the first to the last, then UnknownYear if any
	Totals     Counts    `json:"totals"`
	FirstDate  string    `json:"first_date"`  // its first dated meeting indexed; "" when none
	LastDate   string    `json:"last_date"`   // its last
	MedianDays int       `json:"median_days"` // 0 when there are too few dated meetings to judge
	Cadence    string    `json:"cadence"`     // the cadence in words, or why it cannot be judged
	// JudgedBy is how gaps are found: "calendar" (the months of the year it
	// meets in), "interval" (its median interval), "" (no cadence).
	JudgedBy string   `json:"judged_by"`
	MeetsIn  []string `json:"meets_in,omitempty"` // by calendar: the months of the year it meets in
	NeverIn  []string `json:"never_in,omitempty"` // months of the year it never met in, over two years or more
	Gaps     []Gap    `json:"gaps"`
	// NotHeld are the meetings a fetched listing or page says were not
	// held; a month without minutes because of one is not a gap.
	NotHeld []NotHeldMeeting `json:"not_held,omitempty"`
}

// CouncilCoverage is one council's record: its committees, its years (all
// committees together), its failed files and notes for the reader.
type CouncilCoverage struct {
	Slug       string              `json:"slug"` // "" for failures whose council is not known
	Name       string              `json:"name"`
	Committees []CommitteeCoverage `json:"committees"`
	Years      []YearRow           `json:"years"`
	Totals     Counts              `json:"totals"`
	Failures   []Failure           `json:"failures"`
	// MaySplitWrong lists the meetings whose items may be mis-split, so
	// that a reader can check them against the original minutes.
	MaySplitWrong []MeetingInfo `json:"may_split_wrong"`
	Notes         []string      `json:"notes"`
}

// Year returns the council's row for a year, and false when it has none.
func (c CouncilCoverage) Year(year string) (YearRow, bool) {
	for _, y := range c.Years {
		if y.Year == year {
			return y, true
		}
	}
	return YearRow{}, false
}

// Committee returns the council's committee of that slug, and false when
// it has none.
func (c CouncilCoverage) Committee(slug string) (CommitteeCoverage, bool) {
	for _, cm := range c.Committees {
		if cm.Slug == slug {
			return cm, true
		}
	}
	return CommitteeCoverage{}, false
}

// add adds o's figures to c. GapDays is added too; council rows take the
// largest instead (see Compute).
func (c *Counts) add(o Counts) {
	c.Listed = c.Listed || o.Listed
	c.Known += o.Known
	c.ListedNoMinutes += o.ListedNoMinutes
	c.NotHeld += o.NotHeld
	c.ListedNotIndexed += o.ListedNotIndexed
	c.Indexed += o.Indexed
	c.Items += o.Items
	c.DateUnknown += o.DateUnknown
	c.DateInferred += o.DateInferred
	c.Draft += o.Draft
	c.OCR += o.OCR
	c.LowConfidence += o.LowConfidence
	c.Failed += o.Failed
	c.Expected += o.Expected
	c.GapMonths += o.GapMonths
	c.GapDays += o.GapDays
}
