package search_test

// The judged sets: real questions with the items that must and must not
// come back, scored as precision at 5, recall and nDCG at 10. Ranking and
// matching changes are judged by them: the test fails when a figure drops
// below the one recorded in testdata/judged/*-figures.json. Run with
// -update to record better figures.
//
// This is an external test package because it judges the whole pipeline:
// the minutes are extracted and indexed by package indexer, as
// `minutes index` does, then searched through package search.

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer"
	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/internal/golden"
	"github.com/councilminutes/minutes/internal/shared"
	"github.com/councilminutes/minutes/search"
)

// judgedSet is one file of judged queries.
type judgedSet struct {
	About   string            `json:"about"`
	Aliases map[string]string `json:"aliases"`
	Queries []judgedQuery     `json:"queries"`
}

// judgedQuery is one question and its judgements, by item ID (an alias
// may stand for the meeting part of an ID).
type judgedQuery struct {
	Q          string   `json:"q"`
	Why        string   `json:"why"`
	Must       []string `json:"must"`       // relevant, and must come back
	Relevant   []string `json:"relevant"`   // relevant, need not come back
	Irrelevant []string `json:"irrelevant"` // judged not relevant (may come back)
	MustNot    []string `json:"must_not"`   // must not come back at all
}

// figures are a judged set's means, and its counts of faults.
type figures struct {
	Queries   int     `json:"queries"`
	P5        float64 `json:"p_at_5"`
	Recall    float64 `json:"recall"`
	NDCG10    float64 `json:"ndcg_at_10"`
	MustNot   int     `json:"must_not_returned"`
	Unjudged5 int     `json:"unjudged_in_top_5"`
}

// judgedDepth is how many hits of each query are read: recall counts the
// must items among them.
const judgedDepth = 100

func TestJudgedBundled(t *testing.T) {
	ix := indexCorpus(t, filepath.Join("..", "corpus"))
	runJudged(t, ix, filepath.Join("testdata", "judged", "bundled.json"), false, nil)
}

// TestJudgedRealCorpus judges nine sets on the real corpus: real.json,
// the searches the ranking was developed on, and real-heldout.json to
// real-heldout8.json, searches written and judged apart before the
// ranking changes they measure, so that a change tuned to the first shows
// as no gain on the others.
//
// Their items are found by the keys in real-keys.json (judged_keys_test.go),
// not by position, so that an extraction finding more items keeps every
// judgement on the item it was made on.
func TestJudgedRealCorpus(t *testing.T) {
	ix := indexCorpus(t, shared.Path(t, "real-corpus", "corpus"))
	keys := readKeys(t, ix, filepath.Join("testdata", "judged", "real-keys.json"), golden.Update())
	t.Run("developed", func(t *testing.T) {
		set := runJudged(t, ix, filepath.Join("testdata", "judged", "real.json"), true, keys)
		checkApostrophes(t, ix, set)
		checkChildrenTopics(t, ix, set)
	})
	// The held-out sets, each written and judged before the changes it
	// then measured: the children's-topics check on each.
	for _, name := range []string{"heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8"} {
		file := "real-" + name + ".json"
		t.Run(name, func(t *testing.T) {
			set := runJudged(t, ix, filepath.Join("testdata", "judged", file), true, keys)
			checkChildrenTopics(t, ix, set)
		})
	}
	if golden.Update() {
		if err := keys.save(); err != nil {
			t.Fatal(err)
		}
	}
}

