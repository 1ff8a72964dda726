package pdftext

import (
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
)

// What a font's codes mean, where the PDF library reads them wrong: it
// uses a font's ToUnicode CMap only when the font has no /Encoding or an
// Identity one (a font with /WinAnsiEncoding or /Differences and a
// ToUnicode map of its own is read by the encoding), it ignores a
// /Differences array's /BaseEncoding, and it knows no glyph name built as
// the Adobe Glyph List specifies ("uni0066", "u1F600", "f_i", "a.sc"), so
// such codes come out as control characters. The order here is the
// specification's: the ToUnicode map, then the encoding's differences,
// then its base encoding, then the library.

// maxCMapEntries bounds the codes one ToUnicode CMap maps: a CMap's ranges
// of four-byte codes could otherwise fill memory from a small stream.
const maxCMapEntries = 1 << 17

// errCMapFull ends a CMap that maps more than maxCMapEntries codes; what
// was read before is kept.
var errCMapFull = errors.New("ToUnicode CMap maps too many codes")

// parseToUnicode reads a ToUnicode CMap's bfchar and bfrange sections into
// a map from a code's bytes to its text. It reads what it can of a broken
// CMap and returns it with the error that ended it.
func parseToUnicode(r io.Reader) (map[string]string, error) {
	out := make(map[string]string)
	lx := newLexer(r)
	for {
		op, args, err := lx.next()
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return out, err
		}
		switch op {
		case "endbfchar":
			for i := 0; i+1 < len(args); i += 2 {
				if args[i].kind == kindString && args[i+1].kind == kindString {
					out[args[i].str] = utf16Text(args[i+1].str)
				}
			}
		case "endbfrange":
			for i := 0; i+2 < len(args); i += 3 {
				if err := cmapRange(out, args[i], args[i+1], args[i+2]); err != nil {
					return out, err
				}
			}
		}
		if len(out) > maxCMapEntries {
			return out, errCMapFull
		}
	}
}

// cmapRange adds one bfrange entry: codes lo to hi (which differ in their
// last byte only) mapped either to dst and the texts after it (dst's last
// UTF-16 unit counting up) or to the strings of an array, one each.
func cmapRange(out map[string]string, lo, hi, dst operand) error {
	if lo.kind != kindString || hi.kind != kindString || len(lo.str) != len(hi.str) || len(lo.str) == 0 {
		return nil
	}
	n := len(lo.str)
	if lo.str[:n-1] != hi.str[:n-1] || lo.str[n-1] > hi.str[n-1] {
		return nil
	}
	prefix := lo.str[:n-1]
	for i, c := 0, int(lo.str[n-1]); c <= int(hi.str[n-1]); i, c = i+1, c+1 {
		if len(out) > maxCMapEntries {
			return errCMapFull
		}
		code := prefix + string([]byte{byte(c)})
		switch dst.kind {
		case kindArray:
			if i < len(dst.items) && dst.items[i].kind == kindString {
				out[code] = utf16Text(dst.items[i].str)
			}
		case kindString:
			units := utf16Units(dst.str)
			if len(units) == 0 {
				continue
			}
			units[len(units)-1] += uint16(i)
			out[code] = string(utf16.Decode(units))
		}
	}
	return nil
}

func utf16Units(b string) []uint16 {
	units := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		units = append(units, uint16(b[i])<<8|uint16(b[i+1]))
	}
	return units
}

// utf16Text decodes a CMap's destination, UTF-16BE; a lone byte (which
// some writers emit) is read as the character it codes.
func utf16Text(b string) string {
	if len(b) == 1 {
		return string(rune(b[0]))
	}
	return string(utf16.Decode(utf16Units(b)))
}

// simpleEncoding is a simple font's /Encoding dictionary: the glyph names
// of its /Differences, by code, and its base encoding.
type simpleEncoding struct {
	names map[byte]string
	base  *charmap.Charmap // nil: the library's reading
}

