package engine

import (
	"bytes"
	"context"
	"fmt"
	"math"

	index "github.com/blevesearch/bleve_index_api"
)

// An item whose body is empty or a few words (a heading the extraction
// cut off from its text, a chart's caption, a column of figures) says
// nothing about its subject but its title, and its title is short, so it
// would outrank every item that discusses the subject. The ranking
// multiplies its score by a factor that grows with the words of prose in
// its body (ProseFactor), read from the norms of the commonest words'
// postings: bleve keeps each posting's field length, and an item's prose
// holds at least one of CommonTerms. A body with none of them is not
// prose, whatever its length.

// Body fields and the prose factor's bounds.
const (
	// fullProse is how many tokens of prose an item's body needs for
	// its score to be kept whole. Tokens count a word once and its stem
	// again, so 40 tokens are about 30 words: a short paragraph.
	fullProse = 40
	// thinFloor is the factor of an item with no prose at all.
	thinFloor = 0.1
)

// bodyFields are the fields that hold an item's body.
var bodyFields = []string{FieldText, FieldDecisions, FieldAgenda}

// ProseFactor is the factor of an item whose body holds tokens tokens of
// prose: thinFloor for none, rising in a straight line to 1 at fullProse.
func ProseFactor(tokens float64) float64 {
	if tokens >= fullProse {
		return 1
	}
	return thinFloor + (1-thinFloor)*tokens/fullProse
}

// bodyLengths reads the length of the body of matches in increasing
// document order, walking the postings of CommonTerms in bodyFields once.
// A term's postings are opened when first needed: most bodies hold "the".
type bodyLengths struct {
	cursors []*normCursor
}

func newBodyLengths(ctx context.Context, r index.IndexReader) *bodyLengths {
	b := &bodyLengths{}
	for _, f := range bodyFields {
		for _, term := range CommonTerms {
			b.cursors = append(b.cursors, &normCursor{ctx: ctx, ir: r, field: f, term: term})
		}
	}
	return b
}

// tokens is the length in tokens of the longest body field of document id
// that holds prose; 0 when none does. It stops once a field of enough
// tokens is found. A field's length is the same in each of its postings,
// so the first common word found in a field gives it.
func (b *bodyLengths) tokens(id index.IndexInternalID, enough float64) (float64, error) {
	longest := 0.0
	for f := range bodyFields {
		for _, c := range b.cursors[f*len(CommonTerms) : (f+1)*len(CommonTerms)] {
			n, err := c.norm(id)
			if err != nil {
				return 0, err
			}
			if n > 0 {
				longest = math.Max(longest, 1/(n*n))
				break
			}
		}
		if longest >= enough {
			break
		}
	}
	return longest, nil
}

func (b *bodyLengths) Close() error {
	var err error
	for _, c := range b.cursors {
		if c.r == nil {
			continue
		}
		if cerr := c.r.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

// normCursor walks one term's postings, answering the norm of the posting
// of each document asked for in increasing order (0: the document does not
// hold the term).
type normCursor struct {
	ctx         context.Context
	ir          index.IndexReader
	field, term string
	r           index.TermFieldReader // nil until first needed
	at          index.TermFieldDoc
	done        bool
}

func (c *normCursor) norm(id index.IndexInternalID) (float64, error) {
	if c.done {
		return 0, nil
	}
	if c.r == nil {
		r, err := c.ir.TermFieldReader(c.ctx, []byte(c.term), c.field, false, true, false)
		if err != nil {
			return 0, fmt.Errorf("body lengths of %s: %w", c.field, err)
		}
		c.r = r
	}
	if c.at.ID == nil || bytes.Compare(c.at.ID, id) < 0 {
		d, err := c.r.Advance(id, c.at.Reset())
		if err != nil {
			return 0, err
		}
		if d == nil {
			c.done = true
			return 0, nil
		}
		if d != &c.at {
			c.at = *d
		}
	}
	if bytes.Equal(c.at.ID, id) {
		return c.at.Norm, nil
	}
	return 0, nil
}
