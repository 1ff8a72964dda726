package search

import (
	"context"
	"errors"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search/query"
	"github.com/councilminutes/minutes/search/schema"
)

// Sort orders accepted in Request.Sort.
const (
	SortRelevance = "relevance"
	SortDate      = "date"  // oldest first
	SortDateDesc  = "-date" // newest first
)

// Limits on what a caller may ask for.
const (
	DefaultSize    = 20
	MaxSize        = 100
	MaxQueryLength = 1000
	MaxPage        = 500 // deepest page reachable with Page; deeper needs After
	// MinYear and MaxYear bound the from and to filters: the index keeps
	// dates as nanoseconds from 1970, which reach September 1677 to April
	// 2262.
	MinYear = 1678
	MaxYear = 2261
)

// ErrBadRequest marks errors caused by what the caller sent (a malformed
// query, an unknown sort, a bad date). The web layer answers them with 400.
var ErrBadRequest = errors.New("bad request")

// ErrNotFound marks a missing item, meeting or council. The web layer answers
// it with 404.
var ErrNotFound = errors.New("not found")

// Request is one search: the query string, its filters, ordering and page.
// Its JSON names are only for the tests' tables of searches
// (testdata/searches.json); the API reads a request from its parameters
// (web/params.go).
type Request struct {
	Query         string   `json:"q"`
	Councils      []string `json:"council,omitempty"`   // council slugs, ORed
	Committees    []string `json:"committee,omitempty"` // committee slugs, ORed
	Topics        []string `json:"topic,omitempty"`     // topic slugs, ORed
	From          string   `json:"from,omitempty"`      // YYYY, YYYY-MM or YYYY-MM-DD, inclusive
	To            string   `json:"to,omitempty"`        // YYYY, YYYY-MM or YYYY-MM-DD, inclusive
	DecisionsOnly bool     `json:"decisions,omitempty"` // match only the decision text
	Year          string   `json:"year,omitempty"`      // adds a month facet within this year
	Sort          string   `json:"sort,omitempty"`      // relevance (default), date, -date
	Page          int      `json:"page"`                // from 1
	Size          int      `json:"size"`                // default DefaultSize, at most MaxSize
	Group         string   `json:"group,omitempty"`     // "" or "meeting"
	After         []string `json:"after,omitempty"`     // search_after sort key of the last hit seen
	// RelativeTo ("after" or "before"), with WithinMonths (0:
	// DefaultWithinMonths), keeps only items within that many months after
	// or before an inspection of the item's own council
	// (Options.Inspections) that Judgement and SubJudgements select (empty:
	// any). Without RelativeTo, Judgement and SubJudgements keep the
	// councils with at least one inspection so judged.
	RelativeTo   string `json:"relative_to,omitempty"`
	Judgement    string `json:"judgement,omitempty"`
	WithinMonths int    `json:"within_months,omitempty"`
	inspections.SubJudgements
	// Regions and Types keep the councils of the register
	// (Options.Register) in those regions and of those types (slugs:
	// "north-west", "unitary-authority"), ORed within each.
	Regions []string `json:"region,omitempty"`
	Types   []string `json:"type,omitempty"`
	// People keeps the items of these people (keys, as person:), ORed;
	// Kinds the items of these kinds of paper (schema.Kinds), ORed.
	People []string `json:"person,omitempty"`
	Kinds  []string `json:"kind,omitempty"`
	// NeighboursOf keeps a council of the register and its statistical
	// neighbours.
	NeighboursOf string `json:"neighbours_of,omitempty"`
	// Moved ("inadequate..good") keeps the councils whose overall
	// judgement moved so between two consecutive inspections.
	Moved string `json:"moved,omitempty"`
	// Undated keeps only the items whose meeting date is unknown (the
	// "unknown" value of the year facet); not with From or To.
	Undated bool `json:"undated,omitempty"`
	// Highlight asks for <mark>ed snippets (true for every API answer).
	Highlight bool `json:"-"`
}

