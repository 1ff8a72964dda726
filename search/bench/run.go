package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"time"
)

// Run generates or reads the corpus, measures ours and (with
// opts.Baseline) plain bleve on it, prints the report table to w and, with
// opts.Out, writes the report as JSON.
func Run(ctx context.Context, opts Options, w io.Writer) (*Report, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	log := slog.Default()
	dir := opts.Dir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "minutes-bench-"); err != nil {
			return nil, fmt.Errorf("bench: work directory: %w", err)
		}
		defer os.RemoveAll(dir)
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("bench: work directory %s: %w", dir, err)
	}
	if opts.ProfileDir != "" {
		if err := os.MkdirAll(opts.ProfileDir, 0o755); err != nil {
			return nil, fmt.Errorf("bench: profile directory %s: %w", opts.ProfileDir, err)
		}
	}

	items, source, stats, err := prepareCorpus(opts, dir, log)
	if err != nil {
		return nil, err
	}
	mix, err := buildMix(stats, opts.Seed)
	if err != nil {
		return nil, err
	}
	stats.dropWords()
	rep := &Report{
		Machine: thisMachine(), Items: stats.Items, Meetings: stats.Meetings,
		TextMB: float64(stats.TextBytes) / 1e6, Source: source, Clients: opts.Clients, Queries: opts.Queries,
		QueryMix: mixLines(mix), Generated: time.Now().UTC().Format(time.RFC3339),
	}
	// Indexes of an earlier run in the same work directory are replaced.
	for _, name := range []string{"ours.bleve", "plain.bleve"} {
		if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
			return nil, fmt.Errorf("bench: remove old index: %w", err)
		}
	}
	rep.Ours, err = measure(ctx, newOurs(log), items, filepath.Join(dir, "ours.bleve"), mix, stats, opts, log)
	if err != nil {
		return nil, err
	}
	if opts.Baseline {
		rep.Baseline, err = measure(ctx, &baseline{years: stats.yearSpan()}, items, filepath.Join(dir, "plain.bleve"), mix, stats, opts, log)
		if err != nil {
			return nil, err
		}
	}
	rep.Machine.LoadEnd = loadAvg()
	rep.Targets = checkTargets(rep)
	if err := rep.WriteTable(w); err != nil {
		return nil, err
	}
	if opts.Out != "" {
		if err := writeJSON(opts.Out, rep); err != nil {
			return nil, err
		}
	}
	return rep, nil
}

// prepareCorpus returns the JSONL file the engines read and the corpus
// statistics: the given file, or the generated items written to
// opts.WriteJSONL or into dir.
func prepareCorpus(opts Options, dir string, log *slog.Logger) (path, source string, s *corpusStats, err error) {
	s = newCorpusStats()
	if opts.JSONL != "" {
		f, err := os.Open(opts.JSONL)
		if err != nil {
			return "", "", nil, fmt.Errorf("bench: --jsonl: %w", err)
		}
		defer f.Close()
		if err := ReadJSONL(f, opts.JSONL, func(it Item) error { s.add(&it); return nil }); err != nil {
			return "", "", nil, fmt.Errorf("bench: %w", err)
		}
		if s.Items == 0 {
			return "", "", nil, fmt.Errorf("bench: --jsonl %s holds no items", opts.JSONL)
		}
		return opts.JSONL, opts.JSONL, s, nil
	}
	path = opts.WriteJSONL
	if path == "" {
		path = filepath.Join(dir, "items.jsonl")
	}
	start := time.Now()
	g, err := NewGenerator(opts.Seed)
	if err != nil {
		return "", "", nil, fmt.Errorf("bench: %w", err)
	}
	f, err := os.Create(path)
	if err != nil {
		return "", "", nil, fmt.Errorf("bench: write items: %w", err)
	}
	jw := NewJSONLWriter(f)
	err = g.Generate(opts.Items, func(it Item) error {
		s.add(&it)
		return jw.Write(it)
	})
	if err == nil {
		err = jw.Flush()
	}
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("write items %s: %w", path, cerr)
	}
	if err != nil {
		return "", "", nil, fmt.Errorf("bench: %w", err)
	}
	log.Info("bench: corpus generated", "items", s.Items, "meetings", s.Meetings, "text_mb", s.TextBytes>>20,
		"words", len(s.DF), "seconds", time.Since(start).Seconds())
	return path, fmt.Sprintf("generated, seed %d", opts.Seed), s, nil
}

func mixLines(mix map[string][]Query) []MixLine {
	var out []MixLine
	for _, c := range Classes {
		for _, q := range mix[c] {
			l := MixLine{Class: c, Query: q.Text()}
			if q.Council != "" || q.Topic != "" {
				l.Extra = fmt.Sprintf("council=%s topic=%s", q.Council, q.Topic)
			}
			if q.Page > 1 {
				l.Extra = fmt.Sprintf("page=%d size=%d", q.Page, q.PageSize)
			}
			out = append(out, l)
		}
	}
	return out
}

func writeJSON(path string, rep *Report) error {
	data, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return fmt.Errorf("bench: encode report: %w", err)
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("bench: --out: %w", err)
	}
	return nil
}
