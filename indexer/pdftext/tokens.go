package pdftext

import (
	"bytes"
	"io"
	"strings"
)

// The tokens of a content stream (PDF 32000-1:2008, 7.2 and 7.3).

// Classes of bytes.
const (
	regularByte = iota
	spaceByte
	delimiterByte
)

var byteClass = func() (c [256]byte) {
	for _, b := range []byte(" \n\r\t\f\x00") {
		c[b] = spaceByte
	}
	for _, b := range []byte("()<>[]{}/%") {
		c[b] = delimiterByte
	}
	return c
}()

func isSpace(c byte) bool     { return byteClass[c] == spaceByte }
func isDelimiter(c byte) bool { return byteClass[c] == delimiterByte }
func isRegular(c byte) bool   { return byteClass[c] == regularByte }

// skipSpace returns the first byte that is neither white space nor part
// of a comment.
func (lx *lexer) skipSpace() (byte, error) {
	for {
		c, err := lx.r.ReadByte()
		if err != nil {
			return 0, err
		}
		if c == '%' {
			for c != '\n' && c != '\r' {
				if c, err = lx.r.ReadByte(); err != nil {
					return 0, err
				}
			}
			continue
		}
		if !isSpace(c) {
			return c, nil
		}
	}
}

// regular reads a token of regular characters that starts with c: a
// number or an operator. Only its first maxToken bytes are kept, in a
// buffer the next token reuses.
func (lx *lexer) regular(c byte) ([]byte, error) {
	b := append(lx.tok[:0], c)
	for {
		next, err := lx.r.ReadByte()
		if err != nil {
			lx.tok = b
			return b, err
		}
		if !isRegular(next) {
			lx.r.UnreadByte()
			lx.tok = b
			return b, nil
		}
		if len(b) < maxToken {
			b = append(b, next)
		}
	}
}

// parseNumber reads a number: an optional sign, digits and a point.
func parseNumber(tok []byte) (float64, bool) {
	i, neg := 0, false
	if len(tok) > 0 && (tok[0] == '+' || tok[0] == '-') {
		neg, i = tok[0] == '-', 1
	}
	var n, scale float64 = 0, 0
	digits := 0
	for ; i < len(tok); i++ {
		switch c := tok[i]; {
		case '0' <= c && c <= '9':
			n = n*10 + float64(c-'0')
			if scale > 0 {
				scale *= 10
			}
			digits++
		case c == '.' && scale == 0:
			scale = 1
		default:
			return 0, false
		}
	}
	if digits == 0 {
		return 0, false
	}
	if scale > 1 {
		n /= scale
	}
	if neg {
		n = -n
	}
	return n, true
}

// operatorName returns the operator as a string, without allocating for
// the operators this package interprets.
func operatorName(tok []byte) string {
	if s, ok := knownOperators[string(tok)]; ok {
		return s
	}
	return string(tok)
}

var knownOperators = func() map[string]string {
	m := make(map[string]string)
	for _, op := range strings.Fields(`q Q cm BT ET Tc Tw Tz TL Ts Tr Tf Td TD Tm T* Tj ' " TJ Do
		m l c v y h re S s f F f* B B* b b* n W W* g G rg RG k K cs CS sc SC scn SCN gs w J j M d ri i
		BDC BMC EMC MP DP sh d0 d1 BX EX BI true false null`) {
		m[op] = op
	}
	return m
}()

// skipInlineImage reads past an inline image after its BI: the dictionary
// up to ID, then the data up to EI standing alone.
func (lx *lexer) skipInlineImage() error {
	for {
		c, err := lx.skipSpace()
		if err != nil {
			return err
		}
		if !isRegular(c) {
			if _, err := lx.object(c, 0); err != nil {
				return err
			}
			continue
		}
		tok, err := lx.regular(c)
		if err != nil {
			return err
		}
		if string(tok) == "ID" {
			break
		}
	}
	if _, err := lx.r.ReadByte(); err != nil { // the white space after ID
		return err
	}
	// The data ends at white space, "EI" and white space or the end.
	var last [4]byte
	for {
		c, err := lx.r.ReadByte()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		copy(last[:], last[1:])
		last[3] = c
		if isSpace(last[0]) && bytes.Equal(last[1:3], []byte("EI")) && (isSpace(c) || isDelimiter(c)) {
			return nil
		}
	}
}
