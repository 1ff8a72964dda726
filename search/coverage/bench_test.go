package coverage

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkCompute tallies 30,000 meetings: 50 councils, 5 committees
// each, monthly for 10 years.
func BenchmarkCompute(b *testing.B) {
	var in Input
	start := time.Date(2012, 1, 10, 0, 0, 0, 0, time.UTC)
	for c := range 50 {
		for m := range 5 {
			for k := range 120 {
				d := start.AddDate(0, k, c%7)
				in.Meetings = append(in.Meetings, MeetingInfo{CouncilSlug: fmt.Sprintf("c%02d", c),
					CommitteeSlug: fmt.Sprintf("m%d", m), Date: d.Format("2006-01-02"), Items: 8})
			}
		}
	}
	b.ResetTimer()
	for b.Loop() {
		Compute(in)
	}
}