// Result is the answer to a Request: a page of hits (or of meetings, for
// Group "meeting") and the facets of every match.
type Result struct {
	Query  string
	Total  uint64
	TookMS float64
	Page   int
	Size   int
	Hits   []Hit
	Facets map[string][]Facet
	// Groups is filled instead of Hits when Request.Group is "meeting".
	Groups []Group
	// TotalGroups is the number of meetings with matching items (group=meeting),
	// counted over the first GroupScanLimit matching items.
	TotalGroups int
	// Next is the search_after key for the page after this one, if any.
	Next []string
	// Notes explain the result, e.g. what an inspection-relative filter
	// kept, or why it leaves nothing, or that the query was relaxed.
	Notes []string
	// Relaxed is true when too few items held every word of the query
	// (fewer than 3): the answer is then the items holding most of them,
	// those holding more first, and Total counts those. AllWordsTotal is
	// how many hold every word; Dropped lists the words some hit lacks.
	Relaxed       bool
	AllWordsTotal uint64
	Dropped       []string
	// Suggestions offer other words for the query's words that find
	// little: spellings in the index one edit away, synonyms.
	Suggestions []Suggestion
}

// Suggestion is what might be searched instead of one word of the query.
type Suggestion struct {
	Word      string
	Spellings []string // words in the index one edit away, most frequent first
	Synonyms  []string // members of synonym groups that use the word
}

// Hit is one matching agenda item.
type Hit struct {
	ID            string
	MeetingID     string
	CouncilSlug   string
	CouncilName   string // display name
	CommitteeSlug string
	CommitteeName string
	Date          string // YYYY-MM-DD or ""
	ItemNumber    string
	Title         string
	Snippets      []string // HTML-escaped, matches in <mark>
	Topics        []string
	Score         float64
	// Similarity is, for similar items, the share of the item's distinctive
	// terms (weighted by rarity) this one contains, 0 to 1.
	Similarity float64
	// Missing lists the words of a relaxed query this item lacks.
	Missing []string
	// Kind is the kind of paper the item is from: minutes, agenda,
	// report or decision (schema.Kinds).
	Kind string
	// SourcePath is the item's source file, relative to the corpus, and
	// CouncilURL the council's own URL for the minutes ("" when unknown):
	// what the web layer makes the link to its minutes of (web/routes.go).
	SourcePath string
	CouncilURL string
}

// Group is one meeting with its matching items, for group=meeting.
type Group struct {
	MeetingID     string
	CouncilSlug   string
	CouncilName   string
	CommitteeSlug string
	CommitteeName string
	Date          string
	Score         float64
	Total         int // matching items in this meeting
	Hits          []Hit
}

// Facet is one value of a facet with its count over the whole result set.
// The region and type facets count the items of councils in the register.
type Facet struct {
	Value string
	Label string
	Count int
	// Parent is, for a topic, the slug of its family (itself a value of
	// the topic facet); "" for a family and for other facets.
	Parent string
}

// ItemDetail is one item in full: all Hit fields plus the text, the
// decisions and its neighbours.
type ItemDetail struct {
	Hit
	Agenda    string
	Text      string
	Decisions []string
	PrevID    string
	NextID    string
	Truncated bool
	Venue     string
	// TopicLabels are the display labels of Topics, in the same order.
	TopicLabels []string
	// Details are the decisions as data, one per entry of Decisions:
	// kind, mover, seconder, votes, outcome.
	Details []schema.Decision
	// People are those the item names acting: who moved, seconded,
	// voted or is named (schema.Item.People).
	People []schema.Person
}

// MeetingDetail is one meeting with its items in order.
type MeetingDetail struct {
	schema.Meeting
	// CouncilName is the council's name as the index labels it (the
	// register's or the corpus's), which may differ from the name the
	// minutes print (Meeting.Council).
	CouncilName string
}

