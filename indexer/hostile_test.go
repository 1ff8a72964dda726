package indexer

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/schema"
)

// minutesText is a small set of minutes of a meeting on 1 March 2018;
// extra is added to the second item, so that one copy can be fuller.
func minutesText(extra string) string {
	return "KENT COUNTY COUNCIL\n\nMINUTES of a meeting of the Corporate Parenting Panel held on 1 March 2018.\n\n" +
		"1. Apologies for absence\n\nApologies were received from Mr Smith.\n\n" +
		"2. Ofsted action plan\n\nThe Panel considered progress on the plan. " + extra + "\n\nRESOLVED that the progress be noted.\n"
}

// minutesPage is the same minutes as an HTML page.
func minutesPage(extra string) string {
	return "<!DOCTYPE html><html><body><h1>Kent County Council</h1><p>MINUTES of a meeting of the Corporate Parenting Panel held on 1 March 2018.</p>" +
		"<p>1. Apologies for absence</p><p>Apologies were received from Mr Smith.</p>" +
		"<p>2. Ofsted action plan</p><p>The Panel considered progress on the plan. " + extra + "</p><p>RESOLVED that the progress be noted.</p></body></html>"
}

// meetingOf reads the meeting the index holds under id.
func meetingOf(t *testing.T, indexDir, id string) *search.MeetingDetail {
	t.Helper()
	ix, err := search.Open(indexDir, search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	m, err := ix.Meeting(context.Background(), id)
	if err != nil {
		t.Fatalf("meeting %s: %v", id, err)
	}
	return m
}

// TestRunOneMeetingOneID: files that give one meeting ID (the date spelt
// two ways, or the same minutes as a page and as text) never stop a run,
// fresh or incremental: the fullest is indexed under the ID and the others
// are linked from it, with a warning in the report.
func TestRunOneMeetingOneID(t *testing.T) {
	const dir = "kent/corporate-parenting-panel/"
	const id = "kent--corporate-parenting-panel--2018-03-01"
	tests := []struct {
		name        string
		files       map[string]string
		kept, other string
	}{
		{"date spelt two ways", map[string]string{
			dir + "2018-03-01.txt": minutesText(""),
			dir + "2018_03_01.txt": minutesText("Caseloads had fallen to eighteen per worker."),
		}, dir + "2018_03_01.txt", dir + "2018-03-01.txt"},
		{"a page and its text", map[string]string{
			dir + "2018-03-01.html": minutesPage("Caseloads had fallen to eighteen per worker."),
			dir + "2018-03-01.txt":  minutesText(""),
		}, dir + "2018-03-01.html", dir + "2018-03-01.txt"},
		{"equal: the first by path", map[string]string{
			dir + "2018-03-01.txt": minutesText(""),
			dir + "2018 03 01.txt": minutesText(""),
		}, dir + "2018 03 01.txt", dir + "2018-03-01.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string][]byte{}
			for rel, text := range tt.files {
				files[rel] = []byte(text)
			}
			corpusDir, indexDir := newCorpus(t, files)
			first := runOnce(t, corpusDir, indexDir, false)
			if first.Indexed != 1 || first.Failed != 0 || first.Meetings != 1 {
				t.Fatalf("first run: %s; failures %v", first.Line(), first.Failures)
			}
			if len(first.Duplicates) != 1 || first.Duplicates[0].Kept != tt.kept || join(first.Duplicates[0].Alternatives) != tt.other {
				t.Errorf("duplicates reported: %+v, want %s kept and %s linked", first.Duplicates, tt.kept, tt.other)
			}
			m := meetingOf(t, indexDir, id)
			if m.SourcePath != tt.kept || join(m.Alternatives) != tt.other {
				t.Errorf("meeting from %s with alternatives %v, want %s and %s", m.SourcePath, m.Alternatives, tt.kept, tt.other)
			}
			if !strings.Contains(strings.Join(m.Warnings, " "), "also in "+tt.other) {
				t.Errorf("no warning about the other file: %v", m.Warnings)
			}
			var out strings.Builder
			first.Print(&out)
			if !strings.Contains(out.String(), "same meeting "+id+": indexed "+tt.kept+", linked "+tt.other) {
				t.Errorf("printed summary does not say so:\n%s", out.String())
			}

			second := runOnce(t, corpusDir, indexDir, false)
			if !second.NoChange() || second.Unchanged != 2 || len(second.Duplicates) != 1 {
				t.Errorf("second run: %s; duplicates %+v", second.Line(), second.Duplicates)
			}
			full := runOnce(t, corpusDir, indexDir, true)
			if full.Indexed != 1 || full.Failed != 0 {
				t.Errorf("full rebuild: %s; failures %v", full.Line(), full.Failures)
			}
		})
	}
}

