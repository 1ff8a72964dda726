package search

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/councilminutes/minutes/search/schema"
)

// bulkCorpus is the fixture meetings many times over, each copy under its
// own path and year, its items' texts lengthened by a few words of the
// fixtures drawn at random, so that scores and similarities differ
// between copies.
func bulkCorpus(t *testing.T, copies int) []FileChange {
	t.Helper()
	rng := rand.New(rand.NewSource(7))
	var vocabulary []string
	for _, m := range loadFixtures(t) {
		for _, it := range m.Items {
			vocabulary = append(vocabulary, strings.Fields(it.Text)...)
		}
	}
	var changes []FileChange
	for k := range copies {
		for _, m := range loadFixtures(t) {
			data, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			var c schema.Meeting
			if err := json.Unmarshal(data, &c); err != nil {
				t.Fatal(err)
			}
			c.ID = ""
			c.SourcePath = fmt.Sprintf("copy%02d/%s", k, m.SourcePath)
			if len(c.Date) >= 4 {
				c.Date = fmt.Sprintf("%04d%s", 2000+k%20, c.Date[4:])
			}
			for i := range c.Items {
				for range rng.Intn(40) {
					c.Items[i].Text += " " + vocabulary[rng.Intn(len(vocabulary))]
				}
			}
			c.AssignIDs()
			changes = append(changes, FileChange{Path: c.SourcePath, Hash: "hash-" + c.ID, Meeting: &c})
		}
	}
	return changes
}

// buildBoth builds the changes, a few files per Apply, into two new
// indexes: one in bulk (segments of at most 150 documents, merged at the
// end into segments of at most 400, so that the build writes many and
// merges them twice, the last merges' input pages dropped every
// millisecond), one through scorch alone; then, in
// each, the changes of then, one Apply each.
func buildBoth(t *testing.T, changes, then []FileChange) (bulk, plain *Index) {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	open := func(name string, inBulk bool) *Index {
		path := filepath.Join(dir, name)
		ix, err := Create(path, fixtureOptions())
		if err != nil {
			t.Fatal(err)
		}
		if inBulk {
			ix.bulk.SegmentDocs = 150
			ix.bulk.FinalDocs = 400
			ix.bulk.DropEvery = time.Millisecond
		} else if _, err := ix.finishBulk(false); err != nil { // nothing built: scorch from here on
			t.Fatal(err)
		}
		for lo := 0; lo < len(changes); lo += 7 {
			if err := ix.Apply(ctx, changes[lo:min(lo+7, len(changes))]); err != nil {
				t.Fatal(err)
			}
		}
		for _, c := range then {
			if err := ix.Apply(ctx, []FileChange{c}); err != nil {
				t.Fatal(err)
			}
		}
		if err := ix.SetStamp("test", name); err != nil {
			t.Fatal(err)
		}
		if inBulk && len(then) == 0 && !ix.bulkOn.Load() {
			t.Fatal("the bulk build finished before Close")
		}
		if err := ix.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(filepath.Join(path, bulkDir)); !os.IsNotExist(err) {
			t.Fatalf("the bulk build's folder is left: %v", err)
		}
		ix, err = Open(path, fixtureOptions())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ix.Close() })
		return ix
	}
	return open("bulk.bleve", true), open("plain.bleve", false)
}

