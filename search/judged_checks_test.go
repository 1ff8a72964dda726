package search_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search"
)

// checkApostrophes searches every judged query holding an apostrophe
// with each form of it (' and ’) and wants the same hits in the same
// order: the minutes print O’Brien, users type O'Brien.
func checkApostrophes(t *testing.T, ix *search.Index, set judgedSet) {
	t.Helper()
	forms := strings.NewReplacer("'", "’", "’", "'")
	checked := 0
	for _, jq := range set.Queries {
		if !strings.ContainsAny(jq.Q, "'’") {
			continue
		}
		a, b := judgedIDs(t, ix, jq.Q), judgedIDs(t, ix, forms.Replace(jq.Q))
		if len(a) == 0 || !slices.Equal(a, b) {
			t.Errorf("%q finds %d items, %q %d, or in another order", jq.Q, len(a), forms.Replace(jq.Q), len(b))
		}
		checked++
	}
	if checked == 0 {
		t.Error("no judged query holds an apostrophe")
	}
}

// maxChildrenShare is the share of hits of a search about other business
// that may carry the children's services family of topics.
const maxChildrenShare = 0.02

// checkChildrenTopics wants the hits of the judged queries (none is about
// children's services) to carry children's services topics at most
// maxChildrenShare of the time, over all of them.
func checkChildrenTopics(t *testing.T, ix *search.Index, set judgedSet) {
	t.Helper()
	hits, children := 0, 0
	for _, jq := range set.Queries {
		res, err := ix.Search(context.Background(), search.Request{Query: jq.Q, Size: judgedDepth})
		if err != nil {
			t.Fatalf("%s: %v", jq.Q, err)
		}
		for _, h := range res.Hits {
			hits++
			if slices.Contains(h.Topics, "childrens-services") {
				children++
				t.Logf("%q: %s carries children's services topics %v", jq.Q, h.ID, h.Topics)
			}
		}
	}
	if hits == 0 {
		t.Fatal("the judged queries find nothing")
	}
	if share := float64(children) / float64(hits); share > maxChildrenShare {
		t.Errorf("%d of %d hits (%.1f%%) carry children's services topics, want at most %.0f%%", children, hits, 100*share, 100*maxChildrenShare)
	}
}

func judgedIDs(t *testing.T, ix *search.Index, q string) []string {
	t.Helper()
	res, err := ix.Search(context.Background(), search.Request{Query: q, Size: judgedDepth})
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	return ids
}
