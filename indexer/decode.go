package indexer

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// errBinary is returned for text files whose bytes are not text.
var errBinary = errors.New("looks binary, not text")

// decodeText turns the bytes of a text file into a string: UTF-8 with or
// without a byte-order mark, UTF-16 with a byte-order mark, or
// Windows-1252 when the bytes are not valid UTF-8. The note says which
// decoding was used when it was not plain UTF-8.
func decodeText(data []byte) (text, note string, err error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", "", fmt.Errorf("decode UTF-16: %w", err)
		}
		if looksBinary(string(out)) {
			return "", "", errBinary
		}
		return string(out), "decoded as UTF-16", nil
	}
	if le, be := utf16Guess(data); le || be {
		order := unicode.LittleEndian
		if be {
			order = unicode.BigEndian
		}
		out, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(data)
		if err == nil && !looksBinary(string(out)) {
			return string(out), "no byte-order mark: decoded as UTF-16 by its zero bytes", nil
		}
	}
	if utf8.Valid(data) {
		if looksBinary(string(data)) {
			return "", "", errBinary
		}
		return string(data), "", nil
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", "", errBinary
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", fmt.Errorf("decode Windows-1252: %w", err)
	}
	if looksBinary(string(out)) {
		return "", "", errBinary
	}
	return string(out), "not valid UTF-8: decoded as Windows-1252", nil
}

// utf16Guess spots UTF-16 text without a byte-order mark: in English
// text nearly every other byte is zero, on the odd positions for little
// endian and the even ones for big endian.
func utf16Guess(data []byte) (le, be bool) {
	n := min(len(data), 4096) &^ 1
	if n < 8 {
		return false, false
	}
	var zeroOdd, zeroEven int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			zeroEven++
		}
		if data[i+1] == 0 {
			zeroOdd++
		}
	}
	half := n / 2
	return zeroOdd*10 >= half*9 && zeroEven*10 < half, zeroEven*10 >= half*9 && zeroOdd*10 < half
}

// looksBinary reports whether text has NUL bytes or more than 1% of
// control characters other than tab, newline, carriage return and form
// feed in its first 64 KB.
func looksBinary(s string) bool {
	if len(s) > 64<<10 {
		s = s[:64<<10]
	}
	control, total := 0, 0
	for _, r := range s {
		total++
		switch {
		case r == 0:
			return true
		case r == '\t', r == '\n', r == '\r', r == '\f':
		case r < 0x20, r == 0x7f, r == utf8.RuneError:
			control++
		}
	}
	return total > 0 && control*100 > total
}
