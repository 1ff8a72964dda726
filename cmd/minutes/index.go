package main

import (
	"context"
	"flag"
	"log/slog"

	"github.com/councilminutes/minutes/indexer"
	"github.com/councilminutes/minutes/internal/progress"
)

func runIndex(ctx context.Context, e *env, args []string) error {
	var opts indexer.Options
	fs := flag.NewFlagSet("index", flag.ContinueOnError)
	opts.Flags(fs)
	if err := parseNoArgs(fs, e, args); err != nil {
		return err
	}
	opts.Search = searchOptions(opts.Corpus)
	opts.PDFChild = pdfChild()
	// Progress and log lines share stderr: on a terminal the log lines
	// appear above the live progress line.
	p := progress.New(e.stderr)
	opts.Logger = slog.New(slog.NewTextHandler(p, &slog.HandlerOptions{Level: slog.LevelInfo}))
	opts.Progress = p
	sum, err := indexer.Run(ctx, opts)
	if sum != nil {
		sum.Print(e.stdout)
	}
	return err
}
