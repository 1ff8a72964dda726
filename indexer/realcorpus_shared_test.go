package indexer

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/councilminutes/minutes/internal/shared"
	"github.com/councilminutes/minutes/search/schema"
)

// realDoc is one document of ../shared/real-corpus: its manifest entry and
// what Extract made of it.
type realDoc struct {
	Path      string `json:"path"`
	Committee string `json:"committee"`
	Date      string `json:"date"`
	Meeting   schema.Meeting
	Err       error
}

// realCorpus extracts the 486 real minutes once per test binary, for the
// tests that hold the extractor to figures on them (headings, decisions
// and attendance, Markdown): reading them once instead of once per test
// keeps the suite inside its time under the race detector. Each file is
// copied under a neutral name (docNNN.md, no manifest, councils list or
// folder), so that the date and committee come from the text alone.
var realCorpus = struct {
	once sync.Once
	docs []realDoc
	err  error
}{}

func realCorpusDocs(t *testing.T) []realDoc {
	t.Helper()
	root := shared.Path(t, "real-corpus", "corpus")
	realCorpus.once.Do(func() { realCorpus.docs, realCorpus.err = extractRealCorpus(root) })
	if realCorpus.err != nil {
		t.Fatal(realCorpus.err)
	}
	return realCorpus.docs
}

func extractRealCorpus(root string) ([]realDoc, error) {
	data, err := os.ReadFile(filepath.Join(root, "manifest.json"))
	if err != nil {
		return nil, err
	}
	var man struct {
		Files []realDoc `json:"files"`
	}
	if err := json.Unmarshal(data, &man); err != nil {
		return nil, fmt.Errorf("%s: %w", root, err)
	}
	if len(man.Files) < 400 {
		return nil, fmt.Errorf("manifest lists %d files; want the 486 minutes", len(man.Files))
	}
	tmp, err := os.MkdirTemp("", "realcorpus")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	docs := man.Files
	work := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				docs[i].Meeting, docs[i].Err = extractNeutral(root, tmp, i, docs[i].Path)
			}
		}()
	}
	for i := range docs {
		work <- i
	}
	close(work)
	wg.Wait()
	return docs, nil
}

// extractNeutral copies one file under a name that says nothing of its
// date or committee and extracts it.
func extractNeutral(root, tmp string, i int, rel string) (schema.Meeting, error) {
	text, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
	if err != nil {
		return schema.Meeting{}, err
	}
	neutral := filepath.Join(tmp, fmt.Sprintf("doc%03d.md", i))
	if err := os.WriteFile(neutral, text, 0o644); err != nil {
		return schema.Meeting{}, err
	}
	return Extract(context.Background(), neutral, ExtractOptions{})
}
