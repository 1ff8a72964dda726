package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/councilminutes/minutes/search"
)

// Heat map geometry, in SVG user units (pixels). Each council's name is
// written above its row of cells, so that six columns fit a phone's
// screen (375 pixels wide); more scroll sideways within the figure.
const (
	heatHeadHeight = 24 // the columns' labels
	heatLabelRow   = 20 // a row's name (council or committee), above its cells
	heatCellWidth  = 56
	heatCellHeight = 32
	heatRowGap     = 6
	heatCharWidth  = 8 // a generous width of one character of a row's name
	// heatLabelMax is the widest a row's name may make the map: six
	// columns' width, what fits a phone; a longer name (a committee's) is
	// cut with an ellipsis, unless the columns make the map wider anyway.
	heatLabelMax = 6*heatCellWidth + 4
)

// compareView is the view model of /compare.
type compareView struct {
	Query string
	Req   search.Request // the filters, kept by the form
	// SearchURL is the search results of the same query and filters.
	SearchURL string
	Empty     bool
	Result    *search.CompareResult
	Map       heatMap
	CSVURL    string
	JSONURL   string
	// Aligned is true for per=months_since_inspection; YearURL and
	// AlignedURL switch between the two views.
	Aligned    bool
	YearURL    string
	AlignedURL string
	HasThin    bool // some cell is thin: show the legend
	// ThinReasons says why each thin cell is thin, as text under the map,
	// so that it can be read on a phone or by keyboard, not only on hover.
	ThinReasons []gridNote
	// NotYet, by row and cell of Result.Rows, is true before the row's
	// first minutes (beforeFirstMinutes).
	NotYet [][]bool
	// NoneSince, by row and cell of Result.Rows, is the label of the
	// row's last period with minutes for the cells after it
	// (afterLastMinutes), "" elsewhere.
	NoneSince [][]string
	// HasEmpty is true when some period has no minutes anywhere.
	HasEmpty bool
	// PerPop is true for norm=per10k: cells are shaded by matching items
	// per 10,000 residents aged 0 to 25; ShareURL and PerPopURL switch.
	PerPop    bool
	ShareURL  string
	PerPopURL string
	// NoMinutes are the councils the filters name that have no minutes
	// indexed, each linking to its page; Focus names the council whose
	// neighbours are compared.
	NoMinutes []councilRef
	Focus     string
	// ByCommittee is true for by=committee: a row per committee of the
	// councils chosen. CouncilsURL and CommitteesURL switch between rows
	// of councils and of committees ("" when it does not apply).
	ByCommittee   bool
	CouncilsURL   string
	CommitteesURL string
	// Ofsted is true when a council compared is in the register of
	// children's services authorities: only then are the view by months
	// since an inspection and the figures per 10,000 residents aged 0–25
	// (both the register's) offered.
	Ofsted bool
}

func (v compareView) headerQuery() string { return v.Query }

// heatMap is the council x year matrix laid out for SVG.
type heatMap struct {
	Width, Height int
	Columns       []heatColumn
	Rows          []heatRow
}

type heatColumn struct {
	X     int
	Label string // what fits above a cell: a year, or a span's first month
	Full  string // the period whole ("-12 to -7"), when Label is short of it
	Empty bool   // no row has minutes indexed in this period
}

type heatRow struct {
	Y, TextY int
	Label    string
	Total    int
	Cells    []heatCell
	Focus    bool // the council whose neighbours are compared
}

type heatCell struct {
	X, Y, W, H   int
	TextX, TextY int
	Fill, Ink    string
	Count        int
	Title        string
	URL          string // empty for an empty cell
	Thin         bool   // the council's record is too thin here to compare
	NotYet       bool   // before the row's first minutes, or after its last: blank, not thin
	Mark         string // what an empty cell shows: "·", "–" in an empty column, "" before the first minutes or after the last
}