// decode returns the text of code by the encoding's differences or its
// base, and false where it leaves the code to the library.
func (e *simpleEncoding) decode(code byte) (string, bool) {
	if name, ok := e.names[code]; ok {
		return glyphText(name)
	}
	if e.base != nil && code >= 0x80 {
		return string(e.base.DecodeByte(code)), true
	}
	return "", false
}

// baseEncodings are the base encodings a /Differences array may name
// whose upper halves the library reads wrong.
var baseEncodings = map[string]*charmap.Charmap{
	"WinAnsiEncoding":  charmap.Windows1252,
	"MacRomanEncoding": charmap.Macintosh,
}

// glyphNames are the names of glyphs whose text is not the name itself,
// among those word processors and typesetters put in /Differences.
var glyphNames = map[string]string{
	"space": " ", "nbspace": "\u00a0", "nonbreakingspace": "\u00a0", "exclam": "!", "quotedbl": "\"",
	"numbersign": "#", "dollar": "$", "percent": "%", "ampersand": "&", "quotesingle": "'",
	"quoteright": "\u2019", "quoteleft": "\u2018", "quotedblleft": "\u201c", "quotedblright": "\u201d",
	"parenleft": "(", "parenright": ")", "asterisk": "*", "plus": "+", "comma": ",", "hyphen": "-",
	"sfthyphen": "\u00ad", "softhyphen": "\u00ad", "period": ".", "slash": "/", "colon": ":", "semicolon": ";",
	"less": "<", "equal": "=", "greater": ">", "question": "?", "at": "@", "bracketleft": "[",
	"backslash": "\\", "bracketright": "]", "underscore": "_", "braceleft": "{", "bar": "|",
	"braceright": "}", "endash": "\u2013", "emdash": "\u2014", "bullet": "\u2022", "ellipsis": "\u2026",
	"sterling": "£", "Euro": "€", "section": "§", "degree": "°", "copyright": "©",
	"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
	"seven": "7", "eight": "8", "nine": "9",
	"ff": "ff", "fi": "fi", "fl": "fl", "ffi": "ffi", "ffl": "ffl", "f_f": "ff", "f_f_i": "ffi", "f_f_l": "ffl",
	"germandbls": "ß", "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "ccedilla": "ç",
	"udieresis": "ü", "odieresis": "ö", "adieresis": "ä", "wcircumflex": "ŵ", "ycircumflex": "ŷ",
}

// glyphText returns the text of a glyph name as the Adobe Glyph List
// specification builds it: a suffix after a period is a variant of the
// same letters ("a.sc", "one.oldstyle"), underscores join ligatures'
// letters ("f_i", "T_h"), "uniXXXX…" and "uXXXX[XX]" are code points;
// and false for a name it does not know.
func glyphText(name string) (string, bool) {
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	if s, ok := glyphNames[name]; ok {
		return s, true
	}
	if len(name) == 1 && (name[0] >= 'a' && name[0] <= 'z' || name[0] >= 'A' && name[0] <= 'Z') {
		return name, true
	}
	if strings.Contains(name, "_") {
		var b strings.Builder
		for _, part := range strings.Split(name, "_") {
			s, ok := glyphText(part)
			if !ok {
				return "", false
			}
			b.WriteString(s)
		}
		return b.String(), true
	}
	if hex, ok := strings.CutPrefix(name, "uni"); ok && len(hex) >= 4 && len(hex)%4 == 0 {
		var units []uint16
		for i := 0; i < len(hex); i += 4 {
			u, err := strconv.ParseUint(hex[i:i+4], 16, 16)
			if err != nil {
				return "", false
			}
			units = append(units, uint16(u))
		}
		return string(utf16.Decode(units)), true
	}
	if hex, ok := strings.CutPrefix(name, "u"); ok && len(hex) >= 4 && len(hex) <= 6 {
		if r, err := strconv.ParseUint(hex, 16, 32); err == nil && r <= 0x10FFFF && (r < 0xD800 || r > 0xDFFF) {
			return string(rune(r)), true
		}
	}
	return "", false
}
