package indexer

import (
	"fmt"
	"testing"
)

// TestRealCorpusHeadings reads the meeting date and committee from the
// headings of 486 real minutes (../shared/real-corpus: a council's
// Markdown made from its PDFs, 2014–2019, some pages OCR'd), each copied
// under a neutral name with no manifest, councils list or folder, and
// scores them against the manifest. The bars sit a little under what the
// extractor reaches (date 0.975, committee 0.949 when written), so that a
// change that loses ground fails.
func TestRealCorpusHeadings(t *testing.T) {
	docs := realCorpusDocs(t)
	dates, committees := 0, 0
	var misses []string
	for _, f := range docs {
		m := f.Meeting
		if f.Err != nil {
			t.Errorf("%s: %v", f.Path, f.Err)
			continue
		}
		if m.Date == f.Date {
			dates++
		}
		if sameName(m.Committee, f.Committee) {
			committees++
		}
		if (m.Date != f.Date || !sameName(m.Committee, f.Committee)) && len(misses) < 15 {
			misses = append(misses, fmt.Sprintf("%s: date %q, committee %q", f.Path, m.Date, m.Committee))
		}
	}
	n := float64(len(docs))
	t.Logf("%d real minutes: date %.3f, committee %.3f", len(docs), float64(dates)/n, float64(committees)/n)
	if float64(dates)/n < 0.96 || float64(committees)/n < 0.93 {
		t.Errorf("date %.3f (want 0.96), committee %.3f (want 0.93); some misses:\n%v", float64(dates)/n, float64(committees)/n, misses)
	}
}
