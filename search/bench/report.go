package bench

import (
	"fmt"
	"io"
	"strings"
)

// Report is the outcome of a run: the corpus, the machine and one
// EngineReport for ours and (when measured) one for plain bleve.
type Report struct {
	Machine   Machine   `json:"machine"`
	Items     int       `json:"items"`
	Meetings  int       `json:"meetings"`
	TextMB    float64   `json:"text_mb"`
	Source    string    `json:"source"` // "generated, seed N" or the JSONL file
	Clients   int       `json:"clients"`
	Queries   int       `json:"queries_per_class"`
	Ours      *Engine   `json:"ours"`
	Baseline  *Engine   `json:"baseline,omitempty"`
	Targets   []Target  `json:"targets"`
	QueryMix  []MixLine `json:"query_mix"`
	Generated string    `json:"generated"` // when, RFC 3339
}

// Engine is what was measured of one engine.
type Engine struct {
	Name          string             `json:"name"`
	IndexSeconds  float64            `json:"index_seconds"`
	IndexCPUSecs  float64            `json:"index_cpu_seconds"` // process CPU time while indexing
	ItemsPerSec   float64            `json:"items_per_sec"`
	MBPerSec      float64            `json:"mb_per_sec"`
	IndexMB       float64            `json:"index_mb"`
	SizeRatio     float64            `json:"size_ratio"` // index size / text size
	IndexRSSMB    float64            `json:"index_peak_rss_mb"`
	IndexAnonMB   float64            `json:"index_peak_anon_mb"` // anonymous part of RSS (RssAnon)
	IndexFileMB   float64            `json:"index_peak_file_mb"` // file-backed part (RssFile)
	IndexHeapMB   float64            `json:"index_peak_heap_mb"`
	ServeRSSMB    float64            `json:"serve_peak_rss_mb"`
	ServeAnonMB   float64            `json:"serve_peak_anon_mb"`
	ServeFileMB   float64            `json:"serve_peak_file_mb"`
	ServeHeapMB   float64            `json:"serve_peak_heap_mb"`
	AfterRSSMB    float64            `json:"after_mix_rss_mb"`  // RSS once the query mix is done
	AfterAnonMB   float64            `json:"after_mix_anon_mb"` // its anonymous part
	StartupMS     float64            `json:"startup_ms"`        // open + first answer
	Single        map[string]Latency `json:"single"`            // by class, one client
	Concurrent    map[string]Latency `json:"concurrent"`        // by class, Report.Clients clients
	CPUPerQuery   map[string]float64 `json:"cpu_ms_per_query"`  // by class, one client, process CPU ms
	Matches       map[string]uint64  `json:"matches"`           // by class, summed over the variants
	SingleQPS     float64            `json:"single_qps"`
	ConcurrentQPS float64            `json:"concurrent_qps"`
}

// MixLine is one query of the mix as run, for the record.
type MixLine struct {
	Class string `json:"class"`
	Query string `json:"query"`
	Extra string `json:"extra,omitempty"`
}

// WriteTable prints the report as Markdown: the corpus line, one table of
// every measure with ours, plain bleve and the ratio, and the targets.
func (r *Report) WriteTable(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Corpus: %d items in %d meetings, %.1f MB of text (%s). Machine: %d CPUs (%s), %d MB, %s; load average %s at start, %s at end. Clients: %d; %d queries per class per pass.\n\n",
		r.Items, r.Meetings, r.TextMB, r.Source, r.Machine.CPUs, r.Machine.CPUModel, r.Machine.MemoryMB, r.Machine.GoVersion,
		orDash(r.Machine.LoadStart), orDash(r.Machine.LoadEnd), r.Clients, r.Queries)
	b.WriteString("| measure | ours | plain bleve | ours / plain |\n|---|---:|---:|---:|\n")
	for _, row := range r.rows() {
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", row[0], row[1], row[2], row[3])
	}
	if len(r.Targets) > 0 {
		b.WriteString("\n| target (issue 16, at 200k items) | measured | met |\n|---|---:|:---:|\n")
		for _, t := range r.Targets {
			met := "no"
			if t.Met {
				met = "yes"
			}
			fmt.Fprintf(&b, "| %s | %s | %s |\n", t.Name, t.Measured, met)
		}
	}
	_, err := io.WriteString(w, b.String())
	if err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// row is one line of the table: measure, ours, baseline, ratio.
type row [4]string

