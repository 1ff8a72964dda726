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
	rest, err := parseFlags(fs, e, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, rest[0])
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
