package indexer

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/internal/shared"
	"github.com/councilminutes/minutes/search/schema"
)

// The labelled sample (testdata/topics/labelled.json): council items of
// every kind with the topic families and topics a careful reader gives
// them, labelled by reading the items before the tagger was written. An
// item is named by its file, number and the start of its title; the real
// council's items stay in ../shared and are read from there.

const labelledFile = "testdata/topics/labelled.json"

// labelledItem is one entry of the sample. Src says where File is:
// "corpus" (the bundled corpus/), "devset" (testdata/devset) or
// "limerick" (../shared/real-corpus/corpus).
type labelledItem struct {
	Src      string   `json:"src"`
	File     string   `json:"file"`
	Number   string   `json:"number"`
	Title    string   `json:"title"`
	Families []string `json:"families"`
	Topics   []string `json:"topics"`
}

func (l labelledItem) name() string {
	return l.Src + ":" + l.File + " #" + l.Number + " " + l.Title
}

// taggedSample extracts the sample's files with the bundled taxonomy and
// returns, for each labelled item found, the topics it was given. missing
// lists the labelled items that extraction no longer yields.
func taggedSample(t *testing.T, topics []corpus.Topic) (labels []labelledItem, got [][]string, missing []string) {
	t.Helper()
	data, err := os.ReadFile(labelledFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &labels); err != nil {
		t.Fatalf("%s: %v", labelledFile, err)
	}
	realCorpus := shared.Path(t, "real-corpus", "corpus")
	meetings := map[string]schema.Meeting{}
	var found []labelledItem
	for _, l := range labels {
		key := l.Src + ":" + l.File
		m, ok := meetings[key]
		if !ok {
			m = extractLabelled(t, l, realCorpus, topics)
			meetings[key] = m
		}
		it, ok := findLabelled(m.Items, l)
		if !ok {
			missing = append(missing, l.name())
			continue
		}
		found = append(found, l)
		got = append(got, it.Topics)
	}
	return found, got, missing
}

// extractLabelled extracts a labelled item's file as the indexer would:
// with its corpus's manifest and councils (a dev-set document with
// neither, as TestDevSet reads it).
func extractLabelled(t *testing.T, l labelledItem, realCorpus string, topics []corpus.Topic) schema.Meeting {
	t.Helper()
	opts := ExtractOptions{Topics: topics}
	var path string
	switch l.Src {
	case "devset":
		path = filepath.Join(devSetDir, l.File)
	case "corpus", "limerick":
		dir := "../corpus"
		if l.Src == "limerick" {
			dir = realCorpus
		}
		path = filepath.Join(dir, filepath.FromSlash(l.File))
		opts.Rel = l.File
		man, err := corpus.LoadManifest(dir)
		if err != nil {
			t.Fatal(err)
		}
		if e, ok := man.Lookup(l.File); ok {
			opts.Entry = &e
		}
		if opts.Councils, err = corpus.LoadCouncils(dir); err != nil {
			t.Fatal(err)
		}
	default:
		t.Fatalf("%s: src %q is not corpus, devset or limerick", l.name(), l.Src)
	}
	m, err := Extract(context.Background(), path, opts)
	if err != nil {
		t.Fatalf("%s: %v", l.name(), err)
	}
	return m
}

// findLabelled finds the item a label names, where the numbers agree
// (when both have one): first an item whose title starts with the label's
// title, then one whose title is the start of the label's (a title cut
// short), then one whose title and first line of text together hold it
// (a title the extractor left in the text).
func findLabelled(items []schema.Item, l labelledItem) (schema.Item, bool) {
	want := normTitle(l.Title)
	num := normNumber(l.Number)
	matches := []func(it schema.Item) bool{
		func(it schema.Item) bool { return strings.HasPrefix(normTitle(it.Title), want) },
		func(it schema.Item) bool {
			got := normTitle(it.Title)
			return got != "" && strings.HasPrefix(want, got)
		},
		func(it schema.Item) bool {
			first, _, _ := strings.Cut(strings.TrimSpace(it.Text), "\n")
			return strings.Contains(normTitle(it.Title+" "+first), want)
		},
	}
	for _, match := range matches {
		for _, it := range items {
			n := normNumber(it.Number)
			if (num == "" || n == "" || n == num) && match(it) {
				return it, true
			}
		}
	}
	return schema.Item{}, false
}

func normNumber(s string) string {
	return strings.TrimRight(strings.ToLower(strings.ReplaceAll(s, " ", "")), ".:)")
}
