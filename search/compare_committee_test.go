package search

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestCompareByCommittee: a row per committee of the councils chosen, whose
// cells add up to their council's cells by council; keys are committee
// slugs for one council, "council/committee" for several.
func TestCompareByCommittee(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	byCouncil, err := ix.Compare(ctx, CompareRequest{Request: Request{Query: "ofsted"}, By: ByCouncil, Per: "year"})
	if err != nil {
		t.Fatal(err)
	}
	councilCells := map[string]CompareCell{}
	for _, row := range byCouncil.Rows {
		for _, c := range row.Cells {
			councilCells[row.Key+"|"+c.Period] = c
		}
	}
	tests := []struct {
		councils []string
		keys     []string
	}{
		{[]string{"cheshire-east"}, []string{"corporate-parenting-committee"}},
		{[]string{"kent", "luton"}, []string{"kent/corporate-parenting-panel", "luton/scrutiny-children-services-review-group"}},
	}
	for _, tt := range tests {
		res, err := ix.Compare(ctx, CompareRequest{Request: Request{Query: "ofsted", Councils: tt.councils}, By: ByCommittee})
		if err != nil {
			t.Fatalf("%v: %v", tt.councils, err)
		}
		if res.By != ByCommittee || len(res.Rows) != len(tt.keys) {
			t.Fatalf("%v: by %q, %d rows: %+v", tt.councils, res.By, len(res.Rows), res.Rows)
		}
		sums := map[string]CompareCell{}
		for i, row := range res.Rows {
			if row.Key != tt.keys[i] || row.CouncilSlug == "" || row.CommitteeSlug == "" || row.CouncilName == "" || row.Population != 0 {
				t.Errorf("%v: row %d: %+v", tt.councils, i, row)
			}
			if len(tt.councils) > 1 && !strings.Contains(row.Label, "("+row.CouncilName+")") {
				t.Errorf("label %q does not name the council", row.Label)
			}
			for _, c := range row.Cells {
				s := sums[row.CouncilSlug+"|"+c.Period]
				s.Count += c.Count
				s.Items += c.Items
				sums[row.CouncilSlug+"|"+c.Period] = s
				if c.Per10k != nil {
					t.Errorf("%s %s: per 10k on a committee's cell", row.Key, c.Period)
				}
			}
		}
		for key, s := range sums {
			if c := councilCells[key]; c.Count != s.Count || c.Items != s.Items {
				t.Errorf("%s: committees add up to %d of %d, the council has %d of %d", key, s.Count, s.Items, c.Count, c.Items)
			}
		}
	}
	bad := []CompareRequest{
		{Request: Request{Query: "ofsted", Councils: []string{"kent"}}, By: ByCommittee, Per: PerMonthsSinceInspection},
		{Request: Request{Query: "ofsted"}, By: "topic"},
	}
	for _, creq := range bad {
		if _, err := ix.Compare(ctx, creq); !errors.Is(err, ErrBadRequest) {
			t.Errorf("%+v: %v, want a bad request", creq, err)
		}
	}
}
