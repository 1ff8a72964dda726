package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		slog.Error("mkfodt failed", "err", err)
		os.Exit(1)
	}
}

// options are the command-line settings of one conversion.
type options struct {
	header      string
	footer      string
	softHyphens bool
	fontSize    float64
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("mkfodt", flag.ContinueOnError)
	var opts options
	fs.StringVar(&opts.header, "header", "", "running header line printed on every page")
	fs.StringVar(&opts.footer, "footer", "Page %n of %m", "running footer; %n is the page number, %m the page count")
	fs.BoolVar(&opts.softHyphens, "soft-hyphens", false, "put soft hyphens into long words so that justified lines break inside them")
	fs.Float64Var(&opts.fontSize, "font-size", 11, "body font size in points")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("usage: mkfodt [flags] SOURCE.md > OUT.fodt")
	}
	path := fs.Arg(0)
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open source: %w", err)
	}
	defer f.Close()
	blocks, err := parse(bufio.NewScanner(f))
	if err != nil {
		return fmt.Errorf("parse %s: %w", path, err)
	}
	w := bufio.NewWriter(stdout)
	if err := write(w, blocks, opts); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return w.Flush()
}
