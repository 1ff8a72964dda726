package web

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// personLink is a person as a page shows them: name with title, a role
// or office after it, and a link to the items naming them.
type personLink struct {
	Label, Role, URL string
}

// personLinks turns people into links to a search for each (person=KEY).
func personLinks(ps []schema.Person) []personLink {
	var out []personLink
	for _, p := range ps {
		l := personLink{Label: strings.TrimSpace(p.Title + " " + p.Name), Role: p.Role}
		if p.Key != "" {
			l.URL = searchLink(url.Values{"person": {p.Key}})
		}
		out = append(out, l)
	}
	return out
}

// attendanceRow is one list of a meeting's attendance: "Chair", "Members
// present (37)", "Officials", "Apologies", "Absent".
type attendanceRow struct {
	Label  string
	People []personLink
}

// attendanceRows are the lists of an attendance that have someone in them.
func attendanceRows(a schema.Attendance) []attendanceRow {
	var out []attendanceRow
	for _, r := range []struct {
		label string
		list  []schema.Person
	}{{"Chair", a.Chair}, {"Members present", a.Members}, {"Officials and others in attendance", a.Officials}, {"Apologies", a.Apologies}, {"Absent", a.Absent}} {
		if len(r.list) == 0 {
			continue
		}
		label := r.label
		if len(r.list) > 1 {
			label = fmt.Sprintf("%s (%d)", label, len(r.list))
		}
		out = append(out, attendanceRow{Label: label, People: personLinks(r.list)})
	}
	return out
}

// decisionKinds says in words how a decision was taken.
var decisionKinds = map[string]string{
	schema.DecisionResolved:     "Resolved",
	schema.DecisionAgreed:       "Agreed",
	schema.DecisionNoted:        "Noted",
	schema.DecisionRecommended:  "Recommended",
	schema.DecisionProposed:     "Proposed, seconded and agreed",
	schema.DecisionShowOfHands:  "On a show of hands",
	schema.DecisionRecordedVote: "Recorded vote",
	schema.DecisionVote:         "Vote",
}

// decisionMeta is a line saying how a decision was taken: "Recorded vote:
// for 21, against 16, abstaining 2; carried · proposed by Sheahan (J),
// seconded by Ryan".
func decisionMeta(d schema.Decision) string {
	var parts []string
	kind := decisionKinds[d.Kind]
	if v := d.Votes; v != nil {
		kind = fmt.Sprintf("%s: for %d, against %d, abstaining %d", kind, v.For, v.Against, v.Abstain)
	}
	if d.Outcome != "" {
		kind += "; " + d.Outcome
	}
	if kind != "" {
		parts = append(parts, kind)
	}
	if d.Mover != "" {
		parts = append(parts, "proposed by "+d.Mover)
	}
	if d.Seconder != "" {
		parts = append(parts, "seconded by "+d.Seconder)
	}
	return strings.Join(parts, " · ")
}
