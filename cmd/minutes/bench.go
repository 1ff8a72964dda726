package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/councilminutes/minutes/internal/progress"
	"github.com/councilminutes/minutes/search/bench"
)

func runBench(ctx context.Context, e *env, args []string) error {
	var opts bench.Options
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	opts.Flags(fs)
	if err := parseNoArgs(fs, e, args); err != nil {
		return err
	}
	if err := opts.Check(); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	opts.Progress = progress.New(e.stderr)
	_, err := bench.Run(ctx, opts, e.stdout)
	return err
}
