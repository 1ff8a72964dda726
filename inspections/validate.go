package inspections

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// Columns are the data file's columns, in the order Save writes them.
var Columns = []string{"council", "kind", "start_date", "publication_date", "judgement",
	"leaders", "help_and_protection", "in_care", "care_leavers", "report_url", "source"}

// fromRow builds and validates an inspection from the values of one row,
// keyed by our column names. It reports every problem of the row at once.
// strict (the data file) refuses a council that is not already a slug and
// a full inspection with an empty judgement; an import reads the latter as
// a judgement not recorded (JudgementNotRecorded), never as a grade.
func fromRow(row map[string]string, strict bool) (Inspection, error) {
	var errs []error
	var in Inspection

	council := strings.TrimSpace(row["council"])
	in.Council = schema.Slug(council)
	if in.Council == "" {
		errs = append(errs, errors.New("council is empty"))
	} else if strict && in.Council != council {
		errs = append(errs, fmt.Errorf("council %q is not a slug (did you mean %q?)", council, in.Council))
	}

	kind, err := ParseKind(row["kind"])
	if err != nil {
		errs = append(errs, err)
	}
	in.Kind = kind

	for _, d := range []struct {
		col string
		dst *string
	}{{"start_date", &in.StartDate}, {"publication_date", &in.PublicationDate}} {
		v, err := ParseDate(row[d.col])
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", d.col, err))
		}
		*d.dst = v
	}
	if in.StartDate == "" && in.PublicationDate == "" && row["start_date"] == "" && row["publication_date"] == "" {
		errs = append(errs, errors.New("needs a start_date or a publication_date"))
	}
	if in.StartDate != "" && in.PublicationDate != "" && in.PublicationDate < in.StartDate {
		errs = append(errs, fmt.Errorf("publication_date %s is before start_date %s", in.PublicationDate, in.StartDate))
	}

	judgement, err := ParseJudgement(row["judgement"])
	if err != nil {
		errs = append(errs, err)
	}
	in.Judgement = judgement
	if !strict && kind == KindFull && strings.TrimSpace(row["judgement"]) == "" {
		in.Judgement = JudgementNotRecorded
	}
	if err == nil && kind != "" {
		if msg := judgementFits(kind, in.Judgement, row["judgement"]); msg != "" {
			errs = append(errs, errors.New(msg))
		}
	}
	for _, sub := range SubJudgementNames {
		v, err := ParseSubJudgement(row[sub.Name])
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", sub.Name, err))
		}
		in.SubJudgements.Set(sub.Name, v)
	}
	if kind != "" && kind != KindFull && !in.SubJudgements.IsZero() {
		errs = append(errs, fmt.Errorf("a %s gives no sub-judgements (leaders, help_and_protection, in_care, care_leavers), but the row has some", kind))
	}

	in.ReportURL = strings.TrimSpace(row["report_url"])
	if in.ReportURL != "" {
		u, err := url.Parse(in.ReportURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			errs = append(errs, fmt.Errorf("report_url %q is not an http(s) address", in.ReportURL))
		}
	}

	in.Source = strings.Join(strings.Fields(row["source"]), " ")
	if in.Source == "" {
		errs = append(errs, errors.New("source is empty: say where the entry came from"))
	}
	return in, errors.Join(errs...)
}

// judgementFits checks that a judgement suits the kind: full inspections
// have one (an empty one is refused in the data file; none when no overall
// judgement was given, not-recorded when it is not known), visits and
// JTAIs give none.
func judgementFits(kind, judgement, raw string) string {
	switch kind {
	case KindFull:
		if judgement == JudgementNone && strings.TrimSpace(raw) == "" {
			return "judgement is empty: a full inspection needs one (none if it gave no overall judgement, not-recorded if it is not known)"
		}
	case KindFocusedVisit, KindMonitoringVisit, KindJTAI:
		if judgement != JudgementNone {
			return fmt.Sprintf("a %s gives no judgement, but the row says %q (use none)", kind, judgement)
		}
	}
	return ""
}

// ResolveCouncils maps each inspection's council onto a known council's
// slug with resolve (which takes a name or slug: "kent-county-council"
// and "kent" both become "kent"). It returns the inspections with known
// councils and, sorted and once each, the councils it could not find,
// whose inspections are left out.
func ResolveCouncils(insps []Inspection, resolve func(name string) (slug string, ok bool)) (known []Inspection, unknown []string) {
	missing := map[string]bool{}
	for _, in := range insps {
		slug, ok := resolve(in.Council)
		if !ok {
			if !missing[in.Council] {
				missing[in.Council] = true
				unknown = append(unknown, in.Council)
			}
			continue
		}
		in.Council = slug
		known = append(known, in)
	}
	slices.Sort(unknown)
	return known, unknown
}
