package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/councilminutes/minutes/indexer"
)

func runIndex(ctx context.Context, e *env, args []string) error {
	var opts indexer.Options
	fs := flag.NewFlagSet("index", flag.ContinueOnError)
	opts.Flags(fs)
	rest, err := parseFlags(fs, e, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, rest[0])
	}
	opts.Search = searchOptions(opts.Corpus)
	opts.Logger = e.log
	opts.Progress = e.stderr
	sum, err := indexer.Run(ctx, opts)
	if sum != nil {
		sum.Print(e.stdout)
	}
	return err
}
