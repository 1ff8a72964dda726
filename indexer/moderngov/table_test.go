package moderngov

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/councilminutes/minutes/indexer/corpus"
)

// TestRunSummaryPrint: the table has a row per council with its counts
// and what became of it, a line of totals, why the run stopped, and every
// failure, with whatever a site sent escaped.
func TestRunSummaryPrint(t *testing.T) {
	sum := &RunSummary{Requests: 120, Took: 95 * time.Second, Stopped: "request limit reached: 120 requests sent (--max-requests)",
		Councils: []CouncilResult{
			{Slug: "barnet", Site: "https://democracy.barnet.gov.uk", FoundBy: "register-domain", Status: statusFetched,
				FetchCounts: corpus.FetchCounts{Committees: 2, Stored: 14, WithoutMinutes: 1, Failed: 1},
				Failures:    []Outcome{{Committee: "Cabinet\x1b[2J", Date: "2024-02-01", MeetingID: "77", Reason: "get x: 500 Internal Server Error"}}},
			{Slug: "camden", Site: "https://democracy.camden.gov.uk", FoundBy: "operator", Status: statusEarlier, FetchCounts: corpus.FetchCounts{Stored: 3, Unchanged: 9}},
			{Slug: "durham", Status: statusFailed, Error: "no ModernGov site found under durham.gov.uk\x1b]0;pwned\x07"},
			{Slug: "ealing", Site: "https://ealing.moderngov.co.uk", FoundBy: "operator", Status: statusInterrupted, FetchCounts: corpus.FetchCounts{Stored: 2},
				Error: "request limit reached"},
			{Slug: "enfield", Status: statusNotReached},
		}}
	var out bytes.Buffer
	sum.Print(&out)
	got := out.String()
	for _, want := range []string{
		"council  site",
		"barnet   https://democracy.barnet.gov.uk (found)  2           14      0          1           1\n",
		"camden   https://democracy.camden.gov.uk          0           3       9          0           0       fetched earlier in this run\n",
		"durham   -                                        0           0       0          0           0       no site found\n",
		"ealing   https://ealing.moderngov.co.uk           0           2       0          0           0       interrupted\n",
		"enfield  -                                        0           0       0          0           0       not reached\n",
		"5 councils: 1 fetched, 1 fetched earlier in this run, 1 failed, 1 interrupted, 1 not reached; 120 requests in 1m35s\n",
		"stopped: request limit reached: 120 requests sent (--max-requests); run the same command again to carry on\n",
		"  barnet: Cabinet\\x1b[2J 2024-02-01 77: get x: 500 Internal Server Error\n",
		"  durham: no ModernGov site found under durham.gov.uk\\x1b]0;pwned\\x07\n",
		"  ealing: request limit reached\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the table lacks %q:\n%s", want, got)
		}
	}
	if rawControl := strings.ContainsAny(got, "\x1b\x07"); rawControl {
		t.Errorf("control characters reached the table: %q", got)
	}
}
