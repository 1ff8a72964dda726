package engine

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"sync"

	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// TableFields are the facet fields the table holds: those of facetFields,
// the month and council_year (for Compare). A tally counts all of them;
// facets() reports the month only when the request names a year.
var TableFields = []string{FieldCouncil, FieldCommittee, FieldTopics, FieldYear, FieldMonth, FieldCouncilYear, FieldKind, FieldPeople}

// facetTable holds the facet values of every item of one index snapshot,
// by document number, so that counting a match is a few array reads
// instead of a doc-value lookup per field. Values are numbered across
// all fields: value v is term terms[v] of field TableFields[fields[v]].
type facetTable struct {
	terms  []string
	fields []uint8
	start  []uint32 // values of document n: vals[start[n]:start[n+1]]
	vals   facetValues
	front  bitSet // document n is a meeting's front record (DocFront)
}

// docNum is the document number of a match. Scorch, bleve's index type,
// numbers documents across a snapshot and encodes the number as 8 bytes.
func docNum(id index.IndexInternalID) (uint64, bool) {
	if len(id) != 8 {
		return 0, false
	}
	return binary.BigEndian.Uint64(id), true
}

// buildFacetTable reads the facet doc values of every item and front
// record of r once. A search's facets count the front records its words
// match, as its total does; compare counts items only (Tally.Fronts).
func buildFacetTable(ctx context.Context, r index.IndexReader) (*facetTable, error) {
	fronts, err := docNums(ctx, r, DocFront)
	if err != nil {
		return nil, fmt.Errorf("facet table: %w", err)
	}
	items, err := searcher.NewMultiTermSearcher(ctx, r, []string{DocItem, DocFront}, FieldType, 1, bsearch.SearcherOptions{Score: "none"}, false)
	if err != nil {
		return nil, fmt.Errorf("facet table: %w", err)
	}
	defer items.Close()
	dv, err := r.DocValueReader(TableFields)
	if err != nil {
		return nil, fmt.Errorf("facet table: %w", err)
	}
	fieldOf := map[string]uint8{}
	for i, f := range TableFields {
		fieldOf[f] = uint8(i)
	}
	t := &facetTable{start: []uint32{0}}
	ids := make([]map[string]uint32, len(TableFields))
	for i := range ids {
		ids[i] = map[string]uint32{}
	}
	visit := func(field string, term []byte) {
		f, ok := fieldOf[field]
		if !ok {
			return
		}
		v, ok := ids[f][string(term)]
		if !ok {
			v = uint32(len(t.terms))
			ids[f][string(term)] = v
			t.terms = append(t.terms, string(term))
			t.fields = append(t.fields, f)
		}
		t.vals.add(v)
	}
	sctx := &bsearch.SearchContext{DocumentMatchPool: bsearch.NewDocumentMatchPool(items.DocumentMatchPoolSize(), 0)}
	for {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("facet table: %w", err)
		}
		d, err := items.Next(sctx)
		if err != nil {
			return nil, fmt.Errorf("facet table: %w", err)
		}
		if d == nil {
			t.start = slices.Clip(slices.Clone(t.start))
			t.vals.trim()
			return t, nil
		}
		n, ok := docNum(d.IndexInternalID)
		if !ok {
			return nil, fmt.Errorf("facet table: unexpected document number %x (not a scorch index?)", d.IndexInternalID)
		}
		for uint64(len(t.start)) <= n { // documents before n: no values
			t.start = append(t.start, uint32(t.vals.len()))
		}
		if fronts[n] {
			t.front.set(n)
		}
		if err := dv.VisitDocValues(d.IndexInternalID, visit); err != nil {
			return nil, fmt.Errorf("facet table: %w", err)
		}
		t.start = append(t.start, uint32(t.vals.len()))
		sctx.DocumentMatchPool.Put(d)
	}
}

