package indexer

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/councilminutes/minutes/indexer/corpus"

	"github.com/councilminutes/minutes/internal/golden"
)

const labelledScoresFile = "testdata/topics/scores.json"

// tally counts, for one family or topic, the items labelled with it, the
// items tagged with it, and the items both.
type tally struct {
	Labelled  int     `json:"labelled"`
	Tagged    int     `json:"tagged"`
	Right     int     `json:"right"`
	Precision float64 `json:"precision"` // -1 when nothing was tagged
	Recall    float64 `json:"recall"`    // -1 when nothing was labelled
}

func (c *tally) add(labelled, tagged bool) {
	if labelled {
		c.Labelled++
	}
	if tagged {
		c.Tagged++
	}
	if labelled && tagged {
		c.Right++
	}
}

func (c *tally) finish() {
	c.Precision, c.Recall = ratio(c.Right, c.Tagged), ratio(c.Right, c.Labelled)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return -1
	}
	return math.Round(1000*float64(a)/float64(b)) / 1000
}

// labelledScores is testdata/topics/scores.json, the baseline.
type labelledScores struct {
	Items    int               `json:"items"`
	Families map[string]*tally `json:"families"`
	Topics   map[string]*tally `json:"topics"`
}

// minLabelled is how many labelled items a family needs before its
// precision is held to minPrecision.
const (
	minLabelled  = 5
	minPrecision = 0.8
)

// TestTopicsLabelledSample tags the labelled sample with the bundled
// taxonomy and prints precision and recall per topic family and topic
// (go test -run TopicsLabelled -v). It fails when a family with at least
// 5 labelled items has precision under 0.8, when a family's precision or
// recall falls more than 0.005 below testdata/topics/scores.json
// (-update rewrites it), or when over a tenth of the labelled items can
// no longer be found in what Extract returns.
func TestTopicsLabelledSample(t *testing.T) {
	topics, err := corpus.LoadTopics("../corpus")
	if err != nil {
		t.Fatal(err)
	}
	family := map[string]string{} // slug -> its family's slug (a family: itself)
	for _, tp := range topics {
		family[tp.Slug] = cmp.Or(tp.Family, tp.Slug)
	}
	labels, got, missing := taggedSample(t, topics)
	for _, m := range missing {
		t.Logf("not found in what Extract returns: %s", m)
	}
	if len(missing)*10 > len(labels)+len(missing) {
		t.Errorf("%d of %d labelled items not found: has extraction changed?", len(missing), len(labels)+len(missing))
	}
	scores := labelledScores{Items: len(labels), Families: map[string]*tally{}, Topics: map[string]*tally{}}
	for _, tp := range topics {
		if tp.Family == "" {
			scores.Families[tp.Slug] = &tally{}
		} else {
			scores.Topics[tp.Slug] = &tally{}
		}
	}
	for i, l := range labels {
		tagged := map[string]bool{}
		for _, s := range got[i] {
			tagged[s], tagged[family[s]] = true, true
		}
		for _, s := range slices.Concat(l.Families, l.Topics) {
			if _, ok := family[s]; !ok {
				t.Fatalf("%s: label %q is not in corpus/topics.json", l.name(), s)
			}
		}
		for slug, c := range scores.Families {
			c.add(slices.Contains(l.Families, slug), tagged[slug])
		}
		for slug, c := range scores.Topics {
			c.add(slices.Contains(l.Topics, slug), tagged[slug])
		}
		if extra := wrongFamilies(l, got[i], family); extra != "" && testing.Verbose() {
			t.Logf("%s: %s", l.name(), extra)
		}
	}
	for _, c := range scores.Families {
		c.finish()
	}
	for _, c := range scores.Topics {
		c.finish()
	}
	t.Log("\n" + scoreTable(scores))
	checkLabelledScores(t, scores)
}

// wrongFamilies describes where an item's families differ from its label.
func wrongFamilies(l labelledItem, got []string, family map[string]string) string {
	var fams []string
	for _, s := range got {
		if f := family[s]; !slices.Contains(fams, f) {
			fams = append(fams, f)
		}
	}
	var extra, lacking []string
	for _, f := range fams {
		if !slices.Contains(l.Families, f) {
			extra = append(extra, f)
		}
	}
	for _, f := range l.Families {
		if !slices.Contains(fams, f) {
			lacking = append(lacking, f)
		}
	}
	if len(extra)+len(lacking) == 0 {
		return ""
	}
	return fmt.Sprintf("tagged %v; extra %v, lacking %v", got, extra, lacking)
}

// scoreTable prints the families, then the topics, each with its counts.
func scoreTable(s labelledScores) string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	row := func(name string, c *tally) {
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%s\t%s\t\n", name, c.Labelled, c.Tagged, c.Right, pct(c.Precision), pct(c.Recall))
	}
	fmt.Fprintf(w, "family\tlabelled\ttagged\tright\tprecision\trecall\t\n")
	for _, k := range sortedKeys(s.Families) {
		row(k, s.Families[k])
	}
	fmt.Fprintf(w, "topic\t\t\t\t\t\t\n")
	for _, k := range sortedKeys(s.Topics) {
		row(k, s.Topics[k])
	}
	w.Flush()
	return fmt.Sprintf("%d labelled items\n%s", s.Items, b.String())
}

func pct(f float64) string {
	if f < 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", f)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// checkLabelledScores holds the families to the floor and the baseline,
// or rewrites the baseline under -update.
func checkLabelledScores(t *testing.T, s labelledScores) {
	t.Helper()
	for _, k := range sortedKeys(s.Families) {
		c := s.Families[k]
		if c.Labelled >= minLabelled && c.Precision >= 0 && c.Precision < minPrecision {
			t.Errorf("family %s: precision %.3f on %d labelled items; want at least %.1f", k, c.Precision, c.Labelled, minPrecision)
		}
	}
	if golden.Update() {
		data, err := json.MarshalIndent(s, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(labelledScoresFile, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(labelledScoresFile)
	if err != nil {
		t.Fatalf("%v (run with -update to write the baseline)", err)
	}
	var base labelledScores
	if err := json.Unmarshal(data, &base); err != nil {
		t.Fatalf("%s: %v", labelledScoresFile, err)
	}
	for k, b := range base.Families {
		c, ok := s.Families[k]
		if !ok {
			t.Errorf("family %s is in the baseline but no longer in corpus/topics.json", k)
			continue
		}
		if b.Precision >= 0 && c.Precision < b.Precision-0.005 {
			t.Errorf("family %s: precision %.3f, below the baseline %.3f", k, c.Precision, b.Precision)
		}
		if b.Recall >= 0 && c.Recall < b.Recall-0.005 {
			t.Errorf("family %s: recall %.3f, below the baseline %.3f", k, c.Recall, b.Recall)
		}
	}
}
