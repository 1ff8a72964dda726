package engine

import (
	"context"
	"fmt"
	"slices"

	index "github.com/blevesearch/bleve_index_api"
)

// The demotion of a match (demote.go) depends on the document alone: the
// length of its body's prose and whether it is procedural, a front
// record or a heading. Reading those from posting lists for every match
// cost a third of a broad query's CPU; demoteTable reads them once per
// index snapshot instead, for every document, as the facet table does
// its values, and a match then costs two array reads.

// Flags of a document in the demotion table.
const (
	flagProcedural uint8 = 1 << iota
	flagFront
	flagHeading
)

// demoteTable holds, by document number, the norm of the longest body
// field holding prose (0: none; bleve keeps a posting's norm as the
// float32 1/sqrt(field length), so this is lossless) and the flags.
type demoteTable struct {
	norms []float32
	flags []uint8
}

// buildDemoteTable walks the postings of CommonTerms in bodyFields and
// those of the procedural, heading and front records of r once.
func buildDemoteTable(ctx context.Context, r index.IndexReader) (*demoteTable, error) {
	t := &demoteTable{}
	grow := func(n uint64) {
		for uint64(len(t.norms)) <= n {
			t.norms = append(t.norms, 0)
			t.flags = append(t.flags, 0)
		}
	}
	for _, f := range bodyFields {
		for _, term := range CommonTerms {
			err := walkPostings(ctx, r, term, f, true, func(n uint64, norm float64) {
				grow(n)
				// the longest field has the smallest norm
				if m := float32(norm); m > 0 && (t.norms[n] == 0 || m < t.norms[n]) {
					t.norms[n] = m
				}
			})
			if err != nil {
				return nil, fmt.Errorf("demotion table, %s in %s: %w", term, f, err)
			}
		}
	}
	for _, fl := range []struct {
		field, term string
		flag        uint8
	}{{FieldProcedural, "T", flagProcedural}, {FieldType, DocFront, flagFront}, {FieldHeadingItem, "T", flagHeading}} {
		err := walkPostings(ctx, r, fl.term, fl.field, false, func(n uint64, _ float64) {
			grow(n)
			t.flags[n] |= fl.flag
		})
		if err != nil {
			return nil, fmt.Errorf("demotion table, %s: %w", fl.field, err)
		}
	}
	// appending left up to a quarter spare: the table is kept
	t.norms, t.flags = slices.Clip(slices.Clone(t.norms)), slices.Clip(slices.Clone(t.flags))
	return t, nil
}

// walkPostings calls fn with the document number (and, with norms, the
// norm) of every posting of term in field.
func walkPostings(ctx context.Context, r index.IndexReader, term, field string, norms bool, fn func(n uint64, norm float64)) error {
	tfr, err := r.TermFieldReader(ctx, []byte(term), field, false, norms, false)
	if err != nil {
		return err
	}
	defer tfr.Close()
	var d index.TermFieldDoc
	for i := 0; ; i++ {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		next, err := tfr.Next(d.Reset())
		if err != nil {
			return err
		}
		if next == nil {
			return nil
		}
		n, ok := docNum(next.ID)
		if !ok {
			return fmt.Errorf("unexpected document number %x (not a scorch index?)", next.ID)
		}
		fn(n, next.Norm)
	}
}

// of is what the demotion of document id reads: the tokens of prose of
// its body and its flags (none for a document the table does not hold).
func (t *demoteTable) of(id index.IndexInternalID) (tokens float64, flags uint8) {
	n, ok := docNum(id)
	if !ok || n >= uint64(len(t.norms)) {
		return 0, 0
	}
	if m := float64(t.norms[n]); m > 0 {
		tokens = 1 / (m * m)
	}
	return tokens, t.flags[n]
}
