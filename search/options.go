package search

import (
	"log/slog"
	"time"

	"github.com/councilminutes/minutes/inspections"
)

// Options configure an Index. The zero value works: no synonyms, labels
// taken from the indexed meetings, 5 s search deadline, 1 s lock wait.
type Options struct {
	// SynonymsFile is the synonyms file (corpus/synonyms.txt); "" for none.
	// It is read when the index is opened: edits need no re-indexing.
	SynonymsFile string
	// TopicLabels maps topic slugs to display labels for the topic facet.
	TopicLabels map[string]string
	// TopicFamilies maps each topic's slug to its family's slug (topics
	// come in families: planning applications in planning), so that the
	// topic facet can show each topic under its family.
	TopicFamilies map[string]string
	// CouncilNames maps council slugs to display names, overriding the
	// names recorded in the minutes.
	CouncilNames map[string]string
	// SearchTimeout bounds every search (default DefaultSearchTimeout).
	SearchTimeout time.Duration
	// LockTimeout is how long Open waits for another process's lock on
	// the index before failing with ErrLocked (default 1 s).
	LockTimeout time.Duration
	// Inspections are the sourced inspections (research.LoadRecord)
	// that Request.RelativeTo, the cohort filters and Compare
	// per=months_since_inspection use, by the councils' slugs.
	Inspections []inspections.Inspection
	// Register is the register of children's services authorities
	// (research.LoadRecord), with the councils' slugs (see
	// inspections.Register.Adopt): region and type facets and filters,
	// neighbours, population, and every authority listed by Councils
	// whether or not it has minutes indexed. nil: none.
	Register *inspections.Register
	// Logger receives warnings; nil means slog.Default().
	Logger *slog.Logger
}

// Defaults of Options.
const (
	DefaultSearchTimeout = 5 * time.Second
	DefaultLockTimeout   = time.Second
	// MaxDisjunctionClauses caps the terms one prefix or query may expand
	// to (bleve's searcher.DisjunctionMaxClauseCount).
	MaxDisjunctionClauses = 1024
)

func (o Options) withDefaults() Options {
	if o.SearchTimeout <= 0 {
		o.SearchTimeout = DefaultSearchTimeout
	}
	if o.LockTimeout <= 0 {
		o.LockTimeout = DefaultLockTimeout
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o
}