// TestBulkAsScorch checks that an index built in bulk answers as one
// built through scorch: hits (IDs, scores, snippets, every field), totals,
// facets, compare matrices, items, meetings, councils and similar items,
// before and after an incremental update of both.
func TestBulkAsScorch(t *testing.T) {
	ctx := context.Background()
	changes := bulkCorpus(t, 30)
	bulk, plain := buildBoth(t, changes, nil)

	if v, err := bulk.Stamp("test"); err != nil || v != "bulk.bleve" {
		t.Fatalf("stamp after a bulk build: %q, %v", v, err)
	}
	compareIndexes(t, bulk, plain, changes)

	// an incremental update: one file changed, one deleted, one new
	changed := *changes[3].Meeting
	changed.Items = append([]schema.Item(nil), changed.Items...)
	changed.Items[0].Text = "An entirely rewritten text about kinship carers."
	changed.AssignIDs()
	fresh := *changes[0].Meeting
	fresh.ID, fresh.SourcePath = "", "new/"+changes[0].Path
	fresh.Items = append([]schema.Item(nil), fresh.Items...)
	fresh.AssignIDs()
	update := []FileChange{
		{Path: changes[3].Path, Hash: "changed", Meeting: &changed},
		{Path: changes[5].Path, Hash: "gone"},
		{Path: fresh.SourcePath, Hash: "new", Meeting: &fresh},
	}
	for _, ix := range []*Index{bulk, plain} {
		if err := ix.Apply(ctx, update); err != nil {
			t.Fatal(err)
		}
	}
	if res, err := bulk.Search(ctx, Request{Query: "kinship carers", Size: 5}); err != nil || res.Total == 0 {
		t.Fatalf("the changed file is not found after the update: %v", err)
	}
	compareIndexes(t, bulk, plain, append(changes, update[2]))
}

// TestBulkThenScorch checks a bulk build that a batch replacing a file
// ends before Close: the segments are placed, the file is replaced through
// scorch, and the files after it go through scorch too.
func TestBulkThenScorch(t *testing.T) {
	changes := bulkCorpus(t, 6)
	replaced := *changes[2].Meeting
	replaced.Items = append([]schema.Item(nil), replaced.Items[1:]...)
	replaced.AssignIDs()
	later := bulkCorpus(t, 7)[len(changes):]
	then := append([]FileChange{{Path: changes[2].Path, Hash: "replaced", Meeting: &replaced}}, later...)
	bulk, plain := buildBoth(t, changes, then)
	if _, err := os.Stat(filepath.Join(bulk.path, bulkDir)); !os.IsNotExist(err) {
		t.Fatalf("the bulk build's folder is left: %v", err)
	}
	all := append(append([]FileChange(nil), changes...), later...)
	all[2] = then[0]
	compareIndexes(t, bulk, plain, all)
}

