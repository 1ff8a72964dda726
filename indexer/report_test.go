package indexer

import (
	"strings"
	"testing"
)

// TestRunReportsLowConfidence checks that an indexing run lists the files
// whose items may be mis-split, with how they were found, and not the
// files whose structure is clear.
func TestRunReportsLowConfidence(t *testing.T) {
	prose := strings.Repeat("The committee met and talked about the budget, the roads and the library at some length. ", 40)
	corpusDir, indexDir := newCorpus(t, map[string][]byte{
		"cheshire-east/corporate-parenting-committee/2018-05-09.txt": readSeed(t, cheshireSeed),
		"ashby/parish-council/2024-01-10.txt":                        []byte("Ashby Parish Council\n\n" + prose + "\n"),
	})
	sum := runOnce(t, corpusDir, indexDir, false)
	if len(sum.LowConfidence) != 1 || sum.LowConfidence[0].File != "ashby/parish-council/2024-01-10.txt" ||
		sum.LowConfidence[0].Method != MethodWhole {
		t.Fatalf("low confidence %+v; want the Ashby text, kept whole", sum.LowConfidence)
	}
	var b strings.Builder
	sum.Print(&b)
	if !strings.Contains(b.String(), "low confidence ashby/parish-council/2024-01-10.txt: items whole, confidence 0.10") {
		t.Errorf("summary does not list the file:\n%s", b.String())
	}
}
