package indexer

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"time"

	"github.com/councilminutes/minutes/search"
)

// Options configure an indexing run. Options.Flags registers them as
// command-line flags with their defaults.
type Options struct {
	Corpus   string
	Index    string
	Workers  int
	Full     bool
	Report   string
	MaxBytes int64
	MaxPages int
	Timeout  time.Duration
	OCR      bool
	// PDFChild is the command that reads each PDF's text layer in a child
	// process (pdftext.Options.Child); nil reads in this process.
	PDFChild []string
	// BatchItems is how many items go into one index batch at most; a
	// file's items are never split across batches. (A first build is
	// written by the search package in parts of bounded size all the
	// same, see search/engine/parts.go: it is moved into place only complete.)
	BatchItems int

	Search   search.Options // how to create or open the index
	Logger   *slog.Logger
	Progress io.Writer // progress lines on long runs; nil for none
}

// Default limits.
const (
	DefaultMaxBytes   = 100 << 20 // 100 MiB
	DefaultMaxPages   = 2000
	DefaultTimeout    = 2 * time.Minute
	DefaultBatchItems = 1000
)

// Flags registers the run's flags on fs.
func (o *Options) Flags(fs *flag.FlagSet) {
	fs.StringVar(&o.Corpus, "corpus", "./corpus", "folder of minutes to index")
	fs.StringVar(&o.Index, "index", "./data/minutes.bleve", "index folder")
	fs.IntVar(&o.Workers, "workers", runtime.NumCPU(), "files extracted at once")
	fs.BoolVar(&o.Full, "full", false, "rebuild the index from scratch instead of updating it")
	fs.StringVar(&o.Report, "report", "", "write the run's summary and every failure as JSON to this file")
	fs.Int64Var(&o.MaxBytes, "max-bytes", DefaultMaxBytes, "refuse files larger than this many bytes")
	fs.IntVar(&o.MaxPages, "max-pages", DefaultMaxPages, "refuse PDFs with more pages")
	fs.DurationVar(&o.Timeout, "file-timeout", DefaultTimeout, "give up on a file after this long")
	fs.BoolVar(&o.OCR, "ocr", false, "read PDFs without a text layer by OCR (needs tesseract and pdftoppm)")
	fs.IntVar(&o.BatchItems, "batch", DefaultBatchItems, "items per index batch")
}

func (o *Options) logger() *slog.Logger {
	if o.Logger != nil {
		return o.Logger
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// ErrIndexBusy is returned when another process holds the index.
var ErrIndexBusy = errors.New("index is in use by another process")

// Run brings the index at opts.Index up to date with opts.Corpus. A missing
// index, or opts.Full, builds a new one in a sibling folder and moves it
// into place only when complete, so a half-built index is never opened.
// Otherwise it updates the index in place, file by file, each file's
// change landing atomically.
func Run(ctx context.Context, opts Options) (*Summary, error) {
	start := time.Now()
	// a corpus that is not there is said before anything is made: it left
	// an empty index folder and a summary of nothing done
	if info, err := os.Stat(opts.Corpus); err != nil {
		return nil, fmt.Errorf("corpus %s: %w", opts.Corpus, err)
	} else if !info.IsDir() {
		return nil, fmt.Errorf("corpus %s: not a directory", opts.Corpus)
	}
	_, statErr := os.Stat(opts.Index)
	exists := statErr == nil
	if exists && !opts.Full {
		ix, err := search.Open(opts.Index, opts.Search)
		if errors.Is(err, search.ErrStaleIndex) {
			opts.logger().Warn("the index was built by another version: rebuilding it", "index", opts.Index)
			sum, err := Build(ctx, opts)
			return finish(sum, err, start, opts)
		}
		if err != nil {
			return nil, openError(opts.Index, err)
		}
		sum, err := Update(ctx, ix, opts)
		if cerr := ix.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("close index %s: %w", opts.Index, cerr)
		}
		return finish(sum, err, start, opts)
	}
	if exists {
		// Refuse to replace an index that a server holds open.
		ix, err := search.Open(opts.Index, opts.Search)
		if err != nil && !errors.Is(err, search.ErrStaleIndex) {
			return nil, openError(opts.Index, err)
		}
		if ix != nil {
			ix.Close()
		}
	}
	sum, err := Build(ctx, opts)
	return finish(sum, err, start, opts)
}

// Build writes a complete new index from the corpus into a temporary
// sibling folder and then moves it to opts.Index, replacing any old one.
func Build(ctx context.Context, opts Options) (*Summary, error) {
	removeLeftovers(opts.Index, opts.logger())
	tmp := fmt.Sprintf("%s.building-%d", opts.Index, os.Getpid())
	os.RemoveAll(tmp)
	if err := os.MkdirAll(parentDir(opts.Index), 0o755); err != nil {
		return nil, fmt.Errorf("create index folder: %w", err)
	}
	defer search.LimitBuildMemory()()
	ix, err := search.Create(tmp, opts.Search)
	if err != nil {
		return nil, fmt.Errorf("create index %s: %w", tmp, err)
	}
	sum, err := Update(ctx, ix, opts)
	if cerr := ix.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("close index %s: %w", tmp, cerr)
	}
	if err != nil {
		os.RemoveAll(tmp)
		return sum, err
	}
	if err := swapInto(tmp, opts.Index); err != nil {
		os.RemoveAll(tmp)
		return sum, err
	}
	sum.Full = true
	return sum, nil
}

// swapInto replaces dst with the finished index at src. Between the two
// renames dst briefly does not exist; a reader then finds no index, never
// half of one.
func swapInto(src, dst string) error {
	old := fmt.Sprintf("%s.old-%d", dst, os.Getpid())
	if _, err := os.Stat(dst); err == nil {
		if err := os.Rename(dst, old); err != nil {
			return fmt.Errorf("move old index aside: %w", err)
		}
	}
	if err := os.Rename(src, dst); err != nil {
		os.Rename(old, dst)
		return fmt.Errorf("move new index into place: %w", err)
	}
	os.RemoveAll(old)
	return nil
}

func openError(path string, err error) error {
	if errors.Is(err, search.ErrLocked) {
		return fmt.Errorf("%w: %s is held open, probably by a running `minutes serve`; "+
			"stop it, or let it re-index (serve --watch, or POST /api/admin/reindex with its admin token): %w",
			ErrIndexBusy, path, err)
	}
	return fmt.Errorf("open index %s: %w", path, err)
}

func finish(sum *Summary, err error, start time.Time, opts Options) (*Summary, error) {
	if sum == nil {
		sum = &Summary{}
	}
	sum.Corpus, sum.Index = opts.Corpus, opts.Index
	sum.Seconds = time.Since(start).Seconds()
	if err == nil && opts.Report != "" {
		err = sum.WriteReport(opts.Report)
	}
	if err == nil && opts.Index != "" {
		err = sum.WriteReport(LastRunFile(opts.Index))
	}
	return sum, err
}

func parentDir(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		if os.IsPathSeparator(p[i]) {
			return p[:i+1]
		}
	}
	return "."
}
