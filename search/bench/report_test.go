package bench

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/councilminutes/minutes/internal/golden"
)

func millis(ns ...int) []time.Duration {
	out := make([]time.Duration, len(ns))
	for i, n := range ns {
		out[i] = time.Duration(n) * time.Millisecond
	}
	return out
}

// fixedReport is a report with made-up but plausible numbers.
func fixedReport() *Report {
	eng := func(name string, f float64) *Engine {
		e := &Engine{Name: name, IndexSeconds: 10 * f, IndexCPUSecs: 20 * f, ItemsPerSec: 2000 / f, MBPerSec: 3.5 / f, IndexMB: 70 * f,
			SizeRatio: 2.5 * f, IndexRSSMB: 300 * f, IndexAnonMB: 250 * f, IndexFileMB: 50 * f, IndexHeapMB: 200 * f,
			ServeRSSMB: 150 * f, ServeAnonMB: 110 * f, ServeFileMB: 40 * f, ServeHeapMB: 40 * f, AfterRSSMB: 140 * f, AfterAnonMB: 100 * f,
			StartupMS: 12 * f, SingleQPS: 200 / f, ConcurrentQPS: 360 / f,
			Single: map[string]Latency{}, Concurrent: map[string]Latency{}, Matches: map[string]uint64{}}
		for i, c := range Classes {
			base := float64(i+1) * f
			e.Single[c] = Latency{N: 100, P50: base, P95: 2 * base, P99: 3 * base, Max: 4 * base}
			e.Concurrent[c] = Latency{N: 100, P50: 2 * base, P95: 4 * base, P99: 6 * base, Max: 8 * base}
			e.Matches[c] = uint64(100 * (i + 1))
		}
		return e
	}
	r := &Report{
		Machine: Machine{CPUs: 2, GOMAXPROCS: 2, CPUModel: "Test CPU", MemoryMB: 4096, GoVersion: "go1.test", OS: "linux/amd64"},
		Items:   20000, Meetings: 2000, TextMB: 36.1, Source: "generated, seed 1", Clients: 8, Queries: 100,
		Ours: eng("ours", 1), Baseline: eng("plain bleve", 2),
	}
	r.Targets = checkTargets(r)
	return r
}

func TestReportTableGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := fixedReport().WriteTable(&buf); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "report.golden.md"), buf.Bytes())
}

func TestReportHasEveryRow(t *testing.T) {
	var buf bytes.Buffer
	if err := fixedReport().WriteTable(&buf); err != nil {
		t.Fatal(err)
	}
	table := buf.String()
	want := []string{"indexing (items/s)", "indexing (MB/s of text)", "index size (MB)", "index size / text size",
		"peak RSS while indexing", "peak RSS while serving", "start-up to first answer",
		"throughput, 1 client", "throughput, 8 clients", "scaling, 8 clients / 1"}
	for _, c := range Classes {
		want = append(want, c+", 1 client: p50 / p95 / p99", c+", 8 clients: p50 / p95 / p99")
	}
	for _, w := range want {
		if !strings.Contains(table, "| "+w) {
			t.Errorf("table has no row %q", w)
		}
	}
	if !strings.Contains(table, "| indexing (items/s) | 2000 | 1000 | 2.00 |") {
		t.Errorf("indexing row does not show ours, plain and the ratio:\n%s", table)
	}
}

func TestReportWithoutBaseline(t *testing.T) {
	r := fixedReport()
	r.Baseline = nil
	r.Targets = checkTargets(r)
	var buf bytes.Buffer
	if err := r.WriteTable(&buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "| indexing (items/s) | 2000 | - | - |") {
		t.Errorf("without a baseline the plain column should read -:\n%s", buf.String())
	}
	for _, tg := range r.Targets {
		if strings.Contains(tg.Name, "plain bleve") {
			t.Errorf("target %q needs a baseline", tg.Name)
		}
	}
}

func TestTargets(t *testing.T) {
	r := fixedReport()
	met := map[string]bool{}
	for _, tg := range r.Targets {
		met[tg.Name] = tg.Met
	}
	// ours is 2x plain in the fixed report, with phrase p50 4 ms,
	// filtered 6 ms, broad 7 ms, size 2.5x the text.
	want := map[string]bool{
		"indexing >= 2.0x plain bleve items per CPU second": true,
		"peak RSS while indexing <= 400 MB":                 true,
		"index size <= 2.2x the text":                       false,
		"anonymous RSS after the query mix <= 150 MB":       true,
		"phrase: p50 <= 5 ms":                               true,
		"filtered: p50 <= 3 ms":                             false,
		"broad (1/3 of items): p50 <= 15 ms":                true,
		"every matches row equal to plain bleve's":          true,
	}
	if len(r.Targets) != len(want) {
		t.Errorf("%d targets, want %d: %+v", len(r.Targets), len(want), r.Targets)
	}
	for name, w := range want {
		if got, ok := met[name]; !ok || got != w {
			t.Errorf("target %q: met %v (present %v), want %v", name, got, ok, w)
		}
	}
	r.Baseline.Matches[ClassPhrase]++
	for _, tg := range checkTargets(r) {
		if tg.Name == "every matches row equal to plain bleve's" && (tg.Met || !strings.Contains(tg.Measured, ClassPhrase)) {
			t.Errorf("matches differ in the phrase row: %+v", tg)
		}
	}
}
