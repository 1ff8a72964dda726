package query

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/internal/golden"
)

// TestBuildGolden records the bleve query (as JSON) that each query
// becomes, with the corpus synonyms and the English analyzer.
func TestBuildGolden(t *testing.T) {
	syn, err := LoadSynonyms(filepath.Join("..", "..", "corpus", "synonyms.txt"))
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{Synonyms: syn}
	queries := []string{
		`ofsted`,
		`the ofsted`,
		`the of`,
		`"care leavers"`,
		`looked after children ofsted`,
		`CAMHS`,
		`recruitment*`,
		`council:Kent -topic:ofsted`,
		`-ofsted`,
		`decisions:(noted OR agreed)`,
		`"care of children"`,
		`"of the"`,
		`"of the" ofsted`,
		`O’Brien`,
		`planning permission`,
		`notice of motion`,
		`budget 2019`,
	}
	var b strings.Builder
	for _, q := range queries {
		bq, err := Compile(q, opts)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		data, err := json.Marshal(bq)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s\n\t%s\n", q, data)
	}
	decisionsOnly, err := Compile(`ofsted`, Options{DecisionsOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(decisionsOnly)
	fmt.Fprintf(&b, "ofsted (decisions only)\n\t%s\n", data)
	golden.Check(t, filepath.Join("testdata", "build.golden"), []byte(b.String()))
}

// TestPrefixLightForm: a prefix also looks for its light form ("policies*"
// finds "policy"), but never a light form shorter than a prefix may be
// typed: "ofs*" became "of*" and found nearly every item.
func TestPrefixLightForm(t *testing.T) {
	tests := []struct {
		query     string
		want, not []string
	}{
		{query: "policies*", want: []string{`"prefix":"policies"`, `"prefix":"policy"`}},
		{query: "ofs*", want: []string{`"prefix":"ofs"`}, not: []string{`"prefix":"of"`}},
		{query: "safeguard*", want: []string{`"prefix":"safeguard"`}},
	}
	for _, tt := range tests {
		bq, err := Compile(tt.query, Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.query, err)
		}
		data, err := json.Marshal(bq)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			if !strings.Contains(string(data), w) {
				t.Errorf("%s: query lacks %s: %s", tt.query, w, data)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(string(data), n) {
				t.Errorf("%s: query holds %s: %s", tt.query, n, data)
			}
		}
	}
}
