package search

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/highlight"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/query"
)

// ErrLocked means another process holds the index open.
var ErrLocked = errors.New("index is locked by another process")

// ErrStaleIndex is returned by Open for an index written by a version of
// this program with another mapping: it must be rebuilt (minutes index
// --full), which the indexing run and the server do by themselves.
var ErrStaleIndex = errors.New("index was built by another version of minutes and must be rebuilt")

// schemaKey and schemaVersion mark an index with the version of its
// mapping. Raise schemaVersion whenever the mapping, the stored fields or
// what an item's fields hold change (7: a title's referral is indexed
// with heading lines, routing.go; 8: the text's lines of lists and
// tables are indexed again in the lines field, lines.go; 9: so are the
// sentences that are entries of a list, entries.go, and a title that is
// a table's header or row is indexed with heading lines, rowtitle.go;
// 10: stop words of the body fields and the lines field without
// positions, engine/textfield.go; 11: a meeting's record leaves its
// items' numbers, titles and topics to the items' records, document.go,
// and no numeric date field: date ranges read year, month and date_asc,
// daterange.go; 12: short bullets of a run are lines of a list too,
// lines.go; 13: a hyphenated word is also indexed run together,
// query.JoinedPrefix, engine/textfield.go).
const (
	schemaKey     = "minutes:schema"
	schemaVersion = "13"
)

// Index is the bleve index of agenda items and meeting records. It
// implements Searcher. One process may hold an index at a time; within it,
// searches may run concurrently with one Apply at a time.
type Index struct {
	idx         bleve.Index
	path        string
	opts        Options
	log         *slog.Logger
	synonyms    atomic.Pointer[query.Synonyms]    // nil: none; see ReloadSynonyms
	topicLabels atomic.Pointer[map[string]string] // nil: Options.TopicLabels; see SetTopicLabels

	body        atomic.Pointer[engine.BodyCodec] // compresses item bodies (engine/bodycodec.go)
	highlighter highlight.Highlighter            // marks snippets (snippets.go)
	words       *query.Analyser                  // the forms of words seen, for indexing and snippets
	positions   *engine.Positions                // the locations indexing shares (engine/textfield.go)

	writeMu sync.Mutex  // one Apply at a time
	fresh   *freshIndex // guarded by writeMu; see fresh.go

	bulkOn atomic.Bool  // a bulk build is under way (bulk.go)
	bulkMu sync.Mutex   // guards bulk, and idx while bulkOn
	bulk   *engine.Bulk // nil once finished

	cacheMu  sync.Mutex
	meetings []meetingSummary // nil when stale; see summaries.go
	councils []Council        // Councils' answer, nil when stale
	staleGen int              // counts invalidations, so that a late answer is not kept

	tables  engine.FacetTables // facet values of the latest snapshot searched
	lengths engine.LengthStats // BM25 statistics of the latest snapshot searched

	labelsMu   sync.Mutex
	labelCache *facetLabels // nil when stale; see labels.go
}

var _ Searcher = (*Index)(nil)

// Create makes a new, empty index at path. It fails if path exists.
func Create(path string, opts Options) (*Index, error) {
	if _, err := os.Stat(path); err == nil {
		return nil, fmt.Errorf("create index %s: path already exists", path)
	}
	opts = opts.withDefaults()
	syn := loadSynonyms(opts.SynonymsFile, opts.Logger)
	idx, err := bleve.NewUsing(path, engine.NewMapping(), bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, runtimeConfig(opts))
	if err != nil {
		return nil, fmt.Errorf("create index %s: %w", path, err)
	}
	if err := idx.SetInternal([]byte(schemaKey), []byte(schemaVersion)); err != nil {
		idx.Close()
		return nil, fmt.Errorf("create index %s: %w", path, err)
	}
	ix, err := newIndex(idx, path, opts, syn)
	if err != nil {
		return nil, err
	}
	ix.fresh = newFreshIndex()
	if err := ix.startBulk(); err != nil {
		idx.Close()
		return nil, err
	}
	return ix, nil
}

