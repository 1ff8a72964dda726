package web

import (
	"net/url"
	"sort"
	"time"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search"
)

// inspectionRow is one inspection of the record as a council page shows it.
type inspectionRow struct {
	inspections.Inspection
	Anchor    string   // id of its row, for links from the timeline and mentions
	Outcome   string   // the overall judgement in words, never a guess
	Subs      []subRow // the sub-judgements, when the inspection gives them
	AfterURL  string   // this council's minutes in the 12 months after it
	IsLatest  bool
	NotGraded bool // no grade to show: not recorded, or none given
}

// subRow is one sub-judgement in words.
type subRow struct {
	Label, Value string
}

// inspectionRows lays a council's inspections out newest first.
func inspectionRows(council string, insps []inspections.Inspection) []inspectionRow {
	latest, _ := inspections.Latest(insps)
	var rows []inspectionRow
	for _, in := range insps {
		row := inspectionRow{Inspection: in, Anchor: inspectionAnchor(in), Outcome: outcome(in.Kind, in.Judgement),
			AfterURL: afterURL(council, in), IsLatest: in == latest, NotGraded: !inspections.IsGraded(in.Judgement)}
		if in.Kind == inspections.KindFull {
			for _, sub := range inspections.SubJudgementNames {
				row.Subs = append(row.Subs, subRow{Label: sub.Label, Value: subOutcome(in.Get(sub.Name))})
			}
		}
		rows = append(rows, row)
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, _ := rows[i].Date()
		b, _ := rows[j].Date()
		return a.After(b)
	})
	return rows
}

// inspectionAnchor is the id of an inspection's row: "inspection-2020-02-24".
func inspectionAnchor(in inspections.Inspection) string {
	d, ok := in.Date()
	if !ok {
		return ""
	}
	return "inspection-" + in.Kind + "-" + d.Format(time.DateOnly)
}

// outcome writes an overall judgement for people. A grade the record does
// not hold is said to be so, never guessed.
func outcome(kind, judgement string) string {
	switch {
	case judgement == inspections.JudgementNotRecorded:
		return "judgement not recorded"
	case judgement == inspections.JudgementNone && kind == inspections.KindFull:
		return "no overall judgement given"
	case judgement == inspections.JudgementNone || judgement == "":
		return "not graded"
	}
	return judgementWords(judgement)
}

// subOutcome writes a sub-judgement for people.
func subOutcome(v string) string {
	switch v {
	case "":
		return "—"
	case inspections.JudgementNotRecorded:
		return "not recorded"
	case inspections.JudgementNotJudged:
		return "not judged separately"
	}
	return judgementWords(v)
}

// afterURL searches a council's minutes in the 12 months after an
// inspection: after=inspection (with its judgement when graded) from its
// date, so that the compare view can line the council's neighbours up on
// their own inspections of the same judgement.
func afterURL(council string, in inspections.Inspection) string {
	d, ok := in.Date()
	if !ok {
		return ""
	}
	v := url.Values{"council": {council}, "after": {inspectionValue}, "within": {"12m"},
		"from": {d.Format(time.DateOnly)}, "sort": {search.SortDate}}
	if inspections.IsGraded(in.Judgement) {
		v.Set("judgement", in.Judgement)
	}
	return searchLink(v)
}

// minedView is a mention of an inspection in the minutes, with the
// inspection of the record it matches, if any.
type minedView struct {
	inspections.Candidate
	RecordedAnchor string // the matching row of the record; "" when none matches
}

func minedViews(mined []inspections.Candidate) []minedView {
	var out []minedView
	for _, c := range mined {
		v := minedView{Candidate: c}
		if c.Recorded != nil {
			v.RecordedAnchor = inspectionAnchor(*c.Recorded)
		}
		out = append(out, v)
	}
	return out
}
