package bench

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestZZTwo(t *testing.T) {
	if os.Getenv("BENCH_TWO") == "" {
		t.Skip()
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "items.jsonl")
	f, _ := os.Create(path)
	jw := NewJSONLWriter(f)
	s := newCorpusStats()
	for _, it := range generate(t, 1, 2000) {
		s.add(&it)
		jw.Write(it)
	}
	jw.Flush()
	f.Close()
	mix, _ := buildMix(s, 1)
	ctx := context.Background()
	es := engines()
	for i, e := range es {
		p := filepath.Join(dir, e.Name())
		if _, err := indexAll(ctx, e, path, p, 1000, ""); err != nil {
			t.Fatal(err)
		}
		if err := e.Open(p); err != nil {
			t.Fatal(err)
		}
		_ = i
	}
	for _, c := range []string{ClassTwoWords, ClassCommon} {
		for _, q := range mix[c] {
			a, _ := es[0].Search(ctx, q)
			b, _ := es[1].Search(ctx, q)
			t.Logf("%s %q ours=%d plain=%d dfs=%v", c, q.Text(), a, b, []int32{s.DF[q.Words[0]], s.DF[q.Words[len(q.Words)-1]]})
		}
	}
}
