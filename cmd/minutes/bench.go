package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/councilminutes/minutes/search/bench"
)

func runBench(ctx context.Context, e *env, args []string) error {
	var opts bench.Options
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	opts.Flags(fs)
	rest, err := parseFlags(fs, e, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, rest[0])
	}
	_, err = bench.Run(ctx, opts, e.stdout)
	return err
}
