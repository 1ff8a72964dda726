package engine

import (
	"encoding/json"
	"testing"

	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// planOptions reads a config's merge plan options as scorch does: by
// their JSON names, over mergeplan's defaults.
func planOptions(t *testing.T, config map[string]any) *mergeplan.MergePlanOptions {
	t.Helper()
	o := mergeplan.DefaultMergePlanOptions
	b, err := json.Marshal(config["scorchMergePlanOptions"])
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &o); err != nil {
		t.Fatal(err)
	}
	return &o
}

// fakeSegment is a segment of the planner's view: only its documents.
type fakeSegment struct {
	id   uint64
	docs int64
}

func (s fakeSegment) Id() uint64          { return s.id }
func (s fakeSegment) FullSize() int64     { return s.docs }
func (s fakeSegment) LiveSize() int64     { return s.docs }
func (s fakeSegment) HasVector() bool     { return false }
func (s fakeSegment) FileSize() int64     { return s.docs * 2500 }
func (s fakeSegment) LiveFileSize() int64 { return s.docs * 2500 }

func TestBuildMergePlan(t *testing.T) {
	build := planOptions(t, BuildScorchConfig())
	if build.MaxSegmentSize != MaxSegmentDocs {
		t.Fatalf("build plan's cap %d, want MaxSegmentDocs", build.MaxSegmentSize)
	}
	tests := []struct {
		name  string
		docs  []int64 // the segments, by documents
		tasks int     // merges planned
		min   int     // segments of the smallest merge planned
	}{
		{"a few parts wait", repeat(1000, 10), 0, 0},
		{"parts of different sizes wait", append(repeat(1000, 15), 40, 700, 1200), 0, 0},
		{"a full tier is merged at once", repeat(1000, 30), 1, 26},
		{"a long wait is merged up to the cap", repeat(1000, 60), 1, 2 * BuildMergeWidth},
		{"capped segments are left alone", append(repeat(30000, 5), repeat(1000, 5)...), 0, 0},
		{"capped segments and a full tier", append(repeat(30000, 5), repeat(1000, 30)...), 1, 26},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var segs []mergeplan.Segment
			for i, d := range tt.docs {
				segs = append(segs, fakeSegment{id: uint64(i + 1), docs: d})
			}
			plan, err := mergeplan.Plan(segs, build)
			if err != nil {
				t.Fatal(err)
			}
			if len(plan.Tasks) != tt.tasks {
				t.Fatalf("%d merges planned, want %d", len(plan.Tasks), tt.tasks)
			}
			for _, task := range plan.Tasks {
				var docs int64
				for _, s := range task.Segments {
					if s.LiveSize() >= MaxSegmentDocs/2 {
						t.Errorf("a segment of %d documents merged again", s.LiveSize())
					}
					docs += s.LiveSize()
				}
				if docs >= MaxSegmentDocs {
					t.Errorf("a merge of %d documents, want under %d", docs, MaxSegmentDocs)
				}
				if len(task.Segments) < tt.min {
					t.Errorf("a merge of %d segments, want at least %d", len(task.Segments), tt.min)
				}
			}
		})
	}
}

// TestDefaultPlanMergesSoon shows what the build plan changes: scorch's
// default tiers merge the first few parts at once.
func TestDefaultPlanMergesSoon(t *testing.T) {
	var segs []mergeplan.Segment
	for i := range 10 {
		segs = append(segs, fakeSegment{id: uint64(i + 1), docs: 1000})
	}
	plan, err := mergeplan.Plan(segs, planOptions(t, ScorchConfig()))
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Tasks) == 0 {
		t.Fatal("the serving plan left 10 parts unmerged")
	}
}

func repeat(docs int64, n int) []int64 {
	s := make([]int64, n)
	for i := range s {
		s[i] = docs
	}
	return s
}
