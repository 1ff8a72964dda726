package pdftext

import (
	"bytes"
	"fmt"
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

// literal reads a string in parentheses after its "(".
func (lx *lexer) literal() (string, error) {
	var b []byte
	depth := 1
	for {
		c, err := lx.r.ReadByte()
		if err != nil {
			return string(b), err
		}
		switch c {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return string(b), nil
			}
		case '\r':
			if next, err := lx.r.ReadByte(); err == nil && next != '\n' {
				lx.r.UnreadByte()
			}
			c = '\n'
		case '\\':
			var keep bool
			if c, keep, err = lx.escape(); err != nil {
				return string(b), err
			}
			if !keep {
				continue
			}
		}
		if len(b) >= maxOperand {
			return "", fmt.Errorf("%w: a string of more than %d bytes", ErrTooMuchContent, maxOperand)
		}
		b = append(b, c)
	}
}

// escape reads what follows a backslash in a literal string: the byte it
// stands for, or keep false for a backslash that continues the line.
func (lx *lexer) escape() (c byte, keep bool, err error) {
	if c, err = lx.r.ReadByte(); err != nil {
		return 0, false, err
	}
	switch c {
	case 'n':
		return '\n', true, nil
	case 'r':
		return '\r', true, nil
	case 't':
		return '\t', true, nil
	case 'b':
		return '\b', true, nil
	case 'f':
		return '\f', true, nil
	case '\n':
		return 0, false, nil
	case '\r':
		if next, err := lx.r.ReadByte(); err == nil && next != '\n' {
			lx.r.UnreadByte()
		}
		return 0, false, nil
	}
	if c < '0' || c > '7' {
		return c, true, nil
	}
	n := int(c - '0')
	for i := 0; i < 2; i++ {
		d, err := lx.r.ReadByte()
		if err != nil {
			return byte(n), true, err
		}
		if d < '0' || d > '7' {
			lx.r.UnreadByte()
			break
		}
		n = n*8 + int(d-'0')
	}
	return byte(n), true, nil
}

// hex reads a string of hex digits after its "<".
func (lx *lexer) hex() (string, error) {
	var b []byte
	var hi byte
	odd := false
	for {
		c, err := lx.r.ReadByte()
		if err != nil || c == '>' {
			if odd {
				b = append(b, hi<<4)
			}
			return string(b), err
		}
		v, ok := hexValue(c)
		if !ok {
			continue
		}
		if !odd {
			hi, odd = v, true
			continue
		}
		if len(b) >= maxOperand {
			return "", fmt.Errorf("%w: a string of more than %d bytes", ErrTooMuchContent, maxOperand)
		}
		b = append(b, hi<<4|v)
		odd = false
	}
}

func hexValue(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// name reads a name after its "/", decoding #xx escapes.
func (lx *lexer) name() (string, error) {
	c, err := lx.r.ReadByte()
	if err != nil {
		return "", err
	}
	if !isRegular(c) {
		lx.r.UnreadByte()
		return "", nil
	}
	tok, err := lx.regular(c)
	if bytes.IndexByte(tok, '#') < 0 {
		return string(tok), err
	}
	var b []byte
	for i := 0; i < len(tok); i++ {
		if tok[i] == '#' && i+2 < len(tok) {
			h, ok1 := hexValue(tok[i+1])
			l, ok2 := hexValue(tok[i+2])
			if ok1 && ok2 {
				b = append(b, h<<4|l)
				i += 2
				continue
			}
		}
		b = append(b, tok[i])
	}
	return string(b), err
}

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