// TestRunDuplicateChanges: when the other copy becomes the fuller, it
// takes the meeting over in one step, and when a copy goes the other is
// the meeting alone.
func TestRunDuplicateChanges(t *testing.T) {
	const dir = "kent/corporate-parenting-panel/"
	const id = "kent--corporate-parenting-panel--2018-03-01"
	corpusDir, indexDir := newCorpus(t, map[string][]byte{
		dir + "2018-03-01.txt": []byte(minutesText("")),
		dir + "2018_03_01.txt": []byte(minutesText("Caseloads had fallen.")),
	})
	runOnce(t, corpusDir, indexDir, false)
	longer := minutesText("Caseloads had fallen to eighteen per worker, and agency staff were twelve per cent.")
	if err := os.WriteFile(filepath.Join(corpusDir, dir, "2018-03-01.txt"), []byte(longer), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := runOnce(t, corpusDir, indexDir, false)
	if sum.Indexed != 1 || sum.Failed != 0 {
		t.Fatalf("after the change: %s; %v", sum.Line(), sum.Failures)
	}
	_, files := indexedItems(t, indexDir)
	if _, ok := files[dir+"2018-03-01.txt"]; !ok || len(files) != 1 {
		t.Errorf("index holds %v, want only the now fuller 2018-03-01.txt", files)
	}
	if m := meetingOf(t, indexDir, id); !strings.Contains(m.Items[len(m.Items)-1].Text, "agency staff") {
		t.Errorf("meeting not from the fuller copy: %+v", m.Items)
	}
	if err := os.Remove(filepath.Join(corpusDir, dir, "2018-03-01.txt")); err != nil {
		t.Fatal(err)
	}
	sum = runOnce(t, corpusDir, indexDir, false)
	if sum.Failed != 0 || sum.Indexed != 1 || sum.Deleted != 1 {
		t.Fatalf("after removing a copy: %s; %v", sum.Line(), sum.Failures)
	}
	if m := meetingOf(t, indexDir, id); m.SourcePath != dir+"2018_03_01.txt" || len(m.Alternatives) != 0 {
		t.Errorf("meeting from %s with alternatives %v", m.SourcePath, m.Alternatives)
	}
}

// TestWriterNeverAbortsOnADuplicateID: should two files still give one
// meeting ID to the index (grouping should prevent it), the second is a
// failure of that file, and the rest of the batch is written.
func TestWriterNeverAbortsOnADuplicateID(t *testing.T) {
	ix, err := search.Create(filepath.Join(t.TempDir(), "ix.bleve"), search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	meeting := func(id string) *schema.Meeting {
		m := &schema.Meeting{ID: id, Council: "Kent", CouncilSlug: "kent", Date: "2018-03-01",
			Items: []schema.Item{{Title: "Ofsted", Text: "Noted."}}}
		m.AssignIDs()
		return m
	}
	sum := &Summary{}
	w := &writer{ix: ix, sum: sum, limit: 100}
	ctx := context.Background()
	for _, c := range []search.FileChange{
		{Path: "a/b/2018-03-01.txt", Hash: "1", Meeting: meeting("a--b--2018-03-01")},
		{Path: "a/b/2018_03_01.txt", Hash: "2", Meeting: meeting("a--b--2018-03-01")},
		{Path: "a/b/2019-01-01.txt", Hash: "3", Meeting: meeting("a--b--2019-01-01")},
	} {
		if err := w.add(ctx, []search.FileChange{c}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.flush(ctx); err != nil {
		t.Fatalf("flush: %v", err)
	}
	if sum.Indexed != 2 || sum.Failed != 1 || sum.Failures[0].File != "a/b/2018_03_01.txt" ||
		!strings.Contains(sum.Failures[0].Reason, "same meeting ID") {
		t.Errorf("indexed %d, failures %+v", sum.Indexed, sum.Failures)
	}
}

// TestReadVerifiedRefusesSwaps: a file the walk listed and that is then
// replaced (by a link to a file outside the corpus, another file, a named
// pipe, or a folder on its path by a link) is refused, never read.
func TestReadVerifiedRefusesSwaps(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(outside, []byte(minutesText("TOP SECRET")), 0o644); err != nil {
		t.Fatal(err)
	}
	swaps := []struct {
		name string
		swap func(corpusDir, path string) error
	}{
		{"link to a file outside", func(_, p string) error {
			if err := os.Remove(p); err != nil {
				return err
			}
			return os.Symlink(outside, p)
		}},
		{"link to another file of the corpus", func(corpusDir, p string) error {
			other := filepath.Join(corpusDir, "kent", "draft.text")
			if err := os.WriteFile(other, []byte(minutesText("not for publication")), 0o644); err != nil {
				return err
			}
			if err := os.Remove(p); err != nil {
				return err
			}
			return os.Symlink(other, p)
		}},
		{"another file renamed over it", func(_, p string) error {
			other := p + ".new"
			if err := os.WriteFile(other, []byte(minutesText("replaced")), 0o644); err != nil {
				return err
			}
			return os.Rename(other, p)
		}},
		{"named pipe", func(_, p string) error {
			if runtime.GOOS == "windows" {
				return errors.ErrUnsupported
			}
			if err := os.Remove(p); err != nil {
				return err
			}
			return syscall.Mkfifo(p, 0o644)
		}},
		{"folder replaced by a link outside", func(corpusDir, _ string) error {
			folder := filepath.Join(corpusDir, "kent", "panel")
			if err := os.Rename(folder, folder+".old"); err != nil {
				return err
			}
			elsewhere := filepath.Dir(outside)
			if err := os.WriteFile(filepath.Join(elsewhere, "2018-03-01.txt"), []byte(minutesText("TOP SECRET")), 0o644); err != nil {
				return err
			}
			return os.Symlink(elsewhere, folder)
		}},
	}
	for _, tt := range swaps {
		t.Run(tt.name, func(t *testing.T) {
			corpusDir, _ := newCorpus(t, map[string][]byte{"kent/panel/2018-03-01.txt": []byte(minutesText(""))})
			files, _, err := Walk(corpusDir)
			if err != nil || len(files) != 1 {
				t.Fatalf("walk: %v %v", files, err)
			}
			if err := tt.swap(corpusDir, files[0].Path); errors.Is(err, errors.ErrUnsupported) {
				t.Skip(err)
			} else if err != nil {
				t.Fatal(err)
			}
			root, err := os.OpenRoot(corpusDir)
			if err != nil {
				t.Fatal(err)
			}
			defer root.Close()
			data, err := readVerified(root, files[0], DefaultMaxBytes)
			if err == nil {
				t.Fatalf("read %d bytes of the swapped file: %.60q", len(data), data)
			}
			o := runJob(context.Background(), root, job{meetingID: "x", files: []jobFile{{file: files[0]}}}, Options{Workers: 1})
			if len(o.changes) != 0 || len(o.failures) != 1 {
				t.Errorf("outcome: %d changes, failures %+v", len(o.changes), o.failures)
			}
		})
	}
}

// TestReadVerifiedReadsTheListedFile: the file the walk saw, unchanged, is
// read whole, and one over the limit is refused.
func TestReadVerifiedReadsTheListedFile(t *testing.T) {
	text := minutesText("")
	corpusDir, _ := newCorpus(t, map[string][]byte{"kent/panel/2018-03-01.txt": []byte(text)})
	files, _, _ := Walk(corpusDir)
	root, err := os.OpenRoot(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	if data, err := readVerified(root, files[0], 0); err != nil || string(data) != text {
		t.Errorf("read %q, %v", data, err)
	}
	if _, err := readVerified(root, files[0], 10); err == nil || !strings.Contains(err.Error(), "limit") {
		t.Errorf("over the limit: %v", err)
	}
}

func join(ss []string) string { return strings.Join(ss, ", ") }
