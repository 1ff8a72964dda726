package indexer

import (
	"context"
	"testing"

	"github.com/councilminutes/minutes/search"
)

// TestRunKeepsShortTexts: a readable text too short to make an item of
// ("Meeting cancelled", a one-line note, a Latin-1 or UTF-16 file of one
// sentence) is indexed as its meeting's text outside the items, so its
// words are found; it was listed as failed ("no agenda items found") and
// none of its words could be searched.
func TestRunKeepsShortTexts(t *testing.T) {
	corpusDir, indexDir := newCorpus(t, map[string][]byte{
		"testshire/cabinet/2023-01-05.txt": []byte("Meeting cancelled: Snowbound roads.\n"),
		"testshire/cabinet/2023-02-05.txt": []byte("Latin1 caf\xe9 na\xefve Latinonefile.\n"),
		"testshire/cabinet/2023-03-05.txt": []byte("\xff\xfeU\x00t\x00f\x00s\x00i\x00x\x00t\x00e\x00e\x00n\x00 \x00n\x00o\x00t\x00e\x00\n\x00"),
		"testshire/cabinet/blank.txt":      []byte("\n \n"),
	})
	sum := runOnce(t, corpusDir, indexDir, false)
	if sum.Indexed != 3 || len(sum.Failures) != 1 || sum.Failures[0].File != "testshire/cabinet/blank.txt" {
		t.Errorf("%s; failures %v; want the 3 short texts indexed and only the blank one failed", sum.Line(), sum.Failures)
	}
	ix, err := search.Open(indexDir, search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, word := range []string{"snowbound", "latinonefile", "utfsixteen"} {
		res, err := ix.Search(context.Background(), search.Request{Query: word, Size: 5})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != 1 {
			t.Errorf("%q: %d hits; want the short text's", word, res.Total)
		}
	}
}
