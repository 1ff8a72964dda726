package inspections

import (
	"encoding/csv"
	"os"
	"testing"

	"github.com/councilminutes/minutes/internal/shared"
)

// openShared opens one of the files of ../shared/data/ofsted-ilacs (every
// Ofsted ILACS inspection of England's authorities, and their register).
func openShared(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(shared.Path(t, "data", "ofsted-ilacs", name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// sharedRegister imports the real register as corpus/tools/import-ofsted.sh does.
func sharedRegister(t *testing.T) *Register {
	t.Helper()
	list, bad, err := ImportRegister(openShared(t, "Provider_data_lookup.csv"), map[string]string{
		"name": "local_authority_ons_name", "other_names": "also_known_as", "ons_code": "la_code_new",
		"region": "region_name", "type": "ons_la_type", "population_0_25": "ons_population_0-25",
		"neighbours": "stat_neighbours", "source": "=test"})
	if err != nil {
		t.Fatal(err)
	}
	// 156 rows: the 153 authorities of today and three former ones (Cumbria,
	// Northamptonshire, Poole), which have no neighbours and are refused.
	if len(list) != 153 || len(bad) != 3 {
		t.Fatalf("%d authorities, %d bad rows (%v); want 153 and 3", len(list), len(bad), bad)
	}
	return NewRegister(list)
}

// TestRegisterMatchesEveryInspection matches the council name of each of
// the 497 inspections to the register, and checks it against the
// inspection's URN.
func TestRegisterMatchesEveryInspection(t *testing.T) {
	reg := sharedRegister(t)
	for k, found := range reg.byName {
		if len(found) > 1 {
			t.Errorf("name key %q fits %d authorities", k, len(found))
		}
	}
	r := csv.NewReader(openShared(t, "ofsted_csc_ilacs_history.csv"))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	matched := map[string]bool{}
	for _, row := range rows[1:] {
		name, urn := row[col["local_authority"]], row[col["urn"]]
		a, ok := reg.Match(name)
		if !ok {
			t.Errorf("%q (URN %s) matches no authority", name, urn)
			continue
		}
		if a.URN != urn {
			t.Errorf("%q matched %s (URN %s), but the inspection is of URN %s", name, a.Name, a.URN, urn)
		}
		matched[a.Slug] = true
	}
	if len(rows)-1 != 497 || len(matched) != 153 {
		t.Errorf("%d inspections matched %d authorities, want 497 and 153", len(rows)-1, len(matched))
	}
}

// TestImportEveryInspection imports the 497 inspections: none is refused,
// grades not read stay not recorded, and the reports since the 2026
// reform have no overall judgement.
func TestImportEveryInspection(t *testing.T) {
	insps, bad, err := Import(openShared(t, "ofsted_csc_ilacs_history.csv"), map[string]string{
		"council": "local_authority", "kind": "=full", "start_date": "inspection_start_date",
		"judgement": "overall_effectiveness_grade", "leaders": "impact_of_leaders_grade",
		"help_and_protection": "help_and_protection_grade", "in_care": "in_care_grade",
		"care_leavers": "care_leavers_grade", "report_url": "inspection_link", "source": "=test"})
	if err != nil || len(bad) != 0 || len(insps) != 497 {
		t.Fatalf("%d inspections, bad rows %v, %v", len(insps), bad, err)
	}
	count := map[string]int{}
	for _, in := range insps {
		count[in.Judgement]++
		if in.ReportURL == "" || in.PublicationDate == "" {
			t.Errorf("no report or publication date: %+v", in)
		}
		if in.Judgement == JudgementNone && in.PublicationDate < "2026-04-01" {
			t.Errorf("no overall judgement before the reform: %+v", in)
		}
	}
	// 169 empty cells and 9 "data_unreadable": 178 not recorded; 11 after the reform.
	want := map[string]int{JudgementOutstanding: 71, JudgementGood: 127, JudgementRequiresImprovement: 76,
		JudgementInadequate: 34, JudgementNotRecorded: 178, JudgementNone: 11}
	for j, n := range want {
		if count[j] != n {
			t.Errorf("%d inspections judged %s, want %d", count[j], j, n)
		}
	}
}
