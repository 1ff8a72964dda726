package search

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// rankingTable is testdata/ranking.json: invented items and the order
// rules of ranking on them.
type rankingTable struct {
	Meetings []struct {
		ID    string        `json:"id"`
		Date  string        `json:"date"`
		Items []schema.Item `json:"items"`
	} `json:"meetings"`
	Cases []struct {
		Q      string      `json:"q"`
		Above  [][2]string `json:"above"`   // [higher, lower] item IDs (meeting--iNN)
		SameAs string      `json:"same_as"` // another query that must give the same order
		Why    string      `json:"why"`
	} `json:"cases"`
}

// TestRankingRules checks the data-driven ranking rules of
// testdata/ranking*.json, each file in an index of its own: a rule whose
// items would change the lengths and word counts the others' order rests
// on has a file of its own.
func TestRankingRules(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "ranking*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no ranking tables: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) { checkRankingRules(t, f) })
	}
}

// checkRankingRules checks the rules of one ranking table.
func checkRankingRules(t *testing.T, file string) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var table rankingTable
	if err := json.Unmarshal(data, &table); err != nil {
		t.Fatal(err)
	}
	ix, err := Create(filepath.Join(t.TempDir(), "ranking.bleve"), Options{SynonymsFile: corpusSynonyms})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var changes []FileChange
	for _, tm := range table.Meetings {
		m := &schema.Meeting{Council: "Westshire Council", CouncilSlug: "westshire", Committee: "Panel", CommitteeSlug: "panel",
			Date: tm.Date, SourcePath: tm.ID + ".txt", Items: tm.Items}
		m.AssignIDs()
		changes = append(changes, FileChange{Path: m.SourcePath, Hash: "h-" + tm.ID, Meeting: m})
	}
	if err := ix.Apply(context.Background(), changes); err != nil {
		t.Fatal(err)
	}
	order := func(q string) []string {
		res, err := ix.Search(context.Background(), Request{Query: q, Size: 100})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		return ids
	}
	for _, c := range table.Cases {
		got := order(c.Q)
		for _, pair := range c.Above {
			hi, lo := slices.Index(got, pair[0]), slices.Index(got, pair[1])
			if hi < 0 || (lo >= 0 && hi > lo) {
				t.Errorf("%q: %s (at %d) should rank above %s (at %d): %s\n%v", c.Q, pair[0], hi, pair[1], lo, c.Why, got)
			}
		}
		if c.SameAs != "" {
			if other := order(c.SameAs); len(got) == 0 || !slices.Equal(got, other) {
				t.Errorf("%q gives %v, %q gives %v: %s", c.Q, got, c.SameAs, other, c.Why)
			}
		}
	}
}