// runJudged runs every judged query of file against an index and compares
// the figures with the recorded ones. With pooled, items in the top 5 that
// no list names are counted as not relevant and reported, so that they
// can be judged; otherwise every item not listed is judged not relevant.
// With keys, the judged IDs are resolved by them to the items' IDs now.
func runJudged(t *testing.T, ix *search.Index, file string, pooled bool, keys *judgedKeys) judgedSet {
	set := readJudged(t, file)
	var sum figures
	var n5, nRecall, nNDCG int
	var best float64 // the sum of the queries' best P@5 (metrics.best)
	var report strings.Builder
	fmt.Fprintf(&report, "%-48s %5s %6s %6s %s\n", "query", "P@5", "recall", "nDCG", "faults")
	for _, jq := range set.Queries {
		res, err := ix.Search(context.Background(), search.Request{Query: jq.Q, Size: judgedDepth})
		if err != nil {
			t.Fatalf("%s: %v", jq.Q, err)
		}
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		m := judge(keys.resolveQuery(t, set.expand(jq)), ids, pooled)
		sum.Queries++
		if !math.IsNaN(m.p5) {
			sum.P5 += m.p5
			best += m.best
			n5++
		}
		if !math.IsNaN(m.recall) {
			sum.Recall += m.recall
			nRecall++
		}
		if !math.IsNaN(m.ndcg) {
			sum.NDCG10 += m.ndcg
			nNDCG++
		}
		sum.MustNot += len(m.mustNot)
		sum.Unjudged5 += len(m.unjudged)
		fmt.Fprintf(&report, "%-48s %5s %6s %6s %s\n", clip(jq.Q, 48), fig(m.p5), fig(m.recall), fig(m.ndcg), m.faults())
	}
	sum.P5 = mean(sum.P5, n5)
	sum.Recall = mean(sum.Recall, nRecall)
	sum.NDCG10 = mean(sum.NDCG10, nNDCG)
	fmt.Fprintf(&report, "%-48s %5.3f %6.3f %6.3f must_not returned %d, unjudged in top 5 %d\n",
		fmt.Sprintf("MEAN over %d queries", sum.Queries), sum.P5, sum.Recall, sum.NDCG10, sum.MustNot, sum.Unjudged5)
	// a query with fewer than five relevant items cannot reach a P@5 of
	// 1: the ceiling says how far the set's mean can rise
	fmt.Fprintf(&report, "%-48s %5.3f (the best the items judged relevant allow)\n", "CEILING of P@5", mean(best, n5))
	t.Log("\n" + report.String())

	figFile := strings.TrimSuffix(file, ".json") + "-figures.json"
	if golden.Update() {
		data, _ := json.MarshalIndent(sum, "", "  ")
		if err := os.WriteFile(figFile, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return set
	}
	var want figures
	data, err := os.ReadFile(figFile)
	if err != nil {
		t.Fatalf("read %s (run with -update to record): %v", figFile, err)
	}
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatalf("%s: %v", figFile, err)
	}
	const eps = 1e-9
	if sum.P5 < want.P5-eps || sum.Recall < want.Recall-eps || sum.NDCG10 < want.NDCG10-eps || sum.MustNot > want.MustNot {
		t.Errorf("judged figures dropped: P@5 %.3f (was %.3f), recall %.3f (was %.3f), nDCG@10 %.3f (was %.3f), must_not returned %d (was %d)",
			sum.P5, want.P5, sum.Recall, want.Recall, sum.NDCG10, want.NDCG10, sum.MustNot, want.MustNot)
	}
	if sum.Queries < want.Queries {
		t.Errorf("%s has %d queries, %s records %d", file, sum.Queries, figFile, want.Queries)
	}
	return set
}

// metrics are one query's figures; NaN where they do not apply (recall
// without must items, nDCG without relevant ones).
type metrics struct {
	p5, recall, ndcg float64
	best             float64 // the best P@5 the items judged relevant allow for as many hits
	missing, mustNot []string
	unjudged         []string
}

func (m metrics) faults() string {
	var parts []string
	if len(m.missing) > 0 {
		parts = append(parts, "missing "+strings.Join(m.missing, " "))
	}
	if len(m.mustNot) > 0 {
		parts = append(parts, "MUST NOT "+strings.Join(m.mustNot, " "))
	}
	if len(m.unjudged) > 0 {
		parts = append(parts, "unjudged "+strings.Join(m.unjudged, " "))
	}
	return strings.Join(parts, "; ")
}

