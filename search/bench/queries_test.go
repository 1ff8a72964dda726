package bench

import (
	"reflect"
	"testing"
)

func statsOf(items []Item) *corpusStats {
	s := newCorpusStats()
	for i := range items {
		s.add(&items[i])
	}
	return s
}

func TestBuildMix(t *testing.T) {
	s := statsOf(generate(t, 2, 3000))
	mix, err := buildMix(s, 1)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := buildMix(s, 1)
	if !reflect.DeepEqual(mix, again) {
		t.Fatal("the same statistics and seed gave different mixes")
	}
	for _, c := range Classes {
		if len(mix[c]) != variants {
			t.Fatalf("%s: %d variants, want %d", c, len(mix[c]), variants)
		}
	}
	n := float64(s.Items)
	for _, q := range mix[ClassRare] {
		if df := s.DF[q.Words[0]]; df < 2 || df > 5 {
			t.Errorf("rare word %q is in %d items", q.Words[0], df)
		}
	}
	for _, q := range mix[ClassBroad] {
		if f := float64(s.DF[q.Words[0]]) / n; f < 0.2 || f > 0.45 {
			t.Errorf("broad word %q is in %.0f%% of items, want about a third", q.Words[0], 100*f)
		}
	}
	for _, q := range mix[ClassFiltered] {
		if q.Council == "" || q.Topic == "" {
			t.Errorf("filtered query without filters: %+v", q)
		}
	}
	if q := mix[ClassDeep][0]; q.Page != 51 {
		t.Errorf("deep page is page %d", q.Page)
	}
	if q := mix[ClassPhrase][0]; q.Text()[0] != '"' || len(q.Words) != 2 {
		t.Errorf("phrase query %q", q.Text())
	}
	if _, err := buildMix(newCorpusStats(), 1); err == nil {
		t.Error("an empty corpus gave a mix")
	}
}

func TestSummarise(t *testing.T) {
	var ds []int
	for i := 1; i <= 100; i++ {
		ds = append(ds, i)
	}
	l := summarise(millis(ds...))
	if l.N != 100 || l.P50 != 50 || l.P95 != 95 || l.P99 != 99 || l.Max != 100 {
		t.Fatalf("got %+v", l)
	}
	if (summarise(nil) != Latency{}) {
		t.Fatal("empty durations gave a latency")
	}
}