// Council summarises one council: its meetings, items and committees, and
// its entry in the register.
type Council struct {
	Slug       string
	Name       string
	Meetings   int
	Items      int
	FirstDate  string
	LastDate   string
	Committees []CommitteeSummary
	// MeetingList is the council's meetings, newest first (for its page).
	MeetingList []MeetingSummary
	// Register is the council's entry in the register of children's
	// services authorities (Options.Register), nil for a council outside it.
	Register *inspections.Authority
	// Inspections counts the council's inspections in Options.Inspections;
	// Latest is the latest of them.
	Inspections int
	Latest      *inspections.Inspection
}

// CommitteeSummary is one committee of a council.
type CommitteeSummary struct {
	Slug     string
	Name     string
	Meetings int
}

// MeetingSummary is one line of a council's meeting timeline.
type MeetingSummary struct {
	ID            string
	Date          string
	CommitteeSlug string
	CommitteeName string
	Items         int
}

// CompareRequest asks for matching items per council (or committee) per
// period.
type CompareRequest struct {
	Request        // query and filters; paging is ignored
	By      string `json:"by"`  // ByCouncil or ByCommittee (which needs councils chosen)
	Per     string `json:"per"` // "year" or "months_since_inspection" (PerMonthsSinceInspection)
}

// CompareResult is the council x year matrix for a query.
type CompareResult struct {
	Query   string
	By      string
	Per     string
	Periods []string // column labels, ascending
	Rows    []CompareRow
	// Unaligned lists, for per=months_since_inspection, the councils with
	// matching items but no recorded inspection to align on (no cells).
	Unaligned []CompareRow
	// Focus is the council whose statistical neighbours are compared
	// (neighbours_of), "" otherwise.
	Focus string
	// NoMinutes lists the councils the filters name (a region, a type,
	// neighbours, a cohort) that have no items in the index: they are
	// missing from the rows, not low.
	NoMinutes []CompareRow
	// Notes explain the figures (the alignment, what was left out).
	Notes []string
}

// CompareRow is one council's line of the matrix, or, by committee, one
// committee's.
type CompareRow struct {
	Key   string // council slug; by committee, the committee slug (of several councils: "council/committee")
	Label string
	// CouncilSlug, CouncilName, CommitteeSlug and CommitteeName name a
	// committee's row (by committee); empty by council.
	CouncilSlug   string
	CouncilName   string
	CommitteeSlug string
	CommitteeName string
	Cells         []CompareCell // one per period, same order as Periods
	Total         int
	// Anchor is the inspection the row is aligned on
	// (per=months_since_inspection).
	Anchor *inspections.Inspection
	// Population is the council's residents aged 0 to 25 (register), 0
	// when not known; cells then have no Per10k.
	Population int
}

// CompareCell is the count of matching items, the council's items in that
// period, and the share (count/items, 0 when items is 0).
type CompareCell struct {
	Period string
	Count  int
	Items  int
	Share  float64
	// Per10k is the count per 10,000 of the council's residents aged 0 to
	// 25 (CompareRow.Population); nil when the population is not known.
	Per10k *float64
	// FirstYear and LastYear are the calendar years the cell's items fall
	// in, for per=months_since_inspection (per=year cells cover Period).
	FirstYear string
	LastYear  string
	// Thin is true when the council's record for a year of the cell is
	// too thin to compare (search/coverage.ThinReason), so a low share may be
	// missing minutes rather than low concern; ThinReason says why. The
	// web layer fills them from coverage.
	Thin       bool
	ThinReason string
}

// Searcher is what the web layer needs from the search layer. The bleve
// implementation is *Index; tests may use others.
type Searcher interface {
	Search(ctx context.Context, req Request) (*Result, error)
	Item(ctx context.Context, id string) (*ItemDetail, error)
	Meeting(ctx context.Context, id string) (*MeetingDetail, error)
	Councils(ctx context.Context) ([]Council, error)
	Council(ctx context.Context, slug string) (*Council, error)
	Compare(ctx context.Context, req CompareRequest) (*CompareResult, error)
	Similar(ctx context.Context, id string, otherCouncils bool, size int) ([]Hit, error)
	// Marker finds the words of a text that a query matches, as searches
	// match them, for pages to mark (query.Marker).
	Marker(q string) (*query.Marker, error)
	Ping(ctx context.Context) error
}
