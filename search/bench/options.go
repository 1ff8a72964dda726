package bench

import (
	"flag"
	"fmt"
	"io"
)

// Defaults of Options.
const (
	DefaultItems   = 20000
	DefaultClients = 8
	DefaultQueries = 100
	DefaultSeed    = 1
	DefaultBatch   = 1000
)

// Options configure a benchmark run. Flags sets the defaults; Run fills
// zero numbers with them too, but a zero Baseline means "ours only" (the
// flag defaults to true).
type Options struct {
	Items      int    // items to generate (when JSONL is "")
	JSONL      string // read items from this file instead of generating them
	WriteJSONL string // also write the generated items here, one JSON object a line
	Clients    int    // concurrent clients for the throughput run
	Out        string // write the report as JSON here ("" for none)
	Dir        string // work directory for the indexes ("" for a temporary one, removed after)
	Seed       int64  // seed of the generator and of the query choice
	Baseline   bool   // also measure plain bleve and print ratios to it
	Queries    int    // queries a class, for each of single client and concurrent runs
	Batch      int    // items a batch when indexing (whole meetings, so about this many)
	ProfileDir string // write CPU profiles of indexing and of the phrase, filtered and broad queries here ("" for none)
	// Progress receives the progress of indexing and querying: a live
	// line on a terminal, a plain line now and then elsewhere; nil for
	// none.
	Progress io.Writer
}

// Flags registers the options on fs with their defaults.
func (o *Options) Flags(fs *flag.FlagSet) {
	fs.IntVar(&o.Items, "items", DefaultItems, "number of synthetic items to generate")
	fs.StringVar(&o.JSONL, "jsonl", "", "read items from this JSONL `file` instead of generating them")
	fs.StringVar(&o.WriteJSONL, "write-jsonl", "", "also write the generated items to this JSONL `file`")
	fs.IntVar(&o.Clients, "clients", DefaultClients, "concurrent clients for the throughput run")
	fs.StringVar(&o.Out, "out", "", "write the report as JSON to this `file`")
	fs.StringVar(&o.Dir, "dir", "", "work `directory` for the indexes (default: a temporary one, removed after)")
	fs.Int64Var(&o.Seed, "seed", DefaultSeed, "seed of the generator and of the query choice")
	fs.BoolVar(&o.Baseline, "baseline", true, "also measure plain bleve on the same items")
	fs.IntVar(&o.Queries, "queries", DefaultQueries, "queries per class, for each of the single-client and concurrent runs")
	fs.IntVar(&o.Batch, "batch", DefaultBatch, "items per indexing batch")
	fs.StringVar(&o.ProfileDir, "profile", "", "write CPU profiles of indexing and of the phrase, filtered and broad queries, and heap profiles after indexing and serving, to this `directory`")
}

// withDefaults fills zero fields with defaults and checks the rest.
func (o Options) withDefaults() (Options, error) {
	if o.Items == 0 && o.JSONL == "" {
		o.Items = DefaultItems
	}
	if o.Clients == 0 {
		o.Clients = DefaultClients
	}
	if o.Queries == 0 {
		o.Queries = DefaultQueries
	}
	if o.Batch == 0 {
		o.Batch = DefaultBatch
	}
	switch {
	case o.Items < 0:
		return o, fmt.Errorf("bench: --items is %d, want a positive number", o.Items)
	case o.Clients < 0:
		return o, fmt.Errorf("bench: --clients is %d, want a positive number", o.Clients)
	case o.Queries < 0:
		return o, fmt.Errorf("bench: --queries is %d, want a positive number", o.Queries)
	case o.Batch < 0:
		return o, fmt.Errorf("bench: --batch is %d, want a positive number", o.Batch)
	case o.JSONL != "" && o.WriteJSONL != "":
		return o, fmt.Errorf("bench: --jsonl and --write-jsonl both given: items read from a file are not written again")
	}
	return o, nil
}

// Check reports what is wrong with the options as a command line gives
// them (a negative number, two options that exclude each other), the
// check Run makes before it starts.
func (o Options) Check() error {
	_, err := o.withDefaults()
	return err
}