// judge scores one ranked list. P@5 is the share of relevant items among
// the first five hits (1 when there are no hits and nothing is relevant);
// recall the share of must items among all the hits read; nDCG@10 uses
// binary gains.
func judge(jq judgedQuery, ids []string, pooled bool) metrics {
	relevant := map[string]bool{}
	for _, id := range append(slices.Clone(jq.Must), jq.Relevant...) {
		relevant[id] = true
	}
	judged := map[string]bool{}
	for _, id := range append(slices.Clone(jq.Irrelevant), jq.MustNot...) {
		judged[id] = true
	}
	var m metrics
	top := ids[:min(5, len(ids))]
	switch {
	case len(top) == 0 && len(relevant) == 0:
		m.p5, m.best = 1, 1
	case len(top) == 0:
		m.p5, m.best = 0, 1
	default:
		m.best = float64(min(len(relevant), len(top))) / float64(len(top))
		hits := 0
		for _, id := range top {
			if relevant[id] {
				hits++
			} else if pooled && !judged[id] {
				m.unjudged = append(m.unjudged, id)
			}
		}
		m.p5 = float64(hits) / float64(len(top))
	}
	m.recall = math.NaN()
	if len(jq.Must) > 0 {
		found := 0
		for _, id := range jq.Must {
			if slices.Contains(ids, id) {
				found++
			} else {
				m.missing = append(m.missing, id)
			}
		}
		m.recall = float64(found) / float64(len(jq.Must))
	}
	m.ndcg = math.NaN()
	if len(relevant) > 0 {
		dcg, ideal := 0.0, 0.0
		for i, id := range ids[:min(10, len(ids))] {
			if relevant[id] {
				dcg += 1 / math.Log2(float64(i+2))
			}
		}
		for i := range min(10, len(relevant)) {
			ideal += 1 / math.Log2(float64(i+2))
		}
		m.ndcg = dcg / ideal
	}
	for _, id := range jq.MustNot {
		if slices.Contains(ids, id) {
			m.mustNot = append(m.mustNot, id)
		}
	}
	return m
}

func readJudged(t *testing.T, file string) judgedSet {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var set judgedSet
	if err := json.Unmarshal(data, &set); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	seen := map[string]bool{}
	for _, q := range set.Queries {
		if seen[q.Q] {
			t.Fatalf("%s: query %q twice", file, q.Q)
		}
		seen[q.Q] = true
	}
	return set
}

// expand replaces the aliases in a query's judgements by meeting IDs.
func (s judgedSet) expand(q judgedQuery) judgedQuery {
	ex := func(ids []string) []string {
		out := make([]string, len(ids))
		for i, id := range ids {
			meeting, item, ok := strings.Cut(id, "--")
			if full, known := s.Aliases[meeting]; ok && known {
				id = full + "--" + item
			}
			out[i] = id
		}
		return out
	}
	q.Must, q.Relevant, q.Irrelevant, q.MustNot = ex(q.Must), ex(q.Relevant), ex(q.Irrelevant), ex(q.MustNot)
	return q
}

// indexCorpus indexes a corpus folder into a temporary index, as
// `minutes index` does, and opens it.
func indexCorpus(t *testing.T, dir string) *search.Index {
	t.Helper()
	opts := search.Options{SynonymsFile: filepath.Join(dir, corpus.SynonymsFile)}
	path := filepath.Join(t.TempDir(), "judged.bleve")
	if _, err := indexer.Run(context.Background(), indexer.Options{Corpus: dir, Index: path, Workers: 2, BatchItems: indexer.DefaultBatchItems, Search: opts}); err != nil {
		t.Fatalf("index %s: %v", dir, err)
	}
	ix, err := search.Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func mean(sum float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

func fig(f float64) string {
	if math.IsNaN(f) {
		return "-"
	}
	return fmt.Sprintf("%.2f", f)
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// TestJudgeCeiling: the best P@5 a query can reach is the share of its
// first hits that the items judged relevant could fill.
func TestJudgeCeiling(t *testing.T) {
	for _, tc := range []struct {
		name     string
		relevant []string
		hits     []string
		want     float64
	}{
		{"one relevant of five hits", []string{"a"}, []string{"x", "y", "a", "z", "w", "v"}, 0.2},
		{"six relevant", []string{"a", "b", "c", "d", "e", "f"}, []string{"x", "y", "z", "w", "v"}, 1},
		{"two hits, one relevant", []string{"a"}, []string{"a", "x"}, 0.5},
		{"no hits, nothing relevant", nil, nil, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := judge(judgedQuery{Relevant: tc.relevant}, tc.hits, false)
			if m.best != tc.want {
				t.Errorf("best P@5 %.3f, want %.3f", m.best, tc.want)
			}
		})
	}
}
