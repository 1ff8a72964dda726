package indexer

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/councilminutes/minutes/search"
)

// TestRunSameIDOtherMeetings: two files whose names slug alike ("a b.txt"
// and "a-b.txt") but that hold meetings of different dates are both
// indexed, the second under an ID of its own; files of one meeting spelt
// two ways stay one meeting with the other linked. The words of a-b.txt
// were lost: it was linked as an "alternative source" of a b.txt.
func TestRunSameIDOtherMeetings(t *testing.T) {
	minutes := func(date, word string) []byte {
		return []byte("Minutes of the Cabinet held on " + date + "\n\n1. Apologies\nApologies were received.\n\n2. Libraries\nThe Cabinet discussed " + word + " and agreed the plan.\n")
	}
	corpusDir, indexDir := newCorpus(t, map[string][]byte{
		"testshire/cabinet/a b.txt":        minutes("6 January 2023", "Spacenameword"),
		"testshire/cabinet/a-b.txt":        minutes("7 January 2023", "Dashnameword"),
		"testshire/cabinet/2018-03-01.txt": minutes("1 March 2018", "Dateoneword"),
		"testshire/cabinet/2018_03_01.txt": minutes("1 March 2018", "Datetwoword more words here"),
	})
	count := func(word string) (uint64, []string) {
		t.Helper()
		ix, err := search.Open(indexDir, search.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		res, err := ix.Search(context.Background(), search.Request{Query: word, Size: 5})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.MeetingID)
		}
		return res.Total, ids
	}
	check := func(run string) {
		t.Helper()
		_, space := count("spacenameword")
		_, dash := count("dashnameword")
		if len(space) != 1 || len(dash) != 1 || space[0] == dash[0] {
			t.Errorf("%s: a b.txt in %v, a-b.txt in %v; want each found, in meetings of their own", run, space, dash)
		}
		if n, _ := count("dateoneword"); n != 0 {
			t.Errorf("%s: the shorter copy of one meeting is indexed too (%d hits)", run, n)
		}
		if n, _ := count("datetwoword"); n != 1 {
			t.Errorf("%s: the fuller copy of one meeting: %d hits, want 1", run, n)
		}
	}
	sum := runOnce(t, corpusDir, indexDir, false)
	if sum.Indexed != 3 || len(sum.Duplicates) != 1 {
		t.Errorf("first run: %s, duplicates %v; want 3 meetings indexed, one pair linked", sum.Line(), sum.Duplicates)
	}
	check("first run")
	sum = runOnce(t, corpusDir, indexDir, false)
	if sum.Indexed != 0 {
		t.Errorf("second run re-indexed unchanged files: %s", sum.Line())
	}
	check("second run")
	if err := os.WriteFile(filepath.Join(corpusDir, "testshire/cabinet/a-b.txt"), minutes("7 January 2023", "Dashnameword again"), 0o644); err != nil {
		t.Fatal(err)
	}
	runOnce(t, corpusDir, indexDir, false)
	check("after an edit")
}