// docNums returns the document numbers of the documents of one type.
func docNums(ctx context.Context, r index.IndexReader, docType string) (map[uint64]bool, error) {
	s, err := searcher.NewTermSearcher(ctx, r, docType, FieldType, 1, bsearch.SearcherOptions{Score: "none"})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	out := map[uint64]bool{}
	sctx := &bsearch.SearchContext{DocumentMatchPool: bsearch.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d, err := s.Next(sctx)
		if err != nil || d == nil {
			return out, err
		}
		if n, ok := docNum(d.IndexInternalID); ok {
			out[n] = true
		}
		sctx.DocumentMatchPool.Put(d)
	}
}

// isFront reports whether document id is a meeting's front record.
func (t *facetTable) isFront(id index.IndexInternalID) bool {
	n, ok := docNum(id)
	return ok && t.front.has(n)
}

// span is where the values of document id are in vals: lo to hi.
func (t *facetTable) span(id index.IndexInternalID) (lo, hi uint32) {
	n, ok := docNum(id)
	if !ok || n+1 >= uint64(len(t.start)) {
		return 0, 0
	}
	return t.start[n], t.start[n+1]
}

// FacetTables keeps the tables of the latest snapshot searched: its
// facet values and its demotions (demotetable.go). A snapshot never
// changes; Apply and merges make new ones, and the next search builds
// their tables, each when first needed.
type FacetTables struct {
	mu     sync.Mutex
	reader index.IndexReader
	table  *facetTable
	demote *demoteTable
}

// at forgets the tables of an earlier snapshot than r. c.mu is held.
func (c *FacetTables) at(r index.IndexReader) {
	if c.reader != r {
		c.reader, c.table, c.demote = r, nil, nil
	}
}

func (c *FacetTables) get(ctx context.Context, r index.IndexReader) (*facetTable, error) {
	return snapshotTable(ctx, c, r, &c.table, buildFacetTable)
}

func (c *FacetTables) demotions(ctx context.Context, r index.IndexReader) (*demoteTable, error) {
	return snapshotTable(ctx, c, r, &c.demote, buildDemoteTable)
}

// snapshotTable returns the table of snapshot r that slot keeps, built
// when it is not built yet for r.
func snapshotTable[T any](ctx context.Context, c *FacetTables, r index.IndexReader, slot **T, build func(context.Context, index.IndexReader) (*T, error)) (*T, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.at(r)
	if *slot == nil {
		t, err := build(ctx, r)
		if err != nil {
			return nil, err
		}
		*slot = t
	}
	return *slot, nil
}

// Tally counts the facet values of the matches of one search.
type Tally struct {
	table  *facetTable
	counts []int
	Total  uint64 // matches counted
	// Fronts counts the values of the meetings' front records a search
	// matches, as a search's facets do (its total and hits hold them);
	// without it only items' values are counted, as compare counts items.
	Fronts bool
	// Each, when set, is also given the values of every match (compare
	// by committee counts pairs of values with it); vals is reused for
	// the next match.
	Each func(vals []uint32)
	buf  []uint32
}

func (t *Tally) start(table *facetTable) {
	t.table = table
	t.counts = make([]int, len(table.terms))
	t.Total = 0
}

func (t *Tally) add(id index.IndexInternalID) {
	t.Total++
	if !t.Fronts && t.table.isFront(id) {
		return
	}
	lo, hi := t.table.span(id)
	t.table.vals.count(lo, hi, t.counts)
	if t.Each != nil {
		t.buf = t.table.vals.appendRange(t.buf[:0], lo, hi)
		t.Each(t.buf)
	}
}

// Counted returns the values of field with a count above zero.
func (t *Tally) Counted(field string) []TermCount {
	var out []TermCount
	if t.table == nil {
		return out
	}
	for v, n := range t.counts {
		if n > 0 && TableFields[t.table.fields[v]] == field {
			out = append(out, TermCount{Term: t.table.terms[v], Count: n})
		}
	}
	return out
}

// TermCount is one facet value and how many matches have it.
type TermCount struct {
	Term  string
	Count int
}

// Value is the field and the term of value number v, one of the values a
// tally's Each is given.
func (t *Tally) Value(v uint32) (field, term string) {
	return TableFields[t.table.fields[v]], t.table.terms[v]
}
