package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/internal/progress"
)

// TestRunSmall runs the whole benchmark end to end on 2,000 items.
func TestRunSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end benchmark run")
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "report.json")
	var buf, prog bytes.Buffer
	rep, err := Run(context.Background(), Options{
		Items: 2000, Clients: 4, Queries: 12, Dir: filepath.Join(dir, "work"), Seed: 1,
		Baseline: true, Out: out, ProfileDir: filepath.Join(dir, "prof"), Progress: progress.NewLive(&prog),
	}, &buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\rbench: 2000/2000 items", "indexing with ours", "indexing with plain bleve",
		fmt.Sprintf("\rbench: %d/%[1]d queries", 2*12*len(Classes)), "querying ours, from one client then 4"} {
		if !strings.Contains(prog.String(), want) {
			t.Errorf("progress lacks %q: %q", want, prog.String())
		}
	}
	t.Log("\n" + buf.String())
	if rep.Items != 2000 || rep.Ours == nil || rep.Baseline == nil {
		t.Fatalf("report: %d items, ours %v, baseline %v", rep.Items, rep.Ours, rep.Baseline)
	}
	for _, e := range []*Engine{rep.Ours, rep.Baseline} {
		if e.ItemsPerSec <= 0 || e.IndexMB <= 0 || e.StartupMS <= 0 || e.SingleQPS <= 0 || e.ConcurrentQPS <= 0 {
			t.Errorf("%s: missing measures: %+v", e.Name, e)
		}
		for _, c := range Classes {
			if e.Single[c].N != 12 || e.Concurrent[c].N != 12 {
				t.Errorf("%s %s: %d and %d latencies, want 12", e.Name, c, e.Single[c].N, e.Concurrent[c].N)
			}
			if e.Matches[c] == 0 {
				t.Errorf("%s %s: no matches", e.Name, c)
			}
		}
	}
	for _, c := range []string{ClassRare, ClassPhrase, ClassFiltered} {
		if o, p := rep.Ours.Matches[c], rep.Baseline.Matches[c]; o != p {
			t.Errorf("%s: ours matched %d, plain bleve %d", c, o, p)
		}
	}
	var back Report
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatalf("report JSON: %v", err)
	}
	for _, f := range []string{"ours-index.pprof", "ours-phrase.pprof", "ours-filtered.pprof", "ours-broad.pprof", "plain-bleve-index.pprof"} {
		if _, err := os.Stat(filepath.Join(dir, "prof", f)); err != nil {
			t.Errorf("profile: %v", err)
		}
	}
	if !strings.Contains(buf.String(), "| indexing (items/s) |") {
		t.Error("table has no indexing row")
	}
}

// TestRunJSONL measures items given as JSONL (ours only), and writes
// nothing back.
func TestRunJSONL(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end benchmark run")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "in.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	jw := NewJSONLWriter(f)
	for _, it := range generate(t, 9, 300) {
		if err := jw.Write(it); err != nil {
			t.Fatal(err)
		}
	}
	if err := jw.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var buf bytes.Buffer
	rep, err := Run(context.Background(), Options{JSONL: path, Queries: 2, Clients: 2, Dir: filepath.Join(dir, "w")}, &buf)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Items != 300 || rep.Source != path || rep.Baseline != nil || rep.Ours.Matches[ClassCommon] == 0 {
		t.Fatalf("report: items %d, source %q, baseline %v, matches %v", rep.Items, rep.Source, rep.Baseline, rep.Ours.Matches)
	}
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{\"council\":\"C\",\"committee\":\"P\",\"date\":\"2020-02-30\",\"text\":\"x\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		opts Options
		want string
	}{
		{Options{JSONL: filepath.Join(dir, "missing.jsonl")}, "--jsonl"},
		{Options{JSONL: bad}, "bad.jsonl:1: date"},
		{Options{Items: -5}, "--items"},
	}
	for _, tt := range tests {
		_, err := Run(context.Background(), tt.opts, io.Discard)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%+v: error %v, want one containing %q", tt.opts, err, tt.want)
		}
	}
}