// pageCompare answers GET /compare?q=: a heat map of matching items per
// council per year, shaded by share of the council's items that year.
func (s *Server) pageCompare(r *http.Request) (*page, error) {
	q := r.URL.Query()
	creq, err := parseCompare(q)
	if err != nil {
		return nil, err
	}
	v := compareView{Query: creq.Query, Req: creq.Request, PerPop: q.Get("norm") == normPer10k, ByCommittee: creq.By == search.ByCommittee}
	title := "Compare councils"
	if v.ByCommittee {
		title = "Compare committees"
	}
	if isEmptySearch(creq.Request) {
		v.Empty = true
		return &page{Template: "compare.html", Title: title, View: v}, nil
	}
	res, err := s.compare(r, creq, true)
	if err != nil {
		return nil, err
	}
	v.Result = res
	v.Map = layoutHeatMap(res, creq.Request, v.PerPop)
	v.ShareURL = compareLink(withParam(withoutPaging(q), "norm", ""))
	v.PerPopURL = compareLink(withParam(withoutPaging(q), "norm", normPer10k))
	for _, row := range res.NoMinutes {
		v.NoMinutes = append(v.NoMinutes, councilRef{Name: row.Label, URL: councilPath(row.Key)})
	}
	for _, row := range res.Rows {
		if row.Key == res.Focus {
			v.Focus = row.Label
		}
	}
	v.Aligned = res.Per == search.PerMonthsSinceInspection
	v.Ofsted = v.Aligned || v.PerPop || s.comparesRegister(r.Context(), res)
	v.YearURL = compareLink(withParam(withoutPaging(q), "per", ""))
	v.AlignedURL = compareLink(withParam(withoutPaging(q), "per", search.PerMonthsSinceInspection))
	for _, row := range v.Map.Rows {
		for _, c := range row.Cells {
			v.HasThin = v.HasThin || c.Thin
		}
	}
	for _, col := range v.Map.Columns {
		v.HasEmpty = v.HasEmpty || col.Empty
	}
	for _, row := range res.Rows {
		v.NotYet = append(v.NotYet, beforeFirstMinutes(row))
		since := make([]string, len(row.Cells))
		for i, after := range afterLastMinutes(row) {
			if after {
				since[i] = lastMinutes(res.Per, row)
			}
		}
		v.NoneSince = append(v.NoneSince, since)
		for _, c := range row.Cells {
			if c.Thin {
				v.ThinReasons = append(v.ThinReasons, gridNote{Label: row.Label + ", " + periodLabel(res.Per, c.Period), Text: c.ThinReason})
			}
		}
	}
	if v.ByCommittee {
		v.CouncilsURL = compareLink(withParam(withoutPaging(q), "by", ""))
	} else if len(creq.Councils) > 0 && !v.Aligned {
		v.CommitteesURL = compareLink(withParam(withParam(withoutPaging(q), "norm", ""), "by", search.ByCommittee))
	}
	results := withoutPaging(q)
	for _, p := range []string{"per", "norm", "by"} {
		results.Del(p)
	}
	v.SearchURL = searchLink(results)
	v.CSVURL = apiCompareLink(withParam(withoutPaging(q), "format", "csv"))
	v.JSONURL = apiCompareLink(withoutPaging(q))
	if creq.Query != "" {
		title = creq.Query + " – " + strings.ToLower(title[:1]) + title[1:]
	}
	return &page{Template: "compare.html", Title: title, View: v}, nil
}

