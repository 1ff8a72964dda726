package moderngov

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/indexer/moderngov/moderngovtest"
)

// benchCouncils imitates n councils of one region: most at democracy.,
// every fourth at moderngov. (found at the second try), every fifth with
// no site at all; each committee met 12 times.
func benchCouncils(n int) []moderngovtest.Council {
	var out []moderngovtest.Council
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("Council%02d", i)
		domain := fmt.Sprintf("council%02d.gov.uk", i)
		c := moderngovtest.Council{Name: name, Domain: domain, Site: "democracy." + domain, Meetings: 12}
		switch {
		case i%5 == 4:
			c.Site = ""
		case i%4 == 3:
			c.Site = "moderngov." + domain
		}
		out = append(out, c)
	}
	return out
}

// BenchmarkFetchManyRegion fetches a region of 20 imitated councils (each
// answer taking 5 ms) from scratch, discovery included, with 4 hosts at
// once, and then again (everything unchanged). It reports the requests a
// council of each run and the councils fetched a second. With
// -benchtime=1x and the delay=50ms case it shows what politeness costs.
func BenchmarkFetchManyRegion(b *testing.B) {
	const n = 20
	councils := benchCouncils(n)
	im := moderngovtest.Start(b, councils...)
	im.Latency = 5 * time.Millisecond
	for _, delay := range []time.Duration{0, 50 * time.Millisecond} {
		b.Run(fmt.Sprintf("delay=%s", delay), func(b *testing.B) {
			var first, second int
			for b.Loop() {
				dir := b.TempDir()
				if err := moderngovtest.WriteRegister(filepath.Join(dir, corpus.AuthoritiesFile), councils...); err != nil {
					b.Fatal(err)
				}
				opts := manyOpts(im, dir)
				opts.Regions, opts.Parallel, opts.Delay, opts.Retries = []string{"north-east"}, 4, delay, 0
				sum, err := FetchMany(context.Background(), opts)
				if err != nil {
					b.Fatal(err)
				}
				first = sum.Requests
				b.StopTimer()
				if sum, err = FetchMany(context.Background(), opts); err != nil {
					b.Fatal(err)
				}
				second = sum.Requests
				b.StartTimer()
			}
			b.ReportMetric(float64(first)/n, "requests/council")
			b.ReportMetric(float64(second)/n, "rerun-requests/council")
			b.ReportMetric(float64(n)/(b.Elapsed().Seconds()/float64(b.N)), "councils/s")
		})
	}
}
