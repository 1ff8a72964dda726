package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/councilminutes/minutes/indexer/moderngov"
)

func runFetch(ctx context.Context, e *env, args []string) error {
	var opts moderngov.Options
	fs := flag.NewFlagSet("fetch", flag.ContinueOnError)
	opts.Flags(fs)
	if err := parseNoArgs(fs, e, args); err != nil {
		return err
	}
	if opts.Site == "" && opts.Council == "" {
		return fmt.Errorf("%w: give --site, --council or both", errUsage)
	}
	opts.Logger = e.log
	opts.Progress = e.stderr
	sum, err := moderngov.Fetch(ctx, opts)
	if sum != nil {
		sum.Print(e.stdout)
	}
	return err
}
