package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"

	"github.com/councilminutes/minutes/indexer"
	"github.com/councilminutes/minutes/internal/progress"
	"github.com/councilminutes/minutes/search"
)

func runIndex(ctx context.Context, e *env, args []string) error {
	var opts indexer.Options
	fs := flag.NewFlagSet("index", flag.ContinueOnError)
	opts.Flags(fs)
	if err := parseNoArgs(fs, e, args); err != nil {
		return err
	}
	opts.PDFChild = pdfChild()
	// Progress and log lines share stderr: on a terminal the log lines
	// appear above the live progress line.
	p := progress.New(e.stderr)
	if e.liveProgress {
		p = progress.NewLive(e.stderr)
	}
	opts.Logger = slog.New(slog.NewTextHandler(p, &slog.HandlerOptions{Level: slog.LevelInfo}))
	opts.Progress = p
	opts.Search = searchOptions(opts.Corpus, opts.Logger)
	sum, err := indexer.Run(ctx, opts)
	if sum != nil && (err == nil || sum.Seen > 0) { // a run that failed before reading a file has nothing to sum up
		sum.Print(e.stdout)
	}
	if err == nil {
		// what the run wrote is not what the index holds: a run with
		// nothing to do wrote 0 meetings, over a full index
		if holds, herr := indexHolds(ctx, opts); herr != nil {
			e.log.Warn("count what the index holds", "index", opts.Index, "err", herr)
		} else {
			fmt.Fprintln(e.stdout, holds)
		}
	}
	return err
}

// indexHolds says what the index holds in all: "the index holds 5
// meetings, 41 items of 5 councils".
func indexHolds(ctx context.Context, opts indexer.Options) (string, error) {
	sopts := opts.Search
	sopts.SynonymsFile = "" // counting needs none, and the run has said whether they are there
	ix, err := search.Open(opts.Index, sopts)
	if err != nil {
		return "", err
	}
	defer ix.Close()
	files, err := ix.Files()
	if err != nil {
		return "", err
	}
	res, err := ix.Search(ctx, search.Request{Size: 1})
	if err != nil {
		return "", err
	}
	councils, unnamed := 0, 0
	for _, f := range res.Facets["council"] {
		if f.Value == "" {
			unnamed = f.Count // the council the extraction could not name is not one
		} else {
			councils++
		}
	}
	holds := fmt.Sprintf("the index holds %s, %s of %s", count(len(files), "meeting", "meetings"),
		count(int(res.Total), "item", "items"), count(councils, "council", "councils"))
	if unnamed > 0 {
		holds += fmt.Sprintf(" (%s of a council not named)", count(unnamed, "item", "items"))
	}
	return holds, nil
}

// count is "1 meeting", "2 meetings".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
