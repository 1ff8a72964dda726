package indexer

import (
	"strings"
	"testing"
)

func TestCurrentFolderID(t *testing.T) {
	tests := []struct {
		rel, id string
		ok      bool
	}{
		{"kent/corporate-parenting-panel-old/2018-03-01.pdf", "kent--corporate-parenting-panel--2018-03-01", true},
		{"kent/cabinet-archived/2018-03-01.txt", "kent--cabinet--2018-03-01", true},
		{"kent/planning-committee-pre-may-2019/2018-03-01.txt", "kent--planning-committee--2018-03-01", true},
		{"kent/schools-forum-2014-2019/2018-03-01.txt", "kent--schools-forum--2018-03-01", true},
		{"kent/corporate-parenting-panel/2018-03-01.pdf", "", false},
		{"kent/old/2018-03-01.pdf", "", false},
		{"corporate-parenting-panel-old/2018-03-01.pdf", "", false},
	}
	for _, tt := range tests {
		id, ok := currentFolderID(tt.rel)
		if id != tt.id || ok != tt.ok {
			t.Errorf("currentFolderID(%q) = %q, %v; want %q, %v", tt.rel, id, ok, tt.id, tt.ok)
		}
	}
}

// TestRetiredFolderOneMeeting: a corpus fetched before fetch stored a
// retired committee's minutes under the current committee's name, and
// fetched again since, holds each meeting in both folders; each is indexed
// once, under the current committee's ID, the fuller file kept (the
// current folder's on a tie) and the other linked as an alternative. A
// meeting only in the old folder is indexed as it was.
func TestRetiredFolderOneMeeting(t *testing.T) {
	const old, cur = "kent/corporate-parenting-panel-old/", "kent/corporate-parenting-panel/"
	corpusDir, indexDir := newCorpus(t, map[string][]byte{
		old + "2018-03-01.txt": []byte(minutesText("Caseloads had fallen to eighteen per worker.")),
		cur + "2018-03-01.txt": []byte(minutesText("")),
		old + "2019-03-01.txt": []byte(strings.ReplaceAll(minutesText(""), "2018", "2019")),
		cur + "2019-03-01.txt": []byte(strings.ReplaceAll(minutesText(""), "2018", "2019")),
		old + "2017-03-01.txt": []byte(strings.ReplaceAll(minutesText(""), "2018", "2017")),
	})
	sum := runOnce(t, corpusDir, indexDir, false)
	if sum.Failed != 0 || sum.Meetings != 3 || len(sum.Duplicates) != 2 {
		t.Fatalf("%s; duplicates %+v; failures %v", sum.Line(), sum.Duplicates, sum.Failures)
	}
	_, files := indexedItems(t, indexDir)
	if len(files) != 3 {
		t.Errorf("index holds %v, want 3 files", files)
	}
	m := meetingOf(t, indexDir, "kent--corporate-parenting-panel--2018-03-01")
	if m.SourcePath != old+"2018-03-01.txt" || len(m.Alternatives) != 1 || m.Alternatives[0] != cur+"2018-03-01.txt" {
		t.Errorf("2018: from %s with alternatives %v, want the fuller old copy", m.SourcePath, m.Alternatives)
	}
	for _, it := range m.Items {
		if !strings.HasPrefix(it.ID, "kent--corporate-parenting-panel--2018-03-01--") {
			t.Errorf("2018: item ID %s", it.ID)
		}
	}
	if m := meetingOf(t, indexDir, "kent--corporate-parenting-panel--2019-03-01"); m.SourcePath != cur+"2019-03-01.txt" {
		t.Errorf("2019: from %s, want the current folder's copy on a tie", m.SourcePath)
	}
	if m := meetingOf(t, indexDir, "kent--corporate-parenting-panel-old--2017-03-01"); m.SourcePath != old+"2017-03-01.txt" {
		t.Errorf("2017: from %s", m.SourcePath)
	}
	// a second run finds it all unchanged
	if sum := runOnce(t, corpusDir, indexDir, false); sum.Indexed != 0 || sum.Failed != 0 {
		t.Errorf("second run: %s", sum.Line())
	}
}