// rows lays out every measure of the report. Without a baseline its
// columns read "-".
func (r *Report) rows() []row {
	o, p := r.Ours, r.Baseline
	if p == nil {
		p = &Engine{}
	}
	num := func(name, unit string, f func(*Engine) float64, prec int) row {
		a, c := f(o), f(p)
		return row{name + unit, fmtNum(a, prec), fmtNum(c, prec), ratio(a, c)}
	}
	rows := []row{
		num("indexing", " (items/s)", func(e *Engine) float64 { return e.ItemsPerSec }, 0),
		num("indexing", " (items per CPU second)", func(e *Engine) float64 {
			if e.IndexCPUSecs == 0 {
				return 0
			}
			return float64(r.Items) / e.IndexCPUSecs
		}, 0),
		num("indexing", " (MB/s of text)", func(e *Engine) float64 { return e.MBPerSec }, 2),
		num("index size", " (MB)", func(e *Engine) float64 { return e.IndexMB }, 1),
		num("index size / text size", "", func(e *Engine) float64 { return e.SizeRatio }, 2),
		num("peak RSS while indexing", " (MB)", func(e *Engine) float64 { return e.IndexRSSMB }, 0),
		num("peak anonymous RSS while indexing", " (MB)", func(e *Engine) float64 { return e.IndexAnonMB }, 0),
		num("peak file-backed RSS while indexing", " (MB)", func(e *Engine) float64 { return e.IndexFileMB }, 0),
		num("peak Go heap while indexing", " (MB)", func(e *Engine) float64 { return e.IndexHeapMB }, 0),
		num("peak RSS while serving", " (MB)", func(e *Engine) float64 { return e.ServeRSSMB }, 0),
		num("peak anonymous RSS while serving", " (MB)", func(e *Engine) float64 { return e.ServeAnonMB }, 0),
		num("peak file-backed RSS while serving", " (MB)", func(e *Engine) float64 { return e.ServeFileMB }, 0),
		num("peak Go heap while serving", " (MB)", func(e *Engine) float64 { return e.ServeHeapMB }, 0),
		num("RSS after the query mix", " (MB)", func(e *Engine) float64 { return e.AfterRSSMB }, 0),
		num("anonymous RSS after the query mix", " (MB)", func(e *Engine) float64 { return e.AfterAnonMB }, 0),
		num("start-up to first answer", " (ms)", func(e *Engine) float64 { return e.StartupMS }, 1),
	}
	for _, mode := range []struct {
		name string
		get  func(*Engine) map[string]Latency
	}{
		{"1 client", func(e *Engine) map[string]Latency { return e.Single }},
		{fmt.Sprintf("%d clients", r.Clients), func(e *Engine) map[string]Latency { return e.Concurrent }},
	} {
		for _, c := range Classes {
			a, q := mode.get(o)[c], mode.get(p)[c]
			rows = append(rows, row{
				fmt.Sprintf("%s, %s: p50 / p95 / p99 (ms)", c, mode.name),
				fmtLatency(a), fmtLatency(q),
				ratio(a.P50, q.P50) + " / " + ratio(a.P99, q.P99),
			})
		}
	}
	for _, c := range Classes {
		rows = append(rows, num(c+", CPU per query, 1 client", " (ms)", func(e *Engine) float64 { return e.CPUPerQuery[c] }, 2))
	}
	rows = append(rows,
		num("throughput, 1 client", " (q/s)", func(e *Engine) float64 { return e.SingleQPS }, 1),
		num(fmt.Sprintf("throughput, %d clients", r.Clients), " (q/s)", func(e *Engine) float64 { return e.ConcurrentQPS }, 1),
		num(fmt.Sprintf("scaling, %d clients / 1", r.Clients), "", func(e *Engine) float64 {
			if e.SingleQPS == 0 {
				return 0
			}
			return e.ConcurrentQPS / e.SingleQPS
		}, 2),
	)
	for _, c := range Classes {
		rows = append(rows, row{"matches, " + c + " (sum of variants)", fmt.Sprint(o.Matches[c]), fmt.Sprint(p.Matches[c]), ratio(float64(o.Matches[c]), float64(p.Matches[c]))})
	}
	return rows
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func fmtNum(f float64, prec int) string {
	if f == 0 {
		return "-"
	}
	return fmt.Sprintf("%.*f", prec, f)
}

func fmtLatency(l Latency) string {
	if l.N == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f / %.2f / %.2f", l.P50, l.P95, l.P99)
}

// ratio is a/b, or "-" when either is missing.
func ratio(a, b float64) string {
	if a == 0 || b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", a/b)
}
