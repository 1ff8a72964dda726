package engine

import (
	"encoding/binary"
	"errors"
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