// layoutHeatMap places every cell and shades it by share (or, with
// perPop, by items per 10,000 residents aged 0 to 25; with no query, by
// count) relative to the largest, so the pattern shows whatever the
// absolute level.
func layoutHeatMap(res *search.CompareResult, req search.Request, perPop bool) heatMap {
	value := func(c search.CompareCell) float64 {
		if req.Query == "" { // every item matches: the share is 1 wherever there are items
			return float64(c.Count)
		}
		if !perPop {
			return c.Share
		}
		if c.Per10k == nil {
			return 0
		}
		return *c.Per10k
	}
	maxShare := 0.0
	for _, row := range res.Rows {
		for _, c := range row.Cells {
			maxShare = max(maxShare, value(c))
		}
	}
	pitch := heatLabelRow + heatCellHeight + heatRowGap
	m := heatMap{
		Width:  heatCellWidth*len(res.Periods) + 4,
		Height: heatHeadHeight + pitch*len(res.Rows),
	}
	labelMax := max(m.Width, heatLabelMax)
	empty := emptyPeriods(res)
	for i, p := range res.Periods {
		col := heatColumn{X: 2 + i*heatCellWidth + heatCellWidth/2, Label: periodLabel(res.Per, p), Empty: empty[i]}
		if first, _, span := strings.Cut(p, ".."); span {
			// "-150 to -145" is twice a cell's width: the columns' labels
			// overlapped and the first was cut at the map's edge. The
			// span's first month is enough above its cell (the note says
			// how long the spans are); the whole is the label's title.
			col.Label, col.Full = first, col.Label
		}
		m.Columns = append(m.Columns, col)
	}
	for j, row := range res.Rows {
		y := heatHeadHeight + j*pitch
		label := shortLabel(row.Label, labelMax/heatCharWidth-len(fmt.Sprintf(" (%d)", row.Total)))
		m.Width = max(m.Width, min(labelMax, heatCharWidth*utf8.RuneCountInString(fmt.Sprintf("%s (%d)", label, row.Total))))
		hr := heatRow{Y: y, TextY: y + heatLabelRow - 6, Label: label, Total: row.Total, Focus: row.Key == res.Focus}
		y += heatLabelRow
		notYet, after := beforeFirstMinutes(row), afterLastMinutes(row)
		for i, c := range row.Cells {
			x := 2 + i*heatCellWidth
			cell := heatCell{X: x + 1, Y: y + 1, W: heatCellWidth - 2, H: heatCellHeight - 2,
				TextX: x + heatCellWidth/2, TextY: y + heatCellHeight/2 + 5, Count: c.Count}
			level := 0.0
			if maxShare > 0 {
				level = value(c) / maxShare
			}
			cell.Fill, cell.Ink = shade(level, c.Count > 0)
			cell.Title = fmt.Sprintf("%s, %s: %d of %d items (%s)", row.Label, periodLabel(res.Per, c.Period), c.Count, c.Items, percent(c.Share))
			if c.Per10k != nil {
				cell.Title += fmt.Sprintf("; %s per 10,000 residents aged 0–25", per10k(*c.Per10k))
			}
			if c.Thin {
				cell.Thin = true
				cell.Title += "; thin record: " + c.ThinReason
			}
			cell.Mark = "·"
			switch {
			case notYet[i]:
				cell.NotYet, cell.Mark = true, ""
				cell.Title = fmt.Sprintf("%s, %s: no minutes indexed yet (its first are later)", row.Label, periodLabel(res.Per, c.Period))
			case after[i]:
				cell.NotYet, cell.Mark = true, ""
				cell.Title = fmt.Sprintf("%s, %s: no minutes indexed since its last, of %s", row.Label, periodLabel(res.Per, c.Period), lastMinutes(res.Per, row))
			case i < len(empty) && empty[i]:
				cell.Mark = "–"
				cell.Title = fmt.Sprintf("%s, %s: no minutes indexed for any council compared", row.Label, periodLabel(res.Per, c.Period))
			}
			from, to := c.Period, c.Period
			if row.Anchor != nil {
				at, _ := row.Anchor.Date()
				from, to, _ = alignedRange(at, c.Period)
			}
			undated := c.Period == unknownYear && row.Anchor == nil
			if undated {
				from, to = "", ""
			}
			if c.Count > 0 && (from != "" || undated) {
				councils, committees := []string{row.Key}, req.Committees
				if row.CommitteeSlug != "" {
					councils, committees = []string{row.CouncilSlug}, []string{row.CommitteeSlug}
				}
				link := searchQuery(search.Request{Query: req.Query, Councils: councils, Topics: req.Topics,
					Committees: committees, DecisionsOnly: req.DecisionsOnly, From: from, To: to, Undated: undated,
					RelativeTo: req.RelativeTo, Judgement: req.Judgement, WithinMonths: req.WithinMonths,
					SubJudgements: req.SubJudgements})
				cell.URL = searchLink(link)
			}
			hr.Cells = append(hr.Cells, cell)
		}
		m.Rows = append(m.Rows, hr)
	}
	return m
}

// shortLabel cuts a row's label to n characters, with an ellipsis, so
// that it does not widen the map past a phone's screen (the cells' titles
// and the table below have it whole).
func shortLabel(label string, n int) string {
	r := []rune(label)
	if len(r) <= n || n < 2 {
		return label
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// compareURL is the compare page for a query, for links from elsewhere.
func compareURL(query string) string {
	return compareLink(url.Values{"q": {query}})
}

// per10k formats a count per 10,000 residents: "3.21".
func per10k(v float64) string {
	return strconv.FormatFloat(v, 'f', 2, 64)
}

// comparesRegister reports whether a council compared is in the register
// of children's services authorities (or has a population from it).
func (s *Server) comparesRegister(ctx context.Context, res *search.CompareResult) bool {
	cs, err := s.search.Councils(ctx)
	if err != nil {
		return true // unknown: offer as before
	}
	in := map[string]bool{}
	for _, c := range cs {
		if c.Register != nil {
			in[c.Slug] = true
		}
	}
	for _, row := range res.Rows {
		slug := row.Key
		if row.CouncilSlug != "" {
			slug = row.CouncilSlug
		}
		if in[slug] || row.Population > 0 || row.Anchor != nil {
			return true
		}
	}
	return false
}
