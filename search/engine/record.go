package engine

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync/atomic"

	index "github.com/blevesearch/bleve_index_api"
)

// ItemRecord is what an item's document stores (FieldRecord): the fields
// of a hit and the item's body, as one compressed value.
type ItemRecord struct {
	File, Council, CouncilName, Committee, CommitteeName string
	Date, Number, Title, SourceURL                       string
	Heading                                              bool // Title is a heading line (search/heading.go)
	Topics                                               []string
	Body                                                 ItemBody
	Kind                                                 string // the kind of paper; "" is minutes
}

// Marshal encodes r: its strings with their lengths, in a fixed order.
func (r *ItemRecord) Marshal() []byte {
	var b []byte
	for _, s := range []string{r.File, r.Council, r.CouncilName, r.Committee, r.CommitteeName, r.Date, r.Number, r.Title, r.SourceURL, r.Body.Agenda, r.Body.Text} {
		b = appendString(b, s)
	}
	heading := byte(0)
	if r.Heading {
		heading = 1
	}
	b = append(b, heading)
	b = appendList(b, r.Topics)
	b = appendList(b, r.Body.Decisions)
	return appendString(b, r.Kind)
}

var errTruncated = errors.New("truncated stored record")

// Unmarshal decodes what Marshal encoded.
func (r *ItemRecord) Unmarshal(b []byte) error {
	for _, to := range []*string{&r.File, &r.Council, &r.CouncilName, &r.Committee, &r.CommitteeName, &r.Date, &r.Number, &r.Title, &r.SourceURL, &r.Body.Agenda, &r.Body.Text} {
		var ok bool
		if *to, b, ok = readString(b); !ok {
			return errTruncated
		}
	}
	if len(b) == 0 {
		return errTruncated
	}
	r.Heading, b = b[0] == 1, b[1:]
	var ok bool
	if r.Topics, b, ok = readList(b); !ok {
		return errTruncated
	}
	if r.Body.Decisions, b, ok = readList(b); !ok {
		return errTruncated
	}
	if r.Kind, _, ok = readString(b); !ok {
		return errTruncated
	}
	return nil
}

// appendList encodes a list: 0 for nil, else one more than its length,
// then its strings, so that nil and empty lists read back as they were.
func appendList(b []byte, list []string) []byte {
	n := 0
	if list != nil {
		n = len(list) + 1
	}
	b = binary.AppendUvarint(b, uint64(n))
	for _, s := range list {
		b = appendString(b, s)
	}
	return b
}

func readList(b []byte) ([]string, []byte, bool) {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return nil, nil, false
	}
	b = b[k:]
	if n == 0 {
		return nil, b, true
	}
	out := make([]string, 0, n-1)
	for range n - 1 {
		var s string
		var ok bool
		if s, b, ok = readString(b); !ok {
			return nil, nil, false
		}
		out = append(out, s)
	}
	return out, b, true
}

// RecordTexts reads an item's body fields back from its record, for the
// phrases whose stop words the index keeps without positions
// (textfield.go, query.FieldTexts). Codec is the index's, read at each use
// (its dictionary comes with the first batch that has enough text).
type RecordTexts struct {
	Codec *atomic.Pointer[BodyCodec]
}

// FieldValues implements query.FieldTexts for the agenda, text and
// decisions fields.
func (t RecordTexts) FieldValues(r index.IndexReader, id index.IndexInternalID, field string) ([]string, error) {
	ext, err := r.ExternalID(id)
	if err != nil {
		return nil, fmt.Errorf("read the record of a match: %w", err)
	}
	doc, err := r.Document(ext)
	switch {
	case err != nil:
		return nil, fmt.Errorf("read the record of %s: %w", ext, err)
	case doc == nil:
		return nil, fmt.Errorf("read the record of %s: no such document", ext)
	}
	var stored []byte
	doc.VisitFields(func(f index.Field) {
		if f.Name() == FieldRecord {
			stored = f.Value()
		}
	})
	raw, err := t.Codec.Load().Decompress(stored)
	if err != nil {
		return nil, fmt.Errorf("read the record of %s: %w", ext, err)
	}
	var rec ItemRecord
	if err := rec.Unmarshal(raw); err != nil {
		return nil, fmt.Errorf("read the record of %s: %w", ext, err)
	}
	switch field {
	case FieldAgenda:
		return []string{rec.Body.Agenda}, nil
	case FieldText:
		return []string{rec.Body.Text}, nil
	case FieldDecisions:
		return rec.Body.Decisions, nil
	}
	return nil, fmt.Errorf("read the record of %s: field %s is not in it", ext, field)
}
