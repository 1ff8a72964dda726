package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"

	"github.com/councilminutes/minutes/indexer/moderngov"
	"github.com/councilminutes/minutes/indexer/pdftext"
	"github.com/councilminutes/minutes/internal/terminal"
)

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// errUsage marks errors in the command line itself.
var errUsage = errors.New("usage")

// command is one subcommand: its one-line summary and the function that
// runs it with its arguments.
type command struct {
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what every subcommand may write to.
type env struct {
	stdout, stderr io.Writer
	log            *slog.Logger
	// fetchNet, set only by tests, changes how fetch reaches sites (names,
	// addresses, certificates) so that it can fetch from imitations.
	fetchNet func(*moderngov.Options)
	// liveProgress, set only by tests, makes index draw its live progress
	// line on stderr even when stderr is not a terminal, so that a test
	// can see how far a run has got.
	liveProgress bool
}

// newEnv is the environment of a run writing to stdout and stderr.
func newEnv(stdout, stderr io.Writer) *env {
	return &env{stdout: stdout, stderr: stderr,
		log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))}
}

func commands() map[string]command {
	return map[string]command{
		"index":       {"build or update the index from a corpus folder", runIndex},
		"serve":       {"serve search pages and the JSON API (builds the index first if missing)", runServe},
		"search":      {"search the index from the command line", runSearch},
		"extract":     {"show what the indexer understands of files, without indexing", runExtract},
		"fetch":       {"pull councils' minutes from their ModernGov sites into the corpus: one site, or many councils (finding their sites)", runFetch},
		"bench":       {"measure indexing and query speed against plain bleve on a generated corpus", runBench},
		"coverage":    {"show how complete each council's indexed record is: gaps, failed files, thin years", runCoverage},
		"inspections": {"import Ofsted inspections, or the register of authorities, from a CSV file into the corpus (inspections import [--register] FILE)", runInspections},
	}
}

// Main runs the command line args and returns the exit status.
func Main(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return newEnv(stdout, stderr).main(ctx, args)
}

// main runs the command line args in e and returns the exit status.
func (e *env) main(ctx context.Context, args []string) int {
	stdout, stderr := e.stdout, e.stderr
	cmds := commands()
	if len(args) > 0 && args[0] == pdfChildCommand {
		if err := pdftext.ServeChild(ctx, os.Stdin, stdout); err != nil {
			fmt.Fprintf(stderr, "minutes %s: %v\n", pdfChildCommand, err)
			return exitFail
		}
		return exitOK
	}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout, cmds)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	cmd, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "minutes: unknown command %q\n", args[0]) // %q escapes
		usage(stderr, cmds)
		return exitUsage
	}
	err := cmd.run(ctx, e, args[1:])
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "minutes %s: %s\n", args[0], terminal.Escape(err.Error()))
		return exitUsage
	default:
		fmt.Fprintf(stderr, "minutes %s: %s\n", args[0], terminal.Escape(err.Error()))
		return exitFail
	}
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "usage: minutes COMMAND [flags]\n\ncommands:")
	var names []string
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun `minutes COMMAND -h` for a command's flags.")
}

// parseFlags parses args with fs, turning flag errors into usage errors.
// Flags may come before or after the positional arguments, which it
// returns in order ("--" ends the flags).
func parseFlags(fs *flag.FlagSet, e *env, args []string) ([]string, error) {
	fs.SetOutput(e.stderr)
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		if len(args) > 0 && args[0] == "--" {
			return append(positional, args[1:]...), nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// parseNoArgs parses args with fs for a command that takes flags only.
func parseNoArgs(fs *flag.FlagSet, e *env, args []string) error {
	rest, err := parseFlags(fs, e, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, rest[0])
	}
	return nil
}

// multiFlag is a flag that may be given more than once.
type multiFlag []string

func (m *multiFlag) String() string { return strings.Join(*m, ",") }

func (m *multiFlag) Set(v string) error {
	*m = append(*m, v)
	return nil
}
