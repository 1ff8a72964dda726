package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"strings"

	"github.com/councilminutes/minutes/indexer/moderngov"
	"github.com/councilminutes/minutes/internal/progress"
)

func runFetch(ctx context.Context, e *env, args []string) error {
	var opts moderngov.Options
	fs := flag.NewFlagSet("fetch", flag.ContinueOnError)
	opts.Flags(fs)
	if err := parseNoArgs(fs, e, args); err != nil {
		return err
	}
	one := strings.TrimSpace(opts.Site) != "" || strings.TrimSpace(opts.Council) != ""
	switch {
	case !one && !opts.Many():
		return fmt.Errorf("%w: give --site, --council or both for one council; --councils, --region or --all for many", errUsage)
	case one && opts.Many():
		return fmt.Errorf("%w: --site and --council fetch one council, --councils, --region and --all many: give one or the other", errUsage)
	}
	// Progress and log lines share stderr: on a terminal the log lines
	// appear above the live progress line.
	p := progress.New(e.stderr)
	opts.Logger = slog.New(slog.NewTextHandler(p, &slog.HandlerOptions{Level: slog.LevelInfo}))
	opts.Progress = p
	if e.fetchNet != nil {
		e.fetchNet(&opts)
	}
	if opts.Many() {
		sum, err := moderngov.FetchMany(ctx, opts)
		if sum != nil {
			sum.Print(e.stdout)
		}
		return usageIfOption(err)
	}
	sum, err := moderngov.Fetch(ctx, opts)
	if sum != nil {
		sum.Print(e.stdout)
	}
	return usageIfOption(err)
}

// usageIfOption makes an error in fetch's options (a malformed --site,
// --from or --allow-host) a usage error, exit status 2.
func usageIfOption(err error) error {
	if oe := (*moderngov.OptionError)(nil); errors.As(err, &oe) {
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	return err
}
