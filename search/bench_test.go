package search

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/councilminutes/minutes/search/schema"
)

// benchItems is the size of the generated benchmark corpus.
const benchItems = 20000

var (
	benchOnce sync.Once
	benchIx   *Index
	benchDir  string // removed by TestMain
	benchErr  error
)

// benchVocabulary is drawn from the fixture minutes, so that word
// frequencies look like those of real minutes; benchPhrases are planted in
// some items so that phrase and synonym queries have work to do.
func benchVocabulary(b *testing.B) []string {
	var words []string
	for _, m := range loadFixtures(b) {
		for _, it := range m.Items {
			for _, w := range strings.Fields(it.Text + " " + it.Title) {
				w = strings.Trim(w, ".,;:()'\"")
				if len(w) > 2 {
					words = append(words, strings.ToLower(w))
				}
			}
		}
	}
	return words
}

var benchPhrases = []string{"care leavers", "cared for children", "looked after children", "special guardianship order",
	"child and adolescent mental health services", "Ofsted inspection", "foster carers", "personal education plan"}

// benchIndex builds (once per test binary) an index of benchItems
// generated items: 40 councils, 4 committees each, 2010-2024, 10 items a
// meeting of 120 words, a quarter of them with one of benchPhrases.
func benchIndex(b *testing.B) *Index {
	benchOnce.Do(func() {
		start := time.Now()
		dir, err := os.MkdirTemp("", "search-bench-")
		if err != nil {
			benchErr = err
			return
		}
		benchDir = dir
		ix, err := Create(filepath.Join(dir, "bench.bleve"), Options{SynonymsFile: corpusSynonyms})
		if err != nil {
			benchErr = err
			return
		}
		words := benchVocabulary(b)
		topics := []string{"ofsted", "care-leavers", "fostering", "adoption", "education", "workforce", "safeguarding", "health"}
		rng := rand.New(rand.NewPCG(1, 2))
		zipf := rand.NewZipf(rng, 1.1, 2, 50000)
		var batch []FileChange
		for n := 0; n < benchItems/10; n++ {
			council := fmt.Sprintf("council-%02d", n%40)
			committee := []string{"corporate-parenting-panel", "scrutiny", "cabinet", "schools-forum"}[n%4]
			date := time.Date(2010+rng.IntN(15), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)
			m := &schema.Meeting{
				Council: "Council " + council, CouncilSlug: council, Committee: committee, CommitteeSlug: committee,
				Date: date.Format(time.DateOnly), SourcePath: fmt.Sprintf("%s/%s/%d.txt", council, committee, n),
			}
			for i := 0; i < 10; i++ {
				text := make([]string, 120)
				for j := range text {
					// a third from real minutes' words, the rest from a
					// Zipf-distributed vocabulary, like real text
					if rng.IntN(3) == 0 {
						text[j] = words[rng.IntN(len(words))]
					} else {
						text[j] = fmt.Sprintf("w%d", zipf.Uint64())
					}
				}
				if rng.IntN(4) == 0 {
					text[rng.IntN(len(text))] = benchPhrases[rng.IntN(len(benchPhrases))]
				}
				m.Items = append(m.Items, schema.Item{
					Title:      strings.Join(text[:5], " "),
					Text:       strings.Join(text[5:], " "),
					Decisions:  []string{"That the report be noted."},
					Topics:     []string{topics[rng.IntN(len(topics))]},
					Procedural: i == 0,
				})
			}
			m.AssignIDs()
			batch = append(batch, FileChange{Path: m.SourcePath, Hash: "h", Meeting: m})
			if len(batch) == 100 {
				if benchErr = ix.Apply(context.Background(), batch); benchErr != nil {
					return
				}
				batch = nil
			}
		}
		benchIx = ix
		var size int64
		filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if info, err := d.Info(); err == nil {
					size += info.Size()
				}
			}
			return nil
		})
		b.Logf("built %d-item index in %s, %.1f MB on disk", benchItems, time.Since(start).Round(time.Millisecond), float64(size)/1e6)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchIx
}

func BenchmarkSearch(b *testing.B) {
	ix := benchIndex(b)
	ctx := context.Background()
	cases := []struct {
		name string
		req  Request
	}{
		{"plain", Request{Query: "placement stability", Highlight: true}},
		{"common word", Request{Query: "children", Highlight: true}},
		{"phrase", Request{Query: `"foster carers"`, Highlight: true}},
		{"synonym", Request{Query: "looked after children", Highlight: true}},
		{"prefix", Request{Query: "inspect*", Highlight: true}},
		{"faceted broad", Request{Query: "", Year: "2018", Highlight: true}},
		{"filtered date sort", Request{Query: "ofsted", Councils: []string{"council-01", "council-02"}, From: "2015", Sort: SortDateDesc, Highlight: true}},
		{"deep page", Request{Query: "children", Page: 200, Highlight: true}},
		{"group by meeting", Request{Query: "ofsted inspection", Group: "meeting", Highlight: true}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := ix.Search(ctx, c.req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("compare", func(b *testing.B) {
		for b.Loop() {
			if _, err := ix.Compare(ctx, CompareRequest{Request: Request{Query: "ofsted"}}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("similar", func(b *testing.B) {
		id := schema.ItemID(schema.MeetingID("council-05/scrutiny/5.txt"), 3)
		for b.Loop() {
			if _, err := ix.Similar(ctx, id, true, 10); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkFiles lists the indexed files (what a no-change indexer run
// reads) from doc values, against the stored-field read it replaced.
func BenchmarkFiles(b *testing.B) {
	ix := benchIndex(b)
	b.Run("doc-values", func(b *testing.B) {
		for b.Loop() {
			if _, err := ix.Files(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("stored", func(b *testing.B) {
		for b.Loop() {
			if _, err := ix.storedFiles(context.Background()); err != nil {
				b.Fatal(err)
			}
		}
	})
}
