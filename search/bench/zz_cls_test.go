package bench

import (
	"context"
	"os"
	"testing"
)

func TestZZClass(t *testing.T) {
	dir := os.Getenv("BENCH_CLASSDIR")
	if dir == "" {
		t.Skip()
	}
	s := newCorpusStats()
	f, _ := os.Open(dir + "/work/items.jsonl")
	ReadJSONL(f, "x", func(it Item) error { s.add(&it); return nil })
	f.Close()
	mix, _ := buildMix(s, 1)
	ctx := context.Background()
	for _, e := range engines() {
		p := dir + "/work/ours.bleve"
		if e.Name() != "ours" {
			p = dir + "/work/plain.bleve"
		}
		if err := e.Open(p); err != nil {
			t.Fatal(err)
		}
		for _, c := range []string{ClassFiltered, ClassCommon, ClassBroad} {
			if err := profileClass(ctx, e, mix[c], 100, dir+"/prof/"+e.Name()+"-"+c[:4]+".pprof"); err != nil {
				t.Fatal(err)
			}
		}
		e.Close()
	}
}
