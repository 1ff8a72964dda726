package search

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/councilminutes/minutes/search/schema"
)

func countQuery(t *testing.T, ix *Index, q string) uint64 {
	t.Helper()
	res, err := ix.Search(context.Background(), Request{Query: q})
	if err != nil {
		t.Fatal(err)
	}
	return res.Total
}

func TestApplyReplacesAndDeletes(t *testing.T) {
	ix := newFixtureIndex(t)
	ctx := context.Background()
	files, err := ix.Files()
	if err != nil {
		t.Fatal(err)
	}
	path := "cheshire-east/corporate-parenting-committee/2018-05-09.txt"
	if len(files) != 10 || files[path] != "hash-"+ce18 {
		t.Fatalf("files %v", files)
	}

	// replace: the file now holds two items, one new word
	m := &schema.Meeting{Council: "Cheshire East Council", CouncilSlug: "cheshire-east", Committee: "Corporate Parenting Committee",
		CommitteeSlug: "corporate-parenting-committee", Date: "2018-05-09", SourcePath: path,
		Items: []schema.Item{{Title: "Apologies", Text: "None.", Procedural: true}, {Title: "Zebra crossings", Text: "Zebra crossings near schools."}}}
	m.AssignIDs()
	if err := ix.Apply(ctx, []FileChange{{Path: path, Hash: "new-hash", Meeting: m}}); err != nil {
		t.Fatal(err)
	}
	if n := countQuery(t, ix, "council:cheshire-east"); n != 6 { // 2 new + 4 of the 2019 meeting
		t.Errorf("cheshire-east items after replace: %d, want 6", n)
	}
	if n := countQuery(t, ix, "scorecard"); n != 0 {
		t.Errorf("old item still found: %d", n)
	}
	if n := countQuery(t, ix, "zebra"); n != 1 {
		t.Errorf("new item found %d times", n)
	}
	if _, err := ix.Item(ctx, ce18+"--i06"); !errors.Is(err, ErrNotFound) {
		t.Errorf("old item 6: %v", err)
	}
	files, _ = ix.Files()
	if files[path] != "new-hash" {
		t.Errorf("hash after replace %q", files[path])
	}
	cs, _ := ix.Council(ctx, "cheshire-east")
	if cs.Items != 6 {
		t.Errorf("council summary not refreshed: %d items", cs.Items)
	}

	// delete
	if err := ix.Apply(ctx, []FileChange{{Path: path}}); err != nil {
		t.Fatal(err)
	}
	if n := countQuery(t, ix, "zebra"); n != 0 {
		t.Errorf("deleted item found %d times", n)
	}
	if _, err := ix.Meeting(ctx, ce18); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted meeting: %v", err)
	}
	files, _ = ix.Files()
	if _, ok := files[path]; ok || len(files) != 9 {
		t.Errorf("files after delete: %d, %v", len(files), ok)
	}
	if n := countQuery(t, ix, ""); n != 38-6 {
		t.Errorf("items after delete %d, want %d", n, 38-6)
	}
}

