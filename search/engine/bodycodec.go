package engine

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/klauspost/compress/zstd"

	"github.com/councilminutes/minutes/search/schema"
)

// Every document stores one field: its record, compressed with zstd
// against a dictionary of the index's own text (record.go). An item's
// record holds the fields of a hit and its body (agenda text, minute and
// decisions); a meeting's holds the meeting as JSON, its items without
// their bodies (meetingDocument), which are joined back when a meeting is
// read. So an item's text is kept once. Bleve's own stored fields are
// compressed one document at a time with snappy, which leaves agenda
// items (a few kilobytes each) at three quarters of their size, and add a
// few bytes of field metadata per value; a dictionary made of the first
// texts indexed takes them to about a third.

// ItemBody is an item's text: what its record holds beside the fields of
// a hit (record.go).
type ItemBody struct {
	Agenda    string
	Text      string
	Decisions []string
}

// Record formats, the first byte of a stored record.
const (
	bodyPlain = 1 // zstd without a dictionary
	bodyDict  = 2 // zstd with the index's dictionary
)

// DictKey is the internal key of the index's compression dictionary. It
// is written in the first batch that holds enough text, with the bodies
// compressed with it, and never changes after: every body compressed with
// it must stay readable.
const DictKey = "minutes:dict"

// Dictionary making: slices of this many bytes from the texts of the first
// batch, up to dictSize in all, then whole records of that batch (a
// meeting's JSON, an item's fields without its body) up to dictRecords,
// so that the names, paths and JSON keys every record repeats are matched
// from the dictionary: a meeting's record is half the size with them. A
// batch with less text than dictMinText writes its bodies without a
// dictionary and leaves the choice to a later batch.
const (
	dictSize    = 64 << 10
	dictSlice   = 400
	dictMinText = 16 << 10
	dictRecords = 8 << 10
)

// BodyCodec compresses and decompresses bodies, with a dictionary or
// without. It is safe for concurrent use and never changes.
type BodyCodec struct {
	enc *zstd.Encoder
	dec *zstd.Decoder
	raw []byte // the dictionary, nil for none
}

// NewBodyCodec makes a codec with the dictionary raw (nil: none).
func NewBodyCodec(raw []byte) (*BodyCodec, error) {
	eopts := []zstd.EOption{zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderCRC(false), zstd.WithZeroFrames(true)}
	dopts := []zstd.DOption{zstd.WithDecoderConcurrency(0)}
	if raw != nil {
		eopts = append(eopts, zstd.WithEncoderDictRaw(1, raw))
		dopts = append(dopts, zstd.WithDecoderDictRaw(1, raw))
	}
	enc, err := zstd.NewWriter(nil, eopts...)
	if err != nil {
		return nil, fmt.Errorf("body encoder: %w", err)
	}
	dec, err := zstd.NewReader(nil, dopts...)
	if err != nil {
		return nil, fmt.Errorf("body decoder: %w", err)
	}
	return &BodyCodec{enc: enc, dec: dec, raw: raw}, nil
}

// makeDict builds a dictionary from slices of texts and then records, or
// returns nil when the texts are too short to make one worth having.
// Records come last, whole and in the order given, while they fit in
// dictRecords: the end of a dictionary is nearest to what is compressed,
// so its matches cost the fewest bits.
func makeDict(texts []string, records [][]byte) []byte {
	if textBytes(texts) < dictMinText {
		return nil
	}
	// an even spread of the texts, a slice of each
	step := max(1, len(texts)*dictSlice/dictSize)
	var out []byte
	for i := 0; i < len(texts) && len(out) < dictSize; i += step {
		t := texts[i]
		out = append(out, t[:min(len(t), dictSlice)]...)
	}
	out = out[:min(len(out), dictSize)]
	used := 0
	for _, r := range records {
		if used+len(r) > dictRecords {
			break
		}
		out = append(out, r...)
		used += len(r)
	}
	return out
}

func textBytes(texts []string) int {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return n
}

// Compress returns the stored form of raw.
func (c *BodyCodec) Compress(raw []byte) []byte {
	format := byte(bodyPlain)
	if c.raw != nil {
		format = bodyDict
	}
	return c.enc.EncodeAll(raw, []byte{format})
}

// Decompress reads back what Compress stored.
func (c *BodyCodec) Decompress(stored []byte) ([]byte, error) {
	switch {
	case len(stored) == 0:
		return nil, errors.New("empty stored record")
	case stored[0] == bodyDict && c.raw == nil:
		return nil, errors.New("record compressed with a dictionary the index does not hold")
	case stored[0] != bodyDict && stored[0] != bodyPlain:
		return nil, fmt.Errorf("unknown record format %d", stored[0])
	}
	raw, err := c.dec.DecodeAll(stored[1:], nil)
	if err != nil {
		return nil, fmt.Errorf("decompress record: %w", err)
	}
	return raw, nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func readString(b []byte) (string, []byte, bool) {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)-k) {
		return "", nil, false
	}
	return string(b[k : k+int(n)]), b[k+int(n):], true
}

// BatchCodec returns the codec for the bodies of a batch of meetings: the
// index's, or, while the index has no dictionary, a codec with one made
// from the batch's texts and the records that records returns, a sample
// of the batch's records as they are stored before compression (then
// dict is that dictionary, for the batch to store).
func BatchCodec(current *BodyCodec, meetings []*schema.Meeting, records func() [][]byte) (c *BodyCodec, dict []byte, err error) {
	if current.raw != nil {
		return current, nil, nil
	}
	var texts []string
	for _, m := range meetings {
		if m == nil {
			continue
		}
		for _, it := range m.Items {
			for _, t := range append([]string{it.Agenda, it.Text}, it.Decisions...) {
				if t != "" {
					texts = append(texts, t)
				}
			}
		}
	}
	if textBytes(texts) < dictMinText {
		return current, nil, nil
	}
	dict = makeDict(texts, records())
	if dict == nil {
		return current, nil, nil
	}
	c, err = NewBodyCodec(dict)
	return c, dict, err
}