// Open opens an existing index. If another process holds it, Open fails
// after Options.LockTimeout with an error wrapping ErrLocked.
func Open(path string, opts Options) (*Index, error) {
	opts = opts.withDefaults()
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	syn := loadSynonyms(opts.SynonymsFile, opts.Logger)
	idx, err := bleve.OpenUsing(path, runtimeConfig(opts))
	if err != nil {
		if errors.Is(err, bolterrors.ErrTimeout) || strings.Contains(err.Error(), "timeout") {
			return nil, fmt.Errorf("open index %s: %w", path, ErrLocked)
		}
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	if v, err := idx.GetInternal([]byte(schemaKey)); err != nil || string(v) != schemaVersion {
		idx.Close()
		return nil, fmt.Errorf("open index %s: schema %q, want %q: %w", path, v, schemaVersion, ErrStaleIndex)
	}
	return newIndex(idx, path, opts, syn)
}

func runtimeConfig(opts Options) map[string]any {
	c := engine.ScorchConfig()
	c["bolt_timeout"] = opts.LockTimeout.String()
	return c
}

// loadSynonyms reads the synonyms file. Like the corpus's other data
// files, a missing or unreadable one means none, and a bad line is left
// out; each is logged as a warning naming the file (and line), and the
// index opens all the same.
func loadSynonyms(path string, log *slog.Logger) *query.Synonyms {
	if path == "" {
		return nil
	}
	syn, err := query.LoadSynonyms(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		log.Warn("no synonyms file: searching without synonyms", "path", path)
		return nil
	case err != nil:
		log.Warn("synonyms file unreadable: searching without synonyms", "path", path, "err", err)
		return nil
	}
	for _, p := range syn.Problems() {
		log.Warn("synonyms: line left out", "problem", p)
	}
	return syn
}

// ReloadSynonyms reads the synonyms file again: searches from now on use
// the new groups. Like Open, it logs a missing file or a bad line as a
// warning and goes on without it.
func (ix *Index) ReloadSynonyms() {
	ix.synonyms.Store(loadSynonyms(ix.opts.SynonymsFile, ix.log))
}

func newIndex(idx bleve.Index, path string, opts Options, syn *query.Synonyms) (*Index, error) {
	// bleve keeps this limit in a package variable; set it once, leaving
	// any stricter value the program chose.
	if searcher.DisjunctionMaxClauseCount == 0 || searcher.DisjunctionMaxClauseCount > MaxDisjunctionClauses {
		searcher.DisjunctionMaxClauseCount = MaxDisjunctionClauses
	}
	hl, err := newHighlighter()
	if err != nil {
		idx.Close()
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	ix := &Index{idx: idx, path: path, opts: opts, log: opts.Logger, highlighter: hl, words: query.NewAnalyser(), positions: engine.NewPositions()}
	ix.synonyms.Store(syn)
	dict, err := idx.GetInternal([]byte(engine.DictKey))
	if err != nil {
		idx.Close()
		return nil, fmt.Errorf("open index %s: read the body dictionary: %w", path, err)
	}
	codec, err := engine.NewBodyCodec(dict)
	if err != nil {
		idx.Close()
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	ix.body.Store(codec)
	return ix, nil
}

// Marker returns the marker of a query, with the index's synonyms.
func (ix *Index) Marker(q string) (*query.Marker, error) {
	m, err := query.NewMarker(q, query.Options{Synonyms: ix.synonyms.Load(), Words: ix.words})
	if err != nil {
		return nil, fmt.Errorf("%w: parameter \"q\": %w", ErrBadRequest, err)
	}
	return m, nil
}

// Close closes the index; every Apply that returned is on disk.
func (ix *Index) Close() error {
	closed, err := ix.finishBulk(true)
	if err != nil {
		ix.idx.Close()
		return fmt.Errorf("close index %s: %w", ix.path, err)
	}
	if closed { // by placing a bulk build's segments
		return nil
	}
	if err := ix.idx.Close(); err != nil {
		return fmt.Errorf("close index %s: %w", ix.path, err)
	}
	return nil
}

// Ping checks that the index is open and answers.
func (ix *Index) Ping(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	idx, err := ix.reader()
	if err != nil {
		return fmt.Errorf("ping index %s: %w", ix.path, err)
	}
	if _, err := idx.DocCount(); err != nil {
		return fmt.Errorf("ping index %s: %w", ix.path, err)
	}
	return nil
}
