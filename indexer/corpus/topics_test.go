package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBundledTopicsAreTheDefault keeps corpus/topics.json, the file users
// copy and edit, the same as the taxonomy built into the program.
func TestBundledTopicsAreTheDefault(t *testing.T) {
	bundled, err := os.ReadFile(filepath.Join("..", "..", "corpus", TopicsFile))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(bundled, defaultTopics) {
		t.Error("corpus/topics.json and indexer/corpus/topics.default.json differ: copy one over the other")
	}
}

// TestDefaultTopics checks the built-in taxonomy: families for all of a
// council's business, each topic in one of them.
func TestDefaultTopics(t *testing.T) {
	ts := DefaultTopics()
	families := map[string]int{}
	for _, tp := range ts {
		if tp.Family == "" {
			families[tp.Slug] = 0
		}
	}
	for _, tp := range ts {
		if tp.Family != "" {
			families[tp.Family]++
		}
	}
	for _, f := range []string{"housing", "planning", "roads", "environment", "finance-budget", "economic-development",
		"community", "governance", "community-safety", "adult-social-care", "public-health", "education", "childrens-services"} {
		if _, ok := families[f]; !ok {
			t.Errorf("no family %q", f)
		}
	}
	if families["childrens-services"] < 13 {
		t.Errorf("children's services has %d topics; want today's children's topics", families["childrens-services"])
	}
}

func TestLoadTopics(t *testing.T) {
	dir := t.TempDir()
	ts, err := LoadTopics(dir)
	if err != nil || len(ts) != len(DefaultTopics()) {
		t.Errorf("a corpus without topics.json: %d topics, %v; want the default taxonomy", len(ts), err)
	}
	tests := []struct {
		name, json, wantErr string
	}{
		{"flat, as before families", `[{"slug":"fostering","label":"Fostering","terms":["fostering"]}]`, ""},
		{"family and topic", `[{"slug":"roads","label":"Roads"},{"slug":"parking","label":"Parking","family":"roads","terms":["parking"]}]`, ""},
		{"no slug", `[{"label":"X","terms":["x"]}]`, "entry 1 needs a slug"},
		{"slug twice", `[{"slug":"a","terms":["x"]},{"slug":"a","terms":["y"]}]`, `topic "a" is listed twice`},
		{"unknown family", `[{"slug":"a","family":"b","terms":["x"]}]`, `family "b" is not a family entry`},
		{"three levels", `[{"slug":"a","terms":["x"]},{"slug":"b","family":"a","terms":["y"]},{"slug":"c","family":"b","terms":["z"]}]`, `topic "c": family "b" is not a family entry`},
		{"no terms", `[{"slug":"a"}]`, "needs a slug and terms"},
		{"malformed", `[{"slug":`, "unexpected EOF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := os.WriteFile(filepath.Join(dir, TopicsFile), []byte(tt.json), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := LoadTopics(dir)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("error %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), TopicsFile)):
				t.Errorf("error %v; want one naming %s and saying %q", err, TopicsFile, tt.wantErr)
			}
		})
	}
}
