package textenc

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// ErrBinary is returned for files whose bytes are not text.
var ErrBinary = errors.New("looks binary, not text")

// Text is a file's text and how it was read.
type Text struct {
	Text string // UTF-8, without a byte-order mark
	// Charset is the IANA name of the encoding the bytes were read in:
	// "utf-8", "utf-16le", "utf-16be", "windows-1252" or a web page's
	// declared one.
	Charset string
	// Note says how the file was read when it was not plain UTF-8, for
	// the indexer's warnings; "" for UTF-8.
	Note string
}

// Decode reads data as text. html says the file is a web page, whose
// <meta charset> is honoured when its bytes are not UTF-8.
func Decode(data []byte, html bool) (Text, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return checked(string(data[3:]), "utf-8", "")
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data, "utf-16le", "decoded as UTF-16")
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data, "utf-16be", "decoded as UTF-16")
	}
	if le, be := utf16Guess(data); le || be {
		enc, name := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
		if be {
			enc, name = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
		}
		if t, err := decodeWith(enc, data, name, "no byte-order mark: decoded as UTF-16 by its zero bytes"); err == nil {
			return t, nil
		}
	}
	if utf8.Valid(data) {
		return checked(string(data), "utf-8", "")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return Text{}, ErrBinary
	}
	if html {
		// DetermineEncoding answers the <meta> declaration in the first
		// 1,024 bytes, else its own guess of UTF-8 or Windows-1252, which
		// the lines around this one already decide.
		if enc, name, _ := charset.DetermineEncoding(data, "text/html"); name != "utf-8" && name != "windows-1252" {
			return decodeWith(enc, data, name, "not valid UTF-8: decoded as "+name+", as the page declares")
		}
	}
	return decodeWith(charmap.Windows1252, data, "windows-1252", "not valid UTF-8: decoded as Windows-1252")
}

// decodeWith decodes data with enc and checks the result is text.
func decodeWith(enc encoding.Encoding, data []byte, name, note string) (Text, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return Text{}, fmt.Errorf("decode %s: %w", strings.ToUpper(name), err)
	}
	return checked(string(out), name, note)
}

// checked is the Text, or ErrBinary when it does not look like text.
func checked(text, name, note string) (Text, error) {
	if looksBinary(text) {
		return Text{}, ErrBinary
	}
	return Text{Text: text, Charset: name, Note: note}, nil
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
