package main

import (
	"context"
	"flag"

	"github.com/councilminutes/minutes/indexer"
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
	opts.Logger = e.log
	opts.Progress = e.stderr
	sum, err := indexer.Run(ctx, opts)
	if sum != nil {
		sum.Print(e.stdout)
	}
	return err
}