func compareIndexes(t *testing.T, bulk, plain *Index, changes []FileChange) {
	t.Helper()
	ctx := context.Background()
	requests := []Request{
		{},
		{Query: "ofsted"},
		{Query: "care leavers"},
		{Query: `"care leavers"`},
		{Query: `"looked after children"`},
		{Query: "placement OR fostering"},
		{Query: "health -annual"},
		{Query: "educat*"},
		{Query: "title:report"},
		{Query: "children", Sort: "date"},
		{Query: "children", Sort: "-date", Page: 2},
		{Query: "report", Councils: []string{"central-bedfordshire"}},
		{Query: "panel", From: "2005", To: "2012"},
		{Query: "agreed", DecisionsOnly: true},
		{Query: "council", Group: "meeting"},
		{Query: "school", Year: "2003"},
		{Query: "zzqx"},
		{Query: "chldren"},
	}
	for _, req := range requests {
		req.Highlight = true
		for _, size := range []int{10, MaxSize} {
			req.Size = size
			a, errA := bulk.Search(ctx, req)
			b, errB := plain.Search(ctx, req)
			if (errA != nil) != (errB != nil) {
				t.Fatalf("%+v: errors %v, %v", req, errA, errB)
			}
			if errA != nil {
				continue
			}
			a.TookMS, b.TookMS = 0, 0
			if a.Total != b.Total {
				t.Errorf("%q: total %d in bulk, %d through scorch", req.Query, a.Total, b.Total)
			}
			if a.Total <= uint64(size) && len(a.Groups) == 0 {
				// every hit is on the page: hits of one score in any order
				a.Hits, b.Hits = byScore(a.Hits), byScore(b.Hits)
				a.Next, b.Next = nil, nil
			} else if req.Sort == "" {
				// a page may end within hits of one score, taken in the
				// order of their documents, which no answer promises
				continue
			}
			if !reflect.DeepEqual(a, b) {
				t.Errorf("%+v: answers differ\nbulk:   %s\nscorch: %s", req, jsonOf(a), jsonOf(b))
			}
		}
		cr := CompareRequest{Request: req, By: "council", Per: "year"}
		ca, errA := bulk.Compare(ctx, cr)
		cb, errB := plain.Compare(ctx, cr)
		if (errA != nil) != (errB != nil) || !reflect.DeepEqual(ca, cb) {
			t.Errorf("compare %q differs: %v, %v\nbulk:   %s\nscorch: %s", req.Query, errA, errB, jsonOf(ca), jsonOf(cb))
		}
	}
	for i, c := range changes {
		if i%9 != 0 || c.Meeting == nil {
			continue
		}
		ma, errA := bulk.Meeting(ctx, c.Meeting.ID)
		mb, errB := plain.Meeting(ctx, c.Meeting.ID)
		if errA != nil || errB != nil || !reflect.DeepEqual(ma, mb) {
			t.Errorf("meeting %s differs: %v, %v", c.Meeting.ID, errA, errB)
		}
		for _, it := range c.Meeting.Items {
			ia, errA := bulk.Item(ctx, it.ID)
			ib, errB := plain.Item(ctx, it.ID)
			if errA != nil || errB != nil || !reflect.DeepEqual(ia, ib) {
				t.Errorf("item %s differs: %v, %v", it.ID, errA, errB)
			}
			// the largest size: Similar re-weighs a number of candidates
			// that a smaller page cuts within candidates of one score
			sa, errA := bulk.Similar(ctx, it.ID, false, MaxSize)
			sb, errB := plain.Similar(ctx, it.ID, false, MaxSize)
			if errA != nil || errB != nil || !similarAlike(sa, sb) {
				t.Errorf("similar to %s differs: %v, %v\nbulk:   %s\nscorch: %s", it.ID, errA, errB, brief(sa), brief(sb))
			}
		}
	}
	ca, errA := bulk.Councils(ctx)
	cb, errB := plain.Councils(ctx)
	if errA != nil || errB != nil || !reflect.DeepEqual(ca, cb) {
		t.Errorf("councils differ: %v, %v", errA, errB)
	}
	fa, errA := bulk.Files()
	fb, errB := plain.Files()
	if errA != nil || errB != nil || !reflect.DeepEqual(fa, fb) {
		t.Errorf("files differ: %v, %v", errA, errB)
	}
}

// byScore orders hits by score, then ID: an index orders hits of one
// score by its documents' order, which depends on how it merged them.
func byScore(hits []Hit) []Hit {
	out := append([]Hit(nil), hits...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// similarAlike reports whether two answers of Similar agree: every item
// in both with the same fields and similarity, and at most one item each
// that the other lacks. Similar re-weighs the best candidates of a bleve
// search (similarPool), and where that pool ends within candidates of
// one score, which of them it takes follows the index's order of
// documents, as any page cut within one score does (byScore).
func similarAlike(a, b []Hit) bool {
	if len(a) != len(b) {
		return false
	}
	inB := map[string]Hit{}
	for _, h := range b {
		inB[h.ID] = h
	}
	missing := 0
	for _, h := range a {
		o, ok := inB[h.ID]
		if !ok {
			missing++
			continue
		}
		if !reflect.DeepEqual(h, o) {
			return false
		}
	}
	return missing <= 1
}

func jsonOf(v any) string {
	data, _ := json.Marshal(v)
	return string(data)
}

func brief(hits []Hit) string {
	var b strings.Builder
	for _, h := range hits {
		fmt.Fprintf(&b, "%s %.6f %v | ", h.ID[:20], h.Similarity, h.Score)
	}
	return b.String()
}