func TestApplyRefusesBadChanges(t *testing.T) {
	ix := newFixtureIndex(t)
	noIDs := &schema.Meeting{Items: []schema.Item{{Title: "x"}}}
	taken := &schema.Meeting{ID: ce18, Items: nil} // another file's meeting ID
	tests := []struct {
		name    string
		changes []FileChange
		want    string
	}{
		{"no path", []FileChange{{Hash: "h"}}, "change 1 has no path"},
		{"twice", []FileChange{{Path: "a"}, {Path: "a"}}, "appears twice"},
		{"no meeting id", []FileChange{{Path: "a", Meeting: noIDs}}, "meeting has no ID"},
		{"meeting id of another file", []FileChange{{Path: "other/file.txt", Meeting: taken}}, "already indexed from file"},
	}
	for _, tt := range tests {
		err := ix.Apply(context.Background(), tt.changes)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
	if n := countQuery(t, ix, ""); n != 38 {
		t.Errorf("a refused batch changed the index: %d items", n)
	}
}

// TestApplyIsAtomic replaces a meeting of six items by one of two, over
// and over, while readers count its items: they must always see 6 or 2.
func TestApplyIsAtomic(t *testing.T) {
	ix := newFixtureIndex(t)
	ctx := context.Background()
	fixtures := loadFixtures(t)
	var big *schema.Meeting
	for _, m := range fixtures {
		if m.ID == ce18 {
			big = m
		}
	}
	small := *big
	small.Items = append([]schema.Item(nil), big.Items[:2]...)
	small.AssignIDs()

	stop := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for r := 0; r < 2; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				res, err := ix.Search(ctx, Request{Councils: []string{"cheshire-east"}, Committees: []string{"corporate-parenting-committee"}, To: "2018-12-31"})
				if err != nil {
					errs <- err
					return
				}
				if res.Total != 6 && res.Total != 2 {
					errs <- fmt.Errorf("reader saw %d items of the meeting", res.Total)
					return
				}
			}
		}()
	}
	for i := 0; i < 20; i++ {
		m := &small
		if i%2 == 1 {
			m = big
		}
		if err := ix.Apply(ctx, []FileChange{{Path: big.SourcePath, Hash: fmt.Sprint(i), Meeting: m}}); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestCreateOpenLocked(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix.bleve")
	ix, err := Create(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Create(dir, Options{}); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("Create on an existing path: %v", err)
	}
	start := time.Now()
	_, err = Open(dir, Options{LockTimeout: 200 * time.Millisecond})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("Open of a held index: %v, want ErrLocked", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Open took %s to fail", d)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	again, err := Open(dir, Options{})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	again.Close()
	if _, err := Open(filepath.Join(t.TempDir(), "missing"), Options{}); err == nil {
		t.Error("Open of a missing index succeeded")
	}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	noSyn, err := Open(dir, Options{SynonymsFile: filepath.Join(t.TempDir(), "nope.txt"), Logger: quiet})
	if err != nil {
		t.Errorf("missing synonyms file should mean no synonyms: %v", err)
	} else {
		noSyn.Close()
	}
	bad := filepath.Join(t.TempDir(), "bad.txt")
	if err := os.WriteFile(bad, []byte("lonely\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var logged strings.Builder
	withBad, err := Open(dir, Options{SynonymsFile: bad, Logger: slog.New(slog.NewTextHandler(&logged, nil))})
	if err != nil {
		t.Errorf("a bad line in the synonyms file should be reported, not stop the index opening: %v", err)
	} else {
		withBad.Close()
	}
	if !strings.Contains(logged.String(), "bad.txt:1: a group needs at least two members") {
		t.Errorf("the bad line is not reported with its file and line: %q", logged.String())
	}
}

func TestReopenKeepsData(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix.bleve")
	ix, err := Create(dir, fixtureOptions())
	if err != nil {
		t.Fatal(err)
	}
	m := loadFixtures(t)[0]
	if err := ix.Apply(context.Background(), []FileChange{{Path: m.SourcePath, Hash: "h1", Meeting: m}}); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(dir, fixtureOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	files, err := ix.Files()
	if err != nil || files[m.SourcePath] != "h1" || len(files) != 1 {
		t.Errorf("files after reopen %v %v", files, err)
	}
	if n := countQuery(t, ix, ""); n != uint64(len(m.Items)) {
		t.Errorf("items after reopen %d, want %d", n, len(m.Items))
	}
}

func TestPrefixExpandingTooFarIsRefused(t *testing.T) {
	ix, err := Create(filepath.Join(t.TempDir(), "ix.bleve"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var words []string
	for i := 0; i < MaxDisjunctionClauses+50; i++ {
		words = append(words, fmt.Sprintf("qqq%05d", i))
	}
	m := &schema.Meeting{CouncilSlug: "x", SourcePath: "x/many.txt", Items: []schema.Item{{Title: "Many words", Text: strings.Join(words, " ")}}}
	m.AssignIDs()
	if err := ix.Apply(context.Background(), []FileChange{{Path: m.SourcePath, Meeting: m}}); err != nil {
		t.Fatal(err)
	}
	_, err = ix.Search(context.Background(), Request{Query: "qqq*"})
	if !errors.Is(err, ErrBadRequest) || !strings.Contains(err.Error(), "too many terms") {
		t.Errorf("broad prefix: %v, want a bad request about too many terms", err)
	}
	if n := countQuery(t, ix, "qqq0000*"); n != 1 {
		t.Errorf("narrow prefix matched %d items", n)
	}
}
