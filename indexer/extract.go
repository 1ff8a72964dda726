package indexer

import (
	"context"
	"errors"
	"time"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search/schema"
)

// ExtractOptions carries what extraction needs to know besides the file:
// what the manifest says of it, the councils list and topic taxonomy, and
// the per-file limits.
type ExtractOptions struct {
	Rel      string        // path relative to the corpus root, forward slashes ("" outside a corpus)
	Entry    *corpus.Entry // the manifest entry, if any
	Council  string        // council name given by the user (minutes extract --council)
	Councils corpus.Councils
	Topics   []corpus.Topic
	MaxBytes int64         // refuse larger files (0: no limit)
	MaxPages int           // refuse PDFs with more pages (0: no limit)
	Timeout  time.Duration // per-file time limit (0: none)
	OCR      bool          // read PDFs without a text layer by OCR when tesseract is installed
}

// ErrUnsupported is returned for files whose format extraction does not read.
var ErrUnsupported = errors.New("unsupported file format")

// Extract reads one file of minutes and returns the meeting it records,
// with IDs assigned (schema.Meeting.AssignIDs) and warnings for everything
// it was unsure of. The error names the file.
func Extract(ctx context.Context, path string, opts ExtractOptions) (schema.Meeting, error) {
	return schema.Meeting{}, errors.New("not implemented yet")
}
