package engine

import (
	"container/heap"
	"math"
)

// topScores lets a relevance-ordered search hand bleve's collector only
// the matches that can still reach the page. The collector reads every
// match's document ID for the _id tie-break of the sort, which costs more
// than finding the match; a match scoring strictly below the k-th best
// score seen so far can never be among the first k, whatever the
// tie-break, so it is dropped before the collector sees it. The tally
// (facets, total) still counts it.
type topScores struct {
	k      int
	scores minHeap
}

func newTopScores(k int) *topScores {
	return &topScores{k: k, scores: make(minHeap, 0, min(k, 4096))}
}

// floor is the score below which a match is no longer admitted: the
// k-th best score so far, or -Inf while fewer than k were admitted.
func (t *topScores) floor() float64 {
	if len(t.scores) < t.k {
		return math.Inf(-1)
	}
	return t.scores[0]
}

// admit reports whether a match scoring s may belong to the first k, and
// records it if so.
func (t *topScores) admit(s float64) bool {
	if len(t.scores) < t.k {
		heap.Push(&t.scores, s)
		return true
	}
	if s < t.scores[0] {
		return false
	}
	if s > t.scores[0] {
		t.scores[0] = s
		heap.Fix(&t.scores, 0)
	}
	return true
}

// minHeap is a heap of scores, the lowest first.
type minHeap []float64

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(float64)) }
func (h *minHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
